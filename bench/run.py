#!/usr/bin/env python3
"""Builds the same corpus with troubleshoot, Hugo, MkDocs and Jekyll, tools interleaved run by run, three ways
each run: cold (no output folder, no cache), rebuild (the same content into the existing output, as writers and
CI do) and edit (one table row changed, then a rebuild). Reports medians of wall time and of user and system
CPU, peak memory, the bytes each build wrote (the kernel's count of bytes the process dirtied, /usr/bin/time's
%O), the size of the output, and how many output files an unchanged rebuild and a one-row edit rewrote (a file
counts as rewritten when its inode or modification time changed, or it is new). Checks that every tool made one
page per input file with its tables, and that our site has no broken link or anchor and every row of the
corpus. Also measures how fast `troubleshoot serve` serves a page after a one-line edit.

    python3 bench/run.py [--sizes small,medium,large] [--runs 3] [--tools troubleshoot,hugo,mkdocs,jekyll]
                         [--real-world FOLDER|none]

At the end it runs bench/real_world.py on a folder of real troubleshooting documents (default
../shared/real-world beside the repository, skipped when absent).

Corpora: small and large are bench/generate_corpus.py (10 and 2,000 files × 6 categories × 10 rows); medium is
the peer benchmark's corpus, shared/bench/gen_corpus.py OUT 200 20 42 (200 files, 2–4 tables × 20 rows; found
beside the repository, or give --gen-corpus PATH).

Needs: the CLI built (mvn -B package -DskipTests makes troubleshoot-generator/target/troubleshoot, the launcher),
`hugo`, `mkdocs` and `jekyll` (apt-get install hugo mkdocs jekyll), GNU time (/usr/bin/time). Writes work files
under bench/work/ (ignored by git).
"""
import argparse
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
# The launcher users run: troubleshoot.jar with its class-data archive and JVM options (see the script).
LAUNCHER = os.path.join(ROOT, "troubleshoot-generator", "target", "troubleshoot")
GENERATED = {"small": 10, "large": 2000}
PEER_CORPUS = ("medium", 200, 20, 42)

HUGO_CONFIG = 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
HUGO_SINGLE = '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n'
HUGO_LIST = '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n'
MKDOCS_CONFIG = "site_name: bench\ndocs_dir: docs\nsite_dir: site\ntheme:\n  name: mkdocs\nmarkdown_extensions:\n  - tables\n"
JEKYLL_CONFIG = 'title: bench\nmarkdown: kramdown\nexclude: ["_config.yml"]\ndefaults:\n  - scope:\n      path: ""\n    values:\n      layout: default\n'
JEKYLL_LAYOUT = '<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body><main>{{ content }}</main></body></html>\n'


def gen_corpus_script(given):
    for path in ([given] if given else []) + [os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"),
                                             "/work/shared/bench/gen_corpus.py"]:
        if path and os.path.isfile(path):
            return path
    sys.exit("the medium corpus needs shared/bench/gen_corpus.py: give its path with --gen-corpus")


def corpus(size, gen_corpus):
    path = os.path.join(WORK, size, "peer-corpus" if size == PEER_CORPUS[0] else "corpus")
    if not os.path.isdir(path):
        if size == PEER_CORPUS[0]:
            subprocess.run([sys.executable, gen_corpus_script(gen_corpus), path] + [str(n) for n in PEER_CORPUS[1:]],
                           check=True, stdout=subprocess.DEVNULL)
        else:
            subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), path, "--files",
                            str(GENERATED[size]), "--categories", "6", "--rows", "10"], check=True,
                           stdout=subprocess.DEVNULL)
    pages = sorted(f[:-3] for f in os.listdir(path) if f.endswith(".md"))
    return path, pages, count_rows(path)


def count_rows(source):
    rows = 0
    for name in os.listdir(source):
        if name.endswith(".md"):
            lines = open(os.path.join(source, name), encoding="utf-8").read().splitlines()
            # Table rows: lines starting with "|", minus each table's header and separator.
            rows += sum(1 for line in lines if line.startswith("|")) - 2 * sum(
                1 for line in lines if re.match(r"^\|[-:| ]+\|$", line))
    return rows


