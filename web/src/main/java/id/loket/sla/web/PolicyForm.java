package id.loket.sla.web;

import id.loket.sla.boundary.PolicyDraft;
import id.loket.sla.boundary.PolicyView;
import id.loket.sla.control.Targets;
import java.io.Serializable;
import java.time.Duration;

/**
 * The policy form of the admin page: the targets and intervals in whole minutes, as an
 * administrator thinks of them, turned into the API's ISO-8601 draft. A stored duration that is not
 * a whole number of minutes (a test's {@code PT8S}) is shown rounded up and kept as it was unless
 * its minutes are changed.
 */
public class PolicyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The inputs in minutes, by the draft's field name. */
  public static final class Minutes implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer value;
    private Integer loaded;
    private String stored;

    static Minutes of(String iso) {
      Minutes m = new Minutes();
      Duration d = iso == null ? null : Duration.parse(iso);
      m.value = d == null ? null : (int) ((d.getSeconds() + 59) / 60);
      m.loaded = m.value;
      m.stored = iso;
      return m;
    }

    /** ISO-8601 for the draft; {@code null} when empty. */
    String iso() {
      if (value == null) {
        return null;
      }
      if (value.equals(loaded) && stored != null) {
        return stored;
      }
      return "PT" + value + "M";
    }

    public Integer getValue() {
      return value;
    }

    public void setValue(Integer value) {
      this.value = value;
    }
  }

  private final PolicyDraft draft;
  private final Minutes firstResponse;
  private final Minutes resolution;
  private final Minutes nextResponse;
  private final Minutes secondLevelAfter;
  private final Minutes reminderEvery;

  private PolicyForm(PolicyDraft draft) {
    this.draft = draft;
    firstResponse = Minutes.of(draft.getFirstResponse());
    resolution = Minutes.of(draft.getResolution());
    nextResponse = Minutes.of(draft.getNextResponse());
    secondLevelAfter = Minutes.of(draft.getSecondLevelAfter());
    reminderEvery = Minutes.of(draft.getReminderEvery());
  }

  /** A new policy: P3, on office hours, 4 h / 3 d, warned at 75 %, 2 h to the next level. */
  public static PolicyForm blank(String calendar) {
    PolicyDraft d = new PolicyDraft();
    d.setPriority("P3");
    d.setCalendar(calendar);
    d.setFirstResponse("PT4H");
    d.setResolution("PT24H");
    d.setWarnPercent(PolicyDraft.DEFAULT_WARN_PERCENT);
    d.setSecondLevelAfter("PT2H");
    d.setReminderEvery("PT4H");
    d.setActive(true);
    return new PolicyForm(d);
  }

  public static PolicyForm of(PolicyView p) {
    return new PolicyForm(PolicyDraft.of(p));
  }

  /** The draft with the minutes written into it. */
  public PolicyDraft toDraft() {
    draft.setFirstResponse(firstResponse.iso());
    draft.setResolution(resolution.iso());
    draft.setNextResponse(nextResponse.iso());
    draft.setSecondLevelAfter(secondLevelAfter.iso());
    draft.setReminderEvery(reminderEvery.iso());
    return draft;
  }

  /** "30 min", "4 h", "74 h" from an ISO-8601 duration. */
  public static String shortText(String iso, Targets.Units units) {
    return Targets.shortText(iso == null ? null : Duration.parse(iso), units);
  }

  public PolicyDraft getDraft() {
    return draft;
  }

  public Minutes getFirstResponse() {
    return firstResponse;
  }

  public Minutes getResolution() {
    return resolution;
  }

  public Minutes getNextResponse() {
    return nextResponse;
  }

  public Minutes getSecondLevelAfter() {
    return secondLevelAfter;
  }

  public Minutes getReminderEvery() {
    return reminderEvery;
  }
}
