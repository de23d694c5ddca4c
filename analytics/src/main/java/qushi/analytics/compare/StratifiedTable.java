package qushi.analytics.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.Table;

/**
 * The result of a stratified comparison: one {@link StratifiedRow} per tested term; significant
 * terms first by p, then the rest by p; ties by |log_ratio| descending, then term.
 *
 * @param rows the rows in that order
 * @param column the manifest column whose values are the strata
 * @param compared the strata with text on both sides (they inform the comparison), with the years
 *     of their text on each side
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
    List<Years> compared,
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
    compared = List.copyOf(compared);
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
        other, column, compared, dropped, options, target, reference, t, counted);
  }

  /**
   * Returns how many rows' rates per 10,000 tokens, which pool the strata, point against their
   * direction within the strata (UP with a lower pooled target rate, DOWN with a higher): where the
   * mix of strata differs between the periods, the pooled rates can reverse the change within each
   * (Simpson's paradox).
   */
  public long againstPooledRates() {
    return rows.stream()
        .filter(
            r ->
                r.direction() == Direction.UP && r.targetPer10k() < r.referencePer10k()
                    || r.direction() == Direction.DOWN && r.targetPer10k() > r.referencePer10k())
        .count();
  }

  /** Returns the names of the strata with text on both sides, in the order of {@link #compared}. */
  public List<String> used() {
    return compared.stream().map(Years::stratum).toList();
  }

  /** Returns the strata with text on both sides and their years: "[a (2021 → 2024), b (…)]". */
  public String comparedText() {
    return compared.stream()
        .map(y -> y.stratum() + " (" + y.text() + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * The years of a stratum's text on each side of the comparison: within a stratum the periods may
   * cover fewer years than they name (a source that starts in the last two years of the earlier
   * period compares those two years with the later period).
   *
   * @param stratum the stratum's value
   * @param reference the years with text of the stratum in the reference period, ascending
   * @param target the same in the target period
   */
  public record Years(String stratum, List<Integer> reference, List<Integer> target) {
    /** Copies the lists. */
    public Years {
      reference = List.copyOf(reference);
      target = List.copyOf(target);
    }

    /**
     * Returns the years of each side as a period's label writes them, "2008..2009 → 2010..2022".
     */
    public String text() {
      return label(reference) + " → " + label(target);
    }

    private static String label(List<Integer> years) {
      return Period.label(years.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** Returns a copy whose counts are {@code what}. */
  public StratifiedTable counted(Counted what) {
    return new StratifiedTable(
        rows, column, compared, dropped, options, target, reference, tested, what);
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
        + compared.size()
        + " strata used "
        + comparedText()
        + (dropped.isEmpty() ? "" : ", dropped (one side only) " + dropped)
        + ", "
        + tested.describe(rows.size(), options.level())
        + "]\n"
        + TextTable.preview(table(), KeynessTable.PREVIEW_FIRST, TextTable.PREVIEW_CHARS - 200);
  }
}
