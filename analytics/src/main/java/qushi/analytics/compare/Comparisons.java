package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Tabular;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.prepare.TestUnits;
import qushi.analytics.prepare.TopDocuments;
import qushi.analytics.text.Passage;

/**
 * Cross-year comparisons of a {@link PreparedCorpus}: keyness between two years (or a year and the
 * rest), the multi-period view, trend classes and bootstrap intervals of rates. The statistics are
 * those of {@link Keyness} computed from the shared passage-level counts ({@link Counts}), so each
 * term's test accounts for how unevenly it is spread over its units (quasi-likelihood; see {@link
 * KeynessOptions}): the documents when most of the text is in years of several, else the passages
 * ({@link TestUnits}). Nothing is recounted: every figure is a sum of the corpus's counts.
 *
 * <p>Each kind of result past the pairwise tables has its builder in this package: {@code
 * PeriodViews} (the views over several periods), {@code RateIntervals} (bootstrap intervals),
 * {@code TopDocuments} (the document behind a term's change) and {@code Stratified} (strata).
 */
public final class Comparisons {
  private final List<Document> documents;
  final int[] years;
  private final int[] passageDocument;
  final PreparedCorpus prepared;
  final Counts counts;
  final List<String> terms;
  private final Map<String, Integer> ids;

  /** What the counts are: term tokens, or occurrences of given terms (a text search). */
  private final Counted counted;

  private final TermColumns columns;
  final TopDocuments topDocuments;

  /** The units of the tests: documents or passages ({@link TestUnits}). */
  final TestUnits units;

  /** Creates the comparisons of {@code corpus}. */
  public Comparisons(PreparedCorpus corpus) {
    this(
        corpus.corpus(),
        corpus,
        corpus.counts(),
        List.of(corpus.vocabulary().terms()),
        corpus.passages().stream().mapToInt(Passage::document).toArray(),
        Counted.FREQUENCY);
  }

  /**
   * Creates the comparisons of counts made elsewhere (by a distributed engine's workers): every
   * comparison but those that read the text again ({@link #of}, {@link #interval}).
   *
   * @param corpus the corpus as listed (years, documents and their manifest columns)
   * @param terms the vocabulary in id order (sorted)
   * @param counts the passage × term counts over that vocabulary, passages in corpus order
   * @param passageDocument the index in {@code corpus.documents()} of each passage's document
   * @throws IllegalArgumentException if the lengths differ
   */
  public Comparisons(Corpus corpus, List<String> terms, Counts counts, int[] passageDocument) {
    this(corpus, null, counts, List.copyOf(terms), passageDocument.clone(), Counted.FREQUENCY);
  }

  private Comparisons(
      Corpus corpus,
      PreparedCorpus prepared,
      Counts counts,
      List<String> terms,
      int[] passageDocument,
      Counted counted) {
    if (passageDocument.length != counts.matrix().passages()) {
      throw new IllegalArgumentException(
          "passageDocument has "
              + passageDocument.length
              + " entries, the counts have "
              + counts.matrix().passages()
              + " passages");
    }
    this.documents = corpus.documents();
    this.years = corpus.years().stream().mapToInt(Integer::intValue).toArray();
    this.prepared = prepared;
    this.counts = counts;
    this.terms = terms;
    this.passageDocument = passageDocument;
    this.counted = counted;
    this.ids = new HashMap<>();
    for (int t = 0; t < terms.size(); t++) ids.put(terms.get(t), t);
    this.columns = TermColumns.of(counts.matrix());
    this.topDocuments = new TopDocuments(documents, passageDocument, columns);
    this.units = TestUnits.of(counts, columns, passageDocument);
  }

  /**
   * Returns whether the tests take documents as their units (most of the text is in years of
   * several: {@link TestUnits#documents}) rather than passages.
   */
  public boolean documentUnits() {
    return units.documents();
  }

