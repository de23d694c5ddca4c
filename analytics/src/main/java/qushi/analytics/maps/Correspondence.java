package qushi.analytics.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import qushi.analytics.core.Rows;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.PreparedCorpus;

/**
 * Correspondence analysis of terms × years, drawn as KH Coder draws it: terms and years in one
 * plane, each axis with its share of the inertia.
 *
 * <p><b>Terms.</b> Of the terms seen at least {@code minCount} times, the {@code terms} whose
 * spread over the years departs most from the years' sizes are mapped (KH Coder's "top words by
 * χ²"), ties by term. With n(t, y) the count of term t in year y, n(t) its total, T(y) the term
 * tokens of year y and T their sum:
 *
 * <pre>
 * χ²(t) = Σ_y (n(t, y) − E)² / E,   E = n(t) · T(y) / T
 * </pre>
 *
 * <p><b>Analysis</b> (Greenacre 2007, <i>Correspondence Analysis in Practice</i>, ch. 4 and the
 * computational appendix). For the table N of the chosen terms (rows) × the years in which they
 * occur (columns), with n the grand total:
 *
 * <pre>
 * P = N / n,   r = row sums of P (masses),   c = column sums of P
 * S = D_r^−½ (P − r cᵀ) D_c^−½ = U Σ Vᵀ           (singular value decomposition)
 * λ_k = σ_k²                                       principal inertia of axis k
 * Σ_k λ_k = Σ_ij s_ij² = χ² / n                    total inertia (Pearson χ² of N over n)
 * F = D_r^−½ U Σ    (terms),   G = D_c^−½ V Σ    (years)      principal coordinates
 * quality(i) = (f_i1² + f_i2²) / Σ_k f_ik²         cos² of the point with the plane
 * inertia(i) = r_i Σ_k f_ik² / Σ_k λ_k             the point's share of the total inertia
 * </pre>
 *
 * Both sets are in principal coordinates (the symmetric map): distances between terms and between
 * years are χ² distances between their profiles, while a term and a year are read only by direction
 * from the centre. There are min(rows, columns) − 1 axes. Each axis is oriented so that the years'
 * mass-weighted covariance with it is ≥ 0 (later years to the right and top). The decomposition is
 * commons-math's (pure Java, deterministic): the same corpus gives the same map.
 */
public final class Correspondence {
  /**
   * Singular values below this fraction of the largest, or below this value, are zero (rounding of
   * a table of lower rank).
   */
  static final double RANK_TOLERANCE = 1e-10;

  private Correspondence() {}

