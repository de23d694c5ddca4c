package qushi.analytics.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import qushi.analytics.core.RandomSource;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TestUnits;
import qushi.analytics.stats.Quantiles;
import qushi.analytics.text.Passage;

/**
 * The per-year tables of a topic model fitted by {@link TopicModeler}: each topic's prevalence in
 * each year with its bootstrap interval, its top words in each year, and its most representative
 * passages in each year, from the passages as model documents and their topic mixtures.
 */
final class TopicYears {
  private final PreparedCorpus corpus;
  private final String[] vocabulary;
  private final int[][] docs;
  private final int[] docYears;

  /**
   * Creates the tables of {@code corpus}, whose passages are the documents {@code docs} (model word
   * ids into {@code vocabulary}) of years {@code docYears}.
   */
  TopicYears(PreparedCorpus corpus, String[] vocabulary, int[][] docs, int[] docYears) {
    this.corpus = corpus;
    this.vocabulary = vocabulary;
    this.docs = docs;
    this.docYears = docYears;
  }

  List<TopicRows.Prevalence> prevalence(
      List<Topic> topics, double[][] theta, TopicOptions options, RandomSource random) {
    List<TopicRows.Prevalence> out = new ArrayList<>();
    int[] years = corpus.years();
    int[] passageDocument = corpus.passages().stream().mapToInt(Passage::document).toArray();
    boolean documentUnits = TestUnits.documents(passageDocument, docYears);
    // each year's passages and units, the same for every topic
    int[][] passages = new int[years.length][];
    int[][][] yearUnits = new int[years.length][][];
    for (int yi = 0; yi < years.length; yi++) {
      int y = years[yi];
      passages[yi] = IntStream.range(0, docs.length).filter(p -> docYears[p] == y).toArray();
      yearUnits[yi] = units(passages[yi], documentUnits);
    }
    // per year, the bootstrap's draws of units (one random stream per year), made once and read
    // for every topic; the years run in parallel
    double[][][] boots = new double[years.length][][];
    IntStream.range(0, years.length)
        .parallel()
        .forEach(
            yi ->
                boots[yi] =
                    resampled(
                        yearUnits[yi],
                        topics,
                        theta,
                        options,
                        random.of(RandomSource.Step.TOPIC_PREVALENCE, yi)));
    for (Topic t : topics) {
      int k = t.id() - 1;
      for (int yi = 0; yi < years.length; yi++) {
        int[] ps = passages[yi];
        double[] boot = boots[yi][k];
        String note = ps.length < options.fewPassages() ? "few passages (" + ps.length + ")" : "";
        out.add(
            new TopicRows.Prevalence(
                t.id(),
                t.label(),
                years[yi],
                weighted(ps, theta, k),
                Quantiles.type7(boot, 0.025),
                Quantiles.type7(boot, 0.975),
                ps.length,
                note));
      }
    }
    return out;
  }

  /**
   * Returns, per topic (by index), the sorted prevalences of {@code options.resamples()} bootstrap
   * samples of the year's {@code units}: each sample draws as many units as there are, with
   * replacement, from {@code rnd}.
   */
  private double[][] resampled(
      int[][] units,
      List<Topic> topics,
      double[][] theta,
      TopicOptions options,
      SplittableRandom rnd) {
    int topicCount = topics.stream().mapToInt(Topic::id).max().orElse(0);
    double[][] boot = new double[topicCount][options.resamples()];
    for (int b = 0; b < options.resamples(); b++) {
      IntStream.Builder draw = IntStream.builder();
      for (int i = 0; i < units.length; i++) {
        for (int p : units[rnd.nextInt(units.length)]) draw.add(p);
      }
      int[] sample = draw.build().toArray();
      for (Topic t : topics) boot[t.id() - 1][b] = weighted(sample, theta, t.id() - 1);
    }
    for (double[] row : boot) Arrays.sort(row);
    return boot;
  }

