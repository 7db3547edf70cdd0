/* troubleshoot search without the page; search.js adds the page. Folding and search words follow the generator's
 * org.troubleshoot.text and search.Tokens exactly (TokensParityTest). Node's tests load this as a module. */
(function (global, make) {
  var core = make();
  if (typeof module === "object" && module && module.exports) module.exports = core;
  else global.troubleshootSearchCore = core;
})(this, function () {
  "use strict";

  var WEIGHT = { 1: 10, 2: 4, 4: 2, 8: 12 };  // error code > symptom > cause > what to do
  var EXACT = 1, PREFIX = 0.7, TYPO = 0.5, MAX_RESULTS = 10;
  // Words a pasted message is decorated with ("Error:", "HTTP 403", "ERROR [E1]"): a row need not have them.
  var NOISE = { error: 1, err: 1, errors: 1, warning: 1, warn: 1, fatal: 1, exception: 1, info: 1, debug: 1,
    trace: 1, critical: 1, severe: 1, http: 1, https: 1, status: 1, code: 1 };

  var NON_ASCII = /[^\0-\x7f]/;
  // Accents and points a reader may leave out (Fold.isOptionalMark).
  var OPTIONAL = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]/g;
  var SPELLED = { "ß": "ss", "ς": "σ", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t" };
  var TO_SPELL = new RegExp("[" + Object.keys(SPELLED).join("") + "]", "g");
  var own = Object.prototype.hasOwnProperty;
  var INVISIBLE = /['\u2019\u02bc\u00ad\u200c\u200d\u2060\u0640]/g;  // vanish inside words (Words.isInvisible)
  var NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u, WORD_END = /[\p{L}\p{M}\p{N}]$/u, MARK = /^\p{M}$/u;
  // Scripts written without spaces, cut into pairs of characters (Unspaced.isUnspaced).
  var UNSPACED = /[\u0e00-\u0e7f\u1100-\u11ff\u3005-\u3007\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{3ffff}]/u;

  function fold(text) {
    if (!NON_ASCII.test(text)) return text.toLowerCase();
    return text.normalize("NFKD").replace(OPTIONAL, "").toLowerCase()
      .replace(TO_SPELL, function (c) { return SPELLED[c]; }).normalize("NFC");
  }

  function words(text) {
    return fold(text).replace(INVISIBLE, "").split(NOT_WORD).filter(Boolean);
  }

  /* Words, with each run of unspaced letters (a letter and its marks) cut into overlapping pairs (Unspaced). */
  function tokens(text) {
    var out = [];
    words(text).forEach(function (word) {
      if (!UNSPACED.test(word)) { out.push(word); return; }
      var run = [], unspaced = false;
      function emit() {
        if (!unspaced || run.length === 1) out.push(run.join(""));
        else for (var k = 0; k + 1 < run.length; k++) out.push(run[k] + run[k + 1]);
        run = [];
      }
      Array.from(word).forEach(function (c) {
        if (run.length && MARK.test(c)) { run[run.length - 1] += c; return; }
        var u = UNSPACED.test(c);
        if (run.length && u !== unspaced) emit();
        unspaced = u;
        run.push(c);
      });
      emit();
    });
    return out;
  }

  /* A word's index file (Tokens.shard): its first n characters, or "_" and its first code point mod 16^(n+1). */
  function shard(word, n) {
    var m = Math.pow(16, n + 1);
    if (!/[a-z0-9]/.test(word[0])) return "_" + (m + word.codePointAt(0) % m).toString(16).slice(1);
    var key = "";
    for (var i = 0; i < Math.min(n, word.length); i++) key += /[a-z0-9]/.test(word[i]) ? word[i] : "_";
    return key;
  }

  /* The files a word needs: its own, or all that start with a prefix shorter than the key. */
  function shardsFor(word, prefix, meta) {
    var n = meta.prefix, key = shard(word, n);
    return meta.shards.filter(function (s) {
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

  /* phrases: quoted parts, as search words joined by spaces; marks: the words to highlight, uncut; optional:
   * for each word, whether a row may lack it (decoration of a pasted message, unless the query is nothing else). */
  function parse(query) {
    var phrases = [];
    var rest = query.replace(/["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?/g, function (_, phrase) {
      var t = tokens(phrase);
      if (t.length) phrases.push(t.join(" "));
      return " " + phrase + " ";
    });
    var all = tokens(rest);
    var typing = !/[\s"\u201d]$/.test(query) && query.split('"').length % 2 === 1;  // not in an open quote
    var optional = all.map(function (w) { return own.call(NOISE, w); });
    if (optional.every(Boolean)) optional = all.map(function () { return false; });
    return { words: all, phrases: phrases, prefixLast: typing && all.length > 0, marks: words(rest), optional: optional };
  }

  /* The length of the longest run of the query's words, in order, that the text's words hold one after the other. */
  function longestRun(words, text) {
    var t = tokens(text), best = 0;
    for (var i = 0; i < words.length; i++) {
      for (var j = 0; j < t.length; j++) {
        var k = 0;
        while (i + k < words.length && j + k < t.length && words[i + k] === t[j + k]) k++;
        if (k > best) best = k;
      }
    }
    return best;
  }

  /* Adds to found (doc -> score) one word's documents in one index file: exact, prefix, one typo. */
  function collect(file, word, prefix, found) {
    function add(postings, quality) {
      for (var i = 0; i < postings.length; i += 2) {
        var doc = postings[i], fields = postings[i + 1], best = 0;
        for (var bit = 1; bit <= 8; bit <<= 1) if (fields & bit) best = Math.max(best, WEIGHT[bit]);
        var score = best * quality;
        if (!(doc in found) || found[doc] < score) found[doc] = score;
      }
    }
    var typos = word.length >= 4 && !UNSPACED.test(word);  // pairs are too short to forgive
    if (own.call(file, word)) add(file[word], EXACT);
    for (var key in file) {
      if (!own.call(file, key) || key === word) continue;
      if (prefix && key.lastIndexOf(word, 0) === 0) add(file[key], PREFIX);
      else if (typos && oneEditApart(word, key)) add(file[key], TYPO);
    }
    return found;
  }

  function spaced(text) { return " " + tokens(text).join(" ") + " "; }

  /* The cause or the steps, whichever holds the query's words (both if both or neither). */
  function snippet(d, q) {
    function has(text) {
      return tokens(text).some(function (t) { return q.words.some(function (w) { return t.indexOf(w) === 0; }); });
    }
    var cause = has(d[2]), text = has(d[3]);
    return cause === text ? [d[2], d[3]].filter(Boolean).join(" — ") : cause ? d[2] : d[3];
  }

  /* [start, end) pairs to mark: query words at a word's start, unspaced runs anywhere; in text folded a
   * character at a time, each folded character remembering where it came from. */
  function highlights(text, q) {
    var folded = "", from = [], to = [];
    for (var i = 0; i < text.length;) {
      var c = String.fromCodePoint(text.codePointAt(i)), f = fold(c).replace(INVISIBLE, "");
      for (var k = 0; k < f.length; k++) { folded += f[k]; from.push(i); to.push(i + c.length); }
      i += c.length;
    }
    var ranges = [];
    q.marks.forEach(function (m) {
      var anywhere = UNSPACED.test(m);
      for (var at = folded.indexOf(m); at >= 0; at = folded.indexOf(m, at + 1)) {
        if (anywhere || !WORD_END.test(folded.slice(Math.max(0, at - 2), at))) {
          ranges.push([from[at], to[at + m.length - 1]]);
        }
      }
    });
    return ranges.sort(function (a, b) { return a[0] - b[0]; }).reduce(function (merged, r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r);
      return merged;
    }, []);
  }

  /* Search over the index; load(file) promises that the file has called receiver.meta, .words or .docs. */
  function engine(load) {
    var index = { meta: null, words: {}, docs: {} };

    function doc(id) {
      var chunk = index.docs[Math.floor(id / index.meta.chunk)];
      return chunk && chunk[id % index.meta.chunk];
    }

    function search(query) {
      var q = parse(query), n = q.words.length, need;
      if (!n) return Promise.resolve({ query: q, results: [] });
      function prefix(i) { return q.prefixLast && i === n - 1; }
      function loadAll(kind, names) {  // load() brings each file once
        return Promise.all(names.map(function (x) { return load(kind + x + ".js"); }));
      }
      return load("meta.js").then(function () {
        need = q.words.map(function (w, i) { return shardsFor(w, prefix(i), index.meta); });
        return loadAll("t-", [].concat.apply([], need));
      }).then(function () {
        var scores = {}, hits = {}, required = q.optional.filter(function (o) { return !o; }).length;
        q.words.forEach(function (w, i) {
          var found = {};
          need[i].forEach(function (s) { collect(index.words[s] || {}, w, prefix(i), found); });
          for (var d in found) {
            scores[d] = (scores[d] || 0) + found[d];
            if (!q.optional[i]) hits[d] = (hits[d] || 0) + 1;
          }
        });
        var ids = Object.keys(scores).map(Number);
        var all = ids.filter(function (id) { return (hits[id] || 0) === required; });
        if (all.length) ids = all;  // every word must match; else the best partial matches (phrases still must)
        ids.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
        ids = ids.slice(0, q.phrases.length ? 200 : 50);
        return loadAll("d-", ids.map(function (id) { return Math.floor(id / index.meta.chunk); })).then(function () {
          return { query: q, results: rank(ids, scores, q) };
        });
      });
    }

    /* Quoted phrases must appear as written. First come an error code that is the query, then a symptom that is
     * the query (decoration aside), then symptoms holding the longest run of the query's words. */
    function rank(ids, scores, q) {
      var core = q.words.filter(function (w, i) { return !q.optional[i]; }), phrase = " " + core.join(" ") + " ";
      var all = " " + q.words.join(" ") + " ";
      var results = [];
      ids.forEach(function (id) {
        var d = doc(id);
        if (!d) return;
        var fields = [d[0], d[2], d[3]].map(spaced);
        if (!q.phrases.every(function (p) {
          return fields.some(function (f) { return f.indexOf(" " + p + " ") >= 0; });
        })) return;
        var score = scores[id];
        (d[5] || "").split(" ").forEach(function (code) {
          var c = spaced(code);
          if (c.length > 2) score += c === all ? 200 : c === phrase ? 150 : all.indexOf(c) >= 0 ? 50 : 0;
        });
        if (fields[0] === phrase || fields[0] === all) score += 100;
        else if (fields[0].indexOf(phrase) === 0) score += 20;
        var run = longestRun(q.words, d[0]);
        if (run > 1) score += 8 * run;
        results.push({ id: id, doc: d, score: score });
      });
      results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      return results.slice(0, MAX_RESULTS);
    }

    return {
      receiver: {
        meta: function (meta) { index.meta = meta; },
        words: function (s, w) { index.words[s] = w; },
        docs: function (chunk, docs) { index.docs[chunk] = docs; }
      },
      search: search,
      labels: function () { return (index.meta || {}).labels || {}; }
    };
  }

  return {
    fold: fold, words: words, tokens: tokens, shard: shard, shardsFor: shardsFor, oneEditApart: oneEditApart,
    parse: parse, longestRun: longestRun, collect: collect, snippet: snippet, highlights: highlights, engine: engine
  };
});
