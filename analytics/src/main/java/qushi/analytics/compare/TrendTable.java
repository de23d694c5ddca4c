package qushi.analytics.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Trend classes of terms over a series of years, ordered by class (EMERGING, RISING, FALLING,
 * VANISHED, STABLE), then by |z| descending, ties by term.
 *
 * @param years the years, ascending (copied); the last one is compared with all others
 * @param yearTokens tokens per year, aligned with {@code years} (copied)
 * @param rows one row per classified term, in the order above (copied, unmodifiable)
 * @param options the settings of the classification
 */
public record TrendTable(int[] years, long[] yearTokens, List<TrendRow> rows, TrendOptions options)
    implements Tabular {
  /** Column name: the term. */
  public static final String TERM = "term";

  /** Column name: the trend class. */
  public static final String TREND = "trend";

  /** Prefix of the per-year rate columns, followed by the year: {@code per10k_2024}. */
  public static final String PER10K_PREFIX = "per10k_";

  /** Column name: count in the last year. */
  public static final String LAST_COUNT = "last_count";

  /** Column name: count in all earlier years. */
  public static final String EARLIER_COUNT = "earlier_count";

  /** Column name: log₂ ratio of last-year to earlier rate. */
  public static final String LOG_RATIO = "log_ratio";

  /** Column name: G² statistic. */
  public static final String G2 = "g2";

  /** Column name: Benjamini–Hochberg adjusted p-value. */
  public static final String P_ADJ = "p_adj";

  /** Column name: weighted log-odds z-score. */
  public static final String Z = "z";

  static final Comparator<TrendRow> ORDER =
      Comparator.comparing(TrendRow::trend)
          .thenComparing(Comparator.comparingDouble((TrendRow r) -> Math.abs(r.z())).reversed())
          .thenComparing(TrendRow::term);

  /** Copies the arrays and rows and checks their sizes agree. */
  public TrendTable {
    years = years.clone();
    yearTokens = yearTokens.clone();
    rows = List.copyOf(rows);
    Objects.requireNonNull(options, "options");
    if (years.length != yearTokens.length) {
      throw new IllegalArgumentException(
          "years has " + years.length + " entries but yearTokens has " + yearTokens.length);
    }
  }

  /** Returns the name of the rate column of {@code year}. */
  public static String per10kColumn(int year) {
    return PER10K_PREFIX + year;
  }

  /** Returns a copy of the years, ascending. */
  @Override
  public int[] years() {
    return years.clone();
  }

  /** Returns a copy of the tokens per year. */
  @Override
  public long[] yearTokens() {
    return yearTokens.clone();
  }

  /** Returns the rows of one class, in table order. */
  public List<TrendRow> of(TrendClass trend) {
    return rows.stream().filter(r -> r.trend() == trend).toList();
  }

  /** Returns the row of a term, or empty when the term was not classified. */
  public Optional<TrendRow> row(String term) {
    return rows.stream().filter(r -> r.term().equals(term)).findFirst();
  }

  /** Returns the number of terms in each class (every class present, possibly 0). */
  public Map<TrendClass, Integer> counts() {
    Map<TrendClass, Integer> counts = new EnumMap<>(TrendClass.class);
    for (TrendClass c : TrendClass.values()) {
      counts.put(c, 0);
    }
    rows.forEach(r -> counts.merge(r.trend(), 1, Integer::sum));
    return counts;
  }

  /**
   * Returns the rows as a Tablesaw table: term, trend, one rate column per year, then the
   * statistics.
   */
  @Override
  public Table table() {
    StringColumn term = StringColumn.create(TERM);
    StringColumn trend = StringColumn.create(TREND);
    DoubleColumn[] rates = new DoubleColumn[years.length];
    for (int y = 0; y < years.length; y++) {
      rates[y] = DoubleColumn.create(per10kColumn(years[y]));
    }
    LongColumn last = LongColumn.create(LAST_COUNT);
    LongColumn earlier = LongColumn.create(EARLIER_COUNT);
    DoubleColumn logRatio = DoubleColumn.create(LOG_RATIO);
    DoubleColumn g2 = DoubleColumn.create(G2);
    DoubleColumn pAdj = DoubleColumn.create(P_ADJ);
    DoubleColumn z = DoubleColumn.create(Z);
    for (TrendRow r : rows) {
      term.append(r.term());
      trend.append(r.trend().name());
      double[] series = r.per10k();
      for (int y = 0; y < years.length; y++) {
        rates[y].append(series[y]);
      }
      last.append(r.lastCount());
      earlier.append(r.earlierCount());
      logRatio.append(r.logRatio());
      g2.append(r.g2());
      pAdj.append(r.pAdjusted());
      z.append(r.z());
    }
    Table t = Table.create("trends", term, trend);
    t.addColumns(rates);
    return t.addColumns(last, earlier, logRatio, g2, pAdj, z);
  }

  /** Returns whether the other table has equal years, tokens, rows and options. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TrendTable t
        && Arrays.equals(years, t.years)
        && Arrays.equals(yearTokens, t.yearTokens)
        && rows.equals(t.rows)
        && options.equals(t.options);
  }

  /** Returns a hash consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(years) + Arrays.hashCode(yearTokens)) + rows.hashCode();
  }

  /** Returns a summary line (year span, terms, count per class), then the first and last rows. */
  @Override
  public String toString() {
    String span = years.length == 0 ? "" : years[0] + "–" + years[years.length - 1];
    return "TrendTable[years="
        + span
        + ", terms="
        + rows.size()
        + ", "
        + counts()
        + "]\n"
        + TextTable.preview(table(), TextTable.PREVIEW_CHARS - 160);
  }

  /** Prints every row to standard output as an aligned table. */
  public void show() {
    System.out.print(TextTable.of(table()));
  }
}
