package qushi.analytics.topics;

import java.util.SplittableRandom;

/**
 * A synthetic corpus drawn from known topics: K topics over V words, each topic concentrated on its
 * own block of V/K words (90% of its mass) with the rest spread over all words; documents draw θ
 * from a Dirichlet whose mean gives topic 0 more weight in later years.
 */
final class PlantedCorpus {
  static final int K = 5;
  static final int V = 200;
  static final int YEARS = 5;

  /** Base mean topic proportions; topic 0 gains {@link #TREND} per year, taken from topic 4. */
  static final double[] BASE_MEAN = {0.20, 0.30, 0.20, 0.15, 0.15};

  static final double TREND = 0.03;
  static final double CONCENTRATION = 1.0;

  final double[][] phi = new double[K][V];
  final int[][] docs;
  final int[] years;

  PlantedCorpus(int documents, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int block = V / K;
    for (int k = 0; k < K; k++) {
      for (int w = 0; w < V; w++) {
        phi[k][w] = 0.1 / V + (w / block == k ? 0.9 / block : 0);
      }
    }
    docs = new int[documents][length];
    years = new int[documents];
    for (int d = 0; d < documents; d++) {
      years[d] = d % YEARS;
      double[] theta = dirichlet(random, scaled(mean(years[d]), CONCENTRATION));
      for (int i = 0; i < length; i++) {
        int k = draw(random, theta);
        docs[d][i] = draw(random, phi[k]);
      }
    }
  }

  /** Returns the mean topic proportions of a document in the given year (0-based). */
  static double[] mean(int year) {
    double[] m = BASE_MEAN.clone();
    m[0] += TREND * year;
    m[4] -= TREND * year;
    return m;
  }

  /** Returns a document of the given length drawn from topic k alone. */
  int[] singleTopicDoc(int k, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] doc = new int[length];
    for (int i = 0; i < length; i++) {
      doc[i] = draw(random, phi[k]);
    }
    return doc;
  }

  private static double[] scaled(double[] v, double c) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * c;
    }
    return out;
  }

  static int draw(SplittableRandom random, double[] p) {
    double u = random.nextDouble();
    for (int i = 0; i < p.length - 1; i++) {
      u -= p[i];
      if (u < 0) {
        return i;
      }
    }
    return p.length - 1;
  }

  static double[] dirichlet(SplittableRandom random, double[] a) {
    double[] x = new double[a.length];
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      x[i] = gamma(random, a[i]);
      sum += x[i];
    }
    for (int i = 0; i < a.length; i++) {
      x[i] /= sum;
    }
    return x;
  }

  /** Marsaglia–Tsang; shape &lt; 1 boosted by U^(1/shape). */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(random);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Returns, for each planted topic, the learned topic matched greedily by cosine of φ. */
  static int[] match(double[][] planted, LdaModel model) {
    int k = planted.length;
    double[][] sim = new double[k][k];
    for (int p = 0; p < k; p++) {
      for (int q = 0; q < k; q++) {
        sim[p][q] = cosine(planted[p], model.topicWords(q));
      }
    }
    int[] match = new int[k];
    boolean[] usedP = new boolean[k];
    boolean[] usedQ = new boolean[k];
    for (int round = 0; round < k; round++) {
      int bp = -1;
      int bq = -1;
      for (int p = 0; p < k; p++) {
        for (int q = 0; q < k; q++) {
          if (!usedP[p] && !usedQ[q] && (bp < 0 || sim[p][q] > sim[bp][bq])) {
            bp = p;
            bq = q;
          }
        }
      }
      usedP[bp] = true;
      usedQ[bq] = true;
      match[bp] = bq;
    }
    return match;
  }

  static double cosine(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }
}
