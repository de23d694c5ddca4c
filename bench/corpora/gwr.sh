#!/usr/bin/env bash
# Assembles a multi-year corpus of China's annual government work reports (政府工作报告) for
# measurement (not committed: it is built here). One plain-text report a year, YYYY.txt, with a
# corpus.csv manifest. Two public repositories:
#  - github.com/dnxbjyj/py-project, GovWorkReportAnalysis/reports-bak.txt: a gov.cn scrape of the
#    1954–2017 reports in one file. Split at each report's "——YYYY年…在第…全国人民代表大会…会议上"
#    line (plus the title lines just above it); only 1954–2005 are kept, since from 2006 on the
#    scrape holds only the first web page of each report.
#  - github.com/liuzeyi11/GovernmentWorkReportCorpus, government_report_tmx_file/GRYYYY.tmx: the
#    2008–2022 reports as Chinese–English TMX; the zh-CN segments are written one per line.
# Text is kept as the sources have it (scrape noise, full-width digits, a duplicated 1991 passage).
#
#   bench/corpora/gwr.sh [PYPROJECT_CLONE GWRC_CLONE] OUT   # clones from GitHub if absent
set -euo pipefail
if [ $# -eq 1 ]; then tmp=$(mktemp -d); py=$tmp/py-project; tmx=$tmp/gwrc; out=$1
  git clone -q --depth 1 https://github.com/dnxbjyj/py-project "$py"
  git clone -q --depth 1 https://github.com/liuzeyi11/GovernmentWorkReportCorpus "$tmx"
else py=$1; tmx=$2; out=$3; fi
mkdir -p "$out"
echo "id,file,year,title,source" > "$out/corpus.csv"

git -C "$py" show HEAD:GovWorkReportAnalysis/reports-bak.txt | OUT=$out python3 -c '
import os, re, sys
out = os.environ["OUT"]
lines = sys.stdin.read().split("\n")
hdr = re.compile(r"^[\s\u3000]*(——|－－)([\s0-9０-９]+)年.*全国人民代表大会.*会议上")
starts = []  # (first line of report, year)
for i, l in enumerate(lines):
    m = hdr.match(l)
    if not m: continue
    year = int(re.sub(r"\s", "", m.group(2)).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if starts and starts[-1][1] == year: continue      # a second copy inside the same report
    s = i
    for j in (i - 1, i - 2, i - 3):                     # title lines above the date line
        if j >= 0 and re.search(r"政\s*府\s*工\s*作\s*报\s*告", lines[j]): s = j; break
    else:
        while s > 0 and lines[s - 1].strip(): s -= 1
    if s > 0 and "新华社" in lines[s - 1]: s -= 1
    starts.append((s, year))
starts.append((len(lines), None))
for (s, y), (e, _) in zip(starts, starts[1:]):
    if y > 2005: continue
    with open(f"{out}/{y}.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(lines[s:e]).strip("\n") + "\n")
'
for f in "$out"/*.txt; do y=$(basename "$f" .txt)
  echo "gwr-$y,$y.txt,$y,${y}年政府工作报告,dnxbjyj/py-project GovWorkReportAnalysis/reports-bak.txt" >> "$out/corpus.csv"
done

git -C "$tmx" ls-tree --name-only HEAD government_report_tmx_file/ | grep -E 'GR[0-9]{4}\.tmx$' | sort |
while read -r f; do y=$(basename "$f" .tmx); y=${y#GR}
  git -C "$tmx" show "HEAD:$f" | python3 -c '
import html, re, sys
t = sys.stdin.read()
segs = re.findall(r"<tuv xml:lang=\"zh-CN\">\s*<seg>(.*?)</seg>\s*</tuv>", t, re.S)
sys.stdout.write("\n".join(html.unescape(s) for s in segs) + "\n")' > "$out/$y.txt"
  echo "gwr-$y,$y.txt,$y,${y}年政府工作报告,liuzeyi11/GovernmentWorkReportCorpus (TMX zh-CN segments)" >> "$out/corpus.csv"
done
echo "$(($(wc -l < "$out/corpus.csv") - 1)) documents in $out"
