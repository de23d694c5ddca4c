// Keywords per year and keyness between years.
// Run: ./qushi jshell notebooks/02-keywords-and-keyness.jsh

// --- cell: open the corpus
var q = Qushi.open("seeds");

// --- cell: the distinctive terms and key phrases of each year (keyness of the year against the rest)
var kw = q.keywords(10);
System.out.println(kw.where("group", "2026").first(10));
// prints: /2026\s+term\s+1\s/

// --- cell: TextRank instead, per document
System.out.println(q.keywords(Keywords.By.DOC, Keywords.Method.TEXTRANK, 5).first(5));
// prints: wlf2021-frontier

// --- cell: what 2026 says more (or less) than 2024: G², adjusted p, log ratio, log-odds z
var k = q.compare(2026, 2024);
System.out.println(k.first(15));
// prints: KeynessTable[target=

// --- cell: only the significant terms between 2021 and 2024, the strongest first
var sig = q.compare(2024, 2021).significant();
System.out.println(sig.size() + " significant; first: " + sig.get(0).term());
// prints: / significant; first: /

// --- cell: every year against the rest and each consecutive pair, side by side
q.compareAll().first(5).show();
// prints: per10k_2021

// --- cell: how many terms of each trend class: EMERGING, RISING, PEAKED, DIPPED, FALLING, FADING,
// VANISHED, STABLE (no change the tests establish) and SPARSE (too rare to test)
var trends = q.trends();
System.out.println(trends.counts());
// prints: STABLE=