  /**
   * Returns the bootstrap's units among the passages {@code ps}: one per document when {@code
   * documents} ({@link TestUnits}) and the year has two or more, else one per passage.
   */
  private int[][] units(int[] ps, boolean documents) {
    int[][] passages = Arrays.stream(ps).mapToObj(p -> new int[] {p}).toArray(int[][]::new);
    if (!documents) return passages;
    java.util.Map<Integer, List<Integer>> byDocument = new java.util.TreeMap<>();
    for (int p : ps) {
      byDocument
          .computeIfAbsent(corpus.passages().get(p).document(), d -> new ArrayList<>())
          .add(p);
    }
    int[][] out =
        byDocument.values().stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
    // a year of one document among years of several: one unit says nothing of the spread, so its
    // passages are resampled, as when passages are the units
    return out.length < 2 ? passages : out;
  }

  private double weighted(int[] passages, double[][] theta, int k) {
    double num = 0;
    double den = 0;
    for (int p : passages) {
      num += docs[p].length * theta[p][k];
      den += docs[p].length;
    }
    return den == 0 ? 0 : num / den;
  }

  List<TopicRows.YearWord> yearWords(LdaModel main, int[] sample, int[] rank, int k) {
    int[] years = corpus.years();
    List<TopicRows.YearWord> out = new ArrayList<>();
    int[][][] counts = new int[k][years.length][vocabulary.length];
    for (int s = 0; s < sample.length; s++) {
      int d = sample[s];
      int y = Arrays.binarySearch(years, docYears[d]);
      int[] z = main.assignments(s);
      for (int i = 0; i < z.length; i++) counts[rank[z[i]]][y][docs[d][i]]++;
    }
    for (int t = 0; t < k; t++) {
      for (int y = 0; y < years.length; y++) {
        int[] c = counts[t][y];
        Integer[] ids =
            IntStream.range(0, c.length).filter(w -> c[w] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(
            ids, Comparator.<Integer>comparingInt(w -> -c[w]).thenComparing(w -> vocabulary[w]));
        for (int r = 0; r < Math.min(10, ids.length); r++) {
          out.add(new TopicRows.YearWord(t + 1, years[y], r + 1, vocabulary[ids[r]], c[ids[r]]));
        }
      }
    }
    return out;
  }

  /**
   * Returns each topic's most representative passages in each year: among the year's passages with
   * at least the corpus's median number of model tokens (short passages get extreme proportions
   * from few tokens), the {@value TopicModeler#REPRESENTATIVES} with the largest θ_d(k), ties by
   * passage; rank is within the topic and year. A passage represents a topic only where the topic
   * holds at least an even share of it, θ_d(k) ≥ 1/K: a year where the topic is absent has none
   * (the laws' topic of procuratorates showed a passage of a regulation on army uniforms for 2009,
   * at θ = 0.001).
   */
  List<TopicRows.Representative> representatives(List<Topic> topics, double[][] theta) {
    List<TopicRows.Representative> out = new ArrayList<>();
    int[] lengths = Arrays.stream(docs).mapToInt(d -> d.length).sorted().toArray();
    int median = lengths.length == 0 ? 0 : lengths[lengths.length / 2];
    double even = 1.0 / topics.size();
    for (Topic t : topics) {
      int k = t.id() - 1;
      for (int year : corpus.years()) {
        Integer[] ps =
            IntStream.range(0, docs.length)
                .filter(p -> docs[p].length >= median && docYears[p] == year && theta[p][k] >= even)
                .boxed()
                .toArray(Integer[]::new);
        Arrays.sort(
            ps, Comparator.<Integer>comparingDouble(p -> -theta[p][k]).thenComparingInt(p -> p));
        for (int r = 0; r < Math.min(TopicModeler.REPRESENTATIVES, ps.length); r++) {
          Passage p = corpus.passages().get(ps[r]);
          out.add(
              new TopicRows.Representative(
                  t.id(),
                  r + 1,
                  p.index(),
                  p.docId(),
                  p.year(),
                  p.section(),
                  theta[ps[r]][k],
                  corpus.text(p)));
        }
      }
    }
    return out;
  }
}
