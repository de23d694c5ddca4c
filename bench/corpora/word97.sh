#!/usr/bin/env bash
# Saves the reports of the gwr corpus (bench/corpora/gwr.sh) as old office files are published:
# Word 97 .doc files (OUT/doc) and Word 2003 XML under the name .doc (OUT/xml), both written by
# LibreOffice from the reports' text (OUT/source), then counts printed/terms-common.txt in the
# three with ./qushi count and prints how many term x year cells agree. Needs LibreOffice
# (apt-get install libreoffice-writer-nogui).
#
#   bench/corpora/word97.sh GWR_CORPUS OUT      # run from the repository root
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gwr=$1 out=$2
mkdir -p "$out/source" "$out/doc" "$out/xml"
cp "$gwr"/*.txt "$out/source/"
filter='Text (encoded):UTF8,LF,,,'
soffice --headless --infilter="$filter" --convert-to 'doc:MS Word 97' --outdir "$out/doc" \
  "$out"/source/*.txt > /dev/null 2>&1
soffice --headless --infilter="$filter" --convert-to 'xml:MS Word 2003 XML' --outdir "$out/xml" \
  "$out"/source/*.txt > /dev/null 2>&1
for f in "$out"/xml/*.xml; do mv "$f" "${f%.xml}.doc"; done
python3 - "$gwr/corpus.csv" "$out" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
for kind, ext in (("source", ".txt"), ("doc", ".doc"), ("xml", ".doc")):
    with open(f"{sys.argv[2]}/{kind}/corpus.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "file", "year"])
        for r in rows:
            w.writerow([r["id"], r["file"].rsplit(".", 1)[0] + ext, r["year"]])
PY
mapfile -t terms < "$here/printed/terms-common.txt"
for kind in source doc xml; do
  ./qushi count "${terms[@]}" --corpus="$out/$kind" --format=csv 2>/dev/null > "$out/count-$kind.csv"
done
for kind in doc xml; do
  python3 "$here/printed/compare.py" "$out/count-$kind.csv" "$out/count-source.csv" "$kind"
done
