package id.loket.report.boundary;

import id.loket.shared.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * What a subscriber sends to subscribe or change a subscription: frequency ({@code DAILY} or {@code
 * WEEKLY}), the reports, the optional filters and the language (blank: the subscriber's own). Texts
 * are cleaned as they are set; {@code SubscriptionTerms} validates.
 */
public class SubscriptionDraft {

  private String frequency;
  private List<String> reports = new ArrayList<>();
  private String team;
  private String agent;
  private String category;
  private String requestType;
  private String priority;
  private String channel;
  private String language;

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = Text.cleanOrNull(frequency);
  }

  public List<String> getReports() {
    return reports;
  }

  public void setReports(List<String> reports) {
    this.reports = reports == null ? new ArrayList<>() : new ArrayList<>(reports);
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = Text.cleanOrNull(team);
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = Text.cleanOrNull(agent);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = Text.cleanOrNull(category);
  }

  public String getRequestType() {
    return requestType;
  }

  public void setRequestType(String requestType) {
    this.requestType = Text.cleanOrNull(requestType);
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = Text.cleanOrNull(priority);
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = Text.cleanOrNull(channel);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = Text.cleanOrNull(language);
  }
}