def prepare(tool, size, source):
    """A fresh folder for the tool with its own copy of the content (edited in place by the edit run)."""
    base = os.path.join(WORK, size, tool)
    if os.path.isdir(base):
        shutil.rmtree(base)
    os.makedirs(base)
    if tool == "troubleshoot":
        shutil.copytree(source, os.path.join(base, "content"))
    elif tool == "hugo":
        shutil.copytree(source, os.path.join(base, "content"))
        os.makedirs(os.path.join(base, "layouts", "_default"))
        open(os.path.join(base, "hugo.toml"), "w").write(HUGO_CONFIG)
        open(os.path.join(base, "layouts", "_default", "single.html"), "w").write(HUGO_SINGLE)
        open(os.path.join(base, "layouts", "_default", "list.html"), "w").write(HUGO_LIST)
    elif tool == "mkdocs":
        shutil.copytree(source, os.path.join(base, "docs"))
        open(os.path.join(base, "mkdocs.yml"), "w").write(MKDOCS_CONFIG)
    else:
        # Jekyll converts only files with front matter: each page gets an empty one, nothing else changes.
        os.makedirs(os.path.join(base, "_layouts"))
        open(os.path.join(base, "_config.yml"), "w").write(JEKYLL_CONFIG)
        open(os.path.join(base, "_layouts", "default.html"), "w").write(JEKYLL_LAYOUT)
        for name in os.listdir(source):
            text = open(os.path.join(source, name), encoding="utf-8").read()
            open(os.path.join(base, name), "w", encoding="utf-8").write("---\n---\n" + text)
    return base


def content_folder(tool, base):
    return {"troubleshoot": os.path.join(base, "content"), "hugo": os.path.join(base, "content"),
            "mkdocs": os.path.join(base, "docs")}.get(tool, base)


def command(tool, base):
    """The build command and its output folder; the caches each tool keeps by default (ours: beside the output)."""
    if tool == "troubleshoot":
        out = os.path.join(base, "site")
        return [LAUNCHER, "build", os.path.join(base, "content"), "--out", out], out, [
            os.path.join(base, ".troubleshoot-cache")]
    if tool == "hugo":
        out = os.path.join(base, "public")
        return ["hugo", "--quiet", "--source", base, "--destination", out], out, [os.path.join(base, "resources")]
    if tool == "mkdocs":
        out = os.path.join(base, "site")
        return ["mkdocs", "build", "--quiet", "--config-file", os.path.join(base, "mkdocs.yml")], out, []
    out = os.path.join(base, "_site")
    return ["jekyll", "build", "--quiet", "--source", base, "--destination", out], out, [
        os.path.join(base, ".jekyll-cache")]


def measure(cmd, cwd):
    """Wall s, user s, system s, peak MB, MB written (bytes the process and its children dirtied)."""
    report = os.path.join(WORK, "time.txt")
    subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M %O", "-o", report] + cmd, check=True, cwd=cwd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, user, system, rss, blocks = open(report).read().split()[-5:]
    return float(wall), float(user), float(system), int(rss) / 1024, int(blocks) * 512 / 1e6


def stamps(out):
    found = {}
    for folder, _, names in os.walk(out):
        for name in names:
            st = os.stat(os.path.join(folder, name))
            found[os.path.relpath(os.path.join(folder, name), out)] = (st.st_ino, st.st_mtime_ns)
    return found


def rewritten(before, after):
    return sum(1 for path, stamp in after.items() if before.get(path) != stamp)


def size_mb(out):
    return sum(os.path.getsize(os.path.join(f, n)) for f, _, names in os.walk(out) for n in names) / 1e6


