package qushi.analytics.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;
import qushi.analytics.prepare.PreparedCorpus;

/**
 * Fits topic models to the passages of a {@link PreparedCorpus}: the documents are the passages,
 * the words their terms (see {@link qushi.analytics.text.TermFilter}), restricted to terms seen at
 * least {@code minCount} times and in at most {@code maxDocShare} of the passages.
 *
 * <p>Relevance (Sievert and Shirley 2014):
 *
 * <pre>
 * relevance(w, k) = λ · ln φ_k(w) + (1 − λ) · ln( φ_k(w) / p(w) ),   p(w) = corpus share of w
 * </pre>
 *
 * Stability: the model is refitted with {@code runs − 1} other seeds; each refit's topics are
 * matched one-to-one to the main run's by the Hungarian algorithm on Jensen–Shannon distance, and a
 * topic's stability is its mean matched similarity {@code 1 − distance}. Run r's seed is unit r of
 * the run's {@link RandomSource.Step#TOPIC_RUNS}; the runs are fitted in parallel.
 */
public final class TopicModeler {
  private final PreparedCorpus corpus;
  private final String[] vocabulary;
  private final int[][] docs;
  private final int[] docYears;
  // the settings the vocabulary was chosen with, for the message of too little text
  private final TopicOptions chosenWith;

  /** Prepares the passages of {@code corpus} as documents for topic models. */
  public TopicModeler(PreparedCorpus corpus, TopicOptions options) {
    this.corpus = corpus;
    this.chosenWith = options;
    int v = corpus.vocabulary().size();
    long[] count = new long[v];
    int[] df = new int[v];
    int passages = corpus.passages().size();
    for (int p = 0; p < passages; p++) {
      int[] terms = corpus.terms(p);
      for (int t : terms) count[t]++;
      for (int t : new TreeSet<>(Arrays.stream(terms).boxed().toList())) df[t]++;
    }
    int[] map = new int[v];
    List<String> words = new ArrayList<>();
    for (int t = 0; t < v; t++) {
      boolean keep = count[t] >= options.minCount() && df[t] <= options.maxDocShare() * passages;
      map[t] = keep ? words.size() : -1;
      if (keep) words.add(corpus.vocabulary().term(t));
    }
    this.vocabulary = words.toArray(new String[0]);
    this.docs = new int[passages][];
    this.docYears = new int[passages];
    for (int p = 0; p < passages; p++) {
      docs[p] = Arrays.stream(corpus.terms(p)).map(t -> map[t]).filter(t -> t >= 0).toArray();
      docYears[p] = corpus.passages().get(p).year();
    }
  }

  /** Returns the passages as documents of model word ids (a copy). */
  public int[][] documents() {
    return Arrays.stream(docs).map(int[]::clone).toArray(int[][]::new);
  }

  /** Returns the model vocabulary in id order. */
  public List<String> vocabulary() {
    return List.of(vocabulary);
  }

