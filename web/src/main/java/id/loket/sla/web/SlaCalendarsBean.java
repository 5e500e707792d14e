package id.loket.sla.web;

import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.Messages;
import id.loket.shared.InvalidFieldException;
import id.loket.sla.boundary.SlaCalendars;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The stored calendars page: every calendar, and one form that creates a calendar or changes the
 * one being edited — code, name and the definition as the JSON the SLA preview reads, checked by
 * the same reader (each bad field named beside the definition).
 */
@Named
@ViewScoped
public class SlaCalendarsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
  static final String TEMPLATE =
      """
      {
        "zone": "Asia/Jakarta",
        "week": {
          "MONDAY": [["08:00", "12:00"], ["13:00", "17:00"]],
          "TUESDAY": [["08:00", "12:00"], ["13:00", "17:00"]],
          "WEDNESDAY": [["08:00", "12:00"], ["13:00", "17:00"]],
          "THURSDAY": [["08:00", "12:00"], ["13:00", "17:00"]],
          "FRIDAY": [["08:00", "12:00"], ["13:00", "17:00"]]
        },
        "holidays": []
      }""";

  @Inject transient SlaCalendars calendars;

  private List<SlaCalendars.View> list;
  private String code;
  private String name;
  private String definition = TEMPLATE;
  private Long version;

  public List<SlaCalendars.View> getCalendars() {
    if (list == null) {
      list = calendars.all();
    }
    return list;
  }

  public void edit(SlaCalendars.View c) {
    code = c.code();
    name = c.name();
    definition = pretty(c.calendar());
    version = c.version();
  }

  public void clear() {
    code = null;
    name = null;
    definition = TEMPLATE;
    version = null;
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    JsonObject calendar;
    try (var reader = Json.createReader(new StringReader(definition == null ? "" : definition))) {
      calendar = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      error(faces, "sla.calendars.json");
      return;
    }
    var draft = Json.createObjectBuilder().add("calendar", calendar);
    if (name != null) {
      draft.add("name", name);
    }
    try {
      SlaCalendars.View saved =
          calendars.save(code == null ? null : code.strip(), draft.build(), version);
      FacesErrors.info("sla.calendars.saved", saved.code());
      edit(saved);
      list = null;
    } catch (InvalidFieldException e) {
      for (InvalidFieldException.Field f : e.fields()) {
        if (f.name().equals("code") || f.name().equals("name")) {
          FacesErrors.show(new InvalidFieldException(List.of(f)), "calendarForm");
        } else {
          String text =
              Messages.get(faces.getViewRoot().getLocale(), f.messageKey(), f.args().toArray());
          add(faces, f.name() + ": " + text);
        }
      }
    } catch (RuntimeException e) {
      FacesErrors.show(e, "calendarForm");
    }
  }

  private static void error(FacesContext faces, String key) {
    add(faces, Messages.get(faces.getViewRoot().getLocale(), key));
  }

  private static void add(FacesContext faces, String text) {
    faces.addMessage(
        "calendarForm:definition", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  static String pretty(JsonObject json) {
    StringWriter out = new StringWriter();
    try (var writer = PRETTY.createWriter(out)) {
      writer.writeObject(json);
    }
    return out.toString().strip();
  }

  public boolean isEditing() {
    return version != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }
}
