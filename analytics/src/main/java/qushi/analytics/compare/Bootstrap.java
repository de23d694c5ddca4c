package qushi.analytics.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.stats.Quantiles;

/**
 * Percentile bootstrap confidence intervals of term rates per 10,000 tokens, resampling whole
 * passages so that the interval reflects how unevenly a term spreads over the texts of a year.
 *
 * <pre>
 * for b = 1 … B: draw P passages with replacement from the P passages of the group
 *                rate_b = Σ count / Σ tokens · 10⁴ over the drawn passages (0 if no tokens)
 * interval = [Q(α/2), Q(1 − α/2)] of rate_1 … rate_B,   α = 1 − level
 *            widened to the exact Poisson interval of the count x over the N tokens where that is
 *            wider: [χ²(α/2; 2x)/2, χ²(1 − α/2; 2x + 2)/2] / N · 10⁴   (Garwood 1936)
 * </pre>
 *
 * The bootstrap sees how unevenly a term spreads over the units, but not the chance in a small
 * count: a year without the term resamples to 0 every time, and its percentile interval would be
 * [0, 0], as if the rate were known to be 0. The exact Poisson interval of a count of 0 over 1,329
 * tokens reaches 3.69 occurrences, 27.8 per 10,000; the wider of the two is kept.
 *
 * <p>Q is the linearly interpolated sample quantile (Hyndman &amp; Fan 1996, type 7). Reference:
 * Efron, B. &amp; Tibshirani, R. (1993), An Introduction to the Bootstrap, ch. 13; for passage
 * resampling of word frequencies, Lijffijt, J. et al. (2016), "Significance testing of word
 * frequencies in corpora", Digital Scholarship in the Humanities 31(2):374–397.
 *
 * <p>All terms share one set of resampled passage indices, drawn from one {@link SplittableRandom}
 * seeded by the caller in a fixed order: replicate b, then draw i. So the intervals of several
 * terms are jointly consistent (they come from the same pseudo-corpora), a term's interval does not
 * depend on which other terms are computed, and a seed gives the same result every time.
 */
public final class Bootstrap {
  private Bootstrap() {}

  /**
   * Returns the rate interval of one term in one group of passages.
   *
   * @param counts the term's count in each passage, each ≥ 0 and ≤ the passage's tokens
   * @param tokens each passage's token total, ≥ 0, with a positive sum
   * @param options the settings
   * @param seed the seed of the one generator that draws every resample
   * @throws IllegalArgumentException on mismatched lengths, no passages or no tokens
   */
  public static RateInterval rateInterval(
      int[] counts, int[] tokens, BootstrapOptions options, long seed) {
    int[][] column = new int[counts.length][];
    for (int p = 0; p < counts.length; p++) {
      column[p] = new int[] {counts[p]};
    }
    return rateIntervals(PassageMatrix.ofDense(column, tokens), options, seed).get(0);
  }

  /**
   * Returns the rate interval of every term of a group of passages, in term order, from one shared
   * set of resamples (use {@link PassageMatrix#subset} to select a year).
   *
   * @param counts passage × term counts of the group
   * @param options the settings
   * @param seed the seed of the one generator that draws every resample
   * @throws IllegalArgumentException if the group has no passages or no tokens
   */
  public static List<RateInterval> rateIntervals(
      PassageMatrix counts, BootstrapOptions options, long seed) {
    int passages = counts.passages();
    if (passages == 0) {
      throw new IllegalArgumentException("need ≥ 1 passage, was 0");
    }
    long totalTokens = 0;
    for (int p = 0; p < passages; p++) {
      totalTokens += counts.tokens(p);
    }
    if (totalTokens == 0) {
      throw new IllegalArgumentException("the passages hold no tokens");
    }
    int replicates = options.resamples();
    // weights[b][p] = how often passage p was drawn in replicate b.
    int[][] weights = new int[replicates][passages];
    double[] replicateTokens = new double[replicates];
    SplittableRandom random = new SplittableRandom(seed);
    for (int b = 0; b < replicates; b++) {
      for (int i = 0; i < passages; i++) {
        int p = random.nextInt(passages);
        weights[b][p]++;
        replicateTokens[b] += counts.tokens(p);
      }
    }
    int[][] columnPassages = new int[counts.terms()][];
    int[][] columnCounts = new int[counts.terms()][];
    transpose(counts, columnPassages, columnCounts);
    double alpha = 1 - options.level();
    // the exact Poisson limits, in occurrences, of every count the terms have
    Map<Long, double[]> exact = new HashMap<>();
    for (int[] ys : columnCounts) {
      long total = 0;
      for (int y : ys) total += y;
      exact.computeIfAbsent(total, x -> poissonLimits(x, alpha));
    }
    RateInterval[] out = new RateInterval[counts.terms()];
    long allTokens = totalTokens;
    // the replicates are drawn above, so the terms are independent and run in parallel
    ThreadLocal<double[]> buffers = ThreadLocal.withInitial(() -> new double[replicates]);
    IntStream.range(0, counts.terms())
        .parallel()
        .forEach(
            t -> {
              double[] rates = buffers.get();
              int[] ps = columnPassages[t];
              int[] ys = columnCounts[t];
              long total = 0;
              for (int y : ys) {
                total += y;
              }
              for (int b = 0; b < replicates; b++) {
                int[] w = weights[b];
                long sum = 0;
                for (int k = 0; k < ps.length; k++) {
                  sum += (long) w[ps[k]] * ys[k];
                }
                rates[b] = replicateTokens[b] == 0 ? 0 : sum * 1e4 / replicateTokens[b];
              }
              Arrays.sort(rates);
              double[] limits = exact.get(total);
              out[t] =
                  new RateInterval(
                      total * 1e4 / allTokens,
                      Math.min(Quantiles.type7(rates, alpha / 2), limits[0] * 1e4 / allTokens),
                      Math.max(Quantiles.type7(rates, 1 - alpha / 2), limits[1] * 1e4 / allTokens),
                      options.level());
            });
    return List.of(out);
  }

  /**
   * Returns the exact (Garwood) limits of a Poisson mean from a count of {@code x}, in occurrences:
   * {χ²(α/2; 2x)/2 (0 when x = 0), χ²(1 − α/2; 2x + 2)/2}.
   */
  static double[] poissonLimits(long x, double alpha) {
    double lower =
        x == 0
            ? 0
            : new ChiSquaredDistribution(null, 2.0 * x).inverseCumulativeProbability(alpha / 2) / 2;
    double upper =
        new ChiSquaredDistribution(null, 2.0 * x + 2).inverseCumulativeProbability(1 - alpha / 2)
            / 2;
    return new double[] {lower, upper};
  }

  /** Fills per-term passage lists and counts (the column view of the row-stored matrix). */
  private static void transpose(PassageMatrix m, int[][] passages, int[][] counts) {
    int[] sizes = new int[m.terms()];
    int entries = m.rowStart(m.passages());
    for (int k = 0; k < entries; k++) {
      sizes[m.termId(k)]++;
    }
    for (int t = 0; t < sizes.length; t++) {
      passages[t] = new int[sizes[t]];
      counts[t] = new int[sizes[t]];
    }
    int[] fill = new int[m.terms()];
    for (int p = 0; p < m.passages(); p++) {
      for (int k = m.rowStart(p); k < m.rowStart(p + 1); k++) {
        int t = m.termId(k);
        passages[t][fill[t]] = p;
        counts[t][fill[t]++] = m.countAt(k);
      }
    }
  }
}
