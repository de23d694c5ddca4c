// qushi quick start: open the bundled corpus and ask one question per line.
// Run: ./qushi jshell notebooks/01-quick-start.jsh
// Lines starting with "// prints:" say what the cell above prints (the build checks them).

// --- cell: open the corpus (read, cleaned, split into passages, segmented and counted once)
var q = Qushi.open("seeds");
System.out.println(q);
// prints: Qushi[PreparedCorpus[5 documents

// --- cell: what can I ask? Every question, with the command line that answers it
System.out.println(q.help());
// prints: q.compare(2026, 2024)

// --- cell: how big is each year? Rates, not counts, compare years of such different sizes.
System.out.println(q.stats());
// prints: /year\s+documents\s+sections\s+passages/

// --- cell: counts and rates per 10,000 tokens of a few terms
System.out.println(q.count("新质生产力", "具身智能", "人工智能", "碳中和"));
// prints: /year\s+新质生产力\s+具身智能\s+人工智能\s+碳中和\s/
// prints: /2024\s+23\s/

// --- cell: every occurrence of a term, with its context (as many lines as the count)
var lines = q.kwic("具身智能");
System.out.println(lines.size() + " lines");
System.out.println(lines.first(3));
// prints: /\d+ lines/

// --- cell: the Tablesaw table behind any result, for your own slicing
Table t = q.count("未来产业").table();
System.out.println(t.structure());
// prints: per10k
