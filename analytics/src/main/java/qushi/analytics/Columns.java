package qushi.analytics;

/**
 * Column names of tables that are not built from a record. Tables built from records take their
 * column names from the record components ({@link Tables#of}), so the API, the CLI, the report
 * and the CSV files share one set of names either way.
 */
public final class Columns {
  private Columns() {}

  /** The term column. */
  public static final String TERM = "term";
  /** The rate column, per 10,000 word tokens; per-year columns append {@code _YEAR}. */
  public static final String PER10K = "per10k";
}
