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
 * A running collapsed Gibbs chain for LDA, for callers that need control sweep by sweep
 * (benchmarks, convergence diagnostics); {@link LdaTrainer#train} is the usual front door and
 * explains the algorithm. Holds a thread pool when {@code threads > 1}: close it when done.
 */
public final class LdaChain implements AutoCloseable {
  private final TokenCorpus corpus;
  private final LdaOptions options;
  private final int[] topics;
  private final WordTopicTable table;
  private final int[] topicTotals;
  private final SparseSampler[] samplers;
  private final int[] wordBounds;
  private final double[] alpha;
  private final ExecutorService pool;
  private double beta;
  private int iteration;

  private LdaChain(TokenCorpus corpus, LdaOptions options) {
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
      samplers[t] =
          threads == 1
              ? new SparseSampler(
                  corpus, topics, 0, corpus.documents(), table, topicTotals, random.split())
              : new SparseSampler(
                  corpus,
                  topics,
                  docBounds[t],
                  docBounds[t + 1],
                  table.copy(),
                  topicTotals.clone(),
                  random.split());
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
    pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads - 1,
                r -> {
                  Thread thread = new Thread(r, "qushi-lda");
                  thread.setDaemon(true);
                  return thread;
                });
  }

  /**
   * Returns a chain with every token assigned a uniformly random topic, before the first sweep.
   *
   * @param docs documents as token ids in [0, vocabularySize)
   * @param vocabularySize V, at least 1
   * @param options topics, priors, threads and seed; {@code iterations} and {@code burnIn} only
   *     decide when hyperparameters are optimised
   * @throws IllegalArgumentException if a token id lies outside [0, V)
   */
  public static LdaChain start(int[][] docs, int vocabularySize, LdaOptions options) {
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(options, "options");
    return new LdaChain(TokenCorpus.of(docs, vocabularySize), options);
  }

  /** Returns the number of sweeps done so far. */
  public int iteration() {
    return iteration;
  }

  /** Returns the number of tokens in the corpus. */
  public int tokens() {
    return corpus.tokens();
  }

  /**
   * Resamples every token once (on all threads), reconciles the counts, and updates the
   * hyperparameters when the options say so after this iteration.
   */
  public void sweep() {
    iteration++;
    boolean optimize = options.optimizesAfter(iteration);
    for (SparseSampler sampler : samplers) {
      sampler.setPriors(alpha.clone(), beta, corpus.vocabularySize());
    }
    inParallel(t -> samplers[t].sweep(optimize));
    if (samplers.length > 1) {
      inParallel(t -> reconcileWords(wordBounds[t], wordBounds[t + 1]));
      reconcileTotals();
    }
    if (optimize) {
      optimizeHyperparameters();
    }
  }

  /** Returns log P(w, z) / tokens of the current state (see {@link LdaMath}). */
  public double logLikelihoodPerToken() {
    return logLikelihood() / Math.max(1, corpus.tokens());
  }

  /** Returns a model of the current state. */
  public LdaModel model() {
    return new LdaModel(
        corpus, topics, table, topicTotals, alpha, beta, logLikelihoodPerToken(), iteration);
  }

  /** Stops the sampling threads; the chain cannot sweep afterwards. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
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
  private void inParallel(IntConsumer task) {
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
