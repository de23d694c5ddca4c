package qushi.analytics.prepare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qushi.analytics.core.Rows;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often a term or phrase occurs in one year's cleaned text.
 *
 * <pre>
 * count(t, y)  = number of non-overlapping occurrences of t in the cleaned texts of year y,
 *                scanning left to right (what a text search finds), whole at t's Latin edges
 *                ({@link qushi.analytics.core.TextSearch}: AI is not counted in OpenAI)
 * per10k(t, y) = 10,000 · count(t, y) / tokens(y)
 * </pre>
 *
 * where tokens(y) is the number of word tokens of year y (see {@link
 * qushi.analytics.text.TermFilter}).
 *
 * @param term the term as searched (after the same normalisation as the text)
 * @param year the year
 * @param count occurrences
 * @param per10k occurrences per 10,000 word tokens of that year (NaN, shown empty, for a year
 *     without word tokens)
 */
public record TermCount(String term, int year, int count, double per10k) {
  /**
   * Returns the count of {@code term} in {@code year} with its rate among the year's {@code tokens}
   * word tokens (NaN when the year has none).
   */
  public static TermCount of(String term, int year, int count, long tokens) {
    return new TermCount(term, year, count, tokens == 0 ? Double.NaN : 1e4 * count / tokens);
  }

  /** Returns the counts as rows named "counts", printed by year ({@link #byYear}). */
  public static Rows<TermCount> rows(List<TermCount> counts) {
    return Rows.of("counts", TermCount.class, counts).printedAs(TermCount::byYear);
  }

  /** The most terms whose counts {@link #byYear} sets side by side. */
  public static final int SIDE_BY_SIDE = 4;

  /**
   * Returns counts as a person reads them: a row per year, the count of each term (in the order of
   * the rows, up to {@value #SIDE_BY_SIDE} of them), then the rate of each ({@code TERM per10k});
   * the rows as they are where they do not fill a grid of terms and years, or where a term's name
   * is taken.
   *
   * @param counts a table of these records (term, year, count, per10k)
   */
  public static Table byYear(Table counts) {
    StringColumn termColumn = counts.stringColumn("term");
    IntColumn yearColumn = counts.intColumn("year");
    IntColumn countColumn = counts.intColumn("count");
    DoubleColumn rateColumn = counts.doubleColumn("per10k");
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (String t : termColumn) terms.putIfAbsent(t, terms.size());
    int[] years = yearColumn.unique().asIntArray();
    Arrays.sort(years);
    Set<String> names = new HashSet<>(List.of("year"));
    for (String t : terms.keySet()) if (!names.add(t) || !names.add(t + " per10k")) return counts;
    if (terms.size() > SIDE_BY_SIDE || counts.rowCount() != terms.size() * years.length) {
      return counts;
    }
    int[][] count = new int[terms.size()][years.length];
    double[][] rate = new double[terms.size()][years.length];
    boolean[][] seen = new boolean[terms.size()][years.length];
    for (int r = 0; r < counts.rowCount(); r++) {
      int t = terms.get(termColumn.get(r));
      int y = Arrays.binarySearch(years, yearColumn.getInt(r));
      if (seen[t][y]) return counts; // a term and year twice: no grid
      seen[t][y] = true;
      count[t][y] = countColumn.getInt(r);
      rate[t][y] = rateColumn.getDouble(r);
    }
    Table out = Table.create(counts.name(), IntColumn.create("year", years));
    // the counts side by side first: a preview short of room leaves out the last columns
    for (var e : terms.entrySet())
      out.addColumns(IntColumn.create(e.getKey(), count[e.getValue()]));
    for (var e : terms.entrySet()) {
      out.addColumns(DoubleColumn.create(e.getKey() + " per10k", rate[e.getValue()]));
    }
    return out;
  }
}
