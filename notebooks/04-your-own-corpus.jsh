// Analysing your own corpus, with a lexicon of your own.
// Run: ./qushi jshell notebooks/04-your-own-corpus.jsh
//
// Set folder (first cell) to your corpus: a folder with a corpus.csv manifest (file,year[,id,
// title,source], or text,year with the texts in it, a row a post), or one whose files' names or folders give their year (2019-….txt, 报告-2022.pdf,
// 2023/….docx) and no manifest, as the example folder here. Set terms to the words you follow.

// --- cell: your corpus, and your terms, one per line ("term [pos [frequency]]"), kept whole by
// the segmenter
var folder = Resources.installed("notebooks/example-corpus");
var options = Options.defaults().withLexicon(Resources.installed("notebooks/my-terms.txt"));
var q = Files.exists(folder.resolve("corpus.csv")) ? Qushi.open(folder, options, Progress.NONE) : Qushi.openByFileName(folder, options, Progress.NONE);
var years = q.years();
var latest = years[years.length - 1];
var terms = List.of("城市更新", "低空经济", "数据要素");
System.out.println(q.stats());
// prints: /2025\s+1\s/

// --- cell: is your term a whole token now?
System.out.println(q.segmented(null).get(0));
// prints:  城市更新 

// --- cell: counts and context (a term that does not occur counts 0 in every year, and its
// context lines print "(no rows)")
System.out.println(q.count(terms));
System.out.println(q.kwic(terms.get(1), 12));
// prints: /year\s+城市更新\s+低空经济\s+数据要素\s/
// prints: /2025\s+\d+\s+\d+\s+\d+\s/

// --- cell: what the latest year emphasises against the earlier ones
System.out.println(q.compare(latest).first(10));
// prints: KeynessTable[

// --- cell: terms learned from the corpus itself, kept whole in every analysis. Columns: the
// pieces the segmenter would cut it into, its frequency (its tokens, and the tokens of longer
// learned terms whose pieces spell it), its occurrences, G², NPMI, how often one piece
// predicts the other (forward, backward), and the variety of characters on each side. The three
// short example files are too little to learn from, so this cell then shows the bundled seeds;
// the cells after it show on the seeds how to override what was learned.
var seeds = Qushi.open("seeds");
System.out.println((q.terms().size() > 0 ? q : seeds).terms().first(8));
// prints: /与会嘉宾\s+与会/嘉宾\s+\d+/

// --- cell: a term's frequency counts its own tokens and those of the learned terms whose pieces
// spell it in a run, which every chart and test counts; its occurrences are what count finds in
// the text. They differ where no run of pieces spells it: 清华大学教授, learned from
// 清华大学/教授, and 上海交通大学 教授 hold 大学教授 but no token of it
var professor = seeds.terms().where("term", "大学教授").get(0);
System.out.println(professor.term() + ": " + professor.frequency() + " tokens, " + professor.occurrences() + " occurrences");
// prints: 大学教授: 34 tokens, 54 occurrences

// --- cell: what the texts themselves put in quotation marks in two or more passages is a term
// too, whatever its pieces (slogans such as “两个维护” or “放管服” that no statistic would merge);
// such a term has no merge statistics, and its column "quoted" counts the passages that quote it
var declaration = seeds.terms().where("term", "张江宣言").get(0);
System.out.println(declaration.term() + " from " + declaration.pieces() + ", quoted in " + declaration.quoted() + " passages");
// prints: 张江宣言 from 张江/宣言, quoted in 2 passages

// --- cell: a learned term you do not want goes in a not-terms file (one per line); its pieces
// are then counted as before. A term that was not learned goes in your lexicon (first cell).
var edited = Qushi.open("seeds", Options.defaults().withNotTerms(Resources.installed("notebooks/not-terms.txt")));
System.out.println(seeds.terms().where("term", "与会嘉宾一致认为").size() + " -> " + edited.terms().where("term", "与会嘉宾一致认为").size());
// prints: 1 -> 0

// --- cell: or turn learning off altogether (CLI: --no-learned-terms)
var plain = Qushi.open("seeds", Options.defaults().withoutLearnedTerms());
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

// --- cell: save a table for Excel (UTF-8 with BOM; a name ending in .tsv writes tab-separated)
var saved = q.count(terms).save(System.getProperty("java.io.tmpdir") + "/qushi-counts.csv");
System.out.println("saved " + saved);
// prints: saved 
