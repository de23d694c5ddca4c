#!/usr/bin/env bash
# Assembles a corpus of real PDFs as a district's offices publish them (not committed: it is built
# here): 15 department and unit budgets and final accounts of Shanghai's Putuo district, 2023–2026,
# one city's annual report on open government information (2024) and the blank Word form of such a
# report. Multi-page tables of budget lines, contents pages with dot leaders, page numbers, notes
# under tables in small type, and one page that a budget prints twice. Three public repositories,
# each file named by its blob, as some are in their history only:
#  - github.com/zxj6827111-blip/tianbaoxitong
#  - github.com/zxj6827111-blip/GovBudgetChecker
#  - github.com/zxj6827111-blip/govnianbao
#
# What it is for: table rows that a budget repeats in several tables and at page ends (count them
# against the PDF's text: 购房补贴, 行政单位医疗, 住房公积金), numbered table rows in small type at a
# page foot (no footnotes), and a page printed twice.
#
#   bench/corpora/budget-pdfs.sh [TIANBAO GOVBUDGET NIANBAO] OUT   # full clones from GitHub if absent
set -euo pipefail
if [ $# -eq 1 ]; then tmp=$(mktemp -d); out=$1
  for r in tianbaoxitong GovBudgetChecker govnianbao; do
    git clone -q "https://github.com/zxj6827111-blip/$r" "$tmp/$r"
  done
  t=$tmp/tianbaoxitong; g=$tmp/GovBudgetChecker; n=$tmp/govnianbao
else t=$1; g=$2; n=$3; out=$4; fi
mkdir -p "$out"
blob() { git -C "$1" cat-file -p "$2" > "$out/$3"; }
echo "id,file,year,title,kind" > "$out/corpus.csv"
while read -r repo sha id file year kind title; do
  case $repo in t) r=$t ;; g) r=$g ;; n) r=$n ;; esac
  blob "$r" "$sha" "$file"
  head -c4 "$out/$file" | grep -qE '%PDF|PK' || { echo "not a PDF or DOCX: $file" >&2; exit 1; }
  echo "$id,$file,$year,$title,$kind" >> "$out/corpus.csv"
done <<'ROWS'
t 592d25c60dba7cdb51cc3b2b8f84a34980d9924d wanli23 2023-wanli-dept-budget.pdf 2023 budget 万里街道2023年部门预算
g f45a18365fa09ccdd1478f62adc80ce24365017d wanli24 2024-wanli-dept-budget.pdf 2024 budget 万里街道2024年部门预算
t 205fe267e874d48f6d76bbd3ddb5aee3943728b6 fly24 2024-fuliyuan-unit-budget.pdf 2024 budget 社会福利院2024年单位预算
g 8f3451943585bede2e68523335c2f11c3a5771ef czj24js 2024-czj-final-accounts.pdf 2024 final 财政局2024年度部门决算
g fa222afcbbe1cb36b8b1613ea1ec64a3d0d54d7b ghzy24js 2024-ghzy-final-accounts.pdf 2024 final 规划和自然资源局2024年度部门决算
g 690679454d264163ebe2e7a224c7aaa460bb38b8 shgzb24js 2024-shgzb-final-accounts.pdf 2024 final 区委社会工作部2024年度部门决算
n 2a307b13fc3e5fae4c76a545d41e532fce209615 tmpl24 2024-gov-info-annual-template.docx 2024 template 政府信息公开工作年度报告格式模板
g d8d612892f6c9659fbee0dcb0065fd2b5b7f7167 wanli25 2025-wanli-dept-budget.pdf 2025 budget 万里街道2025年部门预算
g 8e9231231ede23b36f2f1b225af418080eb59416 zfb25 2025-zfb-dept-budget.pdf 2025 budget 区政府办公室2025年部门预算
g b884c8efa8b8f6583ab907b400bedddc3dac9979 zfbdw25 2025-zfb-unit-budget.pdf 2025 budget 区政府办公室2025年单位预算
g ee47ac5b96dad506a5947abc0bc085bc9e339a11 swj25 2025-swj-dept-budget.pdf 2025 budget 商务委2025年部门预算
g 9eef7ba064bf1b2a88fcf675c5692d28caeb02c3 swjdw25 2025-swj-unit-budget.pdf 2025 budget 商务委2025年单位预算
t d3ebdaf3fdcb15bf8cd1f3e0cda44a836bdbdc9e ptczj25 2025-ptczj-dept-budget.pdf 2025 budget 财政局2025年部门预算
t d63c93c6bfc8edad548af264f9e8f80bf7d7841d shczj25 2025-shczj-unit-budget.pdf 2025 budget 上海市财政局2025年单位预算
g 7e3cbe393cbc2f0cfb8e95076b66f9807e0bd590 dept26 2026-dept-budget.pdf 2026 budget 区级部门2026年预算
g 30d3176a2a632d159b84d9a74bfe72dd1fdfa07c sfj26 2026-sfj-unit-budget.pdf 2026 budget 司法局2026年单位预算
ROWS
# the annual report is the file at the head of its repository
git -C "$n" show HEAD:szfgs2024.pdf > "$out/2024-huaian-gov-info-annual.pdf"
echo "huaian24,2024-huaian-gov-info-annual.pdf,2024,淮安市政府2024年政府信息公开工作年度报告,annual" >> "$out/corpus.csv"
echo "$(($(wc -l < "$out/corpus.csv") - 1)) documents in $out"
