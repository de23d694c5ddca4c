#!/usr/bin/env bash
# Assembles corpora in traditional characters for measurement (not committed: they are built here)
# from a corpus in simplified characters with a corpus.csv of id,file,year,title,source (the
# government work reports of bench/corpora/gwr.sh), converted with OpenCC (Debian: opencc):
#
#   OUT/traditional  every document converted, the odd years as Taiwan writes (s2twp: 臺灣, 衛生, 著,
#                    and Taiwan's words), the even years as Hong Kong writes (s2hk: 台灣, 衞生, 着)
#   OUT/mixed        the documents from 1990 on, each cut at its middle line into two documents of
#                    its year: the first half as it is, the second converted as Taiwan writes
#
# One word then stands in several spellings across the years (卫生: 衛生 and 衞生), which is what the
# corpora are for; a machine's conversion, not texts written so.
#
#   bench/corpora/traditional.sh SIMPLIFIED OUT
set -euo pipefail
src=$1; out=$2
command -v opencc >/dev/null || { echo "traditional.sh: needs opencc (apt-get install opencc)" >&2; exit 2; }
mkdir -p "$out/traditional" "$out/mixed"
echo "id,file,year,title,source" > "$out/traditional/corpus.csv"
echo "id,file,year,title,source" > "$out/mixed/corpus.csv"
tail -n +2 "$src/corpus.csv" | while IFS=, read -r id file year title source; do
  if (( year % 2 )); then form=s2twp; else form=s2hk; fi
  mkdir -p "$(dirname "$out/traditional/$file")"
  opencc -c "$form.json" -i "$src/$file" -o "$out/traditional/$file"
  echo "$id,$file,$year,$(opencc -c "$form.json" <<< "$title"),$form of $source" >> "$out/traditional/corpus.csv"
  if (( year >= 1990 )); then
    half=$(( $(wc -l < "$src/$file") / 2 ))
    head -n "$half" "$src/$file" > "$out/mixed/$year-a.txt"
    tail -n +"$((half + 1))" "$src/$file" | opencc -c s2twp.json > "$out/mixed/$year-b.txt"
    echo "$id-a,$year-a.txt,$year,$title (first half),$source" >> "$out/mixed/corpus.csv"
    echo "$id-b,$year-b.txt,$year,$(opencc -c s2twp.json <<< "$title") (second half),s2twp of $source" >> "$out/mixed/corpus.csv"
  fi
done
