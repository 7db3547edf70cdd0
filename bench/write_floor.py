#!/usr/bin/env python3
"""How long it takes just to create the files of a built site, with nothing else to do: the same folders,
names and sizes, written by a plain loop. A floor under any generator that writes that site on this machine.

    python3 bench/write_floor.py SITE_DIR [--runs 3]

Run it on our site and on Hugo's (bench/work/SIZE/troubleshoot/site, bench/work/SIZE/hugo/public after
bench/run.py). Each run deletes the previous copy first, as before a cold build. On ext4 that is not a neutral
state: the inode allocator then scans the inodes just freed, so files created right after deleting as many take
longer than in a fresh folder. A rebuild into an existing output creates no files at all now (only the ones that
changed), so this floor bounds cold builds only.
"""
import argparse
import os
import shutil
import statistics
import sys
import time


def shape(site):
    folders, files = [], []
    for folder, _, names in os.walk(site):
        rel = os.path.relpath(folder, site)
        folders.append(rel)
        for name in names:
            files.append((os.path.join(rel, name), os.path.getsize(os.path.join(folder, name))))
    return folders, files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folders, files = shape(args.site)
    total = sum(size for _, size in files)
    target = args.site.rstrip("/") + ".floor"
    walls, systems = [], []
    for _ in range(args.runs):
        if os.path.isdir(target):
            shutil.rmtree(target)
        start, before = time.perf_counter(), os.times()
        for folder in folders:
            os.makedirs(os.path.join(target, folder), exist_ok=True)
        for name, size in files:
            with open(os.path.join(target, name), "wb") as out:
                out.write(b"x" * size)
        after = os.times()
        walls.append(time.perf_counter() - start)
        systems.append(after.system - before.system)
    shutil.rmtree(target)
    print("%s: %d folders, %d files, %.0f MB; creating them took median %.2f s (%.2f s in the kernel)"
          % (args.site, len(folders), len(files), total / 1e6, statistics.median(walls), statistics.median(systems)))


if __name__ == "__main__":
    sys.exit(main())
