#!/usr/bin/env bash
# Assembles a corpus of policy documents for measurement (not committed: built here). Source: the
# spreadsheet data/Policies Data.xlsx of the public repository
# github.com/xvshiting/politic_analysis_paper_2025: plans, opinions and notices on digital
# government, AI and "smart" industry taken from government sites, one document a row (column A a
# number, B the release date as a spreadsheet day number, E the title, F the text); the first
# sheet holds the central ministries' documents, the second Shandong's. Each row with a date and a
# text of 100 characters or more is a document, its year the release date's, its source central or
# shandong. Eight rows are left out whose text contradicts their date: six dated 2013 that cite
# 二十大, 新质生产力 or 大模型 (2022 and later), one dated 2021 that cites 二十大, and one dated 2024 that
# is a plan for the 十二五 period (2011–2015). Three texts stop at the spreadsheet's limit of 32,767
# characters a cell (column truncated).
#
# What it is for: policy plans as PDFs give them (hard-wrapped and justified lines, tables, forms
# with blank dates), task lists that name the office responsible after each task
# (（省大数据局牵头）), terms nested in longer ones (智能制造 in 智能制造标准体系), two sources whose mix
# changes by year, and years of 3 to 32 documents.
#
#   bench/corpora/policy.sh [CLONE] OUT    # CLONE: a local clone (cloned if absent)
set -euo pipefail
source "$(dirname "$0")/clone.sh" https://github.com/xvshiting/politic_analysis_paper_2025 "$@"
CLONE=$clone OUT=$out python3 - <<'PY'
import csv, datetime, io, os, re, subprocess, zipfile
import xml.etree.ElementTree as ET

clone, out = os.environ["CLONE"], os.environ["OUT"]
book = subprocess.run(["git", "-C", clone, "show", "HEAD:data/Policies Data.xlsx"],
                      capture_output=True, check=True).stdout
ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
xlsx = zipfile.ZipFile(io.BytesIO(book))
shared = ["".join(t.text or "" for t in si.iter(ns + "t"))
          for si in ET.fromstring(xlsx.read("xl/sharedStrings.xml")).findall(ns + "si")]

def rows(sheet):
    """Yields each row of a sheet as {column letter: value}."""
    for row in ET.fromstring(xlsx.read(sheet)).iter(ns + "row"):
        cells = {}
        for c in row.findall(ns + "c"):
            v = c.find(ns + "v")
            if v is None:
                continue
            column = re.match(r"[A-Z]+", c.get("r")).group()
            cells[column] = shared[int(v.text)] if c.get("t") == "s" else v.text
        yield cells

# dated in the spreadsheet against what their own text says (see the header)
CONTRADICTED = {"central-20130821-161", "central-20130810-162", "central-20130809-163",
                "central-20130419-164", "central-20130308-165", "central-20130218-166",
                "shandong-20210624-030", "central-20240919-002"}
manifest = []
for sheet, source in (("xl/worksheets/sheet1.xml", "central"), ("xl/worksheets/sheet2.xml", "shandong")):
    for i, r in enumerate(rows(sheet)):
        if i == 0:
            continue  # the header
        try:
            date = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(r.get("B", ""))))
        except ValueError:
            continue  # undated
        text = (r.get("F") or "").strip()
        if len(text) < 100:
            continue
        doc = f"{source}-{date:%Y%m%d}-{int(float(r['A'])):03d}"
        if doc in CONTRADICTED:
            continue
        with open(os.path.join(out, doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(text.replace("\r\n", "\n") + "\n")
        manifest.append({"id": doc, "file": doc + ".txt", "year": date.year,
                         "title": (r.get("E") or "").strip(), "source": source,
                         "truncated": "yes" if len(text) >= 32767 else "no"})
with open(os.path.join(out, "corpus.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "file", "year", "title", "source", "truncated"])
    w.writeheader()
    w.writerows(manifest)
print(len(manifest), "documents in", out)
PY
