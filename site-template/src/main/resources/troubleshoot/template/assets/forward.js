/* troubleshoot: old addresses keep leading to their rows, #fragment included (docs/writing.md, "Moving rows").
 * A page left at an old address (a category's old id, an error code) goes on to its link, with the address's
 * #fragment when the link says data-hash. A category page whose #fragment names nothing on it looks the id up in
 * ids.js beside it (the rows of its page), then in its language's aliases.js (old ids of rows on other pages:
 * assets/aliases.js, or the one this script's data-aliases names), and goes where that row is now. Both are
 * scripts calling troubleshootIds(), so they load from file:// too. */
(function () {
  "use strict";
  var link = document.getElementById("forward");
  if (link) {
    location.replace(link.href + (link.hasAttribute("data-hash") ? location.hash : ""));
    return;
  }
  var root = document.documentElement.getAttribute("data-root") || "";
  var self = document.currentScript;
  var aliases = root + ((self && self.getAttribute("data-aliases")) || "assets/aliases.js");

  function follow() {
    var id = decodeURIComponent(location.hash.slice(1)), files = ["ids.js", aliases];
    if (!id || document.getElementById(id)) return;
    (function next() {
      var file = files.shift();
      if (!file) return;
      window.troubleshootIds = function (ids) {
        if (Object.prototype.hasOwnProperty.call(ids, id)) location.replace(root + ids[id]);
        else next();
      };
      var script = document.createElement("script");
      script.src = file;
      script.onerror = next;
      document.head.appendChild(script);
    })();
  }
  follow();
  window.addEventListener("hashchange", follow);
})();
