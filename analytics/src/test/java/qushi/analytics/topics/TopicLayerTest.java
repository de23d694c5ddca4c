package qushi.analytics.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;

class TopicLayerTest {
  static PreparedCorpus analysis;

  @BeforeAll
  static void corpus() {
    // two clearly separate themes, the energy theme fading from 2021 to 2024
    String energy = "碳中和推动能源转型，储能和氢能支撑绿色电网，碳达峰需要光伏发电。";
    String ai = "人工智能大模型需要算力，芯片和数据要素支撑智能计算，机器人走向应用。";
    analysis =
        PreparedCorpus.of(
            Corpus.ofTexts(
                2021, (energy.repeat(3) + "\n").repeat(12) + (ai.repeat(3) + "\n").repeat(4),
                2024, (energy.repeat(3) + "\n").repeat(4) + (ai.repeat(3) + "\n").repeat(12)),
            TextOptions.defaults());
  }

  @Test
  void hungarianFindsTheCheapestAssignment() {
    double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    // optimum 1 + 2 + 2 = 5: row0→col1, row1→col0, row2→col2
    assertArrayEquals(new int[] {1, 0, 2}, TopicMath.hungarian(cost));
  }

  @Test
  void jensenShannonDistanceIsBoundedAndSymmetric() {
    double[] p = {0.5, 0.5, 0};
    double[] q = {0, 0, 1};
    assertEquals(1.0, TopicMath.jsDistance(p, q), 1e-12);
    assertEquals(0.0, TopicMath.jsDistance(p, p), 1e-12);
    double[] r = {0.25, 0.25, 0.5};
    assertEquals(TopicMath.jsDistance(p, r), TopicMath.jsDistance(r, p), 1e-15);
    // by hand: m = (3/8, 3/8, 1/4); KL(p‖m) = ln(4/3); KL(r‖m) = ½ ln(2/3) + ½ ln 2
    double js = 0.5 * Math.log(4.0 / 3) + 0.5 * (0.5 * Math.log(2.0 / 3) + 0.5 * Math.log(2));
    assertEquals(Math.sqrt(js / Math.log(2)), TopicMath.jsDistance(p, r), 1e-12);
  }

