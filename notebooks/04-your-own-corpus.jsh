// Analysing your own corpus, with a lexicon of your own.
// Run: ./qushi jshell notebooks/04-your-own-corpus.jsh
//
// The example folder holds .txt files whose names start with their year (2019-…, 2022-…,
// 2025-…) and no manifest. A folder with a corpus.csv (id,file,year[,title,source]) opens with
// Qushi.open(folder) instead.

// --- cell: your terms, one per line ("term [pos [frequency]]"), kept whole by the segmenter
var options = Options.defaults().withLexicon(Resources.installed("notebooks/my-terms.txt"));
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

// --- cell: terms learned from the corpus itself, kept whole in every analysis. The three short
// files above are too little to learn from, so this cell uses the bundled seeds. Columns: the
// pieces the segmenter would cut it into, its frequency (its tokens), G², NPMI, how often one piece
// predicts the other (forward, backward), and the variety of characters on each side.
var seeds = Qushi.open("seeds");
System.out.println(seeds.terms().first(8));
// prints: /与会嘉宾\s+与会/嘉宾\s+\d+/

// --- cell: what the texts themselves put in quotation marks in two or more passages is a term
// too, whatever its pieces (slogans such as “两个维护” or “放管服” that no statistic would merge);
// such a term has no merge statistics, and its column "quoted" counts the passages that quote it
var declaration = seeds.terms().where("term", "张江宣言").get(0);
System.out.println(declaration.term() + " from " + declaration.pieces() + ", quoted in " + declaration.quoted() + " passages");
// prints: 张江宣言 from 张江/宣言, quoted in 2 passages

// --- cell: a learned term you do not want goes in a not-terms file (one per line); its pieces
// are then counted as before. A term that was not learned goes in your lexicon (first cell).
var text = Options.defaults().text();
var edited = Qushi.open("seeds", Options.defaults().withText(text.withNotTerms(Resources.installed("notebooks/not-terms.txt"))));
System.out.println(seeds.terms().where("term", "与会嘉宾一致认为").size() + " -> " + edited.terms().where("term", "与会嘉宾一致认为").size());
// prints: 1 -> 0

// --- cell: or turn learning off altogether (CLI: --no-learned-terms)
var plain = Qushi.open("seeds", Options.defaults().withText(text.withLearnTerms(false)));
System.out.println("大学教授 a token: " + seeds.corpus().vocabularyWords().contains("大学教授") + " with learning, " + plain.corpus().vocabularyWords().contains("大学教授") + " without (" + plain.terms().size() + " terms learned)");
// prints: 大学教授 a token: true with learning, false without (0 terms learned)

// --- cell: a large corpus is prepared once: with the command line's cache (~/.cache/qushi),
// opening it again — in this session, the next one, or with ./qushi — reads what was prepared,
// unless a file, an option or qushi itself changed. The numbers are the same either way.
var cachedOptions = Options.defaults().withCache(Options.defaultCache());
var first = Qushi.open("seeds", cachedOptions);
var again = Qushi.open("seeds", cachedOptions);
System.out.println(again.count("人工智能").toString().equals(seeds.count("人工智能").toString()));
// prints: true

// --- cell: save a table for Excel (UTF-8 with BOM)
var saved = q.count("城市更新", "低空经济").save(System.getProperty("java.io.tmpdir") + "/qushi-counts.csv");
System.out.println("saved " + saved);
// prints: saved 
