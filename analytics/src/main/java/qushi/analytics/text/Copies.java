package qushi.analytics.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Documents that repeat another document of the corpus: the same article saved twice, or posted
 * under two addresses with a different frame around it. Paragraphs are compared by their keys
 * ({@link Boilerplate#key}; numbered and Markdown headings too), each weighted by its length and by
 * how rare it is in the corpus, w = characters · ln((N + 1) / documents with it): an article's
 * paragraphs are long and in few documents, a site's frame is short lines or in many documents (and
 * documents that are all alike are still copies). A document is a <b>copy</b> of an earlier one
 * when the weight of the paragraphs they share is at least {@value #SHARE} of the lighter one's and
 * at least {@value #OF_HEAVIER} of the heavier one's: three items of one line each in the same
 * frame of eight short lines are three documents, and the frame is boilerplate. The paragraphs they
 * share must hold {@value #MIN_CHARACTERS} characters or more: two comments of one word are two
 * people's (好看, 还不错), not one post saved twice. Copies are grouped transitively; a group is known
 * by its first document in corpus order. Boilerplate counts a group as one document, so an article
 * saved in three copies is not taken for furniture.
 *
 * <p>Candidates are the earlier documents that share a paragraph standing in at most {@value
 * #CANDIDATES} documents, so the cost grows with the documents times their rare paragraphs, not
 * with every pair that shares a footer.
 */
final class Copies {
  /** Least share of the lighter document's weight that the two documents share. */
  static final double SHARE = 0.8;

  /** Least share of the heavier document's weight that the two documents share. */
  static final double OF_HEAVIER = 0.5;

  /**
   * Fewest characters (of paragraph keys) that two documents must share to be copies: two comments
   * that both say 好看, 还不错 or 战争太残酷了 are two people's words, not one post saved twice; a shorter
   * post that one account pasted many times is counted each time.
   */
  static final int MIN_CHARACTERS = 10;

  /** Most documents a paragraph may stand in to propose the documents that share it as copies. */
  static final int CANDIDATES = 100;

  private Copies() {}

  /**
   * Returns, for each document, the first document of its group of copies (itself when it copies
   * none and none copies it), given each document's paragraph keys.
   */
  static int[] groups(List<Set<String>> paragraphs) {
    int n = paragraphs.size();
    // each distinct key gets an id, each document its sorted ids, each id its documents in order
    Map<String, Integer> ids = new HashMap<>();
    List<String> keys = new ArrayList<>();
    int[][] held = new int[n][];
    for (int d = 0; d < n; d++) {
      int[] h = new int[paragraphs.get(d).size()];
      int i = 0;
      for (String k : paragraphs.get(d)) {
        Integer id = ids.putIfAbsent(k, keys.size());
        if (id == null) {
          id = keys.size();
          keys.add(k);
        }
        h[i++] = id;
      }
      Arrays.sort(h);
      held[d] = h;
    }
    int[] df = new int[keys.size()];
    for (int[] h : held) for (int id : h) df[id]++;
    int[][] documents = new int[keys.size()][];
    for (int id = 0; id < df.length; id++) documents[id] = new int[df[id]];
    int[] filled = new int[keys.size()];
    for (int d = 0; d < n; d++) for (int id : held[d]) documents[id][filled[id]++] = d;
    double[] keyWeight = new double[keys.size()];
    int[] keyCharacters = new int[keys.size()];
    for (int id = 0; id < keyWeight.length; id++) {
      keyWeight[id] = weight(keys.get(id), n, df[id]);
      keyCharacters[id] = keys.get(id).codePointCount(0, keys.get(id).length());
    }
    double[] weight = new double[n];
    for (int d = 0; d < n; d++) for (int id : held[d]) weight[d] += keyWeight[id];
    // the earlier documents each document copies are found in parallel, and joined in order
    int[][] copied =
        IntStream.range(0, n)
            .parallel()
            .mapToObj(d -> copied(d, held, documents, keyWeight, keyCharacters, weight))
            .toArray(int[][]::new);
    int[] parent = new int[n];
    for (int d = 0; d < n; d++) parent[d] = d;
    for (int d = 0; d < n; d++) for (int e : copied[d]) union(parent, d, e);
    int[] first = new int[n];
    for (int d = 0; d < n; d++) first[d] = root(parent, d);
    return first;
  }

  /**
   * Returns the earlier documents that document {@code d} copies or is copied by, in corpus order:
   * those that share a paragraph standing in at most {@value #CANDIDATES} documents and enough of
   * the weight of both ({@code held}: each document's sorted key ids; {@code documents}: each key's
   * documents in corpus order).
   */
  private static int[] copied(
      int d,
      int[][] held,
      int[][] documents,
      double[] keyWeight,
      int[] keyCharacters,
      double[] weight) {
    int[] candidates = new int[0];
    int found = 0;
    for (int id : held[d]) {
      int[] with = documents[id];
      if (with.length > CANDIDATES) continue;
      for (int e : with) {
        if (e >= d) break; // in corpus order
        if (found == candidates.length) candidates = Arrays.copyOf(candidates, 2 * found + 8);
        candidates[found++] = e;
      }
    }
    int[] sorted = Arrays.stream(candidates, 0, found).sorted().distinct().toArray();
    int[] out = new int[sorted.length];
    int kept = 0;
    for (int e : sorted) {
      double both = 0;
      int characters = 0;
      int[] a = held[d];
      int[] b = held[e];
      for (int i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] < b[j]) i++;
        else if (a[i] > b[j]) j++;
        else {
          both += keyWeight[a[i]];
          characters += keyCharacters[a[i]];
          i++;
          j++;
        }
      }
      double lighter = Math.min(weight[d], weight[e]);
      double heavier = Math.max(weight[d], weight[e]);
      // a little slack for rounding: sums of the same weights in another order
      if (characters >= MIN_CHARACTERS
          && both >= SHARE * lighter - 1e-9
          && both >= OF_HEAVIER * heavier - 1e-9) out[kept++] = e;
    }
    return Arrays.copyOf(out, kept);
  }

  /**
   * Returns the weight of paragraph key {@code k}, standing in {@code df} of {@code n} documents.
   */
  private static double weight(String k, int n, int df) {
    return k.codePointCount(0, k.length()) * Math.log((n + 1.0) / df);
  }

  /**
   * Joins the groups of a and b under the smaller root, so a group's root is its first document.
   */
  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  }

  private static int root(int[] parent, int d) {
    while (parent[d] != d) d = parent[d] = parent[parent[d]];
    return d;
  }
}
