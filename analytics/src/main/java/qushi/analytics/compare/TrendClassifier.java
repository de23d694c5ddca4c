package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.stats.DiscreteNull;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.stats.MultipleTesting;
import qushi.analytics.stats.PermutationTests;
import qushi.analytics.stats.PoissonRegression;

/**
 * The trend of every term over all years: a test of change over time with passages as the unit,
 * then a shape by stated rules. A year missing from the corpus is a gap: it is left out of every
 * fit (the time axis keeps the calendar years), never counted as a zero.
 *
 * <p><b>Test.</b> For the G years analysed, with t_g the year scaled to [−1, 1], a quasi-Poisson
 * regression of passage counts on time with the passage's tokens as offset ({@link
 * PoissonRegression}, fitted from the per-year sums C_g, N_g, S_g):
 *
 * <pre>
 * H₀:  log E[y_p] = log n_p + β₀
 * H₁:  log E[y_p] = log n_p + β₀ + β₁ t_g + β₂ t_g²        (β₂ only when G ≥ 3)
 * φ    = max(1, X²_year / (P − G))     X² over passages around each year's own rate C_g/N_g
 *                                     = Σ_g (S_g·N_g/C_g − C_g), from S_g (pure error)
 * F    = (D₀ − D₁) / ((q₁ − 1) φ),    p_quasi = P(F(q₁ − 1, P − G) &gt; F)
 * p_T  = max(p_quasi, p_perm)                                   the trend
 * X²_B = Σ_g (C_g − N_g·r₀)² / (N_g·r₀)                          between years, r₀ = ΣC/ΣN
 * p_B  = max(P(F(G − 1, P − G) &gt; X²_B / ((G − 1) φ)), p_scan)     a burst: any change between years
 * p    = min(1, p_T / 0.8, p_B / 0.2)                            weighted Bonferroni
 * </pre>
 *
 * φ is the dispersion of passages around their own year's rate (the "pure error" of a regression
 * with replicates, Draper &amp; Smith 1998, §2.1): a burst the smooth curve does not follow (a term
 * of three crisis years) would inflate the residual dispersion of H₁ and hide the change; the
 * spread within years does not depend on the curve.
 *
 * <p>p_perm guards the quasi-likelihood test where it is weakest, as {@link
 * qushi.analytics.stats.TwoGroupTest} does for two groups: the passages containing the term are
 * relabelled with years at random (each year with its share of passages), and the linear and
 * quadratic contrasts Σ y_p·c(year_p) are tested, Bonferroni-combined: exactly by convolution (with
 * contrasts rounded to integers in [−{@value #RESOLUTION}, {@value #RESOLUTION}]) when at most
 * {@value qushi.analytics.stats.TwoGroupTest#EXACT_UP_TO} passages contain the term, otherwise by
 * the Pearson type III approximation from the exact permutation moments of the residual contrasts.
 * The burst part compares every year with the others (the year-by-term model, D₀ − D_year = D₀
 * since it fits each year exactly): a term of one crisis year has no trend a smooth curve can
 * follow, and is still a change. Its guard p_scan is the exact scan test of {@link
 * PermutationTests#scan} on the passages containing the term (each year's upper binomial tail,
 * Bonferroni over the years; computed when at most {@value
 * qushi.analytics.stats.TwoGroupTest#EXACT_UP_TO} passages contain it). p_adj is the discrete
 * Benjamini–Hochberg step-down ({@link MultipleTesting#discreteStepDown}) over every tested term
 * (total count ≥ minCount).
 *
 * <p><b>Shapes.</b> With r_g the observed rate, f_g the fitted rate of H₁, m = minLogRatio, ρ =
 * absence, a term is <i>established</i> in year g when at least {@code established} of its passages
 * (all of them in a smaller year) contain it; onset o = the first such year, last e = the last (the
 * first and last years with the term when it is established nowhere), peak = argmax r_g.
 *
 * <pre>
 * SPARSE    the exact guard's smallest attainable p ≥ level: no arrangement could be significant
 * STABLE    p_adj ≥ level
 * W = rate(o … e);  before = rate(years &lt; o);  after = rate(years &gt; e)
 * absent early:  o &gt; first year and before ≤ ρ·W;    lower early:  o &gt; first year and before ≤ W/2^m
 * absent late:   e &lt; last year  and after ≤ ρ·W;     lower late:   e &lt; last year  and after ≤ W/2^m
 * EMERGING  absent early and not lower late
 * VANISHED  absent late and not lower early, no occurrence after e;  FADING  the same with some
 * PEAKED    absent early and lower late, or absent late and lower early;  or f has its maximum
 *           inside the span with log₂(f_max / f_first) ≥ m and log₂(f_max / f_last) ≥ m
 * DIPPED    f has its minimum inside the span, log₂(f_first / f_min) ≥ m and log₂(f_last / f_min) ≥ m
 * RISING    log₂(f_last / f_first) ≥ m;   FALLING  ≤ −m;   otherwise STABLE
 * </pre>
 *
 * (rates pooled over the years named: Σ C_g / Σ N_g). With two years the fit is the two rates, with
 * three it passes through all three: the rules still apply.
 *
 * <p>Reference: McCullagh &amp; Nelder (1989), Generalized Linear Models, §6.2 and §9.2
 * (quasi-Poisson regression and the F test); Tarone (1990) and Döhler, Durand &amp; Roquain (2018)
 * for the discrete multiple-testing correction.
 */
