package qushi.analytics.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;

/**
 * Compares numbers of topics K on one corpus: for each K, two models are fitted to the training
 * passages (at most {@link TopicOptions#sweepIterations()} sweeps each, in parallel over Ks and
 * runs), and the table gives the first model's log-likelihood per token, its held-out perplexity,
 * the mean NPMI and UMass coherence of its topics' top 10 words (over all passages), and the
 * stability of its topics against the second model.
 *
 * <p>The passages are those the models would be trained on ({@link TopicModeler}: all, or a sample
 * within the token budget). Held-out perplexity by document completion (Wallach et al. 2009): a
 * fixed tenth of them (chosen with the seed) is held out; for each held-out passage (at least one)
 * θ is inferred from its tokens at even positions and the tokens at odd positions are scored:
 *
 * <pre>
 * perplexity = exp( − Σ_d Σ_{odd i} ln Σ_k θ_d(k) φ_k(w_di) / (number of scored tokens) )
 * </pre>
 *
 * Stability (Greene, O'Callaghan and Cunningham 2014): the second model's topics are matched
 * one-to-one to the first's (Hungarian algorithm on Jensen–Shannon distance) and stability is the
 * mean of 1 − distance over matched topics.
 *
 * <p><b>Choice of K</b>: the elbow of held-out perplexity. Going through the Ks in ascending order,
 * the chosen K is the first one after which the next K improves perplexity by less than {@value
 * #ELBOW} of its value (relative); the largest K when every step improves by more. Perplexity
 * measures how well the model predicts text it has not seen, so it rewards topics that generalise;
 * the elbow stops where more topics stop paying. Stability then caps it: a model whose refit does
 * not find its topics again is no finding, so the chosen K is the largest K up to the elbow whose
 * stability reaches the level under which a topic is called unstable ({@link
 * TopicOptions#unstableBelow}, 0.5), read off stability smoothed over K. Stability falls as K
 * grows, and each K's figure rests on two fits, so it is smoothed by the non-increasing fit closest
 * to it ({@link #nonIncreasing}, isotonic regression): on news transcripts it ran 0.71, 0.52, 0.435
 * and then 0.501 at K = 20, whose topics were half unstable; smoothed, 0.71, 0.52, 0.47, 0.47, and
 * K = 10 is chosen, where the figure at K = 20 alone passed. When no K up to the elbow reaches the
 * level, stability still chooses: the largest of the most stable of those Ks (by the smoothed
 * figure, highest at the smallest K), not the elbow, the least stable of them. On every day of
 * 1,423 news transcripts, as an earlier version segmented them, perplexity improved by more than 5%
 * up to K = 20 and no K reached 0.5 (0.45, 0.50, 0.44, 0.39; smoothed 0.47, 0.47, 0.44, 0.39): K =
 * 10 was chosen, where the elbow alone gave K = 20. Figures this close to the level move with the
 * seed and with small changes of the tokens (on the same transcripts cut as now: 0.75, 0.49, 0.37,
 * 0.39, and K = 5): a second fit per K measures stability, it does not pin it down, and three or
 * four fits steadied the choice little (with five seeds on three corpora, 12 of 15 choices were the
 * commonest K of their corpus with three fits and with four, 10 of 15 with two) for half as many
 * fits again or twice as many. With no second fit (no stability) the elbow stands. On fifteen
 * congress reports perplexity improved by more than 5% up to K = 20 while stability fell from 0.77
 * to 0.46, and half of the 20 topics were unstable: a model whose refit does not find its topics
 * again is no finding. Coherence is reported beside them but does not choose: on small corpora NPMI
 * keeps rising with K because topics shrink to the vocabulary of single passages (on the seeds,
 * 0.05 at K = 5 to 0.21 at K = 30).
 */
public final class TopicSweep {
  /** The relative perplexity improvement below which adding topics stops paying. */
  public static final double ELBOW = 0.05;

  /** Fits per K: the model scored, and a second one for its stability. */
  public static final int RUNS = 2;

  private TopicSweep() {}

  /** The Ks the report and {@code topics} try when none is given: 5, 10, 15, 20. */
  public static final List<Integer> DEFAULT_KS = List.of(5, 10, 15, 20);

