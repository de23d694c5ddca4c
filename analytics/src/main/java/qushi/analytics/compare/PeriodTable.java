package qushi.analytics.compare;

import java.util.List;
import java.util.stream.Collectors;
import qushi.analytics.core.Check;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.Table;

/**
 * A view of several comparisons side by side ({@link Comparisons#periods}, {@link
 * Comparisons#all}): its rows, and what each comparison found over all the terms it tested,
 * whichever rows the view keeps (a view cut to its first rows, or one with no rows, still says it).
 *
 * @param table the rows
 * @param comparisons each comparison, in the order of the table's columns
 * @param level the significance level the tallies count at
 */
public record PeriodTable(Table table, List<Comparison> comparisons, double level)
    implements Tabular {

  /**
   * One comparison of the view.
   *
   * @param name its name in the table's columns ({@code 2013..2017_to_2018..2025}, {@code
   *     2021_vs_rest})
   * @param tested what it found over all the terms it tested
   */
  public record Comparison(String name, Tested tested) {
    /** Checks the fields. */
    public Comparison {
      Check.notNull("name", name, "tested", tested);
    }
  }

  /** Copies the comparisons and checks the fields. */
  public PeriodTable {
    Check.notNull("table", table, "comparisons", comparisons);
    comparisons = List.copyOf(comparisons);
  }

  /** Returns the first {@code n} rows (all when there are fewer); each comparison's tally stays. */
  @Override
  public PeriodTable first(int n) {
    return new PeriodTable(Tabular.super.first(n).table(), comparisons, level);
  }

  /**
   * Returns what each comparison found, one per line: "2021_to_2024: terms=1239, significant=86 (up
   * 45, down 41; 50 mostly from one document) at p_adj &lt; 0.05".
   */
  public String summary() {
    return comparisons.stream().map(this::found).collect(Collectors.joining("\n"));
  }

  /** Returns what comparison {@code c} found, as one line of {@link #summary}. */
  private String found(Comparison c) {
    return c.name() + ": " + c.tested().describe(c.tested().terms(), level);
  }

  /** The most comparisons whose tallies a printed view lists; {@link #summary} lists all. */
  static final int SHOWN_COMPARISONS = 4;

  /**
   * Returns the number of rows, what each comparison found (with more than {@value
   * #SHOWN_COMPARISONS} comparisons, those with the most significant terms, in the view's order,
   * and how many are left to {@link #summary}), then the first and last rows, in at most about
   * 1,000 characters, which jshell shows whole.
   */
  @Override
  public String toString() {
    String found = summary();
    if (comparisons.size() > SHOWN_COMPARISONS) {
      List<Comparison> most =
          comparisons.stream()
              .sorted(
                  java.util.Comparator.comparingInt((Comparison c) -> -c.tested().significant()))
              .limit(SHOWN_COMPARISONS)
              .toList();
      found =
          comparisons.stream()
                  .filter(most::contains)
                  .map(this::found)
                  .collect(Collectors.joining("\n"))
              + "\n… "
              + (comparisons.size() - SHOWN_COMPARISONS)
              + " more comparisons with fewer significant terms: .summary() lists all "
              + comparisons.size();
    }
    // jshell shows a value whole up to 1,000 characters: the rows take what the tallies leave
    List<String> rates = shownRates();
    return "PeriodTable["
        + table.rowCount()
        + (table.rowCount() == 1 ? " row" : " rows")
        + "]\n"
        + found
        + "\n"
        + TextTable.preview(
            table,
            shownFirst(rates),
            1 + rates.size(),
            Math.max(300, TextTable.PREVIEW_CHARS - 30 - found.length()));
  }

  /** Returns the rate columns a printed view always shows: all, up to {@value #SHOWN_PERIODS}. */
  private List<String> shownRates() {
    List<String> rates = table.columnNames().stream().filter(c -> c.startsWith("per10k_")).toList();
    return rates.size() <= SHOWN_PERIODS ? rates : List.of();
  }

  /** The most periods whose rates a printed view shows side by side. */
  static final int SHOWN_PERIODS = 6;

  /**
   * Returns the columns a printed view shows first: the term, the rate of each period (up to
   * {@value #SHOWN_PERIODS} of them) and, for up to {@value #SHOWN_COMPARISONS} comparisons and
   * where the rows leave room, the direction of each: its rows are ranked by their largest change,
   * and a view of a term's first rate alone said nothing of it.
   */
  private List<String> shownFirst(List<String> rates) {
    List<String> first = new java.util.ArrayList<>(List.of("term"));
    first.addAll(rates);
    if (comparisons.size() <= SHOWN_COMPARISONS)
      for (Comparison c : comparisons) first.add("direction_" + c.name());
    return first;
  }
}
