#!/usr/bin/env bash
# Assembles a corpus of Chinese laws, regulations and judicial interpretations, 2007–2025, for measurement (not committed:
# it is built here). Source: the public repository github.com/LawRefBook/Laws, one Markdown file a
# document, named 标题(YYYY-MM-DD).md. For every year 2007–2025 takes the first file (in git's
# path order) of that year from each of three groups:
#   xzfg  行政法规/            State Council administrative regulations (国务院令)
#   sfjs  司法解释/            judicial interpretations of the Supreme People's Court/Procuratorate
#   law   经济法/ 行政法/ 社会法/ 宪法相关法/ 民法商法/ 诉讼与非诉讼程序法/ 刑法/   NPC laws
# and writes them unchanged as <group>-YYYY.md with a corpus.csv manifest.
#
#   bench/corpora/laws.sh [CLONE] OUT        # CLONE: a local clone (cloned from GitHub if absent)
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/LawRefBook/Laws "$@"
echo "id,file,year,title,source" > "$out/corpus.csv"
files=$(git -C "$clone" -c core.quotepath=off ls-tree -r --name-only HEAD | grep -E '\([0-9]{4}-[0-9]{2}-[0-9]{2}\)\.md$')
pick() {  # group year dir... -> first matching path
  local y=$1; shift; local re; re="^($(IFS='|'; echo "$*"))/.*\\(${y}-"
  grep -E "$re" <<< "$files" | head -n 1 || true
}
for y in $(seq 2007 2025); do
  for g in xzfg sfjs law; do
    case $g in
      xzfg) f=$(pick "$y" 行政法规) ;;
      sfjs) f=$(pick "$y" 司法解释) ;;
      law)  f=$(pick "$y" 经济法 行政法 社会法 宪法相关法 民法商法 诉讼与非诉讼程序法 刑法) ;;
    esac
    [ -n "$f" ] || continue
    git -C "$clone" show "HEAD:$f" > "$out/$g-$y.md"
    t=$(basename "$f" .md); t=${t%(*}; t=${t//\"/\"\"}
    echo "$g-$y,$g-$y.md,$y,\"$t\",\"LawRefBook/Laws $f\"" >> "$out/corpus.csv"
  done
done
echo "$(($(wc -l < "$out/corpus.csv") - 1)) documents in $out"
