package id.loket.catalog.entity;

/**
 * What a form field asks for, and so how its value is checked and stored: texts as JSON strings,
 * NUMBER as a JSON number, DATE as an ISO date ({@code 2026-12-02}), DATE_TIME as an ISO local or
 * offset date-time, CHOICE as the option's code, MULTI_CHOICE as an array of codes, YES_NO as a
 * boolean, USER as the user name of an active user from the directory.
 */
public enum FieldKind {
  TEXT,
  LONG_TEXT,
  NUMBER,
  CHOICE,
  MULTI_CHOICE,
  DATE,
  DATE_TIME,
  YES_NO,
  USER;

  public boolean hasOptions() {
    return this == CHOICE || this == MULTI_CHOICE;
  }
}
