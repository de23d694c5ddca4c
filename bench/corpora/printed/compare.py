"""Compares two `qushi count --format csv` outputs of the same terms: prints how many term x year
cells agree, how many terms agree in every year, and each cell that differs.

    python3 compare.py FILES.csv SOURCE.csv LABEL
"""
import csv
import sys

files = {(r["term"], r["year"]): r["count"] for r in csv.DictReader(open(sys.argv[1]))}
source = {(r["term"], r["year"]): r["count"] for r in csv.DictReader(open(sys.argv[2]))}
terms = sorted({t for t, _ in source})
cells = sum(files.get(k) == source[k] for k in source)
whole = sum(all(files.get(k) == source[k] for k in source if k[0] == t) for t in terms)
print(f"{sys.argv[3]}: {cells} of {len(source)} term x year cells equal, {whole} of {len(terms)} terms in every year")
for k in source:
    if files.get(k) != source[k]:
        print(f"  {k[0]} {k[1]}: files {files.get(k)}, source {source[k]}")
