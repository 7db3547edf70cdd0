#!/usr/bin/env python3
"""Builds the same generated corpus with troubleshoot, Hugo and MkDocs, alternating tools, and reports median
wall time, CPU time, peak memory and throughput. Checks that every tool made one page per input file with its
tables, and that our site has no broken link or anchor and every row of the corpus. Also measures how fast `troubleshoot serve` serves a page after a one-line edit.

    python3 bench/run.py [--sizes small,medium,large] [--runs 3] [--tools troubleshoot,hugo,mkdocs]
                         [--real-world FOLDER|none]

At the end it runs bench/real_world.py on a folder of real troubleshooting documents (default
../shared/real-world beside the repository, skipped when absent).

Needs: the CLI built (mvn -B package -DskipTests makes troubleshoot-generator/target/troubleshoot, the launcher), `hugo` and `mkdocs` (apt-get install hugo mkdocs),
GNU time (/usr/bin/time). Writes work files under bench/work/ (ignored by git).
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
SIZES = {"small": (10, 6, 10), "medium": (200, 6, 10), "large": (2000, 6, 10)}

HUGO_CONFIG = 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
HUGO_SINGLE = '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n'
HUGO_LIST = '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n'
MKDOCS_CONFIG = "site_name: bench\ndocs_dir: docs\nsite_dir: site\ntheme:\n  name: mkdocs\nmarkdown_extensions:\n  - tables\n"


def corpus(size):
    files, categories, rows = SIZES[size]
    path = os.path.join(WORK, size, "corpus")
    if not os.path.isdir(path):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), path, "--files", str(files),
                        "--categories", str(categories), "--rows", str(rows)], check=True, stdout=subprocess.DEVNULL)
    return path, files, files * categories * rows


def prepare(tool, size, source):
    base = os.path.join(WORK, size, tool)
    if os.path.isdir(base):
        shutil.rmtree(base)
    os.makedirs(base)
    if tool == "hugo":
        shutil.copytree(source, os.path.join(base, "content"))
        os.makedirs(os.path.join(base, "layouts", "_default"))
        open(os.path.join(base, "hugo.toml"), "w").write(HUGO_CONFIG)
        open(os.path.join(base, "layouts", "_default", "single.html"), "w").write(HUGO_SINGLE)
        open(os.path.join(base, "layouts", "_default", "list.html"), "w").write(HUGO_LIST)
    elif tool == "mkdocs":
        shutil.copytree(source, os.path.join(base, "docs"))
        open(os.path.join(base, "mkdocs.yml"), "w").write(MKDOCS_CONFIG)
    return base


def command(tool, base, source):
    if tool == "troubleshoot":
        out = os.path.join(base, "site")
        return [LAUNCHER, "build", source, "--out", out], out
    if tool == "hugo":
        return ["hugo", "--quiet", "--source", base, "--destination", os.path.join(base, "public")], os.path.join(base, "public")
    return ["mkdocs", "build", "--quiet", "--clean", "--config-file", os.path.join(base, "mkdocs.yml")], os.path.join(base, "site")


def measure(cmd):
    report = os.path.join(WORK, "time.txt")
    subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", report] + cmd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, user, system, rss = open(report).read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss) // 1024


def check(tool, out, files):
    """Every input file became a page with its tables."""
    missing = 0
    for n in range(files):
        name = "guide-%04d" % n
        if tool == "troubleshoot":
            # The page itself, and its category pages with their tables.
            page = os.path.join(out, name + ".html")
            folder = os.path.join(out, name)
            ok = os.path.isfile(page) and os.path.isdir(folder) and all(
                "<table" in open(os.path.join(folder, f), encoding="utf-8").read() for f in os.listdir(folder))
        else:
            page = os.path.join(out, name, "index.html")
            ok = os.path.isfile(page) and "<table" in open(page, encoding="utf-8").read()
        missing += 0 if ok else 1
    return missing


HREF = re.compile(r'\b(?:href|src)="([^"]*)"')
ID = re.compile(r'\bid="([^"]*)"')
ROW_ID = re.compile(r'<tr id="')


def verify_site(out, source):
    """Our site is correct, not just fast: every internal link and anchor resolves, and every table row of
    the corpus is in it (site.json's count, and one row per entry on the category pages). Returns problems."""
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
    rows = 0
    for name in os.listdir(source):
        if name.endswith(".md"):
            lines = open(os.path.join(source, name), encoding="utf-8").read().splitlines()
            # Table rows: lines starting with "|", minus each table's header and separator.
            rows += sum(1 for line in lines if line.startswith("|")) - 2 * sum(
                1 for line in lines if re.match(r"^\|[-:| ]+\|$", line))
    published = json.load(open(os.path.join(out, "site.json"), encoding="utf-8"))
    in_json = sum(len(c["entries"]) for p in published["pages"] for c in p["categories"])
    on_pages = sum(count for page, (_, _, count) in pages.items() if page.count(os.sep) == 1)
    for what, count in (("site.json", in_json), ("category pages", on_pages)):
        if count != rows:
            problems.append("%s has %d rows, the corpus %d" % (what, count, rows))
    return problems, len(pages), rows


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
    parser.add_argument("--tools", default="troubleshoot,hugo,mkdocs")
    parser.add_argument("--serve", default="large", help="corpus size for the serve measurement, or 'none'")
    parser.add_argument("--real-world", default=os.path.join(ROOT, "..", "shared", "real-world"),
                        help="a folder of real troubleshooting documents with SOURCES.tsv (bench/real_world.py), "
                             "or 'none'")
    args = parser.parse_args()
    tools = args.tools.split(",")
    os.makedirs(WORK, exist_ok=True)
    print("Machine: %s, %d cores; %s" % (platform.platform(), os.cpu_count(), subprocess.run(
        ["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))
    print("Command: python3 bench/run.py --sizes %s --runs %d --tools %s --serve %s\n"
          % (args.sizes, args.runs, args.tools, args.serve))
    print("| corpus | files | rows | tool | median wall s | median CPU s | peak MB | pages/s | rows/s | "
          "wall vs Hugo | wall vs MkDocs | ms per 1,000 rows | pages with tables |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size in args.sizes.split(","):
        source, files, rows = corpus(size)
        results = {tool: [] for tool in tools}
        outputs = {}
        for run in range(args.runs):
            for tool in tools:  # alternating tools, run by run
                base = prepare(tool, size, source)
                cmd, out = command(tool, base, source)
                results[tool].append(measure(cmd))
                outputs[tool] = out
        medians = {t: (statistics.median(r[0] for r in results[t]), statistics.median(r[1] for r in results[t]),
                       max(r[2] for r in results[t])) for t in tools}
        for tool in tools:
            wall, cpu, rss = medians[tool]
            missing = check(tool, outputs[tool], files)
            vs = lambda other: ("%.2f×" % (wall / medians[other][0])) if other in medians and other != tool else "—"
            print("| %s | %d | %d | %s | %.2f | %.2f | %d | %.0f | %.0f | %s | %s | %.0f | %s |" % (
                size, files, rows, tool, wall, cpu, rss, files / wall, rows / wall, vs("hugo"), vs("mkdocs"),
                wall * 1000 / (rows / 1000), "all %d" % files if missing == 0 else "%d missing" % missing))
    if "troubleshoot" in tools:
        for size in args.sizes.split(","):
            source, files, rows = corpus(size)
            problems, page_count, row_count = verify_site(os.path.join(WORK, size, "troubleshoot", "site"), source)
            print("\ntroubleshoot's %s site: %d HTML pages, %d corpus rows; links, anchors and rows checked: %s"
                  % (size, page_count, row_count, "all fine" if not problems else "%d problems, first: %s"
                     % (len(problems), problems[:3])))
    if args.serve != "none":
        source, files, rows = corpus(args.serve)
        median, times = serve_latency(args.serve, source)
        print("\nserve, %s corpus: one-line edit to one file → page served with the edit: median %.0f ms (%s)"
              % (args.serve, median, ", ".join("%.0f" % t for t in times)))
    if args.real_world != "none" and "troubleshoot" in tools:
        # The acceptance check on real documents: every troubleshooting row of SOURCES.tsv in site.json.
        print()
        subprocess.run([sys.executable, os.path.join(HERE, "real_world.py"), args.real_world])


if __name__ == "__main__":
    main()
