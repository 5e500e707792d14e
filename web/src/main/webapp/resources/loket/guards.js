/* The duplicate guard of an intake form: while the requester types (debounced, 500 ms) the text
   of the fields named in data-fields and the category are sent to the remote command named in
   data-command, which re-renders the suggestions. No inline script: loaded as a resource. */
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

    function value(id) {
      var el = document.getElementById(id);
      return el && el.value ? el.value : '';
    }
    function look() {
      var text = ids.map(value).join('\n\n').trim();
      var category = categoryId ? value(categoryId) : '';
      var key = text + '\u0000' + category;
      if (key === last || typeof window[command] !== 'function') {
        return;
      }
      last = key;
      window[command]([{name: 'guardText', value: text}, {name: 'guardCategory', value: category}]);
    }
    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(look, 500);
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
