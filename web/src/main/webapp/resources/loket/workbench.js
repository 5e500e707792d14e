/*
 * The ticket workbench: marks the presence beat EDITING while a message is typed, and the keyboard
 * shortcuts r (public reply), n (internal note) and c (claim). No inline script (strict CSP).
 */
(function () {
  'use strict';

  function byId(id) {
    return document.getElementById(id);
  }

  function typing(target) {
    var tag = target && target.tagName ? target.tagName.toLowerCase() : '';
    return tag === 'input' || tag === 'textarea' || tag === 'select' || (target && target.isContentEditable);
  }

  function chooseVisibility(index) {
    var radio = byId('commentForm:visibility:' + index);
    if (radio) {
      var label = document.querySelector('label[for="commentForm:visibility:' + index + '"]');
      if (label) {
        label.click();
      } else {
        radio.checked = true;
      }
    }
  }

  function focusBody() {
    var body = byId('commentForm:body');
    if (body) {
      body.focus();
    }
  }

  /** The send button says what it sends: a public reply or an internal note. */
  function labelSend() {
    var labels = byId('sendLabels');
    var send = byId('commentForm:send');
    var internal = byId('commentForm:visibility:1');
    if (!labels || !send) {
      return;
    }
    var text = send.querySelector('.ui-button-text');
    if (text) {
      text.textContent = internal && internal.checked ? labels.dataset.internal : labels.dataset.public;
    }
    send.classList.toggle('loket-send-internal', !!(internal && internal.checked));
  }

  document.addEventListener('change', function (event) {
    if (event.target && event.target.name === 'commentForm:visibility') {
      labelSend();
    }
  });
  document.addEventListener('click', function (event) {
    if (event.target && event.target.closest && event.target.closest('[id="commentForm:visibility"]')) {
      window.setTimeout(labelSend, 0);
    }
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', labelSend);
  } else {
    labelSend();
  }

  document.addEventListener('input', function (event) {
    var editing = byId('presenceForm:editing');
    if (editing && event.target && event.target.id === 'commentForm:body') {
      editing.value = event.target.value.trim() === '' ? 'false' : 'true';
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (!byId('commentForm:body') && event.key !== 'c') {
      return;
    }
    if (event.key === 'r') {
      chooseVisibility(0);
      focusBody();
      event.preventDefault();
    } else if (event.key === 'n') {
      chooseVisibility(1);
      focusBody();
      event.preventDefault();
    } else if (event.key === 'c') {
      var claim = document.querySelector('.loket-move-ASSIGNED');
      if (claim) {
        event.preventDefault();
        claim.click();
      }
    }
  });
})();
