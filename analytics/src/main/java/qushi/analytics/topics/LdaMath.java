package qushi.analytics.topics;

/**
 * Special functions, the model log-likelihood and the hyperparameter updates of the sampler.
 *
 * <p>Log-likelihood, as in MALLET's {@code ParallelTopicModel.modelLogLikelihood()}: the log of the
 * joint probability of words and topic assignments with θ and φ integrated out, a product of
 * Dirichlet–multinomials,
 *
 * <pre>
 * log P(w, z) = Σ_d [ lnΓ(α₀) − lnΓ(α₀ + N_d) + Σ_k (lnΓ(α_k + n_{k|d}) − lnΓ(α_k)) ]
 *             + Σ_k [ lnΓ(Vβ) − lnΓ(Vβ + n_k) + Σ_w (lnΓ(β + n_{w|k}) − lnΓ(β)) ]
 * </pre>
 *
 * where α₀ = Σ_k α_k; terms with a zero count vanish and are skipped.
 */
final class LdaMath {
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  /** Shape and scale of the Gamma prior on each α_k in the α update (MALLET's values). */
  static final double ALPHA_SHAPE = 1.001;

  static final double ALPHA_SCALE = 1.0;

  private LdaMath() {}

  /**
   * Returns lnΓ(z) for z &gt; 0 by Stirling's series to the z⁻⁵ term, after shifting z to at least
   * 2 (the approximation MALLET uses; absolute error below 1e-10 there).
   */
  static double logGamma(double z) {
    double shift = 0;
    while (z < 2) {
      shift += Math.log(z);
      z++;
    }
    double z2 = z * z;
    return HALF_LOG_TWO_PI
        + (z - 0.5) * Math.log(z)
        - z
        + 1 / (12 * z)
        - 1 / (360 * z * z2)
        + 1 / (1260 * z * z2 * z2)
        - shift;
  }

