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
    java.util.List<String> terms = counts.stringColumn("term").unique().asList();
    java.util.LinkedHashSet<String> order = new java.util.LinkedHashSet<>();
    for (String t : counts.stringColumn("term")) order.add(t);
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
    for (int y : counts.intColumn("year")) years.add(y);
    java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("year"));
    for (String t : order) {
      if (!names.add(t) || !names.add(t + " per10k")) return counts;
    }
    if (terms.size() > SIDE_BY_SIDE || counts.rowCount() != terms.size() * years.size()) {
      return counts;
    }
    tech.tablesaw.api.Table out =
        tech.tablesaw.api.Table.create(
            counts.name(),
            tech.tablesaw.api.IntColumn.create(
                "year", years.stream().mapToInt(Integer::intValue).toArray()));
    java.util.List<Integer> yearList = new java.util.ArrayList<>(years);
    java.util.List<tech.tablesaw.api.DoubleColumn> rates = new java.util.ArrayList<>();
    for (String t : order) {
      int[] count = new int[years.size()];
      double[] rate = new double[years.size()];
      java.util.Arrays.fill(rate, Double.NaN);
      boolean[] seen = new boolean[years.size()];
      for (int r = 0; r < counts.rowCount(); r++) {
        if (!counts.stringColumn("term").get(r).equals(t)) continue;
        int y = yearList.indexOf(counts.intColumn("year").getInt(r));
        if (seen[y]) return counts;
        seen[y] = true;
        count[y] = counts.intColumn("count").getInt(r);
        rate[y] = counts.doubleColumn("per10k").getDouble(r);
      }
      out.addColumns(tech.tablesaw.api.IntColumn.create(t, count));
      rates.add(tech.tablesaw.api.DoubleColumn.create(t + " per10k", rate));
    }
    // the counts side by side first: a preview short of room leaves out the last columns
    for (tech.tablesaw.api.DoubleColumn rate : rates) out.addColumns(rate);
    return out;
  }
}
