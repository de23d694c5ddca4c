package qushi.analytics.compare;

import java.util.Comparator;
import java.util.List;
import qushi.analytics.core.Check;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.Table;

/**
 * The result of a keyness comparison: one {@link KeynessRow} per tested term, in ranking order.
 *
 * <p>Ranking: terms with {@code pAdjusted < level} first, by |z| descending; then the rest by |z|
 * descending; ties break by term. So the head of the table is what is both reliable and strongly
 * skewed, and a rare term with a large but untrustworthy ratio does not crowd it.
 *
 * @param rows the rows in ranking order (copied, unmodifiable)
 * @param targetTokens the target corpus size in tokens
 * @param referenceTokens the reference corpus size in tokens
 * @param alpha0 the prior total α₀ that was used for the z-scores
 * @param options the options of the comparison
 * @param target the name of the target (a period such as {@code 2013..2017}; "" when unnamed)
 * @param reference the name of the reference ({@code rest}, a period; "" when unnamed)
 * @param tested what the whole comparison found, whichever rows this table keeps
 * @param counted what the counts are: term tokens, or occurrences of given terms found by a text
 *     search; it names their columns ({@code target_frequency} or {@code target_count})
 */
public record KeynessTable(
    List<KeynessRow> rows,
    long targetTokens,
    long referenceTokens,
    double alpha0,
    KeynessOptions options,
    String target,
    String reference,
    Tested tested,
    Counted counted)
    implements Tabular, ComparedRows<KeynessRow> {

  /** Column name: the term. */
  public static final String TERM = "term";

  /** Column name: frequency (term tokens) in the target; {@code target_count} for occurrences. */
  public static final String TARGET_FREQUENCY = "target_frequency";

  /** Column name: rate per 10,000 target tokens. */
  public static final String TARGET_PER10K = "target_per10k";

  /**
   * Column name: frequency (term tokens) in the reference; {@code reference_count} for occurrences.
   */
  public static final String REFERENCE_FREQUENCY = "reference_frequency";

  /** Column name: rate per 10,000 reference tokens. */
  public static final String REFERENCE_PER10K = "reference_per10k";

  /** Column name: log₂ ratio of relative frequencies. */
  public static final String LOG_RATIO = "log_ratio";

  /** Column name: log-likelihood statistic G². */
  public static final String G2 = "g2";

  /** Column name: raw p-value. */
  public static final String P = "p";

  /**
   * Column name: adjusted p-value (discrete Benjamini–Hochberg step-down for passage-level tests).
   */
  public static final String P_ADJ = "p_adj";

  /** Column name: weighted log-odds z-score. */
  public static final String Z = "z";

  /** Column name: UP, DOWN or NONE. */
  public static final String DIRECTION = "direction";

  /** Column name: lower end of the 95% interval of the log ratio. */
  public static final String LOG_RATIO_LOWER = "log_ratio_lower";

  /** Column name: upper end of the 95% interval of the log ratio. */
  public static final String LOG_RATIO_UPPER = "log_ratio_upper";

  /** Column name: the overdispersion factor φ that divided G². */
  public static final String DISPERSION = "dispersion";

  /** Column name: the document with most of the term's occurrences. */
  public static final String TOP_DOC = "top_doc";

  /** Column name: that document's share of the term's occurrences. */
  public static final String TOP_DOC_SHARE = "top_doc_share";

  /** The ranking described in the type comment, for a given significance level. */
  static Comparator<KeynessRow> ranking(double level) {
    return Comparator.<KeynessRow>comparingInt(r -> r.significant(level) ? 0 : 1)
        .thenComparing(Comparator.comparingDouble((KeynessRow r) -> Math.abs(r.z())).reversed())
        .thenComparing(KeynessRow::term);
  }

  /** Copies the rows and checks the fields. */
  public KeynessTable {
    rows = List.copyOf(rows);
    Check.notNull(
        "options",
        options,
        "target",
        target,
        "reference",
        reference,
        "tested",
        tested,
        "counted",
        counted);
  }

  /** Returns the unnamed table of a whole comparison: its rows are all it tested. */
  public static KeynessTable of(
      List<KeynessRow> rows,
      long targetTokens,
      long referenceTokens,
      double alpha0,
      KeynessOptions options) {
    return new KeynessTable(
        rows,
        targetTokens,
        referenceTokens,
        alpha0,
        options,
        "",
        "",
        Tested.of(rows, options.level()),
        Counted.FREQUENCY);
  }

  /**
   * Returns a copy whose rows are {@code other}, all the comparison tested, tallied again (the same
   * rows with their top documents, say).
   */
  public KeynessTable retested(List<KeynessRow> other) {
    return with(other, Tested.of(other, options.level()));
  }

  /**
   * Returns a copy that shows other rows of the same comparison (same sizes, settings, names and
   * {@link #tested}).
   */
  public KeynessTable withRows(List<KeynessRow> other) {
    return with(other, tested);
  }

  private KeynessTable with(List<KeynessRow> other, Tested t) {
    return new KeynessTable(
        other, targetTokens, referenceTokens, alpha0, options, target, reference, t, counted);
  }

  /** Returns a copy with the names of target and reference. */
  public KeynessTable named(String targetName, String referenceName) {
    return new KeynessTable(
        rows,
        targetTokens,
        referenceTokens,
        alpha0,
        options,
        targetName,
        referenceName,
        tested,
        counted);
  }

  /** Returns a copy whose counts are {@code what}. */
  public KeynessTable counted(Counted what) {
    return new KeynessTable(
        rows, targetTokens, referenceTokens, alpha0, options, target, reference, tested, what);
  }

  /** Returns the first {@code n} rows (all when fewer) as a new table with the same settings. */
  public KeynessTable first(int n) {
    qushi.analytics.core.Check.atLeast("n", n, 0);
    return withRows(rows.subList(0, Math.min(n, rows.size())));
  }

  /** Returns the rows as a Tablesaw table with the column names defined above, in ranking order. */
  @Override
  public Table table() {
    RowColumns<KeynessRow> t =
        RowColumns.compared(rows, counted)
            .doubles(G2, KeynessRow::g2)
            .doubles(P, KeynessRow::p)
            .doubles(P_ADJ, KeynessRow::pAdjusted)
            .doubles(Z, KeynessRow::z)
            .text(DIRECTION, r -> r.direction().name())
            .doubles(LOG_RATIO_LOWER, KeynessRow::logRatioLower)
            .doubles(LOG_RATIO_UPPER, KeynessRow::logRatioUpper)
            .doubles(DISPERSION, KeynessRow::dispersion);
    if (rows.stream().anyMatch(r -> !r.topDocument().isEmpty())) {
      t.text(TOP_DOC, KeynessRow::topDocument).doubles(TOP_DOC_SHARE, KeynessRow::topDocumentShare);
    }
    return t.table("keyness");
  }

  /** The columns a preview always shows: the term, its direction, effect, evidence and rates. */
  static final List<String> PREVIEW_FIRST =
      List.of(TERM, DIRECTION, LOG_RATIO, P_ADJ, TARGET_PER10K, REFERENCE_PER10K);

  /**
   * Returns a one-line summary of sizes and what the whole comparison found, then the first and
   * last rows, the term's direction, log ratio, p_adj and rates first.
   */
  @Override
  public String toString() {
    return "KeynessTable[target="
        + targetTokens
        + " tokens"
        + (target.isEmpty() ? "" : " in " + target)
        + ", reference="
        + referenceTokens
        + " tokens"
        + (reference.isEmpty() ? "" : " in " + reference)
        + ", "
        + tested.describe(rows.size(), options.level())
        + "]\n"
        + TextTable.preview(table(), PREVIEW_FIRST, TextTable.PREVIEW_CHARS - 160);
  }
}
