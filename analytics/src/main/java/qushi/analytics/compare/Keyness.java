package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.stats.ExactTests;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.stats.MultipleTesting;

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
        terms, target, reference, targetTokens, referenceTokens, KeynessOptions.defaults());
  }

  /**
   * Returns the keyness table of terms from their totals, the z-score prior taken from the pooled
   * counts: α_w = α₀·(a+b)/N.
   *
   * @param terms distinct terms, aligned with the count arrays
   * @param target per-term counts a in the target, each in [0, targetTokens]
   * @param reference per-term counts b in the reference, each in [0, referenceTokens]
   * @param targetTokens the target corpus size N_t in tokens, &gt; 0
   * @param referenceTokens the reference corpus size N_r in tokens, &gt; 0
   * @param options the settings
   * @return rows for the terms with a + b ≥ minCount, in the ranking order of {@link KeynessTable}
   * @throws IllegalArgumentException on mismatched lengths, duplicate terms or counts out of range
   */
  public static KeynessTable compare(
      List<String> terms,
      long[] target,
      long[] reference,
      long targetTokens,
      long referenceTokens,
      KeynessOptions options) {
    return build(
        terms, target, reference, targetTokens, referenceTokens, null, null, null, 0, options);
  }

  /**
   * Returns the keyness table of terms from their totals, the z-score prior taken from a background
   * corpus: α_w = α₀·y_w^bg / n^bg (a zero background count replaced by the zero correction).
   *
   * @see #compare(List, long[], long[], long, long, KeynessOptions)
   * @throws IllegalArgumentException also when the background has another number of terms
   */
  public static KeynessTable compare(
      List<String> terms,
      long[] target,
      long[] reference,
      long targetTokens,
      long referenceTokens,
      Background background,
      KeynessOptions options) {
    if (background.counts().length != terms.size()) {
      throw new IllegalArgumentException(
          "background has " + background.counts().length + " terms, expected " + terms.size());
    }
    return build(
        terms,
        target,
        reference,
        targetTokens,
        referenceTokens,
        background,
        null,
        null,
        0,
        options);
  }

  /**
   * Returns the keyness table of terms from the passage-level sufficient statistics of the two
   * groups ({@link GroupCounts}): totals are a = C_T, b = C_R, N_t, N_r, and, when {@link
   * KeynessOptions#quasiLikelihood()} is on, G² is divided by each term's overdispersion φ_w and p
   * comes from F(1, P − 2):
   *
   * <pre>
   * X²_w = Σ_passages (y_pw − n_p·r_gw)² / (n_p·r_gw)     r_gw = term rate of the passage's group
   *      = S_Tw / r_Tw + S_Rw / r_Rw − (a + b)            S_gw = Σ_{p in g} y_pw² / n_p
   * φ_w  = max(1, X²_w / (P − 2))                        P = passages in either group
   * F_w  = G²_w / (q_w·φ_w),   p_F = P(F(1, P − 2) &gt; F_w)
   * p    = max(p_F, p_passages)     p_passages: Fisher's exact test on the passages containing w
   * </pre>
   *
   * With fewer than 3 passages in the two groups nothing can be estimated between passages and the
   * token-level test is used. This is the quasi-Poisson deviance test with a per-term Pearson
   * dispersion estimate (McCullagh &amp; Nelder 1989, Generalized Linear Models, §4.5 and §9.2);
   * the floor at 1 keeps it from ever being more liberal than the token-level test. The per-term φ
   * is a noisy estimate for rare terms, and on real text (the seeds' passages with shuffled year
   * labels) the F test alone still reported a false discovery in about a third of the shuffles;
   * taking the larger p with the exact passage test keeps the false discoveries near the nominal
   * level, because that test is exact under exchangeable passages.
   *
   * @param terms distinct terms, one per term id of the groups
   * @param target the target group's counts
   * @param reference the reference group's counts (disjoint passages)
   * @param options the settings
   * @throws IllegalArgumentException on mismatched sizes or a group without tokens
   */
  public static KeynessTable compare(
      List<String> terms, GroupCounts target, GroupCounts reference, KeynessOptions options) {
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
    long[] a = target.count();
    long[] b = reference.count();
    long nt = target.tokens();
    long nr = reference.tokens();
    int passages = target.passages() + reference.passages();
    double[] phi = null;
    double[] presence = null;
    // With fewer than 3 passages there is no residual degree of freedom to estimate the spread
    // between passages: the comparison falls back to the token-level test.
    if (options.quasiLikelihood() && passages >= 3) {
      checkTotals(nt, nr);
      phi = Overdispersion.pearson(target, reference, passages - 2);
      int[] containing = new int[terms.size()];
      for (int t = 0; t < containing.length; t++)
        containing[t] = target.presence()[t] + reference.presence()[t];
      presence = ExactTests.presence(target.presence(), containing, passages, target.passages());
    }
    return build(terms, a, b, nt, nr, null, phi, presence, passages - 2, options);
  }

  /**
   * Returns the keyness table of terms from a passage × term matrix and two disjoint masks of its
   * passages: {@link #compare(List, GroupCounts, GroupCounts, KeynessOptions)} of the masked
   * groups.
   *
   * @throws IllegalArgumentException on mismatched sizes or overlapping groups
   */
  public static KeynessTable compare(
      List<String> terms,
      PassageMatrix counts,
      boolean[] target,
      boolean[] reference,
      KeynessOptions options) {
    for (int p = 0; p < Math.min(target.length, reference.length); p++) {
      if (target[p] && reference[p]) {
        throw new IllegalArgumentException("passage " + p + " is in both target and reference");
      }
    }
    return compare(terms, counts.group(target), counts.group(reference), options);
  }

  /**
   * Returns the log₂ ratio of relative frequencies, a zero count replaced by {@code zero} (Hardie's
   * convention, applied only to a count that is zero so other ratios stay exact):
   *
   * <pre>
   * a' = a if a &gt; 0 else zero,   b' = b if b &gt; 0 else zero
   * LR = log₂((a'/N_t) / (b'/N_r))
   * </pre>
   *
   * Reference: Hardie, A. (2014), "Log Ratio – an informal introduction", CASS, Lancaster
   * University. LR = 1 means the target rate is twice the reference rate. When one count is zero
   * and the target is much larger than the reference, LR can take the opposite sign of the observed
   * rates; {@link Direction} is taken from the observed rates.
   */
  public static double logRatio(long a, long b, long nt, long nr, double zero) {
    double ac = a > 0 ? a : zero;
    double bc = b > 0 ? b : zero;
    return (Math.log(ac) - Math.log(nt) - Math.log(bc) + Math.log(nr)) / Math.log(2);
  }

  /** Returns G² of the keyness table; see {@link LogLikelihood#keyness}. */
  public static double g2(long a, long b, long nt, long nr) {
    return LogLikelihood.keyness(a, b, nt, nr);
  }

  /**
   * Returns the weighted log-odds z-score with informative Dirichlet prior, positive when the term
   * is relatively more frequent in the target:
   *
   * <pre>
   * δ  = ln((a + α_w)/(N_t + α₀ − a − α_w)) − ln((b + α_w)/(N_r + α₀ − b − α_w))
   * σ² ≈ 1/(a + α_w) + 1/(b + α_w)
   * z  = δ / σ
   * </pre>
   *
   * Reference: Monroe, B. L., Colaresi, M. P. &amp; Quinn, K. M. (2008), "Fightin' words",
   * Political Analysis 16(4):372–403, eqs. 16, 18–22.
   *
   * @param alphaW the term's prior count α_w, &gt; 0
   * @param alpha0 the prior total α₀ ≥ α_w
   */
  public static double logOddsZ(long a, long b, long nt, long nr, double alphaW, double alpha0) {
    double ya = a + alphaW;
    double yb = b + alphaW;
    double delta = Math.log(ya / (nt + alpha0 - ya)) - Math.log(yb / (nr + alpha0 - yb));
    return delta / Math.sqrt(1 / ya + 1 / yb);
  }

  private static void checkTotals(long nt, long nr) {
    if (nt <= 0 || nr <= 0) {
      throw new IllegalArgumentException(
          "targetTokens and referenceTokens must be > 0, were " + nt + " and " + nr);
    }
  }

  /** Computes the rows; {@code phi} null means token-level χ² p-values. */
  private static KeynessTable build(
      List<String> terms,
      long[] a,
      long[] b,
      long nt,
      long nr,
      Background background,
      double[] phi,
      double[] presence,
      int residualDf,
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
    List<Integer> kept = new ArrayList<>();
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
      kept.add(i);
      double share =
          background == null
              ? (double) (a[i] + b[i]) / ((double) nt + nr)
              : background.share(i, o.zeroCorrection());
      double q = o.williams() ? LogLikelihood.williams(a[i], b[i], nt, nr) : 1;
      double dispersion = phi == null ? 1 : phi[i];
      double g2 = g2(a[i], b[i], nt, nr) / (q * dispersion);
      double p = phi == null ? LogLikelihood.chiSquaredP(g2) : LogLikelihood.fP(g2, residualDf);
      if (presence != null) p = Math.max(p, presence[i]);
      rows.add(
          new KeynessRow(
              terms.get(i),
              a[i],
              a[i] * scale / nt,
              b[i],
              b[i] * scale / nr,
              logRatio(a[i], b[i], nt, nr, o.zeroCorrection()),
              g2,
              p,
              Double.NaN,
              logOddsZ(a[i], b[i], nt, nr, alpha0 * share, alpha0),
              Direction.of(a[i], b[i], nt, nr),
              dispersion));
    }
    double[] adjusted =
        MultipleTesting.benjaminiHochberg(rows.stream().mapToDouble(KeynessRow::p).toArray());
    KeynessRow[] out = new KeynessRow[rows.size()];
    for (int k = 0; k < out.length; k++) {
      KeynessRow r = rows.get(k);
      out[k] =
          new KeynessRow(
              r.term(),
              r.targetCount(),
              r.targetPer10k(),
              r.referenceCount(),
              r.referencePer10k(),
              r.logRatio(),
              r.g2(),
              r.p(),
              adjusted[k],
              r.z(),
              r.direction(),
              r.dispersion());
    }
    Arrays.sort(out, KeynessTable.ranking(o.level()));
    return new KeynessTable(Arrays.asList(out), nt, nr, alpha0, o);
  }
}
