package id.loket.guard.entity;

/**
 * A secret found in a text: its kind and where its value is ({@code start} inclusive, {@code end}
 * exclusive, in the scanned text). A label such as "password:" is not part of the value.
 */
public record Finding(SecretKind kind, int start, int end) {

  public Finding {
    if (kind == null || start < 0 || end <= start) {
      throw new IllegalArgumentException("A finding needs a kind and a non-empty range");
    }
  }

  boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
