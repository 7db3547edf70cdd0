#!/usr/bin/env python3
"""Writes a deterministic troubleshooting corpus: FILES Markdown files, each with CATEGORIES headings and a
table of ROWS rows under each (Symptom | Likely cause | What to do), with inline Markdown and links between
files. The same arguments always give the same bytes.

    bench/generate_corpus.py OUT_DIR --files 200 --categories 6 --rows 10
"""
import argparse
import os
import random

AREAS = ["Login", "Calls", "Dashboard", "Billing", "Notifications", "Members", "Playbook", "Exports",
         "API", "Recordings", "Reports", "Settings", "Webhooks", "Imports", "Search", "Mobile app"]
THINGS = ["widget", "invoice", "recording", "export", "token", "filter", "alert", "member", "report",
          "webhook", "call", "campaign", "forecast", "chart", "queue", "session", "download link", "email"]
PROBLEMS = ["is blank", "won't load", "shows the wrong total", "is missing", "is stuck in Pending",
            "returns 401 Unauthorized", "returns 403 Forbidden", "times out", "shows duplicates",
            "is out of date", "fails with 5xx errors", "can't be edited", "looks crazy off", "doesn't update"]
CAUSES = ["Browser cache", "Sync delay", "Five9 sync delay", "Token expired", "Wrong role assigned",
          "Background job backed up", "Spam filter", "Rate config", "Stripe webhook retry",
          "S3 move job hasn't run yet", "Detector noise", "Model needs more data", "Export expired",
          "Permission issue", "Browser cache or sync delay", "Portal-side issue"]
ACTIONS = ["Hard refresh (Cmd-Shift-R)", "Wait 15 min; if still missing, escalate", "Refresh the **OAuth** token",
           "Check the `org/company` selector", "Edit the member and set the correct role", "Check spam",
           "Narrow filters and retry", "Re-trigger the export", "Contact admin to verify the config",
           "Check Sentry, escalate to engineering", "Update the payment method and retry",
           "Acknowledge the alert; if it persists, escalate"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--files", type=int, required=True)
    parser.add_argument("--categories", type=int, default=6)
    parser.add_argument("--rows", type=int, default=10)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    names = ["guide-%04d" % n for n in range(args.files)]
    rows_written = 0
    for n, name in enumerate(names):
        lines = ["---", "title: Troubleshooting guide %d" % n, "---", "", "# Troubleshooting guide %d" % n, "",
                 "Find your symptom below. See also [guide %d](%s.md)." % ((n + 1) % args.files,
                                                                           names[(n + 1) % args.files]), ""]
        for c in range(args.categories):
            area = AREAS[(n + c) % len(AREAS)]
            lines += ["## %s %d" % (area, c + 1), "", "| Symptom | Likely cause | What to do |", "|---|---|---|"]
            for r in range(args.rows):
                thing = rng.choice(THINGS)
                symptom = "%s %s %s (case %d)" % (area, thing, rng.choice(PROBLEMS), r + 1)
                action = rng.choice(ACTIONS)
                if r % 7 == 3:
                    other = rng.randrange(args.files)
                    action += "; see [guide %d](%s.md)" % (other, names[other])
                lines.append("| %s | %s | %s |" % (symptom, rng.choice(CAUSES), action))
                rows_written += 1
            lines.append("")
        with open(os.path.join(args.out, name + ".md"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines))
    print("%d files, %d rows" % (args.files, rows_written))


if __name__ == "__main__":
    main()
