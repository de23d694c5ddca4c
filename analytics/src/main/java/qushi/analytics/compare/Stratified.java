package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import qushi.analytics.corpus.Document;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.stats.DiscreteNull;
import qushi.analytics.stats.EffectSizes;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.stats.MantelHaenszel;
import qushi.analytics.stats.MultipleTesting;
import qushi.analytics.stats.PermutationTests;
import qushi.analytics.stats.TwoGroupTest;

/**
 * Keyness within strata: when sources (or events, or any manifest column) are confounded with the
 * years — a forum only in the later period, a congress report only in congress years — a term can
 * "rise" because the mix of sources changed. The comparison is made within each stratum and pooled
 * by Mantel–Haenszel ({@link MantelHaenszel}); strata with text on one side only cannot say
 * anything about a change and are left out (and named).
 *
 * <pre>
 * a_s, b_s, N_ts, N_rs   the term's counts and the tokens of stratum s in target and reference
 * φ       = max(1, X² / (P − 2·S)),  X² = Σ_cells (S_c / r_c − C_c) over the 2·S cells stratum × side
 * p_quasi = P(F(1, P − 2S) &gt; χ²_MH / φ)
 * p_perm  = permutation of the test units ({@link qushi.analytics.prepare.TestUnits}: documents or
 *           passages) within strata: exact when few contain the term ({@link TwoGroupTest#exact}),
 *           each of them drawn into the target with its stratum's target share of the tokens
 *           ({@link PermutationTests#labelledSum}), else Pearson type III of the residuals with the
 *           strata's permutation moments summed
 * p       = max(p_quasi, p_perm, 2 / Π_s C(P_s, n_s)),   p_adj = discrete Benjamini–Hochberg
 *           step-down (the third: the smallest p that relabelling the units within the strata can
 *           give)
 * log_ratio = log₂ RR_MH (size-proportional pseudo-counts); its 95% interval is test-based
 *           ({@link EffectSizes#testHalfWidth}): |log_ratio| · 1.96 / z_p on each side when p &lt; 0.05,
 *           else the Greenland–Robins interval × √φ, widened to hold 0 where it does not
 * </pre>
 *
 * Every figure is a sum per (term, stratum, side) plus, for the guard, the counts in the passages
 * of rare terms and residual moment sums of frequent ones.
 */
final class Stratified {
  private Stratified() {}

  /** One stratum: its passages on each side, their sums, and its name and years. */
  record Stratum(
      boolean[] target,
      boolean[] reference,
      GroupCounts t,
      GroupCounts r,
      StratifiedTable.Years years) {
    /** Returns the stratum's value. */
    String name() {
      return years.stratum();
    }
  }

  /**
   * Returns the strata of the manifest column {@code column}, one per value (documents without a
   * value form the stratum {@link Document#NO_VALUE}), sorted by value: each stratum's passages
   * among the target passages {@code tm} and the reference passages {@code rm}, and their sums in
   * {@code matrix}.
   *
   * @param passageDocument the index in {@code documents} of each passage's document
   */
  static List<Stratum> strata(
      List<Document> documents,
      String column,
      int[] passageDocument,
      PassageMatrix matrix,
      boolean[] tm,
      boolean[] rm) {
    TreeMap<String, List<Integer>> byValue = new TreeMap<>();
    for (int d = 0; d < documents.size(); d++) {
      byValue.computeIfAbsent(documents.get(d).value(column), x -> new ArrayList<>()).add(d);
    }
    List<Stratum> strata = new ArrayList<>();
    for (var e : byValue.entrySet()) {
      Set<Integer> docs = new HashSet<>(e.getValue());
      boolean[] st = new boolean[tm.length];
      boolean[] sr = new boolean[tm.length];
      TreeSet<Integer> targetYears = new TreeSet<>();
      TreeSet<Integer> referenceYears = new TreeSet<>();
      for (int p = 0; p < tm.length; p++) {
        boolean in = docs.contains(passageDocument[p]);
        st[p] = in && tm[p];
        sr[p] = in && rm[p];
        // a unit of no word token gives its year no text (every passage has one; a passage of
        // the counts of a few terms may not)
        if (matrix.tokens(p) == 0) continue;
        int year = documents.get(passageDocument[p]).year();
        if (st[p]) targetYears.add(year);
        if (sr[p]) referenceYears.add(year);
      }
      strata.add(
          new Stratum(
              st,
              sr,
              matrix.group(st),
              matrix.group(sr),
              new StratifiedTable.Years(
                  e.getKey(), List.copyOf(referenceYears), List.copyOf(targetYears))));
    }
    return strata;
  }

