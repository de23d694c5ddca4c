package qushi.analytics.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

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
 * <b>Why SparseLDA.</b> At the tens to low hundreds of topics this toolkit uses, most of the
 * mass of that conditional lies in the word bucket over the few topics a word occurs in, and
 * SparseLDA samples it exactly at a cost proportional to those topics. Alias-table
 * Metropolis–Hastings samplers (LightLDA, WarpLDA) reach O(1) per token but mix more slowly per
 * sweep, which only pays off at thousands of topics; at K = 50 the exact sampler reaches a given
 * log-likelihood in less time. See {@link SparseSampler} for the decomposition and the tricks.
 *
 * <p><b>Threads.</b> Documents are cut into {@code threads} contiguous ranges of similar token
 * counts. Each thread samples its range against its own copy of the word–topic counts and topic
 * totals; after every sweep the copies are reconciled, like MALLET's {@code ParallelTopicModel}:
 *
 * <pre>
 * n_{w|k} ← n_{w|k} + Σ_t (n^{(t)}_{w|k} − n_{w|k})
 * </pre>
 *
 * (in parallel over word ranges, integer arithmetic, so the order does not matter). With one
 * thread the sampler works on the global counts directly. The run is a function of the seed and
 * the thread count: the initial assignment draws from one {@code SplittableRandom(seed)}, and each
 * thread's stream is split from it in thread order.
 *
 * <p><b>Hyperparameters.</b> After iteration i with i &gt; burnIn and i divisible by
 * optimizeInterval, α is updated by one fixed-point step on the document–topic histograms of
 * that sweep and β (when asked) by Minka's fixed point; see {@link LdaMath}.
 */
public final class LdaTrainer {
  private final TokenCorpus corpus;
  private final LdaOptions options;
  private final int[] topics;
  private final WordTopicTable table;
  private final int[] topicTotals;
  private final SparseSampler[] samplers;
  private final int[] wordBounds;
  private final double[] alpha;
  private double beta;

  private LdaTrainer(TokenCorpus corpus, LdaOptions options) {
    this.corpus = corpus;
    this.options = options;
    int k = options.topics();
    SplittableRandom random = new SplittableRandom(options.seed());
    topics = new int[corpus.tokens()];
    table = WordTopicTable.forFrequencies(k, corpus.wordFrequencies());
    topicTotals = new int[k];
    int[] words = corpus.words();
    for (int i = 0; i < topics.length; i++) {
      int t = random.nextInt(k);
      topics[i] = t;
      topicTotals[t]++;
      table.increment(words[i], t);
    }
    alpha = new double[k];
    Arrays.fill(alpha, options.alphaSum() / k);
    beta = options.beta();

    int threads = options.threads();
    int[] docBounds = corpus.partition(threads);
    samplers = new SparseSampler[threads];
    for (int t = 0; t < threads; t++) {
      samplers[t] = threads == 1
          ? new SparseSampler(corpus, topics, 0, corpus.documents(), table, topicTotals,
              random.split())
          : new SparseSampler(corpus, topics, docBounds[t], docBounds[t + 1], table.copy(),
              topicTotals.clone(), random.split());
    }
    wordBounds = new int[threads + 1];
    int w = 0;
    for (int t = 1; t < threads; t++) {
      long target = (long) table.packed.length * t / threads;
      while (w < table.words() && table.offsets[w] < target) {
        w++;
      }
      wordBounds[t] = w;
    }
    wordBounds[threads] = table.words();
  }

  /**
   * Returns a model trained on the documents, reporting nothing.
   *
   * @param docs            documents as token ids in [0, vocabularySize); may be empty
   * @param vocabularySize  V, at least 1
   * @param options         topics, iterations, priors, threads and seed
   * @throws IllegalArgumentException if a token id lies outside [0, V)
   */
  public static LdaModel train(int[][] docs, int vocabularySize, LdaOptions options) {
    return train(docs, vocabularySize, options, 0, LdaProgress.none());
  }

