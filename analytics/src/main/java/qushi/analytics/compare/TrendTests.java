package qushi.analytics.compare;

import java.util.Arrays;
import java.util.List;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.stats.DiscreteNull;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.stats.PermutationTests;
import qushi.analytics.stats.PoissonRegression;

/**
 * The test of one term's change over time that {@link TrendClassifier} runs for every term: the
 * time regression against the flat rate, the burst between years, the step at the best split
 * between two years (from four years on), their permutation guards (the exact linear and quadratic
 * contrasts or their Pearson type III approximation, the scan test of the years and that of the
 * splits' sides), combined by weighted Bonferroni, and the term's row before the correction for
 * multiple testing and its shape.
 */
final class TrendTests {
  private TrendTests() {}

  /** Where a term's units (passages or documents) are, for the permutation guard. */
  record Guard(TermColumns columns, int term) {}

  /** A term's test before the correction for multiple testing. */
  record Tested(
      TrendRow row, DiscreteNull nulls, double p, boolean sparse, double[] fitted, long[] c) {}

  /**
   * Returns the test of one term with counts {@code c} per year of {@code span}: the token-level
   * test when {@code squares} is null, otherwise the test over the span's units (passages or
   * documents: {@link qushi.analytics.prepare.TestUnits}) with its guards.
   *
   * @param squares per year, Σ y²/n over its units
   * @param presence per year, the units that contain the term
   * @param containing the units that contain the term
   * @param passages the passages that contain the term (shown in the row)
   */
  static Tested test(
      String term,
      long[] c,
      double[] squares,
      long[] presence,
      long[] established,
      int containing,
      int passages,
      TrendSpan span,
      Guard guard,
      TrendOptions options) {
    int g = c.length;
    long total = 0;
    long exposure = 0;
    for (int y = 0; y < g; y++) {
      total += c[y];
      exposure += span.tokens[y];
    }
    double pooled = (double) total / exposure;
    double[] flat = new double[g];
    Arrays.fill(flat, pooled);
    double d0 = PoissonRegression.groupDeviance(c, span.tokens, flat);
    PoissonRegression.Fit fit = PoissonRegression.fit(span.x, c, span.tokens);
    int q = span.x[0].length;
    double deviance = Math.max(0, d0 - fit.deviance());
    double phi = 1;
    double p;
    double g2;
    DiscreteNull nulls = DiscreteNull.UNIFORM;
    boolean sparse = false;
    double[] weights = TrendClassifier.weights(g);
    if (squares == null) {
      g2 = deviance;
      double pTrend = LogLikelihood.chiSquaredP(deviance, q - 1);
      double pBurst = LogLikelihood.chiSquaredP(between(c, span.tokens, pooled), g - 1);
      double pStep = weights[2] > 0 ? stepP(c, span.tokens, pooled, 1, 0) : 1;
      p = combined(weights, pTrend, pBurst, pStep);
    } else {
      int units = span.passages();
      double pure = 0;
      for (int y = 0; y < g; y++) if (c[y] > 0) pure += squares[y] * span.tokens[y] / c[y] - c[y];
      int df = Math.max(1, units - g);
      phi = Math.max(1, pure / df);
      g2 = deviance / phi;
      int bin = TrendSpan.bin(pooled);
      double[] share = span.shares(bin);
      Guarded trend = guard(guard, c, pooled, share, span, containing);
      double pTrend = Math.max(LogLikelihood.fP(g2 / (q - 1), q - 1, df), trend.p);
      double pBurst =
          LogLikelihood.fP(between(c, span.tokens, pooled) / (phi * (g - 1)), g - 1, df);
      int[] k = new int[g];
      for (int y = 0; y < g; y++) k[y] = (int) presence[y];
      long key = TrendSpan.key(containing, bin);
      // the scan's p is valid for every term; its exact null is kept for the rare ones
      pBurst =
          Math.max(
              pBurst,
              PermutationTests.scanP(
                  k,
                  span.scanTails.computeIfAbsent(
                      key, n -> PermutationTests.scanTails(containing, share))));
      DiscreteNull burstNulls =
          containing <= qushi.analytics.stats.TwoGroupTest.EXACT_UP_TO
              ? span.scanNulls.computeIfAbsent(
                  key, n -> PermutationTests.scanNull(containing, share))
              : DiscreteNull.UNIFORM;
      double pStep = 1;
      DiscreteNull stepNulls = DiscreteNull.UNIFORM;
      if (weights[2] > 0) {
        // the step's quasi-likelihood p, guarded by the scan of the years before and after each
        // split: for a rare term Bonferroni over the sides, whose exact null the discrete
        // correction reads (as the burst scan's); for a common one the exact scan, whose null is
        // continuous enough (a null bounded by t alone cost the rare terms more than the exact
        // scan gained them)
        double quasi = stepP(c, span.tokens, pooled, phi, df);
        double[] sides = TrendSpan.sideShares(share);
        double[][] sideTails =
            span.stepTails.computeIfAbsent(key, n -> PermutationTests.scanTails(containing, sides));
        boolean rare = containing <= qushi.analytics.stats.TwoGroupTest.EXACT_UP_TO;
        pStep =
            Math.max(
                quasi,
                rare
                    ? PermutationTests.scanP(PermutationTests.stepSides(k), sideTails)
                    : PermutationTests.stepScanP(k, share, sideTails, quasi));
        if (rare)
          stepNulls =
              span.stepNulls.computeIfAbsent(
                  key, n -> PermutationTests.scanNull(containing, sides));
      }
      p = combined(weights, pTrend, pBurst, pStep);
      nulls =
          weights[2] > 0
              ? DiscreteNull.weighted(List.of(trend.nulls, burstNulls, stepNulls), weights)
              : DiscreteNull.weighted(
                  List.of(trend.nulls, burstNulls), new double[] {weights[0], weights[1]});
      sparse = !nulls.continuous() && nulls.minimum() >= options.keyness().level();
    }
    double[] rate = new double[g];
    double[] per10k = new double[g];
    for (int y = 0; y < g; y++) {
      rate[y] = (double) c[y] / span.tokens[y];
      per10k[y] = rate[y] * 1e4;
    }
    int onset = -1;
    int last = -1;
    for (int y = 0; y < g; y++) {
      if (established[y] > 0) {
        if (onset < 0) onset = y;
        last = y;
      }
    }
    if (onset < 0) {
      for (int y = 0; y < g; y++) {
        if (c[y] > 0) {
          if (onset < 0) onset = y;
          last = y;
        }
      }
    }
    // the peak lies within the span the term is established in: a stray occurrence in a small year
    // outside it (one in a short editorial) has the highest rate of all, and is no peak. Within it,
    // the peak is the year whose rate is highest at the lower end of its 95% interval: one
    // occurrence in a year of 191 tokens (52 per 10k) is not a peak over 40 in 20,000 (20 per 10k)
    int peak = onset;
    double peakLow = lowerRate(c[onset], span.tokens[onset]);
    for (int y = onset + 1; y <= last; y++) {
      double low = lowerRate(c[y], span.tokens[y]);
      if (low > peakLow) {
        peak = y;
        peakLow = low;
      }
    }
    // the trough, alike: the year between onset and last whose rate is lowest at the upper end of
    // its interval (no occurrence in a year of 191 tokens is no trough under 2 in 20,000)
    int trough = onset;
    double troughHigh = upperRate(c[onset], span.tokens[onset]);
    for (int y = onset + 1; y <= last; y++) {
      double high = upperRate(c[y], span.tokens[y]);
      if (high < troughHigh) {
        trough = y;
        troughHigh = high;
      }
    }
    double[] fitted = fit.rate();
    // the change is observed, not fitted: a curve fitted over many years runs far beyond the rates
    // of small early years, and its ends could contradict every rate in the row. Each end holds
    // the term END_EVIDENCE times at its overall rate, times the years' own dispersion around the
    // curve: where single years scatter (a term of 14, 41, 147, 15 per 10k), one year tells
    // nothing of where the series stands
    double scatter = g > q ? Math.max(1, fit.deviance() / (g - q)) : 1;
    double need = TrendClassifier.END_EVIDENCE * scatter;
    int[] ends = TrendClassifier.ends(pooled, span.tokens, need);
    KeynessOptions ko = options.keyness();
    double change =
        Keyness.logRatio(
            TrendClassifier.sum(c, ends[1], g - 1),
            TrendClassifier.sum(c, 0, ends[0]),
            TrendClassifier.sum(span.tokens, ends[1], g - 1),
            TrendClassifier.sum(span.tokens, 0, ends[0]),
            ko.zeroCorrection());
    long lastFrequency = c[g - 1];
    long earlierFrequency = total - lastFrequency;
    long lastTokens = span.tokens[g - 1];
    long earlierTokens = exposure - lastTokens;
    double logRatio = 0;
    double z = 0;
    if (Direction.of(lastFrequency, earlierFrequency, lastTokens, earlierTokens)
        != Direction.NONE) {
      logRatio =
          Keyness.logRatio(
              lastFrequency, earlierFrequency, lastTokens, earlierTokens, ko.zeroCorrection());
      double alpha0 = ko.alpha0For(lastTokens, earlierTokens);
      z =
          Keyness.logOddsZ(
              lastFrequency, earlierFrequency, lastTokens, earlierTokens, alpha0 * pooled, alpha0);
    }
    TrendRow row =
        new TrendRow(
            term,
            TrendClass.STABLE,
            per10k,
            lastFrequency,
            earlierFrequency,
            logRatio,
            g2,
            Double.NaN,
            z,
            total,
            passages,
            span.years[onset],
            span.years[peak],
            span.years[trough],
            span.years[last],
            change,
            span.years[ends[0]],
            span.years[ends[1]],
            scatter,
            p,
            phi,
            "",
            Double.NaN);
    return new Tested(row, nulls, p, sparse, fitted, c);
  }

