package qushi.analytics.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import qushi.analytics.core.Rows;
import qushi.analytics.internal.Ids;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.prepare.PreparedCorpus;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.WardLinkage;

/**
 * A Ward dendrogram of the terms that occur in the most passages, by the passages they share: terms
 * that tend to appear in the same passages join low in the tree.
 *
 * <p>Each term is the 0/1 vector of the passages in which it stands as a token, as co-occurrence
 * reads the token stream: a learned term is one token and no mention of its pieces here (the counts
 * let 国际社会 count for 社会 too, and then every passage of 国际社会 was a passage of both, and the two
 * joined first: on press conferences, 社会 stood in 458 passages by the counts and in 70 by its own
 * tokens). Two terms a and b, in n(a) and n(b) passages and together in n(ab), are compared by the
 * cosine of these vectors (Ochiai's coefficient) and the Euclidean distance between the vectors
 * scaled to length 1 (the chord distance). Being Euclidean, it is a distance Ward's method is
 * defined for. Ward's method (Ward 1963) merges at each step the two clusters whose union least
 * increases the within-cluster sum of squares; the height of a merge is the Lance–Williams Ward
 * distance of the two clusters (Murtagh and Legendre 2014, "Ward's hierarchical agglomerative
 * clustering method: which algorithms implement Ward's criterion?", the variant of R's {@code
 * hclust(method = "ward.D2")}):
 *
 * <pre>
 * cos(a, b)  = n(ab) / √(n(a) · n(b))
 * d(a, b)    = √(2 − 2 · cos(a, b))              = ‖a/‖a‖ − b/‖b‖‖
 * h(A ∪ B)   = √(2 · |A|·|B| / (|A| + |B|)) · ‖c(A) − c(B)‖     c = centroid of the scaled vectors
 *            = √(2 · ΔESS(A, B))
 * </pre>
 *
 * The tree is built by Smile's {@code HierarchicalClustering} with {@code WardLinkage} (pure Java;
 * it keeps the distances in single precision, so heights are exact to about 7 digits). The leaves
 * are the {@code terms} terms in the most passages (ties by term); they are drawn so that at every
 * merge the part holding the leaf of smaller rank comes first; the clusters of the cut into {@code
 * clusters} groups are numbered in that order. The same corpus gives the same tree.
 */
public final class TermClustering {
  private TermClustering() {}

  /**
   * Returns the dendrogram of the corpus; a corpus with fewer than 3 terms gives an empty one with
   * the reason.
   */
  public static Dendrogram of(PreparedCorpus a, DendrogramOptions options) {
    Leaves leaves = leaves(a, options.terms());
    if (leaves.terms().length < 3) {
      return Dendrogram.empty(
          "too little text for a dendrogram: "
              + leaves.terms().length
              + (leaves.terms().length == 1 ? " term" : " terms")
              + " in the passages",
          options);
    }
    return ward(leaves.terms(), leaves.passages(), leaves.distances(), options);
  }

  /**
   * The leaves of a tree.
   *
   * @param terms the terms, in rank order
   * @param passages passages containing each term
   * @param distances the chord distance of every pair
   */
  record Leaves(String[] terms, int[] passages, double[][] distances) {}

