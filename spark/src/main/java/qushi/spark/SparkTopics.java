package qushi.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.broadcast.Broadcast;
import qushi.CountedCorpus;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;
import qushi.analytics.core.Rows;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.PassageTokens;
import qushi.analytics.topics.LdaModel;
import qushi.analytics.topics.LdaTrainer;
import qushi.analytics.topics.TopicModeler;
import qushi.analytics.topics.TopicOptions;
import scala.Tuple2;

/**
 * Topics of a corpus on Spark: qushi's own sampler trained on the driver over a sample of passages,
 * the mixtures of all passages inferred on the executors.
 *
 * <ol>
 *   <li>The model's words are the terms seen at least {@code minCount} times and in at most {@code
 *       maxDocShare} of the passages, counted over their own tokens (as {@link TopicModeler}
 *       selects them; the shared counts also count a learned term's token for the terms inside it).
 *   <li>Each passage's length in model words is computed on the executors; from the lengths alone
 *       the driver draws the sample of {@link TopicModeler#sample(int[], TopicOptions,
 *       RandomSource)}: every passage when the corpus has at most {@link TopicOptions#maxTokens()}
 *       model tokens (200,000 by default), else passages in seeded random order until that budget
 *       is reached. Only the sampled passages' word ids reach the driver.
 *   <li>The driver trains the main run of {@link TopicModeler#fit} (seed unit 0 of {@link
 *       RandomSource.Step#TOPIC_RUNS}; no stability runs).
 *   <li>The model is broadcast; the executors give every passage its mixture: the trained one for a
 *       sampled passage, else {@link TopicModeler#infer} with the passage's own seed, so a mixture
 *       does not depend on which executor computes it.
 *   <li>Prevalence of topic k in year y, summed on the executors: Σ_p n_p θ_pk / Σ_p n_p over the
 *       year's passages (n_p = model words of passage p).
 * </ol>
 *
 * @param vocabulary the model's words in id order
 * @param model the trained model
 * @param sample the corpus indices of the passages the model was trained on, ascending
 * @param passages the number of passages of the corpus
 * @param order the model's topics by share of tokens, largest first
 * @param mixtures the mixtures as the executors compute them: passage index → (year, {n_p, θ_p in
 *     the model's own topic order})
 * @param years the corpus's years
 */
