package qushi.analytics.prepare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The units the tests of change resample and estimate their spread over: the documents, when most
 * of the text lies in years of several ({@link #documents}), otherwise the passages.
 *
 * <p>The passages of one document share its subject: a news item about floods uses 洪水 in most of
 * its passages. Taken as independent, they make a year that happens to hold that item look as if it
 * used the word more, and on generated corpora whose documents each keep to a topic, with no change
 * between years, passage units called a fifth of all terms significant. When the years are samples
 * of several documents each, the document is what was sampled, and the tests take the document as
 * their unit (its tokens and its count of the term: the passages of a document summed). A series of
 * one document a year (annual reports) leaves the passage as the only unit there is; a single year
 * of one document among years of several is one unit, with the spread between documents learned
 * from the other years (the within-year, "pure error" spread of {@link
 * qushi.analytics.compare.TrendClassifier}, to which a year of one unit adds nothing).
 *
 * <p>Counts, rates and "passages containing" are the same either way; only the tests' spread,
 * permutations and bootstraps read the units.
 *
 * @param documents whether the units are documents
 * @param counts the counts by unit (the passages' own when the units are passages)
 * @param columns the unit × term counts by term
 * @param document the index in the corpus of each unit's document
 * @param passageUnit the unit of each passage
 */
public record TestUnits(
    boolean documents, Counts counts, TermColumns columns, int[] document, int[] passageUnit) {
  /** Documents with passages a year must have to count as a year of several. */
  public static final int MIN_DOCUMENTS = 2;

  /**
   * Returns the units of the counts: documents when most of the text lies in years of several
   * ({@link #documents}), else passages.
   *
   * @param passageDocument the index in the corpus of each passage's document
   */
  public static TestUnits of(Counts counts, TermColumns columns, int[] passageDocument) {
    int[] passageYear = new int[passageDocument.length];
    Arrays.setAll(passageYear, counts::passageYear);
    if (!documents(passageDocument, passageYear)) {
      int[] identity = new int[passageDocument.length];
      Arrays.setAll(identity, p -> p);
      return new TestUnits(false, counts, columns, passageDocument, identity);
    }
    int[] group = documentIndex(passageDocument);
    int units = Arrays.stream(group).max().orElse(-1) + 1;
    int[] unitYear = new int[units];
    int[] unitDocument = new int[units];
    for (int p = 0; p < group.length; p++) {
      unitYear[group[p]] = counts.passageYear(p);
      unitDocument[group[p]] = passageDocument[p];
    }
    PassageMatrix m = counts.matrix().merged(group, units);
    return new TestUnits(true, Counts.of(m, unitYear), TermColumns.of(m), unitDocument, group);
  }

  /**
   * Returns whether documents are the units: whether at least three quarters of the passages lie in
   * years of at least {@value #MIN_DOCUMENTS} documents with passages, and there are at least twice
   * as many documents as years. A year of one document among years of several (a first year with a
   * single item) is then one unit, and the spread between documents is learned from the other
   * years; fewer documents than that leave too little of it to learn (the seeds' 2, 2 and 1), and
   * the passages remain the units. The share is of passages, not of years: a year of one short
   * document (a note of one line) is a year, but it holds next to none of the text, and must not
   * turn every test of the corpus from documents to passages.
   *
   * @param passageDocument the document of each passage
   * @param passageYear the year of each passage
   */
  public static boolean documents(int[] passageDocument, int[] passageYear) {
    Map<Integer, Set<Integer>> perYear = new HashMap<>();
    Map<Integer, Integer> passages = new HashMap<>();
    for (int p = 0; p < passageDocument.length; p++) {
      perYear.computeIfAbsent(passageYear[p], y -> new HashSet<>()).add(passageDocument[p]);
      passages.merge(passageYear[p], 1, Integer::sum);
    }
    int years = perYear.size();
    long inSeveral = 0;
    for (Map.Entry<Integer, Set<Integer>> e : perYear.entrySet()) {
      if (e.getValue().size() >= MIN_DOCUMENTS) inSeveral += passages.get(e.getKey());
    }
    int documents = perYear.values().stream().mapToInt(Set::size).sum();
    return years > 0 && 4 * inSeveral >= 3L * passageDocument.length && documents >= 2 * years;
  }

  /** Returns, for each passage, its document's number in order of first passage (0, 1, …). */
  private static int[] documentIndex(int[] passageDocument) {
    Map<Integer, Integer> unitOf = new HashMap<>();
    int[] group = new int[passageDocument.length];
    for (int p = 0; p < group.length; p++) {
      group[p] = unitOf.computeIfAbsent(passageDocument[p], d -> unitOf.size());
    }
    return group;
  }

  /**
   * Returns the units that hold the passages of {@code passages} as a mask (a group of whole
   * documents, such as a year, gives the same units either way).
   */
  public boolean[] of(boolean[] passages) {
    boolean[] m = new boolean[columns.passages()];
    for (int p = 0; p < passages.length; p++) if (passages[p]) m[passageUnit[p]] = true;
    return m;
  }

  /** Returns the units of the given years (sorted) as a mask. */
  public boolean[] mask(int[] years) {
    boolean[] m = new boolean[columns.passages()];
    for (int u = 0; u < m.length; u++)
      m[u] = Arrays.binarySearch(years, counts.passageYear(u)) >= 0;
    return m;
  }

  /** Returns the name of the units, plural: "documents" or "passages". */
  public String name() {
    return documents ? "documents" : "passages";
  }
}
