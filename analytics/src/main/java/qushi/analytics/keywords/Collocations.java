package qushi.analytics.keywords;

import it.unimi.dsi.fastutil.ints.Int2BooleanOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongRBTreeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.core.Check;
import qushi.analytics.corpus.Document;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.text.WordClasses;

/**
 * Key phrases: runs of terms that stand next to each other in the text far more often than chance.
 * A pair of adjacent terms is tested with Dunning's likelihood-ratio test on the 2×2 table of
 * adjacent term pairs (Dunning 1993; {@link LogLikelihood#g2}, the test Smile's bigram collocation
 * finder uses).
 *
 * <pre>
 * for a pair (a, b), over the N adjacent term pairs of the corpus:
 *   k11 = n(a b)   k12 = n(a ·) − k11   k21 = n(· b) − k11   k22 = N − k11 − k12 − k21
 *   G² = 2 Σ k_ij ln(k_ij · N / (row_i · col_j))          (0 · ln 0 = 0)
 * </pre>
 *
 * A pair is a key phrase when it occurs at least {@code minCount} times, more often than expected
 * ({@code k11 > row_1 · col_1 / N}) and {@code G² ≥ 10.83} (p &lt; 0.001, χ² with 1 df). Terms are
 * adjacent when no other token (not even a stopword or punctuation) stands between them.
 *
 * <p>A pair that is a piece of a longer phrase then grows into it: while one term stands right
 * after the phrase in at least {@value #GROWTH_SHARE} of its occurrences (or, failing that, right
 * before it), and those occurrences are at least {@code minCount}, the phrase takes that term and
 * keeps those occurrences, up to {@value #MAX_TERMS} terms. So 国务院 专利 (always before 行政部门) and 专利
 * 行政部门 (always after 国务院) are one phrase, 国务院专利行政部门, and 世界 反法西斯, 反法西斯 战争 and 战争 胜利 are 世界反法西斯战争胜利,
 * not three pieces of it; pairs that grow into the same run of terms are one phrase, its
 * occurrences the union of theirs. A pair that does not grow (its neighbours vary) stays a phrase
 * of its own, also where it stands inside a longer phrase, as a term is counted apart from the
 * phrases that hold it (反垄断执法机构, 53 times, and 国务院反垄断执法机构, 23 of them). A run that one noun outside
 * the terms follows (or precedes) in as large a share of its occurrences is a piece of a longer
 * expression that no run of terms spells (转变经济发展 before 方式), and is dropped. The phrase is its
 * terms joined without a space (with one between two Latin words).
 */
public final class Collocations {
  /** The critical G² at p = 0.001 with one degree of freedom. */
  public static final double CRITICAL_G2 = 10.828;

  /**
   * The least share of a phrase's occurrences that one term beside it must take for the phrase to
   * grow by it.
   */
  public static final double GROWTH_SHARE = 0.8;

  /** The most terms a phrase grows to. */
  public static final int MAX_TERMS = 6;

  /**
   * A key phrase.
   *
   * @param phrase the joined phrase, e.g. 科技创新 from 科技 + 创新
   * @param terms its terms in text order, two or more
   * @param frequency its occurrences in the corpus (as a run of adjacent terms)
   * @param g2 the likelihood-ratio statistic of the pair it grew from (of the strongest, when
   *     several grew into it)
   */
  public record Collocation(String phrase, List<String> terms, long frequency, double g2) {}

  /** A key phrase and its occurrences: passage index · 2³² + position of its start. */
  private record Found(Collocation phrase, long[] occurrences) {}

  private Collocations() {}

  /** Returns the key phrases of the corpus, strongest G² first (ties by phrase). */
  public static List<Collocation> of(PreparedCorpus a, int minCount) {
    return find(a, minCount).stream().map(Found::phrase).toList();
  }

