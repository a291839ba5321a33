// Copy buttons for citation blocks: progressive enhancement. The <pre> is selectable text
// without this script; with it, a button appears that copies the text, offline and from file://.
(function () {
  "use strict";

  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function setUp(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".copy-status");
    if (!source) {
      return;
    }
    function report(message) {
      if (status) {
        status.textContent = message;
      }
    }
    button.addEventListener("click", function () {
      var text = source.textContent;
      var fallback = function () {
        if (legacyCopy(text)) {
          report("Copied.");
        } else {
          selectText(source);
          report("Selected: press Ctrl+C (⌘C on a Mac) to copy.");
        }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          report("Copied.");
        }, fallback);
      } else {
        fallback();
      }
    });
    button.hidden = false;
  }

  var buttons = document.querySelectorAll("button[data-copy]");
  for (var i = 0; i < buttons.length; i++) {
    setUp(buttons[i]);
  }
})();
