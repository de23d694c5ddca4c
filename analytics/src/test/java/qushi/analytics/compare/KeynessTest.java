package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.stats.LogLikelihood;
import tech.tablesaw.api.Table;

class KeynessTest {
  private static final List<String> TERMS = List.of("发展", "创新", "改革", "安全", "数字");
  private static final long[] TARGET = {120, 45, 30, 0, 18};
  private static final long[] REFERENCE = {300, 20, 90, 12, 2};
  private static final long NT = 5_000;
  private static final long NR = 12_000;

  /** G² through the margin form 2[Σ O ln O − Σ R ln R − Σ C ln C + N ln N]. */
  private static double g2ByMargins(long a, long b, long nt, long nr) {
    double n = nt + nr;
    double[] cells = {a, b, nt - a, nr - b};
    double[] rows = {a + b, n - a - b};
    double[] cols = {nt, nr};
    double s = n * Math.log(n);
    for (double o : cells) {
      s += o > 0 ? o * Math.log(o) : 0;
    }
    for (double r : rows) {
      s -= r * Math.log(r);
    }
    for (double c : cols) {
      s -= c * Math.log(c);
    }
    return 2 * s;
  }

  @Test
  void g2MatchesMarginFormula() {
    for (int i = 0; i < TERMS.size(); i++) {
      assertEquals(
          g2ByMargins(TARGET[i], REFERENCE[i], NT, NR),
          Keyness.g2(TARGET[i], REFERENCE[i], NT, NR),
          1e-9);
    }
  }

  @Test
  void atTheTokenLevelTheIntervalLeavesOutZeroExactlyWhenPDoes() {
    // 表明, 1 against 6 in 48,789 and 47,844 tokens: p = 0.052 with Williams' correction, and the
    // interval at φ = 1 was [−6.85, −0.06]; the interval divides G² by q as the test does
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    List<String> terms = new java.util.ArrayList<>();
    int n = 400;
    long[] a = new long[n];
    long[] b = new long[n];
    for (int i = 0; i < n; i++) {
      terms.add("t" + i);
      a[i] = i == 0 ? 1 : random.nextInt(15);
      b[i] = i == 0 ? 6 : random.nextInt(15);
      if (a[i] + b[i] == 0) b[i] = 1;
    }
    for (boolean williams : new boolean[] {true, false}) {
      KeynessOptions o = KeynessOptions.defaults().withWilliams(williams).withMinCount(1);
      KeynessTable t = Keyness.compare(terms, a, b, 48_789, 47_844, null, o);
      int checked = 0;
      for (KeynessRow r : t.rows()) {
        if (Math.abs(r.p() - 0.05) < 1e-6) continue;
        boolean outside = r.logRatioLower() > 0 || r.logRatioUpper() < 0;
        assertEquals(r.p() < 0.05, outside, r.term() + " " + r.p() + " " + williams);
        checked++;
      }
      assertTrue(checked > 300, "checked " + checked);
    }
  }

  @Test
  void chiSquaredTailKnownValues() {
    assertEquals(0.05, LogLikelihood.chiSquaredP(3.841459), 1e-7);
    // P(χ²₁ > 100) = erfc(√50); 1 − cdf would round to 0 here.
    assertEquals(1.5239706048320995e-23, LogLikelihood.chiSquaredP(100), 1e-23 * 1e-9);
    assertEquals(1, LogLikelihood.chiSquaredP(0));
  }

  @Test
  void logRatioByHand() {
    // 20 of 1000 against 10 of 2000; pseudo-counts 2·0.5·1000/3000 = 1/3 and 2/3:
    // (20⅓/1000) / (10⅔/2000) = (61/3 · 2) / (32/3) = 3.8125.
    assertEquals(Math.log(3.8125) / Math.log(2), Keyness.logRatio(20, 10, 1000, 2000, 0.5), 1e-12);
    // Equal sizes: 0.5 added to both counts, (3.5/1000)/(0.5/1000) = 7.
    assertEquals(Math.log(7) / Math.log(2), Keyness.logRatio(3, 0, 1000, 1000, 0.5), 1e-12);
  }

