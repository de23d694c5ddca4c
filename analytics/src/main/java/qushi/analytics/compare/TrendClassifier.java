package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.stats.MultipleTesting;
import qushi.analytics.stats.PermutationTests;
import qushi.analytics.stats.PoissonRegression;

/**
 * The trend of every term over all years: a test of change over time with passages as the units (or
 * documents, when most of the text is in years of several: {@link
 * qushi.analytics.prepare.TestUnits}; read "passage" below as "unit" then), then a shape by stated
 * rules. A year missing from the corpus is a gap: it is left out of every fit (the time axis keeps
 * the calendar years), never counted as a zero.
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
 * D_s  = 2 Σ_side C ln(C / (N·r₀))   one rate up to year s, one after it (s = 1 … G − 1)
 * p_S  = max(min(1, (G − 1) · min_s P(F(1, P − G) &gt; D_s / φ)), p_sides)   a step
 * p    = min(1, p_T / 0.6, p_B / 0.2, p_S / 0.2)                 weighted Bonferroni (G ≥ 4)
 * p    = min(1, p_T / 0.8, p_B / 0.2)                            G ≤ 3: the curve fits every step
 * </pre>
 *
 * The step part finds a term that moves from one level to another between two years, where a curve
 * in calendar time cannot follow it: in a series like a party congress's reports (1921, 1923, then
 * every four or five years from 1969), the gap of 46 years dominates the curve, and 两岸, absent up
 * to 1987 and at 4–7 per 10k from 1992, had p = 0.05 from the curve and its guard. On generated
 * series of that shape with a step planted at a random split ({@code PowerAndNullTest}), the curve
 * alone found 42 of 188 planted terms and the three parts 48, where the exact test at the planted
 * split (unknowable) finds 88; on ten even years with curves planted, the three parts keep 95% of
 * the discoveries of the exact test of the curve. Its guard p_sides scans the 2(G − 1) sides of the
 * splits: the units containing the term up to each split, and after it, each side's upper binomial
 * tail at its share of all units. For a term in at most 60 units p_sides is Bonferroni over the
 * sides, whose exact null the discrete correction reads, as it reads the burst's; for a term in
 * more, up to 500 units, it is the exact chance that some side's tail is as small as the smallest
 * observed ({@link PermutationTests#stepScanP}), which Bonferroni over the overlapping sides bounds
 * several times too high. The exact p for the rare terms too found 52 planted steps, but its null
 * is not the Bonferroni one (the discrete correction then reads too little mass below each t), and
 * a null bounded by t alone lost more than that gained (planted rises in a first year of one
 * document found 0.49 instead of 0.53).
 *
 * <p>φ is the dispersion of passages around their own year's rate (the "pure error" of a regression
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
 * Bonferroni over the years; computed for every term, its exact null kept for the discrete
 * correction when at most {@value qushi.analytics.stats.TwoGroupTest#EXACT_UP_TO} passages contain
 * it). p_adj is the discrete Benjamini–Hochberg step-down ({@link
 * MultipleTesting#discreteStepDown}) over every tested term (total count ≥ minCount).
 *
 * <p><b>Change.</b> The early years E are the first years, as few as would hold the term 10·φ_Y
 * times at its rate over all years, where φ_Y = max(1, D₁ / (G − q₁)) is the scatter of the years
 * around the fitted curve (1 when the curve passes through every year), but at most a third of the
 * years (one year each when there are fewer than six); the late years L the same from the last year
 * back. change = log₂ of the observed rate of L over that of E, with the pseudo-counts of {@link
 * Keyness#logRatio}: a fitted curve's own ends would run far beyond the rates of small years at an
 * end (a term of 4 per 10k in small early years showed a fitted rise of 2^6.3), and where single
 * years scatter (14, 41, 147, 15 per 10k) one year tells nothing of where the series stands.
 *
 * <p><b>Shapes.</b> With r_g the observed rate, f_g the fitted rate of H₁, f_E and f_L the fitted
 * rates pooled over E and L, m = minLogRatio, ρ = absence, a term is <i>established</i> in year g
 * when at least {@code established} of its passages (all of them in a smaller year) contain it,
 * unless the years so established hold fewer than half of its passages ({@link #representative});
 * onset o = the first such year, last e = the last (the first and last years with the term when it
 * is established nowhere), peak = argmax r_g.
 *
 * <pre>
 * SPARSE    the exact guard's smallest attainable p ≥ level: no arrangement could be significant
 * STABLE    p_adj ≥ level
 * W = rate(o … e);  before = rate(years &lt; o);  after = rate(years &gt; e)
 * W_o = rate(o … o'), the rate the term begins with: o' the first year from o on by which W
 *       would have put 10 occurrences (or e);  W_e the same from e back, the rate it ends with
 * absent early:  o &gt; first year and before ≤ ρ·W_o, or no occurrence before the first year with
 *                the term, where at the rate it begins with there (as W_o, over the years from
 *                the first to the last with it) the term would be expected at least 3 times;
 *                lower early:  o &gt; first year and before ≤ W/2^m
 * absent late:   e &lt; last year  and after ≤ ρ·W_e, or none after the last year with the term
 *                (the same);   lower late:   e &lt; last year  and after ≤ W/2^m
 *                (years before o count only where W_o · their tokens ≥ 3, years after e where
 *                W_e · their tokens ≥ 3: at the rate the term begins (ends) with it would be
 *                expected at least 3 times there, so its absence has probability below e⁻³ ≈
 *                0.05; a small last year without the term is no evidence that it vanished, and a
 *                term that grew from rare to common is not absent from a first year where its
 *                rate over the whole span would have put 4 occurrences; the first three rules
 *                below need the years on the other side to count too, where there are any, and
 *                otherwise the fitted curve decides)
 * falls after the peak:  rate(the last years) ≤ W/2^m — the years after the peak, from the last
 *                        year back, as few as make W · their tokens ≥ 10 (where it ends, not how
 *                        it went on: 0, 19, 45, 18, 10, 28, 11, 6, 7 came and went; 10 expected
 *                        occurrences fall to half by chance with probability about 0.07)
 * rises to the peak:     rate(the first years) ≤ W/2^m, the same from the first year on
 *                        (peak: the year of the highest rate within o … e, judged by the
 *                        lower end of each year's exact 95% Poisson interval)
 * burst (rise):          the peak is not the last year, and without it L is not 2^m above E,
 *                        both found as above among the other years (a fall: mirrored)
 * EMERGING  absent early and not lower late, and not falling after the peak nor a burst
 * VANISHED  absent late and not lower early, and not rising to the peak, no occurrence after e;
 *           FADING  the same with some
 * PEAKED    absent early and lower late, or absent late and lower early; or absent early and
 *           falling after the peak (0, 30, 3, 7, 4: it came and went, it did not emerge to stay),
 *           or absent late and rising to the peak;  or f has its maximum
 *           between E and L with log₂(f_max / f_E) ≥ m and log₂(f_max / f_L) ≥ m
 * DIPPED    f has its minimum between E and L, fall = log₂(f_E / f_min) ≥ m and
 *           back = log₂(f_L / f_min) ≥ m, and min(fall, back) ≥ max(fall, back) / 2; PEAKED
 *           instead when the peak is a spike (below: 2, 0, …, 0, 21, 0 bends the parabola up)
 * RISING    change ≥ m, and not absent early;   FALLING  change ≤ −m, and not absent late;
 *           either PEAKED when it is a burst, or when the rise falls after the peak (the fall
 *           rises to it) as above but with the years at the end as few as would hold it 10·φ_Y
 *           times (all after the peak when they hold fewer, if at least 10): it came and went,
 *           though its late years are still above its early ones; otherwise PEAKED when the
 *           peak is a spike — a year neither first nor last whose rate is at least 2^m times
 *           that of all other years together (4, 5, 42, 4, 3: significant by the burst test,
 *           which the curve does not follow) — and else STABLE. A term absent early whose change is a rise is not
 *           present throughout: PEAKED when it falls after the peak (as above: only where the
 *           years there can tell) or is a burst, else EMERGING; absent late with a change that is
 *           a fall: PEAKED when it rises to the peak, else VANISHED or FADING
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
  /**
   * Expected count, at a term's rate within its span, that years before or after the span must
   * reach to tell anything by the term's absence from them.
   */
  static final double ABSENCE_EVIDENCE = 3;

  /**
   * Expected count, at a term's rate within its span, that the years at an end must reach to tell
   * that the term fell there to half that rate: a term used steadily falls to half its expected 10
   * occurrences by chance with probability about 0.07 (at 3: 0.2; at 20: 0.01, but then a series
   * with a congress every five years needs two of them to tell, and a fall in the last goes
   * unseen).
   */
  public static final double END_EVIDENCE = 10;

  /** The integer contrasts of the exact guard run over [−RESOLUTION, RESOLUTION]. */
  static final int RESOLUTION = 10;

  /**
   * Clears {@code established} (1 for each year the term is established in) when those years hold
   * fewer than half of the term's passages ({@code k}): then the span is the first and last years
   * with the term, as when it is established nowhere. A term that each report of a series uses once
   * is established only in the odd year that used it twice: 可支配, once a report from 1998 to 2022
   * and twice in 2011, had the span 2011 alone and read as PEAKED.
   */
  static void representative(long[] established, long[] k) {
    long in = 0;
    long all = 0;
    for (int y = 0; y < k.length; y++) {
      all += k[y];
      if (established[y] > 0) in += k[y];
    }
    if (2 * in < all) Arrays.fill(established, 0);
  }

  /**
   * Returns the weights of the trend, burst and step parts in the weighted Bonferroni combination
   * for G years: 0.6, 0.2 and 0.2 from four years on; 0.8, 0.2 and none below, where the curve
   * passes through every year and a step is one of the curves it fits.
   */
  static double[] weights(int g) {
    return g < 4 ? new double[] {0.8, 0.2, 0} : new double[] {0.6, 0.2, 0.2};
  }

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
    TrendSpan span = new TrendSpan(years, yearTokens, null, null, null);
    List<TrendTests.Tested> tested = new ArrayList<>();
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
      representative(established, counts[t]);
      tested.add(
          TrendTests.test(
              terms.get(t),
              counts[t],
              null,
              null,
              established,
              (int) total,
              (int) total,
              span,
              null,
              options));
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
    return classify(terms, counts, counts, columns, years, options);
  }

  /**
   * Returns the trends from the shared counts, with the test's units other than the passages (the
   * documents: see {@link qushi.analytics.prepare.TestUnits}): counts, rates, the passages
   * containing a term and the years it is established in are read from {@code counts}; the spread
   * between units, the permutation guard and the scan test from {@code units} and {@code
   * unitColumns}.
   *
   * @param units the counts by unit, over the same terms and years
   * @param unitColumns the unit × term counts by term
   */
  static TrendTable classify(
      List<String> terms,
      Counts counts,
      Counts units,
      TermColumns unitColumns,
      int[] years,
      TrendOptions options) {
    if (counts.terms() != terms.size()) {
      throw new IllegalArgumentException(
          "counts have " + counts.terms() + " terms but " + terms.size() + " terms were given");
    }
    // a year without tokens (without passages, it has no counts at all) is no observation: a gap
    int[] counted = counts.years();
    int[] ys =
        IntStream.of(years)
            .filter(y -> Arrays.binarySearch(counted, y) >= 0 && counts.tokens(y) > 0)
            .toArray();
    checkYears(ys);
    int g = ys.length;
    GroupCounts[] groups = new GroupCounts[g];
    GroupCounts[] unitGroups = new GroupCounts[g];
    long[] tokens = new long[g];
    int[] passagesPerYear = new int[g];
    int[] unitsPerYear = new int[g];
    for (int y = 0; y < g; y++) {
      groups[y] = counts.year(ys[y]);
      unitGroups[y] = units.year(ys[y]);
      tokens[y] = groups[y].tokens();
      passagesPerYear[y] = groups[y].passages();
      unitsPerYear[y] = unitGroups[y].passages();
    }
    boolean[] mask = new boolean[unitColumns.passages()];
    int[] yearIndex = new int[unitColumns.passages()];
    for (int u = 0; u < mask.length; u++) {
      int at = Arrays.binarySearch(ys, units.passageYear(u));
      mask[u] = at >= 0;
      yearIndex[u] = at;
    }
    TrendSpan span = new TrendSpan(ys, tokens, unitsPerYear, mask, yearIndex);
    span.powers = unitColumns.powers(mask);
    span.unitLengths = new int[mask.length];
    for (int u = 0; u < mask.length; u++) span.unitLengths[u] = unitColumns.tokens(u);
    boolean quasi = options.keyness().quasiLikelihood() && span.passages() >= 4;
    // each term's test reads only its own counts and column (the span's shared nulls are made once
    // per size and rate bin): the terms run in parallel, each into its slot
    TrendTests.Tested[] slots = new TrendTests.Tested[terms.size()];
    IntStream.range(0, terms.size())
        .parallel()
        .forEach(
            t -> {
              long[] c = new long[g];
              double[] s = new double[g];
              long[] k = new long[g];
              long[] unitK = new long[g];
              long total = 0;
              int containing = 0;
              int unitsContaining = 0;
              for (int y = 0; y < g; y++) {
                c[y] = groups[y].count()[t];
                s[y] = unitGroups[y].squares(t);
                k[y] = groups[y].presence()[t];
                unitK[y] = unitGroups[y].presence()[t];
                total += c[y];
                containing += (int) k[y];
                unitsContaining += (int) unitK[y];
              }
              if (total < options.keyness().minCount()) return;
              long[] established = new long[g];
              for (int y = 0; y < g; y++)
                established[y] =
                    k[y] >= Math.min(options.established(), passagesPerYear[y]) ? 1 : 0;
              representative(established, k);
              slots[t] =
                  TrendTests.test(
                      terms.get(t),
                      c,
                      quasi ? s : null,
                      unitK,
                      established,
                      unitsContaining,
                      containing,
                      span,
                      quasi ? new TrendTests.Guard(unitColumns, t) : null,
                      options);
            });
    List<TrendTests.Tested> tested =
        Arrays.stream(slots).filter(java.util.Objects::nonNull).toList();
    return assemble(tested, span, options, quasi, years);
  }

  /**
   * Returns the table of the tested terms over the years of {@code span}; {@code asked} are the
   * years asked for, of which those missing from the span are its gaps.
   */
  private static TrendTable assemble(
      List<TrendTests.Tested> tested,
      TrendSpan span,
      TrendOptions options,
      boolean discrete,
      int[] asked) {
    double[] p = tested.stream().mapToDouble(TrendTests.Tested::p).toArray();
    double[] adjusted =
        discrete
            ? MultipleTesting.discreteStepDown(
                p, tested.stream().map(TrendTests.Tested::nulls).toList())
            : MultipleTesting.benjaminiHochberg(p);
    List<TrendRow> rows = new ArrayList<>();
    for (int i = 0; i < tested.size(); i++) {
      TrendTests.Tested t = tested.get(i);
      TrendClass shape =
          t.sparse()
              ? TrendClass.SPARSE
              : adjusted[i] >= options.keyness().level()
                  ? TrendClass.STABLE
                  : shape(t, span, options);
      rows.add(t.row().with(shape, adjusted[i]));
    }
    rows.sort(TrendTable.ORDER);
    return new TrendTable(
        Arrays.stream(span.years).boxed().toList(),
        rows,
        options,
        gaps(asked, span.years),
        Counted.FREQUENCY);
  }

  /** Applies the shape rules of the type comment to a significant term. */
  static TrendClass shape(TrendTests.Tested t, TrendSpan span, TrendOptions options) {
    int g = span.years.length;
    long[] c = t.c();
    int onset = Arrays.binarySearch(span.years, t.row().onset());
    int last = Arrays.binarySearch(span.years, t.row().last());
    double window = rate(c, span.tokens, onset, last);
    double rho = options.absence();
    double m = options.minLogRatio();
    // years before the onset (after the last year) say something only where the term, at the rate
    // it begins with (ends with), would have been expected there often enough for its absence to be
    // unlikely: a term that grew from rare to common over the span is not absent from a first year
    // in which its rate over the whole span would have put a few occurrences
    double starts = endRate(c, span.tokens, onset, last, window);
    double stops = endRate(c, span.tokens, last, onset, window);
    double before =
        onset > 0 && starts * sum(span.tokens, 0, onset - 1) >= ABSENCE_EVIDENCE
            ? rate(c, span.tokens, 0, onset - 1)
            : Double.NaN;
    double after =
        last < g - 1 && stops * sum(span.tokens, last + 1, g - 1) >= ABSENCE_EVIDENCE
            ? rate(c, span.tokens, last + 1, g - 1)
            : Double.NaN;
    // a term that does not occur at all before its first year with it (after its last), where at
    // its rate from its first year to its last it would be expected often enough, is absent there
    // too, whatever stray years come before its onset (a term said once a year from 1990 and
    // established from 2003, never in 1954–1989, is no rise of a term present from the start)
    int first = 0;
    while (c[first] == 0) first++;
    int end = g - 1;
    while (c[end] == 0) end--;
    double used = rate(c, span.tokens, first, end);
    boolean noneBefore =
        first > 0
            && endRate(c, span.tokens, first, end, used) * sum(span.tokens, 0, first - 1)
                >= ABSENCE_EVIDENCE;
    boolean noneAfter =
        end < g - 1
            && endRate(c, span.tokens, end, first, used) * sum(span.tokens, end + 1, g - 1)
                >= ABSENCE_EVIDENCE;
    boolean early = before <= rho * starts || noneBefore;
    boolean late = after <= rho * stops || noneAfter;
    boolean lowerEarly = before <= window / Math.pow(2, m);
    boolean lowerLate = after <= window / Math.pow(2, m);
    // where the years on the other side say nothing, the absence on this side names no shape:
    // the fitted curve decides
    boolean earlyKnown = onset == 0 || !Double.isNaN(before) || noneBefore;
    boolean lateKnown = last == g - 1 || !Double.isNaN(after) || noneAfter;
    // the peak within the span ({@link TrendTests}): a stray occurrence in a small year before it
    // is no peak
    int peak = Arrays.binarySearch(span.years, t.row().peak());
    // the evidence each end of the change held ({@link TrendTests}), for the burst's ends too
    double scatter = t.row().yearScatter();
    double need = END_EVIDENCE * scatter;
    // fell after its peak: by the years at the end that can tell, or because the peak was one
    // year's burst, and a term that emerged stays; rose to it: by the years at the start
    boolean burstUp = burst(c, span.tokens, peak, m, scatter);
    boolean fallsAfterPeak =
        endsLower(c, span.tokens, g - 1, peak + 1, window, m, END_EVIDENCE) || burstUp;
    boolean risesToPeak = endsLower(c, span.tokens, 0, peak - 1, window, m, END_EVIDENCE);
    if (early && !lowerLate && lateKnown) {
      return fallsAfterPeak ? TrendClass.PEAKED : TrendClass.EMERGING;
    }
    if (late && !lowerEarly && earlyKnown) {
      return risesToPeak ? TrendClass.PEAKED : gone(c, last);
    }
    if ((early && lateKnown) || (late && earlyKnown)) return TrendClass.PEAKED;
    // the curve is read over the years the change compares, not at the first and the last year: a
    // quadratic fitted over many years runs far beyond the rates of small years at an end
    double[] f = t.fitted();
    int from = Arrays.binarySearch(span.years, t.row().earlyEnd());
    int to = Arrays.binarySearch(span.years, t.row().lateStart());
    double atStart = fitted(f, span.tokens, 0, from);
    double atEnd = fitted(f, span.tokens, to, g - 1);
    int max = from + 1;
    int min = from + 1;
    for (int y = from + 2; y < to; y++) {
      if (f[y] > f[max]) max = y;
      if (f[y] < f[min]) min = y;
    }
    boolean inside = from + 1 < to;
    if (inside && log2(f[max] / atStart) >= m && log2(f[max] / atEnd) >= m) {
      return TrendClass.PEAKED;
    }
    // a dip comes back as far as it fell, within a factor of two in log terms: a steep fall, then
    // a flat tail that the parabola bends up a little, is a fall (98, 9.9, 1.9, 4.0, 0.4, 2.9, 3.3)
    double fall = log2(atStart / f[min]);
    double back = log2(atEnd / f[min]);
    if (inside && fall >= m && back >= m && Math.min(fall, back) >= Math.max(fall, back) / 2) {
      // a parabola bent up by one year's spike near an end is no dip (2, 0, …, 0, 21, 0)
      return spike(c, span.tokens, peak, m) ? TrendClass.PEAKED : TrendClass.DIPPED;
    }
    // a term absent early is not present throughout, so its change names no rise: it came, and it
    // fell after its peak only where the years there hold enough evidence ({@link #endsLower}); a
    // burst followed by small years without it, which cannot tell, stays EMERGING
    double change = t.row().change();
    if (change >= m) {
      // a rise whose last years fell below half its rate came and went, whatever its early years:
      // its last years judged as the change's ends are (10 × year_scatter expected), so that one
      // odd year of a term whose years scatter does not decide
      if (!early)
        return endsLower(c, span.tokens, g - 1, peak + 1, window, m, need) || burstUp
            ? TrendClass.PEAKED
            : TrendClass.RISING;
      return fallsAfterPeak ? TrendClass.PEAKED : TrendClass.EMERGING;
    }
    if (change <= -m) {
      if (!late)
        return endsLower(c, span.tokens, 0, peak - 1, window, m, need)
                || burst(c, span.tokens, peak, -m, scatter)
            ? TrendClass.PEAKED
            : TrendClass.FALLING;
      return risesToPeak ? TrendClass.PEAKED : gone(c, last);
    }
    // significant, and neither a rise nor a fall: a burst of one year inside the span that
    // the smooth curve does not follow (4, 5, 42, 4, 3 per 10k) came and went
    return spike(c, span.tokens, peak, m) ? TrendClass.PEAKED : TrendClass.STABLE;
  }

  /**
   * Returns whether the peak is one year's spike inside the span: neither the first nor the last
   * year, and its rate at least 2^m times the rate of all other years together.
   */
  static boolean spike(long[] c, long[] tokens, int peak, double m) {
    int g = c.length;
    if (peak <= 0 || peak >= g - 1) return false;
    long otherCount = 0;
    long otherTokens = 0;
    for (int y = 0; y < g; y++) {
      if (y == peak) continue;
      otherCount += c[y];
      otherTokens += tokens[y];
    }
    double others = otherTokens == 0 ? 0 : (double) otherCount / otherTokens;
    return (double) c[peak] / tokens[peak] >= Math.pow(2, m) * others;
  }

  /**
   * Returns whether a rise (a fall, for negative {@code m}) is made of bursts: the peak year is not
   * the last (not the first) year, and without it — and without each next highest year of the late
   * (early) years that is a burst among them (most of their occurrences, its rate 2^|m| times that
   * of the others there pooled and above it by more than 3.29 standard deviations of a count that
   * scatters {@code scatter} times as much as a Poisson count: p &lt; 0.0005), the last (first)
   * year excepted — the late years are not above the early years by the factor 2^|m| (not below
   * them), each end as few years but those as hold the term {@value #END_EVIDENCE} × {@code
   * scatter} times at its rate over all years ({@link #ends}): 0.4, 2.3, 0.5, 0.9, 2.4, 17.1, 1.3
   * is a peak in its sixth year, not a rise; 0.9, …, 0.7, 38.7, 0, …, 0, 10.1, 0, 0.6, 0 came twice
   * and went, its second burst among the late years; 1, …, 1, 3, 3 rose, though its peak is the
   * year before the last.
   */
  static boolean burst(long[] c, long[] tokens, int peak, double m, double scatter) {
    int g = c.length;
    double need = END_EVIDENCE * scatter;
    if (m > 0 ? peak == g - 1 : peak == 0) return false;
    double rate = (double) sum(c, 0, g - 1) / sum(tokens, 0, g - 1);
    long[] without = tokens.clone();
    for (int out = peak; out >= 0; ) {
      without[out] = 0;
      int[] ends = ends(rate, without, need);
      if (!changeLeft(c, without, ends, m)) return true;
      out =
          m > 0
              ? burstYear(c, without, ends[1], g - 2, g - 1, m, scatter)
              : burstYear(c, without, 1, ends[0], 0, m, scatter);
    }
    return false;
  }

  /**
   * Returns whether the years with tokens left in {@code tokens} still hold the change: the late
   * years ({@code ends}) 2^|m| above the early years (below them, for negative {@code m}).
   */
  private static boolean changeLeft(long[] c, long[] tokens, int[] ends, double m) {
    long[] k = new long[2];
    long[] n = new long[2];
    for (int y = 0; y < c.length; y++) {
      if (tokens[y] == 0 || (y > ends[0] && y < ends[1])) continue;
      int side = y <= ends[0] ? 0 : 1;
      k[side] += c[y];
      n[side] += tokens[y];
    }
    if (n[0] == 0 || n[1] == 0) return true;
    double earlier = (double) k[0] / n[0];
    double later = (double) k[1] / n[1];
    // with no occurrence on the side that should be higher, no change is left
    if (m > 0 ? later == 0 : earlier == 0) return false;
    return (m > 0 ? log2(later / earlier) : log2(earlier / later)) >= Math.abs(m);
  }

  /** The z a burst's count must reach above the rate of the years around it (p &lt; 0.0005). */
  private static final double BURST_Z = 3.29;

  /**
   * Returns the year of the highest rate among years {@code from..to} with tokens left, when it
   * holds more occurrences than the other years of {@code from..to} and {@code end} together, its
   * rate is 2^|m| times theirs pooled, and its count is above what that rate expects by {@link
   * #BURST_Z} standard deviations of a count that scatters {@code scatter} times as much as a
   * Poisson one; else -1. The bursts removed before stay among the others with their occurrences
   * (not their tokens): a later burst must outweigh them too, which keeps the test to a term that
   * came in bursts. Leaving them out made 92 EMERGING terms of the 57-year mix PEAKED, among them
   * 文化和旅游部 and 亚太地区, whose late years are steady but for one large year.
   */
  private static int burstYear(
      long[] c, long[] tokens, int from, int to, int end, double m, double scatter) {
    int top = -1;
    for (int y = from; y <= to; y++) {
      if (tokens[y] > 0 && (top < 0 || c[y] * tokens[top] > c[top] * tokens[y])) top = y;
    }
    if (top < 0 || c[top] == 0) return -1;
    long otherCount = c[end] + sum(c, from, to) - c[top];
    long otherTokens = tokens[end] + sum(tokens, from, to) - tokens[top];
    if (otherTokens == 0) return -1;
    double expected = (double) otherCount / otherTokens * tokens[top];
    boolean high = c[top] > otherCount && c[top] >= Math.pow(2, Math.abs(m)) * expected;
    return high && c[top] - expected > BURST_Z * Math.sqrt(Math.max(1, scatter) * expected)
        ? top
        : -1;
  }

  /**
   * Returns the years at each end of the series that a term's change compares (E and L of the type
   * comment), as indices {first window's last year, last window's first year}: from each end, as
   * few years as would hold the term {@code need} times at its {@code rate} over all years, but at
   * most a third of the years (one year each when there are fewer than six).
   */
  static int[] ends(double rate, long[] tokens, double need) {
    int g = tokens.length;
    int most = Math.max(1, g / 3);
    int early = 0;
    long n = tokens[0];
    while (rate * n < need && early + 1 < most) n += tokens[++early];
    int late = g - 1;
    n = tokens[g - 1];
    while (rate * n < need && g - late < most) n += tokens[--late];
    return new int[] {early, late};
  }

  /** Returns the fitted rate pooled over years {@code from..to} (indices, both included). */
  private static double fitted(double[] f, long[] tokens, int from, int to) {
    double k = 0;
    long n = 0;
    for (int y = from; y <= to; y++) {
      k += f[y] * tokens[y];
      n += tokens[y];
    }
    return k / n;
  }

  /** Returns VANISHED when no year after {@code last} has the term, else FADING. */
  private static TrendClass gone(long[] c, int last) {
    for (int y = last + 1; y < c.length; y++) if (c[y] > 0) return TrendClass.FADING;
    return TrendClass.VANISHED;
  }

  /**
   * Returns whether the years at an end of the series — from index {@code end} (the first year, 0,
   * or the last) towards {@code limit} (both included; none when limit lies beyond end), as few as
   * would hold the term {@code need} times at the rate {@code window}, or all of them when they
   * hold fewer but at least {@link #END_EVIDENCE} — are lower than {@code window} by a factor of
   * 2^m; false when even all of them cannot tell.
   */
  private static boolean endsLower(
      long[] c, long[] tokens, int end, int limit, double window, double m, double need) {
    // the last year runs back to limit, the first forward; none when limit lies beyond the end
    long[] pooled = pooled(c, tokens, end, end == 0 ? 1 : -1, limit, window, need);
    return window * pooled[1] >= END_EVIDENCE
        && (double) pooled[0] / pooled[1] <= window / Math.pow(2, m);
  }

  /**
   * Returns the rate where a term's years begin (or end): the pooled rate of the years from index
   * {@code end} towards {@code limit} (both included), as few as would hold the term {@link
   * #END_EVIDENCE} times at the rate {@code window}, all of them when even all would not.
   */
  private static double endRate(long[] c, long[] tokens, int end, int limit, double window) {
    long[] pooled = pooled(c, tokens, end, end <= limit ? 1 : -1, limit, window, END_EVIDENCE);
    return (double) pooled[0] / pooled[1];
  }

  /**
   * Returns the counts and the tokens, pooled, of the years from index {@code end} a {@code step}
   * at a time towards {@code limit} (both included; none when limit lies behind end), as few as
   * would hold the term {@code need} times at the rate {@code window}, all of them when even all
   * would not.
   */
  private static long[] pooled(
      long[] c, long[] tokens, int end, int step, int limit, double window, double need) {
    long k = 0;
    long n = 0;
    for (int y = end; step > 0 ? y <= limit : y >= limit; y += step) {
      k += c[y];
      n += tokens[y];
      if (window * n >= need) break;
    }
    return new long[] {k, n};
  }

  /** Returns the sum of {@code values} (counts or tokens) over years {@code from..to} (indices). */
  static long sum(long[] values, int from, int to) {
    long n = 0;
    for (int y = from; y <= to; y++) n += values[y];
    return n;
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
   * Returns the years from the first to the last of {@code asked} that are not among the {@code
   * used} years where the series would have one: a year asked for without word tokens, and every
   * year between two used years further apart than the series' step ({@link #step}). A yearly
   * series lists every calendar year it lacks; a series of every fifth year (a congress's reports)
   * lists only the years beyond its steps (1921, 1923, 1969, 1973, …, 2022: 1924–1968), not the
   * four between each two of its years.
   */
  static List<Integer> gaps(int[] asked, int[] used) {
    if (asked.length == 0) return List.of();
    int step = step(used);
    return IntStream.rangeClosed(asked[0], asked[asked.length - 1])
        .filter(y -> Arrays.binarySearch(used, y) < 0)
        .filter(y -> Arrays.binarySearch(asked, y) >= 0 || beyondStep(used, y, step))
        .boxed()
        .toList();
  }

  /**
   * Returns the step of a series of years (sorted): the difference between two consecutive years
   * that more than half of the pairs of consecutive years share; 1 when none does (2021, 2024, 2026
   * has no step of its own: every calendar year it lacks is a gap).
   */
  static int step(int[] years) {
    java.util.Map<Integer, Integer> differences = new java.util.HashMap<>();
    for (int i = 1; i < years.length; i++) {
      int d = years[i] - years[i - 1];
      if (2 * differences.merge(d, 1, Integer::sum) > years.length - 1) return d;
    }
    return 1;
  }

  /**
   * Returns whether year y lies between two consecutive {@code used} years more than step apart.
   */
  private static boolean beyondStep(int[] used, int y, int step) {
    int after = -Arrays.binarySearch(used, y) - 1; // the first used year after y
    if (after == 0 || after == used.length) return true; // outside the used years: asked, not used
    return used[after] - used[after - 1] > step;
  }

  static double log2(double x) {
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
