package id.loket.ticket.web;

import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.CatalogView.FieldView;
import id.loket.catalog.boundary.CatalogView.TypeView;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes the values of a ticket's request-type form on the ticket page: staff always, the
 * requester while the ticket is open (the service decides; the page only offers it then). The save
 * names the version the page shows; each changed field becomes one history line.
 */
@Named
@ViewScoped
public class TicketFieldsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TicketService tickets;
  @Inject transient Catalog catalog;
  @Inject transient UserDirectory directory;
  @Inject TicketViewBean view;
  @Inject LocaleSelector locale;

  private boolean editing;
  private TypeView type;
  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();

  /** Whether the caller may change the values now: a typed ticket, staff or open. */
  public boolean isEditable() {
    TicketDetails t = view.getTicket();
    if (t == null || t.requestType() == null || "CLOSED".equals(t.status())) {
      return false;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    boolean staff = Roles.isStaff(external::isUserInRole);
    return staff || !"RESOLVED".equals(t.status());
  }

  public void edit() {
    TicketDetails t = view.getTicket();
    type = catalog.form(t.requestType(), locale.getLocale());
    values.clear();
    errors.clear();
    t.fields().forEach((key, value) -> values.put(key, formValue(value)));
    editing = type != null;
  }

  public void cancel() {
    editing = false;
  }

  public void save() {
    errors.clear();
    TicketDetails t = view.getTicket();
    try {
      tickets.changeFields(t.number(), json(), t.version());
      editing = false;
      view.load();
      FacesErrors.info("fields.saved");
    } catch (RuntimeException e) {
      InvalidFieldException invalid = null;
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof InvalidFieldException i) {
          invalid = i;
        }
      }
      if (invalid == null) {
        FacesErrors.show(e, "fieldsForm");
        return;
      }
      for (InvalidFieldException.Field f : invalid.fields()) {
        String key = f.name().startsWith("fields.") ? f.name().substring(7) : f.name();
        errors.put(key, Messages.get(locale.getLocale(), f.messageKey(), f.args().toArray()));
      }
      FacesErrors.error(InvalidFieldException.KEY);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  private static Object formValue(JsonValue value) {
    if (value instanceof JsonArray a) {
      List<String> codes = new ArrayList<>();
      a.forEach(v -> codes.add(v instanceof JsonString s ? s.getString() : v.toString()));
      return codes.toArray(new String[0]);
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }

  private JsonObject json() {
    var json = Json.createObjectBuilder();
    for (FieldView f : type.fields()) {
      Object v = values.get(f.key());
      if (v instanceof Collection<?> many) {
        var array = JsonProvider.provider().createArrayBuilder();
        many.forEach(o -> array.add(String.valueOf(o)));
        json.add(f.key(), array);
      } else if (v instanceof Object[] many) {
        var array = JsonProvider.provider().createArrayBuilder();
        for (Object o : many) {
          array.add(String.valueOf(o));
        }
        json.add(f.key(), array);
      } else if (v != null && !v.toString().isBlank()) {
        json.add(f.key(), v.toString());
      }
    }
    return json.build();
  }

  /** Active users for a user field, by what was typed. */
  public List<String> users(String query) {
    List<String> names = new ArrayList<>();
    directory.activeUsers(query, 10).forEach(u -> names.add(u.username()));
    return names;
  }

  public boolean isEditing() {
    return editing;
  }

  public TypeView getType() {
    return type;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public Map<String, String> getErrors() {
    return errors;
  }
}
