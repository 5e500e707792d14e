package id.loket.ticket.entity;

import java.util.Objects;

/**
 * Order in which tickets are worked on, P1 being the most pressing.
 *
 * <p>Priority is never chosen directly. Requesters tend to mark everything as top priority, so
 * Loket follows the ITIL practice of deriving it from two questions that are easier to answer
 * honestly: how many are affected ({@link Impact}) and how soon they need help ({@link Urgency}).
 *
 * <pre>
 *              urgency HIGH  MEDIUM  LOW
 * impact HIGH          P1    P2      P3
 *        MEDIUM        P2    P3      P4
 *        LOW           P3    P4      P4
 * </pre>
 */
public enum Priority {
  P1,
  P2,
  P3,
  P4;

  /**
   * @return the priority for the given impact and urgency, according to the matrix above
   * @throws NullPointerException if either argument is {@code null}
   */
  public static Priority of(Impact impact, Urgency urgency) {
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(urgency, "urgency");
    return switch (impact) {
      case HIGH ->
          switch (urgency) {
            case HIGH -> P1;
            case MEDIUM -> P2;
            case LOW -> P3;
          };
      case MEDIUM ->
          switch (urgency) {
            case HIGH -> P2;
            case MEDIUM -> P3;
            case LOW -> P4;
          };
      case LOW ->
          switch (urgency) {
            case HIGH -> P3;
            case MEDIUM, LOW -> P4;
          };
    };
  }
}
