package id.loket.attachment.web;

import id.loket.attachment.boundary.Attachments;
import id.loket.attachment.control.FileNames;
import id.loket.attachment.entity.Upload;
import id.loket.platform.LoketConfig;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.InvalidFieldException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files a form has received but not sent yet (a new ticket, a comment): each is checked as it
 * arrives (type from its bytes, size, how many), kept for the view if accepted, or listed with the
 * reason if refused; one can be removed again. The form's action hands {@link #uploads()} to {@link
 * Attachments}, which checks them again and stores them together with the ticket or comment.
 */
@Named
@ViewScoped
public class AttachmentStaging implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An accepted file waiting for the form to be sent. */
  public record Staged(String name, String mediaType, long size, Upload upload)
      implements Serializable {}

  /** A refused file and why, in the user's language. */
  public record Refused(String name, String reason) implements Serializable {}

  @Inject transient Attachments attachments;
  @Inject transient LoketConfig config;
  @Inject LocaleSelector locale;

  private final List<Staged> accepted = new ArrayList<>();
  private final List<Refused> refused = new ArrayList<>();

  /** p:fileUpload listener: one file per call. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    String name = FileNames.clean(file.getFileName());
    if (accepted.size() >= config.attachmentMaxFilesPerUpload()) {
      refuse(name, "attachment.too-many", config.attachmentMaxFilesPerUpload());
      return;
    }
    Upload upload = new Upload(file.getFileName(), file.getContent());
    try {
      String type = attachments.vet(upload);
      accepted.add(new Staged(name, type, upload.size(), upload));
    } catch (InvalidFieldException invalid) {
      refused.add(
          new Refused(
              name,
              invalid.fields().stream()
                  .map(f -> Messages.get(locale.getLocale(), f.messageKey(), f.args().toArray()))
                  .collect(Collectors.joining(" "))));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "");
    }
  }

  private void refuse(String name, String key, Object... args) {
    refused.add(new Refused(name, Messages.get(locale.getLocale(), key, args)));
  }

  public void remove(int index) {
    if (index >= 0 && index < accepted.size()) {
      accepted.remove(index);
    }
  }

  /** What the form sends with its action. */
  public List<Upload> uploads() {
    return accepted.stream().map(Staged::upload).toList();
  }

  /** After the form was sent: nothing is waiting any more. */
  public void clear() {
    accepted.clear();
    refused.clear();
  }

  public List<Staged> getAccepted() {
    return accepted;
  }

  public List<Refused> getRefused() {
    return refused;
  }

  /** "Up to 10 MiB per file, 10 files at once", in the user's language. */
  public String getHint() {
    return Messages.get(locale.getLocale(), "attach.hint", getMaxFileMebibytes(), getMaxFiles());
  }

  /** What the upload widget says of a file it refuses before sending (too large). */
  public String getTooLarge() {
    return Messages.get(locale.getLocale(), "attach.too-large", getMaxFileMebibytes());
  }

  public long getMaxFileBytes() {
    return config.attachmentMaxFileBytes();
  }

  public long getMaxFileMebibytes() {
    return config.attachmentMaxFileBytes() / (1024 * 1024);
  }

  public int getMaxFiles() {
    return config.attachmentMaxFilesPerUpload();
  }
}
