package qushi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.IntStream;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.Comparisons;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.RateInterval;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;
import qushi.analytics.context.Kwic;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.internal.TextFiles;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.maps.Correspondence;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.DendrogramOptions;
import qushi.analytics.maps.TermClustering;
import qushi.analytics.maps.TermMap;
import qushi.analytics.maps.TermMapOptions;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Lexicon;
import qushi.analytics.text.TermDiscovery;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.text.Token;
import qushi.analytics.topics.LdaModel;
import qushi.analytics.topics.LdaOptions;
import qushi.analytics.topics.LdaProgress;
import qushi.analytics.topics.LdaTrainer;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicModeler;
import qushi.analytics.topics.TopicOptions;
import qushi.analytics.topics.TopicRows;
import qushi.analytics.topics.TopicSweep;

/**
 * The front door: open a corpus once (it is read, cleaned, segmented and counted then), ask one
 * question per call. The command line, the report, jshell and the notebooks all come through here;
 * every method has the name of the CLI command that answers the same question, and every result is
 * a table with the CLI's column names that prints well in jshell.
 *
 * <pre>
 * var q = Qushi.open("seeds");
 * q.stats();
 * q.count("新质生产力", "具身智能");
 * q.keywords();
 * q.compare(2026, 2024);
 * q.kwic("具身智能");
 * q.topics(8);
 * q.help();                       // every question one can ask
 * </pre>
 *
 * <p>Immutable and thread-safe. Random steps draw from the {@link RandomSource} of the options'
 * seed, so the same corpus, options and seed give the same results.
 */
public final class Qushi implements CorpusCounts {
  private final PreparedCorpus corpus;
  private final Options options;
  private final Progress progress;
  private final Comparisons comparisons;

  private Qushi(PreparedCorpus corpus, Options options, Progress progress) {
    this.corpus = corpus;
    this.options = options;
    this.progress = progress;
    this.comparisons = new Comparisons(corpus);
  }

  /**
   * Returns the corpus in {@code folder} (with a corpus.csv manifest), prepared with default
   * options.
   */
  public static Qushi open(String folder) {
    return open(Path.of(folder), Options.defaults(), Progress.NONE);
  }

  /** Returns the corpus in {@code folder} prepared with {@code options} (e.g. your own lexicon). */
  public static Qushi open(String folder, Options options) {
    return open(Path.of(folder), options, Progress.NONE);
  }

  /**
   * Returns the corpus in {@code folder}, read through its corpus.csv, prepared with {@code
   * options}, reporting the preparation stages and later long computations to {@code progress}.
   *
   * @throws BadInputException naming the file and the problem when the corpus cannot be used
   */
  public static Qushi open(Path folder, Options options, Progress progress) {
    return of(Corpus.load(folder, options.allowFilesOutside()), options, progress);
  }

  /**
   * Returns a folder of {@code .txt} files whose names start with their year ({@code 2023-a.txt}),
   * prepared.
   */
  public static Qushi openByFileName(String folder, Options options) {
    return openByFileName(Path.of(folder), options, Progress.NONE);
  }

  /**
   * Returns a folder of files whose names start with their year, prepared, reporting to {@code
   * progress}.
   */
  public static Qushi openByFileName(Path folder, Options options, Progress progress) {
    return of(Corpus.loadByFileName(folder), options, progress);
  }

  /**
   * Returns the entries of a list file (terms, watch terms): one per line, stripped, blank lines
   * and lines starting with {@code #} left out.
   *
   * @param what what the file holds, for the message ("term file")
   * @throws BadInputException naming the file when it is missing or not text
   */
  public static List<String> readList(Path file, String what) {
    return TextFiles.readList(file, what);
  }

  /** Returns {@code corpus} prepared with {@code options}, reporting to {@code progress}. */
  public static Qushi of(Corpus corpus, Options options, Progress progress) {
    return new Qushi(
        PreparedCorpus.of(corpus, TextPipeline.of(options.text()), progress), options, progress);
  }

