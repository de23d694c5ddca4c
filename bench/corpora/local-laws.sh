#!/usr/bin/env bash
# Assembles a corpus of local regulations of seven provincial-level regions, 2010–2024, for
# measurement (not committed: it is built here). Source: the public repository
# github.com/LawRefBook/Laws, folder DLC/ (地方法规 of 上海, 北京, 山东, 河南, 浙江, 重庆, 广东), one
# Markdown file a regulation, named 标题(YYYY-MM-DD).md after the date of its current version. Every
# such file of 2010–2024 is written unchanged as REGION-YEAR-NNNN.md, with a corpus.csv manifest
# whose source column names the region: 1,589 documents, 9.8 million characters. The regions' share
# of each year changes (河南 58 of 109 in 2010, 广东 only from 2021, 上海 and 北京 alone in 2024), so
# a trend of 广东省 is one of the mix; compare --strata source compares within regions.
#
#   bench/corpora/local-laws.sh [CLONE] OUT        # CLONE: a local clone (cloned from GitHub if absent)
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/LawRefBook/Laws "$@"
CLONE=$clone OUT=$out python3 - <<'PY'
import csv, os, re, subprocess
clone, out = os.environ["CLONE"], os.environ["OUT"]
names = subprocess.run(["git", "-C", clone, "-c", "core.quotepath=off", "ls-tree", "-r",
                        "--name-only", "HEAD"], capture_output=True, text=True, check=True).stdout
rows = []
for i, path in enumerate(p for p in names.split("\n") if p.startswith("DLC/")):
    m = re.search(r"\((\d{4})-\d\d-\d\d\)\.md$", path)
    if not m or not 2010 <= int(m.group(1)) <= 2024:
        continue
    year = int(m.group(1))
    region = path.split("/")[1].replace("地方法规", "")
    name = f"{region}-{year}-{i:04d}.md"
    data = subprocess.run(["git", "-C", clone, "show", "HEAD:" + path], capture_output=True,
                          check=True).stdout
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    title = re.sub(r"\(\d{4}-\d\d-\d\d\)\.md$", "", os.path.basename(path))
    rows.append([name[:-3], name, year, title, region])
with open(os.path.join(out, "corpus.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "file", "year", "title", "source"])
    w.writerows(rows)
print(f"{len(rows)} documents in {out}")
PY
