package qushi.analytics.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.Table;

/**
 * The result of a stratified comparison: one {@link StratifiedRow} per tested term; significant
 * terms first by p, then the rest by p; ties by |log_ratio| descending, then term.
 *
 * @param rows the rows in that order
 * @param column the manifest column whose values are the strata
 * @param used the strata with text on both sides (they inform the comparison)
 * @param dropped the strata with text on one side only (left out)
 * @param options the settings
 * @param target the target's name
 * @param reference the reference's name
 * @param tested what the whole comparison found, whichever rows this table keeps
 * @param counted what the counts are (see {@link KeynessTable#counted})
 */
public record StratifiedTable(
    List<StratifiedRow> rows,
    String column,
    List<String> used,
    List<String> dropped,
    KeynessOptions options,
    String target,
    String reference,
    Tested tested,
    Counted counted)
    implements Tabular, ComparedRows<StratifiedRow> {

  /** Column name: the Mantel–Haenszel χ² over the dispersion. */
  public static final String CHI2 = "chi2_mh";

  /** Column name: the log ratio of the pooled counts, ignoring strata. */
  public static final String CRUDE_LOG_RATIO = "crude_log_ratio";

  /** Column name: informative strata in which the term occurs. */
  public static final String STRATA = "strata";

  static Comparator<StratifiedRow> ranking(double level) {
    return Comparator.<StratifiedRow>comparingInt(r -> r.significant(level) ? 0 : 1)
        .thenComparingDouble(StratifiedRow::p)
        .thenComparing(
            Comparator.comparingDouble((StratifiedRow r) -> Math.abs(r.logRatio())).reversed())
        .thenComparing(StratifiedRow::term);
  }

  /** Copies the lists. */
  public StratifiedTable {
    rows = List.copyOf(rows);
    used = List.copyOf(used);
    dropped = List.copyOf(dropped);
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(tested, "tested");
    Objects.requireNonNull(counted, "counted");
  }

  /**
   * Returns a copy whose rows are {@code other}, all the comparison tested, tallied again (the same
   * rows with their top documents, say).
   */
  public StratifiedTable retested(List<StratifiedRow> other) {
    return with(other, Tested.of(other, options.level()));
  }

  /** Returns the first {@code n} rows as a new table that still says what the whole test found. */
  public StratifiedTable first(int n) {
    return with(rows.subList(0, Math.min(Math.max(0, n), rows.size())), tested);
  }

  private StratifiedTable with(List<StratifiedRow> other, Tested t) {
    return new StratifiedTable(
        other, column, used, dropped, options, target, reference, t, counted);
  }

  /** Returns a copy whose counts are {@code what}. */
  public StratifiedTable counted(Counted what) {
    return new StratifiedTable(
        rows, column, used, dropped, options, target, reference, tested, what);
  }

  /** Returns the rows as a table with the keyness column names where they mean the same. */
  @Override
  public Table table() {
    return RowColumns.compared(rows, counted)
        .doubles(CHI2, StratifiedRow::chi2)
        .doubles(KeynessTable.P, StratifiedRow::p)
        .doubles(KeynessTable.P_ADJ, StratifiedRow::pAdjusted)
        .text(KeynessTable.DIRECTION, r -> r.direction().name())
        .doubles(KeynessTable.LOG_RATIO_LOWER, StratifiedRow::logRatioLower)
        .doubles(KeynessTable.LOG_RATIO_UPPER, StratifiedRow::logRatioUpper)
        .doubles(KeynessTable.DISPERSION, StratifiedRow::dispersion)
        .doubles(CRUDE_LOG_RATIO, StratifiedRow::crudeLogRatio)
        .ints(STRATA, StratifiedRow::strata)
        .text(KeynessTable.TOP_DOC, StratifiedRow::topDocument)
        .doubles(KeynessTable.TOP_DOC_SHARE, StratifiedRow::topDocumentShare)
        .table("stratified");
  }

  /**
   * Returns a summary line (strata used and dropped, what the whole comparison found) and the first
   * rows.
   */
  @Override
  public String toString() {
    return "StratifiedTable["
        + target
        + " vs "
        + reference
        + " within "
        + column
        + ": "
        + used.size()
        + " strata used "
        + used
        + (dropped.isEmpty() ? "" : ", dropped (one side only) " + dropped)
        + ", "
        + tested.describe(rows.size(), options.level())
        + "]\n"
        + TextTable.preview(table(), TextTable.PREVIEW_CHARS - 200);
  }
}
