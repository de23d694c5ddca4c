package qushi.analytics.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
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
 *
 * <p><b>Collocates.</b> With node terms ({@link CooccurOptions#terms}, cleaned as a query is), each
 * node is paired with every other term of the corpus, however rare, that shares at least {@code
 * minCount} units with it: term1 is the node, and the {@code top} pairs of each node are kept, the
 * nodes in the order given. A node that is no term of the corpus (never one token, or a word that
 * is no term: a stopword, a tag outside {@code --pos}) has no pairs, and a note says so.
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
   * @param term1 the smaller term (in vocabulary order), or the node term of collocates
   * @param term2 the larger term, or the collocate
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
    if (!options.terms().isEmpty()) return collocates(a, options);
    int vocabulary = options.vocabulary();
    int minCount = options.minCount();
    int top = options.top();
    List<int[]> units = termSets(a, options.unit(), year -> true);
    int v = a.vocabulary().size();
    int[] df = frequencies(a, units);
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
    List<Pair> out = new ArrayList<>();
    for (var e : both.entrySet()) {
      int c = e.getValue()[0];
      if (c < minCount) continue;
      out.add(pair(a, (int) (e.getKey() / v), (int) (e.getKey() % v), c, df, units.size()));
    }
    out.sort(BEST_FIRST);
    return Rows.of("cooccur", Pair.class, out.subList(0, Math.min(top, out.size())))
        .withNotes(() -> List.of(unitsNote(units.size(), options.unit(), "")));
  }

  /** Pairs by NPMI, then count, then terms. */
  private static final Comparator<Pair> BEST_FIRST =
      Comparator.comparingDouble(Pair::npmi)
          .reversed()
          .thenComparing(Comparator.comparingInt(Pair::count).reversed())
          .thenComparing(Pair::term1)
          .thenComparing(Pair::term2);

  /**
   * Returns the pair of terms {@code t1} and {@code t2} that share {@code c} of {@code n} units.
   */
  private static Pair pair(PreparedCorpus a, int t1, int t2, int c, int[] df, double n) {
    double pmi = Math.log(c * n / ((double) df[t1] * df[t2]));
    double npmi = c == n ? 1.0 : pmi / -Math.log(c / n);
    return new Pair(
        a.vocabulary().term(t1),
        a.vocabulary().term(t2),
        c,
        df[t1],
        df[t2],
        pmi,
        npmi,
        2.0 * c / (df[t1] + df[t2]));
  }

  /** Returns the note that names U, the units of the years {@code where} names ("": all). */
  private static String unitsNote(int units, Unit unit, String where) {
    return String.format(
        Locale.ROOT,
        "U = %,d %s%s hold at least one term: the units of PMI and NPMI",
        units,
        unit == Unit.SENTENCE ? "sentences" : "passages",
        where.isEmpty() ? "" : " of " + where);
  }

  /** Returns the collocates of the options' node terms (see the class description). */
  private static Rows<Pair> collocates(PreparedCorpus a, CooccurOptions options) {
    List<int[]> units = termSets(a, options.unit(), year -> true);
    List<String> notes = new ArrayList<>();
    List<Pair> out = nodePairs(a, options, nodes(a, options), units, "", notes);
    notes.add(unitsNote(units.size(), options.unit(), ""));
    return Rows.of("cooccur", Pair.class, out).withNotes(() -> List.copyOf(notes));
  }

  /**
   * One collocate of a node term within a period: {@link Pair} of the units of that period's years.
   *
   * @param years the period's label
   * @param term1 the node term
   * @param term2 the collocate
   * @param count units of the period containing both
   * @param count1 units of the period containing term1
   * @param count2 units of the period containing term2
   * @param pmi pointwise mutual information (natural log), U the period's units
   * @param npmi normalised PMI
   * @param dice Dice coefficient
   */
  public record Collocate(
      String years,
      String term1,
      String term2,
      int count,
      int count1,
      int count2,
      double pmi,
      double npmi,
      double dice) {
    /** Returns the collocate that is pair {@code p} of the units of period {@code years}. */
    public Collocate(String years, Pair p) {
      this(
          years,
          p.term1(),
          p.term2(),
          p.count(),
          p.count1(),
          p.count2(),
          p.pmi(),
          p.npmi(),
          p.dice());
    }
  }

  /**
   * Returns the collocates of the options' node terms within each period, node by node and each
   * node's periods in the order given: each period's units are the sentences (passages) of the
   * documents of its years, and PMI, NPMI and Dice are worked out over them alone, so that a node's
   * collocates of one period can be set beside another's (what a term was said with early, and
   * late).
   *
   * @param labels the periods' labels
   * @param years the years of each period
   * @throws IllegalArgumentException if the options name no node term, or the lists differ in size
   */
  public static Rows<Collocate> collocates(
      PreparedCorpus a, CooccurOptions options, List<String> labels, List<int[]> years) {
    if (options.terms().isEmpty()) {
      throw new IllegalArgumentException("collocates by period need node terms");
    }
    if (labels.size() != years.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + years.size() + " periods");
    }
    List<String> nodes = nodes(a, options);
    List<String> notes = new ArrayList<>();
    List<Collocate> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int[] y = years.get(i).clone();
      Arrays.sort(y);
      List<int[]> units = termSets(a, options.unit(), year -> Arrays.binarySearch(y, year) >= 0);
      String label = labels.get(i);
      for (Pair p : nodePairs(a, options, nodes, units, label, notes)) {
        out.add(new Collocate(label, p));
      }
      notes.add(unitsNote(units.size(), options.unit(), label));
    }
    // a node's periods side by side: by node, in the order given (a stable sort: the periods in
    // order, and the best collocates first within each)
    out.sort(Comparator.comparingInt(c -> nodes.indexOf(c.term1())));
    return Rows.of("cooccur", Collocate.class, out).withNotes(() -> List.copyOf(notes));
  }

  /** Returns the number of {@code units} each term of the vocabulary stands in. */
  private static int[] frequencies(PreparedCorpus a, List<int[]> units) {
    int[] df = new int[a.vocabulary().size()];
    for (int[] u : units) for (int t : u) df[t]++;
    return df;
  }

  /** Returns the node terms of {@code options}, cleaned as a query is, each once. */
  private static List<String> nodes(PreparedCorpus a, CooccurOptions options) {
    return options.terms().stream().map(a.text()::cleanQuery).distinct().toList();
  }

  /**
   * Returns the best pairs of each of {@code nodes} over {@code units} (the {@code top} of each,
   * nodes in order), and adds to {@code notes} what keeps a node from pairs: no term of the corpus
   * at all, none in these units, or no pair at the least count. {@code period} names the units'
   * years in notes (empty: the whole corpus, every unit).
   */
  private static List<Pair> nodePairs(
      PreparedCorpus a,
      CooccurOptions options,
      List<String> nodes,
      List<int[]> units,
      String period,
      List<String> notes) {
    int[] df = frequencies(a, units);
    String where = period.isEmpty() ? "" : " in " + period;
    String unit = options.unit() == Unit.SENTENCE ? "sentences" : "passages";
    List<Pair> out = new ArrayList<>();
    for (String node : nodes) {
      int id = a.vocabulary().id(node);
      String note = null;
      if (id < 0 || (df[id] == 0 && (period.isEmpty() || !isTerm(a, id)))) {
        note =
            "'"
                + node
                + "' is no term of the corpus ("
                + (id < 0
                    ? "never one token: see how it is cut with qushi segment, or add it with"
                        + " --lexicon"
                    : "a word that is no term: a stopword, or a tag outside --pos")
                + "): it has no pairs";
      } else if (df[id] == 0) {
        note = "'" + node + "' stands in no " + unit + where + ": it has no pairs there";
      } else {
        List<Pair> pairs = pairsOf(a, id, units, df, options.minCount());
        out.addAll(pairs.subList(0, Math.min(options.top(), pairs.size())));
        if (pairs.isEmpty()) {
          note =
              "'"
                  + node
                  + "' shares no "
                  + options.minCount()
                  + " "
                  + unit
                  + where
                  + " with another term: try a lower --min-count"
                  + (options.unit() == Unit.SENTENCE ? " or --window passage" : "");
        }
      }
      if (note != null && !notes.contains(note)) notes.add(note);
    }
    return out;
  }

  /**
   * Returns every pair of term {@code id} with a term that shares at least {@code minCount} of
   * {@code units} with it, best first; {@code df} holds the units of each term.
   */
  private static List<Pair> pairsOf(
      PreparedCorpus a, int id, List<int[]> units, int[] df, int minCount) {
    int[] both = new int[df.length];
    for (int[] u : units) {
      if (Arrays.binarySearch(u, id) < 0) continue;
      for (int t : u) both[t]++;
    }
    List<Pair> pairs = new ArrayList<>();
    for (int t = 0; t < df.length; t++) {
      if (t != id && both[t] >= minCount) pairs.add(pair(a, id, t, both[t], df, units.size()));
    }
    pairs.sort(BEST_FIRST);
    return pairs;
  }

  /** Returns whether word {@code id} is a term somewhere in the corpus (one of its term tokens). */
  private static boolean isTerm(PreparedCorpus a, int id) {
    for (Passage p : a.passages()) for (int t : a.terms(p.index())) if (t == id) return true;
    return false;
  }

  /**
   * Returns U, the units of {@code a} that hold at least one term (sentences or passages): what PMI
   * and NPMI divide by.
   */
  public static int units(PreparedCorpus a, Unit unit) {
    return termSets(a, unit, year -> true).size();
  }

  /**
   * Returns the distinct sorted term ids of each unit that holds a term, of the passages whose year
   * {@code years} takes.
   */
  private static List<int[]> termSets(PreparedCorpus a, Unit unit, IntPredicate years) {
    List<int[]> out = new ArrayList<>();
    for (Passage p : a.passages()) {
      if (!years.test(p.year())) continue;
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