def edit_row(folder):
    """Changes one cell of one table row, the same one for every tool; returns how to undo it."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".md"))
    path = os.path.join(folder, names[len(names) // 3])
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        separator = i > 0 and re.match(r"^\|[-:| ]+\|$", lines[i - 1])
        if line.startswith("| ") and separator and not re.match(r"^\|[-:| ]+\|$", line):
            cells = line.split(" | ")
            cells[-1] = "Restart the app, then " + cells[-1]  # what to do: one more step
            lines[i] = " | ".join(cells)
            break
    edited = "\n".join(lines)
    if edited == text:
        sys.exit("no table row to edit in " + path)
    open(path, "w", encoding="utf-8").write(edited)
    return lambda: open(path, "w", encoding="utf-8").write(text)


def check(tool, out, pages):
    """Every input file became a page with its tables."""
    missing = 0
    for name in pages:
        if tool == "troubleshoot":
            # The page itself, and its category pages with their tables (ids.js beside them is no page).
            page = os.path.join(out, name + ".html")
            folder = os.path.join(out, name)
            ok = os.path.isfile(page) and os.path.isdir(folder) and all(
                "<table" in open(os.path.join(folder, f), encoding="utf-8").read()
                for f in os.listdir(folder) if f.endswith(".html"))
        else:
            page = os.path.join(out, name + ".html") if tool == "jekyll" else os.path.join(out, name, "index.html")
            ok = os.path.isfile(page) and "<table" in open(page, encoding="utf-8").read()
        missing += 0 if ok else 1
    return missing


HREF = re.compile(r'\b(?:href|src)="([^"]*)"')
ID = re.compile(r'\bid="([^"]*)"')
# A table row of a category page: an entry's first row (with its id), or a further cause of it.
ROW_ID = re.compile(r'<tr id="|<tr><td')


def verify_site(out, rows):
    """Our site is correct, not just fast: every internal link and anchor resolves, and every table row of
    the corpus is in it (site.json's causes, and the category pages' rows). Returns problems."""
    import html
    import json
    pages = {}
    for folder, _, names in os.walk(out):
        for name in names:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                text = open(path, encoding="utf-8").read()
                pages[os.path.relpath(path, out)] = (set(ID.findall(text)), HREF.findall(text), len(ROW_ID.findall(text)))
    problems = []
    for page, (_, links, _) in pages.items():
        for link in links:
            link = html.unescape(link)
            if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", link):
                continue  # external
            target, _, anchor = link.partition("#")
            file = os.path.normpath(os.path.join(os.path.dirname(page), target)) if target else page
            if file.endswith(".html") or not target:
                if file not in pages:
                    problems.append("%s: link to missing page %s" % (page, link))
                elif anchor and anchor not in pages[file][0]:
                    problems.append("%s: link to missing anchor %s" % (page, link))
            elif not os.path.exists(os.path.join(out, file)):
                problems.append("%s: link to missing file %s" % (page, link))
    published = json.load(open(os.path.join(out, "site.json"), encoding="utf-8"))
    # A symptom written on several rows in a row is one entry with a cause per row.
    in_json = sum(len(e.get("causes") or [e]) for p in published["pages"] for c in p["categories"]
                  for e in c["entries"])
    on_pages = sum(count for page, (_, _, count) in pages.items() if page.count(os.sep) == 1)
    for what, count in (("site.json", in_json), ("category pages", on_pages)):
        if count != rows:
            problems.append("%s has %d rows, the corpus %d" % (what, count, rows))
    return problems, len(pages)


def run_once(tool, size, source):
    """Cold build, unchanged rebuild, one-row edit: one measurement each, and the files each rewrote."""
    base = prepare(tool, size, source)
    cmd, out, caches = command(tool, base)
    for cache in caches:
        shutil.rmtree(cache, ignore_errors=True)
    cold = measure(cmd, base)
    before = stamps(out)
    rebuild = measure(cmd, base)
    after_rebuild = stamps(out)
    undo = edit_row(content_folder(tool, base))
    edit = measure(cmd, base)
    after_edit = stamps(out)
    undo()
    return cold, rebuild, edit, rewritten(before, after_rebuild), rewritten(after_rebuild, after_edit), out


def serve_latency(size, source, edits=7):
    """Median ms from saving a one-line edit to the page with it being served."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    content = os.path.join(WORK, size, "serve-content")
    if os.path.isdir(content):
        shutil.rmtree(content)
    shutil.copytree(source, content)
    process = subprocess.Popen([LAUNCHER, "serve", content, "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in process.stdout:
            if line.startswith("Serving "):
                break
        target = os.path.join(content, "guide-0007.md")
        url = "http://127.0.0.1:%d/guide-0007.html" % port
        times = []
        for n in range(edits):
            text = open(target, encoding="utf-8").read()
            marker = "edit %d" % n
            # One line of the page's introduction changes; its links stay as they are.
            text = re.sub(r"Find your symptom below[^.]*\.", "Find your symptom below (" + marker + ").", text, count=1)
            start = time.perf_counter()
            open(target, "w", encoding="utf-8").write(text)
            while True:
                body = urllib.request.urlopen(url).read().decode("utf-8")
                if marker in body:
                    break
                time.sleep(0.002)
            times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.3)
        return statistics.median(times), times
    finally:
        process.terminate()
        process.wait(timeout=180)  # it deletes the served copy of the site: 15,000 files on the large corpus


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="small,medium,large")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tools", default="troubleshoot,hugo,mkdocs,jekyll")
    parser.add_argument("--serve", default="large", help="corpus size for the serve measurement, or 'none'")
    parser.add_argument("--gen-corpus", help="path of shared/bench/gen_corpus.py (the medium corpus)")
    parser.add_argument("--real-world", default=os.path.join(ROOT, "..", "shared", "real-world"),
                        help="a folder of real troubleshooting documents with SOURCES.tsv (bench/real_world.py), "
                             "or 'none'")
    args = parser.parse_args()
    tools = args.tools.split(",")
    os.makedirs(WORK, exist_ok=True)
    print("Machine: %s, %d cores; %s; load average %s" % (platform.platform(), os.cpu_count(), subprocess.run(
        ["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
        " ".join("%.1f" % x for x in os.getloadavg())))
    print("Command: python3 bench/run.py --sizes %s --runs %d --tools %s --serve %s\n"
          % (args.sizes, args.runs, args.tools, args.serve))
    print("| corpus | tool | cold wall s | cold CPU s | rebuild wall s | rebuild user s | rebuild sys s | "
          "edit wall s | edit CPU s | peak MB | output MB | MB written cold / rebuild / edit | "
          "files rewritten: rebuild / edit (of all) | rebuild vs Hugo | pages with tables |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size in args.sizes.split(","):
        source, pages, rows = corpus(size, args.gen_corpus)
        results = {tool: [] for tool in tools}
        outputs = {}
        for run in range(args.runs):
            for tool in tools:  # interleaved, run by run
                *measured, out = run_once(tool, size, source)
                results[tool].append(measured)
                outputs[tool] = out
        med = lambda tool, f: statistics.median(f(r) for r in results[tool])
        hugo_rebuild = med("hugo", lambda r: r[1][0]) if "hugo" in tools else None
        for tool in tools:
            out = outputs[tool]
            missing = check(tool, out, pages)
            rebuild_wall = med(tool, lambda r: r[1][0])
            print("| %s (%d files, %d rows) | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.1f | "
                  "%.1f / %.1f / %.1f | %d / %d (of %d) | %s | %s |" % (
                      size, len(pages), rows, tool, med(tool, lambda r: r[0][0]),
                      med(tool, lambda r: r[0][1] + r[0][2]), rebuild_wall, med(tool, lambda r: r[1][1]),
                      med(tool, lambda r: r[1][2]), med(tool, lambda r: r[2][0]),
                      med(tool, lambda r: r[2][1] + r[2][2]),
                      max(max(r[0][3], r[1][3], r[2][3]) for r in results[tool]), size_mb(out),
                      med(tool, lambda r: r[0][4]), med(tool, lambda r: r[1][4]), med(tool, lambda r: r[2][4]),
                      med(tool, lambda r: r[3]), med(tool, lambda r: r[4]), len(stamps(out)),
                      "%.2f×" % (rebuild_wall / hugo_rebuild) if hugo_rebuild and tool != "hugo" else "—",
                      "all %d" % len(pages) if missing == 0 else "%d missing" % missing))
        if "troubleshoot" in tools:
            problems, page_count = verify_site(outputs["troubleshoot"], rows)
            print("\ntroubleshoot's %s site: %d HTML pages, %d corpus rows; links, anchors and rows checked: %s\n"
                  % (size, page_count, rows, "all fine" if not problems else "%d problems, first: %s"
                     % (len(problems), problems[:3])))
    print("Load average after the runs: %s" % " ".join("%.1f" % x for x in os.getloadavg()))
    if args.serve != "none":
        source, _, _ = corpus(args.serve, args.gen_corpus)
        median, times = serve_latency(args.serve, source)
        print("\nserve, %s corpus: one-line edit to one file → page served with the edit: median %.0f ms (%s)"
              % (args.serve, median, ", ".join("%.0f" % t for t in times)))
    if args.real_world != "none" and "troubleshoot" in tools:
        # The acceptance check on real documents: every troubleshooting row of SOURCES.tsv in site.json.
        print()
        subprocess.run([sys.executable, os.path.join(HERE, "real_world.py"), args.real_world])


if __name__ == "__main__":
    main()
