package id.loket.guard.boundary;

import id.loket.guard.entity.Scan;
import java.util.List;

/**
 * What the guard found in a text: each finding (its kind and where its value is in the text that
 * was checked) and the text as it will be stored ({@code masked}). {@code secret} is true if there
 * is anything to warn about.
 */
public record SecretCheck(boolean secret, List<Item> findings, String masked) {

  /** One finding: its kind ({@code PASSWORD}, {@code PAYMENT_CARD}, …) and its range. */
  public record Item(String kind, int start, int end) {}

  static SecretCheck of(Scan scan) {
    List<Item> items =
        scan.findings().stream().map(f -> new Item(f.kind().name(), f.start(), f.end())).toList();
    return new SecretCheck(!items.isEmpty(), items, scan.masked());
  }
}