  /**
   * Returns one row per K of {@code ks} (distinct, each ≥ 2), the chosen one marked, reporting
   * every sweep of every fit to {@code progress}. The held-out passages come from unit 0 of {@link
   * RandomSource.Step#TOPIC_SWEEP}, the fits' seeds from units 1, 2, …; the Ks are fitted in
   * parallel.
   *
   * @throws BadInputException if no term is left for the model after filtering
   */
  public static List<TopicRows.Sweep> run(
      TopicModeler modeler,
      int[] ks,
      TopicOptions options,
      RandomSource random,
      Progress progress) {
    for (int k : ks) modeler.checkTopics(k);
    int[][] all = modeler.documents();
    int v = modeler.vocabulary().size();
    int[] sample = modeler.sample(options, random);
    int[][] docs = Arrays.stream(sample).mapToObj(p -> all[p]).toArray(int[][]::new);
    SplittableRandom rnd = random.of(RandomSource.Step.TOPIC_SWEEP, 0);
    boolean[] held = new boolean[docs.length];
    int[] order = IntStream.range(0, docs.length).toArray();
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    int heldOut = docs.length < 2 ? 0 : Math.max(1, docs.length / 10);
    for (int i = 0; i < heldOut; i++) held[order[i]] = true;
    int[][] train =
        IntStream.range(0, docs.length)
            .filter(d -> !held[d])
            .mapToObj(d -> docs[d])
            .toArray(int[][]::new);
    Coherence coherence = new Coherence(all, v);

    LdaModel[][] fits = new LdaModel[ks.length][RUNS];
    try (Progress.Stage stage =
        progress.start(
            "topics: choosing K among " + Arrays.toString(ks),
            (long) ks.length * RUNS * options.sweepIterations())) {
      // every (K, run) pair is an independent fit: all of them in parallel
      IntStream.range(0, ks.length * RUNS)
          .parallel()
          .forEach(
              task -> {
                int i = task / RUNS;
                int r = task % RUNS;
                LdaOptions lda =
                    options.sweepLda(ks[i], random.seed(RandomSource.Step.TOPIC_SWEEP, 1 + r));
                LdaModel m = LdaTrainer.train(train, v, lda, stage);
                fits[i][r] = m;
              });
    }
    double[][] rows = new double[ks.length][];
    for (int i = 0; i < ks.length; i++) {
      LdaModel first = fits[i][0];
      double npmi = 0;
      double umass = 0;
      for (int k = 0; k < ks[i]; k++) {
        int[] top = first.topWords(k, 10);
        npmi += coherence.npmi(top);
        umass += coherence.umass(top);
      }
      rows[i] =
          new double[] {
            first.logLikelihoodPerToken(),
            perplexity(first, docs, held, random),
            npmi / ks[i],
            umass / ks[i],
            matchedSimilarity(first, fits[i][1])
          };
    }
    double[] perplexity = new double[ks.length];
    double[] stability = new double[ks.length];
    for (int i = 0; i < ks.length; i++) {
      perplexity[i] = rows[i][1];
      stability[i] = rows[i][4];
    }
    int chosen = choose(ks, perplexity, stability, options.unstableBelow());
    List<TopicRows.Sweep> out = new ArrayList<>();
    for (int i = 0; i < ks.length; i++) {
      out.add(
          new TopicRows.Sweep(
              ks[i], rows[i][0], rows[i][1], rows[i][2], rows[i][3], rows[i][4], i == chosen));
    }
    out.sort(Comparator.comparingInt(TopicRows.Sweep::k));
    return out;
  }

  /**
   * Returns the index of the chosen K among {@code ks} (distinct): the elbow of {@code perplexity},
   * capped by {@code stability} at {@code stable} (see the type comment).
   */
  static int choose(int[] ks, double[] perplexity, double[] stability, double stable) {
    int chosen = elbow(ks, perplexity);
    double[] smoothed = smoothed(ks, stability);
    // the largest K up to the elbow whose stability, so smoothed, reaches the level; when none
    // does, the largest of the most stable Ks up to the elbow (none, when there is no second fit:
    // the elbow stands)
    int capped = -1;
    int mostStable = -1;
    double most = Double.NEGATIVE_INFINITY;
    for (int i : ascending(ks)) {
      if (ks[i] > ks[chosen]) break;
      if (smoothed[i] >= stable) capped = i;
      if (smoothed[i] >= most) {
        most = smoothed[i];
        mostStable = i;
      }
    }
    return capped >= 0 ? capped : mostStable >= 0 ? mostStable : chosen;
  }

  /**
   * Returns the stability of each K of a sweep (in its order) smoothed over K as {@link #choose}
   * smooths it: the closest non-increasing fit over ascending K.
   */
  public static double[] smoothedStability(List<TopicRows.Sweep> sweep) {
    return smoothed(
        sweep.stream().mapToInt(TopicRows.Sweep::k).toArray(),
        sweep.stream().mapToDouble(TopicRows.Sweep::stability).toArray());
  }

  /**
   * Returns {@code stability} (one per K of {@code ks}, in their order) smoothed over ascending K
   * by the closest non-increasing fit, in the same order.
   */
  private static double[] smoothed(int[] ks, double[] stability) {
    Integer[] ascending = ascending(ks);
    double[] falling = new double[ks.length];
    for (int n = 0; n < ks.length; n++) falling[n] = stability[ascending[n]];
    falling = nonIncreasing(falling);
    double[] out = new double[ks.length];
    for (int n = 0; n < ks.length; n++) out[ascending[n]] = falling[n];
    return out;
  }