public final class TrendClassifier {
  /** The largest |change| reported, in log2 units (a factor of 1,024). */
  public static final double MAX_CHANGE = 10;

  /** The integer contrasts of the exact guard run over [−RESOLUTION, RESOLUTION]. */
  static final int RESOLUTION = 10;

  /** The weight of the trend part in the weighted Bonferroni combination (the burst part: 0.2). */
  static final double TREND_WEIGHT = 0.8;

  private TrendClassifier() {}

  /**
   * Returns the trends from per-year totals alone (token-level test: tokens as independent draws, p
   * from χ² with q₁ − 1 degrees of freedom, no guard, φ = 1; established = at least {@code
   * established} occurrences).
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
    Span span = new Span(years, yearTokens, null, null, null);
    List<Tested> tested = new ArrayList<>();
    for (int t = 0; t < counts.length; t++) {
      if (counts[t].length != years.length) {
        throw new IllegalArgumentException(
            "counts[" + t + "] has " + counts[t].length + " years, expected " + years.length);
      }
      long total = 0;
      for (int y = 0; y < years.length; y++) {
        if (counts[t][y] < 0 || counts[t][y] > yearTokens[y]) {
          throw new IllegalArgumentException("count of '" + terms.get(t) + "' out of range");
        }
        total += counts[t][y];
      }
      if (total < options.keyness().minCount()) continue;
      long[] established = new long[years.length];
      for (int y = 0; y < years.length; y++)
        established[y] = counts[t][y] >= options.established() ? 1 : 0;
      tested.add(
          test(terms.get(t), counts[t], null, null, established, (int) total, span, null, options));
    }
    return assemble(tested, span, options, false, years);
  }

  /**
   * Returns the trends from the shared counts, with the passage-level test.
   *
   * @param terms distinct terms, one per term id of the counts
   * @param counts the corpus counts
   * @param columns the passage × term counts by term (for the guard)
   * @param years the years to analyse (at least two, each in the corpus), ascending
   * @param options the settings
   * @throws IllegalArgumentException on mismatched sizes or fewer than two years
   */
  public static TrendTable classify(
      List<String> terms, Counts counts, TermColumns columns, int[] years, TrendOptions options) {
    if (counts.terms() != terms.size()) {
      throw new IllegalArgumentException(
          "counts have " + counts.terms() + " terms but " + terms.size() + " terms were given");
    }
    // a year without tokens is no observation: treat it as a gap
    int[] ys = IntStream.of(years).filter(y -> counts.tokens(y) > 0).toArray();
    checkYears(ys);
    int g = ys.length;
    GroupCounts[] groups = new GroupCounts[g];
    long[] tokens = new long[g];
    int[] passagesPerYear = new int[g];
    for (int y = 0; y < g; y++) {
      groups[y] = counts.year(ys[y]);
      tokens[y] = groups[y].tokens();
      passagesPerYear[y] = groups[y].passages();
    }
    boolean[] mask = new boolean[columns.passages()];
    int[] yearIndex = new int[columns.passages()];
    for (int p = 0; p < mask.length; p++) {
      int at = Arrays.binarySearch(ys, counts.passageYear(p));
      mask[p] = at >= 0;
      yearIndex[p] = at;
    }
    Span span = new Span(ys, tokens, passagesPerYear, mask, yearIndex);
    span.powers = columns.powers(mask);
    boolean quasi = options.keyness().quasiLikelihood() && span.passages() >= 4;
    List<Tested> tested = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      long[] c = new long[g];
      double[] s = new double[g];
      long[] k = new long[g];
      long total = 0;
      int containing = 0;
      for (int y = 0; y < g; y++) {
        c[y] = groups[y].count()[t];
        s[y] = groups[y].squares(t);
        k[y] = groups[y].presence()[t];
        total += c[y];
        containing += (int) k[y];
      }
      if (total < options.keyness().minCount()) continue;
      long[] established = new long[g];
      for (int y = 0; y < g; y++)
        established[y] = k[y] >= Math.min(options.established(), passagesPerYear[y]) ? 1 : 0;
      tested.add(
          test(
              terms.get(t),
              c,
              quasi ? s : null,
              k,
              established,
              containing,
              span,
              quasi ? new Guard(columns, t) : null,
              options));
    }
    return assemble(tested, span, options, quasi, counts.years());
  }

  /** The years analysed and what every term's test shares. */
  private static final class Span {
    final int[] years;
    final long[] tokens;
    final int[] passagesPerYear;
    final boolean[] mask;
    final int[] yearIndex;
    final double[][] x;
    final int[] linear;
    final int[] quadratic;
    final double[] time;
    final java.util.Map<Integer, DiscreteNull> scanNulls = new java.util.HashMap<>();
    final java.util.Map<Integer, double[][]> scanTails = new java.util.HashMap<>();
    double[] powers;

    Span(int[] years, long[] tokens, int[] passagesPerYear, boolean[] mask, int[] yearIndex) {
      this.years = years;
      this.tokens = tokens;
      this.passagesPerYear = passagesPerYear;
      this.mask = mask;
      this.yearIndex = yearIndex;
      int g = years.length;
      double mid = (years[0] + years[g - 1]) / 2.0;
      double half = Math.max(0.5, (years[g - 1] - years[0]) / 2.0);
      time = new double[g];
      x = new double[g][];
      linear = new int[g];
      quadratic = new int[g];
      for (int y = 0; y < g; y++) {
        double t = (years[y] - mid) / half;
        time[y] = t;
        x[y] = g >= 3 ? new double[] {1, t, t * t} : new double[] {1, t};
        linear[y] = (int) Math.round(RESOLUTION * t);
        quadratic[y] = (int) Math.round(RESOLUTION * t * t);
      }
    }

    int passages() {
      int n = 0;
      for (int p : passagesPerYear) n += p;
      return n;
    }
  }

  /** Where a term's passages are, for the permutation guard. */
  private record Guard(TermColumns columns, int term) {}

  /** A term's test before the correction for multiple testing. */
  private record Tested(
      TrendRow row, DiscreteNull nulls, double p, boolean sparse, double[] fitted, long[] c) {}

  private static Tested test(
      String term,
      long[] c,
      double[] squares,
      long[] presence,
      long[] established,
      int containing,
      Span span,
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
    if (squares == null) {
      g2 = deviance;
      double pTrend = LogLikelihood.chiSquaredP(deviance, q - 1);
      double pBurst = LogLikelihood.chiSquaredP(between(c, span.tokens, pooled), g - 1);
      p = Math.min(1, Math.min(pTrend / TREND_WEIGHT, pBurst / (1 - TREND_WEIGHT)));
    } else {
      int passages = span.passages();
      double pure = 0;
      for (int y = 0; y < g; y++) if (c[y] > 0) pure += squares[y] * span.tokens[y] / c[y] - c[y];
      int df = Math.max(1, passages - g);
      phi = Math.max(1, pure / df);
      g2 = deviance / phi;
      Guarded trend = guard(guard, c, pooled, span, containing);
      double pTrend = Math.max(LogLikelihood.fP(g2 / (q - 1), q - 1, df), trend.p);
      double pBurst =
          LogLikelihood.fP(between(c, span.tokens, pooled) / (phi * (g - 1)), g - 1, df);
      int[] k = new int[g];
      double[] share = new double[g];
      for (int y = 0; y < g; y++) {
        k[y] = (int) presence[y];
        share[y] = (double) span.passagesPerYear[y] / passages;
      }
      // the scan's p is valid for every term; its exact null is kept for the rare ones
      pBurst =
          Math.max(
              pBurst,
              PermutationTests.scanP(
                  k,
                  span.scanTails.computeIfAbsent(
                      containing, n -> PermutationTests.scanTails(n, share))));
      DiscreteNull burstNulls =
          containing <= qushi.analytics.stats.TwoGroupTest.EXACT_UP_TO
              ? span.scanNulls.computeIfAbsent(containing, n -> PermutationTests.scanNull(n, share))
              : DiscreteNull.UNIFORM;
      p = Math.min(1, Math.min(pTrend / TREND_WEIGHT, pBurst / (1 - TREND_WEIGHT)));
      nulls =
          DiscreteNull.weighted(
              List.of(trend.nulls, burstNulls), new double[] {TREND_WEIGHT, 1 - TREND_WEIGHT});
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
    int peak = 0;
    for (int y = 1; y < g; y++) if (rate[y] > rate[peak]) peak = y;
    double[] fitted = fit.rate();
    // a quadratic fit of a term absent at one end runs to rates of 2^-100 there: the reported
    // change
    // is capped at ±MAX_CHANGE (a factor of 1,024), beyond which "how many times" means nothing
    double change = log2(fitted[g - 1] / fitted[0]);
    if (!Double.isFinite(change)) change = Math.signum(fitted[g - 1] - fitted[0]) * MAX_CHANGE;
    change = Math.max(-MAX_CHANGE, Math.min(MAX_CHANGE, change));
    long lastCount = c[g - 1];
    long earlierCount = total - lastCount;
    long lastTokens = span.tokens[g - 1];
    long earlierTokens = exposure - lastTokens;
    KeynessOptions ko = options.keyness();
    double logRatio = 0;
    double z = 0;
    if (Direction.of(lastCount, earlierCount, lastTokens, earlierTokens) != Direction.NONE) {
      logRatio =
          Keyness.logRatio(lastCount, earlierCount, lastTokens, earlierTokens, ko.zeroCorrection());
      double alpha0 = ko.alpha0For(lastTokens, earlierTokens);
      z =
          Keyness.logOddsZ(
              lastCount, earlierCount, lastTokens, earlierTokens, alpha0 * pooled, alpha0);
    }
    TrendRow row =
        new TrendRow(
            term,
            TrendClass.STABLE,
            per10k,
            lastCount,
            earlierCount,
            logRatio,
            g2,
            Double.NaN,
            z,
            total,
            containing,
            span.years[onset],
            span.years[peak],
            span.years[last],
            change,
            p,
            phi,
            "",
            Double.NaN);
    return new Tested(row, nulls, p, sparse, fitted, c);
  }

  private record Guarded(double p, DiscreteNull nulls) {}

  /** Returns the permutation guard: linear and quadratic contrasts, Bonferroni-combined. */
  private static Guarded guard(Guard guard, long[] c, double pooled, Span span, int containing) {
    int g = span.years.length;
    int units = span.passages();
    boolean curve = g >= 3;
    if (containing <= qushi.analytics.stats.TwoGroupTest.EXACT_UP_TO) {
      int[] values = guard.columns().values(guard.term(), span.mask);
      int[] where = guard.columns().passagesOf(guard.term(), span.mask);
      int[] labels = new int[values.length];
      for (int i = 0; i < where.length; i++) labels[i] = span.yearIndex[where[i]];
      double[] share = new double[g];
      for (int y = 0; y < g; y++) share[y] = (double) span.passagesPerYear[y] / units;
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
      long[] c, double pooled, Span span, double[] contrast, double[] moments) {
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

  private static TrendTable assemble(
      List<Tested> tested, Span span, TrendOptions options, boolean discrete, int[] corpusYears) {
    double[] p = tested.stream().mapToDouble(Tested::p).toArray();
    double[] adjusted =
        discrete
            ? MultipleTesting.discreteStepDown(p, tested.stream().map(Tested::nulls).toList())
            : MultipleTesting.benjaminiHochberg(p);
    List<TrendRow> rows = new ArrayList<>();
    for (int i = 0; i < tested.size(); i++) {
      Tested t = tested.get(i);
      TrendClass shape =
          t.sparse()
              ? TrendClass.SPARSE
              : adjusted[i] >= options.keyness().level()
                  ? TrendClass.STABLE
                  : shape(t, span, options);
      rows.add(t.row().with(shape, adjusted[i]));
    }
    rows.sort(TrendTable.ORDER);
    return new TrendTable(span.years, span.tokens, rows, options, gaps(span.years, corpusYears));
  }

  /** Applies the shape rules of the type comment to a significant term. */
  static TrendClass shape(Tested t, Span span, TrendOptions options) {
    int g = span.years.length;
    long[] c = t.c();
    int onset = Arrays.binarySearch(span.years, t.row().onset());
    int last = Arrays.binarySearch(span.years, t.row().last());
    double window = rate(c, span.tokens, onset, last);
    double rho = options.absence();
    double m = options.minLogRatio();
    double before = onset > 0 ? rate(c, span.tokens, 0, onset - 1) : Double.NaN;
    double after = last < g - 1 ? rate(c, span.tokens, last + 1, g - 1) : Double.NaN;
    boolean early = before <= rho * window;
    boolean late = after <= rho * window;
    boolean lowerEarly = before <= window / Math.pow(2, m);
    boolean lowerLate = after <= window / Math.pow(2, m);
    if (early && !lowerLate) return TrendClass.EMERGING;
    if (late && !lowerEarly) {
      long rest = 0;
      for (int y = last + 1; y < g; y++) rest += c[y];
      return rest == 0 ? TrendClass.VANISHED : TrendClass.FADING;
    }
    if (early || late) return TrendClass.PEAKED;
    double[] f = t.fitted();
    int max = 0;
    int min = 0;
    for (int y = 1; y < g; y++) {
      if (f[y] > f[max]) max = y;
      if (f[y] < f[min]) min = y;
    }
    if (max > 0 && max < g - 1 && log2(f[max] / f[0]) >= m && log2(f[max] / f[g - 1]) >= m) {
      return TrendClass.PEAKED;
    }
    if (min > 0 && min < g - 1 && log2(f[0] / f[min]) >= m && log2(f[g - 1] / f[min]) >= m) {
      return TrendClass.DIPPED;
    }
    double change = log2(f[g - 1] / f[0]);
    if (change >= m) return TrendClass.RISING;
    if (change <= -m) return TrendClass.FALLING;
    return TrendClass.STABLE;
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

  /** Returns the pooled rate of years {@code from..to} (indices, both included). */
  private static double rate(long[] c, long[] tokens, int from, int to) {
    long n = 0;
    long k = 0;
    for (int y = from; y <= to; y++) {
      k += c[y];
      n += tokens[y];
    }
    return n == 0 ? 0 : (double) k / n;
  }

  /**
   * Returns the calendar years between the first and last of {@code years} that the corpus lacks.
   */
  static int[] gaps(int[] years, int[] corpusYears) {
    if (years.length == 0) return new int[0];
    return IntStream.rangeClosed(years[0], years[years.length - 1])
        .filter(y -> Arrays.binarySearch(corpusYears, y) < 0)
        .toArray();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
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
}
