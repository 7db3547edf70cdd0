/* troubleshoot search, the page: the box, its results and keys; search-core.js does the rest. The core is
 * loaded when the reader first goes to the box, not with every page: most readers of a page never search it.
 * It and the index files (assets/search/ or data-search) are loaded with <script> tags, so search works from
 * file://. */
(function () {
  "use strict";

  var core = null;  // window.troubleshootSearchCore, once loaded
  var root = document.documentElement.getAttribute("data-root") || "";
  var base = root + (document.documentElement.getAttribute("data-search") || "assets/search/");
  var loaded = {};  // file -> Promise

  function script(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = src;
        tag.onload = resolve;
        tag.onerror = function () { reject(new Error("cannot load " + src)); };
        document.head.appendChild(tag);
      });
    }
    return loaded[src];
  }

  function load(file) { return script(base + file); }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  /* text with the query's words marked, built from text nodes only (never innerHTML). */
  function highlighted(text, q, className) {
    var span = element("span", className), last = 0;
    core.highlights(text, q).forEach(function (r) {
      span.appendChild(document.createTextNode(text.slice(last, r[0])));
      span.appendChild(element("mark", "", text.slice(r[0], r[1])));
      last = r[1];
    });
    span.appendChild(document.createTextNode(text.slice(last)));
    return span;
  }

  function setUp(form) {
    var input = form.querySelector("input");
    var list = form.querySelector("[role=listbox]");
    var status = form.querySelector("[role=status]");
    var active = -1, latest = 0, hits = 0;
    // Where a reader goes when search finds nothing (the layout's data attributes; either may be absent).
    var contact = form.getAttribute("data-contact"), ask = form.getAttribute("data-no-results");

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function select(i) {
      var all = options();
      if (!all.length) return;
      active = (i + all.length) % all.length;
      all.forEach(function (o, n) { o.setAttribute("aria-selected", n === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function open(option) {
      var link = option && option.querySelector("a");
      if (link) window.location.href = link.href;
    }

    function option(href, content) {
      var li = element("li"), a = element("a");
      li.id = "search-result-" + list.children.length;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      a.href = href;
      a.tabIndex = -1;
      content.forEach(function (c) { a.appendChild(c); });
      li.appendChild(a);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); open(li); });
      list.appendChild(li);
    }

    function show(found, query) {
      list.textContent = "";
      list.setAttribute("data-query", query);
      hits = found.results.length;
      found.results.forEach(function (r) {
        option(root + r.doc[4], [highlighted(r.doc[0], found.query, "result-title"),
          element("span", "result-where", r.doc[1]),
          highlighted(core.snippet(r.doc, found.query), found.query, "result-text")]);
      });
      if (!hits) {  // instead of an empty list: the way to a person (labels from the index's meta.js)
        if (contact) option(contact, [element("span", "result-title", say("contact"))]);
        if (ask) option(ask.replace(/\{query\}/g, encodeURIComponent(query.trim())),
          [element("span", "result-title", say("ask"))]);
      }
      status.textContent = say(hits > 1 ? "many" : hits ? "one" : "none").replace("{0}", hits);
      list.hidden = !list.children.length;
      input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
      active = -1;
    }

    var engine = null, ready = null;
    function say(key) { return engine ? engine.labels()[key] || "" : ""; }
    /* The engine, once search-core.js is loaded (asked for at the first focus or key). */
    function started() {
      if (!ready) {
        ready = script(root + "assets/search-core.js").then(function () {
          core = window.troubleshootSearchCore;
          engine = core.engine(load);
          window.troubleshootSearch = engine.receiver;  // what the index files call
          return engine;
        });
      }
      return ready;
    }

    input.addEventListener("focus", started);
    input.addEventListener("input", function () {
      var query = input.value, ticket = ++latest;
      if (!query.trim()) { close(); status.textContent = ""; return; }
      started().then(function (e) { return e.search(query); })
        .then(function (found) { if (ticket === latest) show(found, query); },
          function () { status.textContent = say("error") || "Search is not available"; });
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); if (list.hidden && input.value) input.dispatchEvent(new Event("input")); else select(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(active - 1); }
      else if (e.key === "Escape") { if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ""; } }
      else if (e.key === "Enter") {
        var all = options();  // Enter opens the first result, but only a chosen no-results link
        if (all.length && !list.hidden && (hits || active >= 0)) { e.preventDefault(); open(all[active >= 0 ? active : 0]); }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    form.addEventListener("submit", function (e) {
      var all = options();
      if (all.length && (hits || active >= 0)) { e.preventDefault(); open(all[active >= 0 ? active : 0]); }
      else if (input.value.trim()) { e.preventDefault(); }
    });
    document.addEventListener("keydown", function (e) {
      var tag = (e.target && e.target.tagName) || "";
      if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && tag !== "INPUT" && tag !== "TEXTAREA" && !e.target.isContentEditable) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  var form = document.getElementById("search");
  if (form && window.Promise) {  // else the plain form, which leads to the A–Z index
    form.classList.add("js");
    setUp(form);
  }
})();
