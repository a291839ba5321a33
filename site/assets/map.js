/*
 * Surveyor map: on a touch screen the first tap on a point shows its title in the band under the
 * plot (it focuses the point, which the stylesheet shows like a hover), and a second tap on the
 * same point opens its paper. Points lie closer than a finger is wide and are drawn about 9 px
 * across on a phone, so a tap beside the points reaches the nearest within REACH px: each point
 * answers taps over a finger's width around it, where no other point is nearer, and the drawing
 * stays as sparse as on a desktop. A mouse click and the keyboard's Enter open the paper at once,
 * as without this script. Where the map is wider than the screen and scrolls sideways (a phone), the
 * band's hint and titles are moved into the part in view.
 *
 * On a phone the whole map fits the screen, its points closer together than a finger is wide.
 * "Zoom in" draws it ZOOM times as wide, about its size on a desktop, in a frame the finger pans
 * (the page itself never scrolls sideways), and the title of the point tapped shows under that
 * frame. Without this script the map stays whole and nothing offers to zoom.
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

  var narrow = window.matchMedia('(max-width: 40rem)');
  var ZOOM = 3; // points 4 px apart (median) and 9 px across at 390 px come 13 and 12 px
  var figure = frame.parentNode;
  var whole = svg.getAttribute('viewBox');
  var plotHigh = Number(svg.querySelector('.readout-rule').getAttribute('y1'));
  var HINT = 'Tap a dot to read its title here; tap it again to open it.';
  var zoom = document.createElement('button');
  zoom.type = 'button';
  zoom.className = 'map-zoom';
  zoom.textContent = 'Zoom in';
  var title = document.createElement('p'); // the zoomed map's title band, under its frame
  title.className = 'map-zoom-title';
  title.setAttribute('aria-live', 'polite');
  title.textContent = HINT;
  figure.insertBefore(zoom, frame);
  figure.insertBefore(title, frame.nextSibling);

  /** Zooms in, centred on the point whose title shows (else the plot's middle), or out. */
  function zoomTo(on) {
    var point = shown || (svg.contains(document.activeElement) ? document.activeElement : null);
    figure.classList.toggle('zoomed', on);
    zoom.textContent = on ? 'Whole map' : 'Zoom in';
    // zoomed, the plot alone: the title band inside the drawing would lie out of sight below
    svg.setAttribute('viewBox', on ? '0 0 ' + wide + ' ' + plotHigh : whole);
    if (!on) {
      return;
    }
    var circle = point && point.querySelector('circle');
    var x = circle ? circle.cx.baseVal.value : wide / 2;
    var y = circle ? circle.cy.baseVal.value : plotHigh / 2;
    var scale = svg.getBoundingClientRect().width / wide;
    frame.scrollLeft = x * scale - frame.clientWidth / 2;
    frame.scrollTop = y * scale - frame.clientHeight / 2;
  }

  zoom.addEventListener('click', function () {
    zoomTo(!figure.classList.contains('zoomed'));
  });
  narrow.addEventListener('change', function () {
    if (!narrow.matches) {
      zoomTo(false);
    }
  });
  svg.addEventListener('focusin', function (event) {
    var point = pointOf(event);
    title.textContent = point ? point.getAttribute('aria-label') : HINT;
  });
})();
