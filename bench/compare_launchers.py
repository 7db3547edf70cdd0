#!/usr/bin/env python3
"""Cold builds of one corpus by several builds of the launcher, interleaved run by run.

To compare commits: build each one's launcher (for example in a git worktree: `git worktree add /tmp/old
COMMIT && (cd /tmp/old && mvn -B -q package -DskipTests)`), then

    python3 bench/compare_launchers.py CORPUS NAME=LAUNCHER NAME=LAUNCHER ... [--runs 10] [--out /dev/shm/x]

Each run of each launcher builds CORPUS into a fresh output folder (no cache from an earlier run) and is
timed by /usr/bin/time. Prints, per launcher, the medians of CPU time (user + system), wall time and peak
memory, and the fastest run's CPU time (a second view of the same runs when the machine is noisy). An output
folder on tmpfs (/dev/shm) keeps the disk's writeback out of the comparison; the outputs of the launchers' last
runs are left there to compare with `diff -r` only with --keep: outputs left in tmpfs from run after run (13 GB
after a day) once made the kernel's page copying 20 times slower (docs/benchmarks.md).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("launchers", nargs="+", help="NAME=PATH of a troubleshoot launcher")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--out", default="/dev/shm/troubleshoot-compare")
    parser.add_argument("--keep", action="store_true", help="leave the last outputs in --out")
    args = parser.parse_args()
    launchers = [spec.split("=", 1) for spec in args.launchers]
    os.makedirs(args.out, exist_ok=True)
    report = os.path.join(args.out, "time.txt")
    results = {name: [] for name, _ in launchers}
    for _ in range(args.runs):
        for name, launcher in launchers:
            out = os.path.join(args.out, name)
            cache = os.path.join(args.out, ".troubleshoot-cache")
            for folder in (out, cache):
                shutil.rmtree(folder, ignore_errors=True)
            done = subprocess.run(["/usr/bin/time", "-o", report, "-f", "%e %U %S %M", launcher, "build",
                                   args.corpus, "--out", out], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if done.returncode != 0:
                sys.exit(f"{name} failed: {done.stderr.decode()[-2000:]}")
            wall, user, system, peak = open(report).read().split()[-4:]
            results[name].append((float(user) + float(system), float(wall), int(peak) / 1024))
    if not args.keep:  # only what this script made: --out may be a folder that holds other things
        for folder in [os.path.join(args.out, name) for name, _ in launchers] + [
                os.path.join(args.out, ".troubleshoot-cache")]:
            shutil.rmtree(folder, ignore_errors=True)
        os.remove(report)
    first = statistics.median(cpu for cpu, _, _ in results[launchers[0][0]])
    fastest = min(cpu for cpu, _, _ in results[launchers[0][0]])
    for name, runs in results.items():
        cpu = statistics.median(r[0] for r in runs)
        least = min(r[0] for r in runs)
        print(f"{name:12} CPU {cpu:.2f} s ({cpu / first:.2f}x)  wall {statistics.median(r[1] for r in runs):.2f} s"
              f"  peak {statistics.median(r[2] for r in runs):.0f} MB  fastest CPU {least:.2f} s ({least / fastest:.2f}x)"
              f"  ({len(runs)} runs)")


if __name__ == "__main__":
    main()
