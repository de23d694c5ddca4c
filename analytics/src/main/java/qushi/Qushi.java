package qushi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.Comparisons;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.PeriodTable;
import qushi.analytics.compare.RateInterval;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.StratifiedTrendTable;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.context.Kwic;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;
import qushi.analytics.core.Resources;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.prepare.PreparedCache;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.topics.LdaModel;
import qushi.analytics.topics.LdaOptions;
import qushi.analytics.topics.LdaProgress;
import qushi.analytics.topics.LdaTrainer;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicOptions;

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
 * <p>The questions answered from the counts alone, with their short forms, are declared by {@link
 * CorpusCounts}, those that read the prepared text by {@link CorpusText}; the rest (term searches,
 * bootstrap intervals, the report) are here.
 *
 * <p>Immutable and thread-safe. Random steps draw from the {@link RandomSource} of the options'
 * seed, so the same corpus, options and seed give the same results.
 */
public final class Qushi extends ComparedCorpus implements CorpusText {
  static {
    // Tablesaw makes each column type's instance lazily, without a lock: made here once, before
    // any parallel work makes tables, the columns hold the ColumnType constants (see
    // TextTable.isNumeric, which does not rely on it)
    java.util.Objects.requireNonNull(tech.tablesaw.api.ColumnType.DOUBLE);
  }

  private final PreparedCorpus corpus;
  private final Options options;
  private final Progress progress;

  private Qushi(PreparedCorpus corpus, Options options, Progress progress) {
    super(new Comparisons(corpus));
    this.corpus = corpus;
    this.options = options;
    this.progress = progress;
  }

  /**
   * Returns the corpus in {@code folder} (with a corpus.csv manifest), prepared with default
   * options.
   */
  public static Qushi open(String folder) {
    return open(folder, Options.defaults());
  }

