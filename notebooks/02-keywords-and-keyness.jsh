// Keywords per year and keyness between years.
// Run: ./qushi jshell notebooks/02-keywords-and-keyness.jsh

// --- cell: open the corpus
var q = Qushi.open("seeds");

// --- cell: the distinctive terms and key phrases of each year (class-based TF-IDF)
var kw = q.keywords(10);
System.out.println(kw.where("group", "2026"));

// --- cell: TextRank instead, per document
System.out.println(q.keywords(Keywords.By.DOC, Keywords.Method.TEXTRANK, 5));

// --- cell: what 2026 says more (or less) than 2024: G², adjusted p, log ratio, log-odds z
var k = q.compare(2026, 2024);
System.out.println(k.first(15));

// --- cell: only the significant ones, sorted by effect size
var sig = Result.of(k.table().where(k.table().doubleColumn("p_adj").isLessThan(0.05)));
System.out.println(sig.sortDescending("log_ratio"));

// --- cell: every year against the rest and each consecutive pair, side by side
System.out.println(q.compareAll().first(10));

// --- cell: trend classes: emerging, vanished, rising, falling, stable
var trends = q.trends();
System.out.println(trends.where("trend", "EMERGING"));
