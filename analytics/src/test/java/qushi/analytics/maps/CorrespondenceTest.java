package qushi.analytics.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;

class CorrespondenceTest {
  private static final double[][] TABLE = {{20, 10, 5}, {5, 10, 20}, {10, 10, 10}};
  private static final double[] YEARS = {2020, 2021, 2022};

  /**
   * Total inertia by a second formula: Pearson's χ² over n. Row totals 35, 35, 30; column totals
   * 35, 30, 35; n = 100; expected counts 12.25, 10.5, 12.25 (rows 1, 2) and 10.5, 9, 10.5 (row 3).
   */
  @Test
  void totalInertiaIsChiSquareOverN() {
    double chi2 =
        2 * (7.75 * 7.75 / 12.25 + 0.25 / 10.5 + 7.25 * 7.25 / 12.25) + 2 * 0.25 / 10.5 + 1.0 / 9;
    Correspondence.Solution s = Correspondence.solve(TABLE, YEARS);
    assertEquals(100, s.n(), 0);
    assertEquals(chi2, s.chi2(), 1e-12);
    assertEquals(2, s.sigma().length);
    double inertia = s.sigma()[0] * s.sigma()[0] + s.sigma()[1] * s.sigma()[1];
    assertEquals(chi2 / 100, inertia, 1e-12);
    // this table's axes have inertias 9/49 and 1/441 (82/441 = χ²/n)
    assertEquals(9.0 / 49, s.sigma()[0] * s.sigma()[0], 1e-12);
    assertEquals(1.0 / 441, s.sigma()[1] * s.sigma()[1], 1e-12);
    // by symmetry, the third row and the second column lie on the second axis
    assertEquals(0, s.rows()[2][0], 1e-12);
    assertEquals(0, s.columns()[1][0], 1e-12);
    // oriented by time: the latest column is to the right
    assertTrue(s.columns()[2][0] > 0);
    assertTrue(s.columns()[0][0] < 0);
  }

  /**
   * Coordinates by second formulas (Greenacre 2007, ch. 14): the transition formula f_ik = Σ_j
   * (p_ij / r_i) g_jk / σ_k, the reconstitution p_ij = r_i c_j (1 + Σ_k f_ik g_jk / σ_k), and the
   * inertia of each axis as the mass-weighted squares of either set of coordinates.
   */
  @Test
  void coordinatesSatisfyTheTransitionAndReconstitutionFormulas() {
    double[][] table = {{12, 3, 7, 1}, {2, 9, 4, 6}, {5, 5, 11, 2}, {1, 8, 2, 14}, {6, 2, 3, 3}};
    double[] years = {2001, 2005, 2010, 2020};
    Correspondence.Solution s = Correspondence.solve(table, years);
    int axes = s.sigma().length;
    assertEquals(3, axes);
    double n = s.n();
    for (int i = 0; i < table.length; i++) {
      for (int k = 0; k < axes; k++) {
        double f = 0;
        for (int j = 0; j < years.length; j++)
          f += table[i][j] / n / s.rowMass()[i] * s.columns()[j][k];
        assertEquals(f / s.sigma()[k], s.rows()[i][k], 1e-10);
      }
      for (int j = 0; j < years.length; j++) {
        double x = 1;
        for (int k = 0; k < axes; k++) x += s.rows()[i][k] * s.columns()[j][k] / s.sigma()[k];
        assertEquals(table[i][j] / n, s.rowMass()[i] * s.columnMass()[j] * x, 1e-12);
      }
    }
    for (int k = 0; k < axes; k++) {
      double byRows = 0;
      double byColumns = 0;
      for (int i = 0; i < table.length; i++) byRows += s.rowMass()[i] * Math.pow(s.rows()[i][k], 2);
      for (int j = 0; j < years.length; j++)
        byColumns += s.columnMass()[j] * Math.pow(s.columns()[j][k], 2);
      assertEquals(s.sigma()[k] * s.sigma()[k], byRows, 1e-12);
      assertEquals(s.sigma()[k] * s.sigma()[k], byColumns, 1e-12);
      double cov = 0;
      for (int j = 0; j < years.length; j++)
        cov += s.columnMass()[j] * years[j] * s.columns()[j][k];
      assertTrue(cov >= 0, "axis " + (k + 1) + " is oriented by time");
    }
  }

