package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import qushi.analytics.prepare.PassageMatrix;

/**
 * A seeded synthetic corpus with passage topics: every passage draws its tokens from a mix of one
 * shared Zipf distribution and one of a few topic distributions, so term counts vary between
 * passages more than independent tokens would, as in real text. Nothing depends on a year, so any
 * split of the passages is a true null.
 */
final class SyntheticCorpus {
  final List<String> terms;
  final PassageMatrix matrix;

  private SyntheticCorpus(List<String> terms, PassageMatrix matrix) {
    this.terms = terms;
    this.matrix = matrix;
  }

  /**
   * Builds the corpus.
   *
   * @param passages number of passages
   * @param vocabulary number of terms
   * @param topicShare weight of the passage's topic in its token distribution (0 = no topics)
   */
  static SyntheticCorpus generate(int passages, int vocabulary, double topicShare, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] base = new double[vocabulary];
    for (int j = 0; j < vocabulary; j++) {
      base[j] = 1.0 / (j + 1);
    }
    normalize(base);
    int topics = 10;
    double[][] topic = new double[topics][vocabulary];
    for (int k = 0; k < topics; k++) {
      for (int r = 0; r < 25; r++) {
        topic[k][random.nextInt(vocabulary)] += 1.0 / (r + 1);
      }
      normalize(topic[k]);
    }
    List<String> terms = new ArrayList<>();
    for (int j = 0; j < vocabulary; j++) {
      terms.add(String.format("t%03d", j));
    }
    PassageMatrix.Builder builder = PassageMatrix.builder(vocabulary);
    double[] cdf = new double[vocabulary];
    for (int p = 0; p < passages; p++) {
      int k = random.nextInt(topics);
      double sum = 0;
      for (int j = 0; j < vocabulary; j++) {
        sum += (1 - topicShare) * base[j] + topicShare * topic[k][j];
        cdf[j] = sum;
      }
      int length = 60 + random.nextInt(240);
      int[] counts = new int[vocabulary];
      for (int i = 0; i < length; i++) {
        int j = java.util.Arrays.binarySearch(cdf, random.nextDouble() * sum);
        counts[j < 0 ? Math.min(-j - 1, vocabulary - 1) : j]++;
      }
      int[] ids = new int[vocabulary];
      for (int j = 0; j < vocabulary; j++) {
        ids[j] = j;
      }
      // Tokens outside the vocabulary (stop words, punctuation) make up a fifth of each passage.
      builder.add(length + length / 4, ids, counts);
    }
    return new SyntheticCorpus(terms, builder.build());
  }

  /**
   * Returns a corpus of independent tokens (given the passage's year) whose terms have Zipf rates
   * multiplied by {@code multiplier[term][year]}; the last term is a filler that takes up the
   * difference, so every other term's share of a passage stays as planted. {@code years[p]} is the
   * year index of passage p: {@code perYear} passages per year, in year order.
   */
  static SyntheticCorpus independent(long seed, int years, int perYear, double[][] multiplier) {
    int[] passages = new int[years];
    java.util.Arrays.fill(passages, perYear);
    return independent(seed, passages, multiplier);
  }

  /**
   * Returns a corpus as {@link #independent(long, int, int, double[][])} with {@code perYear[y]}
   * passages in year y.
   */
  static SyntheticCorpus independent(long seed, int[] perYear, double[][] multiplier) {
    int[][] lengths = new int[perYear.length][];
    java.util.Arrays.fill(lengths, new int[] {60, 300});
    return independent(seed, perYear, lengths, multiplier);
  }

  /**
   * Returns a corpus as {@link #independent(long, int[], double[][])} whose passages of year y have
   * from {@code lengths[y][0]} to {@code lengths[y][1] - 1} tokens of the vocabulary.
   */
  static SyntheticCorpus independent(
      long seed, int[] perYear, int[][] lengths, double[][] multiplier) {
    int years = perYear.length;
    int vocabulary = multiplier.length;
    SplittableRandom random = new SplittableRandom(seed);
    double[] base = new double[vocabulary];
    for (int j = 0; j < vocabulary; j++) base[j] = 1.0 / (j + 1);
    normalize(base);
    List<String> terms = new ArrayList<>();
    for (int j = 0; j < vocabulary; j++) terms.add(String.format("t%04d", j));
    PassageMatrix.Builder builder = PassageMatrix.builder(vocabulary);
    double[] cdf = new double[vocabulary];
    int[] ids = new int[vocabulary];
    for (int j = 0; j < vocabulary; j++) ids[j] = j;
    for (int y = 0; y < years; y++) {
      double sum = 0;
      double extra = 0;
      for (int j = 0; j < vocabulary - 1; j++) {
        double top = 0;
        for (double m : multiplier[j]) top = Math.max(top, m);
        extra += base[j] * (top - multiplier[j][y]);
        sum += base[j] * multiplier[j][y];
        cdf[j] = sum;
      }
      sum += base[vocabulary - 1] + extra;
      cdf[vocabulary - 1] = sum;
      for (int p = 0; p < perYear[y]; p++) {
        int length = lengths[y][0] + random.nextInt(lengths[y][1] - lengths[y][0]);
        int[] counts = new int[vocabulary];
        for (int i = 0; i < length; i++) {
          int j = java.util.Arrays.binarySearch(cdf, random.nextDouble() * sum);
          counts[j < 0 ? Math.min(-j - 1, vocabulary - 1) : j]++;
        }
        builder.add(length + length / 4, ids, counts);
      }
    }
    return new SyntheticCorpus(terms, builder.build());
  }

  /**
   * Returns a clustered corpus without any change: each passage mixes the shared Zipf distribution
   * with one of 20 topics ({@code topicShare}), and each token repeats an earlier token of its
   * passage with probability {@code burst} (a Pólya urn: a word once used tends to come back).
   */
  static SyntheticCorpus clustered(
      long seed, int passages, int vocabulary, double topicShare, double burst) {
    // documents of one passage each: the same draws
    return documents(seed, new int[passages], 1, 1, vocabulary, topicShare, burst, 0, 1);
  }

  /**
   * Returns a corpus of documents that each keep to one of 20 topics, {@code perDocument} passages
   * each: every token mixes the shared Zipf distribution with the document's topic ({@code
   * topicShare}), and repeats an earlier token of its document with probability {@code burst}.
   * Document d belongs to year {@code docYear[d]} of {@code years}; the weights of the {@code
   * planted} terms from id 10 on are multiplied by {@code factor^t}, t = year / (years − 1) (1 at
   * the last year): a rise by {@code factor} over the span before the weights are normalised.
   */
  static SyntheticCorpus documents(
      long seed,
      int[] docYear,
      int years,
      int perDocument,
      int vocabulary,
      double topicShare,
      double burst,
      int planted,
      double factor) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] base = zipf(vocabulary);
    double[][] topic = topics(random, vocabulary);
    int topics = topic.length;
    List<String> terms = names(vocabulary);
    PassageMatrix.Builder builder = PassageMatrix.builder(vocabulary);
    int[] ids = new int[vocabulary];
    for (int j = 0; j < vocabulary; j++) ids[j] = j;
    double[] cdf = new double[vocabulary];
    for (int d = 0; d < docYear.length; d++) {
      int k = random.nextInt(topics);
      double time = years == 1 ? 0 : (double) docYear[d] / (years - 1);
      double sum = 0;
      for (int j = 0; j < vocabulary; j++) {
        double w = (1 - topicShare) * base[j] + topicShare * topic[k][j];
        if (j >= 10 && j < 10 + planted) w *= Math.pow(factor, time);
        sum += w;
        cdf[j] = sum;
      }
      int[] drawn = new int[perDocument * 300];
      int n = 0;
      for (int p = 0; p < perDocument; p++) {
        int length = 60 + random.nextInt(240);
        int[] counts = new int[vocabulary];
        for (int i = 0; i < length; i++) {
          int j;
          if (n > 0 && random.nextDouble() < burst) {
            j = drawn[random.nextInt(n)];
          } else {
            j = java.util.Arrays.binarySearch(cdf, random.nextDouble() * sum);
            j = j < 0 ? Math.min(-j - 1, vocabulary - 1) : j;
          }
          drawn[n++] = j;
          counts[j]++;
        }
        builder.add(length + length / 4, ids, counts);
      }
    }
    return new SyntheticCorpus(terms, builder.build());
  }

  /** Returns the Zipf distribution over {@code vocabulary} terms: weight 1/(j + 1), normalised. */
  private static double[] zipf(int vocabulary) {
    double[] base = new double[vocabulary];
    for (int j = 0; j < vocabulary; j++) base[j] = 1.0 / (j + 1);
    normalize(base);
    return base;
  }

  /** Returns 20 topics, each 40 random terms with Zipf weights 1/(r + 1), normalised. */
  private static double[][] topics(SplittableRandom random, int vocabulary) {
    double[][] topic = new double[20][vocabulary];
    for (double[] t : topic) {
      for (int r = 0; r < 40; r++) t[random.nextInt(vocabulary)] += 1.0 / (r + 1);
      normalize(t);
    }
    return topic;
  }

  /** Returns the term names t0000, t0001, … */
  private static List<String> names(int vocabulary) {
    List<String> terms = new ArrayList<>();
    for (int j = 0; j < vocabulary; j++) terms.add(String.format("t%04d", j));
    return terms;
  }

  private static void normalize(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    for (int j = 0; j < v.length; j++) {
      v[j] /= s;
    }
  }

  /** Returns year labels 0, 1, 2 for shares 70%, 25%, 5% of the passages in a shuffled order. */
  static int[] shuffledYears(int passages, long seed) {
    int[] order = new int[passages];
    for (int i = 0; i < passages; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = passages - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] years = new int[passages];
    int first = (int) Math.round(passages * 0.70);
    int second = (int) Math.round(passages * 0.95);
    for (int r = 0; r < passages; r++) {
      years[order[r]] = r < first ? 0 : r < second ? 1 : 2;
    }
    return years;
  }

  /** Returns a mask of the passages whose label is one of {@code wanted}. */
  static boolean[] mask(int[] years, int... wanted) {
    boolean[] m = new boolean[years.length];
    for (int p = 0; p < years.length; p++) {
      for (int w : wanted) {
        m[p] |= years[p] == w;
      }
    }
    return m;
  }
}
