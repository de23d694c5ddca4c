package qushi.bench;

import java.util.BitSet;

/**
 * UMass topic coherence (Mimno et al. 2011) over documents:
 *
 * <pre>
 * C(t) = Σ_{i=2..M} Σ_{j&lt;i} ln( (D(w_i, w_j) + 1) / D(w_j) )
 * </pre>
 *
 * where w_1..w_M are the topic's top words, D(w) counts documents containing w and D(w, v)
 * documents containing both. Higher (closer to 0) is better.
 */
final class Coherence {
  private final BitSet[] docsOf;

  Coherence(int[][] docs, int vocabularySize) {
    docsOf = new BitSet[vocabularySize];
    for (int d = 0; d < docs.length; d++) {
      for (int w : docs[d]) {
        if (docsOf[w] == null) {
          docsOf[w] = new BitSet(docs.length);
        }
        docsOf[w].set(d);
      }
    }
  }

  /** Returns C(t) for one topic's top words, most probable first. */
  double umass(int[] top) {
    double c = 0;
    for (int i = 1; i < top.length; i++) {
      for (int j = 0; j < i; j++) {
        BitSet a = docsOf[top[i]];
        BitSet b = docsOf[top[j]];
        if (a == null || b == null) {
          continue;
        }
        BitSet both = (BitSet) a.clone();
        both.and(b);
        c += Math.log((both.cardinality() + 1.0) / b.cardinality());
      }
    }
    return c;
  }

  /** Returns the mean of C(t) over topics. */
  double mean(int[][] topWords) {
    double sum = 0;
    for (int[] top : topWords) {
      sum += umass(top);
    }
    return sum / topWords.length;
  }
}
