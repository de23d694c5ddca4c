package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;

class StratifiedTrendTest {
  /** The fixture's documents repeat their paragraphs: no boilerplate, copies or learned terms. */
  private static final TextOptions PLAIN =
      TextOptions.defaults().withLearnTerms(false).withDropBoilerplate(false).withKeepCopies(true);

  @Test
  void theScoreAndItsVarianceAreWorkedOutByHand() {
    // 2 and 6 occurrences in two years of 100 tokens: mean year 2021 (equal tokens), U = −1·2 + 1·6
    // = 4, I = (8/200)·(100·1 + 100·1) = 8
    assertArrayEquals(
        new double[] {4, 8},
        StratifiedTrend.moments(
            new double[] {2, 6}, new double[] {100, 100}, new double[] {2020, 2022}),
        1e-12);
    // unequal tokens: mean year (100·2020 + 300·2022)/400 = 2021.5; U = −1.5·2 + 0.5·6 = 0;
    // the rates 2/100 and 6/300 are equal, so there is nothing to see
    assertEquals(
        0,
        StratifiedTrend.moments(
            new double[] {2, 6}, new double[] {100, 300}, new double[] {2020, 2022})[0],
        1e-12);
  }

  @Test
  void theExtremesOfTheStatisticAreThoseOfAllArrangementsOfTheYears() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int round = 0; round < 20; round++) {
      int n = 2 + random.nextInt(6);
      double[] years = new double[n];
      for (int i = 0; i < n; i++) years[i] = 2020 + random.nextInt(4);
      java.util.Arrays.sort(years);
      int own = 1 + random.nextInt(n - 1);
      double[] mine = new double[own];
      for (int i = 0; i < own; i++) mine[i] = random.nextInt(5) - 0.3 * random.nextInt(20);
      double[] others = new double[n - own];
      for (int i = 0; i < others.length; i++) others[i] = -0.3 * random.nextInt(20);
      java.util.Arrays.sort(others);
      double[] e = new double[n];
      System.arraycopy(others, 0, e, 0, others.length);
      System.arraycopy(mine, 0, e, others.length, own);
      double[] best = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
      permute(years, 0, e, best);
      assertArrayEquals(best, StratifiedTrend.extremes(years, others, mine), 1e-9);
    }
  }

  /** Records in {@code best} the largest and smallest Σ years[i]·e[i] over the orders of years. */
  private static void permute(double[] years, int from, double[] e, double[] best) {
    if (from == years.length) {
      double sum = 0;
      for (int i = 0; i < e.length; i++) sum += years[i] * e[i];
      best[0] = Math.max(best[0], sum);
      best[1] = Math.min(best[1], sum);
      return;
    }
    for (int i = from; i < years.length; i++) {
      double[] y = years.clone();
      double swap = y[from];
      y[from] = y[i];
      y[i] = swap;
      permute(y, from + 1, e, best);
    }
  }

  @Test
  void theSlopeOfTwoYearsIsTheLogOfTheirRatesRatioPerYear() {
    double[][] n = {{100, 100}};
    double[][] y = {{2020, 2022}};
    // rates 2 and 6 per 100 two years apart: β = ln 3 / 2
    assertEquals(Math.log(3) / 2, StratifiedTrend.slope(new double[][] {{2, 6}}, n, y, 0)[0], 1e-9);
    // the pseudo-count 0.5 spread by tokens: 2.25 and 6.25
    assertEquals(
        Math.log(6.25 / 2.25) / 2,
        StratifiedTrend.slope(new double[][] {{2, 6}}, n, y, 0.5)[0],
        1e-9);
    // a term of the later year only has a finite slope
    assertEquals(
        Math.log(4.25 / 0.25) / 2,
        StratifiedTrend.slope(new double[][] {{0, 4}}, n, y, 0.5)[0],
        1e-9);
    // a steep slope over a long span stays finite (e^(β·d) was taken relative to its largest)
    double[] years = new double[76];
    double[] tokens = new double[76];
    double[] counts = new double[76];
    for (int i = 0; i < 76; i++) {
      years[i] = 1950 + i;
      tokens[i] = i == 74 ? 1e8 : i == 75 ? 5 : 1e4;
    }
    counts[75] = 5;
    double[] steep =
        StratifiedTrend.slope(
            new double[][] {counts}, new double[][] {tokens}, new double[][] {years}, 0.5);
    assertTrue(Double.isFinite(steep[0]) && steep[0] > 0, java.util.Arrays.toString(steep));
    // a stratum without the term adds nothing, pseudo-counts included
    assertEquals(
        Math.log(6.25 / 2.25) / 2,
        StratifiedTrend.slope(
            new double[][] {{2, 6}, {0, 0}, {0, 0}},
            new double[][] {{100, 100}, {300, 900}, {50, 70}},
            new double[][] {{2020, 2022}, {2019, 2021}, {2020, 2025}},
            0.5)[0],
        1e-9);
    // two strata at different levels with the same ratio: the same slope
    assertEquals(
        Math.log(3) / 2,
        StratifiedTrend.slope(
            new double[][] {{2, 6}, {40, 120}},
            new double[][] {{100, 100}, {500, 500}},
            new double[][] {{2020, 2022}, {2019, 2021}},
            0)[0],
        1e-9);
  }

  /**
   * Four years, two sources with three documents each a year; the forum grows from 2 paragraphs a
   * document to 8 while the report shrinks from 8 to 2. The forum says 创新 in every paragraph, the
   * report never: its rate within each source is constant. Both say 人工智能 more every year, in
   * paragraphs of as many tokens.
   */
  private static Comparisons growingForum(Path dir) throws IOException {
    StringBuilder manifest = new StringBuilder("id,file,year,source\n");
    for (int year = 2019; year <= 2022; year++) {
      int k = year - 2018;
      for (int j = 0; j < 3; j++) {
        // as many word tokens in every paragraph: 发展/人工智能 or 加快/建设
        String ai = "发展人工智能。".repeat(k + j % 2) + "加快建设。".repeat(5 - k - j % 2);
        String forum = ("坚持创新，推动产业升级。" + ai + "\n\n").repeat(2 * k);
        String report = ("财政收入稳定增长，就业形势总体稳定。" + ai + "\n\n").repeat(10 - 2 * k);
        for (String source : List.of("forum", "report")) {
          String id = source.charAt(0) + "" + year + j;
          Files.writeString(dir.resolve(id + ".txt"), source.equals("forum") ? forum : report);
          manifest.append(id).append(',').append(id).append(".txt,").append(year);
          manifest.append(',').append(source).append('\n');
        }
      }
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    return new Comparisons(PreparedCorpus.of(Corpus.load(dir), PLAIN));
  }

  @Test
  void aGrowingSourceIsNoTrendWithinTheSources(@TempDir Path dir) throws IOException {
    Comparisons c = growingForum(dir);
    StratifiedTrendTable t = c.trendByStratum("source", null, KeynessOptions.defaults());
    assertEquals(List.of("forum", "report"), t.used().stream().map(s -> s.stratum()).toList());
    assertEquals(List.of(), t.dropped());
    StratifiedTrendRow innovation = row(t, "创新");
    assertEquals(Direction.NONE, innovation.direction());
    assertEquals(0, innovation.changePerYear(), 1e-9);
    assertFalse(innovation.significant(0.05));
    assertTrue(innovation.crudeChangePerYear() > 10, innovation.toString());
    StratifiedTrendRow ai = row(t, "人工智能");
    assertEquals(Direction.UP, ai.direction());
    assertTrue(ai.significant(0.05), ai.toString());
    assertTrue(ai.changeLower() > 0 && ai.changeUpper() > ai.changePerYear(), ai.toString());
    assertEquals(2, ai.strata());
    // the first rows still say what the whole test found
    StratifiedTrendTable first = t.first(1);
    assertEquals(1, first.rows().size());
    assertEquals(t.rows().size(), first.tested());
    assertEquals(t.rows().stream().filter(r -> r.significant(0.05)).count(), (long) first.found());
    assertTrue(first.toString().contains(first.found() + " of " + t.rows().size() + " terms"));
  }

  /**
   * Nine documents of 2010 and one of 2011 that says 量子计算 five times: the years of the ten
   * documents permuted put that one in 2011 one time in ten, so no p can be under 0.1 (Pearson type
   * III alone gave 0.043).
   */
  @Test
  void aTermOfOneDocumentAloneInItsYearIsNoTrend(@TempDir Path dir) throws IOException {
    StratifiedTrendRow row = quantum(dir, 10, d -> d == 9 ? 2011 : 2010, d -> d == 9 ? 5 : 0);
    assertEquals(Direction.UP, row.direction());
    assertTrue(row.p() >= 0.1, row.toString());
  }

  /**
   * Ten documents a year over ten years, and a term once in each of the last year's: the years of
   * the hundred documents permuted put those ten in the last year with probability 1 / C(100, 10) =
   * 5.8·10⁻¹⁴. The first 19,999 draws cannot tell a p below 10⁻⁴ (the p was 10⁻⁴ before the second
   * stage); the second stage's draws find none as extreme (a p of 10⁻⁵ at most), and the F test and
   * Pearson type III are also below 10⁻⁴.
   */
  @Test
  void aRareTermOfTheLastYearOnlyIsDrawnBelowTheFirstDrawsFloor(@TempDir Path dir)
      throws IOException {
    StratifiedTrendRow row = quantum(dir, 100, d -> 2010 + d / 10, d -> d / 10 == 9 ? 1 : 0);
    assertEquals(Direction.UP, row.direction());
    assertTrue(row.p() < 1e-4 && row.p() >= 1e-5, row.toString());
    assertTrue(row.significant(0.05), row.toString());
  }

  @Test
  void aSourceOfOneYearIsLeftOut(@TempDir Path dir) throws IOException {
    growingForum(dir);
    Files.writeString(dir.resolve("n.txt"), "新闻报道会议召开。\n");
    Files.writeString(
        dir.resolve("corpus.csv"), "n,n.txt,2020,news\n", java.nio.file.StandardOpenOption.APPEND);
    StratifiedTrendTable t =
        new Comparisons(PreparedCorpus.of(Corpus.load(dir), PLAIN))
            .trendByStratum("source", null, KeynessOptions.defaults());
    assertEquals(List.of("news"), t.dropped());
    assertEquals(2, t.used().size());
  }

  /**
   * Returns the trend within source "a" of 量子计算 in {@code n} documents of one sentence repeated,
   * document d of year {@code year(d)} and saying 发展量子计算 {@code times(d)} times.
   */
  private static StratifiedTrendRow quantum(
      Path dir, int n, IntUnaryOperator year, IntUnaryOperator times) throws IOException {
    StringBuilder manifest = new StringBuilder("id,file,year,source\n");
    String[] says = {"财政", "就业", "粮食", "能源", "交通", "住房", "教育", "医疗", "环境", "科技"};
    for (int d = 0; d < n; d++) {
      String text =
          ("推进" + says[d % 10] + "工作取得新进展。").repeat(8) + "发展量子计算。".repeat(times.applyAsInt(d));
      Files.writeString(dir.resolve("d" + d + ".txt"), text);
      manifest.append("d").append(d).append(",d").append(d).append(".txt,");
      manifest.append(year.applyAsInt(d)).append(",a\n");
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    return row(
        new Comparisons(PreparedCorpus.of(Corpus.load(dir), PLAIN))
            .trendByStratum("source", null, KeynessOptions.defaults()),
        "量子计算");
  }

  private static StratifiedTrendRow row(StratifiedTrendTable t, String term) {
    return t.rows().stream().filter(r -> r.term().equals(term)).findFirst().orElseThrow();
  }
}
