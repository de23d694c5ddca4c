package qushi.analytics;

/**
 * Column names shared by every table qushi produces: the API's Tablesaw tables, the CLI's
 * output, the report and its CSV files use these same names.
 */
public final class Columns {
  private Columns() {}

  public static final String TERM = "term";
  public static final String YEAR = "year";
  public static final String DOC = "doc";
  public static final String SECTION = "section";
  public static final String COUNT = "count";
  public static final String PER10K = "per10k";
  public static final String DOCUMENTS = "documents";
  public static final String SECTIONS = "sections";
  public static final String PASSAGES = "passages";
  public static final String CHARACTERS = "characters";
  public static final String TOKENS = "tokens";
  public static final String TERM_TOKENS = "term_tokens";
  public static final String TERMS = "terms";
  public static final String FREQUENCY = "frequency";
  public static final String SCORE = "score";
}
