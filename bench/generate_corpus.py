#!/usr/bin/env python3
"""Writes a deterministic troubleshooting corpus: FILES Markdown files, each with CATEGORIES headings and a
table of ROWS rows under each (Symptom | Likely cause | What to do), with inline Markdown and links between
files. The same arguments always give the same bytes. --language ja writes the same shape in Japanese
(no spaces between words), to measure the search index of text cut into pairs of characters.

    bench/generate_corpus.py OUT_DIR --files 200 --categories 6 --rows 10 [--language ja]
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

# The same vocabulary in Japanese: symptoms are written as one run of text, as Japanese writers do.
JA = dict(
    AREAS=["ログイン", "通話", "ダッシュボード", "請求", "通知", "メンバー", "プレイブック", "エクスポート",
           "API", "録音", "レポート", "設定", "ウェブフック", "インポート", "検索", "モバイルアプリ"],
    THINGS=["ウィジェット", "請求書", "録音データ", "エクスポート", "トークン", "フィルター", "アラート", "メンバー",
            "レポート", "ウェブフック", "通話履歴", "キャンペーン", "予測", "グラフ", "キュー", "セッション",
            "ダウンロードリンク", "メール"],
    PROBLEMS=["が表示されない", "が読み込めない", "の合計が間違っている", "が見つからない", "が保留中のまま",
              "で401エラーが返される", "で403エラーが返される", "がタイムアウトする", "が重複して表示される",
              "が古いまま", "で5xxエラーが発生する", "を編集できない", "の値が大きくずれている", "が更新されない"],
    CAUSES=["ブラウザのキャッシュ", "同期の遅延", "Five9の同期遅延", "トークンの有効期限切れ", "権限の設定ミス",
            "バックグラウンド処理の遅延", "迷惑メールフィルター", "料金設定", "Stripeのウェブフック再送",
            "S3への移動処理が未実行", "検知のノイズ", "学習データ不足", "エクスポートの期限切れ",
            "アクセス権限の問題", "キャッシュまたは同期の遅延", "ポータル側の障害"],
    ACTIONS=["ページを再読み込みしてください（Cmd-Shift-R）", "15分待ち、それでも表示されなければエスカレーションしてください",
             "**OAuth**トークンを更新してください", "`org/company`の選択を確認してください",
             "メンバーを編集して正しい権限を設定してください", "迷惑メールフォルダを確認してください",
             "フィルターを絞り込んで再試行してください", "エクスポートをやり直してください",
             "管理者に設定の確認を依頼してください", "Sentryを確認し、開発チームにエスカレーションしてください",
             "支払い方法を更新して再試行してください", "アラートを確認し、続く場合はエスカレーションしてください"],
    SYMPTOM="%s：%s%s（ケース%d）")
SYMPTOM = "%s %s %s (case %d)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--files", type=int, required=True)
    parser.add_argument("--categories", type=int, default=6)
    parser.add_argument("--rows", type=int, default=10)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--language", choices=["en", "ja"], default="en")
    args = parser.parse_args()
    if args.language == "ja":
        global AREAS, THINGS, PROBLEMS, CAUSES, ACTIONS, SYMPTOM
        AREAS, THINGS, PROBLEMS, CAUSES, ACTIONS, SYMPTOM = (JA[k] for k in
                                                             ("AREAS", "THINGS", "PROBLEMS", "CAUSES", "ACTIONS", "SYMPTOM"))
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
                symptom = SYMPTOM % (area, thing, rng.choice(PROBLEMS), r + 1)
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
