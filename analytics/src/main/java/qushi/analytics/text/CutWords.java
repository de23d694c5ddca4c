package qushi.analytics.text;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Words of two characters that the segmenter writes whole in some places and cuts into their two
 * characters in others: 胡塞 (the Houthis) is one token after 打击 and two, 胡/塞, after 也门, where HanLP
 * reads 胡 as an adverb. The rounds of {@link TermLearner} cannot join them: a single character that
 * is an adverb or a position word is a function word there, which cuts the stream, so that 很/多 or
 * 年/内 are never merged.
 *
 * <p>Here the segmenter itself vouches for the word: a pair of adjacent single Han characters on
 * one line, neither a numeral, a classifier, a grammatical word (a preposition, a pronoun, the
 * particles 的 了 …) nor a term of the user's lexicon, whose text is a token of the corpus at least
 * {@link TermLearner#MIN_COUNT} times and there a content word (not a function word, a stopword
 * such as 有关, a numeral or a lexicon term), is a <i>cut word</i> when the pair also occurs at least
 * that often and passes the rounds' own tests of association: G² significant at {@link
 * TermLearner#ALPHA} after Bonferroni over the pairs tested here, NPMI ≥ {@link
 * TermLearner#MIN_NPMI}, and one character standing beside the other in at least {@link
 * TermLearner#MIN_DEPENDENCE} of its own occurrences. Two characters that merely meet (可/以 of
 * 可以以书面形式, 年/内 of 五年内, 人/为) fail the last tests, or are grammatical words or classifiers.
 * Deterministic: the result depends only on the token streams.
 */
final class CutWords {
  /**
   * A cut word.
   *
   * @param text its text
   * @param pieces its two characters, joined by "/"
   * @param cut how often the two characters stand as two tokens
   * @param whole how often it is one token
   * @param stats {g2, npmi, forward, backward} of the pair
   */
  record Word(String text, String pieces, int cut, int whole, double[] stats) {}

  private CutWords() {}

  /**
   * Returns the cut words of the token streams, largest G² first (ties by text).
   *
   * @param sequences per passage, the atom id of each token (-1: no word)
   * @param kinds per passage, the kind of each token ({@link TermLearner#kind})
   * @param lineStarts per passage, the indices of its tokens that start a line after its first;
   *     null for none
   * @param atoms the text of each atom id
   * @param notTerms strings never learned
   */
  static List<Word> find(
      List<int[]> sequences,
      List<byte[]> kinds,
      List<int[]> lineStarts,
      String[] atoms,
      Set<String> notTerms) {
    long[] count = new long[atoms.length];
    boolean[] content = new boolean[atoms.length];
    long total = 0;
    for (int p = 0; p < sequences.size(); p++) {
      int[] s = sequences.get(p);
      byte[] kind = kinds.get(p);
      for (int i = 0; i < s.length; i++) {
        if (s[i] >= 0) {
          count[s[i]]++;
          total++;
          content[s[i]] |= content(kind[i]);
        }
      }
    }
    // the content words of two Han characters (one UTF-16 unit each) the segmenter wrote often
    // enough, by their two characters
    Int2IntOpenHashMap words = new Int2IntOpenHashMap();
    words.defaultReturnValue(-1);
    for (int a = 0; a < atoms.length; a++) {
      String w = atoms[a];
      if (w.length() == 2
          && content[a]
          && count[a] >= TermLearner.MIN_COUNT
          && TermLearner.allHan(w)) {
        words.put(pairKey(w.charAt(0), w.charAt(1)), a);
      }
    }
    if (words.isEmpty()) return List.of();
    // how often each such word stands cut into its two characters
    Int2LongOpenHashMap cut = new Int2LongOpenHashMap();
    for (int p = 0; p < sequences.size(); p++) {
      int[] s = sequences.get(p);
      byte[] kind = kinds.get(p);
      boolean[] lineStart =
          TransliteratedTerms.lineStarts(s, lineStarts == null ? null : lineStarts.get(p));
      for (int i = 0; i + 1 < s.length; i++) {
        if (lineStart[i + 1]) continue;
        if (!piece(s[i], kind[i], atoms) || !piece(s[i + 1], kind[i + 1], atoms)) continue;
        int key = pairKey(atoms[s[i]].charAt(0), atoms[s[i + 1]].charAt(0));
        if (words.containsKey(key)) cut.addTo(key, 1);
      }
    }
    int[] keys = cut.keySet().toIntArray();
    java.util.Arrays.sort(keys);
    List<Integer> candidates = new ArrayList<>();
    for (int key : keys) if (cut.get(key) >= TermLearner.MIN_COUNT) candidates.add(key);
    if (candidates.isEmpty()) return List.of();
    double critical =
        new ChiSquaredDistribution(1)
            .inverseCumulativeProbability(1 - TermLearner.ALPHA / candidates.size());
    // the count of each single character, by character
    Int2IntOpenHashMap single = new Int2IntOpenHashMap();
    single.defaultReturnValue(-1);
    for (int a = 0; a < atoms.length; a++)
      if (atoms[a].length() == 1) single.put(atoms[a].charAt(0), a);
    List<Word> out = new ArrayList<>();
    for (int key : candidates) {
      int whole = words.get(key);
      String text = atoms[whole];
      if (notTerms.contains(text)) continue;
      double n = cut.get(key);
      double ca = count[single.get(text.charAt(0))];
      double cb = count[single.get(text.charAt(1))];
      double[] stats = test(n, ca, cb, total, critical);
      if (stats == null) continue;
      out.add(
          new Word(
              text, text.charAt(0) + "/" + text.charAt(1), (int) n, (int) count[whole], stats));
    }
    out.sort(Comparator.comparingDouble((Word w) -> -w.stats()[0]).thenComparing(Word::text));
    return out;
  }

  /**
   * Returns {g2, npmi, forward, backward} of a pair that occurs {@code n} times beside parts that
   * occur {@code ca} and {@code cb} times among {@code total} tokens, or null when it fails the
   * rounds' tests.
   */
  static double[] test(double n, double ca, double cb, double total, double critical) {
    double[] s = TermLearner.association(n, ca, cb, total, critical);
    if (s == null || s[1] < TermLearner.MIN_NPMI) return null;
    return Math.max(s[2], s[3]) < TermLearner.MIN_DEPENDENCE ? null : s;
  }

  /**
   * Returns whether a token may be a piece of a cut word: one Han character (one UTF-16 unit), no
   * numeral, classifier, grammatical word or lexicon term.
   */
  private static boolean piece(int atom, byte kind, String[] atoms) {
    if (atom < 0 || (kind & (TermLearner.NUMERAL | TermLearner.GRAMMATICAL)) != 0) return false;
    if (kind == TermLearner.FROZEN) return false;
    String w = atoms[atom];
    return w.length() == 1
        && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN;
  }

  /**
   * Returns whether a token of this kind is a content word: a name, noun, verb, verbal noun,
   * adjective or modifier that is no stopword (推动, 有关 and 发展 are none), numeral, grammatical word
   * or lexicon term.
   */
  private static boolean content(byte kind) {
    if ((kind & (TermLearner.NUMERAL | TermLearner.GRAMMATICAL | TermLearner.FROZEN)) != 0) {
      return false;
    }
    if ((kind & TermLearner.NAME) != 0) return true;
    int k = kind & 7;
    return k != TermLearner.FUNCTION
        && k != TermLearner.GENERIC_VERB
        && k != TermLearner.GENERIC_HEAD;
  }

  private static int pairKey(char a, char b) {
    return a << 16 | b;
  }
}
