package id.loket.sla.web;

import id.loket.platform.web.FacesErrors;
import id.loket.shared.InvalidFieldException;
import id.loket.sla.boundary.SlaPreview;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The SLA preview page: an administrator types a calendar the way it is written on a notice board
 * ("08:00-12:00, 13:00-17:00" per weekday, a holiday per line, local times), and sees when a clock
 * with this target and these pauses is due, stretch by stretch. The text is turned into the preview
 * request by {@link PreviewForm}; the answer and its refusals come from {@link SlaPreview}, the
 * same as over the API.
 */
@Named
@ViewScoped
public class SlaPreviewBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

  @Inject transient SlaPreview preview;

  private final PreviewForm form = PreviewForm.officeHours();
  private SlaPreview.Result result;

  public void run() {
    result = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      result = preview.preview(form.toRequest());
    } catch (PreviewForm.BadInput e) {
      e.fields().forEach((id, key) -> error(faces, id, key));
    } catch (InvalidFieldException e) {
      e.fields()
          .forEach(f -> error(faces, PreviewForm.inputOf(f.name()), f.messageKey(), f.args()));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "preview");
    }
  }

  private static void error(FacesContext faces, String input, String key, Object... args) {
    faces.addMessage(
        input == null ? null : "preview:" + input,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            id.loket.platform.web.Messages.get(faces.getViewRoot().getLocale(), key, args),
            null));
  }

  /** An instant in the previewed calendar's zone, as people there read it. */
  public String local(Instant instant) {
    if (instant == null || result == null) {
      return "—";
    }
    ZonedDateTime z = instant.atZone(ZoneId.of(result.zone()));
    return z.format(LOCAL.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
  }

  /** Minutes as hours and minutes: {@code 1:05}. */
  public String hours(long minutes) {
    return String.format("%d:%02d", minutes / 60, minutes % 60);
  }

  public List<DayOfWeek> getWeekdays() {
    return List.of(DayOfWeek.values());
  }

  public PreviewForm getForm() {
    return form;
  }

  public SlaPreview.Result getResult() {
    return result;
  }
}
