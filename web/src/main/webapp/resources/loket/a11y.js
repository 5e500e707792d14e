/* Two repairs of PrimeFaces markup that axe-core reports as serious, applied on load and after
   every Ajax update (no inline script: loaded as a resource, so the page's CSP stays strict).
   1. p:fileUpload's "Choose" is a <span tabindex="0" aria-labelledby> without a role around the
      real <input type="file">. A role="button" would nest one control in another, so the label
      moves to the file input, the control it names; the span keeps its visible text.
   2. p:messages writes <li role="alert"> inside its <ul>, which breaks the list for screen
      readers: the alert moves to the message box around the list. */
(function () {
  'use strict';
  function repair(root) {
    (root || document).querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (el) {
      var input = el.querySelector('input[type=file]');
      if (input && !input.getAttribute('aria-labelledby')) {
        input.setAttribute('aria-labelledby', el.getAttribute('aria-labelledby'));
      }
      el.removeAttribute('aria-labelledby');
    });
    (root || document).querySelectorAll('.ui-messages ul > li[role]').forEach(function (li) {
      var box = li.parentNode.parentNode;
      if (!box.getAttribute('role')) {
        box.setAttribute('role', li.getAttribute('role'));
        box.setAttribute('aria-atomic', 'true');
      }
      li.removeAttribute('role');
      li.removeAttribute('aria-atomic');
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { repair(); });
  } else {
    repair();
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () { repair(); });
  }
  new MutationObserver(function () { repair(); })
    .observe(document.documentElement, {childList: true, subtree: true});
})();