  /**
   * Returns the comparisons of a few terms or phrases of {@code corpus}, each counted in every
   * passage by a search of the cleaned text (non-overlapping occurrences, as {@link
   * PreparedCorpus#count}), whatever the segmenter made of it: multiword expressions that are not
   * one token are compared as wholes. Tokens per passage are the corpus's word tokens, so rates are
   * those of the full comparisons; the multiple-testing family is these terms only.
   *
   * @throws BadInputException if no term is given or one is empty
   */
  public static Comparisons of(PreparedCorpus corpus, List<String> queries) {
    List<String> cleaned = new ArrayList<>();
    for (String q : queries) {
      String c = corpus.text().cleanQuery(q);
      if (c.isEmpty()) throw BadInputException.option("terms", "contains an empty term");
      if (!cleaned.contains(c)) cleaned.add(c);
    }
    if (cleaned.isEmpty()) throw BadInputException.option("terms", "is empty");
    PassageMatrix.Builder b = PassageMatrix.builder(cleaned.size());
    int[] years = new int[corpus.passages().size()];
    int[] all = IntStream.range(0, cleaned.size()).toArray();
    int[][] found = new int[cleaned.size()][];
    for (int t = 0; t < found.length; t++) found[t] = corpus.occurrencesByPassage(cleaned.get(t));
    for (Passage p : corpus.passages()) {
      int tokens = corpus.tokenCount(p.index());
      int[] values = new int[cleaned.size()];
      for (int t = 0; t < values.length; t++) values[t] = Math.min(tokens, found[t][p.index()]);
      b.add(tokens, all, values);
      years[p.index()] = p.year();
    }
    return new Comparisons(
        corpus.corpus(),
        corpus,
        Counts.of(b.build(), years),
        List.copyOf(cleaned),
        corpus.passages().stream().mapToInt(Passage::document).toArray(),
        Counted.OCCURRENCES);
  }

  /** Returns the terms compared, by id. */
  public List<String> terms() {
    return terms;
  }

  int id(String term) {
    Integer id = ids.get(term);
    if (id == null) throw new BadInputException("unknown term '" + term + "'");
    return id;
  }

  /**
   * Returns the keyness of every term of {@code target} against {@code reference}: a year, or null
   * for all other years ("rest").
   *
   * @throws BadInputException if a year is not in the corpus or both are the same
   */
  public KeynessTable compare(int target, Integer reference, KeynessOptions options) {
    checkYear(target);
    if (reference != null) {
      checkYear(reference);
      if (reference == target)
        throw new BadInputException("target and reference must differ, both were " + target);
    }
    return compare(
        Period.of(target), reference == null ? Period.REST : Period.of(reference), options);
  }

  /**
   * Returns the keyness of every term of the target period against the reference period (or {@link
   * Period#REST}, every other year): each period's counts are the sums of its years, its per10k =
   * occurrences in its years / its tokens. The table is named by the periods and gives each term's
   * top document and its share of the term's occurrences in the two periods.
   *
   * @throws BadInputException if a period covers no year of the corpus or the two overlap
   */
  public KeynessTable compare(Period target, Period reference, KeynessOptions options) {
    int[][] sides = sides(target, reference);
    int[] t = sides[0];
    int[] r = sides[1];
    GroupCounts tg = counts.period(y -> Arrays.binarySearch(t, y) >= 0);
    GroupCounts rg = counts.period(y -> Arrays.binarySearch(r, y) >= 0);
    if (tg.tokens() == 0 || rg.tokens() == 0) {
      Period empty = tg.tokens() == 0 ? target : reference;
      String which =
          empty.rest()
              ? "the other years"
              : ((tg.tokens() == 0 ? t : r).length == 1 ? "year " : "period ") + empty.label();
      throw new BadInputException(
          which + " has no word tokens (its text has no letter or digit): nothing to compare");
    }
    KeynessTable k =
        Keyness.compare(
            terms,
            units.columns(),
            units.mask(t),
            units.mask(r),
            units.counts().period(y -> Arrays.binarySearch(t, y) >= 0),
            units.counts().period(y -> Arrays.binarySearch(r, y) >= 0),
            options);
    return withDocuments(k, mask(t), mask(r))
        .named(target.within(years).label(), reference.within(years).label())
        .counted(counted);
  }

  /**
   * Returns the test units on each side of the comparison of {@code target} with {@code reference}
   * (see {@link UnitSides#smallestP}).
   *
   * @throws BadInputException if a period covers no year of the corpus or the two overlap
   */
  public UnitSides unitSides(Period target, Period reference) {
    int[][] sides = sides(target, reference);
    return new UnitSides(
        count(units.mask(sides[0])), count(units.mask(sides[1])), units.documents());
  }

  private static int count(boolean[] mask) {
    int n = 0;
    for (boolean b : mask) if (b) n++;
    return n;
  }

  /**
   * Returns the years of the target and reference periods: each resolved against the corpus's
   * years, checked not to overlap.
   */
  private int[][] sides(Period target, Period reference) {
    if (target.rest()) throw BadInputException.option("target", "cannot be rest");
    int[] t = target.resolve(years, null, "target");
    int[] r = reference.resolve(years, target, "reference");
    for (int y : t) {
      if (Arrays.binarySearch(r, y) >= 0) {
        throw BadInputException.option(
            "reference", reference + " overlaps the target " + target + " in " + y);
      }
    }
    return new int[][] {t, r};
  }