record SparkTopics(
    List<String> vocabulary,
    LdaModel model,
    int[] sample,
    int passages,
    int[] order,
    JavaPairRDD<Integer, Tuple2<Integer, double[]>> mixtures,
    int[] years) {
  /**
   * Returns the topics of {@code corpus} (counted as {@code counts}) under {@code options}.
   *
   * @throws BadInputException if no term is left for the model after filtering
   */
  static SparkTopics fit(
      SparkCorpus corpus, CountedCorpus counts, TopicOptions options, RandomSource random) {
    Progress progress = corpus.progress();
    Counts c = counts.counts();
    long allPassages = 0;
    for (int y : c.years()) allPassages += c.year(y).passages();
    // the terms' own tokens and the passages that hold one: the model reads tokens, where the
    // counts also count a learned term's token for the terms inside it (NestedTerms)
    Map<String, long[]> own =
        SparkCorpus.run(
            () ->
                corpus
                    .documents()
                    .flatMapToPair(
                        d -> {
                          Map<String, long[]> m = new HashMap<>();
                          for (PassageTokens p : d.passages()) {
                            Set<String> seen = new HashSet<>();
                            for (int k = 0; k < p.size(); k++) {
                              if (!p.isTerm(k)) continue;
                              long[] n = m.computeIfAbsent(p.word(k), w -> new long[2]);
                              n[0]++;
                              if (seen.add(p.word(k))) n[1]++;
                            }
                          }
                          return m.entrySet().stream()
                              .map(e -> new Tuple2<>(e.getKey(), e.getValue()))
                              .iterator();
                        })
                    .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})
                    .collectAsMap());
    Map<String, Integer> modelIds = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String w : counts.terms()) {
      long[] n = own.get(w);
      if (n != null && n[0] >= options.minCount() && n[1] <= options.maxDocShare() * allPassages) {
        modelIds.put(w, words.size());
        words.add(w);
      }
    }
    Broadcast<Map<String, Integer>> ids = corpus.spark().broadcast(modelIds);
    List<Tuple2<Integer, int[]>> byDoc =
        new ArrayList<>(
            SparkCorpus.run(
                () ->
                    corpus
                        .documents()
                        .map(
                            d -> {
                              int[] n = new int[d.passages().length];
                              for (int k = 0; k < n.length; k++)
                                n[k] = modelDoc(d.passages()[k], ids.value()).length;
                              return new Tuple2<>(d.index(), n);
                            })
                        .collect()));
    byDoc.sort(Comparator.comparingInt(Tuple2::_1));
    int[] docStart = new int[corpus.corpus().documents().size() + 1];
    for (var e : byDoc) docStart[e._1() + 1] = e._2().length;
    for (int d = 0; d < docStart.length - 1; d++) docStart[d + 1] += docStart[d];
    int[] lengths = byDoc.stream().flatMapToInt(e -> Arrays.stream(e._2())).toArray();
    if (words.isEmpty() || Arrays.stream(lengths).allMatch(n -> n == 0)) {
      throw new BadInputException(TopicModeler.noTerms(options, lengths.length));
    }
    int[] sample = TopicModeler.sample(lengths, options, random);
    Broadcast<int[]> starts = corpus.spark().broadcast(docStart);
    Broadcast<int[]> sampled = corpus.spark().broadcast(sample);
    List<Tuple2<Integer, int[]>> trainedDocs =
        new ArrayList<>(
            SparkCorpus.run(
                () ->
                    corpus
                        .documents()
                        .flatMapToPair(
                            d -> {
                              List<Tuple2<Integer, int[]>> out = new ArrayList<>();
                              for (int k = 0; k < d.passages().length; k++) {
                                int p = starts.value()[d.index()] + k;
                                if (Arrays.binarySearch(sampled.value(), p) >= 0)
                                  out.add(new Tuple2<>(p, modelDoc(d.passages()[k], ids.value())));
                              }
                              return out.iterator();
                            })
                        .collect()));
    trainedDocs.sort(Comparator.comparingInt(Tuple2::_1));
    int[][] trained = trainedDocs.stream().map(Tuple2::_2).toArray(int[][]::new);
    LdaModel model;
    try (Progress.Stage stage =
        progress.start(
            "topics: fitting K = " + options.topics() + " on " + sample.length + " passages",
            options.iterations())) {
      model =
          LdaTrainer.train(
              trained,
              words.size(),
              options.lda(random.seed(RandomSource.Step.TOPIC_RUNS, 0)),
              stage);
    }
    Broadcast<LdaModel> main = corpus.spark().broadcast(model);
    long seed = random.seed();
    JavaPairRDD<Integer, Tuple2<Integer, double[]>> mixtures =
        corpus
            .documents()
            .flatMapToPair(
                d -> {
                  RandomSource r = new RandomSource(seed);
                  List<Tuple2<Integer, Tuple2<Integer, double[]>>> out = new ArrayList<>();
                  for (int k = 0; k < d.passages().length; k++) {
                    int p = starts.value()[d.index()] + k;
                    int[] doc = modelDoc(d.passages()[k], ids.value());
                    int s = Arrays.binarySearch(sampled.value(), p);
                    double[] theta =
                        s >= 0
                            ? main.value().docTopics(s)
                            : TopicModeler.infer(main.value(), doc, p, r);
                    // weight n_p in front, then θ
                    double[] weighted = new double[theta.length + 1];
                    weighted[0] = doc.length;
                    System.arraycopy(theta, 0, weighted, 1, theta.length);
                    out.add(new Tuple2<>(p, new Tuple2<>(d.year(), weighted)));
                  }
                  return out.iterator();
                });
    double[] share = new double[model.topics()];
    int[] counted = model.topicCounts();
    for (int k = 0; k < share.length; k++)
      share[k] = model.tokens() == 0 ? 0 : (double) counted[k] / model.tokens();
    Integer[] order = IntStream.range(0, share.length).boxed().toArray(Integer[]::new);
    SparkTopics unordered =
        new SparkTopics(words, model, sample, lengths.length, null, mixtures, c.years());
    Arrays.sort(
        order, Comparator.<Integer>comparingDouble(k -> -share[k]).thenComparing(unordered::label));
    return new SparkTopics(
        words,
        model,
        sample,
        lengths.length,
        Arrays.stream(order).mapToInt(Integer::intValue).toArray(),
        mixtures,
        c.years());
  }

  /** Returns the model word ids of the terms of a passage, in text order. */
  static int[] modelDoc(PassageTokens p, Map<String, Integer> ids) {
    int[] out = new int[p.size()];
    int n = 0;
    for (int k = 0; k < p.size(); k++) {
      if (!p.isTerm(k)) continue;
      Integer id = ids.get(p.word(k));
      if (id != null) out[n++] = id;
    }
    return Arrays.copyOf(out, n);
  }

  /** Returns a copy of the corpus indices of the passages the model was trained on, ascending. */
  @Override
  public int[] sample() {
    return sample.clone();
  }

  /** Returns the topics with their prevalence per year (summed on the executors). */
  Rows<TopicYear> table() {
    int k = model.topics();
    Map<Integer, double[]> sums =
        mixtures
            .mapToPair(e -> new Tuple2<>(e._2()._1(), withCount(e._2()._2())))
            .reduceByKey(SparkTopics::add)
            .collectAsMap();
    int[] counted = model.topicCounts();
    List<TopicYear> rows = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      int t = order[i];
      double share = model.tokens() == 0 ? 0 : (double) counted[t] / model.tokens();
      for (int y : years) {
        double[] s = sums.get(y);
        double prevalence = s == null || s[0] == 0 ? 0 : s[2 + t] / s[0];
        int n = s == null ? 0 : (int) s[1];
        rows.add(
            new TopicYear(
                i + 1, label(t), String.join(" / ", top(t, 10)), share, y, prevalence, n));
      }
    }
    return Rows.of("topics", TopicYear.class, rows);
  }

  /** Returns {Σ n_p, passages, Σ n_p θ_pk ...} of one passage. */
  private static double[] withCount(double[] weighted) {
    double[] out = new double[weighted.length + 1];
    out[0] = weighted[0];
    out[1] = 1;
    for (int k = 1; k < weighted.length; k++) out[k + 1] = weighted[0] * weighted[k];
    return out;
  }

  private static double[] add(double[] a, double[] b) {
    double[] s = new double[a.length];
    for (int i = 0; i < a.length; i++) s[i] = a[i] + b[i];
    return s;
  }

  private String label(int topic) {
    return String.join(" / ", top(topic, 3));
  }

  private List<String> top(int topic, int n) {
    double[] phi = model.topicWords(topic);
    Integer[] w = IntStream.range(0, phi.length).boxed().toArray(Integer[]::new);
    Arrays.sort(
        w, Comparator.<Integer>comparingDouble(i -> -phi[i]).thenComparing(vocabulary::get));
    return Arrays.stream(w).limit(n).map(vocabulary::get).toList();
  }
}
