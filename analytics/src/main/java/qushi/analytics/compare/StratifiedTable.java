package qushi.analytics.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
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
 */
public record StratifiedTable(
    List<StratifiedRow> rows,
    String column,
    List<String> used,
    List<String> dropped,
    KeynessOptions options,
    String target,
    String reference)
    implements Tabular {

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
  }

  /** Returns the number of rows. */
  public int size() {
    return rows.size();
  }

  /** Returns the significant rows, in order. */
  public List<StratifiedRow> significant() {
    return rows.stream().filter(r -> r.significant(options.level())).toList();
  }

  /** Returns the row of a term, or empty when the term was not tested. */
  public Optional<StratifiedRow> row(String term) {
    return rows.stream().filter(r -> r.term().equals(term)).findFirst();
  }

  /** Returns the first {@code n} rows as a new table. */
  public StratifiedTable first(int n) {
    return new StratifiedTable(
        rows.subList(0, Math.min(Math.max(0, n), rows.size())),
        column,
        used,
        dropped,
        options,
        target,
        reference);
  }

  /** Returns the rows as a table with the keyness column names where they mean the same. */
  @Override
  public Table table() {
    StringColumn term = StringColumn.create(KeynessTable.TERM);
    LongColumn tc = LongColumn.create(KeynessTable.TARGET_COUNT);
    DoubleColumn tr = DoubleColumn.create(KeynessTable.TARGET_PER10K);
    LongColumn rc = LongColumn.create(KeynessTable.REFERENCE_COUNT);
    DoubleColumn rr = DoubleColumn.create(KeynessTable.REFERENCE_PER10K);
    DoubleColumn lr = DoubleColumn.create(KeynessTable.LOG_RATIO);
    DoubleColumn chi2 = DoubleColumn.create(CHI2);
    DoubleColumn p = DoubleColumn.create(KeynessTable.P);
    DoubleColumn padj = DoubleColumn.create(KeynessTable.P_ADJ);
    StringColumn direction = StringColumn.create(KeynessTable.DIRECTION);
    DoubleColumn lower = DoubleColumn.create(KeynessTable.LOG_RATIO_LOWER);
    DoubleColumn upper = DoubleColumn.create(KeynessTable.LOG_RATIO_UPPER);
    DoubleColumn dispersion = DoubleColumn.create(KeynessTable.DISPERSION);
    DoubleColumn crude = DoubleColumn.create(CRUDE_LOG_RATIO);
    IntColumn strata = IntColumn.create(STRATA);
    StringColumn topDoc = StringColumn.create(KeynessTable.TOP_DOC);
    DoubleColumn topShare = DoubleColumn.create(KeynessTable.TOP_DOC_SHARE);
    for (StratifiedRow r : rows) {
      term.append(r.term());
      tc.append(r.targetCount());
      tr.append(r.targetPer10k());
      rc.append(r.referenceCount());
      rr.append(r.referencePer10k());
      lr.append(r.logRatio());
      chi2.append(r.chi2());
      p.append(r.p());
      padj.append(r.pAdjusted());
      direction.append(r.direction().name());
      lower.append(r.logRatioLower());
      upper.append(r.logRatioUpper());
      dispersion.append(r.dispersion());
      crude.append(r.crudeLogRatio());
      strata.append(r.strata());
      topDoc.append(r.topDocument());
      topShare.append(r.topDocumentShare());
    }
    return Table.create(
        "stratified",
        term,
        tc,
        tr,
        rc,
        rr,
        lr,
        chi2,
        p,
        padj,
        direction,
        lower,
        upper,
        dispersion,
        crude,
        strata,
        topDoc,
        topShare);
  }

  /** Returns a summary line (strata used and dropped, significant terms) and the first rows. */
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
        + ", terms="
        + rows.size()
        + ", significant="
        + significant().size()
        + "]\n"
        + TextTable.preview(table(), TextTable.PREVIEW_CHARS - 200);
  }

  /** Prints every row. */
  public void show() {
    System.out.print(TextTable.of(table()));
  }
}
