package qushi.analytics.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.Table;

/**
 * The trend of every tested term within strata ({@link StratifiedTrend}): significant terms first
 * by p, then the rest by p; ties by |change per year| descending, then term.
 *
 * @param rows the rows in that order
 * @param column the manifest column whose values are the strata
 * @param used the strata whose text spans two years or more, with those years
 * @param dropped the strata whose text lies in one year (left out)
 * @param options the settings
 * @param counted what the counts are (see {@link KeynessTable#counted})
 * @param tested the terms tested, whichever rows this table keeps
 * @param found the terms significant at the options' level among them
 * @param against the significant terms whose crude change has the other sign
 * @param alone the significant terms that occur in one stratum only: their slope rests on its years
 */
public record StratifiedTrendTable(
    List<StratifiedTrendRow> rows,
    String column,
    List<Years> used,
    List<String> dropped,
    KeynessOptions options,
    Counted counted,
    int tested,
    int found,
    int against,
    int alone)
    implements Tabular {

  /** Column name: the change per year within strata, in percent. */
  public static final String CHANGE = "change_per_year";

  /** Column name: the change per year of all the text as one stratum, in percent. */
  public static final String CRUDE_CHANGE = "crude_change_per_year";

  static Comparator<StratifiedTrendRow> ranking(double level) {
    return Comparator.<StratifiedTrendRow>comparingInt(r -> r.significant(level) ? 0 : 1)
        .thenComparingDouble(StratifiedTrendRow::p)
        .thenComparing(
            Comparator.comparingDouble((StratifiedTrendRow r) -> Math.abs(r.changePerYear()))
                .reversed())
        .thenComparing(StratifiedTrendRow::term);
  }

  /** Copies the lists. */
  public StratifiedTrendTable {
    rows = List.copyOf(rows);
    used = List.copyOf(used);
    dropped = List.copyOf(dropped);
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(counted, "counted");
  }

  /** Returns a copy whose counts are {@code what}. */
  public StratifiedTrendTable counted(Counted what) {
    return new StratifiedTrendTable(
        rows, column, used, dropped, options, what, tested, found, against, alone);
  }

  /**
   * Returns the table of {@code rows} (all the terms tested, in order) with what the whole test
   * found.
   */
  static StratifiedTrendTable of(
      List<StratifiedTrendRow> rows,
      String column,
      List<Years> used,
      List<String> dropped,
      KeynessOptions options) {
    int found = 0;
    int against = 0;
    int alone = 0;
    for (StratifiedTrendRow r : rows) {
      if (!r.significant(options.level())) continue;
      found++;
      if (r.changePerYear() * r.crudeChangePerYear() < 0) against++;
      if (r.strata() == 1) alone++;
    }
    return new StratifiedTrendTable(
        rows,
        column,
        used,
        dropped,
        options,
        Counted.FREQUENCY,
        rows.size(),
        found,
        against,
        alone);
  }

  /** The years of a stratum's text. */
  public record Years(String stratum, List<Integer> years) {
    /** Copies the list. */
    public Years {
      years = List.copyOf(years);
    }

    /** Returns "a (2008..2022)". */
    public String text() {
      return stratum
          + " ("
          + Period.label(years.stream().mapToInt(Integer::intValue).toArray())
          + ")";
    }
  }

  /** Returns the strata used and their years: "[a (2008..2022), b (…)]". */
  public String usedText() {
    return used.stream().map(Years::text).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Returns the first {@code n} rows as a new table that still says what the whole test found. */
  public StratifiedTrendTable first(int n) {
    return new StratifiedTrendTable(
        rows.subList(0, Math.min(Math.max(0, n), rows.size())),
        column,
        used,
        dropped,
        options,
        counted,
        tested,
        found,
        against,
        alone);
  }

  @Override
  public Table table() {
    return RowColumns.of(rows)
        .text(KeynessTable.TERM, StratifiedTrendRow::term)
        .longs(counted.column(""), StratifiedTrendRow::frequency)
        .doubles("per10k", StratifiedTrendRow::per10k)
        .doubles(CHANGE, StratifiedTrendRow::changePerYear)
        .doubles("change_lower", StratifiedTrendRow::changeLower)
        .doubles("change_upper", StratifiedTrendRow::changeUpper)
        .doubles(CRUDE_CHANGE, StratifiedTrendRow::crudeChangePerYear)
        .doubles(KeynessTable.P, StratifiedTrendRow::p)
        .doubles(KeynessTable.P_ADJ, StratifiedTrendRow::pAdjusted)
        .text(KeynessTable.DIRECTION, r -> r.direction().name())
        .doubles(KeynessTable.DISPERSION, StratifiedTrendRow::dispersion)
        .ints(StratifiedTable.STRATA, StratifiedTrendRow::strata)
        .table("trend_within");
  }

  @Override
  public String toString() {
    return "StratifiedTrendTable[within "
        + column
        + ": "
        + used.size()
        + " strata used "
        + usedText()
        + (dropped.isEmpty() ? "" : ", dropped (one year only) " + dropped)
        + ", "
        + found
        + " of "
        + tested
        + " terms significant]\n"
        + TextTable.preview(table(), KeynessTable.PREVIEW_FIRST, TextTable.PREVIEW_CHARS - 200);
  }
}
