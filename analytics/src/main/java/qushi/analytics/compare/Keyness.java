package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.stats.DiscreteNull;
import qushi.analytics.stats.EffectSizes;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.stats.MultipleTesting;
import qushi.analytics.stats.TwoGroupTest;

/**
 * Keyness of terms between a target and a reference corpus: effect sizes (log ratio, weighted
 * log-odds z) and significance (log-likelihood G² with Benjamini–Hochberg adjustment).
 *
 * <p>Two entry points. {@code compare(terms, target, reference, N_t, N_r, …)} takes bare totals and
 * treats every token as an independent draw, as the classic keyness tools do. Texts are not like
 * that: a passage on one topic repeats its topic's terms, so counts vary between passages more than
 * the binomial model allows, and token-level G² then flags many terms that only reflect which
 * passages fell in which year. {@code compare(terms, passageMatrix, …)} estimates that
 * overdispersion per term from the passages and deflates G² by it (quasi-likelihood); prefer it
 * whenever passage counts exist.
 *
 * <p>Each term's 2 × 2 table, with N = N_t + N_r:
 *
 * <pre>
 *               target      reference
 *   term        a           b            a + b
 *   other       c = N_t−a   d = N_r−b    c + d
 *               N_t         N_r          N
 * </pre>
 */
public final class Keyness {
  private Keyness() {}

  /** Returns the comparison of bare totals with {@link KeynessOptions#defaults()}. */
  public static KeynessTable compare(
      List<String> terms,
      long[] target,
      long[] reference,
      long targetTokens,
      long referenceTokens) {
    return compare(
        terms, target, reference, targetTokens, referenceTokens, null, KeynessOptions.defaults());
  }

  /**
   * Returns the keyness table of terms from their totals. The z-score prior is taken from the
   * pooled counts, α_w = α₀·(a+b)/N, or from a background corpus when one is given, α_w = α₀·y_w^bg
   * / n^bg (a zero background count replaced by the zero correction).
   *
   * @param terms distinct terms, aligned with the count arrays
   * @param target per-term counts a in the target, each in [0, targetTokens]
   * @param reference per-term counts b in the reference, each in [0, referenceTokens]
   * @param targetTokens the target corpus size N_t in tokens, &gt; 0
   * @param referenceTokens the reference corpus size N_r in tokens, &gt; 0
   * @param background the background corpus of the prior, aligned with the terms; null for the
   *     pooled counts
   * @param options the settings
   * @return rows for the terms with a + b ≥ minCount, in the ranking order of {@link KeynessTable}
   * @throws IllegalArgumentException on mismatched lengths (the background's too), duplicate terms
   *     or counts out of range
   */
  public static KeynessTable compare(
      List<String> terms,
      long[] target,
      long[] reference,
      long targetTokens,
      long referenceTokens,
      Background background,
      KeynessOptions options) {
    if (background != null && background.counts().length != terms.size()) {
      throw new IllegalArgumentException(
          "background has " + background.counts().length + " terms, expected " + terms.size());
    }
    return build(
        terms, target, reference, targetTokens, referenceTokens, background, null, options);
  }

  /**
   * Returns the keyness table of terms from the passage-level sufficient statistics of the two
   * groups ({@link GroupCounts}): totals a = C_T, b = C_R, N_t, N_r; when {@link
   * KeynessOptions#quasiLikelihood()} is on, each term's p is the larger of the quasi-likelihood F
   * test and Fisher's exact test on the passages containing it ({@link TwoGroupTest}, with the
   * presence counts K_T, K_R standing in for the passage counts — all that group sums hold), and
   * p_adj is the discrete Benjamini–Hochberg step-down of {@link MultipleTesting#discreteStepDown}
   * over the exact tests' null distributions.
   *
   * <p>With fewer than 3 passages in the two groups nothing can be estimated between passages and
   * the token-level test is used. Prefer {@link #compare(List, TermColumns, boolean[], boolean[],
   * GroupCounts, GroupCounts, KeynessOptions)} when the passages are at hand: its guard uses the
   * counts in the passages, not only whether a passage contains the term, and keeps more power.
   *
   * @param terms distinct terms, one per term id of the groups
   * @param target the target group's counts
   * @param reference the reference group's counts (disjoint passages)
   * @param options the settings
   * @throws IllegalArgumentException on mismatched sizes or a group without tokens
   */
  public static KeynessTable compare(
      List<String> terms, GroupCounts target, GroupCounts reference, KeynessOptions options) {
    return fromGroups(terms, target, reference, null, null, null, options);
  }

