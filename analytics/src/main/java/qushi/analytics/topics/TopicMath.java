package qushi.analytics.topics;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/** Distances, matching and projection for comparing topics. */
public final class TopicMath {
  private TopicMath() {}

  /**
   * Returns the Jensen–Shannon distance of two distributions, base 2, in [0, 1]:
   *
   * <pre>
   * JSD(p, q) = ½ KL(p ‖ m) + ½ KL(q ‖ m),  m = ½ (p + q);   distance = √JSD
   * </pre>
   */
  public static double jsDistance(double[] p, double[] q) {
    double js = 0;
    for (int i = 0; i < p.length; i++) {
      double m = 0.5 * (p[i] + q[i]);
      if (p[i] > 0) js += 0.5 * p[i] * Math.log(p[i] / m);
      if (q[i] > 0) js += 0.5 * q[i] * Math.log(q[i] / m);
    }
    return Math.sqrt(Math.max(0, js / Math.log(2)));
  }

  /**
   * Returns the Jensen–Shannon distance ({@link #jsDistance}) of every row of {@code a} to every
   * row of {@code b}, rows in parallel (each entry on its own, so the result does not depend on the
   * threads): with Σ p ln p computed once per row (a row's negative entropy), JSD(p, q) = ½ Σ p ln
   * p + ½ Σ q ln q − Σ m ln m over the words, m = ½ (p + q), one logarithm per word and pair. When
   * {@code a} and {@code b} are the same array, half the pairs are computed and the result is
   * symmetric.
   */
  public static double[][] jsDistances(double[][] a, double[][] b) {
    boolean same = a == b;
    double[] plogpOfRows = Arrays.stream(a).mapToDouble(TopicMath::plogp).toArray();
    double[] plogpOfColumns =
        same ? plogpOfRows : Arrays.stream(b).mapToDouble(TopicMath::plogp).toArray();
    double[][] out = new double[a.length][b.length];
    IntStream.range(0, a.length)
        .parallel()
        .forEach(
            i -> {
              for (int j = same ? i + 1 : 0; j < b.length; j++) {
                double[] p = a[i];
                double[] q = b[j];
                double mix = 0;
                for (int w = 0; w < p.length; w++) {
                  double m = 0.5 * (p[w] + q[w]);
                  if (m > 0) mix += m * Math.log(m);
                }
                double js = 0.5 * plogpOfRows[i] + 0.5 * plogpOfColumns[j] - mix;
                out[i][j] = Math.sqrt(Math.max(0, js / Math.log(2)));
              }
            });
    if (same) {
      for (int i = 0; i < a.length; i++) for (int j = 0; j < i; j++) out[i][j] = out[j][i];
    }
    return out;
  }

  /** Returns Σ p ln p over the positive entries. */
  private static double plogp(double[] p) {
    double h = 0;
    for (double x : p) if (x > 0) h += x * Math.log(x);
    return h;
  }

