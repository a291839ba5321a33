// Added by `surveyor serve` to the pages it serves; never written into the site.
// Reloads this page when a rebuild changed it (or a style or script), and shows the
// diagnostics of a failed build over the last good page until the content is fixed.
(function (config) {
  "use strict";
  var overlay = null;

  function show(diagnostics) {
    if (overlay === null) {
      overlay = document.createElement("div");
      overlay.id = "surveyor-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
        "background:rgba(24,24,24,.94);color:#f4f4f4;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var title = document.createElement("h2");
    title.textContent = "The build failed. Still showing the last good site.";
    title.style.cssText = "margin:0 0 1rem;font-size:16px;color:#ff9a9a";
    var text = document.createElement("pre");
    text.style.cssText = "white-space:pre-wrap;margin:0 0 1rem";
    text.textContent = diagnostics.map(function (d) { return d.text; }).join("\n\n");
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.textContent = "Dismiss";
    dismiss.onclick = function () {
      overlay.remove();
      overlay = null;
    };
    overlay.append(title, text, dismiss);
  }

  function concerns(data) {
    return config.page === null || data.removed || data.recovered || overlay !== null ||
      data.written.some(function (path) {
        return path === config.page || /\.(css|js)$/.test(path);
      });
  }

  var events = new EventSource(config.events);
  events.addEventListener("build-error", function (e) {
    show(JSON.parse(e.data).diagnostics);
  });
  events.addEventListener("reload", function (e) {
    if (concerns(JSON.parse(e.data))) {
      location.reload();
    }
  });
})(SURVEYOR_CONFIG);
