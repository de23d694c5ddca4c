#!/usr/bin/env bash
# Joins corpora built by the other scripts into one corpus of many years (for measurement; not
# committed): each document keeps its file, prefixed with its corpus's folder name, and its year.
# The government work reports, the laws and the news together cover 57 years, 1954–2026.
#
#   bench/corpora/many-years.sh OUT CORPUS...   # e.g. OUT /tmp/corpora/gwr /tmp/corpora/laws
set -euo pipefail
out=$1
shift
mkdir -p "$out"
echo "id,file,year" > "$out/corpus.csv"
for dir in "$@"; do
  name=$(basename "$dir")
  # the id, file and year columns (the first three) of each row; files are copied, not linked
  python3 - "$dir" "$name" "$out" <<'PY'
import csv, shutil, sys
src, name, out = sys.argv[1:]
with open(f"{src}/corpus.csv", newline="", encoding="utf-8") as f, \
     open(f"{out}/corpus.csv", "a", newline="", encoding="utf-8") as w:
    rows = csv.DictReader(f)
    for r in rows:
        shutil.copyfile(f"{src}/{r['file']}", f"{out}/{name}-{r['file']}")
        csv.writer(w, lineterminator="\n").writerow([f"{name}-{r['id']}", f"{name}-{r['file']}", r["year"]])
PY
done
echo "$(($(wc -l < "$out/corpus.csv") - 1)) documents in $out"
