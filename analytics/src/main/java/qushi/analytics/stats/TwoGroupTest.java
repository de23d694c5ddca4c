package qushi.analytics.stats;

/**
 * The passage-level test of one term between two groups of passages (target, reference): a
 * quasi-likelihood test of the rates guarded by a permutation test over passages.
 *
 * <pre>
 * a, b      the term's counts,  N_t, N_r  the groups' tokens,  P passages,  n in the target
 * G²        = 2 Σ O ln(O/E) over the 2×2 table term/other × target/reference   (Dunning 1993)
 * q         = Williams' factor (see {@link LogLikelihood#williams})
 * φ         = max(1, X²/(P − 2)),  X² = S_T/r_T + S_R/r_R − (a + b),  S_g = Σ_p y_p²/n_p
 * p_quasi   = P(F(1, P − 2) &gt; G²/(q·φ))              (McCullagh &amp; Nelder 1989, §9.2)
 * p_perm    = the permutation test over passages of the target's share:
 *               K ≤ {@value #EXACT_UP_TO} passages contain the term, and at most a third of all
 *                 ({@link #exact}): exact, T = a, each of the K passages drawn into the target
 *                 with probability N_t/(N_t+N_r), the target's share of the tokens
 *                 ({@link PermutationTests#labelledSum})
 *               otherwise: T = Σ_target e_p, e_p = y_p − n_p·(a+b)/(N_t+N_r), Pearson type III
 *                 from its exact permutation moments ({@link PermutationTests#pearsonThree})
 * p         = max(p_quasi, p_perm, 2 / C(P, n)),  the last the smallest p that relabelling the
 *             passages can give: neither the passages drawn one by one nor the approximation may
 *             say more than the P passages can (3 against 3 documents: 0.1)
 * </pre>
 *
 * Why both: the quasi-likelihood F test reads all the information in the counts, but φ is a noisy
 * estimate for a term in few passages, and a group-specific rate absorbs a cluster of occurrences
 * in one group (a term in two passages of a small target year looks perfectly regular there); the
 * permutation test holds whatever tokens do inside a passage. A passage is as likely to hold a rare
 * term as it is long, so a passage that holds one falls in the target with the target's share of
 * the tokens, not of the passages: the share of the passages made a target of short documents (half
 * the reference's length) hold no more than its share of the units of a term used at twice the
 * reference's rate, and p was 1, while falls looked surer than they were. Drawing each passage on
 * its own (with replacement) widens the spread of T by about (P − 1)/(P − K) over relabelling (at
 * most half as much again for K ≤ P/3); where a term is in more than a third of the passages that
 * costs too much power, and holding it depends less on length: the residuals e_p, which weigh each
 * passage's size, are relabelled instead (with a tenth for a third, 17 of the 21 falls that {@code
 * PowerAndNullTest} plants beside a short target were kept, against 20). Taking the larger p needs
 * both to agree. On generated corpora with independent tokens this keeps every discovery of an
 * exact token-level test (see {@code PowerAndNullTest}); on generated clustered text with no change
 * it keeps false discoveries at the nominal level.
 *
 * <p>The null distribution of p is bounded by that of p_perm — exact and discrete for K ≤ {@value
 * #EXACT_UP_TO}, treated as continuous otherwise — which is what the discrete false-discovery
 * procedure ({@link MultipleTesting#discreteStepDown}) needs.
 */
public final class TwoGroupTest {
  /** Up to this many passages containing the term, the permutation test is exact. */
  public static final int EXACT_UP_TO = 60;

  /**
   * Returns whether the permutation test of a term in {@code containing} of {@code passages}
   * passages is the exact one: at most {@value #EXACT_UP_TO} passages, and at most a third of all.
   */
  public static boolean exact(int containing, int passages) {
    return containing <= EXACT_UP_TO && 3L * containing <= passages;
  }

  private TwoGroupTest() {}

  /**
   * One term's test.
   *
   * @param g2 G² after Williams' correction and the dispersion factor
   * @param dispersion φ ≥ 1 (1 when not estimated)
   * @param p the reported p-value
   * @param nulls a bound on p's null distribution
   */
  public record Result(double g2, double dispersion, double p, DiscreteNull nulls) {}

  /** The counts of one term in the two groups and the groups' sizes. */
  public record Counts(
      long a,
      long b,
      long targetTokens,
      long referenceTokens,
      double targetSquares,
      double referenceSquares) {}

