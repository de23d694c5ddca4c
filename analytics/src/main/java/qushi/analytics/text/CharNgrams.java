package qushi.analytics.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The character n-grams of a text that may be new words, with the statistics of new-word discovery
 * by boundary entropy and cohesion.
 *
 * <p>The text is cut into runs of Han characters (of the Basic Multilingual Plane) and Latin
 * letters; anything else (punctuation, digits, spaces, line breaks) ends a run, and no n-gram
 * crosses it. For each n-gram w of 2 to {@code maxLength} characters that occurs at least {@code
 * minFrequency} times:
 *
 * <ul>
 *   <li><b>frequency</b> f(w): its occurrences, overlapping ones included (啊啊 stands twice in 啊啊啊);
 *   <li><b>left and right entropy</b>: the entropy (natural logarithm) of the characters just
 *       before and just after its occurrences; the edge of a run counts as a neighbour of its own
 *       at each occurrence, since an n-gram that stands between two marks is free there;
 *   <li><b>aggregation</b>: the smallest, over the ways to cut w in two parts a|b, of f(w)·N /
 *       (f(a)·f(b)), with N the characters of all runs: how much more often the parts stand
 *       together than chance would have them.
 * </ul>
 *
 * An n-gram is kept when the smaller entropy is at least {@code minEntropy} and the aggregation at
 * least {@code minAggregation}.
 *
 * <p>The occurrences are found from the text's suffixes sorted on their first {@code maxLength} + 1
 * characters (prefix doubling with counting sorts): the occurrences of an n-gram are one block of
 * that order, and its right neighbours are sorted within the block, so the cost is a few passes
 * over the text per length rather than a map of every substring.
 */
final class CharNgrams {
  private CharNgrams() {}

  /** An n-gram with its statistics (see the class comment). */
  record Gram(
      String text, int frequency, double leftEntropy, double rightEntropy, double aggregation) {
    /** The smaller of the two boundary entropies. */
    double entropy() {
      return Math.min(leftEntropy, rightEntropy);
    }
  }

