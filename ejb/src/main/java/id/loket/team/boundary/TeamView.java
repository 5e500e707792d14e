package id.loket.team.boundary;

import java.util.List;
import java.util.Locale;

/**
 * A team with its members (leads first, then by user name), as admin pages and the API show it;
 * {@code calendar} is the team's own SLA calendar ({@code null}: each policy's).
 */
public record TeamView(
    String code,
    String nameEn,
    String nameId,
    String assignmentMode,
    boolean autoAssign,
    boolean active,
    long version,
    List<Member> members,
    String calendar) {

  public TeamView {
    members = List.copyOf(members);
  }

  /** A member of a team; a lead runs the team's queue. */
  public record Member(String username, boolean lead) {}

  /** The team's name in Indonesian for an Indonesian locale, else in English. */
  public String name(Locale locale) {
    return locale != null && "id".equals(locale.getLanguage()) ? nameId : nameEn;
  }
}
