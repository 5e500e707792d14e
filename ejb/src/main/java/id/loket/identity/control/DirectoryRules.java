package id.loket.identity.control;

import id.loket.shared.InvalidFieldException.Field;
import id.loket.shared.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * What a department or location may be: one line of plain text of at most {@value #MAX_LENGTH}
 * characters, or nothing (unknown). Values arrive trimmed; routing compares them ignoring case and
 * accents, as rules are written by people.
 */
public final class DirectoryRules {

  public static final int MAX_LENGTH = 100;

  private DirectoryRules() {}

  /**
   * @return the bad fields ({@code department}, {@code location}), empty if both are fine
   */
  public static List<Field> problems(String department, String location) {
    List<Field> bad = new ArrayList<>();
    check("department", department, bad);
    check("location", location, bad);
    return bad;
  }

  private static void check(String field, String value, List<Field> bad) {
    if (value == null) {
      return;
    }
    if (value.length() > MAX_LENGTH) {
      bad.add(new Field(field, "directory.tooLong", MAX_LENGTH));
    } else if (!Text.isPlain(value)
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0
        || value.indexOf('\t') >= 0) {
      bad.add(new Field(field, "directory.notPlain"));
    }
  }
}