  record Guarded(double p, DiscreteNull nulls) {}

  /**
   * Returns the permutation guard: linear and quadratic contrasts, Bonferroni-combined. It is exact
   * ({@link PermutationTests#labelledSum}, labels drawn with replacement) for a term in few units:
   * at most {@value qushi.analytics.stats.TwoGroupTest#EXACT_UP_TO}, and at most a third of all.
   * Drawing with replacement widens the spread of the sum by about (U − 1)/(U − K) for K of U
   * units: little for a term in a few passages, but without end for a term in every document of a
   * corpus of documents (a term in all 60 documents, rising 2.8-fold, had p = 0.03). Past a third
   * the Pearson type III approximation of the permutation's own moments is used; below it the exact
   * tails are kept, which the approximation misses for a term crowded into one year.
   */
  private static Guarded guard(
      Guard guard, long[] c, double pooled, double[] share, TrendSpan span, int containing) {
    int g = span.years.length;
    int units = span.passages();
    boolean curve = g >= 3;
    if (qushi.analytics.stats.TwoGroupTest.exact(containing, units)) {
      int[] values = guard.columns().values(guard.term(), span.mask);
      int[] where = guard.columns().passagesOf(guard.term(), span.mask);
      int[] labels = new int[values.length];
      for (int i = 0; i < where.length; i++) labels[i] = span.yearIndex[where[i]];
      PermutationTests.Exact lin = PermutationTests.labelledSum(values, labels, share, span.linear);
      if (!curve) return new Guarded(lin.p(), lin.nulls());
      PermutationTests.Exact quad =
          PermutationTests.labelledSum(values, labels, share, span.quadratic);
      return new Guarded(
          Math.min(1, 2 * Math.min(lin.p(), quad.p())), lin.nulls().bonferroni(quad.nulls()));
    }
    double[] moments =
        guard.columns().residualMoments(guard.term(), span.mask, pooled, span.powers);
    double pLin = contrastP(c, pooled, span, span.time, moments);
    if (!curve) return new Guarded(pLin, DiscreteNull.UNIFORM);
    double[] squared = new double[g];
    for (int y = 0; y < g; y++) squared[y] = span.time[y] * span.time[y];
    double pQuad = contrastP(c, pooled, span, squared, moments);
    return new Guarded(Math.min(1, 2 * Math.min(pLin, pQuad)), DiscreteNull.UNIFORM);
  }