  /** A 2×2 table has one axis, whose inertia is φ² = (ad − bc)² / (row and column totals). */
  @Test
  void twoByTwoHasOneAxisOfInertiaPhiSquared() {
    Correspondence.Solution s =
        Correspondence.solve(new double[][] {{30, 10}, {10, 30}}, new double[] {1, 2});
    assertEquals(1, s.sigma().length);
    assertEquals(800.0 * 800 / (40.0 * 40 * 40 * 40), s.sigma()[0] * s.sigma()[0], 1e-12);
    // profile (0.75, 0.25) against the centre (0.5, 0.5): χ² distance² = 2 · 0.25² / 0.5 = 0.25
    assertEquals(-0.5, s.rows()[0][0], 1e-12);
    assertEquals(0.5, s.rows()[1][0], 1e-12);
    assertEquals(0.5, s.columns()[1][0], 1e-12);
  }

  private static PreparedCorpus corpus(Object... yearTexts) {
    return PreparedCorpus.of(Corpus.ofTexts(yearTexts), TextOptions.defaults());
  }

  private static PreparedCorpus threeYears() {
    return corpus(
        2021,
        "人工智能赋能千行百业，人工智能推动科技创新。碳中和目标推动绿色金融发展。\n\n".repeat(6),
        2022,
        "生物医药与疫苗研发受到关注，疫苗研发需要科技创新。碳中和与绿色金融。\n\n".repeat(6),
        2024,
        "新质生产力需要科技创新与人工智能。具身智能和人形机器人进入应用。\n\n".repeat(6));
  }

  @Test
  void mapOfACorpus() {
    TermMap m = Correspondence.of(threeYears(), new TermMapOptions(6, 3, 1));
    assertEquals("", m.note());
    assertEquals(TermMap.Status.MAPPED, m.status());
    assertEquals(6, m.terms().size());
    assertEquals(
        List.of("2021", "2022", "2024"),
        m.years().list().stream().map(TermMap.Point::label).toList());
    assertEquals(2, m.axes().size());
    assertEquals(100, m.axes().get(1).cumulative(), 1e-9);
    assertEquals(m.chi2() / m.total(), m.totalInertia(), 1e-12);
    // every term and every year is fully shown by a plane of a two-axis table
    for (TermMap.Point p : m.points()) assertEquals(1, p.quality(), 1e-9, p.label());
    // the points' inertia shares add up to 1 for the terms and for the years
    assertEquals(1, m.terms().list().stream().mapToDouble(TermMap.Point::inertia).sum(), 1e-12);
    assertEquals(1, m.years().list().stream().mapToDouble(TermMap.Point::inertia).sum(), 1e-12);
    // the terms are those with the largest χ² against the years' term tokens (checked by hand
    // below for the top one); 科技创新 is spread evenly and is not chosen
    assertTrue(m.terms().list().stream().noneMatch(p -> p.label().equals("科技创新")));
    assertTrue(m.years().get(2).dim1() > 0, "the last year is to the right");
    assertEquals(
        m.terms().list(),
        Correspondence.of(threeYears(), new TermMapOptions(6, 3, 1)).terms().list());
  }

  @Test
  void termsAreChosenByChiSquare() {
    PreparedCorpus a = threeYears();
    int[] years = a.counts().years();
    long[] tokens = new long[years.length];
    long grand = 0;
    for (int y = 0; y < years.length; y++) {
      for (long c : a.counts().year(years[y]).count()) tokens[y] += c;
      grand += tokens[y];
    }
    TermMap m = Correspondence.of(a, new TermMapOptions(40, 3, 1));
    double previous = Double.POSITIVE_INFINITY;
    for (TermMap.Point p : m.terms()) {
      int t = a.vocabulary().id(p.label());
      long total = a.counts().termTotal(t);
      assertEquals(total, p.frequency());
      double chi2 = 0;
      for (int y = 0; y < years.length; y++) {
        double e = (double) total * tokens[y] / grand;
        chi2 += Math.pow(a.counts().year(years[y]).count()[t] - e, 2) / e;
      }
      assertTrue(chi2 <= previous + 1e-9, p.label());
      previous = chi2;
    }
  }