  /**
   * Returns the front door of a corpus already prepared (e.g. by an {@link Engine}'s workers with
   * {@link PreparedCorpus#assemble}), analysed with {@code options}.
   */
  public static Qushi of(PreparedCorpus prepared, Options options, Progress progress) {
    return new Qushi(prepared, options, progress);
  }

  /** Returns {@code corpus} prepared with default options. */
  public static Qushi of(Corpus corpus) {
    return of(corpus, Options.defaults(), Progress.NONE);
  }

  /** Returns a copy that reports long computations (topics) to {@code progress}. */
  public Qushi withProgress(Progress progress) {
    return new Qushi(corpus, options, progress);
  }

  /** Returns where long computations report their progress. */
  public Progress progress() {
    return progress;
  }

  /** Returns the prepared corpus: cleaned documents, passages, vocabulary, tokens and counts. */
  public PreparedCorpus corpus() {
    return corpus;
  }

  /** Returns the options in force. */
  public Options options() {
    return options;
  }

  /** Returns the run's source of randomness (from the options' seed). */
  public RandomSource random() {
    return options.random();
  }

  /** Returns the years, ascending. */
  @Override
  public int[] years() {
    return corpus.years();
  }

  /** Returns documents, sections, passages, characters, tokens and terms per year. */
  @Override
  public Rows<YearStats> stats() {
    return Rows.of("stats", YearStats.class, corpus.stats());
  }

  /**
   * Returns the paragraphs dropped as boilerplate: repeated at the start or end of several
   * documents (licence footers, mastheads), with the number of documents and occurrences.
   */
  public Rows<Boilerplate.Paragraph> boilerplate() {
    return Rows.of("boilerplate", Boilerplate.Paragraph.class, corpus.boilerplate());
  }

  /**
   * Returns count and per10k of each term or phrase in each year (a text search of the cleaned
   * text).
   */
  public Rows<TermCount> count(String... terms) {
    return count(List.of(terms));
  }

  /** Returns count and per10k of each term or phrase in each year. */
  @Override
  public Rows<TermCount> count(List<String> terms) {
    return Rows.of("counts", TermCount.class, corpus.count(terms));
  }

  /**
   * Returns count and per10k of each term in each year with a bootstrap interval of the rate
   * (passages of the year resampled; {@link RandomSource.Step#RATE_BOOTSTRAP}).
   */
  public Rows<TermInterval> count(List<String> terms, BootstrapOptions bootstrap) {
    long seed = random().seed(RandomSource.Step.RATE_BOOTSTRAP, 0);
    List<TermInterval> out = new ArrayList<>();
    for (TermCount c : corpus.count(terms)) {
      RateInterval r = comparisons.interval(c.term(), c.year(), bootstrap, seed);
      out.add(new TermInterval(c.term(), c.year(), c.count(), c.per10k(), r.lower(), r.upper()));
    }
    return Rows.of("counts", TermInterval.class, out);
  }

  /**
   * Returns the top 20 keywords of each year (keyness of the year against the rest, see {@link
   * Keywords}) and its key phrases.
   */
  public Rows<Keyword> keywords() {
    return keywords(KeywordOptions.defaults());
  }

  /**
   * Returns the top {@code top} keywords (keyness against the rest) and key phrases of each year.
   */
  public Rows<Keyword> keywords(int top) {
    return keywords(KeywordOptions.defaults().withTop(top).withPhrases(top));
  }

  /** Returns keywords (and key phrases) grouped and scored as asked. */
  public Rows<Keyword> keywords(Keywords.By by, Keywords.Method method, int top) {
    return keywords(
        KeywordOptions.defaults().withBy(by).withMethod(method).withTop(top).withPhrases(top));
  }

  /** Returns keywords and key phrases as {@code options} ask. */
  @Override
  public Rows<Keyword> keywords(KeywordOptions options) {
    return Rows.of("keywords", Keyword.class, Keywords.of(corpus, options));
  }

