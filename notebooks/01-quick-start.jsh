// qushi quick start: open the bundled corpus and ask one question per line.
// Run: ./qushi jshell notebooks/01-quick-start.jsh

// --- cell: open the corpus (cleaned, split into passages and segmented once)
var q = Qushi.open("seeds");
System.out.println(q);

// --- cell: how big is each year? Rates, not counts, compare years of such different sizes.
System.out.println(q.stats());

// --- cell: counts and rates per 10,000 tokens of a few terms
System.out.println(q.count("新质生产力", "具身智能", "人工智能", "碳中和"));

// --- cell: every occurrence of a term, with its context (as many lines as the count)
var lines = q.kwic("具身智能");
System.out.println(lines);

// --- cell: the Tablesaw table behind any result, for your own slicing
Table t = q.count("未来产业").table();
System.out.println(t.structure());
