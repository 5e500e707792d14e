package id.loket.mail.web;

import id.loket.mail.boundary.InboundMails;
import id.loket.mail.boundary.MailIntake;
import id.loket.mail.control.MailAttachment;
import id.loket.mail.control.ParsedMail;
import id.loket.platform.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An administrator replays one mail as if it had reached the desk's mailbox — an {@code .eml} file
 * or its source pasted — to see what a problem mail does (a dry run stores nothing) or to take in
 * one that was fixed; the page then shows what became of it.
 */
@Named
@ViewScoped
public class MailReplayBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InboundMails mails;
  @Inject MailInboundBean list;

  private transient Part file;
  private String pasted;
  private boolean dryRun = true;
  private transient MailIntake.Result result;
  private boolean resultDryRun;

  public void replay() {
    byte[] raw = raw();
    if (raw.length == 0) {
      FacesErrors.error("mail.replay.empty");
      return;
    }
    try {
      result = mails.ingest(raw, dryRun);
      resultDryRun = dryRun;
      pasted = null;
      if (!dryRun) {
        list.load();
      }
    } catch (RuntimeException e) {
      result = null;
      FacesErrors.show(e, "replay");
    }
  }

  /**
   * The uploaded file if one was chosen, else the pasted source (lines ended as mail ends them).
   */
  private byte[] raw() {
    if (file != null && file.getSize() > 0) {
      try (var in = file.getInputStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (pasted == null || pasted.isBlank()) {
      return new byte[0];
    }
    return pasted.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The names of the replayed mail's files, comma-separated ("—" when none). */
  public String getAttachmentNames() {
    List<String> names =
        parsed() == null
            ? List.of()
            : parsed().attachments().stream().map(MailAttachment::fileName).toList();
    return names.isEmpty() ? "\u2014" : String.join(", ", names);
  }

  public String getFrom() {
    return parsed() == null ? null : parsed().fromAddress();
  }

  public String getSubject() {
    return parsed() == null ? null : parsed().subject();
  }

  public String getSnippet() {
    return parsed() == null ? null : parsed().textSnippet();
  }

  private ParsedMail parsed() {
    return result == null ? null : result.mail();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getPasted() {
    return pasted;
  }

  public void setPasted(String pasted) {
    this.pasted = pasted;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public MailIntake.Result getResult() {
    return result;
  }

  /** Whether the result shown was of a dry run (nothing stored). */
  public boolean isResultDryRun() {
    return resultDryRun;
  }
}
