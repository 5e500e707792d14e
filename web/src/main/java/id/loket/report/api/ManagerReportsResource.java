package id.loket.report.api;

import id.loket.identity.entity.Roles;
import id.loket.report.boundary.Reports;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.EscalationRow;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SlaReport;
import id.loket.shared.NotPermittedException;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The manager reports as JSON (team leads for the teams they lead, managers and administrators):
 * the records of {@link Reports}, each for a window of desk days ({@code from}, {@code to}; the
 * last 30 days by default) and the same filters, and their lists as keyset pages ({@code cursor} =
 * the previous page's {@code next}). A date that is not one is 400, a bad window or filter value
 * 422, a team outside a lead's teams 403.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Manager reports")
public class ManagerReportsResource {

  private static final String FROM = "The window's first desk day (default: 29 days before to)";
  private static final String TO = "The window's last desk day (default: today)";
  private static final String TEAM = "Only tickets of this team (a lead: one of their teams)";
  private static final String AGENT = "Only tickets assigned to this agent";
  private static final String CATEGORY = "Only tickets of this category";
  private static final String TYPE = "Only tickets of this request type";
  private static final String PRIORITY = "Only tickets of this priority (P1-P4)";
  private static final String CHANNEL = "Only tickets that came in this way";
  private static final String CURSOR = "The cursor (next) of the previous page";
  private static final String LIMIT = "At most this many entries (clamped to 1-1000)";

  @Inject Reports reports;
  @Context SecurityContext security;

  @GET
  @Path("dashboard")
  @Operation(operationId = "reportDashboard", summary = "Tiles and trend charts of a window")
  @APIResponse(
      responseCode = "200",
      description = "The dashboard",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ReportDashboard")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Dashboard dashboard(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
    return reports.dashboard(
        filter(from, to, team, agent, category, requestType, priority, channel));
  }

  @GET
  @Path("escalations")
  @Operation(
      operationId = "reportEscalations",
      summary = "Escalations of a window by level, cause, team, category, priority and week")
  @APIResponse(
      responseCode = "200",
      description = "The escalation report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EscalationReport")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public EscalationReport escalations(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
    return reports.escalations(
        filter(from, to, team, agent, category, requestType, priority, channel));
  }

  @GET
  @Path("escalations/rows")
  @Operation(
      operationId = "reportEscalationRows",
      summary = "The escalations of a window, newest first, optionally of one level")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ReportEscalationPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Page<EscalationRow> escalationRows(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel,
      @QueryParam("level")
          @Parameter(description = "Only this level", schema = @Schema(ref = "EscalationLevel"))
          String level,
      @QueryParam("cursor") @Parameter(description = CURSOR) String cursor,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(description = LIMIT, schema = @Schema(ref = "ReportLimit"))
          int limit) {
    ReportFilter filter = filter(from, to, team, agent, category, requestType, priority, channel);
    return reports.escalationRows(filter, blankToNull(level), cursor, clamp(limit));
  }

  @GET
  @Path("sla")
  @Operation(
      operationId = "reportSla",
      summary = "SLA compliance of a window: share met, breaches, MTTA, MTTR, weekly trend")
  @APIResponse(
      responseCode = "200",
      description = "The SLA report",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaReport")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public SlaReport sla(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
    return reports.sla(filter(from, to, team, agent, category, requestType, priority, channel));
  }

  @GET
  @Path("backlog")
  @Operation(
      operationId = "reportBacklog",
      summary = "The open backlog by age and status, inflow and outflow per day, reopen rate")
  @APIResponse(
      responseCode = "200",
      description = "The backlog report",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BacklogReport")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public BacklogReport backlog(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
    return reports.backlog(filter(from, to, team, agent, category, requestType, priority, channel));
  }

  @GET
  @Path("backlog/oldest")
  @Operation(
      operationId = "reportOldestOpen",
      summary = "Open tickets, oldest first (the window does not apply, the other filters do)")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ReportOldestPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Page<OldestRow> oldest(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel,
      @QueryParam("cursor") @Parameter(description = CURSOR) String cursor,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(description = LIMIT, schema = @Schema(ref = "ReportLimit"))
          int limit) {
    ReportFilter filter = filter(from, to, team, agent, category, requestType, priority, channel);
    return reports.oldest(filter, cursor, clamp(limit));
  }

  @GET
  @Path("satisfaction")
  @Operation(
      operationId = "reportSatisfaction",
      summary = "Ratings of a window: how many, CSAT and the distribution")
  @APIResponse(
      responseCode = "200",
      description = "The satisfaction report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SatisfactionReport")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public SatisfactionReport satisfaction(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
    return reports.satisfaction(
        filter(from, to, team, agent, category, requestType, priority, channel));
  }

  @GET
  @Path("satisfaction/low")
  @Operation(
      operationId = "reportLowRatings",
      summary = "Ratings of 1 or 2 given in a window, newest first, with their comments")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ReportLowRatingPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Page<RatingRow> lowRatings(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel,
      @QueryParam("cursor") @Parameter(description = CURSOR) String cursor,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(description = LIMIT, schema = @Schema(ref = "ReportLimit"))
          int limit) {
    ReportFilter filter = filter(from, to, team, agent, category, requestType, priority, channel);
    return reports.lowRatings(filter, cursor, clamp(limit));
  }

  @GET
  @Path("load")
  @Operation(
      operationId = "reportLoad",
      summary = "Load per agent and per team: open now, resolved and handling time in a window")
  @APIResponse(
      responseCode = "200",
      description = "The load report",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LoadReport")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public LoadReport load(
      @QueryParam("from") @Parameter(description = FROM, schema = @Schema(ref = "ReportDate"))
          String from,
      @QueryParam("to") @Parameter(description = TO, schema = @Schema(ref = "ReportDate"))
          String to,
      @QueryParam("team") @Parameter(description = TEAM) String team,
      @QueryParam("agent") @Parameter(description = AGENT) String agent,
      @QueryParam("category") @Parameter(description = CATEGORY) String category,
      @QueryParam("requestType") @Parameter(description = TYPE) String requestType,
      @QueryParam("priority") @Parameter(description = PRIORITY) String priority,
      @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
    return reports.load(filter(from, to, team, agent, category, requestType, priority, channel));
  }

  /** The caller's role first (403 names nothing about the filter), then the parameters. */
  private ReportFilter filter(
      String from,
      String to,
      String team,
      String agent,
      String category,
      String requestType,
      String priority,
      String channel) {
    if (!Roles.isOverseer(security::isUserInRole)) {
      throw new NotPermittedException("report.pdf.forbidden", "Reports are for leads and managers");
    }
    return new ReportQuery(from, to, team, agent, category, requestType, priority, channel)
        .filter(reports.defaults());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static int clamp(int limit) {
    return Math.max(1, Math.min(limit, Reports.MAX_PAGE));
  }
}
