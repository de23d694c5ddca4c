package qushi.analytics.topics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One thread's collapsed Gibbs sweep over a contiguous range of documents, using SparseLDA's bucket
 * decomposition (Yao, Mimno &amp; McCallum 2009) of the full conditional:
 *
 * <pre>
 * p(z = k | rest) ∝ (α_k + n_{k|d}) (β + n_{w|k}) / (βV + n_k)
 *                 = α_k β / (βV + n_k)                        s: smoothing, summed over all k
 *                 + n_{k|d} β / (βV + n_k)                    r: topics of the document
 *                 + (α_k + n_{k|d}) n_{w|k} / (βV + n_k)      q: topics of the word
 * </pre>
 *
 * with every count excluding the token being resampled. s and r are kept up to date incrementally;
 * q is summed over the word's non-zero topics with cached coefficients c_k = (α_k + n_{k|d}) / (βV
 * + n_k).
 *
 * <p>Beyond the published algorithm:
 *
 * <ul>
 *   <li>the token's removal is applied only virtually (the old topic's coefficient and the bucket
 *       masses are adjusted, the stored counts are not), so a token that keeps its topic (about
 *       half of them on the 2M-token benchmark corpus after burn-in) changes no state at all;
 *   <li>1/(βV + n_k) and 1/(βV + n_k − 1) are cached per topic, so a move costs two divisions and a
 *       stay none;
 *   <li>q is summed with four independent accumulators (the floating-point add chain, not the
 *       loads, bounds a single-accumulator loop), each step one fused multiply-add: the loop is
 *       bound by instruction throughput, and {@code Math.fma} saved about 5% of a sweep (it is one
 *       instruction on x86-64 with FMA3 and on AArch64; a CPU without it would take a slow software
 *       path);
 *   <li>the walk that picks a slot of the word bucket recomputes the few scores it needs instead of
 *       storing all of them, four slots at a time (see {@link #walkWord});
 *   <li>the document's counts are a dense array of K, with no list of its non-zero topics: r and
 *       the coefficients are set up per document in O(K), and the rare walk through the document
 *       bucket (about 1% of draws) visits all K topics, so a move maintains no list;
 *   <li>tokens of a document come grouped by word ({@link TokenCorpus}), so repeats find their
 *       word's row in cache, and a word repeated in the document is summed once: the full sum Σ c_t
 *       n_{w|t} (no token removed) is kept while the word's tokens are visited, corrected for each
 *       token's removal with the old topic's count (found by a scan of the sorted row, the slot a
 *       move then reuses), and after a move updated for the two topics that changed. About a third
 *       of the benchmark corpus's tokens repeat the previous token's word; one sweep took 3–5% less
 *       time (medians of interleaved runs in one process);
 *   <li>the old topic's slot is searched four slots a test ({@link #slotOf}): 1–2.5% less time per
 *       sweep over the first 16–24 sweeps from the random start, when rows are long and most tokens
 *       move; no measurable change after burn-in.
 * </ul>
 *
 * <p>Measured on the benchmark corpus (K = 50, one thread, reference and candidate interleaved in
 * one process) and not adopted: dense per-word count arrays (doubles) beside the sorted rows,
 * summed instead of the row when the row is longer than K/2, for the words occurring at least 100
 * times (about 2,000 words) or, at the other end, only those occurring at least 20,000 times (the
 * most frequent few): 3.5–6% slower at every threshold tried; keeping a word's row start and length
 * side by side in one array (no difference; separate processes, alternated); loading the row of the
 * word a few tokens ahead early (within the noise); applying the commit unconditionally so that a
 * stay and a move take the same branch-free path (slower: a stay then pays a move's work); letting
 * a changed count step one slot branch-free instead of bubbling it into place (no gain); recording
 * the old topic's slot during the q sum (the extra selects slowed the sum by about 10%); removing
 * the token from its row in place for the sum and the walk, so the walk needs no comparison with
 * the old topic (the slot search it then needs for every token made a sweep about 3% slower).
 */
final class SparseSampler {
  private final int k;
  private final int[] words;
  private final int[] docStart;
  private final int[] topics;
  private final int firstDoc;
  private final int endDoc;
  private final SplittableRandom random;

  final WordTopicTable table;
  final int[] topicTotals;

  /** Histograms for α: docLengths[n] documents of length n, topicDocs[k * (maxLen + 1) + n]. */
  final int[] docLengths;

  final int[] topicDocs;

  private double[] alpha;
  private double beta;
  private double betaSum;

  private final int[] docCounts;
  private final double[] coef;
  private final double[] inv;
  private final double[] invMinus;

  SparseSampler(
      TokenCorpus corpus,
      int[] topics,
      int firstDoc,
      int endDoc,
      WordTopicTable table,
      int[] topicTotals,
      SplittableRandom random) {
    this.k = table.topics;
    this.words = corpus.words();
    this.docStart = corpus.docStart();
    this.topics = topics;
    this.firstDoc = firstDoc;
    this.endDoc = endDoc;
    this.table = table;
    this.topicTotals = topicTotals;
    this.random = random;
    int maxLength = corpus.maxLength();
    this.docLengths = new int[maxLength + 1];
    this.topicDocs = new int[k * (maxLength + 1)];
    this.docCounts = new int[k];
    this.coef = new double[k];
    this.inv = new double[k];
    this.invMinus = new double[k];
  }

  /** Sets the hyperparameters used by the next sweeps. */
  void setPriors(double[] alpha, double beta, int vocabularySize) {
    this.alpha = alpha;
    this.beta = beta;
    this.betaSum = beta * vocabularySize;
  }

  /** Resamples every token of this thread's documents once; collects α histograms if asked. */
  void sweep(boolean collectStatistics) {
    final int[] packed = table.packed;
    final int[] offsets = table.offsets;
    final int[] lengths = table.lengths;
    final int bits = table.topicBits;
    final int mask = table.topicMask;
    final double b = beta;
    final double[] a = alpha;
    final int[] nk = topicTotals;
    final int[] ndk = docCounts;
    final double[] c = coef;

    double s = 0;
    for (int t = 0; t < k; t++) {
      inv[t] = 1.0 / (betaSum + nk[t]);
      invMinus[t] = 1.0 / (betaSum + nk[t] - 1);
      c[t] = a[t] * inv[t];
      s += a[t] * b * inv[t];
    }
    for (int d = firstDoc; d < endDoc; d++) {
      final int from = docStart[d];
      final int to = docStart[d + 1];
      for (int i = from; i < to; i++) {
        ndk[topics[i]]++;
      }
      double r = 0;
      for (int t = 0; t < k; t++) {
        r += b * ndk[t] * inv[t];
        c[t] = (a[t] + ndk[t]) * inv[t];
      }

      // word whose full sum Σ c_t n_{w|t} (no token removed) qFull holds; -1: none
      int cachedWord = -1;
      double qFull = 0;
      for (int i = from; i < to; i++) {
        final int w = words[i];
        final int old = topics[i];
        final int nOld = ndk[old];
        final double invOld = invMinus[old];
        // the token's removal, applied to the masses and the old topic's coefficient only
        final double cOld = (a[old] + nOld - 1) * invOld;
        final double savedCoef = c[old];
        final double sMinus = s + a[old] * b * (invOld - inv[old]);
        final double rMinus = r + b * ((nOld - 1) * invOld - nOld * inv[old]);

        final int start = offsets[w];
        final int stop = start + lengths[w];
        final double q;
        int oldSlot = -1;
        int nWordOld = 0;
        if (w == cachedWord || i + 1 < to && words[i + 1] == w) {
          // a word repeated in the document: sum once, then correct for the removed token
          if (w != cachedWord) {
            qFull = wordBucket(packed, start, stop, c, mask, bits);
            cachedWord = w;
          }
          oldSlot = slotOf(packed, start, mask, old);
          nWordOld = packed[oldSlot] >>> bits;
          q = qFull + nWordOld * (cOld - savedCoef) - cOld;
          c[old] = cOld;
        } else {
          c[old] = cOld;
          // one of the old topic's word counts is the token itself
          q = wordBucket(packed, start, stop, c, mask, bits) - cOld;
        }

        double u = random.nextDouble() * (sMinus + rMinus + q);
        int next;
        int nextSlot = -1;
        if (u < q) {
          nextSlot = walkWord(packed, start, stop, c, mask, bits, old, u);
          next = packed[nextSlot] & mask;
        } else {
          u -= q;
          next = u < rMinus ? fromDocument(u / b, old) : fromSmoothing((u - rMinus) / b, old);
        }
        if (next == old) {
          c[old] = savedCoef;
          continue;
        }

        // commit the removal
        topics[i] = next;
        ndk[old] = nOld - 1;
        nk[old]--;
        inv[old] = invOld;
        invMinus[old] = 1.0 / (betaSum + nk[old] - 1);
        s = sMinus;
        r = rMinus;
        if (oldSlot < 0) {
          oldSlot = slotOf(packed, start, mask, old);
        }
        int settled = table.decrementAt(w, oldSlot);
        if (nextSlot >= 0) {
          if (nextSlot > oldSlot && nextSlot <= settled) {
            nextSlot--;
          }
        } else {
          nextSlot = start;
          while (packed[nextSlot] != 0 && (packed[nextSlot] & mask) != next) {
            nextSlot++;
          }
        }
        final int nWordNext = packed[nextSlot] >>> bits;
        table.incrementAt(w, nextSlot, next);

        // the addition
        int nNew = ndk[next]++;
        invMinus[next] = inv[next];
        nk[next]++;
        double invNew = 1.0 / (betaSum + nk[next]);
        s += a[next] * b * (invNew - inv[next]);
        r += b * ((nNew + 1) * invNew - nNew * inv[next]);
        inv[next] = invNew;
        final double cNext = c[next];
        c[next] = (a[next] + nNew + 1) * invNew;
        if (w == cachedWord) {
          qFull = q + c[next] * (nWordNext + 1) - cNext * nWordNext;
        }
      }

      if (collectStatistics) {
        docLengths[to - from]++;
        for (int t = 0; t < k; t++) {
          if (ndk[t] > 0) {
            topicDocs[t * docLengths.length + ndk[t]]++;
          }
        }
      }
      Arrays.fill(ndk, 0);
    }
  }

  /**
   * Returns the slot of a word's row (starting at start) that holds the given topic, which must be
   * there; four slots a test. A padding slot reads as topic 0 but lies after every real slot, so
   * the first match is the topic's own slot.
   */
  private static int slotOf(int[] packed, int start, int mask, int topic) {
    int j = start;
    while (((packed[j] & mask) == topic
            | (packed[j + 1] & mask) == topic
            | (packed[j + 2] & mask) == topic
            | (packed[j + 3] & mask) == topic)
        == false) {
      j += 4;
    }
    return (packed[j] & mask) == topic
        ? j
        : (packed[j + 1] & mask) == topic ? j + 1 : (packed[j + 2] & mask) == topic ? j + 2 : j + 3;
  }

  /**
   * Returns Σ c_t n_{w|t} over the slots [start, stop) of a word's row, read in whole blocks of
   * four (rows are padded with zero slots, see {@link WordTopicTable}); four partial sums break the
   * floating-point add chain.
   */
  private static double wordBucket(
      int[] packed, int start, int stop, double[] c, int mask, int bits) {
    double q0 = 0;
    double q1 = 0;
    double q2 = 0;
    double q3 = 0;
    int j = start;
    for (; j < stop; j += 4) {
      int v0 = packed[j];
      int v1 = packed[j + 1];
      int v2 = packed[j + 2];
      int v3 = packed[j + 3];
      q0 = Math.fma(c[v0 & mask], v0 >>> bits, q0);
      q1 = Math.fma(c[v1 & mask], v1 >>> bits, q1);
      q2 = Math.fma(c[v2 & mask], v2 >>> bits, q2);
      q3 = Math.fma(c[v3 & mask], v3 >>> bits, q3);
    }
    return (q0 + q1) + (q2 + q3);
  }

  /**
   * Returns the slot of a word's row where the cumulative score c_t (n_{w|t} − [t = old]) first
   * reaches u (the last slot if rounding leaves u above the total). The scores are recomputed, not
   * stored; rows are sorted, so the walk usually stops after a few slots. Four slots at a time: one
   * subtraction per block on u's dependency chain, and the slot within the block found by
   * comparisons rather than a branch per slot. A padding slot adds nothing to the cumulative score,
   * so the first slot to reach u is never one.
   */
  private static int walkWord(
      int[] packed, int start, int stop, double[] c, int mask, int bits, int old, double u) {
    int m = start;
    for (; m < stop; m += 4) {
      int v0 = packed[m];
      int v1 = packed[m + 1];
      int v2 = packed[m + 2];
      int v3 = packed[m + 3];
      int t0 = v0 & mask;
      int t1 = v1 & mask;
      int t2 = v2 & mask;
      int t3 = v3 & mask;
      double p1 = c[t0] * ((v0 >>> bits) - (t0 == old ? 1 : 0));
      double p2 = Math.fma(c[t1], (v1 >>> bits) - (t1 == old ? 1 : 0), p1);
      double p3 = Math.fma(c[t2], (v2 >>> bits) - (t2 == old ? 1 : 0), p2);
      double p4 = Math.fma(c[t3], (v3 >>> bits) - (t3 == old ? 1 : 0), p3);
      if (u <= p4) {
        return m + (u > p1 ? 1 : 0) + (u > p2 ? 1 : 0) + (u > p3 ? 1 : 0);
      }
      u -= p4;
    }
    return stop - 1;
  }

  /** Walks the document bucket: weights n_{t|d} / (βV + n_t), the token removed from old. */
  private int fromDocument(double u, int old) {
    int last = -1;
    for (int t = 0; t < k; t++) {
      int n = docCounts[t] - (t == old ? 1 : 0);
      if (n > 0) {
        u -= n * (t == old ? invMinus[t] : inv[t]);
        last = t;
        if (u <= 0) {
          return t;
        }
      }
    }
    return last < 0 ? old : last;
  }

  /** Walks the smoothing bucket: weights α_t / (βV + n_t), the token removed from old. */
  private int fromSmoothing(double u, int old) {
    for (int t = 0; t < k; t++) {
      u -= alpha[t] * (t == old ? invMinus[t] : inv[t]);
      if (u <= 0) {
        return t;
      }
    }
    return k - 1;
  }

  /** Clears the α histograms. */
  void clearStatistics() {
    Arrays.fill(docLengths, 0);
    Arrays.fill(topicDocs, 0);
  }
}
