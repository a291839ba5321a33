/*
 * Surveyor map: on a touch screen the first tap on a point shows its title in the band under the
 * plot (it focuses the point, which the stylesheet shows like a hover), and a second tap on the
 * same point opens its paper. Points lie closer than a finger is wide and are drawn about 9 px
 * across on a phone, so a tap beside the points reaches the nearest within REACH px: each point
 * answers taps over a finger's width around it, where no other point is nearer, and the drawing
 * stays as sparse as on a desktop. A mouse click and the keyboard's Enter open the paper at once,
 * as without this script. Where the map is wider than the screen and scrolls sideways (a phone), the
 * band's hint and titles are moved into the part in view.
 */
(function () {
  'use strict';
  var svg = document.querySelector('.map svg');
  if (!svg) {
    return;
  }
  var frame = svg.parentNode; // scrolls sideways on a narrow screen
  var hints = svg.querySelectorAll('.readout-hint');
  var wide = Number(svg.getAttribute('viewBox').split(' ')[2]);
  var shown = null; // the point whose title a tap showed
  var REACH = 22; // CSS px from a point's centre: a 44 px target, a fingertip's width

  /** The point whose centre is nearest the spot (in the viewport), if one is within REACH. */
  function nearest(x, y) {
    var links = svg.querySelectorAll('a');
    var best = null;
    var distance = REACH;
    for (var i = 0; i < links.length; i++) {
      var r = links[i].querySelector('circle').getBoundingClientRect();
      var d = Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y);
      if (d < distance) {
        best = links[i];
        distance = d;
      }
    }
    return best;
  }

  /** The part of the map in view, in the map's units: [left, width]. */
  function inView() {
    var scale = svg.getBoundingClientRect().width / wide;
    return [frame.scrollLeft / scale, Math.min(wide, frame.clientWidth / scale)];
  }

  // Where the map scrolls sideways, the title band's hint and titles stay in the part in view.
  function placeHint() {
    var view = inView();
    for (var i = 0; i < hints.length; i++) {
      hints[i].setAttribute('x', String(view[0] + view[1] / 2));
    }
  }

  function placeTitle(point) {
    var band = point && point.querySelector('foreignObject');
    if (band) {
      var view = inView();
      band.setAttribute('x', String(view[0]));
      band.setAttribute('width', String(view[1]));
    }
  }

  if (frame.scrollWidth > frame.clientWidth) {
    placeHint();
    frame.addEventListener('scroll', placeHint, { passive: true });
  }
  svg.addEventListener('focusin', function (event) {
    placeTitle(pointOf(event));
  });
  svg.addEventListener('pointerover', function (event) {
    placeTitle(pointOf(event));
  });
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
    var hit = pointOf(event);
    if (!byTouch(event)) {
      shown = null;
      return;
    }
    var point = hit || nearest(event.clientX, event.clientY);
    if (!point) {
      shown = null; // a tap beside the points hides the title
      if (document.activeElement && svg.contains(document.activeElement)) {
        document.activeElement.blur();
      }
      return;
    }
    if (point === shown || point === ready) {
      if (!hit) {
        window.location.assign(point.getAttribute('href')); // beside it: no link to follow
      }
      return; // the second tap: the link opens
    }
    event.preventDefault();
    shown = point;
    point.focus({ preventScroll: true });
  });
})();