  @Test
  void termsOfOneYearAreLeftOutByDefault() {
    PreparedCorpus a = threeYears();
    TermMap m = Correspondence.of(a, new TermMapOptions(40, 3, 2));
    assertTrue(m.terms().size() >= 3, m.toString());
    int[] years = a.counts().years();
    for (TermMap.Point p : m.terms()) {
      int t = a.vocabulary().id(p.label());
      int seen = 0;
      for (int y : years) seen += a.counts().year(y).count()[t] > 0 ? 1 : 0;
      assertTrue(seen >= 2, p.label());
    }
    assertTrue(
        Correspondence.of(a, new TermMapOptions(40, 3, 1)).terms().list().stream()
            .anyMatch(p -> p.label().equals("具身智能")));
    assertTrue(m.terms().list().stream().noneMatch(p -> p.label().equals("具身智能")));
  }

  @Test
  void smallCorporaGiveAReasonNotAnError() {
    TermMap one =
        Correspondence.of(corpus(2021, "人工智能推动科技创新。\n\n".repeat(20)), TermMapOptions.defaults());
    assertTrue(one.isEmpty());
    assertTrue(one.note().startsWith("one year (2021)"), one.note());
    assertEquals(TermMap.Status.ONE_YEAR, one.status());
    assertEquals(0, one.axes().size());

    TermMap two =
        Correspondence.of(
            corpus(
                2021, "人工智能推动科技创新。碳中和与绿色金融。\n\n".repeat(12),
                2024, "人工智能推动新质生产力。具身智能。\n\n".repeat(12)),
            new TermMapOptions(10, 3, 1));
    assertEquals("two years: the map has one axis", two.note());
    assertEquals(TermMap.Status.ONE_AXIS, two.status());
    assertEquals(1, two.axes().size());
    for (TermMap.Point p : two.points()) assertEquals(0, p.dim2());

    TermMap rare = Correspondence.of(threeYears(), new TermMapOptions(40, 1000, 1));
    assertTrue(rare.isEmpty());
    assertEquals(TermMap.Status.TOO_FEW_TERMS, rare.status());
    assertTrue(
        rare.note().startsWith("too few terms for a map: 0 seen at least 1000 times in 1 year"),
        rare.note());

    TermMap nothing = Correspondence.of(corpus(2021, "。", 2022, "……"), TermMapOptions.defaults());
    assertTrue(nothing.isEmpty());
    assertTrue(nothing.toString().contains(nothing.note()));

    // the same text every year: every term is spread exactly as the years' sizes (kept whole:
    // paragraphs repeated at the edges of three documents would otherwise be boilerplate)
    String same = "人工智能推动科技创新，碳中和与绿色金融，生物医药。\n\n".repeat(10);
    TermMap flat =
        Correspondence.of(
            PreparedCorpus.of(
                Corpus.ofTexts(2021, same, 2022, same, 2023, same),
                TextOptions.defaults().withDropBoilerplate(false)),
            new TermMapOptions(10, 1, 1));
    assertTrue(flat.isEmpty());
    assertEquals(TermMap.Status.NO_SPREAD, flat.status());
    assertTrue(flat.note().contains("nothing to map"), flat.note());
  }

