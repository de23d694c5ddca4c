package qushi.analytics.topics;

import java.util.BitSet;

/**
 * Topic coherence of a list of top words, measured by their co-occurrence in passages.
 *
 * <pre>
 * D(w)      = passages containing w,  D(w, v) = passages containing both,  D = all passages
 * NPMI(w,v) = ln( P(w,v) / (P(w) P(v)) ) / −ln P(w,v),   P(·) = D(·)/D
 *             = −1 when w and v never co-occur (the limit), 1 when P(w,v) = 1
 * NPMI      = mean over the pairs of the top words                      (Bouma 2009; Lau et al. 2014)
 * UMass     = mean over m > l of ln( (D(w_m, w_l) + 1) / D(w_l) ),  words in rank order  (Mimno et al. 2011)
 * </pre>
 *
 * The +1 in UMass is its usual smoothing; NPMI needs none because the zero case is defined.
 */
public final class Coherence {
  private final int passages;

  /** docsOf[w]: the passages that contain word w (null when none does). */
  private final BitSet[] docsOf;

  /**
   * Creates the co-occurrence index of {@code docs} (token ids per passage) over {@code vocabulary}
   * words.
   */
  public Coherence(int[][] docs, int vocabulary) {
    this.passages = docs.length;
    this.docsOf = new BitSet[vocabulary];
    for (int d = 0; d < docs.length; d++) {
      for (int w : docs[d]) {
        if (docsOf[w] == null) docsOf[w] = new BitSet(docs.length);
        docsOf[w].set(d);
      }
    }
  }

  private int df(int w) {
    return docsOf[w] == null ? 0 : docsOf[w].cardinality();
  }

  private int df(int w, int v) {
    if (docsOf[w] == null || docsOf[v] == null) return 0;
    BitSet both = (BitSet) docsOf[w].clone();
    both.and(docsOf[v]);
    return both.cardinality();
  }

  /** Returns the mean NPMI of the pairs of {@code words} (in [−1, 1]). */
  public double npmi(int[] words) {
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < words.length; i++) {
      for (int j = i + 1; j < words.length; j++) {
        int both = df(words[i], words[j]);
        double value;
        if (both == 0) value = -1;
        else if (both == passages) value = 1;
        else {
          double pij = (double) both / passages;
          double pi = (double) df(words[i]) / passages;
          double pj = (double) df(words[j]) / passages;
          value = Math.log(pij / (pi * pj)) / -Math.log(pij);
        }
        sum += value;
        pairs++;
      }
    }
    return pairs == 0 ? 0 : sum / pairs;
  }

  /**
   * Returns the mean UMass coherence of {@code words} in rank order over its pairs (≤ 0 typically).
   */
  public double umass(int[] words) {
    int pairs = 0;
    for (int m = 1; m < words.length; m++)
      for (int l = 0; l < m; l++) if (df(words[l]) > 0) pairs++;
    return pairs == 0 ? 0 : umassSum(words) / pairs;
  }

  /**
   * Returns the UMass coherence of {@code words} as Mimno et al. define it, a sum over the pairs
   * (the figure MALLET reports); pairs whose earlier word is in no passage are skipped.
   */
  public double umassSum(int[] words) {
    double sum = 0;
    for (int m = 1; m < words.length; m++) {
      for (int l = 0; l < m; l++) {
        int dl = df(words[l]);
        if (dl == 0) continue;
        sum += Math.log((df(words[m], words[l]) + 1.0) / dl);
      }
    }
    return sum;
  }
}
