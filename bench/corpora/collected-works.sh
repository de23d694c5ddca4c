#!/usr/bin/env bash
# Assembles a corpus of texts with editors' endnotes for measurement (not committed: it is built
# here). Source: the selected and collected works of Mao Zedong as Markdown, one text a file, from
# the public repository github.com/henryczq/mao-selected-works-skill (data/*.md). The texts dated
# 1949 or later are kept (speeches, directives, talks, statements), each in the year its date line
# gives ("（一九五八年三月二十日）"); most end with a section 注释 of numbered notes (〔1〕 …) and carry
# note marks ⑴ … in their sentences, which is what the corpus is for.
#
#   bench/corpora/collected-works.sh [CLONE] OUT    # CLONE: a local clone (cloned if absent)
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/henryczq/mao-selected-works-skill "$@"
mkdir -p "$out/texts"
CLONE=$clone OUT=$out python3 - <<'PY'
import csv, os, re, subprocess
clone, out = os.environ["CLONE"], os.environ["OUT"]
def git(*args):
    return subprocess.run(["git", "-C", clone, *args], capture_output=True, check=True).stdout
names = sorted(n for n in git("ls-tree", "-r", "--name-only", "-z", "HEAD").decode().split("\0")
               if n.startswith("data/") and n.endswith(".md"))
digit = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
dated = re.compile(r"[（(]\s*([一二三四五六七八九〇○零]{4})\s*年")
with open(os.path.join(out, "corpus.csv"), "w", newline="", encoding="utf-8") as f:
    rows = csv.writer(f)
    rows.writerow(["id", "file", "year", "title", "source"])
    kept = 0
    for n in names:
        text = git("show", "HEAD:" + n).decode("utf-8")
        m = dated.search(text[:600])
        if not m:
            continue  # no date line: no year
        year = int("".join(str(digit[c]) for c in m.group(1)))
        if year < 1949:
            continue
        base = os.path.basename(n)[:5]
        name = f"{year}-{base}.md"
        with open(os.path.join(out, "texts", name), "w", encoding="utf-8") as t:
            t.write(text)
        title = text.splitlines()[0].lstrip("# ").strip()
        rows.writerow([f"mao-{base}", "texts/" + name, year, title, "毛泽东选集/毛泽东文集"])
        kept += 1
print(f"{kept} documents in {out}")
PY