  /** Returns the word tokens of {@code year}, 0 for a year without passages. */
  long tokens(int year) {
    return counts.tokensOrNone(year);
  }

  /** Returns the passages of the given years (sorted) as a mask. */
  boolean[] mask(int[] years) {
    boolean[] m = new boolean[passageDocument.length];
    for (int p = 0; p < m.length; p++)
      m[p] = Arrays.binarySearch(years, counts.passageYear(p)) >= 0;
    return m;
  }

  /**
   * Returns the table with each row's top document: the document with most of the term's
   * occurrences in the passages of the side where it is more frequent (the target when its log
   * ratio is ≥ 0), and its share of them.
   */
  KeynessTable withDocuments(KeynessTable k, boolean[] target, boolean[] reference) {
    List<KeynessRow> rows = new ArrayList<>(k.size());
    TopDocuments.Over over = topDocuments.over(target, reference);
    for (KeynessRow row : k.rows()) {
      Object[] top = over.top(id(row.term()), row.logRatio() >= 0 ? 0 : 1);
      rows.add(top == null ? row : row.withTopDocument((String) top[0], (Double) top[1]));
    }
    // the whole test again, now that its rows know their documents
    return k.retested(rows);
  }

  /**
   * Returns the comparison of the target period with the reference period within the strata named
   * by the manifest column {@code column} (a source, an event, …): see {@link Stratified}.
   *
   * @throws BadInputException if the column is not in the manifest, a period covers no year, or the
   *     periods overlap
   */
  public StratifiedTable compareByStratum(
      String column, Period target, Period reference, KeynessOptions options) {
    Document.requireColumn(documents, "strata", column);
    int[][] sides = sides(target, reference);
    List<Stratified.Stratum> strata =
        Stratified.strata(
            documents,
            column,
            units.document(),
            units.counts().matrix(),
            units.mask(sides[0]),
            units.mask(sides[1]));
    StratifiedTable table =
        Stratified.compare(
            terms,
            units.columns(),
            strata,
            column,
            target.within(years).label(),
            reference.within(years).label(),
            options);
    // the passages of the strata used, for the top documents: those of their units
    boolean[] usedTarget = new boolean[passageDocument.length];
    boolean[] usedReference = new boolean[passageDocument.length];
    List<String> used = table.used();
    for (Stratified.Stratum s : strata) {
      if (!used.contains(s.name())) continue;
      for (int p = 0; p < passageDocument.length; p++) {
        usedTarget[p] |= s.target()[units.passageUnit()[p]];
        usedReference[p] |= s.reference()[units.passageUnit()[p]];
      }
    }
    List<StratifiedRow> rows = new ArrayList<>();
    TopDocuments.Over over = topDocuments.over(usedTarget, usedReference);
    for (StratifiedRow row : table.rows()) {
      Object[] top = over.top(id(row.term()), row.logRatio() >= 0 ? 0 : 1);
      rows.add(top == null ? row : row.withTopDocument((String) top[0], (Double) top[1]));
    }
    return table.retested(rows).counted(counted);
  }

  /**
   * Returns the trend of every term within the strata named by the manifest column {@code column}
   * over the years of {@code span} (null for every year): see {@link StratifiedTrend}.
   *
   * @throws BadInputException if the column is not in the manifest or fewer than two years are left
   */
  public StratifiedTrendTable trendByStratum(String column, Period span, KeynessOptions options) {
    Document.requireColumn(documents, "strata", column);
    int[] years = trendYears(span);
    int[] unitYear = new int[units.document().length];
    Arrays.setAll(unitYear, u -> units.counts().passageYear(u));
    return StratifiedTrend.test(
            terms,
            units.columns(),
            units.counts().matrix(),
            documents,
            column,
            units.document(),
            unitYear,
            years,
            options)
        .counted(counted);
  }

  /**
   * Returns the years of a trend over {@code span} (null for every year).
   *
   * @throws BadInputException if fewer than two years, or two with word tokens, are left
   */
  private int[] trendYears(Period span) {
    int[] years = span == null ? this.years : span.resolve(this.years, null, "years");
    if (years.length < 2) {
      throw new BadInputException(
          "trends need at least two years, "
              + (span == null ? "the corpus has " : span + " covers ")
              + years.length);
    }
    long worded = IntStream.of(years).filter(y -> tokens(y) > 0).count();
    if (worded < 2) {
      throw new BadInputException(
          "trends need at least two years with word tokens (a letter or digit), "
              + (span == null ? "the corpus has " : span + " has ")
              + worded);
    }
    return years;
  }