  /** Returns the keyness table of year {@code target} against year {@code reference}. */
  public KeynessTable compare(int target, int reference) {
    return compare(target, reference, KeynessOptions.defaults());
  }

  /** Returns the keyness table of year {@code target} against all other years. */
  public KeynessTable compare(int target) {
    return compare(target, null, KeynessOptions.defaults());
  }

  /**
   * Returns the keyness table of {@code target} against {@code reference} (a year, or null for all
   * other years).
   *
   * @throws BadInputException if a year is not in the corpus or both are the same
   */
  @Override
  public KeynessTable compare(int target, Integer reference, KeynessOptions options) {
    return comparisons.compare(target, reference, options);
  }

  /**
   * Returns the keyness table of period {@code target} against period {@code reference}, each
   * written as a year, {@code FROM..TO}, a comma list, or {@code rest}: {@code
   * q.compare("2018..2025", "2013..2017")}.
   *
   * @throws BadInputException if a period is malformed, covers no year, or the two overlap
   */
  public KeynessTable compare(String target, String reference) {
    return compare(Period.parse("target", target), Period.parse("reference", reference), keyness());
  }

  /**
   * Returns the keyness table of the target period against the reference period (or {@link
   * Period#REST}): per10k of a period = occurrences in its years / its tokens; the table is named
   * by the periods and gives each term's top document and its share.
   *
   * @throws BadInputException if a period covers no year or the two overlap
   */
  public KeynessTable compare(Period target, Period reference, KeynessOptions options) {
    return comparisons.compare(target, reference, options);
  }

  /**
   * Returns the keyness of the given terms or phrases only, each counted in every passage by a
   * search of the cleaned text, so multiword expressions the segmenter splits are compared whole;
   * the multiple-testing family is these terms.
   */
  public KeynessTable compare(
      List<String> terms, Period target, Period reference, KeynessOptions options) {
    return Comparisons.of(corpus, terms).compare(target, reference, options);
  }

  /**
   * Returns the view over consecutive periods written as {@code 2013..2017,2018..2025}: per10k in
   * each period and each later period against the one before.
   */
  public Tabular comparePeriods(String periods) {
    return comparePeriods(Period.parseList("periods", periods), keyness(), Integer.MAX_VALUE);
  }

  /** Returns the first {@code top} terms of the view over consecutive periods. */
  public Tabular comparePeriods(List<Period> periods, KeynessOptions options, int top) {
    return comparisons.periods(periods, options, top);
  }

  /**
   * Returns the comparison of the target period with the reference period within the strata named
   * by the manifest column {@code column} (e.g. "source"): Mantel–Haenszel over the strata that
   * have text on both sides; see {@link qushi.analytics.compare.Comparisons#compareByStratum}.
   */
  public StratifiedTable compareByStratum(String column, String target, String reference) {
    return compareByStratum(
        column, Period.parse("target", target), Period.parse("reference", reference), keyness());
  }

  /** Returns the stratified comparison under {@code options}. */
  public StratifiedTable compareByStratum(
      String column, Period target, Period reference, KeynessOptions options) {
    return comparisons.compareByStratum(column, target, reference, options);
  }

  /** Returns the stratified comparison of the given terms or phrases only (text search). */
  public StratifiedTable compareByStratum(
      List<String> terms, String column, Period target, Period reference, KeynessOptions options) {
    return Comparisons.of(corpus, terms).compareByStratum(column, target, reference, options);
  }

  private static KeynessOptions keyness() {
    return KeynessOptions.defaults();
  }

  /**
   * Returns the first {@code top} rows of the keyness table with bootstrap intervals of the rates
   * beside them ({@code target_lower}, {@code target_upper}, and for a reference year {@code
   * reference_lower}, {@code reference_upper}).
   */
  public Tabular compare(
      int target, Integer reference, KeynessOptions options, BootstrapOptions bootstrap, int top) {
    KeynessTable k = compare(target, reference, options).first(top);
    return comparisons.withIntervals(
        k, target, reference, bootstrap, random().seed(RandomSource.Step.RATE_BOOTSTRAP, 0));
  }

