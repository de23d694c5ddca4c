package qushi.analytics.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Terms that the texts mark themselves: Chinese writing puts set expressions in quotation marks
 * (“放管服”, “两个维护”, 「一带一路」), and such slogans often begin with a numeral or are made of single
 * characters, which the statistical rounds of {@link TermLearner} never merge.
 *
 * <p>A <i>quotation</i> is an opening mark (“ 「 『), then two or more tokens that are all Han
 * characters, then the matching closing mark (” 」 』), with nothing else in between. A quotation
 * names a thing, not a clause or a call to act: none of its pieces only points or joins ({@link
 * TermLearner#GRAMMATICAL}: prepositions, pronouns, 的 了 …, so “对党忠诚不负人民” is a motto, while 之 and 而
 * stay: “国之大者”, “小而美”), it does not start with a generic verb or verbal noun or an adverb
 * (“推动高质量发展” is a call to act, “认真考虑” a clause), and it does not end with an adverb. Its text is a
 * <i>quoted term</i> when it is quoted in at least {@link #MIN_PASSAGES} passages, is at most
 * {@link TermLearner#MAX_LENGTH} characters long, and is not on the not-a-term list. One quotation
 * proves little (a quoted word of a speech); the same words quoted again elsewhere are a name the
 * author uses.
 *
 * <p>A <i>hashtag</i> — "#", then two or more words (Han, Latin letters or digits) written without
 * a space or a punctuation mark between them, then "#" (a microblog's #说英雄谁是英雄#, #欢享PLUS时光#), with
 * a Han character in it and no Latin letter or digit against its opening mark (C#, F#; a Han
 * character may stand there: 看了#新剧推荐#), tags side by side sharing a token (#话题一##话题二#) — is the
 * author's name for a topic as a quotation is, whatever its grammar: its text is a quoted term when
 * it is tagged in at least {@link #MIN_PASSAGES} passages, is at most {@value #TAG_MAX} characters
 * long and is not on the not-a-term list. Kept whole, a tag counts as one word, and its pieces (英雄
 * twice in #说英雄谁是英雄#) are no words of their own there, as the pieces of any other term are not.
 *
 * <p>Deterministic: the result depends only on the token streams.
 */
final class QuotedTerms {
  /** Fewest passages in which a text must be quoted. */
  static final int MIN_PASSAGES = 2;

  /** Longest hashtag that is a term, in characters: tags name topics at length (#刘宇宁海飞丝活力代言人#). */
  static final int TAG_MAX = 24;

  private static final String OPEN = "“「『";
  private static final String CLOSE = "”」』";
  private static final String TAG = "#";

  /** Two marks as one token: the close of a tag and the open of the next (#话题一##话题二#). */
  private static final String TAGS = "##";

  /**
   * A quoted term.
   *
   * @param text its text
   * @param pieces the tokens of its first quotation, joined by "/"
   * @param passages the passages that quote it
   * @param count its occurrences as a run of whole tokens, quoted or not
   */
  record Quote(String text, String pieces, int passages, int count) {}

  private QuotedTerms() {}

  /**
   * Returns the quoted terms of the token streams, in text order.
   *
   * @param sequences per passage, the atom id of each token (-1: no word)
   * @param kinds per passage, the kind of each token ({@link TermLearner#kind})
   * @param atoms the text of each atom id
   * @param offsets per passage, the offset of each token in its text; null: no hashtags are read
   *     (whether the words of a tag touch cannot be told)
   * @param notTerms strings never learned
   */
  static List<Quote> find(
      List<int[]> sequences,
      List<byte[]> kinds,
      String[] atoms,
      List<int[]> offsets,
      Set<String> notTerms) {
    Map<String, String> pieces = new TreeMap<>();
    Map<String, Integer> passages = new HashMap<>();
    for (int p = 0; p < sequences.size(); p++) {
      int[] s = sequences.get(p);
      byte[] kind = kinds.get(p);
      Set<String> here = new HashSet<>();
      for (int i = 0; i < s.length; i++) {
        if (offsets != null && isMark(s, atoms, i)) {
          int close = tagClose(s, offsets.get(p), atoms, i);
          if (close < -1) { // a tag with a mark inside: its closing mark opens nothing
            int spent = -2 - close;
            i = atoms[s[spent]].equals(TAGS) ? spent - 1 : spent;
            continue;
          }
          if (close < 0) continue;
          List<String> words = new ArrayList<>(close - i - 1);
          for (int k = i + 1; k < close; k++) words.add(atoms[s[k]]);
          String t = String.join("", words);
          if (words.size() >= 2
              && t.codePointCount(0, t.length()) <= TAG_MAX
              && !notTerms.contains(t)) {
            pieces.putIfAbsent(t, String.join("/", words));
            if (here.add(t)) passages.merge(t, 1, Integer::sum);
          }
          // "##" closes this tag and opens the next (#话题一##话题二#)
          i = atoms[s[close]].equals(TAGS) ? close - 1 : close;
          continue;
        }
        int mark = s[i] < 0 ? -1 : OPEN.indexOf(atoms[s[i]]);
        if (mark < 0 || atoms[s[i]].length() != 1) continue;
        StringBuilder text = new StringBuilder();
        List<String> cut = new ArrayList<>();
        int j = i + 1;
        while (j < s.length && s[j] >= 0 && TermLearner.allHan(atoms[s[j]])) {
          text.append(atoms[s[j]]);
          cut.add(atoms[s[j]]);
          j++;
        }
        boolean closed =
            j < s.length && s[j] >= 0 && atoms[s[j]].equals(CLOSE.substring(mark, mark + 1));
        int length = text.codePointCount(0, text.length());
        if (!closed || cut.size() < 2 || length > TermLearner.MAX_LENGTH) continue;
        if (!names(kind, i + 1, j)) continue;
        String t = text.toString();
        if (notTerms.contains(t)) continue;
        pieces.putIfAbsent(t, String.join("/", cut));
        if (here.add(t)) passages.merge(t, 1, Integer::sum);
        i = j;
      }
    }
    List<String> texts = new ArrayList<>();
    for (String t : pieces.keySet()) if (passages.get(t) >= MIN_PASSAGES) texts.add(t);
    int[] counts = counts(sequences, atoms, texts);
    List<Quote> out = new ArrayList<>(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      String t = texts.get(k);
      out.add(new Quote(t, pieces.get(t), passages.get(t), counts[k]));
    }
    return out;
  }

  private static final java.util.regex.Pattern TAG_LINE =
      java.util.regex.Pattern.compile("\\s*(?:#[^#\\s]{1," + TAG_MAX + "}#\\s*)+");

  /**
   * Returns whether a paragraph is made of hashtags alone ("#摩登兄弟# #新歌#"), with a Han character
   * among them: the author's labels of a post, which {@link Boilerplate} never takes for furniture
   * however many posts open with them.
   */
  static boolean onlyHashtags(String paragraph) {
    return TAG_LINE.matcher(paragraph).matches() && Chars.hasHan(paragraph);
  }

  /** Returns whether token {@code k} is a hashtag's mark, "#" or "##". */
  private static boolean isMark(int[] s, String[] atoms, int k) {
    return s[k] >= 0 && (atoms[s[k]].equals(TAG) || atoms[s[k]].equals(TAGS));
  }

  /**
   * Returns the index of the mark that closes the hashtag the mark at {@code open} opens, or -1
   * when it opens none: the words after it (Han, letters or digits) must touch it, each other and
   * the closing mark, and hold a Han character; no Latin letter or digit may touch an opening "#"
   * from before (C#, F#). A tag with another mark inside (#新冠·防控#) is none, and its closing mark
   * opens nothing either: the index returned is then -2 - that mark's.
   */
  private static int tagClose(int[] s, int[] offsets, String[] atoms, int open) {
    if (open > 0 && atoms[s[open]].equals(TAG) && touches(s, offsets, atoms, open - 1)) {
      String before = atoms[s[open - 1]];
      if (before.isEmpty() || latin(before.codePointBefore(before.length()))) return -1;
    }
    boolean han = false;
    boolean words = true;
    for (int j = open + 1;
        j < s.length && j - open <= TAG_MAX && s[j] >= 0 && touches(s, offsets, atoms, j - 1);
        j++) {
      if (isMark(s, atoms, j)) return words && han ? j : -2 - j;
      String w = atoms[s[j]];
      if (!w.codePoints().allMatch(Character::isLetterOrDigit)) words = false;
      han |= Chars.hasHan(w);
    }
    return -1;
  }

  /** Returns whether token {@code k} ends where token {@code k + 1} starts. */
  private static boolean touches(int[] s, int[] offsets, String[] atoms, int k) {
    return s[k] >= 0 && offsets[k] + atoms[s[k]].length() == offsets[k + 1];
  }

  /** Returns whether {@code c} is a Latin letter or a digit. */
  private static boolean latin(int c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  /** Returns whether the tokens [from, to) of these kinds may form a name (see the class). */
  private static boolean names(byte[] kind, int from, int to) {
    for (int k = from; k < to; k++) if (kind[k] == TermLearner.GRAMMATICAL) return false;
    int first = kind[from] & 7;
    int last = kind[to - 1] & 7;
    boolean startsFree = kind[from] < TermLearner.FROZEN;
    boolean endsFree = kind[to - 1] < TermLearner.FROZEN;
    if (startsFree
        && (first == TermLearner.GENERIC_VERB
            || first == TermLearner.GENERIC_HEAD
            || first == TermLearner.MODIFIER)) return false;
    return !(endsFree && last == TermLearner.MODIFIER);
  }

  /**
   * Returns, per text, how often a run of whole adjacent tokens spells it: from each token on,
   * tokens are appended while the text so far is the start of one of the texts ({@link CharTrie}).
   */
  private static int[] counts(List<int[]> sequences, String[] atoms, List<String> texts) {
    int[] counts = new int[texts.size()];
    if (texts.isEmpty()) return counts;
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < texts.size(); k++) index.put(texts.get(k), k);
    CharTrie trie = new CharTrie(texts);
    int[] afterAtom = new int[atoms.length]; // the trie state after each atom from the root
    for (int a = 0; a < atoms.length; a++) {
      afterAtom[a] = atoms[a].isEmpty() ? -1 : trie.walk(0, atoms[a]);
    }
    StringBuilder run = new StringBuilder();
    for (int[] s : sequences) {
      for (int i = 0; i < s.length; i++) {
        if (s[i] < 0 || afterAtom[s[i]] < 0) continue;
        int state = afterAtom[s[i]];
        run.setLength(0);
        run.append(atoms[s[i]]);
        for (int j = i + 1; j < s.length && s[j] >= 0; j++) {
          state = trie.walk(state, atoms[s[j]]);
          if (state < 0) break;
          run.append(atoms[s[j]]);
          if (trie.isWord(state)) counts[index.get(run.toString())]++;
        }
      }
    }
    return counts;
  }

  /**
   * Returns the terms of the rounds, each with the passages that quote it, followed by the quoted
   * terms the rounds did not learn (most quoted first, ties by term).
   */
  static List<TermLearner.Term> withQuoted(List<TermLearner.Term> learned, List<Quote> quotes) {
    Map<String, Quote> byText = new HashMap<>();
    for (Quote q : quotes) byText.put(q.text(), q);
    List<TermLearner.Term> out = new ArrayList<>(learned.size() + quotes.size());
    for (TermLearner.Term t : learned) {
      Quote q = byText.remove(t.term());
      out.add(q == null ? t : t.withQuoted(q.passages()));
    }
    List<Quote> rest = new ArrayList<>(byText.values());
    rest.sort(Comparator.comparingInt(Quote::passages).reversed().thenComparing(Quote::text));
    for (Quote q : rest) {
      out.add(TermLearner.Term.unscored(q.text(), q.pieces(), q.count(), q.passages(), false));
    }
    return out;
  }
}
