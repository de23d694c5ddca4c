#!/usr/bin/env bash
# Assembles a corpus of several sources whose mix changes over the years (not committed: built
# from the corpora of gwr.sh, rural-laws.sh, laws.sh and news.sh): the government work reports of
# 2008–2022, the rural laws and regulations of 2009–2016, the laws of 2013–2025 and the evening
# news transcripts of 2022–2025, which make most of the text of their years. Column source names
# the corpus a document comes from; origin keeps the source column of its own manifest.
#
# What it is for: a comparison of years that is a comparison of sources (the news enters late),
# compare --strata source, and the note on a changing mix.
#
#   bench/corpora/sources.sh GWR RURAL LAWS NEWS OUT    # the four corpus folders, then OUT
set -euo pipefail
GWR=$1 RURAL=$2 LAWS=$3 NEWS=$4 OUT=$5 python3 - <<'PY'
import csv, os, shutil
out = os.environ["OUT"]
spans = {"gwr": ("GWR", 2008, 2022), "rural": ("RURAL", 2009, 2016),
         "laws": ("LAWS", 2013, 2025), "xwlb": ("NEWS", 2022, 2025)}
rows = []
for source, (var, first, last) in spans.items():
    folder = os.environ[var]
    os.makedirs(os.path.join(out, source), exist_ok=True)
    with open(os.path.join(folder, "corpus.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            year = int(r["year"][:4])
            if first <= year <= last:
                shutil.copy(os.path.join(folder, r["file"]), os.path.join(out, source, r["file"]))
                rows.append([r["id"], f"{source}/{r['file']}", year, r.get("title", ""), source,
                             r.get("source", "")])
with open(os.path.join(out, "corpus.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "file", "year", "title", "source", "origin"])
    w.writerows(rows)
print(len(rows), "documents")
PY
