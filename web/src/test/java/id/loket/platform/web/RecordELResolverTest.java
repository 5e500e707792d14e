package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  record Summary(String number, int count) {}

  static class NotARecord {
    public String getNumber() {
      return "x";
    }
  }

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void readsRecordComponentsAndMarksThemResolved() {
    ELContext context = context();
    assertThat(resolver.getValue(context, new Summary("LKT-2026-000001-5", 3), "number"))
        .isEqualTo("LKT-2026-000001-5");
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(resolver.getValue(context(), new Summary("a", 3), "count")).isEqualTo(3);
  }

  @Test
  void leavesEverythingElseToOtherResolvers() {
    ELContext context = context();
    assertThat(resolver.getValue(context, new NotARecord(), "number")).isNull();
    assertThat(resolver.getValue(context, new Summary("a", 1), "missing")).isNull();
    assertThat(resolver.getValue(context, null, "number")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void recordsAreReadOnly() {
    assertThat(resolver.isReadOnly(context(), new Summary("a", 1), "number")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context(), new Summary("a", 1), "number", "b"))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
