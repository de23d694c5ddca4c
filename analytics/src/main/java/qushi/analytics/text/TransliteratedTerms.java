package qushi.analytics.text;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Foreign names the segmenter cut into pieces: a place or person that HanLP's dictionaries lack,
 * written with the characters Chinese uses to transliterate (顿涅茨克 cut 顿/涅/茨/克, 阿拉格齐 cut 阿拉/格齐,
 * 库皮扬斯克 cut 库/皮扬/斯/克). The statistical rounds of {@link TermLearner} cannot make them whole: their
 * pieces are single characters, classifiers (克) or words of another kind (阿拉, a pronoun to the
 * dictionary), which no term starts or holds.
 *
 * <p>A <i>run</i> is a longest stretch of two or more adjacent tokens on one line, each of Han
 * characters only, every character one that HanLP's table of transliteration characters holds (the
 * table its recogniser of transliterated person names reads), and no token a lexicon term. The
 * characters alone would also take ordinary words that happen to be written with them (努力/提高, 大/得/多
 * are runs too), so the corpus decides. A word of two or more characters at either edge of a run
 * that stands in runs in fewer than {@link #DEPENDENCE} of its occurrences is a word of its own and
 * is left out of the run: a country or province before a place (伊朗 before 伊斯法罕, 山东 before 泰安), a
 * title before a name. A run's text is then a <i>transliterated term</i> when it occurs at least
 * {@link TermLearner#MIN_COUNT} times as a run, is three to {@link TermLearner#MAX_LENGTH}
 * characters long, is not on the not-a-term list, and one of its pieces stands inside it in at
 * least {@link #DEPENDENCE} of that piece's occurrences in the corpus: a piece that is no word of
 * its own (涅, 格齐, 皮扬). Where one word of two or more characters that starts with a transliteration
 * character and is no word of HanLP's dictionary follows at least {@link #COMPLETION} of the text's
 * runs, the segmenter took the name's last character into that word (库尔/斯 before 克州, of 库尔斯克州), and
 * the name is the text and that character (库尔斯克), found as often as that word follows. A name may
 * also hold one character the table lacks between two of its pieces ({@link #bridged}).
 * Deterministic: the result depends only on the token streams, not on how atoms are numbered. (A
 * heading that frames the documents, from which the rounds learn nothing, is not told apart here:
 * its tokens reach this class as function words, which a run may hold, as 克 of 顿涅茨克 is one.)
 */
final class TransliteratedTerms {
  /** Least share of one piece's occurrences that stand inside the run's text. */
  static final double DEPENDENCE = 0.5;

  /**
   * Least share of a text's runs that the same word must follow for the name to take that word's
   * first character.
   */
  static final double COMPLETION = 0.8;

  /**
   * A transliterated term.
   *
   * @param text its text
   * @param pieces the tokens of its first run, joined by "/"
   * @param count its runs
   */
  record Name(String text, String pieces, int count) {}

  private TransliteratedTerms() {}

  /**
   * Returns the transliterated terms of the token streams, by text.
   *
   * @param sequences per passage, the atom id of each token (-1: no word)
   * @param kinds per passage, the kind of each token ({@link TermLearner#kind})
   * @param lineStarts per passage, the indices of its tokens that start a line after its first;
   *     null for none
   * @param atoms the text of each atom id
   * @param notTerms strings never learned
   */
  static List<Name> find(
      List<int[]> sequences,
      List<byte[]> kinds,
      List<int[]> lineStarts,
      String[] atoms,
      Set<String> notTerms) {
    boolean[] written = new boolean[atoms.length];
    for (int a = 0; a < atoms.length; a++) written[a] = transliteration(atoms[a]);
    // each passage's runs; how often each atom occurs, and how often inside a run
    List<List<int[]>> runsOf = new ArrayList<>(sequences.size());
    long[] atomCount = new long[atoms.length];
    long[] inRuns = new long[atoms.length];
    for (int p = 0; p < sequences.size(); p++) {
      int[] s = sequences.get(p);
      for (int a : s) if (a >= 0) atomCount[a]++;
      boolean[] lineStart = lineStarts(s, lineStarts == null ? null : lineStarts.get(p));
      runsOf.add(runs(s, kinds.get(p), lineStart, written, atoms, false));
      for (int[] run : runsOf.get(p)) for (int k = run[0]; k < run[1]; k++) inRuns[s[k]]++;
    }
    Tally tally = new Tally();
    // per text, how often each word of two or more characters that starts with a transliteration
    // character followed its runs (德州 after 别/尔哥/罗)
    Map<String, Map<Integer, Integer>> after = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < sequences.size(); p++) {
      int[] s = sequences.get(p);
      for (int[] run : runsOf.get(p)) {
        int i = run[0];
        int j = run[1];
        int end = j;
        // a word of its own at an edge is no piece of the name
        while (i < j && free(atoms[s[i]], inRuns[s[i]], atomCount[s[i]])) i++;
        while (j > i && free(atoms[s[j - 1]], inRuns[s[j - 1]], atomCount[s[j - 1]])) j--;
        text.setLength(0);
        for (int k = i; k < j; k++) text.append(atoms[s[k]]);
        int length = text.codePointCount(0, text.length());
        if (j - i < 2 || length < 3 || length > TermLearner.MAX_LENGTH) continue;
        String t = text.toString();
        tally.add(t, s, i, j, atoms);
        if (j == end && j < s.length && s[j] >= 0 && startsName(atoms[s[j]], lineStarts, p, j)) {
          after.computeIfAbsent(t, x -> new HashMap<>()).merge(s[j], 1, Integer::sum);
        }
      }
    }
    List<Name> out = new ArrayList<>();
    for (var e : tally.runs.entrySet()) {
      String t = e.getKey();
      if (e.getValue() < TermLearner.MIN_COUNT || notTerms.contains(t)) continue;
      if (!tally.fragment(t, atomCount)) continue;
      // a name cut one character short: the word after it nearly always takes its last character
      int next = -1;
      for (var w : after.getOrDefault(t, Map.of()).entrySet()) {
        if (w.getValue() >= COMPLETION * e.getValue()) next = w.getKey();
      }
      String whole =
          next < 0
              ? t
              : t + atoms[next].substring(0, Character.charCount(atoms[next].codePointAt(0)));
      int n = next < 0 ? e.getValue() : after.get(t).get(next);
      if (next >= 0
          && (n < TermLearner.MIN_COUNT
              || notTerms.contains(whole)
              || whole.codePointCount(0, whole.length()) > TermLearner.MAX_LENGTH)) {
        whole = t; // the name as the runs have it
        n = e.getValue();
        next = -1;
      }
      out.add(new Name(whole, tally.pieces.get(t) + (next < 0 ? "" : "/" + atoms[next]), n));
    }
    out.addAll(bridged(sequences, kinds, lineStarts, atoms, written, atomCount, inRuns, notTerms));
    // a completed name may be the text of other runs too: one name, its runs added up
    Map<String, Name> byText = new TreeMap<>();
    for (Name n : out) {
      byText.merge(n.text(), n, (x, y) -> new Name(x.text(), x.pieces(), x.count() + y.count()));
    }
    return new ArrayList<>(byText.values());
  }

  /**
   * Returns the names whose runs hold a character the table lacks (泽/连/斯/基: 连 is no transliteration
   * character to HanLP's table, which a table of person names cannot list in full). A <i>bridge</i>
   * is a token of one Han character, no lexicon term, between two tokens that may stand in a run
   * ({@link #member}); a bridged run is a longest stretch of such tokens and bridges that holds a
   * bridge, its edges trimmed as a run's are. Its text is a name on the rules of a run's text, and
   * two more, since a bridge may be any character: each bridge stands between the name's pieces in
   * at least {@link TermLearner#MIN_DEPENDENCE} of its occurrences in the corpus (连 of 泽连斯基 in 196
   * of its 521 tokens in the news transcripts of six years, where it also names army companies; 和
   * between two names of places is a word of its own), and no one token follows the text in at
   * least {@link #COMPLETION} of its runs: a text always followed by the same word is a piece of a
   * longer phrase (大/鸣/大 of 大鸣大放, whose 放 no run may hold), not a name.
   */
  private static List<Name> bridged(
      List<int[]> sequences,
      List<byte[]> kinds,
      List<int[]> lineStarts,
      String[] atoms,
      boolean[] written,
      long[] atomCount,
      long[] inRuns,
      Set<String> notTerms) {
    Tally tally = new Tally();
    // per text, how often each bridge stood inside one of its runs
    Map<String, Map<Integer, Integer>> bridges = new HashMap<>();
    // per text, how often each token followed it (a line's end or no word: never counted)
    Map<String, Map<Integer, Integer>> next = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < sequences.size(); p++) {
      int[] s = sequences.get(p);
      byte[] kind = kinds.get(p);
      boolean[] lineStart = lineStarts(s, lineStarts == null ? null : lineStarts.get(p));
      for (int[] run : runs(s, kind, lineStart, written, atoms, true)) {
        int from = run[0];
        int to = run[1];
        int j = to;
        boolean bridged = false;
        for (int k = from; k < to; k++) bridged |= !member(s, kind, k, written);
        if (!bridged) continue;
        // a word of its own at an edge is no piece of the name (nor is a bridge left at the edge)
        while (from < to
            && member(s, kind, from, written)
            && free(s[from], atoms, inRuns, atomCount)) from++;
        while (to > from
            && member(s, kind, to - 1, written)
            && free(s[to - 1], atoms, inRuns, atomCount)) to--;
        if (to - from < 3 || !member(s, kind, from, written) || !member(s, kind, to - 1, written))
          continue;
        text.setLength(0);
        for (int k = from; k < to; k++) text.append(atoms[s[k]]);
        int length = text.codePointCount(0, text.length());
        if (length < 3 || length > TermLearner.MAX_LENGTH) continue;
        String t = text.toString();
        tally.add(t, s, from, to, atoms);
        Map<Integer, Integer> b = bridges.computeIfAbsent(t, x -> new HashMap<>());
        for (int k = from; k < to; k++) {
          if (!member(s, kind, k, written)) b.merge(s[k], 1, Integer::sum);
        }
        if (to == j && to < s.length && !lineStart[to] && s[to] >= 0) {
          next.computeIfAbsent(t, x -> new HashMap<>()).merge(s[to], 1, Integer::sum);
        }
      }
    }
    List<Name> out = new ArrayList<>();
    for (var e : tally.runs.entrySet()) {
      String t = e.getKey();
      int n = e.getValue();
      if (n < TermLearner.MIN_COUNT || notTerms.contains(t)) continue;
      boolean fragment = tally.fragment(t, atomCount);
      boolean bound = true;
      for (var bridge : bridges.get(t).entrySet()) {
        if (bridge.getValue() < TermLearner.MIN_DEPENDENCE * atomCount[bridge.getKey()]) {
          bound = false;
        }
      }
      boolean open = true;
      for (int c : next.getOrDefault(t, Map.of()).values()) if (c >= COMPLETION * n) open = false;
      if (fragment && bound && open) out.add(new Name(t, tally.pieces.get(t), n));
    }
    return out;
  }

  /**
   * The runs of each text: how many, the pieces of the first, and how often each atom stood inside
   * one of them.
   */
  private static final class Tally {
    final Map<String, Integer> runs = new TreeMap<>();
    final Map<String, String> pieces = new HashMap<>();
    final Map<String, Map<Integer, Integer>> inside = new HashMap<>();

    /** Counts the run of text {@code t}: the tokens {@code from} to {@code to} of {@code s}. */
    void add(String t, int[] s, int from, int to, String[] atoms) {
      runs.merge(t, 1, Integer::sum);
      Map<Integer, Integer> in = inside.computeIfAbsent(t, x -> new HashMap<>());
      for (int k = from; k < to; k++) in.merge(s[k], 1, Integer::sum);
      if (!pieces.containsKey(t)) {
        StringBuilder cut = new StringBuilder();
        for (int k = from; k < to; k++) cut.append(k > from ? "/" : "").append(atoms[s[k]]);
        pieces.put(t, cut.toString());
      }
    }

    /**
     * Returns whether one of the pieces of {@code t} stands inside its runs in at least {@link
     * #DEPENDENCE} of that piece's occurrences: a piece that is no word of its own.
     */
    boolean fragment(String t, long[] atomCount) {
      for (var piece : inside.get(t).entrySet()) {
        if (piece.getValue() >= DEPENDENCE * atomCount[piece.getKey()]) return true;
      }
      return false;
    }
  }

  /** {@link #free(String, long, long)} of atom {@code a}. */
  private static boolean free(int a, String[] atoms, long[] inRuns, long[] atomCount) {
    return free(atoms[a], inRuns[a], atomCount[a]);
  }

  /** Returns per token of a stream whether it starts a line after the first. */
  static boolean[] lineStarts(int[] s, int[] lineStarts) {
    boolean[] lineStart = new boolean[s.length + 1];
    if (lineStarts != null) for (int k : lineStarts) lineStart[k] = true;
    return lineStart;
  }

  /**
   * Returns whether token {@code i}, which no run may hold, may bridge two of a run's tokens: one
   * Han character, not a lexicon term.
   */
  private static boolean bridge(int[] s, byte[] kind, int i, String[] atoms) {
    if (s[i] < 0 || kind[i] == TermLearner.FROZEN) return false;
    String w = atoms[s[i]];
    return w.codePointCount(0, w.length()) == 1 && TermLearner.allHan(w);
  }

  /**
   * Returns the runs of a stream, each {from, to}: the longest stretches of two or more tokens of
   * transliteration characters ({@code written}) that are no lexicon terms, none starting a line
   * but the first ({@code lineStart}); with {@code bridging}, a stretch may also hold bridges
   * ({@link #bridge}), each between two such tokens ({@link #bridged}).
   */
  private static List<int[]> runs(
      int[] s,
      byte[] kind,
      boolean[] lineStart,
      boolean[] written,
      String[] atoms,
      boolean bridging) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length) {
      if (!member(s, kind, i, written)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < s.length && !lineStart[j]) {
        if (member(s, kind, j, written)) {
          j++;
        } else if (bridging
            && j + 1 < s.length
            && !lineStart[j + 1]
            && bridge(s, kind, j, atoms)
            && member(s, kind, j + 1, written)) {
          j += 2;
        } else {
          break;
        }
      }
      if (j - i >= 2) out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }

  /**
   * Returns whether a word at the edge of a run is a word of its own: two or more characters, in
   * runs in fewer than {@link #DEPENDENCE} of its occurrences. A single character is never one: it
   * is as often a piece of a name (里 of 里亚布科夫, 比 of 比雷埃夫斯) as a word beside it.
   */
  private static boolean free(String word, long inRuns, long count) {
    return word.codePointCount(0, word.length()) >= 2 && inRuns < DEPENDENCE * count;
  }

  /**
   * Returns whether token {@code i} may stand in a run: a word of transliteration characters, not a
   * lexicon term.
   */
  private static boolean member(int[] s, byte[] kind, int i, boolean[] written) {
    return s[i] >= 0 && written[s[i]] && kind[i] != TermLearner.FROZEN;
  }

  /**
   * Returns whether a word after a run may hold the name's last character: two or more Han
   * characters, the first a transliteration character, on the run's line, and no word of HanLP's
   * dictionary (海峡 after 博斯普鲁斯 is a word, and so is 德州, which the segmenter keeps whole whatever
   * name stands before it).
   */
  private static boolean startsName(String word, List<int[]> lineStarts, int p, int j) {
    if (lineStarts != null && java.util.Arrays.binarySearch(lineStarts.get(p), j) >= 0)
      return false;
    return word.codePointCount(0, word.length()) >= 2
        && TermLearner.allHan(word)
        && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(word)
        && transliteration(new String(Character.toChars(word.codePointAt(0))));
  }

  /** Returns whether every character of {@code word} is a Han transliteration character. */
  static boolean transliteration(String word) {
    if (word.isEmpty() || !TermLearner.allHan(word)) return false;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (!TranslatedPersonDictionary.containsKey(new String(Character.toChars(c)))) return false;
      i += Character.charCount(c);
    }
    return true;
  }
}
