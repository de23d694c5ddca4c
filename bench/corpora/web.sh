#!/usr/bin/env bash
# Assembles a corpus of real Chinese web pages with hand-made reference texts, for measuring the
# main-text extraction of .html files (not committed: it is built here). Source: the public
# repository github.com/immortal-autumn/Chinese-Web-Content-Extraction-Dataset (MIT licence):
# 69 saved pages (news, blogs, forums, encyclopaedia and journal pages, 2004–2022, UTF-8 and GBK)
# in original/, and in cleaned/ the article text of each as a person cut it out.
# Writes the pages as NAME.html, their reference texts as NAME.ref.txt, and a corpus.csv manifest
# (every page dated 2020: the dates do not matter here).
#
#   bench/corpora/web.sh [CLONE] OUT        # CLONE: a local clone (cloned from GitHub if absent)
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/immortal-autumn/Chinese-Web-Content-Extraction-Dataset "$@"
echo "id,file,year" > "$out/corpus.csv"
git -C "$clone" ls-tree --name-only HEAD original/ | sort | while read -r f; do
  name=$(basename "$f" .html)
  git -C "$clone" show "HEAD:$f" > "$out/$name.html"
  git -C "$clone" show "HEAD:cleaned/$name.txt" > "$out/$name.ref.txt"
  echo "$name,$name.html,2020" >> "$out/corpus.csv"
done
echo "$(($(wc -l < "$out/corpus.csv") - 1)) pages in $out"
