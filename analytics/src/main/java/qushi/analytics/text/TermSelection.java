package qushi.analytics.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The last step of a {@link TermLearner} run: of the units merged in its rounds, the ones that are
 * terms, frequent enough as a unit, with edges that may end a term and free boundaries (the
 * branching entropy of their neighbours on each side), with the statistics of their merge.
 */
final class TermSelection {
  private TermSelection() {}

  /**
   * Returns the merged units that pass the final checks, as terms; {@code marked} gives the word a
   * marker in the streams stands for (a Han character or a lexicon term, see {@link UnitStreams}).
   */
  static List<TermLearner.Term> terms(
      List<int[]> seqs,
      TermUnits units,
      int atoms,
      IntFunction<String> marked,
      Set<String> notTerms) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Neighbours> left = new HashMap<>();
    Map<String, Neighbours> right = new HashMap<>();
    Map<Integer, Integer> unitCount = new HashMap<>();
    // of a name's units, the neighbours that are one character of a word (not a function word)
    Map<String, Map<String, Integer>> charNeighbours = new HashMap<>();
    // how often each longer function word stands in the streams
    Map<String, Integer> functionWords = new HashMap<>();
    for (int[] s : seqs) {
      for (int i = 0; i < s.length; i++) {
        if (s[i] < atoms) {
          if (s[i] <= -3 && UnitStreams.longerFunctionWord(s[i])) {
            functionWords.merge(marked.apply(s[i]), 1, Integer::sum);
          }
          continue;
        }
        String t = units.unitText.get(s[i]);
        counts.merge(t, 1, Integer::sum);
        unitCount.merge(s[i], 1, Integer::sum);
        // neighbours that no term can extend across count as new each time
        String l = i > 0 ? neighbour(units, marked, s[i - 1], true) : null;
        String r = i + 1 < s.length ? neighbour(units, marked, s[i + 1], false) : null;
        left.computeIfAbsent(t, k -> new Neighbours())
            .add(l, i > 0 && UnitStreams.longerFunctionWord(s[i - 1]));
        right
            .computeIfAbsent(t, k -> new Neighbours())
            .add(r, i + 1 < s.length && UnitStreams.longerFunctionWord(s[i + 1]));
        if (units.names.get(s[i])) {
          Map<String, Integer> chars = charNeighbours.computeIfAbsent(t, k -> new HashMap<>());
          // (one that no term extends across is a neighbour of its own each time, never counted)
          if (l != null && oneCharacter(units, atoms, s[i - 1]))
            chars.merge("<" + l, 1, Integer::sum);
          if (r != null && oneCharacter(units, atoms, s[i + 1]))
            chars.merge(">" + r, 1, Integer::sum);
        }
      }
    }
    // the statistics of a term are those of the merge that made most of its occurrences
    Map<String, Integer> best = new HashMap<>();
    unitCount.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String t = units.unitText.get(e.getKey());
              Integer b = best.get(t);
              if (b == null || e.getValue() > unitCount.get(b)) best.put(t, e.getKey());
            });
    List<TermLearner.Term> out = new ArrayList<>();
    for (var e : counts.entrySet()) {
      String t = e.getKey();
      int n = e.getValue();
      if (n < TermLearner.MIN_COUNT || notTerms.contains(t)) continue;
      int id = best.get(t);
      if (!units.leftEdge.get(id) || !units.rightEdge.get(id)) continue;
      double hl = left.get(t).entropy(functionWords);
      double hr = right.get(t).entropy(functionWords);
      if (units.names.get(id)) {
        // a name's neighbours are few (its title), but no one character may extend it
        if (fragment(charNeighbours.get(t), n)) continue;
      } else if (hl < TermLearner.MIN_ENTROPY || hr < TermLearner.MIN_ENTROPY) continue;
      double[] m = units.merges.get(id);
      out.add(
          new TermLearner.Term(
              t, units.unitPieces.get(id), n, n, m[0], m[1], m[2], m[3], hl, hr, 0, false));
    }
    out.sort(
        Comparator.comparingDouble(TermLearner.Term::g2)
            .reversed()
            .thenComparing(TermLearner.Term::term));
    return out;
  }

  /**
   * Returns the neighbour symbol of stream value v, or null when nothing could extend a term across
   * it (punctuation, a person's name, and on the left a generic verb): such a neighbour counts as a
   * new one each time, and so does a lexicon term before the unit. A one-character function word
   * counts as itself (顿, 克 around the fragment 涅茨 of 顿涅茨克), and so does a lexicon term after the
   * unit: a unit that a lexicon term nearly always follows is a fragment of a longer name (上海药物 of
   * 上海药物研究所), though the rounds never merge the two. A longer function word is returned as itself,
   * and {@link Neighbours#entropy} decides how it counts.
   */
  private static String neighbour(
      TermUnits units, IntFunction<String> marked, int v, boolean onTheLeft) {
    if (v <= -3) {
      // a lexicon term only on the right: the head a fragment lacks (Chinese puts it last), where
      // on the left it is mostly a modifier of a whole term (党中央 of 决策部署)
      int x = -3 - v;
      return onTheLeft && x >= UnitStreams.LEXICON && x < UnitStreams.LONGER
          ? null
          : marked.apply(v);
    }
    if (v < 0 || units.names.get(v)) return null; // a name ends any term but its own
    if (onTheLeft && generic(units.lastKind.get(v))) return null;
    return units.unitText.get(v);
  }

  private static boolean generic(int kind) {
    int k = kind & 7;
    return k == TermLearner.GENERIC_VERB || k == TermLearner.GENERIC_HEAD;
  }

  /**
   * Returns whether stream value v is a word of one character (an atom: merged units are longer).
   */
  private static boolean oneCharacter(TermUnits units, int atoms, int v) {
    return v >= 0 && v < atoms && units.singles.get(v);
  }

  /**
   * Returns whether one character of a word stands on one side of a name's unit in at least {@link
   * TermLearner#NAME_DEPENDENCE} of its {@code n} occurrences: the unit is a fragment of a longer
   * name (马福 of 拉马福萨).
   */
  private static boolean fragment(Map<String, Integer> charNeighbours, int n) {
    if (charNeighbours == null) return false;
    for (int c : charNeighbours.values()) if (c >= TermLearner.NAME_DEPENDENCE * n) return true;
    return false;
  }

  /**
   * The neighbours of a unit on one side: how often each stands there, how often one stood there
   * that no term extends across (null from {@link #neighbour}), each a neighbour of its own, and
   * how often each longer function word stood there.
   */
  private static final class Neighbours {
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, Integer> functionWords = new HashMap<>();
    int fresh;

    void add(String neighbour, boolean functionWord) {
      if (neighbour == null) fresh++;
      else (functionWord ? functionWords : counts).merge(neighbour, 1, Integer::sum);
    }

    /**
     * The entropy of the neighbours (natural logarithm), each fresh one seen once. A longer
     * function word counts as a new neighbour each time too, unless the unit stands beside it in at
     * least {@link TermLearner#NAME_DEPENDENCE} of the word's occurrences ({@code totals}): then it
     * counts as itself, since a word that mostly stands by one unit is no free grammatical word but
     * a piece the dictionary mistook for one (阿拉, read as the pronoun, of 阿拉格齐: 格齐 is a fragment).
     */
    double entropy(Map<String, Integer> totals) {
      Map<String, Integer> all = functionWords.isEmpty() ? counts : new HashMap<>(counts);
      int isolated = fresh;
      for (var e : functionWords.entrySet()) {
        if (e.getValue() >= TermLearner.NAME_DEPENDENCE * totals.get(e.getKey())) {
          all.merge(e.getKey(), e.getValue(), Integer::sum);
        } else {
          isolated += e.getValue();
        }
      }
      double n = isolated;
      for (int c : all.values()) n += c;
      double h = isolated * (Math.log(n) / n);
      for (int c : all.values()) h -= c / n * Math.log(c / n);
      return h;
    }
  }
}
