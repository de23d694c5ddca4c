#!/usr/bin/env bash
# Assembles a multi-year news corpus for measurement (not committed: it is built here).
# Source: daily transcripts of the evening news programme 新闻联播, one Markdown file a day,
# from the public repository github.com/DuckBurnIncense/xin-wen-lian-bo (news/YYYYMMDD.md).
# Takes the 1st and 15th of every month (DAYS, a regular expression of the day of the month:
# DAYS='[0-9]{2}' takes every day, about 1,400 files and 13 million characters), writes them as
# YYYYMMDD.md with a corpus.csv manifest.
#
#   bench/corpora/news.sh [CLONE] OUT        # CLONE: a local clone (cloned from GitHub if absent)
#   DAYS='[0-9]{2}' bench/corpora/news.sh [CLONE] OUT
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/DuckBurnIncense/xin-wen-lian-bo "$@"
echo "id,file,year,title,source" > "$out/corpus.csv"
git -C "$clone" ls-tree -r --name-only HEAD news | grep -E "/[0-9]{6}(${DAYS:-01|15})\.md$" | sort |
while read -r f; do
  d=$(basename "$f" .md)
  git -C "$clone" show "HEAD:$f" > "$out/$d.md"
  echo "xwlb-$d,$d.md,${d:0:4},新闻联播 $d,CCTV 新闻联播" >> "$out/corpus.csv"
done
echo "$(($(wc -l < "$out/corpus.csv") - 1)) documents in $out"
