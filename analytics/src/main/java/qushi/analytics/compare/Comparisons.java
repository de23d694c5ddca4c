package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Tabular;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.PreparedCorpus;
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
  private final PreparedCorpus corpus;
  private final int[] years;
  private final List<String> terms;
  private final Counts counts;

  /** Creates the comparisons of {@code corpus}. */
  public Comparisons(PreparedCorpus corpus) {
    this(corpus, corpus.years(), List.of(corpus.vocabulary().terms()), corpus.counts());
  }

  /**
   * Creates the comparisons of counts summed elsewhere (by a distributed engine): keyness, the
   * multi-period view and trends; the bootstrap intervals, which resample passages, are not
   * available.
   *
   * @param years the corpus's years, ascending
   * @param terms the vocabulary in id order (sorted)
   * @param counts the counts per year over that vocabulary
   */
  public Comparisons(int[] years, List<String> terms, Counts counts) {
    this(null, years, terms, counts);
  }

  private Comparisons(PreparedCorpus corpus, int[] years, List<String> terms, Counts counts) {
    this.corpus = corpus;
    this.years = years.clone();
    this.terms = List.copyOf(terms);
    this.counts = counts;
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
    GroupCounts t = counts.year(target);
    GroupCounts r = reference == null ? counts.period(y -> y != target) : counts.year(reference);
    if (t.tokens() == 0 || r.tokens() == 0) {
      String which =
          t.tokens() == 0
              ? "year " + target
              : reference == null ? "the other years" : "year " + reference;
      throw new BadInputException(
          which + " has no word tokens (its text has no letter or digit): nothing to compare");
    }
    return Keyness.compare(terms, t, r, options);
  }

  /** Returns the trend class of every term: the last year against all earlier years pooled. */
  public TrendTable trend(TrendOptions options) {
    if (years.length < 2) {
      throw new BadInputException("trends need at least two years, the corpus has " + years.length);
    }
    for (int y : years) {
      if (counts.tokens(y) == 0) {
        throw new BadInputException(
            "year "
                + y
                + " has no word tokens (its text has no letter or digit): no trend over it");
      }
    }
    return TrendClassifier.classify(terms, counts, options);
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
    int[] years = Arrays.stream(this.years).filter(y -> counts.tokens(y) > 0).toArray();
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
      tokens[y] = counts.tokens(years[y]);
      byYear[y] = counts.year(years[y]).count();
    }
    List<String> keep = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      long n = 0;
      for (long[] row : byYear) n += row[t];
      if (n >= options.minCount()) keep.add(terms.get(t));
    }
    Map<String, double[]> rank = new HashMap<>();
    for (String term : keep) {
      double sig = 0;
      double any = 0;
      for (KeynessTable kt : tables) {
        KeynessRow r = kt.row(term).orElse(null);
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
        KeynessRow r = tables.get(k).row(term).orElse(null);
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
   */
  public RateInterval interval(String term, int year, BootstrapOptions options, long seed) {
    checkYear(year);
    requirePassages();
    String q = corpus.text().cleanQuery(term);
    if (counts.tokens(year) == 0)
      return new RateInterval(Double.NaN, Double.NaN, Double.NaN, options.level());
    int[] ps = counts.passagesOf(year);
    int[] occurrences = new int[ps.length];
    int[] tokens = new int[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Passage p = corpus.passages().get(ps[i]);
      occurrences[i] = PreparedCorpus.occurrences(corpus.text(p), q);
      tokens[i] = corpus.tokenCount(ps[i]);
    }
    return Bootstrap.rateInterval(occurrences, tokens, options, seed);
  }

  /**
   * Returns bootstrap intervals of every term's rate among the passages of {@code year}, by term
   * id.
   */
  public List<RateInterval> intervals(int year, BootstrapOptions options, long seed) {
    checkYear(year);
    requirePassages();
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

  /** Returns the id of {@code term} in the sorted vocabulary. */
  private int id(String term) {
    return Collections.binarySearch(terms, term);
  }

  private void requirePassages() {
    if (corpus == null) {
      throw new IllegalStateException(
          "bootstrap intervals resample passages; these counts have none");
    }
  }

  private void checkYear(int year) {
    if (Arrays.binarySearch(years, year) < 0) {
      throw new BadInputException(
          "year " + year + " is not in the corpus (years: " + Arrays.toString(years) + ")");
    }
  }
}