  /** Returns the corpus in {@code folder} prepared with {@code options} (e.g. your own lexicon). */
  public static Qushi open(String folder, Options options) {
    return open(Resources.installed(folder), options, Progress.NONE);
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
   * Returns a folder of files dated by their names or folders ({@code 2023-a.txt}, {@code
   * report-2019.pdf}, {@code 2019/a.docx}: {@link Corpus#loadByFileName(Path)}), prepared.
   */
  public static Qushi openByFileName(String folder, Options options) {
    return openByFileName(Resources.installed(folder), options, Progress.NONE);
  }

  /**
   * Returns a folder of files dated by their names or folders, prepared, reporting to {@code
   * progress}.
   */
  public static Qushi openByFileName(Path folder, Options options, Progress progress) {
    return of(Corpus.loadByFileName(folder, options.allowFilesOutside()), options, progress);
  }

  /**
   * Returns {@code corpus} prepared with {@code options} (or read from their cache), reporting to
   * {@code progress}.
   */
  public static Qushi of(Corpus corpus, Options options, Progress progress) {
    return new Qushi(
        options.cache() == null
            ? PreparedCorpus.of(corpus, TextPipeline.of(options.text()), progress)
            : PreparedCache.in(options.cache())
                .prepare(corpus, TextPipeline.of(options.text()), progress),
        options,
        progress);
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
  @Override
  public Progress progress() {
    return progress;
  }

  /** Returns the prepared corpus: cleaned documents, passages, vocabulary, tokens and counts. */
  @Override
  public PreparedCorpus corpus() {
    return corpus;
  }

  /** Returns the options in force. */
  public Options options() {
    return options;
  }

  /** Returns the run's source of randomness (from the options' seed). */
  @Override
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
   * Returns a topic model fitted with {@code options}; asked again with the same settings, the
   * model already fitted (the run's seed makes it the same model).
   *
   * @throws BadInputException if too little text is left for a model
   */
  @Override
  public TopicModel topics(TopicOptions options) {
    return once(topicModels, options, CorpusText.super::topics);
  }

  /** The topic models fitted so far, by their settings. */
  private final java.util.Map<TopicOptions, TopicModel> topicModels =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Returns count and per10k of each term or phrase in each year, with the notes of the search
   * ({@link CorpusNotes#search}: occurrences dropped as boilerplate, inside longer Latin strings),
   * which print under the rows; printed, a row per year and a count and rate per term side by side
   * ({@link TermCount#byYear}).
   */
  @Override
  public Rows<TermCount> count(List<String> terms) {
    // the terms are checked by the count (an empty or missing one is refused) before the notes
    // keep a copy of them
    if (terms.isEmpty()) throw new BadInputException("count needs at least one term or phrase");
    Rows<TermCount> rows = TermCount.rows(corpus.count(terms));
    List<String> asked = List.copyOf(terms);
    return rows.withNotes(() -> CorpusNotes.search(this, asked));
  }

  /**
   * Returns every occurrence of {@code term} with {@code window} characters of context on each
   * side, with the notes of the search, which print under the rows.
   */
  @Override
  public Rows<Kwic.Line> kwic(String term, int window) {
    return CorpusText.super
        .kwic(term, window)
        .withNotes(() -> CorpusNotes.search(this, List.of(term)));
  }

  /** {@inheritDoc} A search of the cleaned text ignoring letter case. */
  @Override
  public List<String> otherCase(String query) {
    return List.copyOf(corpus.otherCase(query).keySet());
  }

  /** {@inheritDoc} A search of the cleaned text, each character read in its simplified form. */
  @Override
  public List<String> otherScript(String query) {
    return List.copyOf(corpus.otherScript(query).keySet());
  }

  /**
   * Returns count and per10k of each term in each year with a bootstrap interval of the rate: the
   * year's test units resampled (documents where {@link #documentUnits()}, else passages; a year of
   * one document its passages), widened to the exact Poisson interval of the count where that is
   * wider (see {@link qushi.analytics.compare.Bootstrap}; seeds from {@link
   * RandomSource.Step#RATE_BOOTSTRAP}). The notes under the rows say what an interval that starts
   * at 0 where the term occurs means, what the intervals resample, and the notes of the search
   * ({@link CorpusNotes#intervals}, {@link CorpusNotes#search}).
   */
  public Rows<TermInterval> count(List<String> terms, BootstrapOptions bootstrap) {
    long seed = random().seed(RandomSource.Step.RATE_BOOTSTRAP, 0);
    List<TermInterval> out = new ArrayList<>();
    for (TermCount c : corpus.count(terms)) {
      RateInterval r = comparisons().interval(c.term(), c.year(), bootstrap, seed);
      out.add(new TermInterval(c.term(), c.year(), c.count(), c.per10k(), r.lower(), r.upper()));
    }
    List<String> asked = List.copyOf(terms);
    return Rows.of("counts", TermInterval.class, out)
        .withNotes(
            () -> {
              List<String> notes = new ArrayList<>(CorpusNotes.intervals(out, documentUnits()));
              notes.addAll(CorpusNotes.search(this, asked));
              return notes;
            });
  }

  /** Returns keywords and key phrases as {@code options} ask. */
  @Override
  public Rows<Keyword> keywords(KeywordOptions options) {
    return Rows.of("keywords", Keyword.class, Keywords.of(corpus, options));
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
   * Returns the view over consecutive periods of the given terms or phrases only (text search; see
   * {@link #compare(List, Period, Period, KeynessOptions)}), the first {@code top} of them.
   */
  public PeriodTable comparePeriods(
      List<String> terms, List<Period> periods, KeynessOptions options, int top) {
    return Comparisons.of(corpus, terms).periods(periods, options, top);
  }

  /**
   * Returns the multi-period view (every year against the rest, every consecutive pair) of the
   * given terms or phrases only (text search), the first {@code top} of them.
   */
  public PeriodTable compareAll(List<String> terms, KeynessOptions options, int top) {
    return Comparisons.of(corpus, terms).all(options, top);
  }

  /** Returns the stratified comparison of the given terms or phrases only (text search). */
  public StratifiedTable compareByStratum(
      List<String> terms, String column, Period target, Period reference, KeynessOptions options) {
    return Comparisons.of(corpus, terms).compareByStratum(column, target, reference, options);
  }

  /**
   * Returns the first {@code top} rows of the keyness table with bootstrap intervals of the rates
   * beside them ({@code target_lower}, {@code target_upper}, and for a reference year {@code
   * reference_lower}, {@code reference_upper}).
   */
  public Tabular compare(
      int target, Integer reference, KeynessOptions options, BootstrapOptions bootstrap, int top) {
    KeynessTable k = compare(target, reference, options).first(top);
    return comparisons()
        .withIntervals(
            k, target, reference, bootstrap, random().seed(RandomSource.Step.RATE_BOOTSTRAP, 0));
  }

  /**
   * Returns the trends within the strata of a manifest column of the given terms or phrases only
   * (text search), over the years of {@code years} (null for all).
   */
  public StratifiedTrendTable trendsByStratum(
      List<String> terms, String column, Period years, KeynessOptions options) {
    return Comparisons.of(corpus, terms).trendByStratum(column, years, options);
  }

  /**
   * Returns the trends of the given terms or phrases (text search), over all years.
   *
   * @throws BadInputException if a term is written as a period ({@code 1957..1976}), which {@link
   *     #trendsOver} takes
   */
  public TrendTable trends(String... terms) {
    for (String t : terms) {
      if (Period.writtenAsRange(t)) {
        throw new BadInputException(
            "“"
                + t
                + "” is a period, not a term: q.trendsOver(\""
                + t.strip()
                + "\") gives every term's trend over it, q.trends(List.of(terms),"
                + " Period.parse(\"years\", \""
                + t.strip()
                + "\"), TrendOptions.defaults()) those of some terms");
      }
    }
    return trends(List.of(terms), null, TrendOptions.defaults());
  }

  /**
   * Returns the trends of the given terms or phrases only, each counted in every passage by a
   * search of the cleaned text; the multiple-testing family is these terms. Those too rare to test
   * have no row, and the table names them ({@link TrendTable#untested()}).
   */
  public TrendTable trends(List<String> terms, Period years, TrendOptions options) {
    return Comparisons.of(corpus, terms)
        .trend(years, options)
        .untested(terms.stream().map(corpus.text()::cleanQuery).toList());
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
    return Help.text();
  }

  /**
   * Returns the notes a reader should see before trusting the counts, one sentence each, as the
   * command line prints them (traditional or Latin-letter documents, copies, years without words or
   * far from the others, single documents in edge years …): empty for a plain corpus.
   */
  public List<String> notes() {
    List<String> n = notes;
    if (n == null) notes = n = List.copyOf(CorpusNotes.notes(this, true));
    return n;
  }

  // worked out on first use (a string a document, a count a year): a result is the same each time
  private volatile List<String> notes;

  /** Returns a one-line summary, then the corpus's notes ({@link #notes}), one a line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Qushi[").append(corpus).append(']');
    for (String note : notes()) sb.append("\nnote: ").append(note);
    return sb.toString();
  }
}