  @Test
  void williamsByHand() {
    // a=10, b=5, N_t=100, N_r=200: N=300, rows 15 and 285.
    double q = 1 + (300.0 / 15 + 300.0 / 285 - 1) * (300.0 / 100 + 300.0 / 200 - 1) / (6 * 300);
    assertEquals(q, LogLikelihood.williams(10, 5, 100, 200), 1e-15);
    KeynessTable t =
        Keyness.compare(
            List.of("x"),
            new long[] {10},
            new long[] {5},
            100,
            200,
            null,
            KeynessOptions.defaults().withMinCount(1));
    assertEquals(Keyness.g2(10, 5, 100, 200) / q, t.rows().get(0).g2(), 1e-12);
    KeynessTable off =
        Keyness.compare(
            List.of("x"),
            new long[] {10},
            new long[] {5},
            100,
            200,
            null,
            KeynessOptions.defaults().withWilliams(false));
    assertEquals(Keyness.g2(10, 5, 100, 200), off.rows().get(0).g2(), 1e-12);
  }

  @Test
  void weightedLogOddsStepByStep() {
    // Three terms; target (10, 5, 0) of 15 tokens, reference (4, 6, 10) of 20, α₀ = 10. The prior
    // is split in proportion to the sizes: the target side gets 2·15/35 of it, the reference
    // 2·20/35.
    long[] y1 = {10, 5, 0};
    long[] y2 = {4, 6, 10};
    KeynessTable t =
        Keyness.compare(
            List.of("a", "b", "c"),
            y1,
            y2,
            15,
            20,
            null,
            KeynessOptions.defaults().withMinCount(1).withAlpha0(10));
    for (int w = 0; w < 3; w++) {
      double alphaW = 10.0 * (y1[w] + y2[w]) / 35.0;
      double smoothed1 = y1[w] + alphaW * 30 / 35;
      double smoothed2 = y2[w] + alphaW * 40 / 35;
      double odds1 = smoothed1 / (15 + 10 * 30.0 / 35 - smoothed1);
      double odds2 = smoothed2 / (20 + 10 * 40.0 / 35 - smoothed2);
      double variance = 1 / smoothed1 + 1 / smoothed2;
      double z = (Math.log(odds1) - Math.log(odds2)) / Math.sqrt(variance);
      assertEquals(z, t.row(List.of("a", "b", "c").get(w)).orElseThrow().z(), 1e-12);
    }
    assertTrue(t.row("a").orElseThrow().z() > 0);
    assertTrue(t.row("c").orElseThrow().z() < 0);
  }

  @Test
  void backgroundPriorReplacesPooledCounts() {
    Background bg = new Background(new long[] {100, 0, 50}, 1000);
    KeynessTable t =
        Keyness.compare(
            List.of("a", "b", "c"),
            new long[] {10, 5, 0},
            new long[] {4, 6, 10},
            15,
            20,
            bg,
            KeynessOptions.defaults().withMinCount(1).withAlpha0(10));
    assertEquals(
        Keyness.logOddsZ(10, 4, 15, 20, 10 * 0.1, 10), t.row("a").orElseThrow().z(), 1e-12);
    assertEquals(
        Keyness.logOddsZ(5, 6, 15, 20, 10 * 0.5 / 1000, 10), t.row("b").orElseThrow().z(), 1e-12);
  }

  @Test
  void identicalCorporaShowNothing() {
    KeynessTable t = Keyness.compare(TERMS, TARGET, TARGET, NT, NT);
    for (KeynessRow r : t.rows()) {
      assertEquals(0, r.g2(), 1e-9);
      assertEquals(0, r.z(), 1e-12);
      assertEquals(0, r.logRatio(), 1e-12);
      assertEquals(Direction.NONE, r.direction());
      assertEquals(1, r.pAdjusted(), 1e-6);
    }
    assertTrue(t.significant().isEmpty());
  }

