#!/usr/bin/env bash
# Assembles corpora of short informal comments for measurement (not committed: they are built
# here). Source: the Douban film and series comments of the public repository
# github.com/yiyepianzhounc/DMR-Dataset-1 (reviews.json: each review with its date, and the other
# reviews of its author). Every distinct non-empty comment is kept with the year of its date
# (2014–2021, most from 2019 on); the same comments are saved three ways, as users save such text:
#
#   OUT/per-post         one file per comment (id, file, year, date, source = the film's id)
#   OUT/per-month        one file per month, one comment per line
#   OUT/per-month-blank  one file per month, comments parted by blank lines
#
# Comments often end without a stop, repeat one another (好看, 还不错) and run from two characters
# to several hundred: what the corpora are for.
#
#   bench/corpora/comments.sh [CLONE] OUT    # CLONE: a local clone (cloned if absent)
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/yiyepianzhounc/DMR-Dataset-1 "$@"
CLONE=$clone OUT=$out python3 - <<'PY'
import collections, csv, json, os, subprocess
clone, out = os.environ["CLONE"], os.environ["OUT"]
data = json.loads(subprocess.run(["git", "-C", clone, "show", "HEAD:reviews.json"],
                                 capture_output=True, check=True).stdout)
seen = {}
for review in data.values():
    seen.setdefault((review["text"], review["date"][:10]), str(review["movie_id"]))
    for other in review.get("user_reviews", {}).values():
        seen.setdefault((other["text"], other["date"][:10]), str(other["movie_id"]))
comments = sorted((date, text.strip(), film) for (text, date), film in seen.items() if text.strip())

def manifest(folder, header, rows):
    os.makedirs(os.path.join(out, folder, "f"), exist_ok=True)
    with open(os.path.join(out, folder, "corpus.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)

def write(folder, name, text):
    with open(os.path.join(out, folder, name), "w", encoding="utf-8") as f:
        f.write(text)

rows = []
for i, (date, text, film) in enumerate(comments):
    name = f"f/c{i:04d}.txt"
    os.makedirs(os.path.join(out, "per-post", "f"), exist_ok=True)
    write("per-post", name, text + "\n")
    rows.append([f"c{i:04d}", name, date[:4], date, "douban-" + film])
manifest("per-post", ["id", "file", "year", "date", "source"], rows)

months = collections.defaultdict(list)
for date, text, _ in comments:
    months[date[:7]].append(" ".join(text.split("\n")))
for folder, parting in (("per-month", "\n"), ("per-month-blank", "\n\n")):
    rows = []
    for month, texts in sorted(months.items()):
        os.makedirs(os.path.join(out, folder, "f"), exist_ok=True)
        write(folder, f"f/{month}.txt", parting.join(texts) + "\n")
        rows.append([month, f"f/{month}.txt", month[:4], month + "-01"])
    manifest(folder, ["id", "file", "year", "date"], rows)
print(len(comments), "comments in", len(months), "months")
PY
