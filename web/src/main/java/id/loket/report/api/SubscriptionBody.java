package id.loket.report.api;

import id.loket.report.boundary.SubscriptionDraft;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of a digest subscription, read by the strict binder (which takes a list as a JSON
 * array): the same fields as {@link SubscriptionDraft}, into which it is copied. An item of {@code
 * reports} that is not a string is passed on as its JSON text, to be named as an unknown report.
 */
public class SubscriptionBody {

  private final SubscriptionDraft draft = new SubscriptionDraft();

  public void setFrequency(String frequency) {
    draft.setFrequency(frequency);
  }

  public void setReports(JsonArray reports) {
    List<String> names = new ArrayList<>();
    if (reports != null) {
      for (JsonValue v : reports) {
        names.add(v instanceof JsonString s ? s.getString() : v.toString());
      }
    }
    draft.setReports(names);
  }

  public void setTeam(String team) {
    draft.setTeam(team);
  }

  public void setAgent(String agent) {
    draft.setAgent(agent);
  }

  public void setCategory(String category) {
    draft.setCategory(category);
  }

  public void setRequestType(String requestType) {
    draft.setRequestType(requestType);
  }

  public void setPriority(String priority) {
    draft.setPriority(priority);
  }

  public void setChannel(String channel) {
    draft.setChannel(channel);
  }

  public void setLanguage(String language) {
    draft.setLanguage(language);
  }

  SubscriptionDraft draft() {
    return draft;
  }
}
