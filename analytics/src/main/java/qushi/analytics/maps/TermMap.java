package qushi.analytics.maps;

import java.util.List;
import qushi.analytics.core.Check;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import tech.tablesaw.api.Table;

/**
 * A correspondence analysis of terms × years ({@link Correspondence}): terms and years as points of
 * one plane (the first two axes, both in principal coordinates), and every axis with its share of
 * the total inertia. It prints as its points; a corpus that cannot be mapped (one year, fewer than
 * 3 terms, terms spread like the years) gives an empty map with the reason in {@link #note()}.
 *
 * @param points the terms (in the order they were chosen: largest χ² first), then the years
 * @param axes every axis of the table, largest inertia first
 * @param total the number of term occurrences in the table (n)
 * @param chi2 the table's Pearson χ² (= n · total inertia)
 * @param status whether the map was drawn, and if not, why
 * @param note why the map is empty, or "" (or what limits it: "two years: one axis"; the years
 *     drawn as supplementary points)
 * @param options the settings
 */
public record TermMap(
    Rows<Point> points,
    Rows<Axis> axes,
    long total,
    double chi2,
    Status status,
    String note,
    TermMapOptions options)
    implements Tabular {

  /** Whether a map was drawn, and if not, why (the note says it in words). */
  public enum Status {
    /** Terms and years on two axes. */
    MAPPED,
    /** Two years: the map has one axis (dim2 is 0). */
    ONE_AXIS,
    /** One year, or the chosen terms occur in one year only: no change over time. */
    ONE_YEAR,
    /** Fewer than 3 terms pass minCount and minYears. */
    TOO_FEW_TERMS,
    /** The chosen terms are spread over the years exactly as the years' sizes. */
    NO_SPREAD
  }

  /** The kind of a term point. */
  public static final String TERM = "term";

  /** The kind of a year point. */
  public static final String YEAR = "year";

  /**
   * One point of the map.
   *
   * @param kind {@value #TERM} or {@value #YEAR}
   * @param label the term, or the year as text
   * @param frequency the term tokens in its row (a term over the years) or column (the map's terms
   *     in a year)
   * @param mass its share of the analysed table's total (r_i or c_j); 0 for a supplementary year
   * @param dim1 its principal coordinate on axis 1
   * @param dim2 its principal coordinate on axis 2 (0 when the table has one axis)
   * @param quality the share of its squared χ² distance to the centre that the plane shows (cos²)
   * @param inertia its share of the total inertia (0 for a supplementary year)
   * @param supplementary whether it is a year placed on the axes of the other years (a small year
   *     that alone made half of axis 1 or 2; {@link Correspondence}) rather than one they were
   *     found from
   */
  public record Point(
      String kind,
      String label,
      long frequency,
      double mass,
      double dim1,
      double dim2,
      double quality,
      double inertia,
      boolean supplementary) {}

  /**
   * One axis.
   *
   * @param axis 1 for the first
   * @param singularValue σ_k
   * @param inertia the principal inertia λ_k = σ_k²
   * @param share λ_k over the total inertia, in percent
   * @param cumulative the shares of axes 1 … k, in percent
   */
  public record Axis(
      int axis, double singularValue, double inertia, double share, double cumulative) {}

  /** Checks the parts. */
  public TermMap {
    Check.notNull(
        "points", points, "axes", axes, "status", status, "note", note, "options", options);
  }

  /** Returns an empty map whose reason is {@code status}, in words {@code note}. */
  static TermMap empty(Status status, String note, TermMapOptions options) {
    return new TermMap(
        Rows.of("term_map", Point.class, List.of()),
        Rows.of("term_map_axes", Axis.class, List.of()),
        0,
        0,
        status,
        note,
        options);
  }

  /** Returns whether the map has no points (see {@link #note()}). */
  public boolean isEmpty() {
    return points.size() == 0;
  }

  /** Returns the total inertia, the sum of the axes' principal inertias (χ² / n). */
  public double totalInertia() {
    return axes.list().stream().mapToDouble(Axis::inertia).sum();
  }

  /** Returns the share of axis {@code k} (1-based) in percent, 0 when there is no such axis. */
  public double share(int k) {
    return k >= 1 && k <= axes.size() ? axes.get(k - 1).share() : 0;
  }

  /** Returns the term points. */
  public Rows<Point> terms() {
    return points.where(p -> p.kind().equals(TERM));
  }

  /** Returns the year points. */
  public Rows<Point> years() {
    return points.where(p -> p.kind().equals(YEAR));
  }

  /** Returns the points as a table. */
  @Override
  public Table table() {
    return points.table();
  }

  /** Returns the points as aligned text, or the note when the map is empty. */
  @Override
  public String toString() {
    return isEmpty() ? "TermMap[empty: " + note + "]" : points.toString();
  }
}
