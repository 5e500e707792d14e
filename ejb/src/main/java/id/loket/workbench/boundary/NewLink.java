package id.loket.workbench.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import id.loket.workbench.entity.LinkKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A link from this ticket to {@code ticket}: RELATED, or PARENT_CHILD when this ticket is the
 * parent (the major incident) of {@code ticket}.
 */
public class NewLink {

  @NotBlank(message = "{link.ticket.required}")
  @PlainText
  @Size(max = 32, message = "{link.ticket.size}")
  private String ticket;

  @NotNull(message = "{link.kind.required}")
  private LinkKind kind;

  public NewLink() {}

  public NewLink(String ticket, LinkKind kind) {
    setTicket(ticket);
    this.kind = kind;
  }

  public String getTicket() {
    return ticket;
  }

  public void setTicket(String ticket) {
    this.ticket = Text.clean(ticket);
  }

  public LinkKind getKind() {
    return kind;
  }

  public void setKind(LinkKind kind) {
    this.kind = kind;
  }
}