  @Test
  void swappingSidesFlipsSignsAndKeepsSignificance() {
    KeynessTable forward = Keyness.compare(TERMS, TARGET, REFERENCE, NT, NR);
    KeynessTable backward = Keyness.compare(TERMS, REFERENCE, TARGET, NR, NT);
    for (KeynessRow f : forward.rows()) {
      KeynessRow b = backward.row(f.term()).orElseThrow();
      assertEquals(-f.logRatio(), b.logRatio(), 1e-12);
      assertEquals(-f.z(), b.z(), 1e-12);
      assertEquals(f.g2(), b.g2(), 1e-9);
      assertEquals(f.p(), b.p(), 1e-12);
      assertEquals(f.pAdjusted(), b.pAdjusted(), 1e-12);
      assertEquals(f.direction() == Direction.UP, b.direction() == Direction.DOWN);
    }
  }

  @Test
  void termAbsentFromOneSide() {
    KeynessRow absent = Keyness.compare(TERMS, TARGET, REFERENCE, NT, NR).row("安全").orElseThrow();
    assertEquals(Direction.DOWN, absent.direction());
    assertEquals(Keyness.logRatio(0, 12, NT, NR, 0.5), absent.logRatio(), 0);
    assertTrue(Double.isFinite(absent.logRatio()) && absent.logRatio() < 0);
    assertTrue(absent.g2() > 0 && absent.z() < 0);
    assertEquals(0, absent.targetPer10k());
    assertEquals(12 * 1e4 / NR, absent.referencePer10k(), 1e-12);
  }

  @Test
  void logRatioAndZHaveTheSignOfTheRatesWhateverTheSizes() {
    // One sighting in a target ten times the reference, none there. Hardie's 0.5 for the zero
    // would give log₂((1/10000)/(0.5/1000)) < 0 against rates 1e-4 > 0; with pseudo-counts
    // 10/11 and 1/11: ((1 + 10/11)/10000) / ((1/11)/1000) = 2.1.
    KeynessRow r =
        Keyness.compare(
                List.of("x"),
                new long[] {1},
                new long[] {0},
                10_000,
                1_000,
                null,
                KeynessOptions.defaults().withMinCount(1))
            .rows()
            .get(0);
    assertEquals(Math.log(2.1) / Math.log(2), r.logRatio(), 1e-12);
    assertEquals(Direction.UP, r.direction());
    assertTrue(r.z() > 0);
    assertTrue(r.logRatioLower() < r.logRatio() && r.logRatio() < r.logRatioUpper());
    // the case: absent from a target 11 times smaller than a reference holding it 3 times
    KeynessRow absent =
        Keyness.compare(
                List.of("x"),
                new long[] {0},
                new long[] {3},
                1_000,
                11_000,
                null,
                KeynessOptions.defaults().withMinCount(1))
            .rows()
            .get(0);
    assertEquals(Direction.DOWN, absent.direction());
    assertTrue(absent.logRatio() < 0 && absent.z() < 0, absent.toString());
    // every sign agrees with the rates over a grid of counts and sizes
    for (long a = 0; a <= 6; a++) {
      for (long b = 0; b <= 6; b++) {
        for (long nt : new long[] {500, 1_000, 20_000}) {
          for (long nr : new long[] {700, 11_000}) {
            if (a + b == 0) continue;
            KeynessRow row = compareOne(a, b, nt, nr);
            int rates = Long.compare(a * nr, b * nt);
            assertEquals(rates, (int) Math.signum(row.logRatio()), row.toString());
            assertEquals(rates, (int) Math.signum(row.z()), row.toString());
          }
        }
      }
    }
  }

  @Test
  void logRatioIntervalIsTheRatiosTheTestWouldNotReject() {
    // 20 of 1000 against 10 of 2000 (token level): at each end of the interval the G² of the
    // counts against that ratio, worked out here from the Poisson expectations, divided by the
    // dispersion at which G²(1) has the test's p as its χ²₁ tail, is χ²₁(0.95)
    KeynessRow r = compareOne(20, 10, 1000, 2000);
    double q =
        new org.apache.commons.math3.distribution.ChiSquaredDistribution(1)
            .inverseCumulativeProbability(1 - r.p());
    double phi = g2At(1, 20, 10, 1000, 2000) / q;
    for (double end : new double[] {r.logRatioLower(), r.logRatioUpper()}) {
      double g2 = g2At(Math.pow(2, end), 20, 10, 1000, 2000);
      assertEquals(3.841458820694124, g2 / phi, 1e-6, "end " + end);
    }
    assertTrue(r.logRatioLower() > 0, r.toString()); // G² = 19.1 at R = 1: rejected
    assertEquals(1.0, r.dispersion());
  }

