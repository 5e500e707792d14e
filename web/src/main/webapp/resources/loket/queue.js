/*
 * Queue keyboard shortcuts (loaded as a resource file: the CSP allows no inline script).
 *   j / k   focus the next / previous ticket's number link (Enter then opens it)
 *   /       focus the search box
 * Ignored while typing in a field, and with Ctrl, Alt or Meta held.
 */
(function () {
  "use strict";
  function links() {
    return Array.prototype.slice.call(document.querySelectorAll(".loket-queue-table a.queue-open"));
  }
  function typing(target) {
    var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
    return tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable);
  }
  function move(step) {
    var all = links();
    if (all.length === 0) { return; }
    var at = all.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step));
    all.forEach(function (a) {
      var row = a.closest("tr");
      if (row) { row.classList.remove("loket-row-current"); }
    });
    var row = all[next].closest("tr");
    if (row) { row.classList.add("loket-row-current"); }
    all[next].focus();
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) { return; }
    if (event.key === "j") { event.preventDefault(); move(1); }
    else if (event.key === "k") { event.preventDefault(); move(-1); }
    else if (event.key === "/") {
      var box = document.getElementById("searchForm:q");
      if (box) { event.preventDefault(); box.focus(); box.select(); }
    }
  });
})();

/*
 * Live SLA countdown: every 30 s each row's "4h 10m left" / "overdue 5m" and its colour follow the
 * clock, in the page's language (patterns from #slaWords), without reloading the queue.
 */
(function () {
  "use strict";
  var words = document.getElementById("slaWords");
  if (!words) { return; }
  function fill(pattern, args) {
    return pattern.replace(/\{(\d)\}/g, function (_, i) { return String(args[+i]); });
  }
  function span(ms) {
    var minutes = Math.max(0, Math.floor(ms / 60000));
    if (minutes >= 1440) { return fill(words.dataset.days, [Math.floor(minutes / 1440), Math.floor(minutes / 60) % 24]); }
    if (minutes >= 60) { return fill(words.dataset.hours, [Math.floor(minutes / 60), minutes % 60]); }
    return fill(words.dataset.minutes, [minutes]);
  }
  function tick() {
    var now = Date.now();
    var soon = Number(words.dataset.soonMs) || 0;
    document.querySelectorAll(".loket-sla[data-due]").forEach(function (el) {
      var due = Number(el.dataset.due);
      if (!due) { return; }
      var left = due - now;
      el.textContent = left < 0 ? fill(words.dataset.overdue, [span(-left)]) : fill(words.dataset.left, [span(left)]);
      el.classList.remove("sla-ok", "sla-soon", "sla-breached");
      el.classList.add(left < 0 ? "sla-breached" : left <= soon ? "sla-soon" : "sla-ok");
    });
  }
  window.setInterval(tick, 30000);
})();
