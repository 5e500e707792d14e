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