  /**
   * Returns the G² of {@code a} against {@code b} tokens given their total, against the ratio R of
   * the rates, from the Poisson expectations: e_t / n_t = R · e_r / n_r, e_t + e_r = a + b.
   */
  private static double g2At(double ratio, long a, long b, long nt, long nr) {
    double et = (a + b) * ratio * nt / (ratio * nt + nr);
    double er = a + b - et;
    return 2 * ((a == 0 ? 0 : a * Math.log(a / et)) + (b == 0 ? 0 : b * Math.log(b / er)));
  }

  @Test
  void aTermAbsentFromTheReferenceHasAnOpenUpperEndAndALowerEndAboveZeroWhenSignificant() {
    // 30 against 0 in equal sizes: the test rejects R = 1 (G² = 2 · 30 · ln 2 = 41.6), and the
    // lower end solves 30 · ln(1/π) = 3.84 · φ / 2, φ = 41.6 / q at the test's p: R = π / (1 − π)
    KeynessRow r = compareOne(30, 0, 10_000, 10_000);
    assertEquals(Double.POSITIVE_INFINITY, r.logRatioUpper());
    double q =
        new org.apache.commons.math3.distribution.ChiSquaredDistribution(1)
            .inverseCumulativeProbability(1 - r.p());
    double phi = 60 * Math.log(2) / q;
    double pi = Math.exp(-3.841458820694124 * phi / 60);
    // (1 − p, p about 10⁻¹⁰, keeps 6 digits of q)
    assertEquals(Math.log(pi / (1 - pi)) / Math.log(2), r.logRatioLower(), 1e-6);
    assertTrue(r.pAdjusted() < 0.05 && r.logRatioLower() > 0, r.toString());
    // and 0 against 30: the mirror image
    KeynessRow m = compareOne(0, 30, 10_000, 10_000);
    assertEquals(Double.NEGATIVE_INFINITY, m.logRatioLower());
    assertEquals(-r.logRatioLower(), m.logRatioUpper(), 1e-9);
  }

  @Test
  void anInfiniteDispersionLeavesTheIntervalOpenInsteadOfSearchingForever() {
    double[] open =
        qushi.analytics.stats.EffectSizes.logRatioInterval(
            3, 5, 100, 100, Double.POSITIVE_INFINITY, 3.84);
    assertEquals(Double.NEGATIVE_INFINITY, open[0]);
    assertEquals(Double.POSITIVE_INFINITY, open[1]);
  }

  private static KeynessRow compareOne(long a, long b, long nt, long nr) {
    return Keyness.compare(
            List.of("x"),
            new long[] {a},
            new long[] {b},
            nt,
            nr,
            null,
            KeynessOptions.defaults().withMinCount(1))
        .rows()
        .get(0);
  }

  @Test
  void rankingPutsSignificantTermsFirstByAbsoluteZ() {
    KeynessTable t = Keyness.compare(TERMS, TARGET, REFERENCE, NT, NR);
    List<KeynessRow> rows = t.rows();
    for (int i = 1; i < rows.size(); i++) {
      KeynessRow prev = rows.get(i - 1);
      KeynessRow next = rows.get(i);
      boolean prevSig = prev.significant(0.05);
      assertFalse(!prevSig && next.significant(0.05));
      if (prevSig == next.significant(0.05)) {
        assertTrue(Math.abs(prev.z()) >= Math.abs(next.z()));
      }
    }
    assertTrue(rows.get(0).significant(0.05));
  }

  @Test
  void minCountDropsRareTermsFromTableAndFamily() {
    KeynessTable t =
        Keyness.compare(List.of("a", "b"), new long[] {1, 40}, new long[] {1, 10}, 1000, 1000);
    assertEquals(1, t.size());
    assertTrue(t.row("a").isEmpty());
    assertEquals(t.rows().get(0).p(), t.rows().get(0).pAdjusted(), 0);
  }

