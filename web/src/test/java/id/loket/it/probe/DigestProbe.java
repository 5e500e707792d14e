package id.loket.it.probe;

import id.loket.platform.LoketConfig;
import id.loket.report.boundary.Reports;
import id.loket.report.control.DigestFigures;
import id.loket.report.control.DigestText;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SubscriptionFrequency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;

/**
 * Test-only probe for the digest tests: the figures of the {@link Reports} boundary, as the
 * signed-in caller sees them, for one desk-day window — the numbers a digest of that day must show.
 * Never part of a build that ships.
 */
@Path("it-probe/digest")
@RequestScoped
public class DigestProbe {

  @Inject Reports reports;
  @Inject LoketConfig config;

  /**
   * The text a daily digest of {@code day} in {@code lang} shows, from {@link Reports}' figures.
   */
  @GET
  @Path("text")
  @Produces(MediaType.TEXT_PLAIN)
  public String text(@QueryParam("day") String day, @QueryParam("lang") String lang) {
    ReportFilter f = window(day);
    DigestFigures figures =
        new DigestFigures(
            SubscriptionFrequency.DAILY,
            f,
            reports.escalations(f),
            reports.sla(f),
            reports.backlog(f),
            reports.satisfaction(f),
            reports.load(f));
    return new DigestText(lang).render(figures, config.publicBaseUrl()).body();
  }

  /** A few raw figures of the day, to see that the day is not empty. */
  @GET
  @Path("figures")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> figures(@QueryParam("day") String day) {
    ReportFilter f = window(day);
    var backlog = reports.backlog(f);
    return Map.of("created", backlog.created(), "open", backlog.open());
  }

  private static ReportFilter window(String day) {
    LocalDate d = LocalDate.parse(day);
    return new ReportFilter(d, d, null, null, null, null, null, null);
  }
}
