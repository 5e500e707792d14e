package id.loket.catalog.entity;

import java.util.List;

/**
 * One field of a request type's form: its {@code key} (the property in the ticket's {@code fields}
 * document), what it asks for, its label and a hint saying why it helps, whether it is required,
 * and the options of a choice.
 */
public record FieldDefinition(
    String key,
    FieldKind kind,
    Localized label,
    Localized help,
    boolean required,
    List<FieldOption> options) {

  public FieldDefinition {
    options = options == null ? List.of() : List.copyOf(options);
    help = help == null ? new Localized("", "") : help;
  }

  /** The option with {@code code}, or {@code null}. */
  public FieldOption option(String code) {
    return options.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
  }
}
