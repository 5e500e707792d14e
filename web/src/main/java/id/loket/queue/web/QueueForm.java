package id.loket.queue.web;

import id.loket.queue.entity.QueueFilter;
import java.io.Serializable;

/**
 * What the queue page was asked for: the view, its team and sort, the filters and the search text,
 * each also an address parameter (a saved view or a view in the side bar is a plain link).
 */
public class QueueForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String view = "mine";
  private String team;
  private String sort;
  private String status;
  private String priority;
  private String type;
  private String category;
  private String teamFilter;
  private String assignee;
  private String requester;
  private String channel;
  private String text;
  private String q;

  QueueFilter filter() {
    return QueueFilter.of(
        status, priority, type, category, teamFilter, assignee, requester, channel, text);
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view == null || view.isBlank() ? "mine" : view;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTeamFilter() {
    return teamFilter;
  }

  public void setTeamFilter(String teamFilter) {
    this.teamFilter = teamFilter;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getRequester() {
    return requester;
  }

  public void setRequester(String requester) {
    this.requester = requester;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