  /**
   * Returns the multi-period view: every year against the rest and consecutive pairs, side by side.
   */
  public Tabular compareAll() {
    return compareAll(KeynessOptions.defaults(), Integer.MAX_VALUE);
  }

  /** Returns the first {@code top} terms of the multi-period view under {@code options}. */
  @Override
  public Tabular compareAll(KeynessOptions options, int top) {
    return comparisons.all(options, top);
  }

  /**
   * Returns the trend of every term over all years: a test of change over time with passages as the
   * unit and a shape (emerging, rising, peaked, dipped, falling, fading, vanished, stable, sparse)
   * with onset, peak and last years.
   */
  public TrendTable trends() {
    return trends(TrendOptions.defaults());
  }

  /**
   * Returns the trend of every term under {@code options}.
   *
   * @throws BadInputException if the corpus has fewer than two years
   */
  @Override
  public TrendTable trends(TrendOptions options) {
    return comparisons.trend(options);
  }

  /**
   * Returns the trend of every term over the years of {@code years} (null for all).
   *
   * @throws BadInputException if fewer than two years are left
   */
  public TrendTable trends(Period years, TrendOptions options) {
    return comparisons.trend(years, options);
  }

  /** Returns the trends of the given terms or phrases (text search), over all years. */
  public TrendTable trends(String... terms) {
    return trends(List.of(terms), null, TrendOptions.defaults());
  }

  /**
   * Returns the trends of the given terms or phrases only, each counted in every passage by a
   * search of the cleaned text; the multiple-testing family is these terms.
   */
  public TrendTable trends(List<String> terms, Period years, TrendOptions options) {
    return Comparisons.of(corpus, terms).trend(years, options);
  }

  /**
   * Returns every occurrence of {@code term} with {@value Kwic#DEFAULT_WINDOW} characters of
   * context on each side.
   */
  public Rows<Kwic.Line> kwic(String term) {
    return kwic(term, Kwic.DEFAULT_WINDOW);
  }

  /**
   * Returns every occurrence of {@code term} with {@code window} characters of context on each
   * side.
   */
  public Rows<Kwic.Line> kwic(String term, int window) {
    return Rows.of("kwic", Kwic.Line.class, Kwic.of(corpus, term, window));
  }

  /** Returns the 50 most associated term pairs (by NPMI) within sentences. */
  public Rows<Cooccurrence.Pair> cooccur() {
    return cooccur(CooccurOptions.defaults());
  }

  /** Returns term pairs as {@code options} ask. */
  public Rows<Cooccurrence.Pair> cooccur(CooccurOptions options) {
    return Rows.of("cooccur", Cooccurrence.Pair.class, Cooccurrence.of(corpus, options));
  }

  /**
   * Returns the Ward dendrogram of the 40 terms in the most passages, by the passages they share,
   * cut into 6 clusters (see {@link TermClustering}).
   */
  public Dendrogram dendrogram() {
    return dendrogram(DendrogramOptions.defaults());
  }

  /** Returns the Ward dendrogram of terms as {@code options} ask. */
  public Dendrogram dendrogram(DendrogramOptions options) {
    return TermClustering.of(corpus, options);
  }

  /**
   * Returns the correspondence analysis of the 40 terms whose spread over the years departs most
   * from the years' sizes × the years: terms and years in one plane (see {@link Correspondence}).
   */
  public TermMap termMap() {
    return termMap(TermMapOptions.defaults());
  }

  /** Returns the correspondence analysis of terms × years as {@code options} ask. */
  public TermMap termMap(TermMapOptions options) {
    return Correspondence.of(corpus, options);
  }

  /** Returns a topic model with {@code k} topics (default settings: 5 runs for stability). */
  public TopicModel topics(int k) {
    return topics(TopicOptions.defaults().withTopics(k));
  }

  /**
   * Returns a topic model fitted with {@code options}.
   *
   * @throws BadInputException if too little text is left for a model
   */
  public TopicModel topics(TopicOptions options) {
    return new TopicModeler(corpus, options).fit(options, random(), progress);
  }

