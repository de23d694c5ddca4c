package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import qushi.analytics.text.Passage;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Cross-year comparisons of a {@link PreparedCorpus}: keyness between two years (or a year and the
 * rest), the multi-period view, trend classes and bootstrap intervals of rates. The statistics are
 * those of {@link Keyness} computed from the shared passage-level counts ({@link Counts}), so each
 * term's test accounts for how unevenly it is spread over passages (quasi-likelihood; see {@link
 * KeynessOptions}). Nothing is recounted: every figure is a sum of the corpus's counts.
 */
public final class Comparisons {
  private final List<Document> documents;
  private final int[] years;
  private final int[] passageDocument;
  private final PreparedCorpus prepared;
  private final Counts counts;
  private final List<String> terms;
  private final Map<String, Integer> ids;
  private final TermColumns columns;

  /** Creates the comparisons of {@code corpus}. */
  public Comparisons(PreparedCorpus corpus) {
    this(
        corpus.corpus(),
        corpus,
        corpus.counts(),
        List.of(corpus.vocabulary().terms()),
        corpus.passages().stream().mapToInt(Passage::document).toArray());
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
    this(corpus, null, counts, List.copyOf(terms), passageDocument.clone());
  }

  private Comparisons(
      Corpus corpus,
      PreparedCorpus prepared,
      Counts counts,
      List<String> terms,
      int[] passageDocument) {
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
    this.ids = new HashMap<>();
    for (int t = 0; t < terms.size(); t++) ids.put(terms.get(t), t);
    this.columns = TermColumns.of(counts.matrix());
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
    for (Passage p : corpus.passages()) {
      String text = corpus.text(p);
      int tokens = corpus.tokenCount(p.index());
      int[] values = new int[cleaned.size()];
      for (int t = 0; t < values.length; t++)
        values[t] = Math.min(tokens, PreparedCorpus.occurrences(text, cleaned.get(t)));
      b.add(tokens, all, values);
      years[p.index()] = p.year();
    }
    return new Comparisons(
        corpus.corpus(),
        corpus,
        Counts.of(b.build(), years),
        List.copyOf(cleaned),
        corpus.passages().stream().mapToInt(Passage::document).toArray());
  }

  /** Returns the terms compared, by id. */
  public List<String> terms() {
    return terms;
  }

