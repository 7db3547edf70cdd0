/* troubleshoot serve: reloads the page after each rebuild and shows content errors over it.
   Served only by the serve command; a published site never has it. */
(function () {
  "use strict";
  var overlay = null;

  function show(diagnostics) {
    if (overlay) { overlay.remove(); overlay = null; }
    if (!diagnostics.length) return;
    overlay = document.createElement("section");
    overlay.id = "troubleshoot-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:1000;overflow:auto;padding:2rem;" +
      "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
    var title = document.createElement("h2");
    title.textContent = "The content has " + diagnostics.length + " problem(s); the page shows the last good build.";
    title.style.cssText = "font:600 18px/1.3 system-ui,sans-serif;margin:0 0 1rem";
    overlay.appendChild(title);
    diagnostics.forEach(function (d) {
      var item = document.createElement("p");
      item.className = "troubleshoot-diagnostic";
      item.style.margin = "0 0 1rem";
      var where = document.createElement("strong");
      where.textContent = d.file + ":" + d.line + ":" + d.column + ": " + d.severity + ": ";
      where.style.color = d.severity === "error" ? "#ff9b9b" : "#ffd479";
      item.appendChild(where);
      item.appendChild(document.createTextNode(d.message));
      item.appendChild(document.createElement("br"));
      item.appendChild(document.createTextNode("hint: " + d.hint));
      overlay.appendChild(item);
    });
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/__troubleshoot/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("diagnostics", function (e) {
    show(JSON.parse(e.data).filter(function (d) { return d.severity === "error"; }));
  });
})();