  /** Returns the map of the corpus; a corpus that cannot be mapped gives an empty map and why. */
  public static TermMap of(PreparedCorpus a, TermMapOptions options) {
    Counts counts = a.counts();
    Vocabulary vocabulary = a.vocabulary();
    int[] allYears = counts.years();
    int v = counts.terms();
    long[][] byYear = new long[allYears.length][];
    long[] yearTotal = new long[allYears.length];
    for (int y = 0; y < allYears.length; y++) {
      byYear[y] = counts.year(allYears[y]).count();
      for (long x : byYear[y]) yearTotal[y] += x;
    }
    int[] years = positive(yearTotal);
    if (years.length < 2) {
      return TermMap.empty(
          years.length == 1 ? TermMap.Status.ONE_YEAR : TermMap.Status.TOO_FEW_TERMS,
          years.length == 1
              ? "one year (" + allYears[years[0]] + "): no change over time to map"
              : "no terms in the corpus: nothing to map",
          options);
    }
    long grand = 0;
    for (int y : years) grand += yearTotal[y];
    List<double[]> scored = new ArrayList<>(); // {term id, χ²}
    for (int t = 0; t < v; t++) {
      long total = counts.termTotal(t);
      if (total < options.minCount()) continue;
      int seen = 0;
      for (int y : years) seen += byYear[y][t] > 0 ? 1 : 0;
      if (seen < options.minYears()) continue;
      double chi2 = 0;
      for (int y : years) {
        double e = (double) total * yearTotal[y] / grand;
        double d = byYear[y][t] - e;
        chi2 += d * d / e;
      }
      scored.add(new double[] {t, chi2});
    }
    scored.sort(
        Comparator.<double[]>comparingDouble(s -> -s[1])
            .thenComparing(s -> vocabulary.term((int) s[0])));
    int n = Math.min(options.terms(), scored.size());
    if (n < 3) {
      return TermMap.empty(
          TermMap.Status.TOO_FEW_TERMS,
          "too few terms for a map: "
              + scored.size()
              + " seen at least "
              + options.minCount()
              + " times in "
              + options.minYears()
              + (options.minYears() == 1 ? " year" : " years"),
          options);
    }
    String[] terms = new String[n];
    double[][] table = new double[n][years.length];
    long[] columnTotal = new long[years.length];
    for (int i = 0; i < n; i++) {
      int t = (int) scored.get(i)[0];
      terms[i] = vocabulary.term(t);
      for (int j = 0; j < years.length; j++) {
        table[i][j] = byYear[years[j]][t];
        columnTotal[j] += byYear[years[j]][t];
      }
    }
    // years in which none of the chosen terms occurs have no mass and leave the table
    int[] kept = positive(columnTotal);
    if (kept.length < 2) {
      return TermMap.empty(
          TermMap.Status.ONE_YEAR,
          "the chosen terms occur in one year only: no change over time to map",
          options);
    }
    double[][] compact = new double[n][kept.length];
    double[] yearValue = new double[kept.length];
    String[] yearLabels = new String[kept.length];
    for (int j = 0; j < kept.length; j++) {
      yearValue[j] = allYears[years[kept[j]]];
      yearLabels[j] = Integer.toString(allYears[years[kept[j]]]);
      for (int i = 0; i < n; i++) compact[i][j] = table[i][kept[j]];
    }
    Solution s = solve(compact, yearValue);
    if (s.sigma().length == 0 || s.sigma()[0] == 0) {
      return TermMap.empty(
          TermMap.Status.NO_SPREAD,
          "the chosen terms are spread over the years exactly as the years' sizes: nothing to map",
          options);
    }
    return map(s, terms, yearLabels, options);
  }

  /**
   * The decomposition of a table.
   *
   * @param n the table's total
   * @param chi2 Pearson's χ² of the table, from expected counts
   * @param rowMass r
   * @param columnMass c
   * @param rowCount row totals
   * @param columnCount column totals
   * @param sigma the singular values of every axis, largest first (zeros past the rank)
   * @param rows F, principal coordinates of the rows, one array per row
   * @param columns G, principal coordinates of the columns
   */
  record Solution(
      double n,
      double chi2,
      double[] rowMass,
      double[] columnMass,
      double[] rowCount,
      double[] columnCount,
      double[] sigma,
      double[][] rows,
      double[][] columns) {}

