/* Copy buttons: <button data-copy="text">. Loaded as a resource file (the CSP allows no inline script). */
(function () {
  "use strict";
  function copied(button) {
    var done = button.getAttribute("data-copied");
    var label = button.querySelector(".ui-button-text") || button;
    var before = label.textContent;
    if (done) {
      label.textContent = done;
      window.setTimeout(function () { label.textContent = before; }, 2000);
    }
    button.setAttribute("data-copy-state", "copied");
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy]") : null;
    if (!button) { return; }
    event.preventDefault();
    var text = button.getAttribute("data-copy");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { copied(button); },
        function () { fallback(text); copied(button); });
    } else {
      fallback(text);
      copied(button);
    }
  });
})();
