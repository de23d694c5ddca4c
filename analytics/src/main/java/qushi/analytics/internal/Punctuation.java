package qushi.analytics.internal;

/**
 * The punctuation that ends sentences and clauses, defined once for cleanup, passage cutting,
 * sentence units of co-occurrence, heading detection and the placing of a PDF's footnotes.
 */
public final class Punctuation {
  /** Marks that end a sentence: 。！？ and their ASCII forms, and the ellipsis. */
  public static final String SENTENCE_FINAL = "。！？!?…";

  /** Marks that end a clause within a sentence: the semicolons. */
  public static final String CLAUSE_FINAL = "；;";

  /**
   * Marks after which a unit of text ends (a sentence for co-occurrence, a cutting point for
   * passages): {@link #SENTENCE_FINAL} and {@link #CLAUSE_FINAL}.
   */
  public static final String UNIT_FINAL = SENTENCE_FINAL + CLAUSE_FINAL;

  /**
   * Closing quotes and brackets that may follow a final mark and still belong to its sentence; a
   * line that ends with one is no running header (a source note "[摘自…讲话]" under each excerpt).
   */
  public static final String CLOSERS = "”’」』）)》】]\"'";

  private Punctuation() {}

  /** Returns whether {@code c} ends a unit ({@link #UNIT_FINAL}). */
  public static boolean endsUnit(int c) {
    return UNIT_FINAL.indexOf(c) >= 0;
  }

  /** Returns whether {@code text} contains a mark of {@link #UNIT_FINAL}. */
  public static boolean hasUnitEnd(String text) {
    return text.chars().anyMatch(Punctuation::endsUnit);
  }
}
