package id.loket.mail.web;

import id.loket.mail.boundary.InboundMails;
import id.loket.platform.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One received mail's source on a page ({@code /agent/mail-source.xhtml?id=}), for staff who want
 * to read what really arrived — headers and all — without downloading it: the first {@value #SHOWN}
 * bytes as text (escaped by the page), and the download of all of it.
 */
@Named
@ViewScoped
public class MailSourceBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How much of a source the page shows (the download has it all). */
  static final int SHOWN = 200 * 1024;

  @Inject transient InboundMails mails;

  private Long id;
  private MailRow row;
  private String text;
  private boolean cut;
  private boolean truncated;
  private int size;

  /** f:viewAction */
  public void load() {
    if (id == null) {
      FacesErrors.error("mail.source.none");
      return;
    }
    try {
      row = MailRow.of(mails.get(id));
      InboundMails.RawSource source = mails.raw(id);
      byte[] content = source.content();
      cut = content.length > SHOWN;
      text = shown(content);
      truncated = source.truncated();
      size = source.size();
    } catch (RuntimeException e) {
      row = null;
      FacesErrors.show(e, "source");
    }
  }

  /** The start of a source as text: UTF-8 where it is, a replacement character where not. */
  static String shown(byte[] content) {
    byte[] start = content.length > SHOWN ? Arrays.copyOf(content, SHOWN) : content;
    return new String(start, StandardCharsets.UTF_8);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MailRow getRow() {
    return row;
  }

  public String getText() {
    return text;
  }

  /** Whether the page shows only the start of what is stored. */
  public boolean isCut() {
    return cut;
  }

  /** Whether the mail was larger than what the desk stores of it. */
  public boolean isTruncated() {
    return truncated;
  }

  /** The size of the mail as it arrived, in bytes. */
  public int getSize() {
    return size;
  }

  public int getShownKb() {
    return SHOWN / 1024;
  }
}
