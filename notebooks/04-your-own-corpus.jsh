// Analysing your own corpus, with a lexicon of your own.
// Run: ./qushi jshell notebooks/04-your-own-corpus.jsh
//
// The example folder holds .txt files whose names start with their year (2019-…, 2022-…,
// 2025-…) and no manifest. A folder with a corpus.csv (id,file,year[,title,source]) opens with
// Qushi.open(folder) instead.

// --- cell: your terms, one per line ("term [pos [frequency]]"), kept whole by the segmenter
var options = Options.defaults().withLexicon(Path.of("notebooks/my-terms.txt"));
var q = Qushi.openByFileName("notebooks/example-corpus", options);
System.out.println(q.stats());
// prints: /2025\s+1\s/

// --- cell: is your term a whole token now?
System.out.println(q.segmented(null).get(0));
// prints:  城市更新 

// --- cell: counts and context
System.out.println(q.count("城市更新", "低空经济", "数据要素"));
System.out.println(q.kwic("低空经济", 12));
// prints: /低空经济\s+2025\s+\d+/

// --- cell: what the latest year emphasises against the earlier ones
System.out.println(q.compare(2025).first(10));
// prints: KeynessTable[

// --- cell: save a table for Excel (UTF-8 with BOM)
var saved = q.count("城市更新", "低空经济").save(System.getProperty("java.io.tmpdir") + "/qushi-counts.csv");
System.out.println("saved " + saved);
// prints: saved 
