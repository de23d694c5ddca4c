package qushi.analytics.keywords;

/**
 * A distinctive term of one group (a year, a document, or a value of a manifest column).
 *
 * @param group the year (as text), the document id, or the column's value ({@code -} for documents
 *     without one)
 * @param kind {@code term} for a single term, {@code phrase} for a key phrase
 * @param rank 1-based rank within the group and kind, among the keywords listed (a term mostly
 *     inside a longer keyword of the list is not, see {@link Keywords})
 * @param term the term or key phrase
 * @param frequency the term tokens in the group (for a phrase, its occurrences as a run of adjacent
 *     terms)
 * @param per10k the frequency per 10,000 word tokens of the group
 * @param score the method's score (see {@link Keywords})
 * @param p for keyness, the p of the test of the group against the rest over the test units, before
 *     the adjustment (the score is the lower end of the interval that matches it); NaN for
 *     c-TF-IDF, TextRank and key phrases
 * @param pAdj for keyness, the adjusted p of the test of the group against the rest (discrete
 *     Benjamini–Hochberg over the group's tested terms): keywords below 0.05 come first, by score,
 *     and the others follow by p (by G² where the groups have too few units to test), so the score
 *     falls within the first block only; NaN for c-TF-IDF, TextRank and key phrases
 * @param topDoc the id of the group's document that holds most of the frequency (ties: the earlier
 *     document)
 * @param topDocShare that document's share of the group's frequency, in (0, 1]; NaN when it is the
 *     group's only document (a group of one document says nothing about concentration); a share of
 *     0.8 or more means the keyword is mostly one document's
 */
public record Keyword(
    String group,
    String kind,
    int rank,
    String term,
    long frequency,
    double per10k,
    double score,
    double p,
    double pAdj,
    String topDoc,
    double topDocShare) {

  /** The kind of a single term. */
  public static final String TERM = "term";

  /** The kind of a key phrase: a run of adjacent terms. */
  public static final String PHRASE = "phrase";

  /** Whether this keyword is a key phrase ({@link #PHRASE}), not a single term. */
  public boolean isPhrase() {
    return PHRASE.equals(kind);
  }

  /** The level of the adjusted p below which a keyword is significant and comes first. */
  public static final double LEVEL = 0.05;

  /**
   * Whether the keyness test over the test units finds the keyword significant: its adjusted p is
   * below {@link #LEVEL} (never for methods without a test, whose p is NaN).
   */
  public boolean significant() {
    return pAdj < LEVEL;
  }

  /** The least top-document share that marks a keyword as mostly one document's. */
  public static final double CONCENTRATED = 0.8;

  /** Whether the keyword is mostly one document's (its top-document share is at least 0.8). */
  public boolean concentrated() {
    return topDocShare >= CONCENTRATED;
  }
}
