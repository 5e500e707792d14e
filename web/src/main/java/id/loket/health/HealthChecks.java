package id.loket.health;

import id.loket.messaging.boundary.MessagingStatus;
import id.loket.platform.Probes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * What {@code /health} reports. Liveness: the application answers. Readiness: the database answers
 * — Loket cannot work without it. The broker is reported, never required: with the broker away,
 * tickets are still created and their events wait in the outbox; the {@code messaging} check
 * (always UP) says whether the broker answers, how many events wait, how old the oldest is and how
 * many dead letters wait for an administrator.
 *
 * <p>The probes are obtained when a check runs, not injected: Payara creates the checks while the
 * application is still being deployed (in the EAR, before the web module's references are bound)
 * and runs them later from its own health endpoint.
 */
@ApplicationScoped
public class HealthChecks {

  @Inject Instance<Probes> probes;
  @Inject Instance<MessagingStatus> messaging;

  @Produces
  @Liveness
  HealthCheck alive() {
    return () -> HealthCheckResponse.named("application").up().build();
  }

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
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return HealthCheckResponse.named("database")
            .down()
            .withData("error", String.valueOf(cause.getMessage()))
            .build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck messaging() {
    return () -> {
      var builder = HealthCheckResponse.named("messaging").up();
      try {
        MessagingStatus.Snapshot s = messaging.get().snapshot();
        builder
            .withData("broker", s.brokerUp() ? "UP" : "DOWN")
            .withData("outboxBacklog", s.backlog())
            .withData("outboxOldestSeconds", s.oldestAge().toSeconds())
            .withData("deadLetters", s.deadLetters());
        if (s.brokerError() != null) {
          builder.withData("brokerError", s.brokerError());
        }
        if (s.relayError() != null) {
          builder.withData("relayError", s.relayError());
        }
      } catch (RuntimeException e) {
        builder.withData("error", String.valueOf(e.getMessage()));
      }
      return builder.build();
    };
  }
}
