#!/usr/bin/env bash
# Assembles a corpus of diplomatic Q&A speech for measurement (not committed: built here). Source:
# the answers of the Ministry of Foreign Affairs spokesperson Geng Shuang, September 2016 –
# November 2019, as scraped from the ministry's 发言人表态 pages into src/GS66.txt of the public
# repository github.com/rlads2019/project-jouanc99 (newest first; the scrape dropped the
# questions). Each block of the file (blank lines between blocks) is one document, kept as the
# file writes it; its year is read off the order of the blocks, as the dates their text names roll
# back from January to December: 2019 blocks 1–407, 2018 408–575, 2017 576–770, 2016 the rest.
#
# What it is for: bilateral relations and the sides of diplomatic speech (中日关系, 菲方), stage
# directions in brackets that each answer holds once (（记者笑）, （记者点头）), foreign names and
# media, and a year (2019) of twice the text of the others.
#
#   bench/corpora/press.sh [CLONE] OUT    # CLONE: a local clone (cloned if absent)
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/rlads2019/project-jouanc99 "$@"
CLONE=$clone OUT=$out python3 - <<'PY'
import csv, os, re, subprocess
clone, out = os.environ["CLONE"], os.environ["OUT"]
text = subprocess.run(["git", "-C", clone, "show", "HEAD:src/GS66.txt"],
                      capture_output=True, check=True).stdout.decode("utf-8")
blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
if blocks[0].strip() == "x":  # the header line R's write.table puts first
    blocks = blocks[1:]
ends = [(407, 2019), (575, 2018), (770, 2017), (len(blocks), 2016)]
rows = []
for i, block in enumerate(blocks):
    year = next(y for end, y in ends if i < end)
    doc = f"gs{year}-{len(blocks) - i:04d}"
    with open(os.path.join(out, doc + ".txt"), "w", encoding="utf-8") as f:
        f.write(block + "\n")
    rows.append([doc, doc + ".txt", year, block.split("\n")[0][:30], "fmprc.gov.cn"])
with open(os.path.join(out, "corpus.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "file", "year", "title", "source"])
    w.writerows(reversed(rows))
print(len(rows), "documents")
PY
