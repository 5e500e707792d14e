package id.loket.routing.entity;

import java.util.Locale;
import java.util.Objects;

/**
 * A skill at a level from 1 (knows the basics) to 5 (the expert the others ask). Used both for what
 * an agent has and for what a rule requires, where it means "at least this level".
 *
 * <p>Skill names are compared without regard to case or surrounding blanks, so "SAP" and " sap" are
 * one skill; the canonical form is lower case.
 */
public record SkillLevel(String skill, int level) {

  public static final int MIN = 1;
  public static final int MAX = 5;

  /**
   * @throws IllegalArgumentException if the skill is blank or the level is outside 1–5
   */
  public SkillLevel {
    skill = normalise(skill);
    if (level < MIN || level > MAX) {
      throw new IllegalArgumentException(
          "level of skill " + skill + " must be " + MIN + "–" + MAX + ", was " + level);
    }
  }

  /**
   * @return the canonical form of a skill name (trimmed, lower case)
   * @throws IllegalArgumentException if the name is {@code null} or blank
   */
  public static String normalise(String skill) {
    if (skill == null || skill.isBlank()) {
      throw new IllegalArgumentException("skill name must not be blank");
    }
    return skill.strip().toLowerCase(Locale.ROOT);
  }

  /** The stripped {@code value}, for the names and codes of this package. */
  static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }
}
