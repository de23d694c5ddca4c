package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.stats.Quantiles;

class BootstrapTest {
  private static final int[] COUNTS = {0, 3, 1, 0, 7, 2, 0, 0, 5, 1};
  private static final int[] TOKENS = {120, 200, 90, 150, 300, 110, 80, 60, 250, 140};

  @Test
  void aYearWithoutTheTermGetsTheExactPoissonBoundNotAZeroWidthInterval() {
    // 10 passages of 100 tokens, no occurrence: every resample is 0, but a count of 0 over 1,000
    // tokens still allows a mean of up to -ln(0.025) = 3.689 occurrences (Garwood, two-sided 95%)
    int[] none = new int[10];
    int[] tokens = new int[10];
    java.util.Arrays.fill(tokens, 100);
    RateInterval zero = Bootstrap.rateInterval(none, tokens, BootstrapOptions.defaults(), 1);
    assertEquals(0, zero.lower(), 0);
    assertEquals(-Math.log(0.025) / 1000 * 1e4, zero.upper(), 1e-9);
    // one occurrence: the exact limits are -ln(0.975) and 5.572 occurrences (chi-squared, 4 df)
    int[] one = new int[10];
    one[3] = 1;
    RateInterval single = Bootstrap.rateInterval(one, tokens, BootstrapOptions.defaults(), 1);
    // the bootstrap's lower end is 0 (resamples without passage 3), below the exact -ln(0.975)
    assertEquals(0, single.lower());
    assertEquals(5.5716, single.upper() / 1e4 * 1000, 1e-4);
  }

  @Test
  void matchesTheAlgorithmWrittenOut() {
    BootstrapOptions o = BootstrapOptions.defaults().withResamples(200);
    SplittableRandom random = new SplittableRandom(7);
    double[] rates = new double[200];
    for (int b = 0; b < 200; b++) {
      double count = 0;
      double tokens = 0;
      for (int i = 0; i < COUNTS.length; i++) {
        int p = random.nextInt(COUNTS.length);
        count += COUNTS[p];
        tokens += TOKENS[p];
      }
      rates[b] = count / tokens * 10_000;
    }
    Arrays.sort(rates);
    // Type 7: position (B − 1)·q = 199·0.025 = 4.975 and 199·0.975 = 194.025.
    double lower = rates[4] + 0.975 * (rates[5] - rates[4]);
    double upper = rates[194] + 0.025 * (rates[195] - rates[194]);
    // widened to the exact Poisson interval of 19 occurrences where that is wider: [11.439, 29.671]
    // (chi-squared quantiles of 38 and 40 df, halved; computed with scipy)
    lower = Math.min(lower, 11.43924116436673 / 1500 * 10_000);
    upper = Math.max(upper, 29.67085357158559 / 1500 * 10_000);
    RateInterval ci = Bootstrap.rateInterval(COUNTS, TOKENS, o, 7);
    assertEquals(lower, ci.lower(), 1e-9);
    assertEquals(upper, ci.upper(), 1e-9);
    assertEquals(19.0 / 1500 * 10_000, ci.per10k(), 1e-12);
    assertTrue(ci.contains(ci.per10k()));
  }

  @Test
  void sameSeedSameIntervalsOtherSeedOtherIntervals() {
    BootstrapOptions o = BootstrapOptions.defaults();
    assertEquals(
        Bootstrap.rateInterval(COUNTS, TOKENS, o, 42),
        Bootstrap.rateInterval(COUNTS, TOKENS, o, 42));
    assertNotEquals(
        Bootstrap.rateInterval(COUNTS, TOKENS, o, 42),
        Bootstrap.rateInterval(COUNTS, TOKENS, o, 8));
  }

  @Test
  void allTermsShareOneSetOfDraws() {
    SyntheticCorpus corpus = SyntheticCorpus.generate(40, 30, 0.4, 3);
    PassageMatrix m = corpus.matrix;
    BootstrapOptions o = BootstrapOptions.defaults().withResamples(300);
    List<RateInterval> all = Bootstrap.rateIntervals(m, o, 42);
    assertEquals(30, all.size());
    int[] tokens = new int[m.passages()];
    for (int p = 0; p < tokens.length; p++) {
      tokens[p] = m.tokens(p);
    }
    for (int j = 0; j < 30; j++) {
      int[] column = new int[m.passages()];
      for (int p = 0; p < column.length; p++) {
        column[p] = m.count(p, j);
      }
      assertEquals(all.get(j), Bootstrap.rateInterval(column, tokens, o, 42));
      assertTrue(all.get(j).lower() <= all.get(j).upper());
    }
  }

  @Test
  void degenerateResamplesGiveTheExactPoissonInterval() {
    // Every passage uses the term once per ten tokens: each resample has rate 1,000 per 10k, and
    // the interval is that of 35 Poisson occurrences, [24.379, 48.677] (scipy), over 350 tokens
    RateInterval constant =
        Bootstrap.rateInterval(
            new int[] {10, 20, 5}, new int[] {100, 200, 50}, BootstrapOptions.defaults(), 42);
    assertEquals(1000, constant.per10k(), 1e-9);
    assertEquals(24.37878240251976 / 350 * 1e4, constant.lower(), 1e-6);
    assertEquals(48.676527369083075 / 350 * 1e4, constant.upper(), 1e-6);
    RateInterval absent =
        Bootstrap.rateInterval(
            new int[] {0, 0}, new int[] {100, 50}, BootstrapOptions.defaults(), 42);
    assertEquals(0, absent.lower());
    assertEquals(-Math.log(0.025) / 150 * 1e4, absent.upper(), 1e-9);
  }

  @Test
  void morePassagesGiveNarrowerIntervals() {
    int n = COUNTS.length;
    int[] counts = new int[4 * n];
    int[] tokens = new int[4 * n];
    for (int i = 0; i < 4 * n; i++) {
      counts[i] = COUNTS[i % n];
      tokens[i] = TOKENS[i % n];
    }
    RateInterval small = Bootstrap.rateInterval(COUNTS, TOKENS, BootstrapOptions.defaults(), 42);
    RateInterval large = Bootstrap.rateInterval(counts, tokens, BootstrapOptions.defaults(), 42);
    assertEquals(small.per10k(), large.per10k(), 1e-12);
    assertTrue(large.upper() - large.lower() < small.upper() - small.lower());
  }

  @Test
  void quantileIsTypeSeven() {
    assertEquals(1.75, Quantiles.type7(new double[] {1, 2, 3, 4}, 0.25), 1e-15);
    assertEquals(4, Quantiles.type7(new double[] {1, 2, 3, 4}, 1), 0);
  }

  @Test
  void badInputIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> BootstrapOptions.defaults().withResamples(5));
    assertThrows(IllegalArgumentException.class, () -> BootstrapOptions.defaults().withLevel(1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Bootstrap.rateInterval(new int[0], new int[0], BootstrapOptions.defaults(), 42));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Bootstrap.rateInterval(new int[] {0}, new int[] {0}, BootstrapOptions.defaults(), 42));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Bootstrap.rateInterval(new int[] {5}, new int[] {3}, BootstrapOptions.defaults(), 42));
  }
}
