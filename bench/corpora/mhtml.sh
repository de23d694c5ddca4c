#!/usr/bin/env bash
# Saves the pages of a corpus of web pages (bench/corpora/web.sh) as web archives, as a browser's
# "Save as: Webpage, Single File" does: headless Chromium loads each page (scripts off, nothing
# fetched) and writes its DevTools snapshot (MHTML) to OUT/NAME.mhtml, beside a copy of its
# reference text and a manifest naming the archives. Then measure both with WebPageText. Needs
# Chromium (/usr/bin/chromium) and the npm package playwright-core (set NODE_PATH to its folder's
# node_modules when it is not installed here).
#
#   bench/corpora/web.sh /tmp/web && bench/corpora/mhtml.sh /tmp/web /tmp/web-mhtml
#   java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.WebPageText /tmp/web-mhtml
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pages=$1 out=$2
mkdir -p "$out"
node "$here/mhtml/snapshot.js" "$out" "$pages"/*.html
cp "$pages"/*.ref.txt "$out/"
sed 's/\.html,/.mhtml,/' "$pages/corpus.csv" > "$out/corpus.csv"
echo "$(ls "$out"/*.mhtml | wc -l) archives in $out"