  /** Returns the trend of every term over all years; see {@link TrendClassifier}. */
  public TrendTable trend(TrendOptions options) {
    return trend(null, options);
  }

  /**
   * Returns the trend of every term over the years of {@code span} (null for every year): a test of
   * change over time with passages or documents as the units ({@link #documentUnits}), then a shape
   * (see {@link TrendClassifier}). A year whose text has no word tokens is left out, a gap like a
   * year the corpus lacks.
   *
   * @throws BadInputException if fewer than two years with word tokens are left
   */
  public TrendTable trend(Period span, TrendOptions options) {
    int[] years = trendYears(span);
    TrendTable t =
        TrendClassifier.classify(terms, counts, units.counts(), units.columns(), years, options);
    // the share of all the term's occurrences over the years: a year of one document (an annual
    // report) leaves it, since a term that one document carries is one document's either way
    List<TrendRow> rows = new ArrayList<>(t.rows().size());
    TopDocuments.Over over = topDocuments.over(mask(years));
    for (TrendRow row : t.rows()) {
      Object[] top = over.top(id(row.term()));
      rows.add(top == null ? row : row.withTopDocument((String) top[0], (Double) top[1]));
    }
    return new TrendTable(t.years(), rows, t.options(), t.gaps(), counted);
  }

  /**
   * Returns the multi-period view: for every term seen at least {@code minCount} times, its per10k
   * in every year, then for each comparison (every year against the rest, and every pair of
   * consecutive years, earlier → later) its G², BH-adjusted p, log ratio and z, side by side. Rows
   * are ordered by the largest |z| among the comparisons where the term is significant, then by the
   * largest |z| overall, then by term.
   *
   * @throws BadInputException if the corpus has fewer than two years
   */
  public PeriodTable all(KeynessOptions options, int top) {
    if (years.length < 2) {
      throw new BadInputException(
          "comparisons need at least two years, the corpus has " + years.length);
    }
    return PeriodViews.all(this, options, top);
  }

  /**
   * Returns the view over consecutive periods: for every term seen at least {@code minCount} times
   * in them, its per10k in each period ({@code per10k_2013..2017}: occurrences in the period's
   * years / its tokens), then for each pair of consecutive periods, earlier → later, the log ratio,
   * its 95% interval, the adjusted p, z and direction, then the term's top document and its share
   * as the comparison that ranks it gives them (on the side where it is more frequent). Rows are
   * ordered as in {@link #all}: by the largest |z| among the comparisons where the term is
   * significant, then by the largest |z|, then by term.
   *
   * @param periods at least two periods, none overlapping another
   * @throws BadInputException if fewer than two periods are given, one covers no year, or two
   *     overlap
   */
  public PeriodTable periods(List<Period> periods, KeynessOptions options, int top) {
    return PeriodViews.periods(this, periods, options, top);
  }

  /**
   * Returns the bootstrap interval of a term's rate per 10,000 tokens in {@code year}: passages of
   * that year are resampled with replacement; the term's count in a passage is the number of
   * non-overlapping occurrences in the passage text (as {@link PreparedCorpus#count}); NaN for a
   * year without word tokens.
   *
   * @throws IllegalStateException if these comparisons were made from counts alone (no text)
   */
  public RateInterval interval(String term, int year, BootstrapOptions options, long seed) {
    return RateIntervals.interval(this, term, year, options, seed);
  }

  /**
   * Returns bootstrap intervals of every term's rate among the passages of {@code year}, by term
   * id.
   */
  public List<RateInterval> intervals(int year, BootstrapOptions options, long seed) {
    return RateIntervals.intervals(this, year, options, seed);
  }

  /**
   * Returns a keyness table with the bootstrap intervals of both rates beside them: columns {@code
   * target_lower}, {@code target_upper} after {@code target_per10k}, and, when the reference is a
   * year, {@code reference_lower}, {@code reference_upper} after {@code reference_per10k}.
   *
   * @param keyness a table of {@link #compare} of the same years
   * @param target its target year
   * @param reference its reference year, or null for "rest" (no reference interval then)
   */
  public Tabular withIntervals(
      KeynessTable keyness, int target, Integer reference, BootstrapOptions options, long seed) {
    return RateIntervals.withIntervals(this, keyness, target, reference, options, seed);
  }

  void checkYear(int year) {
    if (Arrays.binarySearch(years, year) < 0) {
      throw new BadInputException(
          "year " + year + " is not in the corpus (years: " + Arrays.toString(years) + ")");
    }
  }
}
