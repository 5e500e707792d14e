package id.loket.platform.web;

import id.loket.platform.DatabaseMigration;
import id.loket.ticket.control.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import java.sql.Connection;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of what Loket cannot work without: its database and its message broker. The
 * resources are looked up when a check runs, not injected: in the EAR the web module is
 * validated before the EJB module has defined them.
 */
@ApplicationScoped
public class HealthChecks {

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      try (Connection c = InitialContext.<DataSource>doLookup(DatabaseMigration.DATA_SOURCE).getConnection()) {
        var meta = c.getMetaData();
        return HealthCheckResponse.named("database")
            .status(c.isValid(2))
            .withData("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
            .build();
      } catch (Exception e) {
        return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck broker() {
    return () -> {
      try (jakarta.jms.Connection c =
          InitialContext.<ConnectionFactory>doLookup(TicketEvents.CONNECTION_FACTORY).createConnection()) {
        c.start();
        return HealthCheckResponse.named("broker").up().build();
      } catch (Exception e) {
        return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(e.getMessage())).build();
      }
    };
  }
}
