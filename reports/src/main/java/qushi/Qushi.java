package qushi;

import java.nio.file.Path;
import java.util.List;
import qushi.analytics.Analysis;
import qushi.analytics.Comparisons;
import qushi.analytics.Corpus;
import qushi.analytics.Options;
import qushi.analytics.Tables;
import qushi.analytics.TermCount;
import qushi.analytics.YearStats;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.context.Cooccurrence;
import qushi.analytics.context.Kwic;
import qushi.analytics.keywords.Collocations;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicModeler;
import qushi.analytics.topics.TopicOptions;
import qushi.analytics.topics.TopicRows;
import qushi.analytics.topics.TopicSweep;

/**
 * The front door for interactive use: open a corpus once, then ask one question per line. Every
 * method has the name of the CLI command that answers the same question, and tables have the
 * CLI's column names.
 *
 * <pre>
 * var q = Qushi.open("seeds");
 * q.stats();
 * q.count("新质生产力", "具身智能");
 * q.keywords();
 * q.compare(2026, 2024);
 * q.kwic("具身智能");
 * q.topics(8);
 * </pre>
 */
public final class Qushi {
  private final Analysis analysis;
  private Comparisons comparisons;

  private Qushi(Analysis analysis) {
    this.analysis = analysis;
  }

  /** Returns the corpus in {@code folder} (with a corpus.csv manifest), analysed with default options. */
  public static Qushi open(String folder) {
    return new Qushi(Analysis.of(Corpus.load(Path.of(folder))));
  }

  /** Returns the corpus in {@code folder} analysed with {@code options} (e.g. your own lexicon). */
  public static Qushi open(String folder, Options options) {
    return new Qushi(Analysis.of(Corpus.load(Path.of(folder)), options));
  }

  /** Returns a folder of {@code .txt} files whose names start with their year ({@code 2023-a.txt}), analysed. */
  public static Qushi openByFileName(String folder, Options options) {
    return new Qushi(Analysis.of(Corpus.loadByFileName(Path.of(folder)), options));
  }

  /** Returns an analysed corpus. */
  public static Qushi of(Analysis analysis) {
    return new Qushi(analysis);
  }

  /** Returns the analysis behind this object (passages, vocabulary, cleaned texts). */
  public Analysis analysis() {
    return analysis;
  }

  /** Returns documents, sections, passages, characters, tokens and terms per year. */
  public Result stats() {
    return Result.of(Tables.of("stats", YearStats.class, analysis.stats()));
  }

  /** Returns count and per10k of each term or phrase in each year (a text search of the cleaned text). */
  public Result count(String... terms) {
    return Result.of(Tables.of("counts", TermCount.class, analysis.count(terms)));
  }

  /** Returns the top 20 TF-IDF keywords and key phrases of each year. */
  public Result keywords() {
    return keywords(20);
  }

  /** Returns the top {@code top} TF-IDF keywords and key phrases of each year. */
  public Result keywords(int top) {
    return keywords(Keywords.By.YEAR, Keywords.Method.TFIDF, top);
  }

  /** Returns keywords (and key phrases) grouped and scored as asked. */
  public Result keywords(Keywords.By by, Keywords.Method method, int top) {
    List<Keyword> rows = new java.util.ArrayList<>(Keywords.of(analysis, by, method, top, 2));
    rows.addAll(Collocations.keywords(analysis, by, top, 2));
    return Result.of(Tables.of("keywords", Keyword.class, rows));
  }

  /** Returns the keyness table of year {@code target} against year {@code reference}. */
  public Result compare(int target, int reference) {
    return Result.of(comparisons().compare(target, reference, KeynessOptions.defaults()).table());
  }

  /** Returns the keyness table of year {@code target} against all other years. */
  public Result compare(int target) {
    return Result.of(comparisons().compare(target, null, KeynessOptions.defaults()).table());
  }

  /** Returns the multi-period view: every year against the rest and consecutive pairs, side by side. */
  public Result compareAll() {
    return Result.of(comparisons().all(KeynessOptions.defaults(), Integer.MAX_VALUE));
  }

  /** Returns the trend class of every term (emerging, vanished, rising, falling, stable). */
  public Result trends() {
    return Result.of(comparisons().trend(TrendOptions.defaults()).table());
  }

  /** Returns every occurrence of {@code term} with 30 characters of context on each side. */
  public Result kwic(String term) {
    return kwic(term, Kwic.DEFAULT_WINDOW);
  }

  /** Returns every occurrence of {@code term} with {@code window} characters of context. */
  public Result kwic(String term, int window) {
    return Result.of(Tables.of("kwic", Kwic.Line.class, Kwic.of(analysis, term, window)));
  }

  /** Returns the 50 most associated term pairs (by NPMI) within sentences. */
  public Result cooccur() {
    return Result.of(Tables.of("cooccur", Cooccurrence.Pair.class,
        Cooccurrence.of(analysis, Cooccurrence.Unit.SENTENCE, 200, 3, 50)));
  }

  /** Returns a topic model with {@code k} topics (seed 42, 5 runs for stability). */
  public TopicModel topics(int k) {
    TopicOptions o = TopicOptions.defaults().withTopics(k).withSeed(analysis.options().seed());
    return new TopicModeler(analysis, o).fit(o);
  }

  /**
   * Returns the topic proportions of {@code text} under {@code model}, indexed by topic id − 1: the
   * text is cleaned and segmented like the corpus, and its terms are scored with the model.
   */
  public double[] infer(TopicModel model, String text) {
    var tokens = new qushi.analytics.text.Segmenter(analysis.lexicon()).segment(analysis.normalizer().normalize(text));
    return model.infer(tokens.stream().filter(analysis.filter()::isTerm).map(qushi.analytics.text.Token::word).toList());
  }

  /** Returns the K sweep over {@code from..to} in steps of {@code step}, the chosen K marked. */
  public Result sweep(int from, int to, int step) {
    TopicOptions o = TopicOptions.defaults().withSeed(analysis.options().seed());
    return Result.of(Tables.of("sweep", TopicRows.Sweep.class,
        TopicSweep.run(new TopicModeler(analysis, o), TopicSweep.parseRange(from + ".." + to + ":" + step), o)));
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Qushi[" + analysis + "]";
  }

  private Comparisons comparisons() {
    if (comparisons == null) comparisons = new Comparisons(analysis);
    return comparisons;
  }
}