  /**
   * Returns the assignment of rows to columns that minimises the total cost of a square matrix
   * (Hungarian algorithm, Kuhn–Munkres with potentials, O(n³)): {@code result[row] = column}.
   */
  public static int[] hungarian(double[][] cost) {
    int n = cost.length;
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] match = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      match[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = match[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (used[j]) continue;
          double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
          if (cur < minv[j]) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j] < delta) {
            delta = minv[j];
            j1 = j;
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (match[j0] != 0);
      do {
        int j1 = way[j0];
        match[j0] = match[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] result = new int[n];
    for (int j = 1; j <= n; j++) result[match[j] - 1] = j - 1;
    return result;
  }

  /**
   * Returns 2-D coordinates whose Euclidean distances approximate {@code d} (classical
   * multidimensional scaling, Torgerson 1952): B = −½ J D⁽²⁾ J, coordinates = the top two
   * eigenvectors scaled by √λ (negative eigenvalues as 0). Each axis is signed so that its largest
   * absolute coordinate is positive, which makes the result deterministic.
   */
  public static double[][] mds(double[][] d) {
    int n = d.length;
    double[][] out = new double[n][2];
    if (n < 2) return out;
    RealMatrix b = MatrixUtils.createRealMatrix(n, n);
    double[] rowMean = new double[n];
    double all = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sq = d[i][j] * d[i][j];
        rowMean[i] += sq / n;
        all += sq / ((double) n * n);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++)
        b.setEntry(i, j, -0.5 * (d[i][j] * d[i][j] - rowMean[i] - rowMean[j] + all));
    }
    double[][] top = topTwo(b);
    for (int axis = 0; axis < 2; axis++) {
      double scale = Math.sqrt(Math.max(0, top[axis][n]));
      double[] vec = Arrays.copyOf(top[axis], n);
      int big = 0;
      for (int i = 1; i < n; i++) if (Math.abs(vec[i]) > Math.abs(vec[big]) + 1e-12) big = i;
      double sign = vec[big] < 0 ? -1 : 1;
      for (int i = 0; i < n; i++) out[i][axis] = sign * vec[i] * scale;
    }
    return out;
  }

  /**
   * Returns the two eigenvectors of the symmetric matrix {@code b} with the largest eigenvalues,
   * each followed by its eigenvalue: from the QR algorithm of commons-math, or, where that does not
   * converge (a few hundred topics, many of them alike), by power iteration, the first vector
   * deflated from the second (at most 10,000 steps each). The matrix of classical scaling is
   * positive semidefinite for a distance that embeds in a Euclidean space, as the Jensen–Shannon
   * distance does (Endres and Schindelin 2003), so the largest eigenvalues are the largest in size.
   */
  static double[][] topTwo(RealMatrix b) {
    int n = b.getRowDimension();
    double[][] out = new double[2][];
    try {
      EigenDecomposition eig = new EigenDecomposition(b);
      double[] values = eig.getRealEigenvalues();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) order[i] = i;
      Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
      for (int axis = 0; axis < 2; axis++) {
        out[axis] = Arrays.copyOf(eig.getEigenvector(order[axis]).toArray(), n + 1);
        out[axis][n] = values[order[axis]];
      }
      return out;
    } catch (MathIllegalStateException notConverged) {
      return powerTopTwo(b);
    }
  }

  /** Returns {@link #topTwo} by power iteration (see there). */
  static double[][] powerTopTwo(RealMatrix b) {
    int n = b.getRowDimension();
    double[][] out = new double[2][];
    for (int axis = 0; axis < 2; axis++) {
      RealVector u = axis == 0 ? null : first(out[0], n);
      RealVector v = new ArrayRealVector(n);
      for (int i = 0; i < n; i++) v.setEntry(i, 1 + (double) i / n);
      v = unit(deflated(v, u));
      for (int it = 0; it < 10_000 && v.getNorm() > 0; it++) {
        RealVector next = unit(deflated(b.operate(v), u));
        boolean done = next.subtract(v).getLInfNorm() < 1e-12;
        v = next;
        if (done) break;
      }
      out[axis] = Arrays.copyOf(v.toArray(), n + 1);
      out[axis][n] = b.operate(v).dotProduct(v);
    }
    return out;
  }

  /**
   * Returns v scaled to length 1, or the zero vector where v is (numerically) zero: a matrix of
   * rank one has no second direction (two topics; points on a line).
   */
  private static RealVector unit(RealVector v) {
    double norm = v.getNorm();
    return norm < 1e-12 ? new ArrayRealVector(v.getDimension()) : v.mapDivide(norm);
  }

  /** Returns v without its component along the unit vector u (v itself when u is null). */
  private static RealVector deflated(RealVector v, RealVector u) {
    return u == null ? v : v.subtract(u.mapMultiply(u.dotProduct(v)));
  }

  private static RealVector first(double[] vectorAndValue, int n) {
    return new ArrayRealVector(Arrays.copyOf(vectorAndValue, n), false);
  }

  /**
   * Returns the relevance of every word to a topic with word distribution {@code phi}, by word
   * (Sievert and Shirley 2014):
   *
   * <pre>
   * relevance(w) = λ · ln φ(w) + (1 − λ) · ln( φ(w) / p(w) ),   −∞ where p(w) = 0
   * </pre>
   */
  static double[] relevance(double[] phi, double[] pw, double lambda) {
    double[] r = new double[phi.length];
    for (int w = 0; w < phi.length; w++) {
      r[w] =
          pw[w] == 0
              ? Double.NEGATIVE_INFINITY
              : lambda * Math.log(phi[w]) + (1 - lambda) * Math.log(phi[w] / pw[w]);
    }
    return r;
  }
}