  /**
   * Returns a topic model whose K is chosen by a sweep over {@link TopicSweep#DEFAULT_KS} (the
   * elbow of held-out perplexity), the other settings from {@code options}.
   */
  public TopicModel topicsChoosingK(TopicOptions options) {
    int k =
        TopicSweep.chosen(
            sweep(TopicSweep.DEFAULT_KS.stream().mapToInt(Integer::intValue).toArray(), options)
                .list());
    return topics(options.withTopics(k));
  }

  /** Returns the K sweep over {@code from..to} in steps of {@code step}, the chosen K marked. */
  public Rows<TopicRows.Sweep> sweep(int from, int to, int step) {
    if (from < 2 || to < from || step < 1) {
      throw BadInputException.option(
          "sweep", "needs 2 ≤ from ≤ to and step ≥ 1, was " + from + ".." + to + ":" + step);
    }
    return sweep(
        IntStream.iterate(from, k -> k <= to, k -> k + step).toArray(), TopicOptions.defaults());
  }

  /** Returns the K sweep over {@code ks} with the other settings from {@code options}. */
  public Rows<TopicRows.Sweep> sweep(int[] ks, TopicOptions options) {
    int[] distinct = Arrays.stream(ks).distinct().sorted().toArray();
    for (int k : distinct) options.withTopics(k); // checks every K before any work
    return Rows.of(
        "sweep",
        TopicRows.Sweep.class,
        TopicSweep.run(new TopicModeler(corpus, options), distinct, options, random(), progress));
  }

  /**
   * Returns the topic proportions of {@code text} under {@code model}, indexed by topic id − 1: the
   * text is cleaned and segmented like the corpus, and its terms are scored with the model.
   */
  public double[] infer(TopicModel model, String text) {
    TextPipeline p = corpus.text();
    List<Token> tokens = p.segmenter().segment(p.normalizer().normalize(text));
    return model.infer(tokens.stream().filter(p.filter()::isTerm).map(Token::word).toList());
  }

  /**
   * Returns candidate terms found in the corpus that the lexicon and HanLP's core dictionary lack,
   * best first (see {@link TermDiscovery}).
   */
  public Rows<TermDiscovery.Candidate> discover(int maxLength, int minFrequency, int top) {
    Set<String> known = new HashSet<>();
    for (Lexicon.Entry e : corpus.text().lexicon().entries()) known.add(e.term());
    List<String> texts = corpus.documents().stream().map(CleanDocument::text).toList();
    return Rows.of(
        "discover",
        TermDiscovery.Candidate.class,
        TermDiscovery.discover(
            texts,
            corpus.text().segmenter(),
            known,
            corpus.text().filter().stopwords(),
            maxLength,
            minFrequency,
            top));
  }

  /**
   * Returns the multiword terms learned from the corpus and kept whole in every analysis, largest
   * G² first, with their counts as tokens and the statistics they were learned with (see {@link
   * TermLearner}); empty when learning is off ({@code TextOptions.learnTerms}).
   */
  public Rows<TermLearner.Term> terms() {
    return Rows.of("terms", TermLearner.Term.class, corpus.learnedTerms());
  }

  /**
   * Returns the segmented text of each passage of document {@code docId} (every document when
   * null): one line per passage, all tokens (punctuation too) separated by single spaces.
   *
   * @throws BadInputException if there is no such document
   */
  public List<String> segmented(String docId) {
    return corpus.segmented(docId);
  }

  /**
   * Returns the cleaned text of document {@code docId} (every document's, in corpus order, when
   * null), paragraphs separated by line breaks.
   *
   * @throws BadInputException if there is no such document
   */
  public List<String> cleaned(String docId) {
    if (docId != null) return List.of(corpus.document(docId).text());
    return corpus.documents().stream().map(CleanDocument::text).toList();
  }