  /**
   * Returns the non-increasing sequence closest to {@code values} in least squares (isotonic
   * regression by pooling adjacent violators): a run that rises is replaced by its mean. NaN
   * anywhere (no second fit) gives NaN everywhere.
   */
  static double[] nonIncreasing(double[] values) {
    int m = values.length;
    double[] mean = new double[m];
    int[] size = new int[m];
    int blocks = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        double[] nan = new double[m];
        Arrays.fill(nan, Double.NaN);
        return nan;
      }
      mean[blocks] = v;
      size[blocks++] = 1;
      while (blocks > 1 && mean[blocks - 2] < mean[blocks - 1]) {
        int n = size[blocks - 2] + size[blocks - 1];
        mean[blocks - 2] =
            (mean[blocks - 2] * size[blocks - 2] + mean[blocks - 1] * size[blocks - 1]) / n;
        size[blocks - 2] = n;
        blocks--;
      }
    }
    double[] out = new double[m];
    for (int bl = 0, i = 0; bl < blocks; bl++) {
      for (int j = 0; j < size[bl]; j++) out[i++] = mean[bl];
    }
    return out;
  }

  /**
   * Returns the index of the elbow of {@code perplexity} among {@code ks} (distinct): the K after
   * which the next K improves it by less than {@link #ELBOW}, the largest K when every step does.
   */
  static int elbow(int[] ks, double[] perplexity) {
    Integer[] ascending = ascending(ks);
    for (int n = 0; n + 1 < ascending.length; n++) {
      double here = perplexity[ascending[n]];
      double next = perplexity[ascending[n + 1]];
      // also stops at a NaN perplexity (no held-out tokens), where the comparison is false
      if (!(here - next >= ELBOW * here)) return ascending[n];
    }
    return ascending[ascending.length - 1];
  }

  /** Returns the indices of {@code ks} in ascending order of K. */
  private static Integer[] ascending(int[] ks) {
    Integer[] ascending = IntStream.range(0, ks.length).boxed().toArray(Integer[]::new);
    Arrays.sort(ascending, Comparator.comparingInt(i -> ks[i]));
    return ascending;
  }

  /** Returns the chosen K of a sweep. */
  public static int chosen(List<TopicRows.Sweep> sweep) {
    return sweep.stream().filter(TopicRows.Sweep::chosen).findFirst().orElseThrow().k();
  }

  /**
   * Returns the K at the elbow of a sweep's held-out perplexity, before the cap by stability: the
   * chosen K, or a larger one whose topics another seed did not find again.
   */
  public static int elbow(List<TopicRows.Sweep> sweep) {
    int[] ks = sweep.stream().mapToInt(TopicRows.Sweep::k).toArray();
    double[] perplexity = sweep.stream().mapToDouble(TopicRows.Sweep::perplexity).toArray();
    return ks[elbow(ks, perplexity)];
  }

  /**
   * Returns the mean 1 − Jensen–Shannon distance of the topics of {@code a} and their matches in
   * {@code b}.
   */
  static double matchedSimilarity(LdaModel a, LdaModel b) {
    int k = a.topics();
    double[][] pa = new double[k][];
    double[][] pb = new double[k][];
    for (int t = 0; t < k; t++) {
      pa[t] = a.topicWords(t);
      pb[t] = b.topicWords(t);
    }
    double[][] cost = TopicMath.jsDistances(pa, pb);
    int[] match = TopicMath.hungarian(cost);
    double sum = 0;
    for (int i = 0; i < k; i++) sum += 1 - cost[i][match[i]];
    return sum / k;
  }

  private static double perplexity(
      LdaModel model, int[][] docs, boolean[] held, RandomSource random) {
    double ll = 0;
    long n = 0;
    int k = model.topics();
    double[][] phi = new double[k][];
    for (int t = 0; t < k; t++) phi[t] = model.topicWords(t);
    for (int d = 0; d < docs.length; d++) {
      int[] doc = docs[d];
      if (!held[d] || doc.length < 2) continue;
      int[] even =
          IntStream.range(0, doc.length).filter(i -> i % 2 == 0).map(i -> doc[i]).toArray();
      double[] theta = model.infer(even, 100, random.seed(RandomSource.Step.TOPIC_INFERENCE, d));
      for (int i = 1; i < doc.length; i += 2) {
        double p = 0;
        for (int t = 0; t < k; t++) p += theta[t] * phi[t][doc[i]];
        ll += Math.log(p);
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.exp(-ll / n);
  }
}
