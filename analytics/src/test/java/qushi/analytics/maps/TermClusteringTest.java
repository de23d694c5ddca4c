package qushi.analytics.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;

class TermClusteringTest {
  private static double[][] line(double... x) {
    double[][] d = new double[x.length][x.length];
    for (int i = 0; i < x.length; i++)
      for (int j = 0; j < x.length; j++) d[i][j] = Math.abs(x[i] - x[j]);
    return d;
  }

  /**
   * Four points on a line, given in rank order c = 5, a = 0, d = 7, b = 1. By hand: a and b join at
   * 1, c and d at 2; then {a, b} (centroid 0.5) and {c, d} (centroid 6): h = √(2 · 2·2/4) · 5.5 =
   * √60.5; by Lance–Williams from the squared distances, d²({a,b}, c) = (2·25 + 2·16 − 1)/3 = 27,
   * d²({a,b}, d) = (2·49 + 2·36 − 1)/3 = 169/3, d²({a,b}, {c,d}) = (3·27 + 3·169/3 − 2·4)/4 = 60.5.
   */
  @Test
  void wardOnFourPointsByHand() {
    Dendrogram t =
        TermClustering.ward(
            new String[] {"c", "a", "d", "b"},
            new int[] {9, 8, 7, 6},
            line(5, 0, 7, 1),
            new DendrogramOptions(4, 2));
    List<Dendrogram.Merge> m = t.merges().list();
    assertEquals(3, m.size());
    assertEquals(new Dendrogram.Merge(1, -2, -4, "a", "b", 1.0, 2), m.get(0));
    assertEquals(new Dendrogram.Merge(2, -1, -3, "c", "d", 2.0, 2), m.get(1));
    // the part holding the leaf of rank 1 (c) is drawn first
    assertEquals(3, m.get(2).step());
    assertEquals(2, m.get(2).left());
    assertEquals(1, m.get(2).right());
    assertEquals("#2", m.get(2).leftLabel());
    assertEquals(Math.sqrt(60.5), m.get(2).height(), 1e-5);
    assertEquals(
        List.of(
            new Dendrogram.Leaf(1, 1, "c", 9, 1),
            new Dendrogram.Leaf(2, 3, "d", 7, 1),
            new Dendrogram.Leaf(3, 2, "a", 8, 2),
            new Dendrogram.Leaf(4, 4, "b", 6, 2)),
        t.leaves().list());
    assertEquals((2 + Math.sqrt(60.5)) / 2, t.cut(), 1e-5);
    assertEquals("", t.note());

    // three clusters undo the last two merges: {c}, {d}, {a, b}
    Dendrogram three =
        TermClustering.ward(
            new String[] {"c", "a", "d", "b"},
            new int[] {9, 8, 7, 6},
            line(5, 0, 7, 1),
            new DendrogramOptions(4, 3));
    assertArrayEquals(
        new int[] {1, 2, 3, 3},
        three.leaves().list().stream().mapToInt(Dendrogram.Leaf::cluster).toArray());
    assertEquals(1.5, three.cut(), 1e-6);
  }

