#!/usr/bin/env python3
"""Acceptance check on real troubleshooting documents: builds a folder of them with --broken-links warn and
compares the troubleshooting rows site.json holds with the folder's SOURCES.tsv: per file (column
troubleshooting_rows) and per table (column per_table, `L<header line>=<rows>` separated by ` ;; `). The
documents are third-party text: they stay in their folder, never in this repository.

    python3 bench/real_world.py [FOLDER] [--either FILE,...]

FOLDER defaults to ../shared/real-world beside this repository. The files given with --either (default: the
issue log 12-my-notebook-lm.md, a table of issues without a fix column) may have all their rows or none.
Exit 0 when the build succeeds and every count matches, 1 otherwise. Needs the CLI built
(mvn -B package -DskipTests); bench/run.py runs it too when the folder is there.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "troubleshoot-generator", "target", "troubleshoot.jar")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=os.path.join(ROOT, "..", "shared", "real-world"))
    parser.add_argument("--either", default="12-my-notebook-lm.md",
                        help="comma-separated files whose rows may or may not count (default: the issue log)")
    args = parser.parse_args()
    folder = os.path.abspath(args.folder)
    sources = os.path.join(folder, "SOURCES.tsv")
    if not os.path.isfile(sources):
        print(f"real-world check skipped: no {sources}")
        return 0
    either = {name for name in args.either.split(",") if name}
    with open(sources, encoding="utf-8") as f:
        table = list(csv.DictReader(f, delimiter="\t"))
    expected = {row["file"]: int(row["troubleshooting_rows"]) for row in table}
    per_table = {}
    for row in table:
        tables = []
        for part in (row.get("per_table") or "").split(";;"):
            line, _, rows = part.strip().lstrip("L").partition("=")
            if line and rows:
                tables.append((int(line), int(rows)))
        per_table[row["file"]] = sorted(tables)

    out = tempfile.mkdtemp(prefix="real-world-")
    try:
        site = os.path.join(out, "site")
        run = subprocess.run(["java", "-jar", JAR, "build", folder, "--out", site, "--broken-links", "warn",
                              "--exclude", sources], capture_output=True, text=True)
        summary = (run.stderr.strip().splitlines() or [""])[-1]
        print(f"build: exit {run.returncode}; {summary}; {run.stdout.strip()}")
        if run.returncode != 0:
            print(run.stderr)
            return 1
        with open(os.path.join(site, "site.json"), encoding="utf-8") as f:
            pages = json.load(f)["pages"]
        lines = {}
        for page in pages:
            lines[page["source"]] = [e["source"]["line"] for c in page["categories"] for e in c["entries"]]
        ok = True
        print(f"{'file':40} {'expected':>8} {'found':>6}  tables (header line: expected/found)")
        for name, rows in sorted(expected.items()):
            found = lines.get(name, [])
            tables = per_table.get(name, [])
            counts = []
            for i, (line, want) in enumerate(tables):
                end = tables[i + 1][0] if i + 1 < len(tables) else float("inf")
                counts.append((line, want, sum(1 for at in found if line < at < end)))
            if name in either and not found:
                fine = True
            else:
                fine = len(found) == rows and all(want == got for _, want, got in counts)
            ok = ok and fine
            detail = " ".join(f"L{line}:{want}/{got}" for line, want, got in counts)
            print(f"{name:40} {rows:8} {len(found):6}  {'ok' if fine else 'MISMATCH'}"
                  f"{' (either way)' if name in either else ''}  {detail}")
        print("real-world check:", "passed" if ok else "FAILED")
        return 0 if ok else 1
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