  private int id(String term) {
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
    boolean[] tm = mask(t);
    boolean[] rm = mask(r);
    KeynessTable k = Keyness.compare(terms, columns, tm, rm, tg, rg, options);
    return withDocuments(k, tm, rm).named(target.label(), reference.label());
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
  private long tokens(int year) {
    return Arrays.binarySearch(counts.years(), year) >= 0 ? counts.tokens(year) : 0;
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
   * occurrences in the passages of either mask, and its share.
   */
  KeynessTable withDocuments(KeynessTable k, boolean[] target, boolean[] reference) {
    List<KeynessRow> rows = new ArrayList<>(k.size());
    for (KeynessRow row : k.rows()) {
      Object[] top = topDocument(id(row.term()), target, reference);
      rows.add(top == null ? row : row.withTopDocument((String) top[0], (Double) top[1]));
    }
    return k.withRows(rows);
  }

  /**
   * Returns {document id, share} of the document holding most of term {@code t}'s occurrences in
   * the passages of the {@code sides} (ties: the earlier document), or null when it has none there.
   * The share is NaN when the top document is the only document of its side: a period of one
   * document says nothing about whether one document made the difference.
   */
  private Object[] topDocument(int t, boolean[]... sides) {
    boolean[] mask = new boolean[columns.passages()];
    for (boolean[] side : sides) for (int p = 0; p < mask.length; p++) mask[p] |= side[p];
    int[] where = columns.passagesOf(t, mask);
    int[] values = columns.values(t, mask);
    if (where.length == 0) return null;
    java.util.TreeMap<Integer, Long> byDocument = new java.util.TreeMap<>();
    long total = 0;
    for (int i = 0; i < where.length; i++) {
      byDocument.merge(passageDocument[where[i]], (long) values[i], Long::sum);
      total += values[i];
    }
    int top = -1;
    long best = -1;
    int topPassage = -1;
    for (var e : byDocument.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        top = e.getKey();
      }
    }
    for (int p : where) if (passageDocument[p] == top) topPassage = p;
    for (boolean[] side : sides) {
      if (side[topPassage] && documentsIn(side) < 2) {
        return new Object[] {documents.get(top).id(), Double.NaN};
      }
    }
    return new Object[] {documents.get(top).id(), (double) best / total};
  }

  /** Returns the number of documents with a passage in {@code mask}. */
  private int documentsIn(boolean[] mask) {
    java.util.Set<Integer> docs = new java.util.HashSet<>();
    for (int p = 0; p < mask.length; p++) if (mask[p]) docs.add(passageDocument[p]);
    return docs.size();
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
    java.util.Set<String> known = new java.util.TreeSet<>();
    for (Document d : documents) known.addAll(d.metadata().keySet());
    if (!known.contains(column)) {
      throw BadInputException.option(
          "strata", "column '" + column + "' is not in the manifest (columns: " + known + ")");
    }
    int[][] sides = sides(target, reference);
    boolean[] tm = mask(sides[0]);
    boolean[] rm = mask(sides[1]);
    java.util.TreeMap<String, List<Integer>> byValue = new java.util.TreeMap<>();
    for (int d = 0; d < documents.size(); d++) {
      String v = documents.get(d).metadata().getOrDefault(column, "").strip();
      byValue.computeIfAbsent(v.isEmpty() ? "-" : v, x -> new ArrayList<>()).add(d);
    }
    List<Stratified.Stratum> strata = new ArrayList<>();
    for (var e : byValue.entrySet()) {
      java.util.Set<Integer> docs = new java.util.HashSet<>(e.getValue());
      boolean[] st = new boolean[tm.length];
      boolean[] sr = new boolean[tm.length];
      for (int p = 0; p < tm.length; p++) {
        boolean in = docs.contains(passageDocument[p]);
        st[p] = in && tm[p];
        sr[p] = in && rm[p];
      }
      strata.add(
          new Stratified.Stratum(
              e.getKey(), st, sr, counts.matrix().group(st), counts.matrix().group(sr)));
    }
    StratifiedTable table =
        Stratified.compare(
            terms, columns, strata, column, target.label(), reference.label(), options);
    boolean[] usedTarget = new boolean[tm.length];
    boolean[] usedReference = new boolean[tm.length];
    for (Stratified.Stratum s : strata) {
      if (!table.used().contains(s.name())) continue;
      for (int p = 0; p < tm.length; p++) {
        usedTarget[p] |= s.target()[p];
        usedReference[p] |= s.reference()[p];
      }
    }
    List<StratifiedRow> rows = new ArrayList<>();
    for (StratifiedRow row : table.rows()) {
      Object[] top = topDocument(id(row.term()), usedTarget, usedReference);
      rows.add(top == null ? row : row.withTopDocument((String) top[0], (Double) top[1]));
    }
    return new StratifiedTable(
        rows, column, table.used(), table.dropped(), options, table.target(), table.reference());
  }

  /** Returns the trend of every term over all years; see {@link TrendClassifier}. */
  public TrendTable trend(TrendOptions options) {
    return trend(null, options);
  }

  /**
   * Returns the trend of every term over the years of {@code span} (null for every year): a test of
   * change over time with passages as the unit, then a shape (see {@link TrendClassifier}).
   *
   * @throws BadInputException if fewer than two years are left
   */
  public TrendTable trend(Period span, TrendOptions options) {
    int[] years = span == null ? this.years : span.resolve(this.years, null, "years");
    if (years.length < 2) {
      throw new BadInputException(
          "trends need at least two years, "
              + (span == null ? "the corpus has " : span + " covers ")
              + years.length);
    }
    for (int y : years) {
      if (tokens(y) == 0) {
        throw new BadInputException(
            "year "
                + y
                + " has no word tokens (its text has no letter or digit): no trend over it");
      }
    }
    TrendTable t = TrendClassifier.classify(terms, counts, columns, years, options);
    boolean[][] sides = new boolean[years.length][];
    for (int y = 0; y < years.length; y++) sides[y] = mask(new int[] {years[y]});
    List<TrendRow> rows = new ArrayList<>(t.rows().size());
    for (TrendRow row : t.rows()) {
      Object[] top = topDocument(id(row.term()), sides);
      rows.add(top == null ? row : row.withTopDocument((String) top[0], (Double) top[1]));
    }
    return new TrendTable(t.years(), t.yearTokens(), rows, t.options(), t.gaps());
  }

  /**
   * Returns the multi-period view: for every term seen at least {@code minCount} times, its per10k
   * in every year, then for each comparison (every year against the rest, and every pair of
   * consecutive years, earlier → later) its G², BH-adjusted p, log ratio and z, side by side. Rows
   * are ordered by the largest |z| among the comparisons where the term is significant, then by the
   * largest |z| overall, then by term.
   */
  public Tabular all(KeynessOptions options, int top) {
    // a year without word tokens has no rates to compare; it is left out
    int[] years = Arrays.stream(this.years).filter(y -> tokens(y) > 0).toArray();
    List<String> names = new ArrayList<>();
    List<KeynessTable> tables = new ArrayList<>();
    for (int y : years) {
      if (years.length < 2) break;
      names.add(y + "_vs_rest");
      tables.add(compare(y, null, options));
    }
    for (int i = 0; i + 1 < years.length; i++) {
      names.add(years[i] + "_to_" + years[i + 1]);
      tables.add(compare(years[i + 1], years[i], options));
    }
    long[] tokens = new long[years.length];
    long[][] byYear = new long[years.length][];
    for (int y = 0; y < years.length; y++) {
      tokens[y] = tokens(years[y]);
      byYear[y] = counts.year(years[y]).count();
    }
    List<String> keep = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      long n = 0;
      for (long[] row : byYear) n += row[t];
      if (n >= options.minCount()) keep.add(terms.get(t));
    }
    List<Map<String, KeynessRow>> byTerm = byTerm(tables);
    Map<String, double[]> rank = new HashMap<>();
    for (String term : keep) {
      double sig = 0;
      double any = 0;
      for (Map<String, KeynessRow> kt : byTerm) {
        KeynessRow r = kt.get(term);
        if (r == null) continue;
        any = Math.max(any, Math.abs(r.z()));
        if (r.pAdjusted() < options.level()) sig = Math.max(sig, Math.abs(r.z()));
      }
      rank.put(term, new double[] {sig, any});
    }
    keep.sort(
        Comparator.<String>comparingDouble(s -> -rank.get(s)[0])
            .thenComparingDouble(s -> -rank.get(s)[1])
            .thenComparing(Comparator.naturalOrder()));
    keep = keep.subList(0, Math.min(top, keep.size()));

    Table out = Table.create("compare_all", StringColumn.create("term", keep));
    for (int y = 0; y < years.length; y++) {
      DoubleColumn c = DoubleColumn.create("per10k_" + years[y]);
      for (String term : keep) c.append(tokens[y] == 0 ? 0 : 1e4 * byYear[y][id(term)] / tokens[y]);
      out.addColumns(c);
    }
    for (int k = 0; k < tables.size(); k++) {
      DoubleColumn g2 = DoubleColumn.create("g2_" + names.get(k));
      DoubleColumn padj = DoubleColumn.create("p_adj_" + names.get(k));
      DoubleColumn lr = DoubleColumn.create("log_ratio_" + names.get(k));
      DoubleColumn z = DoubleColumn.create("z_" + names.get(k));
      for (String term : keep) {
        KeynessRow r = byTerm.get(k).get(term);
        if (r == null) {
          g2.appendMissing();
          padj.appendMissing();
          lr.appendMissing();
          z.appendMissing();
        } else {
          g2.append(r.g2());
          padj.append(r.pAdjusted());
          lr.append(r.logRatio());
          z.append(r.z());
        }
      }
      out.addColumns(g2, padj, lr, z);
    }
    return new AllYears(out);
  }

