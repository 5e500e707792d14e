package id.loket.platform.web;

import id.loket.platform.DatabaseMigration;
import id.loket.ticket.control.TicketEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of what Loket cannot work without: its database and its message broker. */
@ApplicationScoped
public class HealthChecks {

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource(lookup = TicketEvents.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      try (Connection c = dataSource.getConnection()) {
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
      try (jakarta.jms.Connection c = connectionFactory.createConnection()) {
        c.start();
        return HealthCheckResponse.named("broker").up().build();
      } catch (Exception e) {
        return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(e.getMessage())).build();
      }
    };
  }
}
