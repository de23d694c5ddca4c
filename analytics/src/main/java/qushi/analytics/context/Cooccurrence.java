package qushi.analytics.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import qushi.analytics.core.Rows;
import qushi.analytics.internal.Ids;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.Passage;

/**
 * Co-occurrence of terms within sentences or passages, for a co-word network.
 *
 * <p>Each unit (a sentence — text up to 。！？；!?; or a line break — or a whole passage) is reduced to
 * the set of distinct terms in it. Over U units, with n(a) units containing a, n(b) containing b
 * and n(ab) containing both:
 *
 * <pre>
 * PMI(a, b)  = ln( n(ab) · U / (n(a) · n(b)) )
 * NPMI(a, b) = PMI(a, b) / −ln( n(ab) / U )        in [−1, 1]; 1 = always together
 * Dice(a, b) = 2 · n(ab) / (n(a) + n(b))           in [0, 1]
 * </pre>
 *
 * (Bouma 2009 for NPMI.) Only the {@code vocabulary} most frequent terms (by unit frequency, ties
 * by term) are paired, and only pairs seen in at least {@code minCount} units are kept. Pairs are
 * ordered by NPMI, then count, then terms.
 */
public final class Cooccurrence {
  /** The co-occurrence unit. */
  public enum Unit {
    SENTENCE,
    PASSAGE
  }

  /**
   * One pair of terms.
   *
   * @param term1 the smaller term (in vocabulary order)
   * @param term2 the larger term
   * @param count units containing both
   * @param count1 units containing term1
   * @param count2 units containing term2
   * @param pmi pointwise mutual information (natural log)
   * @param npmi normalised PMI
   * @param dice Dice coefficient
   */
  public record Pair(
      String term1,
      String term2,
      int count,
      int count1,
      int count2,
      double pmi,
      double npmi,
      double dice) {}

  private Cooccurrence() {}

  /** Returns the pairs of the corpus; see the class description. */
  public static List<Pair> of(PreparedCorpus a, CooccurOptions options) {
    return rows(a, options).list();
  }

  /**
   * Returns the pairs of the corpus as rows ({@link #of}), with a note that names U, the units that
   * hold at least one term, by which PMI and NPMI divide.
   */
  public static Rows<Pair> rows(PreparedCorpus a, CooccurOptions options) {
    int vocabulary = options.vocabulary();
    int minCount = options.minCount();
    int top = options.top();
    List<int[]> units = termSets(a, options.unit());
    int v = a.vocabulary().size();
    int[] df = new int[v];
    for (int[] u : units) for (int t : u) df[t]++;
    Integer[] order = new Integer[v];
    for (int t = 0; t < v; t++) order[t] = t;
    Arrays.sort(order, Comparator.<Integer>comparingInt(t -> -df[t]).thenComparing(t -> t));
    boolean[] kept = new boolean[v];
    for (int r = 0; r < Math.min(vocabulary, v) && df[order[r]] > 0; r++) kept[order[r]] = true;

    Map<Long, int[]> both = new HashMap<>();
    for (int[] u : units) {
      int[] k = Arrays.stream(u).filter(t -> kept[t]).toArray();
      for (int x = 0; x < k.length; x++) {
        for (int y = x + 1; y < k.length; y++)
          both.computeIfAbsent((long) k[x] * v + k[y], key -> new int[1])[0]++;
      }
    }
    double n = units.size();
    List<Pair> out = new ArrayList<>();
    for (var e : both.entrySet()) {
      int c = e.getValue()[0];
      if (c < minCount) continue;
      int t1 = (int) (e.getKey() / v);
      int t2 = (int) (e.getKey() % v);
      double pmi = Math.log(c * n / ((double) df[t1] * df[t2]));
      double npmi = c == n ? 1.0 : pmi / -Math.log(c / n);
      out.add(
          new Pair(
              a.vocabulary().term(t1),
              a.vocabulary().term(t2),
              c,
              df[t1],
              df[t2],
              pmi,
              npmi,
              2.0 * c / (df[t1] + df[t2])));
    }
    out.sort(
        Comparator.comparingDouble(Pair::npmi)
            .reversed()
            .thenComparing(Comparator.comparingInt(Pair::count).reversed())
            .thenComparing(Pair::term1)
            .thenComparing(Pair::term2));
    String note =
        String.format(
            Locale.ROOT,
            "U = %,d %s hold at least one term: the units of PMI and NPMI",
            units.size(),
            options.unit() == Unit.SENTENCE ? "sentences" : "passages");
    return Rows.of("cooccur", Pair.class, out.subList(0, Math.min(top, out.size())))
        .withNotes(() -> List.of(note));
  }

  /**
   * Returns U, the units of {@code a} that hold at least one term (sentences or passages): what PMI
   * and NPMI divide by.
   */
  public static int units(PreparedCorpus a, Unit unit) {
    return termSets(a, unit).size();
  }

  /** Returns the distinct sorted term ids of each unit that holds a term. */
  private static List<int[]> termSets(PreparedCorpus a, Unit unit) {
    List<int[]> out = new ArrayList<>();
    for (Passage p : a.passages()) {
      if (unit == Unit.PASSAGE) {
        int[] terms = Ids.distinct(a.terms(p.index()));
        if (terms.length > 0) out.add(terms);
      } else {
        for (int[] s : a.sentences(p.index())) out.add(Ids.distinct(s.clone()));
      }
    }
    return out;
  }
}