  /**
   * Returns the view over consecutive periods: for every term seen at least {@code minCount} times
   * in them, its per10k in each period ({@code per10k_2013..2017}: occurrences in the period's
   * years / its tokens), then for each pair of consecutive periods, earlier → later, the log ratio,
   * its 95% interval, the adjusted p, z and direction, then the term's top document and its share
   * over all the periods. Rows are ordered as in {@link #all}: by the largest |z| among the
   * comparisons where the term is significant, then by the largest |z|, then by term.
   *
   * @param periods at least two periods, none overlapping another
   * @throws BadInputException if fewer than two periods are given, one covers no year, or two
   *     overlap
   */
  public Tabular periods(List<Period> periods, KeynessOptions options, int top) {
    if (periods.size() < 2) {
      throw BadInputException.option("periods", "needs at least two periods, was " + periods);
    }
    List<int[]> years = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (Period p : periods) {
      if (p.rest()) throw BadInputException.option("periods", "cannot contain rest");
      int[] y = p.resolve(this.years, null, "periods");
      for (int x : y) {
        if (!seen.add(x)) throw BadInputException.option("periods", "overlap in " + x);
      }
      years.add(y);
    }
    List<KeynessTable> tables = new ArrayList<>();
    for (int i = 0; i + 1 < periods.size(); i++) {
      tables.add(compare(periods.get(i + 1), periods.get(i), options));
    }
    long[] tokens = new long[periods.size()];
    long[][] byPeriod = new long[periods.size()][];
    boolean[][] sides = new boolean[periods.size()][];
    for (int i = 0; i < periods.size(); i++) {
      int[] y = years.get(i);
      var g = counts.period(x -> Arrays.binarySearch(y, x) >= 0);
      tokens[i] = g.tokens();
      byPeriod[i] = g.count();
      sides[i] = mask(y);
    }
    List<String> keep = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      long n = 0;
      for (long[] row : byPeriod) n += row[t];
      if (n >= options.minCount()) keep.add(terms.get(t));
    }
    List<Map<String, KeynessRow>> byTerm = byTerm(tables);
    Map<String, double[]> rank = new HashMap<>();
    for (String term : keep) {
      double sig = 0;
      double max = 0;
      for (Map<String, KeynessRow> kt : byTerm) {
        KeynessRow r = kt.get(term);
        if (r == null) continue;
        max = Math.max(max, Math.abs(r.z()));
        if (r.pAdjusted() < options.level()) sig = Math.max(sig, Math.abs(r.z()));
      }
      rank.put(term, new double[] {sig, max});
    }
    keep.sort(
        Comparator.<String>comparingDouble(x -> -rank.get(x)[0])
            .thenComparingDouble(x -> -rank.get(x)[1])
            .thenComparing(Comparator.naturalOrder()));
    keep = keep.subList(0, Math.min(top, keep.size()));
    Table out = Table.create("compare_periods", StringColumn.create("term", keep));
    for (int i = 0; i < periods.size(); i++) {
      DoubleColumn c = DoubleColumn.create("per10k_" + periods.get(i).label());
      for (String term : keep)
        c.append(tokens[i] == 0 ? 0 : 1e4 * byPeriod[i][id(term)] / tokens[i]);
      out.addColumns(c);
    }
    for (int i = 0; i < tables.size(); i++) {
      String name = periods.get(i).label() + "_to_" + periods.get(i + 1).label();
      DoubleColumn lr = DoubleColumn.create("log_ratio_" + name);
      DoubleColumn lo = DoubleColumn.create("log_ratio_lower_" + name);
      DoubleColumn hi = DoubleColumn.create("log_ratio_upper_" + name);
      DoubleColumn padj = DoubleColumn.create("p_adj_" + name);
      DoubleColumn z = DoubleColumn.create("z_" + name);
      StringColumn dir = StringColumn.create("direction_" + name);
      for (String term : keep) {
        KeynessRow r = byTerm.get(i).get(term);
        if (r == null) {
          lr.appendMissing();
          lo.appendMissing();
          hi.appendMissing();
          padj.appendMissing();
          z.appendMissing();
          dir.append("");
        } else {
          lr.append(r.logRatio());
          lo.append(r.logRatioLower());
          hi.append(r.logRatioUpper());
          padj.append(r.pAdjusted());
          z.append(r.z());
          dir.append(r.direction().name());
        }
      }
      out.addColumns(lr, lo, hi, padj, z, dir);
    }
    StringColumn topDoc = StringColumn.create(KeynessTable.TOP_DOC);
    DoubleColumn topShare = DoubleColumn.create(KeynessTable.TOP_DOC_SHARE);
    for (String term : keep) {
      Object[] topDocument = topDocument(id(term), sides);
      topDoc.append(topDocument == null ? "" : (String) topDocument[0]);
      topShare.append(topDocument == null ? Double.NaN : (Double) topDocument[1]);
    }
    out.addColumns(topDoc, topShare);
    return new AllYears(out);
  }

  /** Returns each table's rows by term. */
  private static List<Map<String, KeynessRow>> byTerm(List<KeynessTable> tables) {
    List<Map<String, KeynessRow>> out = new ArrayList<>();
    for (KeynessTable kt : tables) {
      Map<String, KeynessRow> m = new HashMap<>();
      for (KeynessRow r : kt.rows()) m.put(r.term(), r);
      out.add(m);
    }
    return out;
  }

  /**
   * A table built of several results (the multi-period view; keyness with intervals).
   *
   * @param table the rows
   */
  public record AllYears(Table table) implements Tabular {
    /** Returns the first and last rows as aligned text. */
    @Override
    public String toString() {
      return qushi.analytics.core.TextTable.preview(
          table, qushi.analytics.core.TextTable.PREVIEW_CHARS);
    }
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
    checkYear(year);
    if (prepared == null) {
      throw new IllegalStateException("a term search reads the text; these counts have none");
    }
    String q = prepared.text().cleanQuery(term);
    if (tokens(year) == 0)
      return new RateInterval(Double.NaN, Double.NaN, Double.NaN, options.level());
    int[] ps = counts.passagesOf(year);
    int[] occurrences = new int[ps.length];
    int[] tokens = new int[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Passage p = prepared.passages().get(ps[i]);
      occurrences[i] = PreparedCorpus.occurrences(prepared.text(p), q);
      tokens[i] = prepared.tokenCount(ps[i]);
    }
    return Bootstrap.rateInterval(occurrences, tokens, options, seed);
  }

  /**
   * Returns bootstrap intervals of every term's rate among the passages of {@code year}, by term
   * id.
   */
  public List<RateInterval> intervals(int year, BootstrapOptions options, long seed) {
    checkYear(year);
    if (tokens(year) == 0) {
      RateInterval none = new RateInterval(Double.NaN, Double.NaN, Double.NaN, options.level());
      return java.util.Collections.nCopies(terms.size(), none);
    }
    PassageMatrix m = counts.matrix().subset(counts.passagesOf(year));
    return Bootstrap.rateIntervals(m, options, seed);
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
    Table table = keyness.table();
    List<RateInterval> t = intervals(target, options, seed);
    List<RateInterval> r = reference == null ? null : intervals(reference, options, seed);
    DoubleColumn tl = DoubleColumn.create("target_lower");
    DoubleColumn tu = DoubleColumn.create("target_upper");
    DoubleColumn rl = DoubleColumn.create("reference_lower");
    DoubleColumn ru = DoubleColumn.create("reference_upper");
    for (String term : table.stringColumn(KeynessTable.TERM)) {
      int id = id(term);
      tl.append(t.get(id).lower());
      tu.append(t.get(id).upper());
      if (r != null) {
        rl.append(r.get(id).lower());
        ru.append(r.get(id).upper());
      }
    }
    table.insertColumn(table.columnIndex(KeynessTable.TARGET_PER10K) + 1, tl);
    table.insertColumn(table.columnIndex(KeynessTable.TARGET_PER10K) + 2, tu);
    if (r != null) {
      table.insertColumn(table.columnIndex(KeynessTable.REFERENCE_PER10K) + 1, rl);
      table.insertColumn(table.columnIndex(KeynessTable.REFERENCE_PER10K) + 2, ru);
    }
    return new AllYears(table);
  }

  private void checkYear(int year) {
    if (Arrays.binarySearch(years, year) < 0) {
      throw new BadInputException(
          "year " + year + " is not in the corpus (years: " + Arrays.toString(years) + ")");
    }
  }
}