  /**
   * Ward by a second formula: at each step merge the two clusters whose union least increases the
   * within-cluster sum of squares, ΔESS = |A|·|B|/(|A|+|B|) · ‖c(A) − c(B)‖², height √(2 ΔESS).
   */
  @Test
  void wardAgreesWithTheSumOfSquaresCriterion() {
    double[][] x = {
      {0.0, 0.0}, {0.3, 0.1}, {4.0, 4.2}, {4.4, 3.9}, {0.2, 5.0}, {9.0, 1.0}, {8.1, 1.7}, {2.0, 2.5}
    };
    int n = x.length;
    double[][] d = new double[n][n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = "t" + i;
      for (int j = 0; j < n; j++) d[i][j] = Math.hypot(x[i][0] - x[j][0], x[i][1] - x[j][1]);
    }
    Dendrogram t = TermClustering.ward(labels, new int[n], d, new DendrogramOptions(n, 2));

    List<Set<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) clusters.add(new TreeSet<>(Set.of(i)));
    List<Set<Integer>> formed = new ArrayList<>();
    for (int step = 0; step < n - 1; step++) {
      double best = Double.POSITIVE_INFINITY;
      int ba = -1;
      int bb = -1;
      for (int a = 0; a < clusters.size(); a++) {
        for (int b = a + 1; b < clusters.size(); b++) {
          double inc = increase(x, clusters.get(a), clusters.get(b));
          if (inc < best) {
            best = inc;
            ba = a;
            bb = b;
          }
        }
      }
      Set<Integer> union = new TreeSet<>(clusters.get(ba));
      union.addAll(clusters.get(bb));
      clusters.remove(bb);
      clusters.remove(ba);
      clusters.add(union);
      formed.add(union);
      Dendrogram.Merge m = t.merges().get(step);
      assertEquals(Math.sqrt(2 * best), m.height(), 1e-5 * Math.sqrt(2 * best), "step " + step);
      assertEquals(union, members(t, step + 1, n), "step " + step);
      assertEquals(union.size(), m.size());
    }
  }

  private static double increase(double[][] x, Set<Integer> a, Set<Integer> b) {
    double[] ca = centroid(x, a);
    double[] cb = centroid(x, b);
    double dd = Math.pow(ca[0] - cb[0], 2) + Math.pow(ca[1] - cb[1], 2);
    return (double) a.size() * b.size() / (a.size() + b.size()) * dd;
  }

  private static double[] centroid(double[][] x, Set<Integer> s) {
    double[] c = new double[2];
    for (int i : s) {
      c[0] += x[i][0] / s.size();
      c[1] += x[i][1] / s.size();
    }
    return c;
  }

  /** Returns the leaf indices (rank − 1) under the cluster formed at {@code step}. */
  private static Set<Integer> members(Dendrogram t, int step, int n) {
    Set<Integer> out = new TreeSet<>();
    Dendrogram.Merge m = t.merges().get(step - 1);
    for (int part : new int[] {m.left(), m.right()}) {
      if (part < 0) out.add(-part - 1);
      else out.addAll(members(t, part, n));
    }
    return out;
  }

  private static PreparedCorpus corpus() {
    return PreparedCorpus.of(
        Corpus.ofTexts(
            2021,
            "人工智能赋能千行百业，人工智能推动科技创新。\n\n碳中和目标推动绿色金融发展，绿色金融支持能源转型。\n\n".repeat(3),
            2022,
            "生物医药与疫苗研发受到关注，疫苗研发需要科技创新。\n\n人工智能与生物医药合作加强。\n\n".repeat(3),
            2024,
            "碳中和与绿色金融相互促进。\n\n新质生产力需要科技创新与人工智能。\n\n".repeat(3)),
        TextOptions.defaults());
  }

  /**
   * The distance is the Euclidean distance of the passage-presence vectors scaled to length 1, a
   * term present in a passage where it stands as a token: a learned term's tokens do not count for
   * its pieces, as they do in the counts.
   */
  @Test
  void distancesAreChordDistancesOfPassagePresence() {
    for (PreparedCorpus a : List.of(corpus(), nested())) {
      TermClustering.Leaves leaves = TermClustering.leaves(a, 8);
      assertTrue(leaves.terms().length >= 5, List.of(leaves.terms()).toString());
      int passages = a.passages().size();
      int n = leaves.terms().length;
      double[][] unit = new double[n][passages];
      for (int i = 0; i < n; i++) {
        int id = a.vocabulary().id(leaves.terms()[i]);
        boolean[] in = new boolean[passages];
        int present = 0;
        for (int p = 0; p < passages; p++) {
          in[p] = java.util.Arrays.stream(a.terms(p)).anyMatch(t -> t == id);
          if (in[p]) present++;
        }
        assertEquals(present, leaves.passages()[i], leaves.terms()[i]);
        if (i > 0) assertTrue(leaves.passages()[i - 1] >= present, "rank order");
        for (int p = 0; p < passages; p++) unit[i][p] = in[p] ? 1 / Math.sqrt(present) : 0;
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int p = 0; p < passages; p++) s += Math.pow(unit[i][p] - unit[j][p], 2);
          assertEquals(Math.sqrt(s), leaves.distances()[i][j], 1e-12);
        }
      }
    }
    // 标准 stands alone in 2 passages and inside the learned 智能制造标准体系 in 6 more, which the
    // counts give it too
    PreparedCorpus a = nested();
    assertEquals(8, a.counts().termPassages(a.vocabulary().id("标准")));
    TermClustering.Leaves leaves = TermClustering.leaves(a, 8);
    assertEquals(2, leaves.passages()[List.of(leaves.terms()).indexOf("标准")]);
  }

  /**
   * A corpus of eight one-passage documents with a learned term, 智能制造标准体系, whose piece 标准 is a term
   * of two of them.
   */
  private static PreparedCorpus nested() {
    String system = "加快完善智能制造标准体系，推进智能制造标准体系建设，提升产业水平。";
    String standard = "制定行业标准，加强质量监管，提升产业水平。";
    return PreparedCorpus.of(
        Corpus.ofTexts(
            2015, system, 2016, system, 2017, system, 2018, system, 2019, system, 2020, system,
            2021, standard, 2022, standard),
        TextOptions.defaults());
  }

  @Test
  void sameCorpusSameTree() {
    Dendrogram x = TermClustering.of(corpus(), DendrogramOptions.defaults().withClusters(3));
    Dendrogram y = TermClustering.of(corpus(), DendrogramOptions.defaults().withClusters(3));
    assertEquals(x.leaves().list(), y.leaves().list());
    assertEquals(x.merges().list(), y.merges().list());
    assertEquals(x.leaves().size() - 1, x.merges().size());
    assertEquals(3, x.clusters());
    for (int i = 1; i < x.merges().size(); i++)
      assertTrue(x.merges().get(i).height() >= x.merges().get(i - 1).height() - 1e-6);
    assertEquals(x.leaves().size(), x.merges().get(x.merges().size() - 1).size());
  }

  @Test
  void tinyCorporaGiveAnEmptyTreeAndTheReason() {
    Dendrogram two =
        TermClustering.of(
            PreparedCorpus.of(Corpus.ofTexts(2021, "人工智能与碳中和。"), TextOptions.defaults()),
            DendrogramOptions.defaults());
    assertTrue(two.isEmpty());
    assertTrue(two.note().startsWith("too little text for a dendrogram: 2 terms"), two.note());
    assertEquals(0, two.merges().size());
    assertTrue(two.toString().contains("too little text"));
    Dendrogram none =
        TermClustering.of(
            PreparedCorpus.of(Corpus.ofTexts(2021, "。。。"), TextOptions.defaults()),
            DendrogramOptions.defaults());
    assertTrue(none.isEmpty());
    assertTrue(none.note().contains("0 terms"), none.note());
    // more clusters than leaves: every leaf its own cluster
    Dendrogram three =
        TermClustering.ward(
            new String[] {"a", "b", "c"},
            new int[] {1, 1, 1},
            line(0, 1, 3),
            new DendrogramOptions(3, 10));
    assertEquals(3, three.clusters());
    assertArrayEquals(
        new int[] {1, 2, 3},
        three.leaves().list().stream().mapToInt(Dendrogram.Leaf::cluster).toArray());
  }
}
