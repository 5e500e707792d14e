package id.loket.queue.web;

import id.loket.platform.LoketConfig;
import id.loket.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The queue's time columns: a ticket's age and its SLA countdown in the reader's language, and the
 * countdown's colour class — breached (past due), soon (within the "breaching soon" window) or ok;
 * no due instant is "—".
 */
@Named
@RequestScoped
public class QueueClock {

  @Inject Clock clock;
  @Inject LoketConfig config;

  public String age(Instant created) {
    return created == null ? "—" : span(Duration.between(created, clock.instant()));
  }

  public String countdown(Instant due) {
    if (due == null) {
      return "—";
    }
    Duration left = Duration.between(clock.instant(), due);
    return left.isNegative()
        ? Messages.get(locale(), "queue.sla.overdue", span(left.negated()))
        : Messages.get(locale(), "queue.sla.left", span(left));
  }

  public String slaClass(Instant due) {
    if (due == null) {
      return "sla-none";
    }
    Duration left = Duration.between(clock.instant(), due);
    if (left.isNegative()) {
      return "sla-breached";
    }
    return left.compareTo(config.queueBreachingWithin()) <= 0 ? "sla-soon" : "sla-ok";
  }

  /** The due instant for the page's live countdown (queue.js), empty if none. */
  public String epochMillis(Instant due) {
    return due == null ? "" : Long.toString(due.toEpochMilli());
  }

  /** The "breaching soon" window, for the page's live countdown. */
  public long getSoonMillis() {
    return config.queueBreachingWithin().toMillis();
  }

  private String span(Duration d) {
    long minutes = Math.max(0, d.toMinutes());
    if (minutes >= 24 * 60) {
      return Messages.get(locale(), "queue.span.days", minutes / (24 * 60), minutes / 60 % 24);
    }
    if (minutes >= 60) {
      return Messages.get(locale(), "queue.span.hours", minutes / 60, minutes % 60);
    }
    return Messages.get(locale(), "queue.span.minutes", minutes);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
  }
}