  /**
   * Returns the keyness table of terms between two disjoint sets of passages, each term tested by
   * {@link TwoGroupTest}: the quasi-likelihood F test of the rates guarded by the permutation test
   * of the passages' counts (exact for a term in few passages: {@link TwoGroupTest#exact}). p_adj
   * is the discrete Benjamini–Hochberg step-down over the exact tests' null distributions ({@link
   * MultipleTesting#discreteStepDown}): a term too rare to ever reach significance does not dilute
   * the correction of the others.
   *
   * @param terms distinct terms, one per column
   * @param columns the passage × term counts by term
   * @param target the target's passages
   * @param reference the reference's passages, disjoint from the target's
   * @param targetCounts the sums of the target's passages ({@link PassageMatrix#group})
   * @param referenceCounts the sums of the reference's passages
   * @param options the settings
   * @throws IllegalArgumentException on mismatched sizes or overlapping groups
   */
  public static KeynessTable compare(
      List<String> terms,
      TermColumns columns,
      boolean[] target,
      boolean[] reference,
      GroupCounts targetCounts,
      GroupCounts referenceCounts,
      KeynessOptions options) {
    return fromGroups(terms, targetCounts, referenceCounts, columns, target, reference, options);
  }

  /**
   * Returns the keyness table of terms from a passage × term matrix and two disjoint masks of its
   * passages (see {@link #compare(List, TermColumns, boolean[], boolean[], GroupCounts,
   * GroupCounts, KeynessOptions)}).
   *
   * @throws IllegalArgumentException on mismatched sizes or overlapping groups
   */
  public static KeynessTable compare(
      List<String> terms,
      PassageMatrix counts,
      boolean[] target,
      boolean[] reference,
      KeynessOptions options) {
    return compare(
        terms,
        TermColumns.of(counts),
        target,
        reference,
        counts.group(target),
        counts.group(reference),
        options);
  }

  private static KeynessTable fromGroups(
      List<String> terms,
      GroupCounts target,
      GroupCounts reference,
      TermColumns columns,
      boolean[] targetMask,
      boolean[] referenceMask,
      KeynessOptions options) {
    if (target.terms() != terms.size() || reference.terms() != terms.size()) {
      throw new IllegalArgumentException(
          "groups have "
              + target.terms()
              + " and "
              + reference.terms()
              + " terms but "
              + terms.size()
              + " terms were given");
    }
    boolean[] both = null;
    if (columns != null) {
      if (targetMask.length != columns.passages() || referenceMask.length != columns.passages()) {
        throw new IllegalArgumentException("masks need one entry per passage");
      }
      both = new boolean[targetMask.length];
      for (int p = 0; p < both.length; p++) {
        if (targetMask[p] && referenceMask[p]) {
          throw new IllegalArgumentException("passage " + p + " is in both target and reference");
        }
        both[p] = targetMask[p] || referenceMask[p];
      }
    }
    long nt = target.tokens();
    long nr = reference.tokens();
    checkTotals(nt, nr);
    int passages = target.passages() + reference.passages();
    // With fewer than 3 passages there is no residual degree of freedom to estimate the spread
    // between passages: the comparison falls back to the token-level test.
    if (!options.quasiLikelihood() || passages < 3) {
      return build(terms, target.count(), reference.count(), nt, nr, null, null, options);
    }
    double[] powers = columns == null ? null : columns.powers(both);
    TwoGroupTest.Result[] tests = new TwoGroupTest.Result[terms.size()];
    boolean[] in = both; // (effectively final, for the terms' tests)
    // each term's test reads only its own column: the terms run in parallel, each into its slot
    IntStream.range(0, tests.length)
        .parallel()
        .forEach(
            t -> {
              long a = target.count()[t];
              long b = reference.count()[t];
              if (a + b < options.minCount()) return;
              TwoGroupTest.Counts c =
                  new TwoGroupTest.Counts(a, b, nt, nr, target.squares(t), reference.squares(t));
              int k = target.presence()[t] + reference.presence()[t];
              if (columns == null) {
                tests[t] =
                    TwoGroupTest.presenceLevel(
                        c,
                        passages,
                        target.passages(),
                        k,
                        target.presence()[t],
                        options.williams());
              } else {
                boolean exact = TwoGroupTest.exact(k, passages);
                int[] values = exact ? columns.values(t, in) : null;
                boolean[] inTarget = exact ? columns.inGroup(t, in, targetMask) : null;
                double[] moments =
                    exact
                        ? null
                        : columns.residualMoments(
                            t, in, (double) (a + b) / ((double) nt + nr), powers);
                tests[t] =
                    TwoGroupTest.passageLevel(
                        c,
                        passages,
                        target.passages(),
                        values,
                        inTarget,
                        moments,
                        options.williams());
              }
            });
    return build(terms, target.count(), reference.count(), nt, nr, null, tests, options);
  }