  /**
   * Returns an LDA model trained on pre-tokenised documents (token ids in [0, V)), reporting each
   * sweep to {@code progress}: the sampler alone, for benchmarks and for corpora tokenised
   * elsewhere.
   */
  public static LdaModel lda(
      int[][] docs, int vocabularySize, LdaOptions options, LdaProgress progress) {
    return LdaTrainer.train(docs, vocabularySize, options, options.iterations(), progress);
  }

  /**
   * Writes the HTML report of this corpus with default report options into {@code dir} and returns
   * the path of its {@code index.html}.
   *
   * @throws IllegalStateException if the reports module is not on the class path
   */
  public Path report(Path dir) {
    ReportWriter writer =
        ServiceLoader.load(ReportWriter.class)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the report needs the qushi-reports module on the class path (./qushi"
                            + " jshell has it)"));
    return writer.write(this, dir);
  }

  /** Returns the report written into {@code dir} (a path given as text). */
  public Path report(String dir) {
    return report(Path.of(dir));
  }

  /** Returns the questions one can ask, one per line, with the CLI command that answers each. */
  public String help() {
    return String.join(
        "\n",
        "qushi — questions to ask an opened corpus (q = Qushi.open(\"folder\"))",
        "  q.stats()                        documents, passages, characters, tokens per year     "
            + " (qushi stats)",
        "  q.boilerplate()                  paragraphs dropped as boilerplate                   "
            + " (stats --boilerplate)",
        "  q.count(\"词\", …)                 occurrences and per10k per year                       "
            + " (qushi count)",
        "  q.count(List.of(\"词\"), BootstrapOptions.defaults())   … with 95% bootstrap intervals "
            + " (count --ci)",
        "  q.keywords() / q.keywords(10)    distinctive terms and key phrases per year           "
            + " (qushi keywords)",
        "  q.compare(2026, 2024)            keyness of one year against another                "
            + " (qushi compare)",
        "  q.compare(2026)                  one year against all the others",
        "  q.compare(\"2018..2025\", \"2013..2017\")  periods: a year, FROM..TO, a list, rest     "
            + " (compare --target P --reference P)",
        "  q.comparePeriods(\"2013..2017,2018..2025\")  consecutive periods side by side           "
            + " (compare --periods)",
        "  q.compareByStratum(\"source\", \"2024\", \"2021\")  within sources (Mantel–Haenszel)"
            + "    (compare --strata source)",
        "  q.compareAll()                   every year vs the rest and consecutive pairs        "
            + " (compare --all)",
        "  q.trends()                       trend shape of every term: onset, peak, last year   "
            + " (compare --trend)",
        "  q.trends(\"新质生产力\", \"碳达峰\")  trends of phrases (text search)                     "
            + " (compare --trend --terms …)",
        "  q.kwic(\"词\")                     every occurrence in context                          "
            + " (qushi kwic)",
        "  q.cooccur()                      term pairs by NPMI within sentences                 "
            + " (qushi cooccur)",
        "  q.termMap()                      terms × years in one plane (correspondence analysis)"
            + " (qushi map)",
        "  q.dendrogram()                   Ward tree of terms by shared passages               "
            + " (map --show leaves)",
        "  q.topics(8) / q.sweep(5, 20, 5)  LDA topics; choosing K                              "
            + " (qushi topics)",
        "  q.infer(model, \"text\")           topic proportions of a new text",
        "  q.terms()                        multiword terms learned from the corpus             "
            + " (qushi terms)",
        "  q.discover(6, 3, 30)             candidate terms the lexicon lacks                   "
            + " (qushi discover)",
        "  q.segmented(\"doc-id\")            segmented passages of a document                     "
            + " (qushi segment)",
        "  q.report(\"out\")                  the HTML report                                      "
            + " (qushi report)",
        "Every result prints as a table; .show() prints every row, .table() gives the Tablesaw"
            + " table,",
        "first(n), where(…), sortedBy(column, descending) slice it. Options:"
            + " Options.defaults().withLexicon(Path.of(\"my.txt\")).");
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Qushi[" + corpus + "]";
  }
}
