package id.loket.sla.web;

import id.loket.platform.web.Formats;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.Page;
import id.loket.sla.boundary.TicketSlas;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Service level" panel of a ticket for staff: each clock's state and due instant with the
 * sentence that explains it ("due … because …"), and the SLA ledger a page at a time.
 */
@Named
@ViewScoped
public class TicketSlaBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 20;

  @Inject transient TicketSlas slas;
  @Inject transient Formats formats;
  @Inject LocaleSelector locale;
  @Inject transient Clock clock;

  private String number;
  private List<TicketSlas.Clock> clocks;
  private final List<TicketSlas.Line> lines = new ArrayList<>();
  private String older;
  private boolean ledgerLoaded;

  /** The clocks, first response first (read once per view). */
  public List<TicketSlas.Clock> getClocks() {
    if (clocks == null) {
      try {
        clocks = number == null ? List.of() : slas.clocks(number.strip(), clock.instant());
      } catch (RuntimeException e) {
        clocks = List.of(); // not staff, or no such ticket: the page says so elsewhere
      }
    }
    return clocks;
  }

  /** The ledger lines read so far, newest first. */
  public List<TicketSlas.Line> getLines() {
    if (!ledgerLoaded && number != null) {
      ledgerLoaded = true;
      try {
        more();
      } catch (RuntimeException e) {
        lines.clear();
      }
    }
    return lines;
  }

  public void more() {
    Page<TicketSlas.Line> page = slas.ledger(number.strip(), older, PAGE);
    lines.addAll(page.items());
    older = page.next();
  }

  public boolean isOlderAvailable() {
    return older != null;
  }

  /** "policy p2-default: 8 h of working time on calendar office-jakarta, counted from …; …". */
  public String because(TicketSlas.Clock c) {
    List<String> parts = new ArrayList<>();
    for (TicketSlas.Reason r : c.because()) {
      List<String> a = r.args();
      Object[] args =
          switch (r.key()) {
            case "sla.because.policy" ->
                new Object[] {a.get(0), duration(a.get(1)), a.get(2), instant(a.get(3))};
            case "sla.because.paused" -> new Object[] {duration(a.get(0))};
            case "sla.because.pausedNow" -> new Object[] {status(a.get(0)), instant(a.get(1))};
            case "sla.because.recalculated" ->
                new Object[] {
                  text("field." + a.get(0), a.get(0)),
                  a.get(1),
                  a.get(2),
                  a.get(3),
                  instant(a.get(4)),
                  duration(a.get(5))
                };
            case "sla.because.met" -> new Object[] {instant(a.get(0))};
            default -> a.toArray();
          };
      parts.add(Messages.get(locale(), r.key(), args));
    }
    return String.join("; ", parts);
  }

  /** The CSS modifier of a clock's state and how close it is. */
  public String tone(TicketSlas.Clock c) {
    return switch (c.state()) {
      case "BREACHED", "MET_LATE" -> "breached";
      case "PAUSED", "STOPPED" -> "paused";
      case "MET" -> "met";
      default -> c.usedPercent() >= 75 ? "soon" : "ok";
    };
  }

  /** A ledger line's facts in words: the due change and the status or field behind it. */
  public String lineText(TicketSlas.Line l) {
    StringBuilder s = new StringBuilder();
    var d = l.detail();
    if (d.containsKey("reason")) {
      s.append(status(d.getString("reason", "")));
    }
    if (d.containsKey("field")) {
      s.append(text("field." + d.getString("field"), d.getString("field")))
          .append(": ")
          .append(d.getString("from", ""))
          .append(" → ")
          .append(d.getString("to", ""));
    }
    if (d.containsKey("usedPercent")) {
      s.append(s.length() > 0 ? " · " : "")
          .append(Messages.get(locale(), "sla.used", d.getJsonNumber("usedPercent").longValue()));
    }
    if (l.oldDue() != null || l.newDue() != null) {
      if (l.oldDue() == null || !l.oldDue().equals(l.newDue())) {
        s.append(s.length() > 0 ? " · " : "")
            .append(
                Messages.get(
                    locale(),
                    "sla.ledger.dueChange",
                    l.oldDue() == null ? "—" : formats.instant(l.oldDue()),
                    l.newDue() == null ? "—" : formats.instant(l.newDue())));
      }
    }
    return s.toString();
  }

  /** A duration of seconds as "26 h 5 min". */
  public String duration(String seconds) {
    long s;
    try {
      s = Long.parseLong(seconds);
    } catch (NumberFormatException e) {
      return seconds;
    }
    return duration(Duration.ofSeconds(s), locale());
  }

  /** Working time in hours and minutes (a "day" of working time would mean different things). */
  static String duration(Duration d, Locale locale) {
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    StringBuilder out = new StringBuilder();
    if (hours > 0) {
      out.append(hours).append(' ').append(Messages.get(locale, "sla.unit.h")).append(' ');
    }
    if (minutes > 0) {
      out.append(minutes).append(' ').append(Messages.get(locale, "sla.unit.min")).append(' ');
    }
    if (seconds > 0 || out.length() == 0) {
      out.append(seconds).append(' ').append(Messages.get(locale, "sla.unit.s"));
    }
    return out.toString().strip();
  }

  private String instant(String iso) {
    try {
      return formats.instant(Instant.parse(iso));
    } catch (RuntimeException e) {
      return iso;
    }
  }

  private String status(String s) {
    return text("status." + s, text("sla.reason." + s, s));
  }

  private String text(String key, String fallback) {
    String found = Messages.get(locale(), key);
    return found.equals(key) ? fallback : found;
  }

  private Locale locale() {
    return locale.getLocale();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
