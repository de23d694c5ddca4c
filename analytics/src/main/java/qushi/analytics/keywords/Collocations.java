package qushi.analytics.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.core.Check;
import qushi.analytics.corpus.Document;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.stats.LogLikelihood;

/**
 * Key phrases: pairs of terms that stand next to each other in the text far more often than chance,
 * found with Dunning's likelihood-ratio test on the 2×2 table of adjacent term pairs (Dunning 1993;
 * {@link LogLikelihood#g2}, the test Smile's bigram collocation finder uses).
 *
 * <pre>
 * for a pair (a, b), over the N adjacent term pairs of the corpus:
 *   k11 = n(a b)   k12 = n(a ·) − k11   k21 = n(· b) − k11   k22 = N − k11 − k12 − k21
 *   G² = 2 Σ k_ij ln(k_ij · N / (row_i · col_j))          (0 · ln 0 = 0)
 * </pre>
 *
 * A pair is a key phrase when it occurs at least {@code minCount} times, more often than expected
 * ({@code k11 > row_1 · col_1 / N}) and {@code G² ≥ 10.83} (p &lt; 0.001, χ² with 1 df). Pairs are
 * adjacent when no other token (not even a stopword or punctuation) stands between them. The phrase
 * is the two terms joined without a space (with one between two Latin words).
 */
public final class Collocations {
  /** The critical G² at p = 0.001 with one degree of freedom. */
  public static final double CRITICAL_G2 = 10.828;

  /**
   * A key phrase.
   *
   * @param phrase the joined phrase, e.g. 科技创新 from 科技 + 创新
   * @param first first term
   * @param second second term
   * @param frequency the adjacent token pairs in the corpus
   * @param g2 the likelihood-ratio statistic
   */
  public record Collocation(
      String phrase, String first, String second, long frequency, double g2) {}

  private Collocations() {}

  /** Returns the key phrases of the corpus, strongest G² first (ties by phrase). */
  public static List<Collocation> of(PreparedCorpus a, int minCount) {
    Check.atLeast("minCount", minCount, 1);
    Map<Long, long[]> pairs = new HashMap<>();
    int v = a.vocabulary().size();
    long[] left = new long[v];
    long[] right = new long[v];
    long n = 0;
    for (int i = 0; i < a.passages().size(); i++) {
      int[] s = a.sequence(i);
      for (int x = 0; x + 1 < s.length; x++) {
        if (s[x] == PreparedCorpus.GAP || s[x + 1] == PreparedCorpus.GAP) continue;
        pairs.computeIfAbsent((long) s[x] * v + s[x + 1], k -> new long[1])[0]++;
        left[s[x]]++;
        right[s[x + 1]]++;
        n++;
      }
    }
    Vocabulary vocab = a.vocabulary();
    List<Collocation> out = new ArrayList<>();
    for (var e : pairs.entrySet()) {
      long k11 = e.getValue()[0];
      int first = (int) (e.getKey() / v);
      int second = (int) (e.getKey() % v);
      if (k11 < minCount || first == second) continue;
      double g2 =
          LogLikelihood.g2(
              k11, left[first] - k11, right[second] - k11, n - left[first] - right[second] + k11);
      if (g2 < CRITICAL_G2 || (double) k11 * n <= (double) left[first] * right[second]) continue;
      String f = vocab.term(first);
      String s = vocab.term(second);
      out.add(new Collocation(join(f, s), f, s, k11, g2));
    }
    out.sort(
        Comparator.comparingDouble(Collocation::g2).reversed().thenComparing(Collocation::phrase));
    return out;
  }

  static String join(String a, String b) {
    boolean latin =
        Character.isLetterOrDigit(a.charAt(a.length() - 1))
            && a.charAt(a.length() - 1) < 0x2E80
            && Character.isLetterOrDigit(b.charAt(0))
            && b.charAt(0) < 0x2E80;
    return latin ? a + " " + b : a + b;
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
    List<Collocation> phrases = of(a, minCount);
    Map<Long, Integer> index = new HashMap<>();
    int v = a.vocabulary().size();
    for (int p = 0; p < phrases.size(); p++) {
      Collocation c = phrases.get(p);
      index.put((long) vocab(a, c.first()) * v + vocab(a, c.second()), p);
    }
    List<String> groups = grouping.groups();
    TermCounts counts = new TermCounts(groups.size(), phrases.size());
    long[] tokens = new long[groups.size()];
    int[][] foundIn = new int[a.passages().size()][];
    for (int i = 0; i < a.passages().size(); i++) {
      int g = grouping.passageGroup()[i];
      tokens[g] += a.tokenCount(i);
      int[] s = a.sequence(i);
      List<Integer> found = new ArrayList<>();
      for (int x = 0; x + 1 < s.length; x++) {
        if (s[x] == PreparedCorpus.GAP || s[x + 1] == PreparedCorpus.GAP) continue;
        Integer p = index.get((long) s[x] * v + s[x + 1]);
        if (p != null) found.add(p);
      }
      foundIn[i] = found.stream().mapToInt(Integer::intValue).toArray();
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
              "phrase",
              counts,
              g,
              tokens[g],
              method == Keywords.Method.KEYNESS && groups.size() > 1
                  ? keyness(counts, g, tokens[g], all - tokens[g])
                  : Keywords.cTfIdf(counts, g),
              minCount,
              top,
              p -> phrases.get(p).phrase(),
              p -> topDocument(grouping, documents, foundIn, byGroup[group], p)));
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

  private static int vocab(PreparedCorpus a, String term) {
    return a.vocabulary().id(term);
  }
}
