package id.loket.team.control;

import id.loket.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of what an administrator or lead types for a team or an agent. Each returns every bad
 * field at once (empty: all good), for a page to mark them together.
 */
public final class TeamRules {

  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  public static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9 .+#-]{0,39}");
  public static final int MIN_LEVEL = 1;
  public static final int MAX_LEVEL = 3;
  public static final int MAX_CAPACITY = 1000;

  private TeamRules() {}

  public static List<InvalidFieldException.Field> team(String code, String nameEn, String nameId) {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      bad.add(new InvalidFieldException.Field("code", "team.code.invalid"));
    }
    text(bad, "nameEn", nameEn);
    text(bad, "nameId", nameId);
    return bad;
  }

  /**
   * @param skills skill name (already lower case) to level
   */
  public static List<InvalidFieldException.Field> agent(
      Integer capacity, Map<String, Integer> skills) {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    if (capacity != null && (capacity < 0 || capacity > MAX_CAPACITY)) {
      bad.add(new InvalidFieldException.Field("capacity", "team.capacity.invalid", MAX_CAPACITY));
    }
    skills.forEach(
        (skill, level) -> {
          if (skill == null || !SKILL.matcher(skill).matches()) {
            bad.add(new InvalidFieldException.Field("skills", "team.skill.invalid", skill));
          } else if (level == null || level < MIN_LEVEL || level > MAX_LEVEL) {
            bad.add(new InvalidFieldException.Field("skills." + skill, "team.level.invalid"));
          }
        });
    return bad;
  }

  private static void text(List<InvalidFieldException.Field> bad, String name, String value) {
    if (value == null || value.isBlank() || value.strip().length() > 120) {
      bad.add(new InvalidFieldException.Field(name, "team.name.invalid", 120));
    }
  }
}
