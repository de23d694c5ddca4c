package qushi.analytics.topics;

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
 * The +1 in UMass is its usual smoothing; NPMI needs none because the zero case is defined.
 */
public final class Coherence {
  private final int[][] docs;
  private final int passages;
  /** contains[w][d]: whether passage d has word w; filled lazily, word by word. */
  private final boolean[][] contains;

  /**
   * Creates the co-occurrence index of {@code docs} (token ids per passage) over {@code vocabulary}
   * words; only the words asked about later are looked up, so this stores one bit set per passage.
   */
  public Coherence(int[][] docs, int vocabulary) {
    this.passages = docs.length;
    this.contains = new boolean[vocabulary][];
    this.docs = docs;
  }

  private boolean[] column(int w) {
    if (contains[w] == null) {
      boolean[] c = new boolean[passages];
      for (int d = 0; d < passages; d++) {
        for (int t : docs[d]) {
          if (t == w) {
            c[d] = true;
            break;
          }
        }
      }
      contains[w] = c;
    }
    return contains[w];
  }

  private int df(int w) {
    int n = 0;
    for (boolean b : column(w)) if (b) n++;
    return n;
  }

  private int df(int w, int v) {
    boolean[] a = column(w);
    boolean[] b = column(v);
    int n = 0;
    for (int d = 0; d < passages; d++) if (a[d] && b[d]) n++;
    return n;
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

  /** Returns the mean UMass coherence of {@code words} in rank order (≤ 0 typically). */
  public double umass(int[] words) {
    double sum = 0;
    int pairs = 0;
    for (int m = 1; m < words.length; m++) {
      for (int l = 0; l < m; l++) {
        int dl = df(words[l]);
        if (dl == 0) continue;
        sum += Math.log((df(words[m], words[l]) + 1.0) / dl);
        pairs++;
      }
    }
    return pairs == 0 ? 0 : sum / pairs;
  }
}
