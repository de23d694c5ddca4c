package qushi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import qushi.analytics.compare.Comparisons;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.text.TextPipeline;

/**
 * A corpus known by its counts alone, summed by a distributed {@link Engine}'s workers: the driver
 * holds the vocabulary, the {@link GroupCounts} of every year and the size figures, and runs
 * qushi's own statistics on them ({@link Comparisons}, {@link Keywords#tfIdf}), so keyness, trends
 * and keywords are those of {@link Qushi}. Questions that need the text again (a term search, the
 * counts of each document) are handed back to the engine through {@link Workers}.
 */
public final class CountedCorpus implements CorpusCounts {
  /** What the engine's workers answer on request. */
  public interface Workers extends AutoCloseable {
    /**
     * Returns the non-overlapping occurrences of each cleaned term in the cleaned text of each
     * year: {@code [term][year index]}, years as in {@link CountedCorpus#years()}.
     */
    int[][] occurrences(List<String> cleanedTerms);

    /** Returns the counts of every document's passages, in corpus order. */
    List<GroupCounts> documents();

    /** Releases the engine's resources. */
    @Override
    void close();
  }

  private final Corpus corpus;
  private final TextPipeline text;
  private final List<String> terms;
  private final int[] years;
  private final Counts counts;
  private final List<YearStats> stats;
  private final Workers workers;
  private final Comparisons comparisons;

  /**
   * Creates the corpus of counts.
   *
   * @param corpus the corpus as listed (documents, years)
   * @param text the text pipeline in force (queries are cleaned with it)
   * @param terms the vocabulary of word tokens, sorted (ids are positions)
   * @param counts the counts of every year that has passages, over {@code terms}
   * @param stats the size figures per year, ascending
   * @param workers the engine, for what needs the text again
   */
  public CountedCorpus(
      Corpus corpus,
      TextPipeline text,
      List<String> terms,
      Counts counts,
      List<YearStats> stats,
      Workers workers) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.text = Objects.requireNonNull(text, "text");
    this.terms = List.copyOf(terms);
    this.years = corpus.years().stream().mapToInt(Integer::intValue).toArray();
    this.counts = counts;
    this.stats = List.copyOf(stats);
    this.workers = workers;
    this.comparisons = new Comparisons(years, this.terms, counts);
  }

  /** Returns the vocabulary of word tokens in id order (sorted). */
  public List<String> terms() {
    return terms;
  }

  /** Returns the counts per year. */
  public Counts counts() {
    return counts;
  }

  @Override
  public int[] years() {
    return years.clone();
  }

  @Override
  public Rows<YearStats> stats() {
    return Rows.of("stats", YearStats.class, stats);
  }

  /**
   * {@inheritDoc} Queries are cleaned like the text ({@link TextPipeline#cleanQuery}), repeated
   * queries counted once, as {@link Qushi#count(List)} does.
   */
  @Override
  public Rows<TermCount> count(List<String> queries) {
    Set<String> cleaned = new LinkedHashSet<>();
    for (String q : queries) cleaned.add(text.cleanQuery(q));
    List<String> list = new ArrayList<>(cleaned);
    int[][] found = workers.occurrences(list);
    List<TermCount> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      for (int y = 0; y < years.length; y++) {
        long tokens =
            Arrays.binarySearch(counts.years(), years[y]) >= 0 ? counts.tokens(years[y]) : 0;
        out.add(TermCount.of(list.get(i), years[y], found[i][y], tokens));
      }
    }
    return Rows.of("counts", TermCount.class, out);
  }

  /**
   * {@inheritDoc} c-TF-IDF only: TextRank and key phrases read term sequences, which stay on the
   * workers.
   *
   * @throws BadInputException when {@code options} ask for TextRank or key phrases
   */
  @Override
  public Rows<Keyword> keywords(KeywordOptions options) {
    if (options.method() != Keywords.Method.TFIDF || options.phrases() > 0) {
      throw new BadInputException(
          "TextRank and key phrases read the term sequences, which a distributed engine leaves on"
              + " its workers: use c-TF-IDF without key phrases (--method tfidf --no-phrases)");
    }
    List<String> groups = new ArrayList<>();
    List<GroupCounts> groupCounts = new ArrayList<>();
    if (options.by() == Keywords.By.YEAR) {
      for (int y : years) {
        groups.add(Integer.toString(y));
        groupCounts.add(
            Arrays.binarySearch(counts.years(), y) >= 0
                ? counts.year(y)
                : GroupCounts.empty(terms.size()));
      }
    } else {
      corpus.documents().forEach(d -> groups.add(d.id()));
      groupCounts.addAll(workers.documents());
    }
    return Rows.of(
        "keywords",
        Keyword.class,
        Keywords.tfIdf(groups, groupCounts, terms, options.top(), options.minCount()));
  }

  @Override
  public KeynessTable compare(int target, Integer reference, KeynessOptions options) {
    return comparisons.compare(target, reference, options);
  }

  @Override
  public Tabular compareAll(KeynessOptions options, int top) {
    return comparisons.all(options, top);
  }

  @Override
  public TrendTable trends(TrendOptions options) {
    return comparisons.trend(options);
  }

  /** Releases the engine's resources. */
  @Override
  public void close() {
    workers.close();
  }

  /** Returns a summary: documents, years and terms. */
  @Override
  public String toString() {
    return "CountedCorpus["
        + corpus.documents().size()
        + " documents, years "
        + Arrays.toString(years)
        + ", "
        + terms.size()
        + " terms]";
  }
}
