package qushi.analytics.topics;

import qushi.analytics.core.Check;
import qushi.analytics.core.Progress;

/**
 * Trains LDA topic models by collapsed Gibbs sampling (Griffiths &amp; Steyvers 2004) with
 * SparseLDA's bucketed sampling step; returns an immutable {@link LdaModel}.
 *
 * <p>Each token's topic is drawn from
 *
 * <pre>
 * p(z_i = k | z_¬i, w) ∝ (α_k + n_{k|d}) (β + n_{w|k}) / (βV + n_k)
 * </pre>
 *
 * <b>Why SparseLDA.</b> The sampler is exact (every draw comes from the full conditional) and its
 * cost per token is proportional to the number of topics the token's word currently has, not to K.
 * On a 2M-token Zipfian corpus at K = 50 those rows average about 21 topics after a few dozen
 * sweeps and a token costs about 50–60 ns on one core. Alias-table Metropolis–Hastings samplers
 * (LightLDA, WarpLDA) make each step O(1), but a step only proposes from a stale or partial
 * distribution and accepts or rejects, so they mix more slowly per sweep and need more sweeps to
 * reach the same log-likelihood; their published advantage appears at thousands of topics, well
 * above what this toolkit fits, and they were not adopted (nor implemented) here. See {@link
 * SparseSampler} for the decomposition and the tricks that make it faster than MALLET's
 * implementation of the same algorithm.
 *
 * <p><b>Threads.</b> Documents are cut into {@code threads} contiguous ranges of similar token
 * counts. Each thread samples its range against its own copy of the word–topic counts and topic
 * totals; after every sweep the copies are reconciled, like MALLET's {@code ParallelTopicModel}:
 *
 * <pre>
 * n_{w|k} ← n_{w|k} + Σ_t (n^{(t)}_{w|k} − n_{w|k})
 * </pre>
 *
 * (in parallel over word ranges, integer arithmetic, so the order does not matter). With one thread
 * the sampler works on the global counts directly. The run is a function of the seed and the thread
 * count: the initial assignment draws from one {@code SplittableRandom(seed)}, and each thread's
 * stream is split from it in thread order.
 *
 * <p><b>Hyperparameters.</b> After iteration i with i &gt; burnIn and i divisible by
 * optimizeInterval, α is updated by one fixed-point step on the document–topic histograms of that
 * sweep and β (when asked) by Minka's fixed point; see {@link LdaMath}.
 */
public final class LdaTrainer {
  private LdaTrainer() {}

  /**
   * Returns a model trained on the documents, reporting nothing.
   *
   * @param docs documents as token ids in [0, vocabularySize); may be empty
   * @param vocabularySize V, at least 1
   * @param options topics, iterations, priors, threads and seed
   * @throws IllegalArgumentException if a token id lies outside [0, V)
   */
  public static LdaModel train(int[][] docs, int vocabularySize, LdaOptions options) {
    return train(docs, vocabularySize, options, 0, LdaProgress.none());
  }

  /**
   * Returns a model trained on the documents, advancing {@code stage} one unit per sweep and, when
   * the run converges early, by the sweeps it did not need, so that the stage ends complete.
   */
  public static LdaModel train(
      int[][] docs, int vocabularySize, LdaOptions options, Progress.Stage stage) {
    LdaModel m = train(docs, vocabularySize, options, 0, (i, n, ll) -> stage.advance(1));
    stage.advance(options.iterations() - m.sweeps());
    return m;
  }

  /**
   * Returns a model trained on the documents, calling {@code progress} after every iteration; the
   * log-likelihood per token is computed (and passed) every {@code reportEvery} iterations and
   * after the last one (never when {@code reportEvery} is 0), NaN otherwise, since computing it
   * costs about a sweep's time.
   *
   * @throws IllegalArgumentException if a token id lies outside [0, V) or reportEvery &lt; 0
   */
  public static LdaModel train(
      int[][] docs, int vocabularySize, LdaOptions options, int reportEvery, LdaProgress progress) {
    Check.notNull("docs", docs, "options", options, "progress", progress);
    Check.atLeast("reportEvery", reportEvery, 0);
    try (LdaChain chain = LdaChain.start(docs, vocabularySize, options)) {
      int iterations = options.iterations();
      Convergence watch = new Convergence(options);
      for (int iteration = 1; iteration <= iterations; iteration++) {
        chain.sweep();
        boolean check = watch.checks(iteration);
        boolean report =
            reportEvery > 0 && (iteration % reportEvery == 0 || iteration == iterations);
        double ll = check || report ? chain.logLikelihoodPerToken() : Double.NaN;
        boolean converged = check && watch.converged(ll);
        progress.onIteration(iteration, iterations, report || converged ? ll : Double.NaN);
        if (converged) break;
      }
      return chain.model();
    }
  }

  /**
   * Decides when a run has converged: after burn-in and half of the sweeps, the log-likelihood per
   * token L is computed every {@link LdaOptions#CHECK_EVERY} sweeps; the run stops at the first
   * check where
   *
   * <pre>
   * L(now) − L(now − WINDOW) &lt; convergence · |L(now)|
   * </pre>
   *
   * (WINDOW = {@link LdaOptions#WINDOW} sweeps), i.e. when the last fifty sweeps improved the model
   * by less than the given share. Deterministic: L depends only on the chain's state.
   */
  private static final class Convergence {
    private final LdaOptions options;
    private final double[] history;
    private int n;

    Convergence(LdaOptions options) {
      this.options = options;
      this.history = new double[Math.max(1, options.iterations() / LdaOptions.CHECK_EVERY + 1)];
    }

    boolean checks(int iteration) {
      return options.convergence() > 0
          && iteration > options.burnIn()
          && iteration % LdaOptions.CHECK_EVERY == 0;
    }

    boolean converged(double ll) {
      history[n++] = ll;
      int back = LdaOptions.WINDOW / LdaOptions.CHECK_EVERY;
      return n > back && ll - history[n - 1 - back] < options.convergence() * Math.abs(ll);
    }
  }
}