  /** Returns the key phrases with their occurrences, strongest G² first (ties by phrase). */
  private static List<Found> find(PreparedCorpus a, int minCount) {
    Check.atLeast("minCount", minCount, 1);
    int[][] seqs = new int[a.passages().size()][];
    Long2LongOpenHashMap pairs = new Long2LongOpenHashMap();
    int v = a.vocabulary().size();
    long[] left = new long[v];
    long[] right = new long[v];
    long n = 0;
    for (int i = 0; i < seqs.length; i++) {
      int[] s = seqs[i] = a.sequence(i);
      for (int x = 0; x + 1 < s.length; x++) {
        if (s[x] == PreparedCorpus.GAP || s[x + 1] == PreparedCorpus.GAP) continue;
        pairs.addTo((long) s[x] * v + s[x + 1], 1);
        left[s[x]]++;
        right[s[x + 1]]++;
        n++;
      }
    }
    // the accepted pairs in key order, each with its G²
    long[] keys = pairs.keySet().toLongArray();
    Arrays.sort(keys);
    Long2IntOpenHashMap accepted = new Long2IntOpenHashMap();
    accepted.defaultReturnValue(-1);
    List<Double> g2s = new ArrayList<>();
    for (long key : keys) {
      long k11 = pairs.get(key);
      int first = (int) (key / v);
      int second = (int) (key % v);
      if (k11 < minCount || first == second) continue;
      double g2 =
          LogLikelihood.g2(
              k11, left[first] - k11, right[second] - k11, n - left[first] - right[second] + k11);
      if (g2 < CRITICAL_G2 || (double) k11 * n <= (double) left[first] * right[second]) continue;
      accepted.put(key, g2s.size());
      g2s.add(g2);
    }
    List<LongArrayList> pairOccurrences = new ArrayList<>();
    for (int p = 0; p < g2s.size(); p++) pairOccurrences.add(new LongArrayList());
    for (int i = 0; i < seqs.length; i++) {
      int[] s = seqs[i];
      for (int x = 0; x + 1 < s.length; x++) {
        if (s[x] == PreparedCorpus.GAP || s[x + 1] == PreparedCorpus.GAP) continue;
        int p = accepted.get((long) s[x] * v + s[x + 1]);
        if (p >= 0) pairOccurrences.get(p).add((long) i << 32 | x);
      }
    }
    // each pair grown, runs of terms met twice merged (in pair key order: deterministic)
    Map<IntArrayList, LongRBTreeSet> runs = new LinkedHashMap<>();
    Map<IntArrayList, Double> runG2 = new HashMap<>();
    for (long key : keys) {
      int p = accepted.get(key);
      if (p < 0) continue;
      IntArrayList run = IntArrayList.of((int) (key / v), (int) (key % v));
      long[] occ = grow(run, pairOccurrences.get(p).toLongArray(), seqs, minCount);
      runs.computeIfAbsent(run, r -> new LongRBTreeSet()).addAll(LongArrayList.wrap(occ));
      runG2.merge(run, g2s.get(p), Math::max);
    }
    Vocabulary vocab = a.vocabulary();
    List<Found> out = new ArrayList<>();
    Neighbours neighbours = new Neighbours(a);
    for (var e : runs.entrySet()) {
      List<String> terms = e.getKey().intStream().mapToObj(vocab::term).toList();
      long[] occ = e.getValue().toLongArray();
      if (neighbours.cut(join(terms), occ, e.getKey().size(), minCount)) continue;
      out.add(
          new Found(new Collocation(join(terms), terms, occ.length, runG2.get(e.getKey())), occ));
    }
    // stable: runs met in pair key order keep it on a tie
    out.sort(
        Comparator.comparing(
            Found::phrase,
            Comparator.comparingDouble(Collocation::g2)
                .reversed()
                .thenComparing(Collocation::phrase)));
    return out;
  }

  /**
   * The word tokens beside the runs of terms, non-terms included: a run that one noun which is not
   * a term ({@link WordClasses#isNoun}: a stopword noun, a single character) follows, or precedes,
   * in at least {@value #GROWTH_SHARE} of its occurrences and at least {@code minCount} of them is
   * a piece of a longer expression that no run of terms can spell — 转变 经济发展 before 方式 in 19 of 19,
   * 企业 退休 before 人员, 治国 相结合 after 德 (以德治国相结合) — and is no key phrase. A function word, a localizer
   * or a verb beside it does not cut it: 前进 道路 before 上, 创新驱动 发展战略 after 实施.
   */
  private static final class Neighbours {
    private final PreparedCorpus a;
    private final int[][] words;
    private final int[][] positions;
    private final String[] texts;
    private final Int2BooleanOpenHashMap nouns = new Int2BooleanOpenHashMap();

    Neighbours(PreparedCorpus a) {
      this.a = a;
      words = new int[a.passages().size()][];
      positions = new int[words.length][];
      texts = new String[words.length];
    }

    /**
     * Returns whether the run {@code phrase} of {@code length} terms at {@code occ} is cut from a
     * longer one.
     */
    boolean cut(String phrase, long[] occ, int length, int minCount) {
      return dominant(phrase, occ, length - 1, 1, minCount)
          || dominant(phrase, occ, 0, -1, minCount);
    }