  /** Returns ψ(z) = d lnΓ(z)/dz for z &gt; 0 (recurrence up to 6, then the asymptotic series). */
  static double digamma(double z) {
    double psi = 0;
    while (z < 6) {
      psi -= 1 / z;
      z++;
    }
    double inv = 1 / z;
    double inv2 = inv * inv;
    return psi
        + Math.log(z)
        - 0.5 * inv
        - inv2
            * (1.0 / 12
                - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
  }

  /** Returns log P(w, z) of the current state (see the class comment). */
  static double logLikelihood(
      TokenCorpus corpus,
      int[] topics,
      WordTopicTable table,
      int[] topicTotals,
      double[] alpha,
      double beta) {
    int k = alpha.length;
    double alphaSum = 0;
    double[] logGammaAlpha = new double[k];
    for (int t = 0; t < k; t++) {
      alphaSum += alpha[t];
      logGammaAlpha[t] = logGamma(alpha[t]);
    }
    double ll = 0;
    int[] counts = new int[k];
    int[] docStart = corpus.docStart();
    for (int d = 0; d < corpus.documents(); d++) {
      for (int i = docStart[d]; i < docStart[d + 1]; i++) {
        counts[topics[i]]++;
      }
      for (int t = 0; t < k; t++) {
        if (counts[t] > 0) {
          ll += logGamma(alpha[t] + counts[t]) - logGammaAlpha[t];
          counts[t] = 0;
        }
      }
      ll -= logGamma(alphaSum + docStart[d + 1] - docStart[d]);
    }
    ll += corpus.documents() * logGamma(alphaSum);

    long nonZero = 0;
    for (int v : table.packed) {
      if (v != 0) {
        nonZero++;
        ll += logGamma(beta + (v >>> table.topicBits));
      }
    }
    double betaSum = beta * corpus.vocabularySize();
    for (int t = 0; t < k; t++) {
      ll -= logGamma(betaSum + topicTotals[t]);
    }
    ll += k * logGamma(betaSum) - nonZero * logGamma(beta);
    return ll;
  }

  /**
   * Updates α in place by one step of Minka's fixed point on Wallach's histograms, with MALLET's
   * Gamma(shape, scale) regularisation, and returns the new Σ α_k:
   *
   * <pre>
   * α_k ← α_k (Σ_n h_k(n) [ψ(α_k + n) − ψ(α_k)] + shape) / (Σ_n L(n) [ψ(α₀ + n) − ψ(α₀)] − 1/scale)
   * </pre>
   *
   * where h_k(n) counts documents with n tokens in topic k and L(n) documents of length n. The
   * digamma differences are sums of 1/(x + i), accumulated along the histograms. Leaves α alone
   * when the denominator is not positive (too little data).
   */
  static double optimizeAlpha(double[] alpha, int[] topicDocs, int[] docLengths) {
    int stride = docLengths.length;
    double alphaSum = 0;
    for (double a : alpha) {
      alphaSum += a;
    }
    double denominator = 0;
    double digammaDiff = 0;
    for (int n = 1; n < stride; n++) {
      digammaDiff += 1 / (alphaSum + n - 1);
      denominator += docLengths[n] * digammaDiff;
    }
    denominator -= 1 / ALPHA_SCALE;
    if (!(denominator > 0)) {
      return alphaSum;
    }
    double sum = 0;
    for (int t = 0; t < alpha.length; t++) {
      int last = 0;
      for (int n = stride - 1; n > 0; n--) {
        if (topicDocs[t * stride + n] > 0) {
          last = n;
          break;
        }
      }
      double numerator = 0;
      digammaDiff = 0;
      for (int n = 1; n <= last; n++) {
        digammaDiff += 1 / (alpha[t] + n - 1);
        numerator += topicDocs[t * stride + n] * digammaDiff;
      }
      alpha[t] = alpha[t] * (numerator + ALPHA_SHAPE) / denominator;
      sum += alpha[t];
    }
    return sum;
  }

  /**
   * Returns β after 200 steps of Minka's fixed point for a symmetric Dirichlet over V words,
   * observed as K topics:
   *
   * <pre>
   * Vβ ← β Σ_{w,k} [ψ(β + n_{w|k}) − ψ(β)] / Σ_k [ψ(Vβ + n_k) − ψ(Vβ)]
   * </pre>
   */
  static double optimizeBeta(
      WordTopicTable table, int[] topicTotals, int vocabularySize, double beta) {
    int maxCount = 0;
    for (int v : table.packed) {
      maxCount = Math.max(maxCount, v >>> table.topicBits);
    }
    int[] histogram = new int[maxCount + 1];
    for (int v : table.packed) {
      if (v != 0) {
        histogram[v >>> table.topicBits]++;
      }
    }
    int distinct = 0;
    for (int n = 1; n <= maxCount; n++) {
      if (histogram[n] > 0) {
        distinct++;
      }
    }
    // the distinct non-zero counts and how many (word, topic) pairs have each
    int[] counts = new int[distinct];
    int[] multiplicity = new int[distinct];
    for (int n = 1, i = 0; n <= maxCount; n++) {
      if (histogram[n] > 0) {
        counts[i] = n;
        multiplicity[i++] = histogram[n];
      }
    }
    double betaSum = beta * vocabularySize;
    for (int iteration = 0; iteration < 200; iteration++) {
      double b = betaSum / vocabularySize;
      double digammaB = digamma(b);
      double numerator = 0;
      for (int i = 0; i < distinct; i++) {
        numerator += multiplicity[i] * (digamma(b + counts[i]) - digammaB);
      }
      double digammaSum = digamma(betaSum);
      double denominator = 0;
      for (int total : topicTotals) {
        denominator += digamma(betaSum + total) - digammaSum;
      }
      if (!(denominator > 0) || !(numerator > 0)) {
        return beta;
      }
      betaSum = b * numerator / denominator;
    }
    return betaSum / vocabularySize;
  }
}
