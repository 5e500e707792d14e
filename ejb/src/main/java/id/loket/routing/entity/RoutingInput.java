package id.loket.routing.entity;

import java.util.Objects;

/**
 * The facts of a ticket that routing rules look at, taken from the ticket and its requester. Only
 * the title is certain; a ticket sent by e-mail has no type or category, and a requester's
 * directory entry may lack department or location.
 */
public record RoutingInput(
    String typeCode,
    String categoryCode,
    String service,
    String title,
    String description,
    String department,
    String location) {

  /**
   * @throws NullPointerException if the title is {@code null}
   */
  public RoutingInput {
    Objects.requireNonNull(title, "title");
  }

  /** A ticket known only by title and description, e.g. one that arrived by e-mail. */
  public static RoutingInput of(String title, String description) {
    return new RoutingInput(null, null, null, title, description, null, null);
  }

  /**
   * @return the ticket's value for an attribute compared by equality; for {@link
   *     RuleAttribute#KEYWORD} the title and description joined by a line break
   */
  public String value(RuleAttribute attribute) {
    return switch (attribute) {
      case TYPE -> typeCode;
      case CATEGORY -> categoryCode;
      case SERVICE -> service;
      case KEYWORD -> description == null ? title : title + "\n" + description;
      case DEPARTMENT -> department;
      case LOCATION -> location;
    };
  }
}
