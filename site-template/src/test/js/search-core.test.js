// The search core without a browser: run by `node --test` in the site-template module's Maven build.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const core = require(path.join(__dirname, "../../main/resources/troubleshoot/template/assets/search-core.js"));

const FIELD = { title: 1, cause: 2, text: 4, code: 8 };

/* An index in the generator's format (SearchIndex), served from memory through the engine's loader. */
function engineOver(docs, prefix) {
  const postings = new Map();
  docs.forEach((d, id) => {
    for (const [field, bit] of Object.entries(FIELD)) {
      for (const word of core.tokens(d[field] || "")) {
        const list = postings.get(word) || [];
        if (list.length && list[list.length - 2] === id) list[list.length - 1] |= bit;
        else list.push(id, bit);
        postings.set(word, list);
      }
    }
  });
  const shards = {};
  for (const [word, list] of postings) (shards[core.shard(word, prefix)] ||= {})[word] = list;
  const files = {
    "meta.js": (r) => r.meta({ docs: docs.length, chunk: 100, prefix, shards: Object.keys(shards).sort() }),
    "d-0.js": (r) => r.docs(0, docs.map((d) => [d.title, "Where", d.cause || "", d.text || "", d.url]
      .concat(d.code ? [d.code] : []))),
  };
  for (const [key, words] of Object.entries(shards)) files["t-" + key + ".js"] = (r) => r.words(key, words);
  const loaded = [];
  const engine = core.engine((file) => {
    loaded.push(file);
    if (!files[file]) return Promise.reject(new Error("no file " + file));
    files[file](engine.receiver);
    return Promise.resolve();
  });
  return { search: (q) => engine.search(q).then((r) => r.results.map((x) => x.doc[0])), loaded };
}

const DOCS = [
  { title: "401 Unauthorized", cause: "Expired token", text: "Sign in again", url: "a.html#401" },
  { title: "Recording audio won't play", cause: "Codec", text: "Update the app", url: "a.html#rec" },
  { title: "\"Your account is not active\"", cause: "Billing", text: "Pay the invoice", url: "a.html#acc" },
  { title: "Rechnung überfällig", cause: "Zahlung fehlgeschlagen", text: "Passwort prüfen und Zahlung wiederholen", url: "de.html#r" },
  { title: "Straße nicht gefunden", cause: "Tippfehler", text: "Adresse prüfen", url: "de.html#s" },
  { title: "パスワードを忘れた", cause: "パスワードの有効期限切れ", text: "管理者に連絡してください", url: "ja.html#p" },
  { title: "二重認証のコードが届かない", cause: "SMSの遅延", text: "数分待ってから再送してください", url: "ja.html#2" },
  { title: "パスポートの登録", cause: "書類", text: "窓口へ", url: "ja.html#pp" },
];

test("folding drops case and accents, spells ß as ss and keeps marks that spell a word", () => {
  assert.equal(core.fold("Rechnung ÜBERFÄLLIG"), "rechnung uberfallig");
  assert.equal(core.fold("Straße STRAẞE"), "strasse strasse");
  assert.equal(core.fold("ΟΔΟΣ"), core.fold("οδός"));
  assert.equal(core.fold("ﾊﾟｽﾜｰﾄﾞ"), "パスワード");
  assert.equal(core.fold("ガ").length, 1);
  assert.equal(core.fold("한국어"), "한국어");
  assert.equal(core.fold("كَتَبَ"), core.fold("كتب"));
});

test("words keep codes whole, join apostrophes and cut unspaced scripts into pairs", () => {
  assert.deepEqual(core.tokens("Login returns 401 on 2FA — won't `S3` 5xx!"),
    ["login", "returns", "401", "on", "2fa", "wont", "s3", "5xx"]);
  assert.deepEqual(core.tokens("パスワードを忘れた"), ["パス", "スワ", "ワー", "ード", "ドを", "を忘", "忘れ", "れた"]);
  assert.deepEqual(core.tokens("2FAコード Wi-Fi 重"), ["2fa", "コー", "ード", "wi", "fi", "重"]);
  assert.deepEqual(core.tokens("รหัสผ่าน"), ["รหั", "หัส", "สผ่", "ผ่า", "าน"]);
  assert.deepEqual(core.tokens("पासवर्ड भूल गए"), ["पासवर्ड", "भूल", "गए"]);
  assert.deepEqual(core.tokens("🔒 → ★"), []);
});