  /**
   * Eight years (2010–2018 but 2015) whose words drift from 农业 and 工业 to 科技 and 创新, and a small
   * year 2015 of flood relief words (seen a little in 2014 and 2016 too): with it, 2015 alone makes
   * most of an axis; it is drawn on the axes of the other eight years instead.
   */
  private static Object[] drift(boolean flood) {
    String[] words = {"农业生产", "工业建设", "交通运输", "对外开放", "科技进步", "自主创新"};
    java.util.List<Object> texts = new java.util.ArrayList<>();
    for (int y = 0; y < 8; y++) {
      int year = y < 5 ? 2010 + y : 2011 + y;
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < words.length; w++) {
        // word w peaks in year w + 1; every word in every year, so that no year stands alone
        int times = 4 + 8 / (1 + Math.abs(y - w - 1));
        for (int k = 0; k < times; k++) b.append("我们要重视").append(words[w]).append("。\n");
      }
      if (flood && (year == 2014 || year == 2016)) b.append("抗洪抢险和灾后重建。\n".repeat(3));
      texts.add(year);
      texts.add(b.toString());
    }
    if (flood) {
      texts.add(2015);
      texts.add("抗洪抢险和灾后重建。\n".repeat(4) + "我们要重视农业生产。\n");
    }
    return texts.toArray();
  }

  @Test
  void aSmallYearThatMakesAnAxisAloneIsASupplementaryPoint() {
    TermMap plain = Correspondence.of(corpus(drift(false)), new TermMapOptions(40, 10, 2));
    assertEquals("", plain.note());
    assertTrue(plain.years().list().stream().noneMatch(TermMap.Point::supplementary));

    TermMap m = Correspondence.of(corpus(drift(true)), new TermMapOptions(40, 10, 2));
    List<TermMap.Point> sup =
        m.years().list().stream().filter(TermMap.Point::supplementary).toList();
    assertEquals(List.of("2015"), sup.stream().map(TermMap.Point::label).toList(), m.note());
    assertTrue(m.note().startsWith("2015 is a supplementary point: it alone made"), m.note());
    // the terms are chosen again, so no chosen term is said to be left out
    assertTrue(m.note().endsWith("; the terms are chosen from the other years"), m.note());
    assertFalse(m.note().contains("left out"), m.note());
    TermMap.Point p = sup.get(0);
    assertEquals(0, p.mass());
    assertEquals(0, p.inertia());
    // the years stay in time order, 2015 among them
    assertEquals(
        List.of("2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018"),
        m.years().list().stream().map(TermMap.Point::label).toList());
    // the active years' masses add up to 1 without it, and their inertia shares too
    List<TermMap.Point> active = m.years().list().stream().filter(y -> !y.supplementary()).toList();
    assertEquals(1, active.stream().mapToDouble(TermMap.Point::mass).sum(), 1e-12);
    assertEquals(1, active.stream().mapToDouble(TermMap.Point::inertia).sum(), 1e-12);
    // the terms are chosen from the years that make the axes: 抗洪抢险 (3 + 3 there, 4 in 2015) has
    // fewer than 10 there and is no term of the map; each term's frequency is its count in them,
    // 10 at least
    PreparedCorpus counted = corpus(drift(true));
    for (TermMap.Point t : m.terms()) {
      long inActive =
          counted.count(t.label()).stream()
              .filter(r -> r.year() != 2015)
              .mapToLong(r -> r.count())
              .sum();
      assertEquals(inActive, t.frequency(), t.label());
      assertTrue(t.frequency() >= 10, t.label() + " " + t.frequency());
    }
    assertTrue(
        m.terms().list().stream().noneMatch(t -> t.label().equals("抗洪抢险")),
        m.terms().list().toString());
    // transition formula by hand: 2015's profile over the mapped terms, each term's standard
    // coordinate f / σ
    PreparedCorpus c = corpus(drift(true));
    double[] g = new double[2];
    double n = 0;
    for (TermMap.Point t : m.terms()) {
      n +=
          c.count(t.label()).stream().filter(r -> r.year() == 2015).mapToLong(r -> r.count()).sum();
    }
    for (TermMap.Point t : m.terms()) {
      long nij =
          c.count(t.label()).stream().filter(r -> r.year() == 2015).mapToLong(r -> r.count()).sum();
      g[0] += nij / n * t.dim1() / m.axes().get(0).singularValue();
      g[1] += nij / n * t.dim2() / m.axes().get(1).singularValue();
    }
    assertEquals(g[0], p.dim1(), 1e-9);
    assertEquals(g[1], p.dim2(), 1e-9);
  }

  @Test
  void termsChosenAgainAreKeptOnlyWhereEveryYearOfTheAxesHoldsSomeOfThem() {
    // two terms over three years, the middle one supplementary: the first and last hold some
    double[][] table = {{3, 0, 0}, {0, 5, 2}};
    assertTrue(Correspondence.massInEvery(table, new boolean[] {true, false, true}));
    // the first year holds none of them once the middle year alone held its terms
    assertFalse(
        Correspondence.massInEvery(new double[][] {{0, 5, 2}}, new boolean[] {true, false, true}));
  }
}
