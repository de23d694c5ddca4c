package qushi.analytics.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How numbers are shown to a person (terminal tables, the report, jshell): rounded by what the
 * column means, never in 17 digits. Files meant for further computation keep full precision ({@link
 * #exact}).
 *
 * <pre>
 * p-values (p, p_adj, p_*)              2 significant digits; below 0.001 as 1.2e-05; more digits
 *                                       where 2 would round a p up to a conventional level it is
 *                                       under (0.1, 0.05, 0.01, 0.001): 0.0496, not 0.05
 * rates (per10k, lower, upper, …)       1 decimal (below 0.05 but not 0: 1 significant digit)
 * everything else that is fractional    3 significant digits, at most 4 decimals (log ratios and
 *                                       their bounds, log_ratio_lower, among them)
 * whole numbers                         as integers
 * </pre>
 */
public final class Display {
  private Display() {}

  /** Returns the first {@code max} of {@code named}, "…" after them when there are more. */
  public static String first(List<String> named, int max) {
    List<String> shown = new ArrayList<>(named.subList(0, Math.min(max, named.size())));
    if (named.size() > max) shown.add("…");
    return String.join(", ", shown);
  }

  /** Returns {@code value} of column {@code column} rounded for display. */
  public static String format(String column, double value) {
    if (!Double.isFinite(value)) return Double.isNaN(value) ? "" : value > 0 ? "∞" : "-∞";
    if (isP(column)) return pValue(value);
    if (isRate(column)) {
      // a rate that one decimal would show as 0.0 is shown to one significant digit: 0.04, not
      // a zero beside a count of 1
      return value != 0 && Math.abs(value) < 0.05 ? significant(value, 1) : decimals(value, 1);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
    return significant(value, 3);
  }

  /**
   * Returns the name column {@code c} of a table with these column names is formatted by: its own,
   * but a bare {@code lower} or {@code upper} bound takes that of the estimate before it — a rate
   * per 10k ({@code per10k, lower, upper}) or a share ({@code prevalence, lower, upper}), so a
   * bound is never rounder than what it bounds.
   */
  public static String formatColumn(java.util.List<String> names, int c) {
    int k = c;
    while (k > 0 && (names.get(k).equals("lower") || names.get(k).equals("upper"))) k--;
    return names.get(k);
  }

  /** Returns whether a column holds p-values. */
  public static boolean isP(String column) {
    return column.equals("p") || column.startsWith("p_") || column.endsWith("_p");
  }

  /**
   * Returns whether a column holds rates per 10,000 tokens or their interval bounds; the bounds of
   * a log ratio ({@code log_ratio_lower}) are shown as the log ratio is, so that a bound of 0.04 on
   * a significant term does not read 0.0.
   */
  public static boolean isRate(String column) {
    return column.contains("per10k")
        || (!column.startsWith("log_ratio")
            && (column.endsWith("lower") || column.endsWith("upper")));
  }

  /** The levels a p-value is conventionally read against. */
  private static final double[] LEVELS = {0.1, 0.05, 0.01, 0.001};

  /**
   * Returns a p-value to 2 significant digits, or to as many more as it takes to stay under each
   * conventional level ({@link #LEVELS}) it is under: rounded to 2 digits, 0.0496 would read 0.05,
   * and a reader who keeps the rows with p under 0.05 would lose a significant term.
   */
  public static String pValue(double value) {
    String shown = significant(value, 2);
    // the digits a p this close to a level needs are not capped at four decimals (0.049962)
    for (int digits = 3; digits <= 17 && roundsUpToLevel(value, shown); digits++) {
      shown = significant(value, digits, Integer.MAX_VALUE);
    }
    return shown;
  }

  /** Returns whether {@code shown} is at or over a level that {@code value} is under. */
  private static boolean roundsUpToLevel(double value, String shown) {
    double read = Double.parseDouble(shown);
    for (double level : LEVELS) if (value < level && read >= level) return true;
    return false;
  }

  /** Returns {@code value} with {@code n} decimals, trailing zeros kept ("3.0"). */
  public static String decimals(double value, int n) {
    String s = String.format(Locale.ROOT, "%." + n + "f", value);
    return s.startsWith("-") && s.matches("-0\\.?0*") ? s.substring(1) : s;
  }

  /**
   * Returns {@code value} to {@code digits} significant digits: plain between 0.001 and 10^7 (at
   * most 4 decimals), scientific outside.
   */
  public static String significant(double value, int digits) {
    return significant(value, digits, 4);
  }

  /** Returns {@link #significant(double, int)} with at most {@code decimals} plain decimals. */
  private static String significant(double value, int digits, int decimals) {
    if (value == 0) return "0";
    double a = Math.abs(value);
    if (a < 1e-3 || a >= 1e7) return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
    BigDecimal d = new BigDecimal(value).round(new MathContext(digits));
    if (d.scale() > decimals) d = d.setScale(decimals, java.math.RoundingMode.HALF_EVEN);
    String s = d.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** Returns the shortest decimal that reads back as the same double (for files). */
  public static String exact(double value) {
    if (!Double.isFinite(value)) return Double.toString(value);
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
    double a = Math.abs(value);
    if (a >= 1e-4 && a < 1e15) return new BigDecimal(Double.toString(value)).toPlainString();
    return Double.toString(value);
  }
}
