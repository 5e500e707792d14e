package id.loket.identity.boundary;

import java.io.Serializable;

/**
 * Where a user sits in the organisation: department and location, each null while unknown. What
 * routing rules on DEPARTMENT and LOCATION compare a ticket's requester with.
 */
public record Placement(String department, String location) implements Serializable {

  /** Nothing known (an unknown user, or one nobody placed yet). */
  public static final Placement UNKNOWN = new Placement(null, null);
}
