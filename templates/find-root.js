/*
 * 404.html is served for a missing address at any depth, but its links are written from the
 * site's root, which a site without a base URL does not know. Find it: the nearest folder up
 * the address that holds the site's stylesheet is the root; make it the page's base and load
 * the stylesheet again. Inlined, as a script file would be looked for in the wrong place.
 */
(function () {
  'use strict';
  if (!window.fetch || location.protocol === 'file:') {
    return;
  }
  var folders = location.pathname.split('/').slice(0, -1);
  function tryFolder(n) {
    if (n < 1) {
      return;
    }
    var root = folders.slice(0, n).join('/') + '/';
    fetch(root + 'assets/style.css', { method: 'HEAD' }).then(function (response) {
      if (response.ok) {
        rebase(root);
      } else {
        tryFolder(n - 1);
      }
    }, function () { tryFolder(n - 1); });
  }
  // Links resolve against the new base when followed; a stylesheet that failed loads only anew.
  function rebase(root) {
    var base = document.createElement('base');
    base.href = root;
    document.head.insertBefore(base, document.head.firstChild);
    Array.prototype.forEach.call(document.querySelectorAll('link[rel="stylesheet"], link[rel="icon"]'), function (link) {
      link.parentNode.replaceChild(link.cloneNode(false), link);
    });
  }
  tryFolder(folders.length);
})();
