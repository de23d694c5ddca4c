package qushi.analytics.keywords;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.WordClasses;

/**
 * The terms that are pieces of a longer word the segmenter split: one character of content (a noun,
 * verb or adjective out of context, no function word) stands beside the term, on the same side and
 * touching it in the text, in at least {@value #SHARE} of its occurrences and at least the least
 * count of them. 致远 stands after 稳 in all 17 of its occurrences (行稳致远, cut 行 / 稳 / 致远), 一代 before 表
 * (每一代表, cut 每 / 一代 / 表): a keyword list would name a fragment. Such a term is still counted
 * everywhere; it is only no keyword.
 */
final class Pieces {
  private Pieces() {}

  /** The least share of a term's occurrences that one character beside it must stand in. */
  static final double SHARE = 0.8;

  /** Returns, by term id, whether the term is a piece (see the type comment). */
  static boolean[] of(PreparedCorpus a, int minCount) {
    int size = a.vocabulary().size();
    long[] occurrences = new long[size];
    boolean[] single = new boolean[size];
    boolean[] known = new boolean[size];
    // (term, neighbour, side) → occurrences with that neighbour touching it
    Long2IntOpenHashMap beside = new Long2IntOpenHashMap();
    for (int i = 0; i < a.passages().size(); i++) {
      int[] words = a.words(i);
      String text = null;
      for (int k = 0; k < words.length; k++) {
        if (!a.isTerm(i, k)) continue;
        int t = words[k];
        occurrences[t]++;
        for (int side = -1; side <= 1; side += 2) {
          int j = k + side;
          if (j < 0 || j >= words.length) continue;
          int w = words[j];
          if (!known[w]) {
            known[w] = true;
            single[w] = WordClasses.isContentCharacter(a.vocabulary().term(w));
          }
          if (!single[w]) continue;
          if (text == null) text = a.text(a.passages().get(i));
          String term = a.vocabulary().term(t);
          String neighbour = a.vocabulary().term(w);
          // the word tokens skip punctuation: the character counts only where it touches the term
          if (!text.contains(side > 0 ? term + neighbour : neighbour + term)) continue;
          beside.addTo(((long) t << 32) | ((long) w << 1) | (side > 0 ? 1 : 0), 1);
        }
      }
    }
    boolean[] piece = new boolean[size];
    for (Long2IntOpenHashMap.Entry e : beside.long2IntEntrySet()) {
      int t = (int) (e.getLongKey() >>> 32);
      int n = e.getIntValue();
      if (n >= minCount && n >= SHARE * occurrences[t]) piece[t] = true;
    }
    return piece;
  }
}