  @Test
  void everyPairsDistanceIsTheDistanceOfThePair() {
    double[][] a = {{0.5, 0.5, 0}, {0, 0, 1}, {0.25, 0.25, 0.5}, {0.1, 0.6, 0.3}};
    double[][] b = {{0.2, 0.2, 0.6}, {1, 0, 0}};
    double[][] same = TopicMath.jsDistances(a, a);
    double[][] other = TopicMath.jsDistances(a, b);
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        assertEquals(TopicMath.jsDistance(a[i], a[j]), same[i][j], 1e-12);
      }
      for (int j = 0; j < b.length; j++) {
        assertEquals(TopicMath.jsDistance(a[i], b[j]), other[i][j], 1e-12);
      }
    }
  }

  @Test
  void powerIterationFindsTheTopEigenvectorsWhereTheQrAlgorithmWould() {
    // the fallback of classical scaling where commons-math's eigen decomposition does not converge
    // (500 topics): the same two leading eigenpairs, up to sign, on the matrix of 12 points
    double[][] pts = new double[12][];
    for (int i = 0; i < pts.length; i++) pts[i] = new double[] {i % 4 * 1.5, i / 4 * 0.7, i * 0.1};
    RealMatrix b = MatrixUtils.createRealMatrix(12, 12);
    double[][] d = new double[12][12];
    for (int i = 0; i < 12; i++)
      for (int j = 0; j < 12; j++)
        d[i][j] =
            Math.sqrt(
                Math.pow(pts[i][0] - pts[j][0], 2)
                    + Math.pow(pts[i][1] - pts[j][1], 2)
                    + Math.pow(pts[i][2] - pts[j][2], 2));
    double[] rowMean = new double[12];
    double all = 0;
    for (int i = 0; i < 12; i++)
      for (int j = 0; j < 12; j++) {
        rowMean[i] += d[i][j] * d[i][j] / 12;
        all += d[i][j] * d[i][j] / 144;
      }
    for (int i = 0; i < 12; i++)
      for (int j = 0; j < 12; j++)
        b.setEntry(i, j, -0.5 * (d[i][j] * d[i][j] - rowMean[i] - rowMean[j] + all));
    double[][] qr = TopicMath.topTwo(b);
    double[][] power = TopicMath.powerTopTwo(b);
    for (int axis = 0; axis < 2; axis++) {
      assertEquals(qr[axis][12], power[axis][12], 1e-8);
      double sign = Math.signum(qr[axis][0] * power[axis][0]);
      for (int i = 0; i < 12; i++) assertEquals(qr[axis][i], sign * power[axis][i], 1e-6);
    }
    // two topics: a matrix of rank one, no second direction (the zero vector, eigenvalue 0)
    double[][] two =
        TopicMath.powerTopTwo(MatrixUtils.createRealMatrix(new double[][] {{1, -1}, {-1, 1}}));
    assertEquals(2, two[0][2], 1e-9);
    assertEquals(0, two[1][2], 1e-9);
  }

  @Test
  void mdsRecoversPlanarDistances() {
    double[][] pts = {{0, 0}, {3, 0}, {0, 4}, {3, 4}};
    double[][] d = new double[4][4];
    for (int i = 0; i < 4; i++)
      for (int j = 0; j < 4; j++)
        d[i][j] = Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]);
    double[][] xy = TopicMath.mds(d);
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertEquals(d[i][j], Math.hypot(xy[i][0] - xy[j][0], xy[i][1] - xy[j][1]), 1e-9);
      }
    }
  }

  @Test
  void npmiByHand() {
    // passages: {0,1}, {0,1}, {0}, {2}
    Coherence c = new Coherence(new int[][] {{0, 1}, {0, 1, 1}, {0}, {2}}, 3);
    double p01 = 2.0 / 4;
    double expected01 = Math.log(p01 / (3.0 / 4 * 2.0 / 4)) / -Math.log(p01);
    assertEquals(expected01, c.npmi(new int[] {0, 1}), 1e-12);
    assertEquals(-1.0, c.npmi(new int[] {1, 2}), 1e-12);
    // UMass of (1, 0): ln((D(0,1) + 1) / D(1)) = ln(3/2)
    assertEquals(Math.log(1.5), c.umass(new int[] {1, 0}), 1e-12);
  }

  @Test
  void fitSeparatesThemesAndTracksPrevalence() {
    TopicOptions o =
        TopicOptions.defaults().withTopics(2).withIterations(300).withRuns(3).withMaxDocShare(1.0);
    TopicModel m = new TopicModeler(analysis, o).fit(o, RandomSource.defaults(), Progress.NONE);
    assertEquals(List.of(1, 2), m.topics().stream().map(Topic::id).toList());
    assertTrue(m.topics().get(0).share() >= m.topics().get(1).share());
    Topic energy =
        m.topics().stream().filter(t -> t.words().contains("碳中和")).findFirst().orElseThrow();
    assertTrue(!energy.words().subList(0, 5).contains("人工智能"), energy.toString());
    // prevalence per year sums to 1 over topics, and the energy topic falls from 2021 to 2024
    for (int y : analysis.years()) {
      double sum =
          m.prevalence().stream()
              .filter(p -> p.year() == y)
              .mapToDouble(TopicRows.Prevalence::prevalence)
              .sum();
      assertEquals(1.0, sum, 1e-9);
    }
    double e21 =
        m.prevalence().stream()
            .filter(p -> p.topic() == energy.id() && p.year() == 2021)
            .findFirst()
            .orElseThrow()
            .prevalence();
    double e24 =
        m.prevalence().stream()
            .filter(p -> p.topic() == energy.id() && p.year() == 2024)
            .findFirst()
            .orElseThrow()
            .prevalence();
    assertTrue(e21 > 0.6 && e24 < 0.4, e21 + " " + e24);
    // planted themes are found in every run
    m.topics().forEach(t -> assertTrue(t.stability() > 0.8, t.toString()));
    // every word distribution sums to 1
    for (double[] phi : m.phi()) assertEquals(1.0, java.util.Arrays.stream(phi).sum(), 1e-9);
    // a new energy text is put in the energy topic
    double[] theta = m.infer(List.of("碳中和", "储能", "氢能", "能源", "绿色", "电网", "光伏"));
    assertTrue(theta[energy.id() - 1] > 0.7, java.util.Arrays.toString(theta));
    // the few-passages note is shown
    assertTrue(m.prevalence().get(0).note().startsWith("few passages"));
  }

  @Test
  void sameSeedSameTopics() {
    TopicOptions o =
        TopicOptions.defaults().withTopics(3).withIterations(100).withRuns(2).withMaxDocShare(1.0);
    TopicModeler modeler = new TopicModeler(analysis, o);
    TopicModel a = modeler.fit(o, RandomSource.defaults(), Progress.NONE);
    TopicModel b = modeler.fit(o, RandomSource.defaults(), Progress.NONE);
    assertEquals(a.topics(), b.topics());
    assertEquals(a.prevalence(), b.prevalence());
    assertEquals(a.yearWords(), b.yearWords());
  }

  @Test
  void sweepRangeAndRule() {
    TopicOptions o = TopicOptions.defaults().withIterations(100).withRuns(1).withMaxDocShare(1.0);
    List<TopicRows.Sweep> rows =
        TopicSweep.run(
            new TopicModeler(analysis, o),
            new int[] {2, 4},
            o,
            RandomSource.defaults(),
            Progress.NONE);
    assertEquals(1, rows.stream().filter(TopicRows.Sweep::chosen).count());
    rows.forEach(
        r ->
            assertTrue(
                r.perplexity() > 1
                    && r.npmi() >= -1
                    && r.npmi() <= 1
                    && r.stability() > 0
                    && r.stability() <= 1,
                r.toString()));
    // the rule: the first K after which perplexity improves by less than 5%
    TopicRows.Sweep chosen =
        rows.stream().filter(TopicRows.Sweep::chosen).findFirst().orElseThrow();
    for (int i = 0; i + 1 < rows.size(); i++) {
      TopicRows.Sweep a = rows.get(i);
      TopicRows.Sweep b = rows.get(i + 1);
      boolean stops = a.perplexity() - b.perplexity() < TopicSweep.ELBOW * a.perplexity();
      if (stops) {
        assertEquals(a.k(), chosen.k());
        break;
      }
      assertTrue(chosen.k() > a.k());
    }
  }
}
