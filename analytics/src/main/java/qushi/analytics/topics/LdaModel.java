package qushi.analytics.topics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A trained LDA topic model: the final Gibbs state's counts, the hyperparameters, and the smoothed
 * distributions derived from them. Immutable; accessors return copies.
 *
 * <pre>
 * φ_k(w) = (n_{w|k} + β) / (n_k + Vβ)            topicWords(k)
 * θ_d(k) = (n_{k|d} + α_k) / (N_d + α₀)           docTopics(d),  α₀ = Σ_k α_k
 * </pre>
 *
 * <p>Serializable, so that a distributed engine can send it to its workers for inference.
 */
public final class LdaModel implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int topics;
  private final int vocabularySize;
  private final double[] alpha;
  private final double alphaSum;
  private final double beta;

  /** n_{w|k} at [w * K + k]. */
  private final int[] wordTopic;

  private final int[] topicTotals;

  /** n_{k|d} at [d * K + k]. */
  private final int[] docTopic;

  private final int[] docLengths;

  /** z_i, the topic of every training token, documents in order. */
  private final int[] assignments;

  private final double logLikelihoodPerToken;

  private final int sweeps;

  /**
   * Returns the model of a chain's state: the topic of every token ({@code assignments}, in the
   * corpus's token order), its word-topic table and topic totals (both copied).
   */
  LdaModel(
      TokenCorpus corpus,
      int[] assignments,
      WordTopicTable table,
      int[] topicTotals,
      double[] alpha,
      double beta,
      double logLikelihoodPerToken,
      int sweeps) {
    int k = alpha.length;
    topics = k;
    vocabularySize = corpus.vocabularySize();
    this.alpha = alpha.clone();
    alphaSum = Arrays.stream(alpha).sum();
    this.beta = beta;
    wordTopic = new int[vocabularySize * k];
    int[] row = new int[k];
    for (int w = 0; w < vocabularySize; w++) {
      Arrays.fill(row, 0);
      table.addTo(w, row, 1);
      System.arraycopy(row, 0, wordTopic, w * k, k);
    }
    this.topicTotals = topicTotals.clone();
    int docs = corpus.documents();
    docTopic = new int[docs * k];
    docLengths = new int[docs];
    int[] start = corpus.docStart();
    for (int d = 0; d < docs; d++) {
      docLengths[d] = start[d + 1] - start[d];
      for (int i = start[d]; i < start[d + 1]; i++) {
        docTopic[d * k + assignments[i]]++;
      }
    }
    this.assignments = corpus.inSourceOrder(assignments);
    this.logLikelihoodPerToken = logLikelihoodPerToken;
    this.sweeps = sweeps;
  }

  /**
   * Returns the number of Gibbs sweeps the model was trained with (fewer than asked when it
   * converged).
   */
  public int sweeps() {
    return sweeps;
  }

  /**
   * Returns the topic assigned to each token of training document {@code d} in the final state, in
   * the document's token order (a copy).
   */
  public int[] assignments(int d) {
    int start = 0;
    for (int i = 0; i < d; i++) start += docLengths[i];
    return Arrays.copyOfRange(assignments, start, start + docLengths[d]);
  }

  /** Returns the number of topics K. */
  public int topics() {
    return topics;
  }

  /** Returns the vocabulary size V. */
  public int vocabularySize() {
    return vocabularySize;
  }

  /** Returns the number of training documents. */
  public int documents() {
    return docLengths.length;
  }

  /** Returns the number of training tokens. */
  public long tokens() {
    long n = 0;
    for (int t : topicTotals) {
      n += t;
    }
    return n;
  }

  /** Returns a copy of the (optimised) document–topic prior α_k, all positive. */
  public double[] alpha() {
    return alpha.clone();
  }

  /** Returns the (optimised) per-word topic–word prior β. */
  public double beta() {
    return beta;
  }

  /** Returns log P(w, z) / tokens of the final state (MALLET's LL/token), in nats. */
  public double logLikelihoodPerToken() {
    return logLikelihoodPerToken;
  }

  /** Returns n_k, the number of tokens assigned to each topic (a copy). */
  public int[] topicCounts() {
    return topicTotals.clone();
  }

  /** Returns n_{w|k}, how many tokens of word w are assigned to topic k. */
  public int topicWordCount(int k, int w) {
    checkTopic(k);
    checkWord(w);
    return wordTopic[w * topics + k];
  }

  /** Returns n_{k|d}, how many tokens of training document d are assigned to topic k. */
  public int docTopicCount(int d, int k) {
    checkDoc(d);
    checkTopic(k);
    return docTopic[d * topics + k];
  }

  /** Returns φ_k over all V words; entries are positive and sum to 1. */
  public double[] topicWords(int k) {
    checkTopic(k);
    double norm = 1.0 / (topicTotals[k] + vocabularySize * beta);
    double[] phi = new double[vocabularySize];
    for (int w = 0; w < vocabularySize; w++) {
      phi[w] = (wordTopic[w * topics + k] + beta) * norm;
    }
    return phi;
  }

  /** Returns θ_d over the K topics of training document d; entries positive, summing to 1. */
  public double[] docTopics(int d) {
    checkDoc(d);
    double norm = 1.0 / (docLengths[d] + alphaSum);
    double[] theta = new double[topics];
    for (int k = 0; k < topics; k++) {
      theta[k] = (docTopic[d * topics + k] + alpha[k]) * norm;
    }
    return theta;
  }

  /**
   * Returns the ids of topic k's n most frequent words, by count descending, ties by id (which is
   * term order when ids follow sorted terms); fewer when V &lt; n.
   */
  public int[] topWords(int k, int n) {
    checkTopic(k);
    if (n < 0) {
      throw new IllegalArgumentException("n must be ≥ 0, was " + n);
    }
    // sort keys: count descending in the high bits, id ascending in the low bits
    long[] keys = new long[vocabularySize];
    for (int w = 0; w < vocabularySize; w++) {
      keys[w] = (long) (Integer.MAX_VALUE - wordTopic[w * topics + k]) << 32 | w;
    }
    Arrays.sort(keys);
    int m = Math.min(n, vocabularySize);
    int[] top = new int[m];
    for (int i = 0; i < m; i++) {
      top[i] = (int) keys[i];
    }
    return top;
  }

  /**
   * Returns θ for an unseen document, by Gibbs sampling its topic assignments with the topic–word
   * counts held fixed and averaging θ over the second half of the sweeps:
   *
   * <pre>
   * p(z_i = k) ∝ (n_{k|d}^{¬i} + α_k) (n_{w|k} + β) / (n_k + Vβ)
   * </pre>
   *
   * @param doc token ids in [0, V); an empty document gets θ_k = α_k / α₀
   * @param iterations sweeps, at least 1
   * @param seed seed of the sampler, so equal calls give equal results
   * @throws IllegalArgumentException on a token outside [0, V) or iterations &lt; 1
   */
  public double[] infer(int[] doc, int iterations, long seed) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
    }
    for (int i = 0; i < doc.length; i++) {
      if (doc[i] < 0 || doc[i] >= vocabularySize) {
        throw new IllegalArgumentException(
            "doc[" + i + "] must be in [0, " + vocabularySize + "), was " + doc[i]);
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] topicNorm = new double[topics];
    for (int k = 0; k < topics; k++) {
      topicNorm[k] = 1.0 / (topicTotals[k] + vocabularySize * beta);
    }
    int[] z = new int[doc.length];
    int[] counts = new int[topics];
    for (int i = 0; i < doc.length; i++) {
      z[i] = random.nextInt(topics);
      counts[z[i]]++;
    }
    double[] cumulative = new double[topics];
    double[] theta = new double[topics];
    int samples = 0;
    for (int iteration = 1; iteration <= iterations; iteration++) {
      for (int i = 0; i < doc.length; i++) {
        counts[z[i]]--;
        int row = doc[i] * topics;
        double total = 0;
        for (int k = 0; k < topics; k++) {
          total += (counts[k] + alpha[k]) * (wordTopic[row + k] + beta) * topicNorm[k];
          cumulative[k] = total;
        }
        double u = random.nextDouble() * total;
        int k = 0;
        while (k < topics - 1 && cumulative[k] <= u) {
          k++;
        }
        z[i] = k;
        counts[k]++;
      }
      if (iteration > iterations / 2) {
        samples++;
        for (int k = 0; k < topics; k++) {
          theta[k] += (counts[k] + alpha[k]) / (doc.length + alphaSum);
        }
      }
    }
    for (int k = 0; k < topics; k++) {
      theta[k] /= samples;
    }
    return theta;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "LdaModel[topics=%d, vocabulary=%d, documents=%d, tokens=%d, alphaSum=%.4f, beta=%.5f,"
            + " ll/token=%.4f]",
        topics,
        vocabularySize,
        documents(),
        tokens(),
        alphaSum,
        beta,
        logLikelihoodPerToken);
  }

  private void checkTopic(int k) {
    if (k < 0 || k >= topics) {
      throw new IllegalArgumentException("topic must be in [0, " + topics + "), was " + k);
    }
  }

  private void checkWord(int w) {
    if (w < 0 || w >= vocabularySize) {
      throw new IllegalArgumentException("word must be in [0, " + vocabularySize + "), was " + w);
    }
  }

  private void checkDoc(int d) {
    if (d < 0 || d >= docLengths.length) {
      throw new IllegalArgumentException(
          "document must be in [0, " + docLengths.length + "), was " + d);
    }
  }
}
