/* Folded details that belong on paper (a paper page's scoring, a curated abstract's capture) open for
   the print and fold again after it, in browsers whose print stylesheet cannot unfold them. */
(function () {
  'use strict';
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(
        document.querySelectorAll('details.print-open'), function (d) { return !d.open; });
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
