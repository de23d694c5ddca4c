package qushi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import qushi.analytics.compare.Comparisons;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Rows;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.text.TextPipeline;

/**
 * A corpus known by its counts alone, made by a distributed {@link Engine}'s workers: the driver
 * holds the vocabulary, the sparse passage × term counts and the size figures, and runs qushi's own
 * statistics on them ({@link Comparisons}, {@link Keywords}), so keyness, trends and keywords are
 * those of {@link Qushi}. Questions that need the text again (a term search) are handed back to the
 * engine through {@link Workers}.
 */
public final class CountedCorpus extends ComparedCorpus {
  /** What the engine's workers answer on request. */
  public interface Workers extends AutoCloseable {
    /**
     * Returns the non-overlapping occurrences of each cleaned term in the cleaned text of each
     * year: {@code [term][year index]}, years as in {@link CountedCorpus#years()}.
     */
    int[][] occurrences(List<String> cleanedTerms);

    /**
     * Returns the evidence of {@link qushi.analytics.keywords.Pieces#add}, summed over every
     * passage: which terms a character of content touches, and how often.
     */
    java.util.Map<String, Long> pieceEvidence();

    /** Releases the engine's resources. */
    @Override
    void close();
  }

  private final Corpus corpus;
  private final TextPipeline text;
  private final List<String> terms;
  private final int[] years;
  private final Counts counts;
  private final int[][] nested;
  private final int[] passageDocument;
  private final List<YearStats> stats;
  private final Workers workers;

  /**
   * Creates the corpus of counts.
   *
   * @param corpus the corpus as listed (documents, years)
   * @param text the text pipeline in force (queries are cleaned with it)
   * @param terms the vocabulary of word tokens, sorted (ids are positions)
   * @param counts the passage × term counts over {@code terms}, passages in corpus order
   * @param nested per term id, the terms its tokens also count for ({@link
   *     qushi.analytics.prepare.NestedTerms}), as the counts count them
   * @param passageDocument the index in {@code corpus.documents()} of each passage's document
   * @param stats the size figures per year, ascending
   * @param workers the engine, for what needs the text again
   */
  public CountedCorpus(
      Corpus corpus,
      TextPipeline text,
      List<String> terms,
      Counts counts,
      int[][] nested,
      int[] passageDocument,
      List<YearStats> stats,
      Workers workers) {
    super(
        new Comparisons(
            Objects.requireNonNull(corpus, "corpus"), List.copyOf(terms), counts, passageDocument));
    this.corpus = corpus;
    this.text = Objects.requireNonNull(text, "text");
    this.nested = nested.clone();
    this.terms = List.copyOf(terms);
    this.years = corpus.years().stream().mapToInt(Integer::intValue).toArray();
    this.counts = counts;
    this.passageDocument = passageDocument.clone();
    this.stats = List.copyOf(stats);
    this.workers = workers;
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
        out.add(TermCount.of(list.get(i), years[y], found[i][y], counts.tokensOrNone(years[y])));
      }
    }
    return TermCount.rows(out);
  }

  /**
   * {@inheritDoc} Keyness and c-TF-IDF only: TextRank and key phrases read term sequences, which
   * stay on the workers.
   *
   * @throws BadInputException when {@code options} ask for TextRank or key phrases
   */
  @Override
  public Rows<Keyword> keywords(KeywordOptions options) {
    return Rows.of(
        "keywords",
        Keyword.class,
        Keywords.of(
            corpus.documents(),
            passageDocument,
            years,
            counts.matrix(),
            terms::get,
            qushi.analytics.keywords.Pieces.of(
                workers.pieceEvidence(), terms::get, counts, options.minCount()),
            id -> nested[id],
            options));
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
