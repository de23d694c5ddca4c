// Periods, trend shapes and comparisons within sources, on six years of two kinds of text.
// Run: ./qushi jshell notebooks/05-periods-trends-and-sources.jsh
//
// The seeds are forum reports (2021, 2024, 2026); the example corpus holds three city work
// reports (2019, 2022, 2025). Together: six years, two kinds of text, and the kind changes from
// year to year, as sources often do in real collections. 2020 and 2023 are missing: gaps, not zeros.

// --- cell: one corpus from both folders, each document labelled with its kind
Document labelled(Document d, String kind) {
  var meta = new LinkedHashMap<String, String>(d.metadata());
  meta.put("kind", kind);
  return new Document(d.id(), d.file(), d.year(), d.title(), d.source(), meta, d.content());
}
var docs = new ArrayList<Document>();
Corpus.load("seeds").documents().forEach(d -> docs.add(labelled(d, "forum")));
Corpus.loadByFileName("notebooks/example-corpus").documents().forEach(d -> docs.add(labelled(d, "city report")));
var q = Qushi.of(new Corpus(Path.of("."), docs, null));
System.out.println(q.stats());
// prints: /2019\s+1\s/

// --- cell: periods: a year, FROM..TO, a comma list, or rest; per10k = occurrences in its years / its tokens
var k = q.compare("2024..2026", "2019..2022");
System.out.println(k.first(10));
// prints: KeynessTable[target=

// --- cell: the same periods side by side: per10k in each, the later against the earlier
var view = q.comparePeriods("2019..2022,2024..2026");
view.columns("term", "per10k_2019..2022", "per10k_2024..2026", "p_adj_2019..2022_to_2024..2026", "top_doc_share").first(5).show();
// prints: per10k_2019..2022

// --- cell: the trend of every term over all six years: shape, onset, peak and last year
// (with a document or two a year, a term that emerges may be one document's: see the last cells)
var t = q.trends();
System.out.println(t.counts());
System.out.println(t.of(TrendClass.EMERGING).stream().limit(5).toList());
// prints: EMERGING=

// --- cell: the units of the tests: documents when most of the text is in years of two or more (the passages of one
// document share its subject, so they are not independent), else passages, as here: 2019 has one
System.out.println(q.documentUnits());
// prints: false

// --- cell: trends of phrases, counted by a text search whatever the segmenter made of them
q.trends("人工智能", "新质生产力", "城市更新").columns("term", "trend", "onset_year", "peak_year", "last_year", "gaps").show();
// prints: /新质生产力\s+[A-Z]+/

// --- cell: what a term is said with, early and late: its collocates within each period (each period's
// sentences alone; NPMI, then the sentences the two share)
q.cooccurByPeriod("2019..2022,2024..2026", "人工智能").show();
// prints: /2024\.\.2026\s+人工智能/

// --- cell: the kind of text changes with the year: compare within each kind (Mantel–Haenszel);
// crude_log_ratio is the comparison that ignores the kinds
var s = q.compareByStratum("kind", "2024..2026", "2019..2022");
System.out.println(s.first(8));
// prints: StratifiedTable[2024..2026 vs 2019..2022 within kind

// --- cell: the trend within each kind: one slope over the years, each kind at a level of its own, so a term
// that one kind uses does not rise because that kind has more text in later years; crude_change_per_year is
// the slope of all the text, which ignores the kinds
var within = q.trendsByStratum("kind");
System.out.println(within.first(8));
// prints: StratifiedTrendTable[within kind: 2 strata used

// --- cell: terms whose "change" is one document's: the top document holds ≥ 80% of them
System.out.println(k.significant().stream().filter(r -> r.concentrated()).map(r -> r.term() + " " + r.topDocument()).toList());
// prints: [

// --- cell: the keywords of each kind of text (a manifest column), each with the document that
// holds most of it: a keyword at top_doc_share ≥ 0.8 is one document's, not the kind's
var byKind = q.keywords(KeywordOptions.defaults().byColumn("kind").withTop(5).withPhrases(0));
byKind.columns("group", "rank", "term", "frequency", "top_doc", "top_doc_share").show();
// prints: /city report\s+1\s/