  /**
   * Returns a model trained on the documents, passing the log-likelihood per token to {@code
   * progress} every {@code reportEvery} iterations and after the last one (never when {@code
   * reportEvery} is 0). Draws a progress bar on stderr when a console is attached.
   *
   * @throws IllegalArgumentException if a token id lies outside [0, V) or reportEvery &lt; 0
   */
  public static LdaModel train(
      int[][] docs, int vocabularySize, LdaOptions options, int reportEvery,
      LdaProgress progress) {
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    if (reportEvery < 0) {
      throw new IllegalArgumentException("reportEvery must be ≥ 0, was " + reportEvery);
    }
    return new LdaTrainer(TokenCorpus.of(docs, vocabularySize), options).run(reportEvery,
        progress);
  }

  private LdaModel run(int reportEvery, LdaProgress progress) {
    int threads = samplers.length;
    int iterations = options.iterations();
    ConsoleProgress bar = ConsoleProgress.startIfInteractive(iterations);
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
      Thread thread = new Thread(r, "qushi-lda");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (int iteration = 1; iteration <= iterations; iteration++) {
        boolean optimize = options.optimizesAfter(iteration);
        for (SparseSampler sampler : samplers) {
          sampler.setPriors(alpha.clone(), beta, corpus.vocabularySize());
        }
        inParallel(pool, t -> samplers[t].sweep(optimize));
        if (threads > 1) {
          inParallel(pool, t -> reconcileWords(wordBounds[t], wordBounds[t + 1]));
          reconcileTotals();
        }
        if (optimize) {
          optimizeHyperparameters();
        }
        boolean report = reportEvery > 0 && (iteration % reportEvery == 0
            || iteration == iterations);
        double ll = report ? logLikelihood() / Math.max(1, corpus.tokens()) : Double.NaN;
        if (report) {
          progress.onIteration(iteration, iterations, ll);
        }
        if (bar != null) {
          bar.update(iteration, ll);
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    double llPerToken = logLikelihood() / Math.max(1, corpus.tokens());
    return LdaModel.of(corpus, topics, table, topicTotals, alpha, beta, llPerToken);
  }

  private double logLikelihood() {
    return LdaMath.logLikelihood(corpus, topics, table, topicTotals, alpha, beta);
  }

  private void optimizeHyperparameters() {
    int[] docLengths = samplers[0].docLengths.clone();
    int[] topicDocs = samplers[0].topicDocs.clone();
    for (int t = 1; t < samplers.length; t++) {
      addInto(docLengths, samplers[t].docLengths);
      addInto(topicDocs, samplers[t].topicDocs);
    }
    for (SparseSampler sampler : samplers) {
      sampler.clearStatistics();
    }
    LdaMath.optimizeAlpha(alpha, topicDocs, docLengths);
    if (options.optimizeBeta()) {
      beta = LdaMath.optimizeBeta(table, topicTotals, corpus.vocabularySize(), beta);
    }
  }

  private static void addInto(int[] target, int[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }

  /** Folds every thread's changes to the rows of words [from, to) into all copies. */
  private void reconcileWords(int from, int to) {
    int[] dense = new int[options.topics()];
    int others = 1 - samplers.length;
    for (int w = from; w < to; w++) {
      Arrays.fill(dense, 0);
      table.addTo(w, dense, others);
      for (SparseSampler sampler : samplers) {
        sampler.table.addTo(w, dense, 1);
      }
      table.setRow(w, dense);
      for (SparseSampler sampler : samplers) {
        sampler.table.copyRow(w, table);
      }
    }
  }

  private void reconcileTotals() {
    int others = 1 - samplers.length;
    for (int k = 0; k < topicTotals.length; k++) {
      int total = others * topicTotals[k];
      for (SparseSampler sampler : samplers) {
        total += sampler.topicTotals[k];
      }
      topicTotals[k] = total;
    }
    for (SparseSampler sampler : samplers) {
      System.arraycopy(topicTotals, 0, sampler.topicTotals, 0, topicTotals.length);
    }
  }

  /** Runs task(0 .. threads) with task 0 on the calling thread; waits for all. */
  private void inParallel(ExecutorService pool, IntConsumer task) {
    if (pool == null) {
      task.accept(0);
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 1; t < samplers.length; t++) {
      int index = t;
      futures.add(pool.submit(() -> task.accept(index)));
    }
    task.accept(0);
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sampling", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("sampling thread failed", e.getCause());
      }
    }
  }
}
