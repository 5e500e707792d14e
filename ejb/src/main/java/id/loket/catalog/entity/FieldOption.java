package id.loket.catalog.entity;

/** One answer of a CHOICE or MULTI_CHOICE field: the code that is stored, and its label. */
public record FieldOption(String code, Localized label) {}