    /**
     * Returns whether one noun that is not a term stands at {@code step} from the run's term at
     * {@code offset} in at least {@value #GROWTH_SHARE} of the occurrences and {@code minCount}.
     */
    private boolean dominant(String phrase, long[] occ, int offset, int step, int minCount) {
      Int2IntOpenHashMap counts = new Int2IntOpenHashMap();
      int most = 0;
      for (long o : occ) {
        int i = (int) (o >>> 32);
        if (words[i] == null) {
          words[i] = a.words(i);
          positions[i] = a.sequenceWords(i);
        }
        int k = positions[i][(int) o + offset] + step;
        if (k < 0 || k >= words[i].length || a.isTerm(i, k)) continue;
        int w = words[i][k];
        String noun = a.vocabulary().term(w);
        if (!nouns.computeIfAbsent(w, x -> WordClasses.isNoun(noun))) continue;
        // the word tokens skip punctuation: the noun counts only where it touches the run in the
        // passage's text (转变经济发展。方式 is two sentences)
        if (texts[i] == null) texts[i] = a.text(a.passages().get(i));
        if (!texts[i].contains(step > 0 ? phrase + noun : noun + phrase)) continue;
        most = Math.max(most, counts.addTo(w, 1) + 1);
      }
      return most >= minCount && most >= GROWTH_SHARE * occ.length;
    }
  }

  /**
   * Grows {@code run} (term ids, changed in place) by the term that stands after it, or else before
   * it, in at least {@value #GROWTH_SHARE} of its occurrences {@code occ} (passage · 2³² + start)
   * and at least {@code minCount} of them, while it has fewer than {@value #MAX_TERMS} terms;
   * returns the occurrences of the grown run.
   */
  private static long[] grow(IntArrayList run, long[] occ, int[][] seqs, int minCount) {
    while (run.size() < MAX_TERMS) {
      int after = besides(occ, run.size(), seqs, minCount);
      if (after >= 0) {
        run.add(after);
        occ = keep(occ, run.size() - 1, after, 0, seqs);
        continue;
      }
      int before = besides(occ, -1, seqs, minCount);
      if (before < 0) break;
      run.add(0, before);
      occ = keep(occ, -1, before, -1, seqs);
    }
    return occ;
  }

  /**
   * Returns the term at {@code offset} from the start of the occurrences {@code occ} when it is the
   * same in at least {@value #GROWTH_SHARE} of them and {@code minCount}, else −1.
   */
  private static int besides(long[] occ, int offset, int[][] seqs, int minCount) {
    Int2IntOpenHashMap counts = new Int2IntOpenHashMap();
    int best = -1;
    int most = 0;
    for (long o : occ) {
      int t = termAt(o, offset, seqs);
      if (t == PreparedCorpus.GAP) continue;
      int c = counts.addTo(t, 1) + 1;
      if (c > most || (c == most && t < best)) {
        most = c;
        best = t;
      }
    }
    return most >= minCount && most >= GROWTH_SHARE * occ.length ? best : -1;
  }

  /** Returns the term at {@code offset} from occurrence {@code o}, GAP outside the passage. */
  private static int termAt(long o, int offset, int[][] seqs) {
    int[] s = seqs[(int) (o >>> 32)];
    int x = (int) o + offset;
    return x < 0 || x >= s.length ? PreparedCorpus.GAP : s[x];
  }

  /**
   * Returns the occurrences with term {@code t} at {@code offset}, each moved by {@code shift} (−1
   * when the run grew to the left: its start moves back).
   */
  private static long[] keep(long[] occ, int offset, int t, int shift, int[][] seqs) {
    LongArrayList out = new LongArrayList();
    for (long o : occ) if (termAt(o, offset, seqs) == t) out.add(o + shift);
    return out.toLongArray();
  }

  /** Returns the terms joined as a phrase: without a space, but with one between Latin words. */
  static String join(List<String> terms) {
    StringBuilder out = new StringBuilder(terms.get(0));
    for (int k = 1; k < terms.size(); k++) {
      String prev = terms.get(k - 1);
      if (latinJoint(prev, terms.get(k))) out.append(' ');
      out.append(terms.get(k));
    }
    return out.toString();
  }

  static String join(String a, String b) {
    return join(List.of(a, b));
  }

  private static boolean latinJoint(String a, String b) {
    return Character.isLetterOrDigit(a.charAt(a.length() - 1))
        && a.charAt(a.length() - 1) < 0x2E80
        && Character.isLetterOrDigit(b.charAt(0))
        && b.charAt(0) < 0x2E80;
  }

  /**
   * Returns the top key phrases of each year or document ({@code by}), as {@link
   * Keywords#of(PreparedCorpus, KeywordOptions)} lists them after the terms.
   */
  public static List<Keyword> keywords(PreparedCorpus a, Keywords.By by, int top, int minCount) {
    KeywordOptions options = new KeywordOptions(by, null, Keywords.Method.TFIDF, 1, top, minCount);
    return keywords(
        a,
        Keywords.Grouping.of(a, options),
        a.documents().stream().map(d -> d.document()).toList(),
        Keywords.Method.TFIDF,
        top,
        minCount);
  }

