/*
 * Surveyor: a page's search and list controls kept in its address (?name=value), so what a
 * reader sees can be bookmarked and shared. Each control is known by its name attribute.
 */
window.SurveyorQuery = (function () {
  'use strict';

  /** Sets each control from the address; a select only to a value it offers. */
  function read(controls) {
    var params = new URLSearchParams(location.search);
    controls.forEach(function (control) {
      var value = params.get(control.name) || '';
      var offered = control.tagName !== 'SELECT' ||
          Array.prototype.some.call(control.options, function (o) { return o.value === value; });
      if (offered) {
        control.value = value;
      }
    });
  }

  /** Puts the controls' values in the address, leaving out empty ones and other parameters be. */
  function write(controls) {
    var params = new URLSearchParams(location.search);
    controls.forEach(function (control) {
      var value = control.value.trim();
      if (value) {
        params.set(control.name, value);
      } else {
        params.delete(control.name);
      }
    });
    var search = params.toString();
    if (search === location.search.replace(/^\?/, '')) {
      return;
    }
    try {
      history.replaceState(null, '', (search ? '?' + search : location.pathname) + location.hash);
    } catch (e) {
      // Some browsers forbid history changes on file:// pages; the page works without.
    }
  }

  return { read: read, write: write };
})();
