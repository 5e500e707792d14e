package id.loket.platform.web;

import id.loket.platform.DatabaseMigration;
import id.loket.ticket.control.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import java.sql.Connection;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of what Loket cannot work without: its database and its message broker.
 *
 * <p>The resources are looked up when the checks are created, inside the application (the checks
 * themselves later run on Payara's health endpoint, where {@code java:app} names do not resolve),
 * and not injected into fields, because in the EAR the web module is validated before the EJB
 * module has defined them.
 */
@ApplicationScoped
public class HealthChecks {

  @Produces
  @Readiness
  HealthCheck database() {
    DataSource dataSource;
    try {
      dataSource = InitialContext.doLookup(DatabaseMigration.DATA_SOURCE);
    } catch (NamingException e) {
      return down("database", e);
    }
    return () -> {
      try (Connection c = dataSource.getConnection()) {
        var meta = c.getMetaData();
        return HealthCheckResponse.named("database")
            .status(c.isValid(2))
            .withData("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
            .build();
      } catch (Exception e) {
        return down("database", e).call();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck broker() {
    ConnectionFactory connectionFactory;
    try {
      connectionFactory = InitialContext.doLookup(TicketEvents.CONNECTION_FACTORY);
    } catch (NamingException e) {
      return down("broker", e);
    }
    return () -> {
      try (jakarta.jms.Connection c = connectionFactory.createConnection()) {
        c.start();
        return HealthCheckResponse.named("broker").up().build();
      } catch (Exception e) {
        return down("broker", e).call();
      }
    };
  }

  private static HealthCheck down(String name, Exception e) {
    return () -> HealthCheckResponse.named(name).down().withData("error", String.valueOf(e.getMessage())).build();
  }
}