test("index files: Latin words by their first characters, other words by their first code point", () => {
  assert.equal(core.shard("account", 1), "a");
  assert.equal(core.shard("account", 2), "ac");
  assert.equal(core.shard("aл", 2), "a_");
  assert.equal(core.shard("パス", 1), "_d1");    // U+30D1 % 256
  assert.equal(core.shard("パス", 2), "_0d1");   // U+30D1 % 4096
  assert.equal(core.shard("\u{20000}\u{20001}", 1), "_00");
  const meta = { prefix: 2, shards: ["u_", "un", "up", "_0d1", "_0d2"] };
  assert.deepEqual(core.shardsFor("u", true, meta), ["u_", "un", "up"]);
  assert.deepEqual(core.shardsFor("u", false, meta), []);
  assert.deepEqual(core.shardsFor("パ", true, meta), ["_0d1"]);
});

test("one typo: insert, delete, replace or swap", () => {
  assert.ok(core.oneEditApart("recordng", "recording"));
  assert.ok(core.oneEditApart("reocrding", "recording"));
  assert.ok(!core.oneEditApart("recrdng", "recording"));
});

test("a query: phrases in quotes, the last word a prefix while typing", () => {
  const q = core.parse("\"Your account\" is");
  assert.deepEqual(q.phrases, ["your account"]);
  assert.deepEqual(q.words, ["your", "account", "is"]);
  assert.equal(q.prefixLast, true);
  assert.equal(core.parse("is ").prefixLast, false);
  assert.equal(core.parse("\"Your acc").prefixLast, false);
});

for (const prefix of [1, 2]) {
  test(`searching an index of ${prefix}-character files finds every script's rows`, async () => {
    const index = engineOver(DOCS, prefix);
    assert.equal((await index.search("401"))[0], "401 Unauthorized");
    assert.equal((await index.search("unauth"))[0], "401 Unauthorized");
    assert.equal((await index.search("recordng"))[0], "Recording audio won't play");
    assert.equal((await index.search("\"Your account is not active\""))[0], "\"Your account is not active\"");
    for (const query of ["uberfallig", "überfällig", "Rechnung überfällig", "UBERFALLIG"]) {
      assert.equal((await index.search(query))[0], "Rechnung überfällig", query);
    }
    assert.deepEqual(await index.search("Passwort "), ["Rechnung überfällig"]);
    assert.equal((await index.search("Strasse"))[0], "Straße nicht gefunden");
    assert.deepEqual(await index.search("パスワード"), ["パスワードを忘れた"]);
    assert.deepEqual(await index.search("二重"), ["二重認証のコードが届かない"]);
    // One character, while typing: every pair that starts with it.
    assert.deepEqual((await index.search("パ")).sort(), ["パスポートの登録", "パスワードを忘れた"]);
    // Pairs in quotes must be next to each other: 有効期限 is, 期限有効 is not.
    assert.deepEqual(await index.search("\"有効期限\""), ["パスワードを忘れた"]);
    assert.deepEqual(await index.search("\"期限有効\""), []);
  });
}

test("a query loads only the files of its words and the chunks of its results", async () => {
  const index = engineOver(DOCS, 1);
  await index.search("パスワード");
  const wordFiles = index.loaded.filter((f) => f.startsWith("t-"));
  assert.deepEqual([...new Set(wordFiles)].sort(),
    [...new Set(core.tokens("パスワード").map((w) => "t-" + core.shard(w, 1) + ".js"))].sort());
});

