package qushi.analytics.keywords;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.WordClasses;

/**
 * The terms that are pieces of a longer word the segmenter split: one character of content (a noun,
 * verb or adjective out of context, no function word) stands beside the term, on the same side and
 * touching it in its document's text, in at least {@value #SHARE} of its occurrences and at least
 * the least count of them. 致远 stands after 稳 in all 17 of its occurrences (行稳致远, cut 行 / 稳 / 致远),
 * 一代 before 表 (每一代表, cut 每 / 一代 / 表): a keyword list would name a fragment. Such a term is still
 * counted everywhere; it is only no keyword.
 *
 * <p>The evidence is gathered per passage ({@link #add}), where the tokens are — on this machine or
 * on a distributed engine's workers — and summed; the decision ({@link #of(Map, IntFunction,
 * Counts, int)}) needs only the sums and the terms' frequencies.
 */
public final class Pieces {
  private Pieces() {}

  /** The least share of a term's occurrences that one character beside it must stand in. */
  static final double SHARE = 0.8;

  /** Separates the parts of an evidence key: term, character, side. */
  private static final char SEPARATOR = '\u0000';

  /**
   * Adds to {@code evidence} one passage's term tokens that a character of content touches: the key
   * is term, character and side ({@code <} before, {@code >} after), the value the occurrences. The
   * word tokens are found in {@code text} in order from {@code from} on (between two of them stand
   * only characters of no word: punctuation and spaces), so a neighbour touches the term exactly
   * where no such character stands between them.
   *
   * @param size the passage's word tokens
   * @param word the word token k
   * @param isTerm whether word token k is a term
   * @param text the cleaned text of the passage's document
   * @param from where the passage's first word token is looked for: the document's start for its
   *     first passage, else what this method returned for the passage before
   * @return the end of the passage's last word token found (from, when none is)
   */
  public static int add(
      int size,
      IntFunction<String> word,
      IntPredicate isTerm,
      String text,
      int from,
      Map<String, Long> evidence) {
    int[] start = new int[size];
    int at = from;
    for (int k = 0; k < size; k++) {
      String w = word.apply(k);
      int i = text.indexOf(w, at);
      start[k] = i;
      if (i >= 0) at = i + w.length();
    }
    for (int k = 0; k < size; k++) {
      if (start[k] < 0 || !isTerm.test(k)) continue;
      String term = word.apply(k);
      for (int side = -1; side <= 1; side += 2) {
        int j = k + side;
        if (j < 0 || j >= size || start[j] < 0) continue;
        String neighbour = word.apply(j);
        if (!WordClasses.isContentCharacter(neighbour)) continue;
        boolean touching =
            side > 0
                ? start[j] == start[k] + term.length()
                : start[j] + neighbour.length() == start[k];
        if (!touching) continue;
        String key = term + SEPARATOR + neighbour + SEPARATOR + (side > 0 ? '>' : '<');
        evidence.merge(key, 1L, Long::sum);
      }
    }
    return at;
  }

  /**
   * Returns, by term id, whether the term is a piece: {@code evidence} summed over all passages
   * ({@link #add}), {@code terms} the vocabulary, {@code counts} the terms' tokens.
   */
  public static boolean[] of(
      Map<String, Long> evidence, IntFunction<String> terms, Counts counts, int minCount) {
    Map<String, Integer> id = new HashMap<>(counts.terms() * 2);
    for (int t = 0; t < counts.terms(); t++) id.put(terms.apply(t), t);
    boolean[] piece = new boolean[counts.terms()];
    for (Map.Entry<String, Long> e : evidence.entrySet()) {
      String key = e.getKey();
      Integer t = id.get(key.substring(0, key.indexOf(SEPARATOR)));
      long n = e.getValue();
      if (t != null && n >= minCount && n >= SHARE * counts.termTotal(t)) piece[t] = true;
    }
    return piece;
  }

  /** Returns, by term id, whether the term of the prepared corpus is a piece. */
  static boolean[] of(PreparedCorpus a, int minCount) {
    return of(evidence(a), a.vocabulary()::term, a.counts(), minCount);
  }

  /** Returns the evidence of {@link #add} summed over every passage of the prepared corpus. */
  public static Map<String, Long> evidence(PreparedCorpus a) {
    Map<String, Long> evidence = new HashMap<>();
    List<qushi.analytics.text.Passage> passages = a.passages();
    int at = 0; // in the passage's document: its passages follow each other in text order
    for (int i = 0; i < passages.size(); i++) {
      int[] words = a.words(i);
      int p = i;
      int document = passages.get(i).document();
      if (i > 0 && passages.get(i - 1).document() != document) at = 0;
      at =
          add(
              words.length,
              k -> a.vocabulary().term(words[k]),
              k -> a.isTerm(p, k),
              a.documents().get(document).text(),
              at,
              evidence);
    }
    return evidence;
  }
}