  /**
   * Returns the top key phrases of each group, each with the group's document holding most of its
   * occurrences: with {@code method} keyness, the phrases the group uses more than the rest, by G²
   * of their counts against the rest's (Dunning 1993: frequency and effect together, so a phrase
   * every group uses alike, 习近平总书记 in every year of a news programme, is none); otherwise, or when
   * there is one group only, by the c-TF-IDF of single terms (see {@link Keywords}) over phrase
   * counts per group.
   */
  static List<Keyword> keywords(
      PreparedCorpus a,
      Keywords.Grouping grouping,
      List<Document> documents,
      Keywords.Method method,
      int top,
      int minCount) {
    List<Found> found = find(a, minCount);
    List<Collocation> phrases = found.stream().map(Found::phrase).toList();
    // per passage, the phrase of each occurrence in it
    IntArrayList[] inPassage = new IntArrayList[a.passages().size()];
    for (int p = 0; p < phrases.size(); p++) {
      for (long o : found.get(p).occurrences()) {
        int i = (int) (o >>> 32);
        if (inPassage[i] == null) inPassage[i] = new IntArrayList();
        inPassage[i].add(p);
      }
    }
    List<String> groups = grouping.groups();
    TermCounts counts = new TermCounts(groups.size(), phrases.size());
    long[] tokens = new long[groups.size()];
    int[][] foundIn = new int[a.passages().size()][];
    for (int i = 0; i < a.passages().size(); i++) {
      int g = grouping.passageGroup()[i];
      tokens[g] += a.tokenCount(i);
      foundIn[i] = inPassage[i] == null ? new int[0] : inPassage[i].toIntArray();
      counts.add(g, foundIn[i]);
    }
    List<Keyword> out = new ArrayList<>();
    int[][] byGroup = grouping.passagesByGroup();
    long all = java.util.Arrays.stream(tokens).sum();
    for (int g = 0; g < groups.size(); g++) {
      int group = g;
      out.addAll(
          Keywords.rank(
              groups.get(g),
              Keyword.PHRASE,
              counts,
              g,
              tokens[g],
              method == Keywords.Method.KEYNESS && groups.size() > 1
                  ? keyness(counts, g, tokens[g], all - tokens[g])
                  : Keywords.cTfIdf(counts, g),
              minCount,
              top,
              p -> phrases.get(p).phrase(),
              p -> topDocument(grouping, documents, foundIn, byGroup[group], p),
              p -> new int[0]));
    }
    return out;
  }

  /**
   * The least G² of a group's count of a phrase against the rest's for a key phrase of the group:
   * χ²₁ at 0.05, the phrase on its own (not corrected over the phrases).
   */
  public static final double KEY_G2 = 3.841;

  /**
   * Returns per phrase its G² in group {@code g} ({@code nt} word tokens) against the rest ({@code
   * nr}) when the group uses it more and G² ≥ {@value #KEY_G2}, else 0 (not a key phrase of the
   * group).
   */
  private static double[] keyness(TermCounts counts, int g, long nt, long nr) {
    double[] score = new double[counts.size()];
    if (nt == 0) return score;
    for (int p = 0; p < score.length; p++) {
      long x = counts.count(g, p);
      long y = counts.termTotal(p) - x;
      if ((double) x * nr <= (double) y * nt) continue;
      double g2 = LogLikelihood.keyness(x, y, nt, nr);
      if (g2 >= KEY_G2) score[p] = g2;
    }
    return score;
  }

  /**
   * Returns {id, share} of the document of a group (its passages {@code passagesOfGroup}) holding
   * most occurrences of phrase {@code p} (ties: the earlier document), the share NaN when it is the
   * group's only document; as {@link qushi.analytics.prepare.TopDocuments} does for terms.
   */
  private static Object[] topDocument(
      Keywords.Grouping grouping,
      List<Document> documents,
      int[][] foundIn,
      int[] passagesOfGroup,
      int p) {
    java.util.TreeMap<Integer, Integer> byDocument = new java.util.TreeMap<>();
    java.util.BitSet inGroup = new java.util.BitSet();
    int total = 0;
    for (int i : passagesOfGroup) {
      int d = grouping.passageDocument()[i];
      inGroup.set(d);
      for (int f : foundIn[i]) {
        if (f != p) continue;
        byDocument.merge(d, 1, Integer::sum);
        total++;
      }
    }
    if (total == 0) return null;
    int top = -1;
    int best = 0;
    for (var e : byDocument.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        top = e.getKey();
      }
    }
    double share = inGroup.cardinality() < 2 ? Double.NaN : (double) best / total;
    return new Object[] {documents.get(top).id(), share};
  }
}
