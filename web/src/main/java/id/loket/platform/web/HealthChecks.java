package id.loket.platform.web;

import id.loket.platform.Probes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of what Loket cannot work without: its database and its message broker.
 *
 * <p>The probes are obtained when a check runs, not injected: Payara creates the checks while the
 * application is still being deployed (in the EAR, before the web module's references are bound)
 * and runs them later from its own health endpoint.
 */
@ApplicationScoped
public class HealthChecks {

  @Inject Instance<Probes> probes;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      try {
        return HealthCheckResponse.named("database")
            .up()
            .withData("product", probes.get().database())
            .build();
      } catch (Exception e) {
        return down("database", e);
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck broker() {
    return () -> {
      try {
        probes.get().broker();
        return HealthCheckResponse.named("broker").up().build();
      } catch (Exception e) {
        return down("broker", e);
      }
    };
  }

  private static HealthCheckResponse down(String name, Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return HealthCheckResponse.named(name)
        .down()
        .withData("error", String.valueOf(cause.getMessage()))
        .build();
  }
}
