package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold 1991) for the co-word network.
 *
 * <pre>
 * repulsion between every two nodes  f_r(d) = k² / d
 * attraction along an edge           f_a(d) = w · d² / k        (w = edge weight)
 * k = 1.4 · √(area / n); each round a node moves by its net force, capped by a temperature that falls
 * linearly from 0.1 · width to 0 over the rounds
 * </pre>
 *
 * Each connected part of the network is laid out on its own, so that a pair of words linked only to
 * each other cannot push the main cluster into a corner: the largest part fills the square [-1,
 * 1]², and the others, each scaled by the square root of its share of the largest part's nodes,
 * stand in columns to its right (the chart is wider than tall), largest first.
 *
 * <p>Start positions are drawn from one {@link SplittableRandom} with the report's seed, and the
 * rounds visit nodes and edges in index order, so a seed always gives the same picture. The result
 * is centred and each axis scaled to [-1, 1].
 */
public final class NetworkLayout {
  /** Rounds of the force simulation. */
  public static final int ROUNDS = 500;

  private NetworkLayout() {}

  /**
   * Returns {x, y} per node for {@code n} nodes joined by {@code edges} ({a, b} index pairs) with
   * {@code weights} (&gt; 0).
   */
  public static double[][] layout(int n, int[][] edges, double[] weights, long seed) {
    double[][] out = new double[n][2];
    if (n == 0) return out;
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> parts = parts(n, edges);
    double y = 1; // the top edge of the next part in the column right of the largest
    double columnLeft = 1.25;
    double columnWidth = 0;
    double largest = parts.get(0).length;
    for (int c = 0; c < parts.size(); c++) {
      int[] nodes = parts.get(c);
      int[] local = new int[n];
      for (int i = 0; i < nodes.length; i++) local[nodes[i]] = i;
      List<int[]> partEdges = new ArrayList<>();
      List<Double> partWeights = new ArrayList<>();
      for (int e = 0; e < edges.length; e++) {
        if (contains(nodes, edges[e][0])) {
          partEdges.add(new int[] {local[edges[e][0]], local[edges[e][1]]});
          partWeights.add(weights[e]);
        }
      }
      double[][] p =
          nodes.length == 1
              ? new double[][] {{0, 0}}
              : force(
                  nodes.length,
                  partEdges.toArray(int[][]::new),
                  partWeights.stream().mapToDouble(Double::doubleValue).toArray(),
                  random);
      double scale = c == 0 ? 1 : Math.sqrt(nodes.length / largest);
      if (c > 0 && y < 1 && y - 2 * scale < -1) { // the column is full: start the next one
        columnLeft += columnWidth + 0.25;
        y = 1;
        columnWidth = 0;
      }
      if (c > 0) columnWidth = Math.max(columnWidth, 2 * scale);
      double dx = c == 0 ? 0 : columnLeft + scale;
      double dy = c == 0 ? 0 : y - scale;
      for (int i = 0; i < nodes.length; i++) {
        out[nodes[i]][0] = p[i][0] * scale + dx;
        out[nodes[i]][1] = p[i][1] * scale + dy;
      }
      if (c > 0) y -= 2 * scale + 0.25;
    }
    return fill(out);
  }

  /**
   * Returns the connected parts of the network, each its nodes in index order, largest first (ties
   * by their first node).
   */
  static List<int[]> parts(int n, int[][] edges) {
    int[] root = new int[n];
    for (int i = 0; i < n; i++) root[i] = i;
    for (int[] e : edges) {
      int a = find(root, e[0]);
      int b = find(root, e[1]);
      if (a != b) root[Math.max(a, b)] = Math.min(a, b);
    }
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++)
      byRoot.computeIfAbsent(find(root, i), r -> new ArrayList<>()).add(i);
    List<int[]> parts = new ArrayList<>();
    for (List<Integer> part : byRoot.values()) {
      parts.add(part.stream().mapToInt(Integer::intValue).toArray());
    }
    parts.sort(
        Comparator.comparingInt((int[] part) -> -part.length).thenComparingInt(part -> part[0]));
    return parts;
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  }

  private static boolean contains(int[] sorted, int v) {
    return Arrays.binarySearch(sorted, v) >= 0;
  }

  /**
   * Returns the force-directed layout of one connected part, scaled to [-1, 1] on its longer side.
   */
  private static double[][] force(int n, int[][] edges, double[] weights, SplittableRandom random) {
    double[][] p = new double[n][2];
    for (double[] xy : p) {
      xy[0] = random.nextDouble(-1, 1);
      xy[1] = random.nextDouble(-1, 1);
    }
    double k = 1.4 * Math.sqrt(4.0 / n);
    for (int round = 0; round < ROUNDS; round++) {
      double[][] force = new double[n][2];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = p[i][0] - p[j][0];
          double dy = p[i][1] - p[j][1];
          double d = Math.max(1e-6, Math.hypot(dx, dy));
          double f = k * k / d;
          force[i][0] += dx / d * f;
          force[i][1] += dy / d * f;
          force[j][0] -= dx / d * f;
          force[j][1] -= dy / d * f;
        }
      }
      for (int e = 0; e < edges.length; e++) {
        int a = edges[e][0];
        int b = edges[e][1];
        double dx = p[a][0] - p[b][0];
        double dy = p[a][1] - p[b][1];
        double d = Math.max(1e-6, Math.hypot(dx, dy));
        double f = weights[e] * d * d / k;
        force[a][0] -= dx / d * f;
        force[a][1] -= dy / d * f;
        force[b][0] += dx / d * f;
        force[b][1] += dy / d * f;
      }
      double temperature = 0.2 * (1 - (double) round / ROUNDS);
      for (int i = 0; i < n; i++) {
        // a weak pull to the centre keeps unconnected nodes from drifting away
        force[i][0] -= 0.05 * p[i][0] * k;
        force[i][1] -= 0.05 * p[i][1] * k;
        double len = Math.hypot(force[i][0], force[i][1]);
        if (len > 0) {
          double step = Math.min(len, temperature);
          p[i][0] += force[i][0] / len * step;
          p[i][1] += force[i][1] / len * step;
        }
      }
    }
    return normalise(p);
  }

  /**
   * Returns {@code p} with each axis scaled to [-1, 1] (the chart is wider than tall: the parts
   * fill it), rounded to 4 decimals.
   */
  private static double[][] fill(double[][] p) {
    for (int axis = 0; axis < 2; axis++) {
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (double[] xy : p) {
        min = Math.min(min, xy[axis]);
        max = Math.max(max, xy[axis]);
      }
      double half = Math.max(1e-9, max - min) / 2;
      double centre = (min + max) / 2;
      for (double[] xy : p) xy[axis] = Math.round((xy[axis] - centre) / half * 1e4) / 1e4;
    }
    return p;
  }

  /** Returns {@code p} centred and scaled to [-1, 1] on its longer side, rounded to 4 decimals. */
  private static double[][] normalise(double[][] p) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[] xy : p) {
      minX = Math.min(minX, xy[0]);
      maxX = Math.max(maxX, xy[0]);
      minY = Math.min(minY, xy[1]);
      maxY = Math.max(maxY, xy[1]);
    }
    double span = Math.max(1e-9, Math.max(maxX - minX, maxY - minY)) / 2;
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    for (double[] xy : p) {
      // round so the page does not depend on the last bits of floating-point arithmetic
      xy[0] = Math.round((xy[0] - cx) / span * 1e4) / 1e4;
      xy[1] = Math.round((xy[1] - cy) / span * 1e4) / 1e4;
    }
    return p;
  }
}