test("highlights cover what matched in the text as written", () => {
  const mark = (text, query) => core.highlights(text, core.parse(query)).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(mark("401 Unauthorized", "unauth"), ["Unauth"]);
  assert.deepEqual(mark("Rechnung überfällig", "uberfallig"), ["überfällig"]);
  assert.deepEqual(mark("Straße nicht gefunden", "strasse"), ["Straße"]);
  assert.deepEqual(mark("Can't log in", "cant"), ["Can't"]);
  assert.deepEqual(mark("「パスワードを忘れた」", "パスワード"), ["パスワード"]);
  assert.deepEqual(mark("Recording and cord", "cord"), ["cord"]);  // at a word's start only
});

test("the snippet is the field that holds the query's words", () => {
  const d = DOCS[3];
  const doc = [d.title, "Where", d.cause, d.text, d.url];
  assert.equal(core.snippet(doc, core.parse("Passwort")), d.text);
  assert.equal(core.snippet(doc, core.parse("Zahlung")), d.cause + " — " + d.text);
});

const CODES = [
  { title: "\"Your account is not active\"", cause: "Discarded", text: "Ask admin", url: "t.html#a" },
  { title: "Account settings not saved", cause: "Browser", text: "Reload", url: "t.html#s" },
  { title: "401 Unauthorized", cause: "Token expired · Key revoked", text: "Refresh · Create a key", url: "t.html#401", code: "E401" },
  { title: "Control panel is blank", cause: "", text: "Reload", url: "t.html#p" },
  { title: "Error page shows forbidden characters", cause: "", text: "Rename it", url: "t.html#e" },
  { title: "Control C pressed", cause: "", text: "Run it again", url: "t.html#c", code: "AZCM0011" },
  { title: "403 Forbidden", cause: "Scope", text: "Ask for access", url: "t.html#403", code: "403" },
  { title: "Proxy refused", cause: "", text: "Ask IT", url: "t.html#x", code: "HTTP-403" },
  { title: "HTTP 403", cause: "", text: "See the proxy log", url: "t.html#h" },
  { title: "Report saving pressed control", cause: "", text: "Wait", url: "t.html#r" },
];

test("decoration of a pasted message is optional: a row need not have Error, HTTP or status", () => {
  const q = core.parse("ERROR [AZCM0011] Control C Pressed");
  assert.deepEqual(q.words, ["error", "azcm0011", "control", "c", "pressed"]);
  assert.deepEqual(q.optional, [true, false, false, false, false]);
  assert.deepEqual(core.parse("HTTP 403").optional, [true, false]);
  // A query of decoration only is a query like any other.
  assert.deepEqual(core.parse("error code").optional, [false, false]);
  // Curly quotes make a phrase too.
  assert.deepEqual(core.parse("Error: “Your account is not active”").phrases, ["your account is not active"]);
});

test("the longest run of the query's words in a text", () => {
  assert.equal(core.longestRun(["error", "control", "c", "pressed"], "Control C pressed"), 3);
  assert.equal(core.longestRun(["control", "pressed"], "Control C pressed"), 1);
  assert.equal(core.longestRun(["x"], "Control C pressed"), 0);
});

test("pasted error messages find their rows first, and a code finds its row first", async () => {
  const { search } = engineOver(CODES, 1);
  assert.equal((await search("Error: \"Your account is not active\""))[0], "\"Your account is not active\"");
  // Only rows with every word but the decoration: not the row that merely says "forbidden".
  assert.deepEqual(await search("HTTP 403 Forbidden"), ["403 Forbidden"]);
  assert.equal((await search("ERROR [AZCM0011] Control C Pressed"))[0], "Control C pressed");
  assert.equal((await search("Fatal error: Control C pressed by user 7"))[0], "Control C pressed");
  assert.equal((await search("AZCM0011"))[0], "Control C pressed");
  assert.equal((await search("e401 "))[0], "401 Unauthorized");
  // A code that is the query comes before a symptom that is the query.
  assert.equal((await search("http-403 "))[0], "Proxy refused");
  // The longest run of the query's words in a symptom beats more words scattered over another one.
  assert.equal((await search("Control C pressed while saving report"))[0], "Control C pressed");
  // Without decoration words, all words must match as before.
  assert.deepEqual(await search("account settings "), ["Account settings not saved"]);
});
