package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Keyness between groups of passages whose year labels are shuffled: every difference is noise, so
 * the share of significant terms estimates the false positive rate of the whole procedure.
 */
class OverdispersionNullTest {
  private static final int SHUFFLES = 200;
  private static final SyntheticCorpus CORPUS = SyntheticCorpus.generate(300, 400, 0.4, 11);

  /**
   * Returns {mean share with p_adj &lt; 0.05, mean share with raw p &lt; 0.05, share of shuffles
   * with any p_adj &lt; 0.05}.
   */
  private static double[] nullRates(KeynessOptions options, int[] target, int[] reference) {
    double adjusted = 0;
    double raw = 0;
    int any = 0;
    for (int s = 0; s < SHUFFLES; s++) {
      int[] years = SyntheticCorpus.shuffledYears(CORPUS.matrix.passages(), 1000 + s);
      KeynessTable t =
          Keyness.compare(
              CORPUS.terms,
              CORPUS.matrix,
              SyntheticCorpus.mask(years, target),
              SyntheticCorpus.mask(years, reference),
              options);
      int significant = t.significant().size();
      adjusted += (double) significant / t.size();
      raw += (double) t.rows().stream().filter(r -> r.p() < 0.05).count() / t.size();
      any += significant > 0 ? 1 : 0;
    }
    return new double[] {adjusted / SHUFFLES, raw / SHUFFLES, (double) any / SHUFFLES};
  }

  @Test
  void quasiLikelihoodKeepsTheNullRateNominal() {
    KeynessOptions options = KeynessOptions.defaults();
    for (int[][] groups : new int[][][] {{{2}, {0, 1}}, {{1}, {0}}}) {
      double[] rates = nullRates(options, groups[0], groups[1]);
      assertTrue(rates[0] <= 0.05, "share of terms with p_adj < 0.05: " + rates[0]);
      assertTrue(rates[1] <= 0.07, "share of terms with raw p < 0.05: " + rates[1]);
      // Under a complete null, BH bounds the chance of any rejection by the level; allow the
      // Monte Carlo error of 200 shuffles.
      assertTrue(rates[2] <= 0.10, "share of shuffles with a false discovery: " + rates[2]);
    }
  }

  @Test
  void tokenLevelTestIsTooLiberalOnTopicalPassages() {
    double[] rates =
        nullRates(
            KeynessOptions.defaults().withQuasiLikelihood(false), new int[] {2}, new int[] {0, 1});
    assertTrue(rates[1] > 0.08, "raw p < 0.05 share should exceed nominal, was " + rates[1]);
    assertTrue(rates[2] > 0.5, "most shuffles should show a false discovery, was " + rates[2]);
  }
}