  /**
   * Returns the topics of the corpus under {@code options}, reporting the runs' sweeps to {@code
   * progress}.
   *
   * @throws BadInputException if no term is left for the model after filtering
   */
  public TopicModel fit(TopicOptions options, RandomSource random, Progress progress) {
    int k = options.topics();
    checkTopics(k);
    int[] sample = sample(options, random);
    int[][] trained = Arrays.stream(sample).mapToObj(p -> docs[p]).toArray(int[][]::new);
    List<LdaModel> runs;
    try (Progress.Stage stage =
        progress.start(
            "topics: fitting K = " + k + " (" + options.runs() + " runs)",
            (long) options.runs() * options.iterations())) {
      // independent runs in parallel, each deterministic on its own seed
      runs =
          IntStream.range(0, options.runs())
              .parallel()
              .mapToObj(
                  r -> {
                    LdaOptions lda = options.lda(random.seed(RandomSource.Step.TOPIC_RUNS, r));
                    return LdaTrainer.train(trained, vocabulary.length, lda, stage);
                  })
              .toList();
    }
    LdaModel main = runs.get(0);
    double[][] phi = new double[k][];
    for (int t = 0; t < k; t++) phi[t] = main.topicWords(t);
    double[] stability = stability(phi, runs);

    double[] share = new double[k];
    int[] counts = main.topicCounts();
    long total = main.tokens();
    for (int t = 0; t < k; t++) share[t] = total == 0 ? 0 : (double) counts[t] / total;
    double[] pw = new double[vocabulary.length];
    for (int[] d : trained) for (int w : d) pw[w]++;
    for (int w = 0; w < pw.length; w++) pw[w] /= Math.max(1, total);

    Coherence coherence = new Coherence(docs, vocabulary.length);
    List<Topic> raw = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      int[] top = top(phi[t], null, 10);
      int[] rel = top(phi[t], TopicMath.relevance(phi[t], pw, options.lambda()), 10);
      List<String> relevant = names(rel);
      raw.add(
          new Topic(
              t,
              String.join(" / ", relevant.subList(0, Math.min(3, relevant.size()))),
              names(top),
              relevant,
              share[t],
              stability[t],
              // a topic that holds no token (K beyond what the text fills) is no finding, however
              // alike two empty topics of two runs are
              stability[t] < options.unstableBelow() || counts[t] == 0,
              coherence.npmi(top),
              coherence.umass(top)));
    }
    // Order once: share descending, ties by label; ids follow this order everywhere.
    Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(t -> -share[t]).thenComparing(t -> raw.get(t).label()));
    List<Topic> topics = new ArrayList<>();
    double[][] ordered = new double[k][];
    for (int i = 0; i < k; i++) {
      Topic t = raw.get(order[i]);
      topics.add(
          new Topic(
              i + 1,
              t.label(),
              t.words(),
              t.relevant(),
              t.share(),
              t.stability(),
              t.unstable(),
              t.npmi(),
              t.umass()));
      ordered[i] = phi[order[i]];
    }
    double[][] theta = mixtures(main, sample, random, progress);
    for (int d = 0; d < docs.length; d++) {
      double[] th = theta[d];
      theta[d] = new double[k];
      for (int i = 0; i < k; i++) theta[d][i] = th[order[i]];
    }
    int[] rank = new int[k];
    for (int i = 0; i < k; i++) rank[order[i]] = i;
    double[][] dist = TopicMath.jsDistances(ordered, ordered);
    int[] byId = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    TopicYears tables = new TopicYears(corpus, vocabulary, docs, docYears);
    return new TopicModel(
        options,
        List.of(vocabulary),
        topics,
        tables.prevalence(topics, theta, options, random),
        tables.yearWords(main, sample, rank, k),
        tables.representatives(topics, theta),
        ordered,
        dist,
        TopicMath.mds(dist),
        pw,
        main.logLikelihoodPerToken(),
        total,
        new TopicModel.Sampler(main, byId, random.seed(RandomSource.Step.TOPIC_INFERENCE, 0)),
        new TopicModel.Budget(
            sample.length,
            docs.length,
            total,
            main.sweeps(),
            runs.stream().mapToInt(LdaModel::sweeps).sum()));
  }

  /** Representative passages per topic and year. */
  static final int REPRESENTATIVES = 2;

  /** Sweeps of inference for a passage the model was not trained on. */
  public static final int INFERENCE_SWEEPS = 50;

  /**
   * Returns the passages a model is trained on, ascending: all of them when their tokens fit the
   * budget, else a random sample (unit 0 of {@link RandomSource.Step#TOPIC_SAMPLE}) of passages
   * taken in random order until the budget is reached.
   */
  int[] sample(TopicOptions options, RandomSource random) {
    return sample(Arrays.stream(docs).mapToInt(d -> d.length).toArray(), options, random);
  }

  /**
   * Returns the passages a model is trained on, ascending, given every passage's length in model
   * tokens (corpus order): all of them when their tokens fit {@link TopicOptions#maxTokens()}, else
   * a random sample (unit 0 of {@link RandomSource.Step#TOPIC_SAMPLE}) of passages taken in random
   * order until the budget is reached. The sample of {@link #fit}; a distributed engine draws the
   * same one from the lengths alone.
   */
  public static int[] sample(int[] lengths, TopicOptions options, RandomSource random) {
    long total = Arrays.stream(lengths).asLongStream().sum();
    if (total <= options.maxTokens()) return IntStream.range(0, lengths.length).toArray();
    int[] order = IntStream.range(0, lengths.length).toArray();
    java.util.SplittableRandom rnd = random.of(RandomSource.Step.TOPIC_SAMPLE, 0);
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    long tokens = 0;
    int n = 0;
    while (n < order.length && tokens < options.maxTokens()) tokens += lengths[order[n++]];
    int[] chosen = Arrays.copyOf(order, n);
    Arrays.sort(chosen);
    return chosen;
  }

  /**
   * Returns the topic mixture (in the model's own topic order) of passage {@code passage} (its
   * corpus index), which the model was not trained on: {@link LdaModel#infer} with {@value
   * #INFERENCE_SWEEPS} sweeps and unit {@code 1 + passage} of {@link
   * RandomSource.Step#TOPIC_INFERENCE}. The same wherever it runs.
   */
  public static double[] infer(LdaModel model, int[] doc, int passage, RandomSource random) {
    return model.infer(
        doc, INFERENCE_SWEEPS, random.seed(RandomSource.Step.TOPIC_INFERENCE, 1L + passage));
  }

  /**
   * Returns θ of every passage in the model's topic order: from the trained assignments for the
   * sampled passages, by inference with the trained model for the others (unit = passage index of
   * {@link RandomSource.Step#TOPIC_INFERENCE}), in parallel.
   */
  private double[][] mixtures(LdaModel main, int[] sample, RandomSource random, Progress progress) {
    double[][] theta = new double[docs.length][];
    for (int i = 0; i < sample.length; i++) theta[sample[i]] = main.docTopics(i);
    int[] rest = IntStream.range(0, docs.length).filter(p -> theta[p] == null).toArray();
    if (rest.length == 0) return theta;
    try (Progress.Stage stage =
        progress.start("topics: mixtures of " + rest.length + " other passages", rest.length)) {
      IntStream.of(rest)
          .parallel()
          .forEach(
              p -> {
                theta[p] = infer(main, docs[p], p, random);
                stage.advance(1);
              });
    }
    return theta;
  }

  /**
   * Checks that the model has words to work with.
   *
   * @throws BadInputException if no term is left after filtering
   */
  void checkEnoughText() {
    String why = tooLittleText();
    if (why != null) throw new BadInputException(why);
  }

  /**
   * Returns why this text is too little for a model of two topics (no term left after filtering, or
   * fewer than 4 passages with terms or 4 terms), or null when it is enough.
   */
  public String tooLittleText() {
    if (vocabulary.length == 0 || Arrays.stream(docs).allMatch(d -> d.length == 0)) {
      return noTerms(chosenWith, docs.length);
    }
    if (maxTopics() < 2) {
      return "too little text for topics: "
          + withTerms()
          + " passages with terms and "
          + vocabulary.length
          + " terms; two topics need at least 4 of each";
    }
    return null;
  }

  /**
   * Returns the message of a corpus whose {@code passages} leave no term for a model: none occurs
   * often enough in few enough of them (the options' least count and largest share of passages).
   */
  public static String noTerms(TopicOptions options, int passages) {
    String share =
        options.maxDocShare() == 0.5
            ? "half"
            : String.format(java.util.Locale.ROOT, "%.0f%%", 100 * options.maxDocShare());
    return String.format(
        java.util.Locale.ROOT,
        "too little text for topics: no term occurs at least %d times and in at most %s of the %d"
            + " passages",
        options.minCount(),
        share,
        passages);
  }

  /**
   * Returns the most topics this text can tell apart: two passages and two terms to each topic at
   * the least, so no topic is made of a single passage or a single word.
   */
  public int maxTopics() {
    return Math.min(withTerms(), vocabulary.length) / 2;
  }

  /**
   * Checks that {@code k} topics are no more than {@link #maxTopics}.
   *
   * @throws BadInputException naming the setting when they are more
   */
  void checkTopics(int k) {
    checkEnoughText();
    if (k > maxTopics()) {
      throw BadInputException.option(
          "topics",
          "must be ≤ "
              + maxTopics()
              + " for this text ("
              + withTerms()
              + " passages with terms, "
              + vocabulary.length
              + " terms: two of each to a topic), was "
              + k);
    }
  }

  private int withTerms() {
    return (int) Arrays.stream(docs).filter(d -> d.length > 0).count();
  }

  private double[] stability(double[][] phi, List<LdaModel> runs) {
    int k = phi.length;
    double[] sum = new double[k];
    if (runs.size() == 1) {
      Arrays.fill(sum, 1.0);
      return sum;
    }
    for (LdaModel other : runs.subList(1, runs.size())) {
      double[][] otherPhi = new double[k][];
      for (int t = 0; t < k; t++) otherPhi[t] = other.topicWords(t);
      double[][] cost = TopicMath.jsDistances(phi, otherPhi);
      int[] match = TopicMath.hungarian(cost);
      for (int i = 0; i < k; i++) sum[i] += 1 - cost[i][match[i]];
    }
    for (int i = 0; i < k; i++) sum[i] /= runs.size() - 1;
    return sum;
  }

  private int[] top(double[] phi, double[] score, int n) {
    double[] s = score == null ? phi : score;
    Integer[] ids = IntStream.range(0, phi.length).boxed().toArray(Integer[]::new);
    Arrays.sort(
        ids, Comparator.<Integer>comparingDouble(w -> -s[w]).thenComparing(w -> vocabulary[w]));
    return Arrays.stream(ids).limit(n).mapToInt(Integer::intValue).toArray();
  }

  private List<String> names(int[] ids) {
    return Arrays.stream(ids).mapToObj(w -> vocabulary[w]).toList();
  }
}
