#!/usr/bin/env bash
# Writes the reports of the gwr corpus (bench/corpora/gwr.sh) as OFD files (GB/T 33190), laid out
# by ofdrw (qushi.bench.OfdFiles), from their paragraphs (OUT/source: the lines of the reports of
# 2008-2022, one clause a line, joined where they end with a comma, as printed/paras.py joins them),
# then counts printed/terms-common.txt in both with ./qushi count and prints how many term x year
# cells agree. Needs `mvn -q -o -pl bench -am package -DskipTests` first.
#
#   bench/corpora/ofd.sh GWR_CORPUS OUT      # run from the repository root
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export GWR=$1 OUT=$2 HERE=$here
mkdir -p "$OUT/source"
python3 - <<'PY'
import csv, os, sys
sys.path.insert(0, os.path.join(os.environ["HERE"], "printed"))
from paras import paras
rows = list(csv.DictReader(open(os.environ["GWR"] + "/corpus.csv", encoding="utf-8")))
out = os.environ["OUT"] + "/source"
for r in rows:
    with open(f"{out}/{r['file']}", "w", encoding="utf-8") as f:
        f.write("\n".join(p for _, p in paras(r["file"].rsplit(".", 1)[0])) + "\n")
with open(f"{out}/corpus.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "file", "year"])
    for r in rows:
        w.writerow([r["id"], r["file"], r["year"]])
PY
java=${JAVA:-java}
"$java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" qushi.bench.OfdFiles \
  "$OUT/source" "$OUT/files"
mapfile -t terms < "$here/printed/terms-common.txt"
for kind in files source; do
  ./qushi count "${terms[@]}" --corpus="$OUT/$kind" --format=csv 2>/dev/null > "$OUT/count-$kind.csv"
done
python3 "$here/printed/compare.py" "$OUT/count-files.csv" "$OUT/count-source.csv" ofd