  /**
   * Returns the (at most) {@code size} terms in the most passages (as tokens) and their distances.
   */
  static Leaves leaves(PreparedCorpus a, int size) {
    Vocabulary vocabulary = a.vocabulary();
    int v = vocabulary.size();
    int[][] present = new int[a.passages().size()][];
    int[] in = new int[v];
    for (int p = 0; p < present.length; p++) {
      present[p] = Ids.distinct(a.terms(p));
      for (int t : present[p]) in[t]++;
    }
    Integer[] order = IntStream.range(0, v).filter(t -> in[t] > 0).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order, Comparator.<Integer>comparingInt(t -> -in[t]).thenComparing(vocabulary::term));
    int n = Math.min(size, order.length);
    int[] column = new int[v];
    Arrays.fill(column, -1);
    String[] terms = new String[n];
    int[] passages = new int[n];
    for (int i = 0; i < n; i++) {
      column[order[i]] = i;
      terms[i] = vocabulary.term(order[i]);
      passages[i] = in[order[i]];
    }
    long[][] both = together(present, column, n);
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double cos = both[i][j] / Math.sqrt((double) passages[i] * passages[j]);
        d[i][j] = d[j][i] = Math.sqrt(Math.max(0, 2 - 2 * cos));
      }
    }
    return new Leaves(terms, passages, d);
  }

  /**
   * Returns, for the selected columns, the number of passages containing both of two terms, given
   * the distinct terms of each passage.
   */
  static long[][] together(int[][] passages, int[] column, int n) {
    long[][] both = new long[n][n];
    int[] present = new int[n];
    for (int[] terms : passages) {
      int k = 0;
      for (int t : terms) {
        int c = column[t];
        if (c >= 0) present[k++] = c;
      }
      for (int x = 0; x < k; x++) {
        for (int y = 0; y < k; y++) if (x != y) both[present[x]][present[y]]++;
      }
    }
    return both;
  }

  /**
   * Returns the Ward dendrogram of the items {@code labels} (in rank order) with distances {@code
   * d} (symmetric, Euclidean) and weights {@code passages} shown in the leaves.
   */
  static Dendrogram ward(String[] labels, int[] passages, double[][] d, DendrogramOptions options) {
    int n = labels.length;
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) copy[i] = d[i].clone();
    HierarchicalClustering tree = HierarchicalClustering.fit(new WardLinkage(copy));
    int[][] merge = tree.tree();
    double[] height = tree.height();
    int k = Math.min(options.clusters(), n);
    int[] part = tree.partition(k);

    // smallest leaf rank under each node; leaves are 0..n-1, the merge of step s is node n+s-1
    int[] least = new int[2 * n - 1];
    int[] size = new int[2 * n - 1];
    for (int i = 0; i < n; i++) {
      least[i] = i;
      size[i] = 1;
    }
    for (int s = 0; s < n - 1; s++) {
      least[n + s] = Math.min(least[merge[s][0]], least[merge[s][1]]);
      size[n + s] = size[merge[s][0]] + size[merge[s][1]];
    }
    int[] first = new int[n - 1];
    int[] second = new int[n - 1];
    for (int s = 0; s < n - 1; s++) {
      boolean swap = least[merge[s][1]] < least[merge[s][0]];
      first[s] = merge[s][swap ? 1 : 0];
      second[s] = merge[s][swap ? 0 : 1];
    }
    List<Integer> leafOrder = new ArrayList<>();
    walk(2 * n - 2, n, first, second, leafOrder);

    int[] clusterOf = new int[k];
    Arrays.fill(clusterOf, -1);
    int next = 0;
    List<Dendrogram.Leaf> leaves = new ArrayList<>();
    for (int pos = 0; pos < n; pos++) {
      int leaf = leafOrder.get(pos);
      if (clusterOf[part[leaf]] < 0) clusterOf[part[leaf]] = ++next;
      leaves.add(
          new Dendrogram.Leaf(
              pos + 1, leaf + 1, labels[leaf], passages[leaf], clusterOf[part[leaf]]));
    }
    List<Dendrogram.Merge> merges = new ArrayList<>();
    for (int s = 0; s < n - 1; s++) {
      merges.add(
          new Dendrogram.Merge(
              s + 1,
              hclust(first[s], n),
              hclust(second[s], n),
              label(first[s], n, labels),
              label(second[s], n, labels),
              height[s],
              size[n + s]));
    }
    // k clusters undo the last k − 1 merges: cut between the last merge kept and the first undone
    double cut = k == n ? height[0] / 2 : (height[n - k - 1] + height[n - k]) / 2;
    return new Dendrogram(
        Rows.of("dendrogram", Dendrogram.Leaf.class, leaves),
        Rows.of("dendrogram_merges", Dendrogram.Merge.class, merges),
        k,
        cut,
        "",
        options);
  }

  private static void walk(int node, int n, int[] first, int[] second, List<Integer> out) {
    // iterative depth-first walk: deep trees (chains) must not overflow the stack
    int[] stack = new int[2 * n];
    int top = 0;
    stack[top++] = node;
    while (top > 0) {
      int x = stack[--top];
      if (x < n) {
        out.add(x);
      } else {
        stack[top++] = second[x - n];
        stack[top++] = first[x - n];
      }
    }
  }

  private static int hclust(int node, int n) {
    return node < n ? -(node + 1) : node - n + 1;
  }

  private static String label(int node, int n, String[] labels) {
    return node < n ? labels[node] : "#" + (node - n + 1);
  }
}
