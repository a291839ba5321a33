/*
 * Surveyor map: on a touch screen the first tap on a point shows its title in the band under the
 * plot (it focuses the point, which the stylesheet shows like a hover), and a second tap on the
 * same point opens its paper. A mouse click and the keyboard's Enter open the paper at once, as
 * without this script.
 */
(function () {
  'use strict';
  var svg = document.querySelector('.map svg');
  if (!svg) {
    return;
  }
  var shown = null; // the point whose title a tap showed
  var ready = null; // the point a touch began on while its title was already showing
  var touchedAt = -Infinity; // when the last touch began, for browsers whose click has no pointerType

  function pointOf(event) {
    return event.target.closest ? event.target.closest('a') : null;
  }

  svg.addEventListener('pointerdown', function (event) {
    var touch = event.pointerType === 'touch';
    var point = pointOf(event);
    touchedAt = touch ? event.timeStamp : -Infinity;
    // Some browsers (Safari on iOS) answer a first tap with the hover alone, no click: the title
    // already shows, so this tap is the second.
    ready = touch && point && (point === shown || point.matches(':hover')) ? point : null;
  });

  function byTouch(event) {
    return event.pointerType ? event.pointerType === 'touch' : event.timeStamp - touchedAt < 1000;
  }

  svg.addEventListener('click', function (event) {
    var point = pointOf(event);
    if (!byTouch(event)) {
      shown = null;
      return;
    }
    if (!point) {
      shown = null; // a tap beside the points hides the title
      if (document.activeElement && svg.contains(document.activeElement)) {
        document.activeElement.blur();
      }
      return;
    }
    if (point === shown || point === ready) {
      return; // the second tap: the link opens
    }
    event.preventDefault();
    shown = point;
    point.focus({ preventScroll: true });
  });
})();
