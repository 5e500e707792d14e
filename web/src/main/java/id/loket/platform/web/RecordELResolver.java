package id.loket.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read record components as properties ({@code #{ticket.number}}), which Jakarta EL 5
 * (EE 10) does not do by itself; EL 6 will. Records are read-only, so writing fails clearly.
 */
public class RecordELResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read-only
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    String name = property.toString();
    for (RecordComponent component : base.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component.getAccessor();
      }
    }
    return null;
  }
}
