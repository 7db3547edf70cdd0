/* troubleshoot search: static, offline, no server and no other host.
 * The index (assets/search/, written by the generator) is loaded with <script> tags, so it works from file://.
 * Words are split exactly as the generator's Tokens class does: keep them in step. */
(function () {
  "use strict";

  var WEIGHT = { 1: 10, 2: 4, 4: 2 };           // symptom > cause > what to do
  var EXACT = 1, PREFIX = 0.7, TYPO = 0.5;
  var MAX_RESULTS = 10;

  var root = document.documentElement.getAttribute("data-root") || "";
  var base = root + "assets/search/";
  var loaded = {};                                  // file -> Promise
  var index = { meta: null, words: {}, docs: {} };

  window.troubleshootSearch = {
    meta: function (meta) { index.meta = meta; },
    words: function (shard, words) { index.words[shard] = words; },
    docs: function (chunk, docs) { index.docs[chunk] = docs; }
  };

  function load(file) {
    if (!loaded[file]) {
      loaded[file] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + file;
        script.onload = resolve;
        script.onerror = function () { reject(new Error("cannot load " + file)); };
        document.head.appendChild(script);
      });
    }
    return loaded[file];
  }

  function tokens(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/['\u2019]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /* The index files a word needs: the one of its first characters, or all that start with a short prefix. */
  function shardsFor(word, prefix) {
    var n = index.meta.prefix, key = "";
    for (var i = 0; i < Math.min(n, word.length); i++) key += /[a-z0-9]/.test(word[i]) ? word[i] : "_";
    return index.meta.shards.filter(function (s) {
      return s === key || (prefix && key.length < n && s.lastIndexOf(key, 0) === 0);
    });
  }

  /* At most one edit (insert, delete, replace, or swap of neighbours) between a and b. */
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function parse(query) {
    var phrases = [];
    var rest = query.replace(/"([^"]*)"?/g, function (_, phrase) {
      if (tokens(phrase).length) phrases.push(tokens(phrase).join(" "));
      return " " + phrase + " ";
    });
    var words = tokens(rest);
    var typing = !/[\s"]$/.test(query);
    return { words: words, phrases: phrases, prefixLast: typing && !/"[^"]*$/.test(query) && words.length > 0 };
  }

  /* Documents and scores for one query word: exact, then prefix (while typing), then one typo. */
  function matches(word, prefix) {
    var found = {};
    shardsFor(word, prefix).forEach(function (s) { collect(index.words[s] || {}, word, prefix, found); });
    return found;
  }

  function collect(shard, word, prefix, found) {
    function add(postings, quality) {
      for (var i = 0; i < postings.length; i += 2) {
        var doc = postings[i], fields = postings[i + 1], best = 0;
        for (var bit = 1; bit <= 4; bit <<= 1) if (fields & bit) best = Math.max(best, WEIGHT[bit]);
        var score = best * quality;
        if (!(doc in found) || found[doc] < score) found[doc] = score;
      }
    }
    if (shard.hasOwnProperty(word)) add(shard[word], EXACT);
    for (var key in shard) {
      if (!shard.hasOwnProperty(key) || key === word) continue;
      if (prefix && key.lastIndexOf(word, 0) === 0) add(shard[key], PREFIX);
      else if (word.length >= 4 && oneEditApart(word, key)) add(shard[key], TYPO);
    }
  }

  function doc(id) {
    var chunk = index.docs[Math.floor(id / index.meta.chunk)];
    return chunk && chunk[id % index.meta.chunk];
  }

  function loadDocs(ids) {
    var chunks = {};
    ids.forEach(function (id) { chunks[Math.floor(id / index.meta.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return load("d-" + c + ".js"); }));
  }

  function normalized(text) { return " " + tokens(text).join(" ") + " "; }

  function search(query) {
    var q = parse(query);
    if (!q.words.length) return Promise.resolve({ query: q, results: [] });
    return load("meta.js").then(function () {
      var shards = {};
      q.words.forEach(function (w, i) {
        shardsFor(w, q.prefixLast && i === q.words.length - 1).forEach(function (s) { shards[s] = true; });
      });
      return Promise.all(Object.keys(shards).map(function (s) { return load("t-" + s + ".js"); }));
    }).then(function () {
      var perWord = q.words.map(function (w, i) {
        return matches(w, q.prefixLast && i === q.words.length - 1);
      });
      var scores = {}, hits = {};
      perWord.forEach(function (found) {
        for (var doc in found) {
          scores[doc] = (scores[doc] || 0) + found[doc];
          hits[doc] = (hits[doc] || 0) + 1;
        }
      });
      var ids = Object.keys(scores).map(Number);
      var all = ids.filter(function (id) { return hits[id] === q.words.length; });
      if (all.length || q.phrases.length) ids = all;   // every word must match; else the best partial matches
      ids.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      ids = ids.slice(0, q.phrases.length ? 200 : 50);
      return loadDocs(ids).then(function () {
        var phrase = normalized(query.replace(/"/g, " "));
        var results = [];
        ids.forEach(function (id) {
          var d = doc(id);
          if (!d) return;
          var fields = [d[0], d[2], d[3]].map(normalized);
          if (!q.phrases.every(function (p) {
            return fields.some(function (f) { return f.indexOf(" " + p + " ") >= 0; });
          })) return;
          var score = scores[id];
          if (fields[0] === phrase) score += 100;        // the exact message a reader typed
          else if (fields[0].indexOf(phrase) === 0) score += 20;
          results.push({ id: id, doc: d, score: score });
        });
        results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
        return { query: q, results: results.slice(0, MAX_RESULTS) };
      });
    });
  }

  /* text with the query's words marked, built from text nodes only (never innerHTML). */
  function highlighted(text, q) {
    var span = document.createElement("span");
    var words = q.words.concat(q.phrases.join(" ").split(" ")).filter(Boolean);
    var pattern = words.length ? new RegExp("(^|[^\\p{L}\\p{N}])(" + words.map(function (w) {
      return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")", "giu") : null;
    var last = 0, m;
    if (pattern) {
      while ((m = pattern.exec(text)) !== null) {
        var start = m.index + m[1].length;
        span.appendChild(document.createTextNode(text.slice(last, start)));
        var mark = document.createElement("mark");
        mark.textContent = m[2];
        span.appendChild(mark);
        last = start + m[2].length;
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
    span.appendChild(document.createTextNode(text.slice(last)));
    return span;
  }

  function snippet(d, q) {
    var words = q.words;
    var cause = d[2], text = d[3];
    var inCause = tokens(cause).some(function (t) { return words.some(function (w) { return t.indexOf(w) === 0; }); });
    var inText = tokens(text).some(function (t) { return words.some(function (w) { return t.indexOf(w) === 0; }); });
    if (inCause && !inText) return cause;
    if (inText && !inCause) return text;
    return [cause, text].filter(Boolean).join(" — ");
  }

  function setUp(form) {
    var input = form.querySelector("input");
    var list = form.querySelector("[role=listbox]");
    var status = form.querySelector("[role=status]");
    var active = -1, latest = 0;

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

    function show(found, query) {
      list.textContent = "";
      list.setAttribute("data-query", query);
      found.results.forEach(function (r, n) {
        var li = document.createElement("li");
        li.id = "search-result-" + n;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var a = document.createElement("a");
        a.href = root + r.doc[4];
        a.tabIndex = -1;
        var title = highlighted(r.doc[0], found.query);
        title.className = "result-title";
        var where = document.createElement("span");
        where.className = "result-where";
        where.textContent = r.doc[1];
        var more = highlighted(snippet(r.doc, found.query), found.query);
        more.className = "result-text";
        a.appendChild(title);
        a.appendChild(where);
        a.appendChild(more);
        li.appendChild(a);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); open(li); });
        list.appendChild(li);
      });
      status.textContent = found.results.length ? found.results.length + " results" : "No results";
      list.hidden = found.results.length === 0;
      input.setAttribute("aria-expanded", found.results.length ? "true" : "false");
      active = -1;
    }

    input.addEventListener("input", function () {
      var query = input.value, ticket = ++latest;
      if (!query.trim()) { close(); status.textContent = ""; return; }
      search(query).then(function (found) { if (ticket === latest) show(found, query); },
        function () { status.textContent = "Search is not available"; });
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); if (list.hidden && input.value) input.dispatchEvent(new Event("input")); else select(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(active - 1); }
      else if (e.key === "Escape") { if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ""; } }
      else if (e.key === "Enter") {
        var all = options();
        if (all.length && !list.hidden) { e.preventDefault(); open(all[active >= 0 ? active : 0]); }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    form.addEventListener("submit", function (e) {
      var all = options();
      if (all.length) { e.preventDefault(); open(all[active >= 0 ? active : 0]); }
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
  if (form) {
    form.classList.add("js");
    setUp(form);
  }
})();