  /** Returns the Pearson type III permutation p of Σ_g contrast_g (C_g − r N_g). */
  private static double contrastP(
      long[] c, double pooled, TrendSpan span, double[] contrast, double[] moments) {
    int g = c.length;
    int units = span.passages();
    double mean = 0;
    for (int y = 0; y < g; y++) mean += span.passagesPerYear[y] * contrast[y];
    mean /= units;
    double b2 = 0;
    double b3 = 0;
    double statistic = 0;
    for (int y = 0; y < g; y++) {
      double d = contrast[y] - mean;
      b2 += span.passagesPerYear[y] * d * d;
      b3 += span.passagesPerYear[y] * d * d * d;
      statistic += contrast[y] * (c[y] - pooled * span.tokens[y]);
    }
    return PermutationTests.pearsonThree(statistic, moments[0], moments[1], b2, b3, units);
  }

  /** Returns the weighted Bonferroni combination min(1, min_i p_i / w_i) of the three parts. */
  private static double combined(double[] weights, double pTrend, double pBurst, double pStep) {
    double p = Math.min(pTrend / weights[0], pBurst / weights[1]);
    if (weights[2] > 0) p = Math.min(p, pStep / weights[2]);
    return Math.min(1, p);
  }

  /**
   * Returns the step part's p: for each split between two consecutive years, the Poisson deviance
   * of one rate before it and one after it against the pooled rate, D_s = 2 Σ_side C ln(C / (N·r)),
   * tested as χ²₁ (token level, {@code df} 0) or as F(1, df) after dividing by φ; Bonferroni over
   * the G − 1 splits.
   */
  static double stepP(long[] c, long[] tokens, double pooled, double phi, int df) {
    int g = c.length;
    long total = 0;
    long exposure = 0;
    for (int y = 0; y < g; y++) {
      total += c[y];
      exposure += tokens[y];
    }
    long before = 0;
    long beforeTokens = 0;
    double best = 1;
    for (int s = 0; s < g - 1; s++) {
      before += c[s];
      beforeTokens += tokens[s];
      double d =
          2
              * (part(before, beforeTokens * pooled)
                  + part(total - before, (exposure - beforeTokens) * pooled));
      double ps =
          df == 0
              ? LogLikelihood.chiSquaredP(Math.max(0, d), 1)
              : LogLikelihood.fP(Math.max(0, d) / phi, 1, df);
      best = Math.min(best, ps);
    }
    return Math.min(1, (g - 1) * best);
  }