  /**
   * Returns the token-level test: G²/q against χ²₁ (tokens as independent draws), with a continuous
   * null.
   */
  public static Result tokenLevel(long a, long b, long nt, long nr, boolean williams) {
    double q = williams ? LogLikelihood.williams(a, b, nt, nr) : 1;
    double g2 = LogLikelihood.keyness(a, b, nt, nr) / q;
    return new Result(g2, 1, LogLikelihood.chiSquaredP(g2), DiscreteNull.UNIFORM);
  }

  /**
   * Returns the passage-level test described in the type comment.
   *
   * @param c the term's counts and sums of squares S_g
   * @param passages P ≥ 3, the passages of both groups
   * @param targetPassages n, the target's passages
   * @param values the term's counts in the passages that contain it, when the test is {@link
   *     #exact}; otherwise null
   * @param inTarget whether each of those passages is the target's (null with {@code values})
   * @param moments {Σe², Σe³} of the residuals at the pooled rate over both groups' passages (see
   *     the type comment), when {@code values} is null
   * @param williams whether G² is divided by Williams' q
   */
  public static Result passageLevel(
      Counts c,
      int passages,
      int targetPassages,
      int[] values,
      boolean[] inTarget,
      double[] moments,
      boolean williams) {
    double[] quasi = quasi(c, passages, williams);
    // no test of the units can say more than relabelling them can: 3 against 3 documents, 0.1
    quasi[2] =
        Math.max(
            quasi[2], PermutationTests.smallestTwoSided(targetPassages, passages - targetPassages));
    long a = c.a();
    long b = c.b();
    if (a + b == 0) return new Result(quasi[0], quasi[1], 1, DiscreteNull.UNIFORM);
    if (values != null) {
      int[] labels = new int[values.length];
      for (int i = 0; i < labels.length; i++) labels[i] = inTarget[i] ? 1 : 0;
      double share = (double) c.targetTokens() / ((double) c.targetTokens() + c.referenceTokens());
      PermutationTests.Exact exact =
          PermutationTests.labelledSum(
              values, labels, new double[] {1 - share, share}, new int[] {0, 1});
      return new Result(quasi[0], quasi[1], Math.max(quasi[2], exact.p()), exact.nulls());
    }
    double rate = (double) (a + b) / ((double) c.targetTokens() + c.referenceTokens());
    double statistic = a - rate * c.targetTokens();
    double n = targetPassages;
    double u = passages;
    // Σ(b − b̄)² and Σ(b − b̄)³ of a 0/1 target indicator over the passages
    double b2 = n * (u - n) / u;
    double b3 = n * (u - n) * (u - 2 * n) / (u * u);
    double pPerm =
        PermutationTests.pearsonThree(statistic, moments[0], moments[1], b2, b3, passages);
    return new Result(quasi[0], quasi[1], Math.max(quasi[2], pPerm), DiscreteNull.UNIFORM);
  }

  /**
   * Returns the test from group sums alone: the quasi-likelihood F test guarded by Fisher's exact
   * test on the passages that contain the term ({@link PermutationTests#hypergeometric}), exact and
   * discrete for every term. It needs only K_T and K_R, the passages containing the term in each
   * group, but a passage that repeats the term counts once, so it has less power than {@link
   * #passageLevel}.
   *
   * @param containing K = K_T + K_R
   * @param targetContaining K_T
   */
  public static Result presenceLevel(
      Counts c,
      int passages,
      int targetPassages,
      int containing,
      int targetContaining,
      boolean williams) {
    double[] quasi = quasi(c, passages, williams);
    if (containing == 0) return new Result(quasi[0], quasi[1], 1, DiscreteNull.UNIFORM);
    PermutationTests.Exact exact =
        PermutationTests.hypergeometric(
            containing, passages - containing, targetPassages, targetContaining);
    return new Result(quasi[0], quasi[1], Math.max(quasi[2], exact.p()), exact.nulls());
  }

  /** Returns {G²/(q·φ), φ, p_quasi}. */
  private static double[] quasi(Counts c, int passages, boolean williams) {
    long a = c.a();
    long b = c.b();
    long nt = c.targetTokens();
    long nr = c.referenceTokens();
    double x2 = -(double) (a + b);
    if (a > 0) x2 += c.targetSquares() * nt / a;
    if (b > 0) x2 += c.referenceSquares() * nr / b;
    double phi = Math.max(1, x2 / (passages - 2));
    double q = williams ? LogLikelihood.williams(a, b, nt, nr) : 1;
    double g2 = LogLikelihood.keyness(a, b, nt, nr) / (q * phi);
    return new double[] {g2, phi, LogLikelihood.fP(g2, passages - 2)};
  }
}
