package qushi.analytics.prepare;

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
  public static tech.tablesaw.api.Table byYear(tech.tablesaw.api.Table counts) {
    tech.tablesaw.api.StringColumn termColumn = counts.stringColumn("term");
    tech.tablesaw.api.IntColumn yearColumn = counts.intColumn("year");
    java.util.Map<String, Integer> terms = new java.util.LinkedHashMap<>();
    for (String t : termColumn) terms.putIfAbsent(t, terms.size());
    int[] years = yearColumn.unique().asIntArray();
    java.util.Arrays.sort(years);
    java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("year"));
    for (String t : terms.keySet()) if (!names.add(t) || !names.add(t + " per10k")) return counts;
    if (terms.size() > SIDE_BY_SIDE || counts.rowCount() != terms.size() * years.length) {
      return counts;
    }
    int[][] count = new int[terms.size()][years.length];
    double[][] rate = new double[terms.size()][years.length];
    boolean[][] seen = new boolean[terms.size()][years.length];
    for (int r = 0; r < counts.rowCount(); r++) {
      int t = terms.get(termColumn.get(r));
      int y = java.util.Arrays.binarySearch(years, yearColumn.getInt(r));
      if (seen[t][y]) return counts; // a term and year twice: no grid
      seen[t][y] = true;
      count[t][y] = counts.intColumn("count").getInt(r);
      rate[t][y] = counts.doubleColumn("per10k").getDouble(r);
    }
    tech.tablesaw.api.Table out =
        tech.tablesaw.api.Table.create(
            counts.name(), tech.tablesaw.api.IntColumn.create("year", years));
    // the counts side by side first: a preview short of room leaves out the last columns
    for (var e : terms.entrySet())
      out.addColumns(tech.tablesaw.api.IntColumn.create(e.getKey(), count[e.getValue()]));
    for (var e : terms.entrySet()) {
      out.addColumns(
          tech.tablesaw.api.DoubleColumn.create(e.getKey() + " per10k", rate[e.getValue()]));
    }
    return out;
  }
}
