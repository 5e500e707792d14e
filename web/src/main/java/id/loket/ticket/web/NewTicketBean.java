package id.loket.ticket.web;

import id.loket.attachment.boundary.Attachments;
import id.loket.attachment.web.AttachmentStaging;
import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.CatalogView.CategoryView;
import id.loket.catalog.boundary.CatalogView.FieldView;
import id.loket.catalog.boundary.CatalogView.TypeView;
import id.loket.guard.web.SecretGuardBean;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.entity.Channel;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's intake: a category, then a request type of the catalog (cards), then that type's
 * form (title and description, the type's fields, impact and urgency defaulted from the type).
 * Category and type are view parameters, so {@code new.xhtml?type=<code>} opens a form directly.
 * Staff may name another requester (phone intake). Field errors are shown beside each field.
 */
@Named
@ViewScoped
public class NewTicketBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TicketService tickets;
  @Inject transient Catalog catalog;
  @Inject transient UserDirectory directory;
  @Inject LocaleSelector locale;
  @Inject SecretGuardBean secretGuard;
  @Inject transient Attachments attachments;
  @Inject AttachmentStaging staging;

  private String categoryCode;
  private String typeCode;
  private List<CategoryView> categories;
  private TypeView type;
  private final NewTicket ticket = new NewTicket();
  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();

  /** f:viewAction: the catalog, and the type named by {@code ?type=} with its defaults. */
  public void load() {
    categories = catalog.catalog(locale.getLocale());
    type = null;
    if (typeCode != null && !typeCode.isBlank()) {
      type =
          categories.stream()
              .flatMap(c -> c.types().stream())
              .filter(t -> t.code().equals(typeCode.strip()))
              .findFirst()
              .orElse(null);
      if (type == null) {
        FacesErrors.error("catalog.type.unknown", typeCode.strip());
      } else {
        categoryCode = type.category();
        ticket.setImpact(Impact.valueOf(type.defaultImpact()));
        ticket.setUrgency(Urgency.valueOf(type.defaultUrgency()));
      }
    }
  }

  public String submit() {
    errors.clear();
    if (type == null) {
      FacesErrors.error("catalog.type.unknown", String.valueOf(typeCode));
      return null;
    }
    if (secretGuard.holdBack(texts())) {
      return null;
    }
    try {
      ticket.setType(type.code());
      ticket.setFields(fields());
      TicketDetails created =
          attachments.openWith(ticket, Channel.PORTAL, staging.uploads()).ticket();
      staging.clear();
      return "/tickets/created.xhtml?faces-redirect=true&number=" + created.number();
    } catch (RuntimeException e) {
      InvalidFieldException invalid = invalid(e);
      if (invalid != null) {
        for (InvalidFieldException.Field f : invalid.fields()) {
          String key = f.name().startsWith("fields.") ? f.name().substring(7) : f.name();
          errors.put(key, Messages.get(locale.getLocale(), f.messageKey(), f.args().toArray()));
        }
        FacesErrors.error(InvalidFieldException.KEY);
        FacesContext.getCurrentInstance().validationFailed();
      } else {
        FacesErrors.show(e, "ticketForm");
      }
      return null;
    }
  }

  private static InvalidFieldException invalid(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidFieldException i) {
        return i;
      }
    }
    return null;
  }

  /** The title, the description and the typed field values: what the secret guard reads. */
  private String[] texts() {
    List<String> texts = new ArrayList<>();
    texts.add(ticket.getTitle());
    texts.add(ticket.getDescription());
    values.values().stream()
        .filter(v -> v instanceof String)
        .map(String.class::cast)
        .forEach(texts::add);
    return texts.toArray(String[]::new);
  }

  /** The values as JSON: texts as strings, several choices as an array. */
  private JsonObject fields() {
    var json = Json.createObjectBuilder();
    for (FieldView f : type.fields()) {
      Object v = values.get(f.key());
      if (v instanceof Collection<?> many) {
        var array = jakarta.json.spi.JsonProvider.provider().createArrayBuilder();
        many.forEach(o -> array.add(String.valueOf(o)));
        json.add(f.key(), array);
      } else if (v instanceof Object[] many) {
        var array = jakarta.json.spi.JsonProvider.provider().createArrayBuilder();
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

  /** Active users for a user field or the requester picker, by what was typed. */
  public List<String> users(String query) {
    List<String> names = new ArrayList<>();
    directory.activeUsers(query, 10).forEach(u -> names.add(u.username()));
    return names;
  }

  public List<TypeView> getTypes() {
    return categories.stream()
        .filter(c -> c.code().equals(categoryCode))
        .findFirst()
        .map(CategoryView::types)
        .orElse(List.of());
  }

  public String getCategoryName() {
    return categories.stream()
        .filter(c -> c.code().equals(categoryCode))
        .findFirst()
        .map(CategoryView::name)
        .orElse(null);
  }

  public boolean isStaff() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return Roles.isStaff(external::isUserInRole);
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public List<CategoryView> getCategories() {
    return categories;
  }

  public TypeView getType() {
    return type;
  }

  public NewTicket getTicket() {
    return ticket;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public Impact[] getImpacts() {
    return Impact.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }
}