  @Test
  void tableHasNamedColumnsInRankingOrder() {
    KeynessTable t = Keyness.compare(TERMS, TARGET, REFERENCE, NT, NR);
    Table table = t.table();
    assertEquals(
        List.of(
            KeynessTable.TERM,
            KeynessTable.TARGET_FREQUENCY,
            KeynessTable.TARGET_PER10K,
            KeynessTable.REFERENCE_FREQUENCY,
            KeynessTable.REFERENCE_PER10K,
            KeynessTable.LOG_RATIO,
            KeynessTable.G2,
            KeynessTable.P,
            KeynessTable.P_ADJ,
            KeynessTable.Z,
            KeynessTable.DIRECTION,
            KeynessTable.LOG_RATIO_LOWER,
            KeynessTable.LOG_RATIO_UPPER,
            KeynessTable.DISPERSION),
        table.columnNames());
    assertEquals(t.size(), table.rowCount());
    assertEquals(t.rows().get(0).term(), table.stringColumn(KeynessTable.TERM).get(0));
    assertEquals(2, t.first(2).table().rowCount());
    assertTrue(t.toString().startsWith("KeynessTable[target=5000 tokens"));
    // the first rows still say what the whole comparison found
    int significant = t.significant().size();
    long up = t.significant().stream().filter(r -> r.logRatio() > 0).count();
    String whole =
        "terms="
            + t.size()
            + ", significant="
            + significant
            + " (up "
            + up
            + ", down "
            + (significant - up)
            + "; 0 mostly from one document) at p_adj < 0.05";
    assertTrue(t.toString().contains(whole + "]"), t.toString());
    assertTrue(
        t.first(1).toString().contains(whole + "; 1 row in this table]"), t.first(1).toString());
    assertEquals(t.tested(), t.first(1).tested());
  }

  @Test
  void badInputNamesTheProblem() {
    assertThrows(IllegalArgumentException.class, () -> KeynessOptions.defaults().withMinCount(0));
    assertThrows(IllegalArgumentException.class, () -> KeynessOptions.defaults().withLevel(1));
    assertThrows(
        IllegalArgumentException.class, () -> KeynessOptions.defaults().withZeroCorrection(0));
    assertThrows(IllegalArgumentException.class, () -> KeynessOptions.defaults().withAlpha0(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Keyness.compare(List.of("a"), new long[] {5}, new long[] {1}, 4, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> Keyness.compare(List.of("a", "a"), new long[] {1, 1}, new long[] {1, 1}, 4, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> Keyness.compare(List.of("a"), new long[] {1}, new long[] {1}, 0, 10));
  }

  @Test
  void passageLevelTotalsEqualBareTotalsWithoutDispersion() {
    int[][] counts = {{3, 0, 1}, {2, 1, 0}, {0, 4, 2}, {1, 1, 1}, {0, 0, 5}};
    int[] tokens = {20, 15, 30, 10, 25};
    PassageMatrix m = PassageMatrix.ofDense(counts, tokens);
    boolean[] target = {true, true, false, false, false};
    boolean[] reference = {false, false, true, true, true};
    List<String> terms = List.of("x", "y", "z");
    KeynessOptions o = KeynessOptions.defaults().withMinCount(1);
    KeynessTable passages =
        Keyness.compare(terms, m, target, reference, o.withQuasiLikelihood(false));
    KeynessTable totals =
        Keyness.compare(terms, new long[] {5, 1, 1}, new long[] {1, 5, 8}, 35, 65, null, o);
    assertEquals(totals.rows(), passages.rows());
    KeynessTable ql = Keyness.compare(terms, m, target, reference, o);
    for (KeynessRow r : ql.rows()) {
      KeynessRow plain = totals.row(r.term()).orElseThrow();
      assertTrue(r.dispersion() >= 1);
      assertEquals(plain.g2() / r.dispersion(), r.g2(), 1e-12);
      assertTrue(r.p() >= plain.p());
    }
  }
}
