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
    List<double[]> scored = scored(years, byYear, yearTotal, v, vocabulary, options);
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
    long[] columnTotal = new long[years.length];
    for (int i = 0; i < n; i++) {
      int t = (int) scored.get(i)[0];
      for (int j = 0; j < years.length; j++) columnTotal[j] += byYear[years[j]][t];
    }
    // years in which none of the chosen terms occurs have no mass and leave the table
    int[] kept = positive(columnTotal);
    if (kept.length < 2) {
      return TermMap.empty(
          TermMap.Status.ONE_YEAR,
          "the chosen terms occur in one year only: no change over time to map",
          options);
    }
    int[] keptYears = new int[kept.length];
    double[] yearValue = new double[kept.length];
    String[] yearLabels = new String[kept.length];
    for (int j = 0; j < kept.length; j++) {
      keptYears[j] = years[kept[j]];
      yearValue[j] = allYears[keptYears[j]];
      yearLabels[j] = Integer.toString(allYears[keptYears[j]]);
    }
    String[] terms = names(scored, n, vocabulary);
    double[][] compact = table(scored, n, keptYears, byYear);
    Solution s = solve(compact, yearValue);
    if (s.sigma().length == 0 || s.sigma()[0] == 0) {
      return TermMap.empty(
          TermMap.Status.NO_SPREAD,
          "the chosen terms are spread over the years exactly as the years' sizes: nothing to map",
          options);
    }
    // a small year unlike all the others can make an axis alone (one odd report among fifty): it
    // is placed on the axes of the other years instead of making one
    boolean[] activeTerm = new boolean[n];
    boolean[] activeYear = new boolean[kept.length];
    java.util.Arrays.fill(activeTerm, true);
    java.util.Arrays.fill(activeYear, true);
    List<String> notes = new ArrayList<>();
    // per supplementary year, the chosen terms it alone held (said only if the terms stay)
    List<String> leftOut = new ArrayList<>();
    // at most a fifth of the years: a table whose every year is unlike the others has no outliers
    for (int[] o = outlier(s);
        o != null && count(activeYear) - 1 >= 0.8 * kept.length;
        o = outlier(s)) {
      int j = index(activeYear, o[0]);
      boolean[] termsLeft = activeTerm.clone();
      for (int i = 0; i < n; i++) {
        double left = 0;
        for (int jj = 0; jj < kept.length; jj++) {
          if (activeYear[jj] && jj != j) left += compact[i][jj];
        }
        if (left == 0) termsLeft[i] = false;
      }
      if (count(termsLeft) < 3) break;
      activeYear[j] = false;
      double share = 100 * s.columnMass()[o[0]];
      int dropped = count(activeTerm) - count(termsLeft);
      activeTerm = termsLeft;
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "%s is a supplementary point: it alone made %.0f%% of axis %d with %.1f%% of the"
                  + " occurrences",
              yearLabels[j],
              100.0 * o[2] / 1000,
              o[1] + 1,
              share));
      leftOut.add(
          dropped == 0
              ? ""
              : "; " + dropped + (dropped == 1 ? " term" : " terms") + " seen only there left out");
      s = solve(select(compact, activeTerm, activeYear), select(yearValue, activeYear));
    }
    if (count(activeYear) < kept.length) {
      // the terms are chosen again from the years that make the axes: a term the supplementary
      // year alone made frequent (or unevenly spread) is no term of the map, and a term's
      // frequency, the minimum count included, is that of those years
      List<double[]> again =
          scored(select(keptYears, activeYear), byYear, yearTotal, v, vocabulary, options);
      int m = Math.min(options.terms(), again.size());
      double[][] table = again.size() >= 3 ? table(again, m, keptYears, byYear) : null;
      // only where every year that makes the axes holds some of the terms chosen again: a year of
      // none would have no profile (0 / 0)
      if (table != null && massInEvery(table, activeYear)) {
        leftOut.clear();
        notes.add("the terms are chosen from the other years");
        n = m;
        terms = names(again, n, vocabulary);
        compact = table;
        activeTerm = new boolean[n];
        java.util.Arrays.fill(activeTerm, true);
        s = solve(select(compact, activeTerm, activeYear), select(yearValue, activeYear));
      }
    }
    for (int i = 0; i < leftOut.size(); i++) notes.set(i, notes.get(i) + leftOut.get(i));
    return map(
        s, compact, activeTerm, activeYear, terms, yearLabels, String.join("; ", notes), options);
  }

  /**
   * Returns the terms seen at least minCount times in the {@code years} (indices of the counts'
   * years), in at least minYears of them, each as {term id, χ²} of its spread over those years
   * against their sizes, largest χ² first, ties by term.
   */
  private static List<double[]> scored(
      int[] years,
      long[][] byYear,
      long[] yearTotal,
      int v,
      Vocabulary vocabulary,
      TermMapOptions options) {
    long grand = 0;
    for (int y : years) grand += yearTotal[y];
    List<double[]> scored = new ArrayList<>(); // {term id, χ²}
    for (int t = 0; t < v; t++) {
      long total = 0;
      int seen = 0;
      for (int y : years) {
        total += byYear[y][t];
        seen += byYear[y][t] > 0 ? 1 : 0;
      }
      if (total < options.minCount() || seen < options.minYears()) continue;
      double chi2 = 0;
      for (int y : years) {
        double e = (double) total * yearTotal[y] / grand;
        double d = byYear[y][t] - e;
        chi2 += d * d / e;
      }
      scored.add(new double[] {t, chi2});
    }
    scored.sort(
        Comparator.<double[]>comparingDouble(x -> -x[1])
            .thenComparing(x -> vocabulary.term((int) x[0])));
    return scored;
  }

  /** Returns whether every column of {@code table} marked in {@code columns} has a positive sum. */
  static boolean massInEvery(double[][] table, boolean[] columns) {
    for (int j = 0; j < columns.length; j++) {
      if (!columns[j]) continue;
      double sum = 0;
      for (double[] row : table) sum += row[j];
      if (sum <= 0) return false;
    }
    return true;
  }

  /** Singular values of a table of so many years or more may be made by one year alone. */
  static final int OUTLIER_MIN_YEARS = 5;

  /** The share of an axis's inertia that makes a year an outlier, with little of the mass. */
  static final double OUTLIER_CONTRIBUTION = 0.5;

  /** How many times its share of the mass an outlier's share of an axis is at least. */
  static final double OUTLIER_LEVERAGE = 10;

  /**
   * Returns the year that alone makes at least {@link #OUTLIER_CONTRIBUTION} of axis 1 or 2, and at
   * least {@link #OUTLIER_LEVERAGE} times its share of the mass (a rare point: Greenacre 2007, ch.
   * 11), when the table has {@link #OUTLIER_MIN_YEARS} years or more: the largest such contribution
   * c_j g_jk² / λ_k, as {column, axis (0 or 1), contribution in thousandths}, or null.
   */
  private static int[] outlier(Solution s) {
    int years = s.columns().length;
    if (years < OUTLIER_MIN_YEARS || s.sigma().length < 2) return null;
    int[] best = null;
    double most = OUTLIER_CONTRIBUTION;
    for (int k = 0; k < 2; k++) {
      double lambda = s.sigma()[k] * s.sigma()[k];
      if (lambda == 0) continue;
      for (int j = 0; j < years; j++) {
        double c = s.columnMass()[j];
        double ctr = c * s.columns()[j][k] * s.columns()[j][k] / lambda;
        if (ctr >= OUTLIER_LEVERAGE * c && ctr >= most && (best == null || ctr > most)) {
          most = ctr;
          best = new int[] {j, k, (int) Math.round(1000 * ctr)};
        }
      }
    }
    return best;
  }

  /** Returns the position among all of the {@code k}-th active entry (0-based). */
  private static int index(boolean[] active, int k) {
    for (int i = 0, seen = 0; i < active.length; i++) {
      if (active[i] && seen++ == k) return i;
    }
    throw new IllegalArgumentException("no active entry " + k);
  }

  private static int count(boolean[] b) {
    int c = 0;
    for (boolean x : b) if (x) c++;
    return c;
  }

  /** Returns the rows and columns of {@code table} that are active. */
  private static double[][] select(double[][] table, boolean[] rows, boolean[] columns) {
    double[][] out = new double[count(rows)][];
    for (int i = 0, r = 0; i < table.length; i++) {
      if (rows[i]) out[r++] = select(table[i], columns);
    }
    return out;
  }

  /** Returns the active values. */
  private static double[] select(double[] values, boolean[] active) {
    double[] out = new double[count(active)];
    for (int i = 0, k = 0; i < values.length; i++) if (active[i]) out[k++] = values[i];
    return out;
  }

  /** Returns the active values. */
  private static int[] select(int[] values, boolean[] active) {
    int[] out = new int[count(active)];
    for (int i = 0, k = 0; i < values.length; i++) if (active[i]) out[k++] = values[i];
    return out;
  }

  /** Returns the terms of the first {@code n} of the {@code chosen} ({term id, χ²}). */
  private static String[] names(List<double[]> chosen, int n, Vocabulary vocabulary) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) out[i] = vocabulary.term((int) chosen.get(i)[0]);
    return out;
  }

  /**
   * Returns the counts of the first {@code n} of the {@code chosen} terms ({term id, χ²}, rows) in
   * the {@code years} (indices of the counts' years, columns).
   */
  private static double[][] table(List<double[]> chosen, int n, int[] years, long[][] byYear) {
    double[][] out = new double[n][years.length];
    for (int i = 0; i < n; i++) {
      int t = (int) chosen.get(i)[0];
      for (int j = 0; j < years.length; j++) out[i][j] = byYear[years[j]][t];
    }
    return out;
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

  /**
   * Returns the map of solution {@code s} of the active rows and columns of {@code table}: the
   * active terms, then every year in time order, the inactive ones (supplementary) placed by the
   * transition formula from the active terms' standard coordinates, g_jk = Σ_i (n_ij / n_j) f_ik /
   * σ_k over the active terms (Greenacre 2007, ch. 12).
   */
  private static TermMap map(
      Solution s,
      double[][] table,
      boolean[] activeTerm,
      boolean[] activeYear,
      String[] terms,
      String[] years,
      String note,
      TermMapOptions options) {
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
    for (int i = 0, a = 0; i < terms.length; i++) {
      if (!activeTerm[i]) continue;
      points.add(
          point(TermMap.TERM, terms[i], s.rowCount()[a], s.rowMass()[a], s.rows()[a], total));
      a++;
    }
    for (int j = 0, a = 0; j < years.length; j++) {
      if (activeYear[j]) {
        points.add(
            point(
                TermMap.YEAR,
                years[j],
                s.columnCount()[a],
                s.columnMass()[a],
                s.columns()[a],
                total));
        a++;
        continue;
      }
      // the year's profile over the active terms, and its squared χ² distance to their centroid
      double m = 0;
      for (int i = 0; i < terms.length; i++) if (activeTerm[i]) m += table[i][j];
      if (m == 0) continue;
      double[] g = new double[s.sigma().length];
      double d2 = 0;
      for (int i = 0, r = 0; i < terms.length; i++) {
        if (!activeTerm[i]) continue;
        double profile = table[i][j] / m;
        double rowMass = s.rowMass()[r];
        d2 += (profile - rowMass) * (profile - rowMass) / rowMass;
        for (int k = 0; k < g.length; k++) {
          if (s.sigma()[k] > 0) g[k] += profile * s.rows()[r][k] / s.sigma()[k];
        }
        r++;
      }
      double x = g[0];
      double y = g.length > 1 ? g[1] : 0;
      points.add(
          new TermMap.Point(
              TermMap.YEAR,
              years[j],
              Math.round(m),
              0,
              x,
              y,
              d2 == 0 ? 0 : (x * x + y * y) / d2,
              0,
              true));
    }
    boolean oneAxis = s.sigma().length == 1;
    return new TermMap(
        Rows.of("term_map", TermMap.Point.class, points),
        Rows.of("term_map_axes", TermMap.Axis.class, axes),
        Math.round(s.n()),
        s.chi2(),
        oneAxis ? TermMap.Status.ONE_AXIS : TermMap.Status.MAPPED,
        oneAxis ? "two years: the map has one axis" : note,
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
        mass * d2 / total,
        false);
  }

  /** Returns the indices of the positive values, ascending. */
  private static int[] positive(long[] values) {
    return IntStream.range(0, values.length).filter(i -> values[i] > 0).toArray();
  }
}