  /**
   * Returns the n-grams of {@code text} (see the class comment) that pass the thresholds, most
   * frequent first, ties in string order.
   */
  static List<Gram> of(
      String text, int maxLength, int minFrequency, double minEntropy, double minAggregation) {
    int n = text.length();
    char[] c = text.toCharArray();
    // run[i]: the characters from i to the end of its run (0 outside runs)
    int[] run = new int[n + 1];
    long characters = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (inRun(c[i])) {
        run[i] = run[i + 1] + 1;
        characters++;
      }
    }
    int depth = maxLength + 1;
    int[] order = sorted(c, run, depth);
    int[] lcp = new int[order.length];
    for (int j = 1; j < order.length; j++) {
      int a = order[j - 1];
      int b = order[j];
      int limit = Math.min(depth, Math.min(run[a], run[b]));
      int k = 0;
      while (k < limit && c[a + k] == c[b + k]) k++;
      lcp[j] = k;
    }
    Map<String, Integer> frequency = new HashMap<>();
    List<Gram> grams = new ArrayList<>();
    int[] single = new int[Character.MAX_VALUE + 1];
    for (int i = 0; i < n; i++) if (run[i] > 0) single[c[i]]++;
    int[] left = new int[0];
    for (int len = 1; len <= maxLength; len++) {
      for (int s = 0; s < order.length; ) {
        int e = s + 1;
        while (e < order.length && lcp[e] >= len) e++;
        int f = e - s;
        if (len >= 2 && f >= minFrequency && run[order[s]] >= len) {
          String w = text.substring(order[s], order[s] + len);
          frequency.put(w, f);
          if (left.length < f) left = new int[Math.max(f, 2 * left.length)];
          Gram g =
              new Gram(
                  w,
                  f,
                  leftEntropy(c, run, order, s, e, left),
                  rightEntropy(c, run, order, s, e, len),
                  0);
          // every frequent n-gram counts for the aggregation of longer ones; only the free ones
          // are kept as candidates
          if (g.entropy() >= minEntropy) grams.add(g);
        }
        s = e;
      }
    }
    List<Gram> out = new ArrayList<>();
    for (Gram g : grams) {
      double aggregation = aggregation(g.text(), g.frequency(), characters, frequency, single);
      if (aggregation < minAggregation) continue;
      out.add(new Gram(g.text(), g.frequency(), g.leftEntropy(), g.rightEntropy(), aggregation));
    }
    out.sort(Comparator.comparingInt(Gram::frequency).reversed().thenComparing(Gram::text));
    return out;
  }

  /**
   * Whether {@code ch} belongs to a run: a Han character of the Basic Multilingual Plane (the rarer
   * ones beyond it, written with two chars, end a run) or a Latin letter.
   */
  static boolean inRun(char ch) {
    return ch < 128
        ? (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
        : Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
  }

  /**
   * Returns the positions where an n-gram of two or more characters starts (run length ≥ 2), sorted
   * on their first {@code depth} characters within the run (a shorter run first), ties in text
   * order.
   */
  private static int[] sorted(char[] c, int[] run, int depth) {
    int n = c.length;
    // rank of the first k characters of the run at i (0: none), by prefix doubling
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) rank[i] = run[i] > 0 ? c[i] + 1 : 0;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    int[] tmp = new int[n];
    int[] second = new int[n];
    int max = Character.MAX_VALUE + 2;
    for (int k = 1; k < depth; k *= 2) {
      for (int i = 0; i < n; i++) second[i] = run[i] > k ? rank[i + k] : 0;
      countingSort(order, tmp, second, max);
      countingSort(order, tmp, rank, max);
      int[] next = new int[n];
      int r = 0;
      for (int j = 0; j < n; j++) {
        int i = order[j];
        if (rank[i] == 0) continue;
        int p = j == 0 ? -1 : order[j - 1];
        if (p < 0 || rank[p] != rank[i] || second[p] != second[i]) r++;
        next[i] = r;
      }
      rank = next;
      max = r + 1;
    }
    return Arrays.stream(order).filter(i -> run[i] >= 2).toArray();
  }

  /** Sorts {@code order} stably by {@code key} (values in [0, max)). */
  private static void countingSort(int[] order, int[] tmp, int[] key, int max) {
    int[] count = new int[max + 1];
    for (int i : order) count[key[i] + 1]++;
    for (int v = 0; v < max; v++) count[v + 1] += count[v];
    for (int i : order) tmp[count[key[i]]++] = i;
    System.arraycopy(tmp, 0, order, 0, order.length);
  }

  /**
   * Returns the entropy of the characters before the occurrences {@code order[s..e)}, a run's start
   * counting as a neighbour of its own each time; {@code buffer} holds at least e − s ints.
   */
  private static double leftEntropy(char[] c, int[] run, int[] order, int s, int e, int[] buffer) {
    int f = e - s;
    int m = 0;
    int edges = 0;
    for (int j = s; j < e; j++) {
      int p = order[j];
      if (p == 0 || run[p - 1] == 0) edges++;
      else buffer[m++] = c[p - 1];
    }
    Arrays.sort(buffer, 0, m);
    double h = edges * term(1, f);
    for (int a = 0; a < m; ) {
      int b = a + 1;
      while (b < m && buffer[b] == buffer[a]) b++;
      h += term(b - a, f);
      a = b;
    }
    return h;
  }

  /**
   * Returns the entropy of the characters after the occurrences {@code order[s..e)} of an n-gram of
   * {@code len} characters; they are sorted on that character within the block.
   */
  private static double rightEntropy(char[] c, int[] run, int[] order, int s, int e, int len) {
    int f = e - s;
    double h = 0;
    for (int a = s; a < e; ) {
      int p = order[a];
      if (run[p] == len) {
        h += term(1, f);
        a++;
        continue;
      }
      int b = a + 1;
      while (b < e && run[order[b]] > len && c[order[b] + len] == c[p + len]) b++;
      h += term(b - a, f);
      a = b;
    }
    return h;
  }

  /** Returns −(k/f)·ln(k/f). */
  private static double term(int k, int f) {
    double p = (double) k / f;
    return -p * Math.log(p);
  }

  /** Returns the smallest f(w)·N / (f(a)·f(b)) over the cuts of {@code w} into a|b. */
  private static double aggregation(
      String w, int f, long characters, Map<String, Integer> frequency, int[] single) {
    double min = Double.POSITIVE_INFINITY;
    for (int k = 1; k < w.length(); k++) {
      double a = k == 1 ? single[w.charAt(0)] : frequency.get(w.substring(0, k));
      double b = k == w.length() - 1 ? single[w.charAt(k)] : frequency.get(w.substring(k));
      min = Math.min(min, f * (double) characters / (a * b));
    }
    return min;
  }
}
