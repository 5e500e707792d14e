/* The duplicate guard of an intake form: while the requester types (debounced, 500 ms) the text
   of the fields named in data-fields and the category are sent to the remote command named in
   data-command, which re-renders the suggestions. The box is aria-busy from the first keystroke
   until the suggestions for the last one are shown, and once the form is sent nothing more is
   looked up (the list must not move the page under the pointer while it navigates away). No
   inline script: loaded as a resource. */
(function () {
  'use strict';
  function init() {
    var box = document.getElementById('duplicateGuard');
    if (!box || box.getAttribute('data-bound')) {
      return;
    }
    box.setAttribute('data-bound', '1');
    var ids = (box.getAttribute('data-fields') || '').split(/\s+/).filter(Boolean);
    var categoryId = box.getAttribute('data-category');
    var command = box.getAttribute('data-command');
    var timer = null;
    var last = null;
    var running = 0;
    var sent = false;

    function busy() {
      box.setAttribute('aria-busy', timer !== null || running > 0 ? 'true' : 'false');
    }

    function value(id) {
      var el = document.getElementById(id);
      return el && el.value ? el.value : '';
    }
    function look() {
      timer = null;
      busy();
      if (sent) {
        return;
      }
      var text = ids.map(value).join('\n\n').trim();
      var category = categoryId ? value(categoryId) : '';
      var key = text + '\u0000' + category;
      if (key === last || typeof window[command] !== 'function') {
        return;
      }
      last = key;
      running++;
      busy();
      var request = window[command]([{name: 'guardText', value: text}, {name: 'guardCategory', value: category}]);
      var done = function () {
        running--;
        busy();
      };
      if (request && typeof request.always === 'function') {
        request.always(done);
      } else {
        done();
      }
    }
    function later() {
      if (sent) {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(look, 500);
      busy();
    }
    busy();
    var form = box.closest('form');
    if (form) {
      form.addEventListener('submit', function () {
        sent = true;
        window.clearTimeout(timer);
        timer = null;
        busy();
      });
    }
    ids.forEach(function (id) {
      var el = document.getElementById(id);
      if (el) {
        el.addEventListener('input', later);
      }
    });
    var category = categoryId ? document.getElementById(categoryId) : null;
    if (category) {
      category.addEventListener('change', later);
      if (window.jQuery) {
        window.jQuery(category).on('change', later); // PrimeFaces menus trigger jQuery events
      }
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