  static StratifiedTable compare(
      List<String> terms,
      TermColumns columns,
      List<Stratum> all,
      String column,
      String targetName,
      String referenceName,
      KeynessOptions o) {
    List<Stratum> strata = new ArrayList<>();
    List<StratifiedTable.Years> used = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (Stratum s : all) {
      if (s.t().tokens() > 0 && s.r().tokens() > 0) {
        used.add(s.years());
        strata.add(s);
      } else if (s.t().tokens() > 0 || s.r().tokens() > 0) {
        // a stratum with text in neither period is not of this comparison at all
        dropped.add(s.name());
      }
    }
    int k = strata.size();
    int passages = 0;
    boolean[][] both = new boolean[k][];
    double[][] powers = new double[k][];
    long nt = 0;
    long nr = 0;
    for (int s = 0; s < k; s++) {
      Stratum st = strata.get(s);
      passages += st.t().passages() + st.r().passages();
      nt += st.t().tokens();
      nr += st.r().tokens();
      both[s] = new boolean[st.target().length];
      for (int p = 0; p < both[s].length; p++) both[s][p] = st.target()[p] || st.reference()[p];
      powers[s] = columns.powers(both[s]);
    }
    int df = passages - 2 * k;
    // no test of the units can say more than relabelling them within the strata can
    int[] targetUnits = new int[k];
    int[] referenceUnits = new int[k];
    for (int s = 0; s < k; s++) {
      targetUnits[s] = strata.get(s).t().passages();
      referenceUnits[s] = strata.get(s).r().passages();
    }
    double floor = PermutationTests.smallestTwoSided(targetUnits, referenceUnits);
    // the crude ratio pools all the text of the two periods, the strata left out too: what the
    // comparison would say without strata, so that a sign of its own shows the sources' mix
    long allT = 0;
    long allR = 0;
    for (Stratum s : all) {
      allT += s.t().tokens();
      allR += s.r().tokens();
    }
    List<StratifiedRow> rows = new ArrayList<>();
    List<DiscreteNull> nulls = new ArrayList<>();
    for (int t = 0; t < terms.size() && k > 0; t++) {
      long[] a = new long[k];
      long[] b = new long[k];
      long[] tn = new long[k];
      long[] rn = new long[k];
      long ta = 0;
      long tb = 0;
      int containing = 0;
      int present = 0;
      double x2 = 0;
      for (int s = 0; s < k; s++) {
        GroupCounts gt = strata.get(s).t();
        GroupCounts gr = strata.get(s).r();
        a[s] = gt.count()[t];
        b[s] = gr.count()[t];
        tn[s] = gt.tokens();
        rn[s] = gr.tokens();
        ta += a[s];
        tb += b[s];
        containing += gt.presence()[t] + gr.presence()[t];
        present += a[s] + b[s] > 0 ? 1 : 0;
        x2 += gt.pearson(t);
        x2 += gr.pearson(t);
      }
      if (ta + tb < o.minCount()) continue;
      double phi = df >= 1 ? Math.max(1, x2 / df) : 1;
      double chi2 = MantelHaenszel.chiSquared(a, b, tn, rn) / phi;
      double pQuasi = df >= 1 ? LogLikelihood.fP(chi2, df) : LogLikelihood.chiSquaredP(chi2);
      double pPerm;
      DiscreteNull nul = DiscreteNull.UNIFORM;
      if (TwoGroupTest.exact(containing, passages)) {
        // each unit that holds the term falls in the target with its stratum's target share of
        // the tokens, as in a comparison without strata (TwoGroupTest)
        int[] values = new int[containing];
        int[] labels = new int[containing];
        double[][] shares = new double[containing][];
        int i = 0;
        for (int s = 0; s < k; s++) {
          int[] v = columns.values(t, both[s]);
          boolean[] in = columns.inGroup(t, both[s], strata.get(s).target());
          double share = (double) tn[s] / ((double) tn[s] + rn[s]);
          double[] pi = {1 - share, share};
          for (int j = 0; j < v.length; j++, i++) {
            values[i] = v[j];
            labels[i] = in[j] ? 1 : 0;
            shares[i] = pi;
          }
        }
        PermutationTests.Exact exact =
            PermutationTests.labelledSum(values, labels, shares, new int[] {0, 1});
        pPerm = exact.p();
        nul = exact.nulls();
      } else {
        double statistic = 0;
        double var = 0;
        double mu3 = 0;
        for (int s = 0; s < k; s++) {
          double n = (double) tn[s] + rn[s];
          double rate = (a[s] + b[s]) / n;
          statistic += a[s] - rate * tn[s];
          double[] m = columns.residualMoments(t, both[s], rate, powers[s]);
          double units = strata.get(s).t().passages() + strata.get(s).r().passages();
          double in = strata.get(s).t().passages();
          if (units >= 2) var += m[0] * in * (units - in) / (units * (units - 1));
          if (units >= 3)
            mu3 +=
                m[1] * in * (units - in) * (units - 2 * in) / (units * (units - 1) * (units - 2));
        }
        pPerm = PermutationTests.pearsonThree(statistic, var, mu3);
      }
      double p = Math.max(Math.max(pQuasi, pPerm), floor);
      double score = MantelHaenszel.score(a, b, tn, rn);
      Direction direction =
          Math.abs(score) < 1e-12 ? Direction.NONE : score > 0 ? Direction.UP : Direction.DOWN;
      double c = o.zeroCorrection();
      double lr = direction == Direction.NONE ? 0 : MantelHaenszel.logRatio(a, b, tn, rn, c);
      // the interval is the reported test's (test-based), as keyness's is: it leaves out 0 exactly
      // when p is under 0.05, p being the larger of the quasi-likelihood and permutation tests
      double half =
          EffectSizes.testHalfWidth(
              lr,
              p,
              MantelHaenszel.logRatioHalfWidth(a, b, tn, rn, c, phi, Keyness.Z95),
              Keyness.Z95);
      long allA = 0;
      long allB = 0;
      for (Stratum s : all) {
        allA += s.t().count()[t];
        allB += s.r().count()[t];
      }
      double crude =
          Direction.of(allA, allB, allT, allR) == Direction.NONE
              ? 0
              : EffectSizes.logRatio(allA, allB, allT, allR, c);
      rows.add(
          new StratifiedRow(
              terms.get(t),
              ta,
              ta * 1e4 / nt,
              tb,
              tb * 1e4 / nr,
              lr,
              chi2,
              p,
              Double.NaN,
              direction,
              lr - half,
              lr + half,
              phi,
              crude,
              present,
              "",
              Double.NaN));
      nulls.add(nul);
    }
    double[] adjusted =
        MultipleTesting.discreteStepDown(
            rows.stream().mapToDouble(StratifiedRow::p).toArray(), nulls);
    StratifiedRow[] out = new StratifiedRow[rows.size()];
    for (int i = 0; i < out.length; i++) out[i] = rows.get(i).withPAdjusted(adjusted[i]);
    Arrays.sort(out, StratifiedTable.ranking(o.level()));
    List<StratifiedRow> ranked = Arrays.asList(out);
    return new StratifiedTable(
        ranked,
        column,
        used,
        dropped,
        o,
        targetName,
        referenceName,
        Tested.of(ranked, o.level()),
        Counted.FREQUENCY);
  }
}
