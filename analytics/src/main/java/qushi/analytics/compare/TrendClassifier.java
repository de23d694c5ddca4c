package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;

/**
 * Classifies terms as EMERGING, RISING, FALLING, VANISHED or STABLE by comparing the last year with
 * all earlier years pooled.
 *
 * <p>The comparison is a {@link Keyness} test (last year = target, earlier = reference) over every
 * term whose total count reaches {@code minCount}; those terms form the Benjamini–Hochberg family.
 * With sig = p_adj &lt; level, a = last-year count, b = earlier count:
 *
 * <pre>
 * EMERGING  b = 0 and a ≥ minCount and sig
 * VANISHED  a = 0 and b ≥ minCount and sig
 * RISING    a, b &gt; 0 and sig and LR ≥  minLogRatio
 * FALLING   a, b &gt; 0 and sig and LR ≤ −minLogRatio
 * STABLE    otherwise
 * </pre>
 *
 * EMERGING and VANISHED demand significance as well as a count: when the last year is small (≈1,500
 * tokens) beside a large earlier period (≈40,000), a term seen twice in the last year and never
 * before is expected 0.07 times under no change, which looks striking but is weak evidence once
 * hundreds of terms are screened; Williams' correction and the adjustment keep such one-offs STABLE
 * until the counts say more.
 *
 * <p>Prefer the passage overload: year totals alone assume independent tokens, which texts violate
 * (see {@link Keyness}).
 */
public final class TrendClassifier {
  private TrendClassifier() {}

  /**
   * Returns the trend classes from per-year totals (token-level test).
   *
   * @param terms distinct terms, aligned with the rows of {@code counts}
   * @param years at least two years, strictly ascending
   * @param counts {@code counts[term][year]} occurrences, each ≥ 0 and ≤ that year's tokens
   * @param yearTokens tokens per year, each &gt; 0
   * @param options the settings
   * @throws IllegalArgumentException on mismatched sizes, unsorted years or bad counts
   */
  public static TrendTable classify(
      List<String> terms, int[] years, long[][] counts, long[] yearTokens, TrendOptions options) {
    checkYears(years);
    if (yearTokens.length != years.length) {
      throw new IllegalArgumentException(
          "yearTokens has " + yearTokens.length + " entries, expected " + years.length);
    }
    for (int y = 0; y < years.length; y++) {
      if (yearTokens[y] <= 0) {
        throw new IllegalArgumentException(
            "tokens of year " + years[y] + " must be > 0, was " + yearTokens[y]);
      }
    }
    if (counts.length != terms.size()) {
      throw new IllegalArgumentException(
          "counts has " + counts.length + " rows but " + terms.size() + " terms were given");
    }
    int last = years.length - 1;
    long[] a = new long[terms.size()];
    long[] b = new long[terms.size()];
    for (int t = 0; t < counts.length; t++) {
      if (counts[t].length != years.length) {
        throw new IllegalArgumentException(
            "counts[" + t + "] has " + counts[t].length + " years, expected " + years.length);
      }
      a[t] = counts[t][last];
      for (int y = 0; y < last; y++) {
        b[t] += counts[t][y];
      }
    }
    long earlierTokens = 0;
    for (int y = 0; y < last; y++) {
      earlierTokens += yearTokens[y];
    }
    KeynessTable keyness =
        Keyness.compare(terms, a, b, yearTokens[last], earlierTokens, options.keyness());
    return assemble(terms, years, counts, yearTokens, keyness, options);
  }

  /**
   * Returns the trend classes from the shared counts (passage-level test), the test corrected for
   * overdispersion when {@link KeynessOptions#quasiLikelihood()} is on.
   *
   * @param terms distinct terms, one per term id of the counts
   * @param counts the corpus counts; at least two years
   * @param options the settings
   * @throws IllegalArgumentException on mismatched sizes or fewer than two years
   */
  public static TrendTable classify(List<String> terms, Counts counts, TrendOptions options) {
    if (counts.terms() != terms.size()) {
      throw new IllegalArgumentException(
          "counts have " + counts.terms() + " terms but " + terms.size() + " terms were given");
    }
    int[] years = counts.years();
    checkYears(years);
    int lastYear = years[years.length - 1];
    long[][] byYear = new long[terms.size()][years.length];
    long[] yearTokens = new long[years.length];
    for (int y = 0; y < years.length; y++) {
      GroupCounts g = counts.year(years[y]);
      yearTokens[y] = g.tokens();
      for (int t = 0; t < terms.size(); t++) byYear[t][y] = g.count()[t];
    }
    KeynessTable keyness =
        Keyness.compare(
            terms, counts.year(lastYear), counts.period(y -> y != lastYear), options.keyness());
    return assemble(terms, years, byYear, yearTokens, keyness, options);
  }

  private static void checkYears(int[] years) {
    if (years.length < 2) {
      throw new IllegalArgumentException("need ≥ 2 years, was " + years.length);
    }
    for (int y = 1; y < years.length; y++) {
      if (years[y] <= years[y - 1]) {
        throw new IllegalArgumentException(
            "years must be strictly ascending, found " + years[y - 1] + " before " + years[y]);
      }
    }
  }

  private static TrendTable assemble(
      List<String> terms,
      int[] years,
      long[][] counts,
      long[] yearTokens,
      KeynessTable keyness,
      TrendOptions options) {
    Map<String, Integer> index = new HashMap<>();
    for (int t = 0; t < terms.size(); t++) {
      index.put(terms.get(t), t);
    }
    double level = options.keyness().level();
    List<TrendRow> rows = new ArrayList<>();
    for (KeynessRow k : keyness.rows()) {
      long[] series = counts[index.get(k.term())];
      double[] per10k = new double[years.length];
      for (int y = 0; y < years.length; y++) {
        per10k[y] = series[y] * 1e4 / yearTokens[y];
      }
      rows.add(
          new TrendRow(
              k.term(),
              classOf(k, level, options.minLogRatio()),
              per10k,
              k.targetCount(),
              k.referenceCount(),
              k.logRatio(),
              k.g2(),
              k.pAdjusted(),
              k.z()));
    }
    rows.sort(TrendTable.ORDER);
    return new TrendTable(years, yearTokens, rows, options);
  }

  /** Applies the rules of the type comment; minCount was already enforced by the keyness filter. */
  static TrendClass classOf(KeynessRow k, double level, double minLogRatio) {
    if (!k.significant(level)) {
      return TrendClass.STABLE;
    }
    if (k.referenceCount() == 0) {
      return TrendClass.EMERGING;
    }
    if (k.targetCount() == 0) {
      return TrendClass.VANISHED;
    }
    if (k.direction() == Direction.UP && k.logRatio() >= minLogRatio) {
      return TrendClass.RISING;
    }
    if (k.direction() == Direction.DOWN && k.logRatio() <= -minLogRatio) {
      return TrendClass.FALLING;
    }
    return TrendClass.STABLE;
  }
}