  /** Returns C ln(C / E), 0 for no occurrence. */
  private static double part(long count, double expected) {
    return count == 0 ? 0 : count * Math.log(count / expected);
  }

  /** Returns Pearson's X² between years: Σ_g (C_g − N_g·r)² / (N_g·r). */
  private static double between(long[] c, long[] tokens, double r) {
    double x2 = 0;
    for (int y = 0; y < c.length; y++) {
      double e = tokens[y] * r;
      x2 += (c[y] - e) * (c[y] - e) / e;
    }
    return x2;
  }

  /** The exact 95% interval of a Poisson count (lower and upper end), by count. */
  private static final java.util.concurrent.ConcurrentHashMap<Long, double[]> LIMITS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static double[] limits(long count) {
    return LIMITS.computeIfAbsent(count, n -> Bootstrap.poissonLimits(n, 0.05));
  }

  /**
   * Returns the lower end of the exact 95% interval of the rate of {@code count} occurrences in
   * {@code tokens} tokens ({@link Bootstrap#poissonLimits}: {@code χ²(0.025; 2·count) / 2 /
   * tokens}; 0 for no occurrence).
   */
  static double lowerRate(long count, long tokens) {
    if (count <= 0 || tokens <= 0) return 0;
    return limits(count)[0] / tokens;
  }

  /**
   * Returns the upper end of the exact 95% interval of the rate of {@code count} occurrences in
   * {@code tokens} tokens ({@link Bootstrap#poissonLimits}: {@code χ²(0.975; 2·count + 2) / 2 /
   * tokens}); infinite for a year without tokens.
   */
  static double upperRate(long count, long tokens) {
    if (tokens <= 0) return Double.POSITIVE_INFINITY;
    return limits(Math.max(0, count))[1] / tokens;
  }
}
