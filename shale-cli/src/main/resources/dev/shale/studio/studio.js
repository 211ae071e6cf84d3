// Shale Studio: the copy button and the classification filter of the compare page. No framework.
(function () {
  'use strict';

  function copied(status, text) {
    status.textContent = text;
    status.dataset.copied = 'true';
  }

  // The clipboard API needs a secure context (localhost is one); the selection fallback covers --host.
  function copy(button) {
    var source = document.getElementById(button.dataset.copy);
    var status = document.getElementById('copy-status');
    var text = source.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        copied(status, 'SQL copied to the clipboard');
      }, function () {
        fallback(source, status);
      });
    } else {
      fallback(source, status);
    }
  }

  function fallback(source, status) {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = document.execCommand && document.execCommand('copy');
    status.textContent = ok ? 'SQL copied to the clipboard' : 'SQL selected: press Ctrl+C to copy';
    if (ok) { status.dataset.copied = 'true'; }
  }

  // Rows of the classes unticked are hidden; with "differences only", so are rows and tables that are the same.
  function filter() {
    var shown = {};
    document.querySelectorAll('.filter-toggle').forEach(function (box) { shown[box.value] = box.checked; });
    var onlyDifferences = document.getElementById('differences-only');
    var hideSame = onlyDifferences !== null && onlyDifferences.checked;
    document.querySelectorAll('tr.diff').forEach(function (row) {
      row.classList.toggle('hidden', !shown[row.dataset.classification]);
    });
    document.querySelectorAll('tr.same').forEach(function (row) { row.classList.toggle('hidden', hideSame); });
    document.querySelectorAll('section.table-cmp').forEach(function (section) {
      var visible = section.querySelectorAll('tr:not(.hidden)').length > 1;
      section.classList.toggle('hidden', !visible);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button.copy').forEach(function (button) {
      button.addEventListener('click', function () { copy(button); });
    });
    document.querySelectorAll('.filter-toggle, #differences-only').forEach(function (box) {
      box.addEventListener('change', filter);
    });
    filter();
  });
})();