  /**
   * Returns the log₂ ratio of relative frequencies with pseudo-counts proportional to the corpus
   * sizes ({@link EffectSizes#logRatio}, c = {@code zero}), so its sign is always that of the
   * difference of the observed rates:
   *
   * <pre>
   * a' = a + 2c·N_t/N,   b' = b + 2c·N_r/N
   * LR = log₂((a'/N_t) / (b'/N_r))
   * </pre>
   *
   * LR = 1 means the target rate is twice the reference rate. With equal sizes c is added to both
   * counts.
   */
  public static double logRatio(long a, long b, long nt, long nr, double zero) {
    return EffectSizes.logRatio(a, b, nt, nr, zero);
  }

  /** Returns G² of the keyness table; see {@link LogLikelihood#keyness}. */
  public static double g2(long a, long b, long nt, long nr) {
    return LogLikelihood.keyness(a, b, nt, nr);
  }

  /**
   * Returns the weighted log-odds z-score with an informative Dirichlet prior whose pseudo-counts
   * are proportional to the corpus sizes ({@link EffectSizes#logOddsZ}); positive exactly when the
   * target rate is higher.
   *
   * @param alphaW the term's prior count α_w, &gt; 0
   * @param alpha0 the prior total α₀ ≥ α_w
   */
  public static double logOddsZ(long a, long b, long nt, long nr, double alphaW, double alpha0) {
    return EffectSizes.logOddsZ(a, b, nt, nr, alphaW, alpha0);
  }

  private static void checkTotals(long nt, long nr) {
    if (nt <= 0 || nr <= 0) {
      throw new IllegalArgumentException(
          "targetTokens and referenceTokens must be > 0, were " + nt + " and " + nr);
    }
  }

  /** The normal quantile of the 95% intervals of the log ratio. */
  static final double Z95 = 1.959963984540054;

  /** Computes the rows; {@code tests} null means token-level χ² p-values and BH. */
  private static KeynessTable build(
      List<String> terms,
      long[] a,
      long[] b,
      long nt,
      long nr,
      Background background,
      TwoGroupTest.Result[] tests,
      KeynessOptions o) {
    checkTotals(nt, nr);
    if (a.length != terms.size() || b.length != terms.size()) {
      throw new IllegalArgumentException(
          "count arrays have lengths "
              + a.length
              + " and "
              + b.length
              + ", expected "
              + terms.size());
    }
    if (new HashSet<>(terms).size() != terms.size()) {
      throw new IllegalArgumentException("terms must be distinct");
    }
    double alpha0 = o.alpha0For(nt, nr);
    double scale = 1e4;
    List<KeynessRow> rows = new ArrayList<>();
    List<DiscreteNull> nulls = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      if (a[i] < 0 || a[i] > nt || b[i] < 0 || b[i] > nr) {
        throw new IllegalArgumentException(
            "counts of '"
                + terms.get(i)
                + "' must lie in [0, N]: target "
                + a[i]
                + " of "
                + nt
                + ", reference "
                + b[i]
                + " of "
                + nr);
      }
      if (a[i] + b[i] < o.minCount()) {
        continue;
      }
      double share =
          background == null
              ? (double) (a[i] + b[i]) / ((double) nt + nr)
              : background.share(i, o.zeroCorrection());
      TwoGroupTest.Result test =
          tests == null ? TwoGroupTest.tokenLevel(a[i], b[i], nt, nr, o.williams()) : tests[i];
      nulls.add(test.nulls());
      Direction direction = Direction.of(a[i], b[i], nt, nr);
      boolean none = direction == Direction.NONE;
      double lr = none ? 0 : logRatio(a[i], b[i], nt, nr, o.zeroCorrection());
      // the interval is the reported test's (test-based), at the token level too, where p has
      // Williams' correction and G² counts the other tokens as well
      double[] interval =
          EffectSizes.testInterval(
              a[i],
              b[i],
              nt,
              nr,
              test.p(),
              tests == null && o.williams()
                  ? LogLikelihood.williams(a[i], b[i], nt, nr)
                  : test.dispersion(),
              Z95 * Z95);
      rows.add(
          new KeynessRow(
              terms.get(i),
              a[i],
              a[i] * scale / nt,
              b[i],
              b[i] * scale / nr,
              lr,
              test.g2(),
              test.p(),
              Double.NaN,
              none ? 0 : logOddsZ(a[i], b[i], nt, nr, alpha0 * share, alpha0),
              direction,
              test.dispersion(),
              interval[0],
              interval[1],
              "",
              Double.NaN));
    }
    double[] p = rows.stream().mapToDouble(KeynessRow::p).toArray();
    double[] adjusted =
        tests == null
            ? MultipleTesting.benjaminiHochberg(p)
            : MultipleTesting.discreteStepDown(p, nulls);
    KeynessRow[] out = new KeynessRow[rows.size()];
    for (int k = 0; k < out.length; k++) out[k] = rows.get(k).withPAdjusted(adjusted[k]);
    Arrays.sort(out, KeynessTable.ranking(o.level()));
    return KeynessTable.of(Arrays.asList(out), nt, nr, alpha0, o);
  }
}
