package qushi.analytics.text;

import static qushi.analytics.text.TermLearner.FROZEN;
import static qushi.analytics.text.TermLearner.FUNCTION;
import static qushi.analytics.text.TermLearner.GRAMMATICAL;
import static qushi.analytics.text.TermLearner.NUMERAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The token streams as the rounds of {@link TermLearner} read them. A token that may belong to a
 * term becomes the id of its (word, kind) pair — a token's kind depends on its tag, which may
 * differ between occurrences of one word — ids given in order of first appearance. Any other token
 * (a function word, numeral, lexicon term, or no word) becomes −3 − its code point when it is one
 * Han character, a lexicon term becomes −3 − ({@link #LEXICON} + its index in {@link #lexicon}),
 * and a function word or numeral of more Han characters −3 − ({@link #LONGER} + its index in {@link
 * #longer}), so that they stay recognisable as neighbours ({@link TermSelection}); any other (no
 * word, punctuation, Latin) becomes −1.
 */
final class UnitStreams {
  /** Per passage, the unit id or the marker of each token. */
  final List<int[]> streams;

  /** The word of each unit id. */
  final String[] text;

  /** The kind of each unit id. */
  final byte[] kinds;

  /** The lexicon terms of the streams, in order of first appearance. */
  final String[] lexicon;

  /**
   * The function words and numerals of more than one Han character, in order of first appearance.
   */
  final String[] longer;

  /** Offset of a lexicon term's index in its marker, past every code point. */
  static final int LEXICON = Character.MAX_CODE_POINT + 1;

  /** Offset of a longer function word's index in its marker, past every lexicon term's. */
  static final int LONGER = LEXICON + (1 << 26);

  private UnitStreams(
      List<int[]> streams, String[] text, byte[] kinds, String[] lexicon, String[] longer) {
    this.streams = streams;
    this.text = text;
    this.kinds = kinds;
    this.lexicon = lexicon;
    this.longer = longer;
  }

  /**
   * Returns the word that marker {@code v} (at most −3) stands for: a Han character, a lexicon term
   * or a longer function word.
   */
  String marked(int v) {
    int x = -3 - v;
    if (x >= LONGER) return longer[x - LONGER];
    return x >= LEXICON ? lexicon[x - LEXICON] : new String(Character.toChars(x));
  }

  /** Returns whether marker {@code v} (at most −3) stands for a longer function word. */
  static boolean longerFunctionWord(int v) {
    return -3 - v >= LONGER;
  }

  /**
   * Returns the streams of atom ids {@code sequences} with their kinds, as units, each cut where a
   * line starts ({@code lineStarts}: per sequence the indices of the tokens that start a line after
   * the first; null for none); {@code atoms} holds each word once.
   */
  static UnitStreams of(
      List<int[]> sequences, List<byte[]> atomKinds, List<int[]> lineStarts, String[] atoms) {
    // ids by (word, kind): per word the first kind it is seen with, other kinds in a map
    int[] idOf = new int[atoms.length];
    Arrays.fill(idOf, -1);
    byte[] kindOf = new byte[atoms.length];
    Map<Long, Integer> otherKinds = new HashMap<>();
    List<String> text = new ArrayList<>();
    List<Byte> kinds = new ArrayList<>();
    List<int[]> seqs = new ArrayList<>(sequences.size());
    // the marker of each atom where it is no unit: −3 − its code point if one Han character, −1
    // if not Han; a lexicon term's and a longer Han word's are given where first seen
    int[] marker = new int[atoms.length];
    for (int a = 0; a < atoms.length; a++) {
      String w = atoms[a];
      if (!TermLearner.allHan(w) || w.isEmpty()) marker[a] = -1;
      else if (w.codePointCount(0, w.length()) == 1) marker[a] = -3 - w.codePointAt(0);
    }
    int[] lexiconMarker = new int[atoms.length];
    List<String> lexicon = new ArrayList<>();
    List<String> longer = new ArrayList<>();
    for (int k = 0; k < sequences.size(); k++) {
      int[] s = sequences.get(k);
      byte[] kd = atomKinds.get(k);
      int[] out = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        if (s[i] < 0
            || kd[i] == FUNCTION
            || kd[i] == NUMERAL
            || kd[i] == GRAMMATICAL
            || kd[i] == FROZEN) {
          // a Han function word and a lexicon term stay recognisable as neighbours
          if (s[i] < 0) out[i] = -1;
          else if (kd[i] != FROZEN) {
            if (marker[s[i]] == 0) {
              marker[s[i]] = -3 - (LONGER + longer.size());
              longer.add(atoms[s[i]]);
            }
            out[i] = marker[s[i]];
          } else {
            if (lexiconMarker[s[i]] == 0) {
              lexiconMarker[s[i]] = -3 - (LEXICON + lexicon.size());
              lexicon.add(atoms[s[i]]);
            }
            out[i] = lexiconMarker[s[i]];
          }
          continue;
        }
        int w = s[i];
        Integer id;
        if (idOf[w] >= 0 && kindOf[w] == kd[i]) {
          id = idOf[w];
        } else {
          id = idOf[w] < 0 ? null : otherKinds.get((long) w << 8 | (kd[i] & 0xFF));
          if (id == null) {
            id = text.size();
            if (idOf[w] < 0) {
              idOf[w] = id;
              kindOf[w] = kd[i];
            } else {
              otherKinds.put((long) w << 8 | (kd[i] & 0xFF), id);
            }
            text.add(atoms[s[i]]);
            kinds.add(kd[i]);
          }
        }
        out[i] = id;
      }
      // a line break ends a stream: nothing is merged across it (a heading and the line below)
      int from = 0;
      for (int cut : lineStarts == null ? new int[0] : lineStarts.get(k)) {
        if (cut > from && cut < out.length) {
          seqs.add(Arrays.copyOfRange(out, from, cut));
          from = cut;
        }
      }
      seqs.add(from == 0 ? out : Arrays.copyOfRange(out, from, out.length));
    }
    byte[] kindArray = new byte[kinds.size()];
    for (int i = 0; i < kindArray.length; i++) kindArray[i] = kinds.get(i);
    return new UnitStreams(
        seqs,
        text.toArray(new String[0]),
        kindArray,
        lexicon.toArray(new String[0]),
        longer.toArray(new String[0]));
  }
}
