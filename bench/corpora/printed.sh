#!/usr/bin/env bash
# Builds, from 12 reports of the gwr corpus (bench/corpora/gwr.sh), the files an analyst receives
# (OUT/files: 7 PDFs printed by headless Chromium in different layouts, 2 DOCX files, 3 web pages;
# see printed/build.py) and the clean text they were made from (OUT/source), then counts two term
# lists in both with ./qushi count and prints how many term × year cells agree:
# printed/terms-common.txt (20 terms chosen before looking at any damage) and
# printed/terms-damage.txt (27 terms aimed at places the files damaged). Needs chromium and
# fonts-noto-cjk.
#
#   bench/corpora/printed.sh GWR_CORPUS OUT      # run from the repository root
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export GWR=$1 OUT=$2
mkdir -p "$OUT"
python3 "$here/printed/paras.py" > /dev/null
python3 "$here/printed/build.py"
for list in common damage; do
  mapfile -t terms < "$here/printed/terms-$list.txt"
  ./qushi count "${terms[@]}" --corpus="$OUT/files" --format=csv 2>/dev/null > "$OUT/count-$list-files.csv"
  ./qushi count "${terms[@]}" --corpus="$OUT/source" --format=csv 2>/dev/null > "$OUT/count-$list-source.csv"
  python3 "$here/printed/compare.py" "$OUT/count-$list-files.csv" "$OUT/count-$list-source.csv" "$list"
done