  /**
   * Returns the correspondence analysis of {@code table} (rows × columns of counts, every row and
   * column total &gt; 0); {@code columnValue} orients the axes (the years).
   */
  static Solution solve(double[][] table, double[] columnValue) {
    int rows = table.length;
    int cols = table[0].length;
    double n = 0;
    double[] rowCount = new double[rows];
    double[] colCount = new double[cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        n += table[i][j];
        rowCount[i] += table[i][j];
        colCount[j] += table[i][j];
      }
    }
    double[] r = new double[rows];
    double[] c = new double[cols];
    for (int i = 0; i < rows; i++) r[i] = rowCount[i] / n;
    for (int j = 0; j < cols; j++) c[j] = colCount[j] / n;
    double[][] s = new double[rows][cols];
    double chi2 = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double p = table[i][j] / n;
        s[i][j] = (p - r[i] * c[j]) / Math.sqrt(r[i] * c[j]);
        double e = rowCount[i] * colCount[j] / n;
        chi2 += (table[i][j] - e) * (table[i][j] - e) / e;
      }
    }
    int axes = Math.min(rows, cols) - 1;
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(s));
    double[] all = svd.getSingularValues();
    RealMatrix u = svd.getU();
    RealMatrix vt = svd.getV();
    double[] sigma = new double[axes];
    double[][] f = new double[rows][axes];
    double[][] g = new double[cols][axes];
    double mean = 0;
    for (int j = 0; j < cols; j++) mean += c[j] * columnValue[j];
    for (int k = 0; k < axes; k++) {
      if (all[k] <= RANK_TOLERANCE * all[0] || all[k] <= RANK_TOLERANCE) continue;
      sigma[k] = all[k];
      // orientation: the years' covariance with the axis; an axis symmetric in time (covariance
      // zero up to rounding) points its first clearly non-zero column coordinate to the right
      double orient = 0;
      double scale = 0;
      double first = 0;
      for (int j = 0; j < cols; j++) {
        double x = Math.sqrt(c[j]) * (columnValue[j] - mean) * vt.getEntry(j, k);
        orient += x;
        scale += Math.abs(x);
        if (first == 0 && Math.abs(vt.getEntry(j, k)) > 1e-9) first = vt.getEntry(j, k);
      }
      if (Math.abs(orient) <= 1e-9 * scale) orient = 0;
      double sign = orient < 0 || (orient == 0 && first < 0) ? -1 : 1;
      for (int i = 0; i < rows; i++) f[i][k] = sign * u.getEntry(i, k) * sigma[k] / Math.sqrt(r[i]);
      for (int j = 0; j < cols; j++)
        g[j][k] = sign * vt.getEntry(j, k) * sigma[k] / Math.sqrt(c[j]);
    }
    return new Solution(n, chi2, r, c, rowCount, colCount, sigma, f, g);
  }

  private static TermMap map(Solution s, String[] terms, String[] years, TermMapOptions options) {
    double total = 0;
    for (double x : s.sigma()) total += x * x;
    List<TermMap.Axis> axes = new ArrayList<>();
    double cumulative = 0;
    for (int k = 0; k < s.sigma().length; k++) {
      double lambda = s.sigma()[k] * s.sigma()[k];
      double share = 100 * lambda / total;
      cumulative += share;
      axes.add(new TermMap.Axis(k + 1, s.sigma()[k], lambda, share, cumulative));
    }
    List<TermMap.Point> points = new ArrayList<>();
    for (int i = 0; i < terms.length; i++)
      points.add(
          point(TermMap.TERM, terms[i], s.rowCount()[i], s.rowMass()[i], s.rows()[i], total));
    for (int j = 0; j < years.length; j++) {
      points.add(
          point(
              TermMap.YEAR,
              years[j],
              s.columnCount()[j],
              s.columnMass()[j],
              s.columns()[j],
              total));
    }
    boolean oneAxis = s.sigma().length == 1;
    return new TermMap(
        Rows.of("term_map", TermMap.Point.class, points),
        Rows.of("term_map_axes", TermMap.Axis.class, axes),
        Math.round(s.n()),
        s.chi2(),
        oneAxis ? TermMap.Status.ONE_AXIS : TermMap.Status.MAPPED,
        oneAxis ? "two years: the map has one axis" : "",
        options);
  }

  private static TermMap.Point point(
      String kind, String label, double count, double mass, double[] f, double total) {
    double d2 = 0;
    for (double x : f) d2 += x * x;
    double x = f[0];
    double y = f.length > 1 ? f[1] : 0;
    return new TermMap.Point(
        kind,
        label,
        Math.round(count),
        mass,
        x,
        y,
        d2 == 0 ? 0 : (x * x + y * y) / d2,
        mass * d2 / total);
  }

  /** Returns the indices of the positive values, ascending. */
  private static int[] positive(long[] values) {
    return IntStream.range(0, values.length).filter(i -> values[i] > 0).toArray();
  }
}
