package id.loket.platform.web;

import id.loket.shared.Text;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Cleans a typed text ({@link Text#cleanOrNull(String)}) before JSF validates it. The command
 * objects' setters clean too, but JSF validates the submitted value against the property's
 * constraints <em>before</em> it calls the setter: without this converter a title of only no-break
 * spaces would pass the page's {@code @NotBlank} check and be refused later, by the service.
 */
@FacesConverter("loket.text")
public class TextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    return Text.cleanOrNull(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
