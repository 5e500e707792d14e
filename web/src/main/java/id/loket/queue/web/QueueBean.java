package id.loket.queue.web;

import id.loket.platform.web.FacesErrors;
import id.loket.queue.boundary.BulkActions;
import id.loket.queue.boundary.BulkRequest;
import id.loket.queue.boundary.BulkResult;
import id.loket.queue.boundary.Queues;
import id.loket.queue.boundary.SavedViewData;
import id.loket.queue.boundary.SavedViewInfo;
import id.loket.queue.boundary.SavedViews;
import id.loket.queue.boundary.ViewCount;
import id.loket.queue.entity.QueueFilter;
import id.loket.queue.entity.QueueRow;
import id.loket.queue.entity.QueueSort;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The agents' queue page: the views with their counts, the chosen view (address parameters {@code
 * view}, {@code team}, {@code sort} and the filters, so that a saved view is a link) as a keyset-
 * paged table, the search box, and bulk actions on the selected rows (per-row outcome shown).
 */
@Named
@ViewScoped
public class QueueBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Queues queues;
  @Inject transient BulkActions bulk;
  @Inject transient SavedViews savedViews;
  @Inject transient Teams teams;

  private final QueueForm form = new QueueForm();
  private List<ViewCount> views;
  private QueueModel model;
  private List<QueueRow> results;
  private List<QueueRow> selected = new ArrayList<>();
  private String bulkAssignee;
  private String bulkStatus;
  private String bulkTeam;
  private List<TeamName> teamChoices;
  private String viewName;
  private List<SavedViewInfo> saved;

  /** f:viewAction: reads the chosen view (or the search) from the address parameters. */
  public void load() {
    try {
      views = queues.counts();
      saved = savedViews.mine();
      apply();
    } catch (RuntimeException e) {
      model = null;
      FacesErrors.show(e, "filterForm");
    }
  }

  /** Applies view, sort and filters (or runs the search): the table starts from its first page. */
  public void apply() {
    selected = new ArrayList<>();
    if (form.getQ() != null && !form.getQ().isBlank()) {
      results = queues.search(form.getQ());
      model = null;
      return;
    }
    results = null;
    QueueFilter filter = form.filter();
    String view = form.getView();
    String team = form.getTeam();
    String sort = form.getSort();
    queues.page(view, team, filter, sort, null, 1); // fails here, not inside the table
    model = new QueueModel((after, size) -> queues.page(view, team, filter, sort, after, size));
  }

  public void filter() {
    try {
      form.setQ(null);
      apply();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "filterForm");
    }
  }

  public void search() {
    try {
      apply();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "searchForm");
    }
  }

  public void assignSelected() {
    run(BulkRequest.Action.ASSIGN, bulkAssignee, null);
  }

  public void moveSelected() {
    run(BulkRequest.Action.STATUS, null, bulkStatus);
  }

  public void teamSelected() {
    run(BulkRequest.Action.TEAM, null, null);
  }

  private void run(BulkRequest.Action action, String assignee, String status) {
    if (selected == null || selected.isEmpty()) {
      FacesErrors.error("queue.bulk.none");
      return;
    }
    List<BulkRequest.Item> items =
        selected.stream().map(r -> new BulkRequest.Item(r.number(), r.version())).toList();
    try {
      BulkRequest request = new BulkRequest(action, assignee, status, items);
      request.setTeam(action == BulkRequest.Action.TEAM ? bulkTeam : null);
      BulkResult result = bulk.apply(request);
      long done = result.items().stream().filter(r -> "DONE".equals(r.outcome())).count();
      FacesErrors.info("queue.bulk.done", done, result.items().size());
      result.items().stream()
          .filter(r -> !"DONE".equals(r.outcome()))
          .forEach(r -> FacesErrors.error("queue.bulk.row." + r.outcome(), r.number()));
      views = queues.counts();
      apply();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "bulkForm");
    }
  }

  /** Saves the current view, team, sort and filters under the name typed. */
  public void saveView() {
    JsonObjectBuilder d = Json.createObjectBuilder().add("view", form.getView());
    put(d, "team", form.getTeam());
    put(d, "sort", form.getSort());
    put(d, "status", form.getStatus());
    put(d, "priority", form.getPriority());
    put(d, "text", form.getText());
    try {
      savedViews.create(new SavedViewData(viewName, d.build()));
      FacesErrors.info("queue.view.saved", viewName);
      viewName = null;
      saved = savedViews.mine();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "saveForm");
    }
  }

  private static void put(JsonObjectBuilder d, String key, String value) {
    if (value != null && !value.isBlank()) {
      d.add(key, value);
    }
  }

  /** Reads the caller's saved views again, e.g. after one was renamed or deleted. */
  public void reloadSaved() {
    saved = savedViews.mine();
  }

  /** Whether a side-bar entry ({@code mine}, {@code team:network}) is the view shown. */
  public boolean isCurrent(String view) {
    String shown = "team".equals(form.getView()) ? "team:" + form.getTeam() : form.getView();
    return results == null && view.equals(shown);
  }

  public List<String> getSorts() {
    return Arrays.stream(QueueSort.values()).map(QueueSort::slug).toList();
  }

  public List<String> getOpenStatuses() {
    return List.of(
        "NEW",
        "ASSIGNED",
        "IN_PROGRESS",
        "WAITING_FOR_REQUESTER",
        "WAITING_FOR_THIRD_PARTY",
        "REOPENED");
  }

  public List<String> getPriorities() {
    return List.of("P1", "P2", "P3", "P4");
  }

  public List<SavedViewInfo> getSaved() {
    return saved;
  }

  public String getViewName() {
    return viewName;
  }

  public void setViewName(String viewName) {
    this.viewName = viewName;
  }

  public QueueForm getForm() {
    return form;
  }

  public List<ViewCount> getViews() {
    return views;
  }

  public QueueModel getModel() {
    return model;
  }

  public List<QueueRow> getResults() {
    return results;
  }

  public List<QueueRow> getSelected() {
    return selected;
  }

  public void setSelected(List<QueueRow> selected) {
    this.selected = selected;
  }

  public String getBulkAssignee() {
    return bulkAssignee;
  }

  public void setBulkAssignee(String bulkAssignee) {
    this.bulkAssignee = bulkAssignee;
  }

  public String getBulkStatus() {
    return bulkStatus;
  }

  public void setBulkStatus(String bulkStatus) {
    this.bulkStatus = bulkStatus;
  }

  /** The statuses a bulk move may name (the ticket decides per row whether it may). */
  /** The active teams a bulk move may go to (read once per view). */
  public List<TeamName> getTeamChoices() {
    if (teamChoices == null) {
      teamChoices = teams.active();
    }
    return teamChoices;
  }

  public String getBulkTeam() {
    return bulkTeam;
  }

  public void setBulkTeam(String bulkTeam) {
    this.bulkTeam = bulkTeam;
  }

  public List<String> getStatuses() {
    return List.of("IN_PROGRESS", "WAITING_FOR_REQUESTER", "WAITING_FOR_THIRD_PARTY", "RESOLVED");
  }
}
