package qushi.reports;

import java.util.SplittableRandom;

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
 * Start positions are drawn from one {@link SplittableRandom} with the report's seed, and the
 * rounds visit nodes and edges in index order, so a seed always gives the same picture. The result
 * is centred and scaled to [-1, 1] on its longer side.
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
    double[][] p = new double[n][2];
    if (n == 0) return p;
    SplittableRandom random = new SplittableRandom(seed);
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
