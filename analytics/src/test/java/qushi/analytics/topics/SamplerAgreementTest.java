package qushi.analytics.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sparse sampler against a plain dense collapsed Gibbs sampler on the same corpus. */
class SamplerAgreementTest {

  @Test
  void sparseAndDenseSamplersReachTheSameLikelihood() {
    PlantedCorpus planted = new PlantedCorpus(200, 60, 11);
    LdaOptions options =
        LdaOptions.defaults()
            .withTopics(8)
            .withIterations(150)
            .withOptimizeInterval(0)
            .withAlphaSum(2.0)
            .withBeta(0.05);
    double dense = 0;
    double sparse = 0;
    for (int seed = 0; seed < 3; seed++) {
      dense += denseGibbs(planted.docs, PlantedCorpus.V, options.withSeed(seed));
      sparse +=
          LdaTrainer.train(planted.docs, PlantedCorpus.V, options.withSeed(seed))
              .logLikelihoodPerToken();
    }
    // the chains differ; their mean LL/token after 150 sweeps agrees within the seed-to-seed spread
    assertEquals(dense / 3, sparse / 3, 0.03);
  }

  /** Returns LL/token after a textbook dense sampler with fixed symmetric priors. */
  static double denseGibbs(int[][] docs, int v, LdaOptions options) {
    int k = options.topics();
    double alpha = options.alphaSum() / k;
    double beta = options.beta();
    SplittableRandom random = new SplittableRandom(options.seed() + 1000);
    int[][] z = new int[docs.length][];
    int[][] ndk = new int[docs.length][k];
    int[][] nwk = new int[v][k];
    int[] nk = new int[k];
    for (int d = 0; d < docs.length; d++) {
      z[d] = new int[docs[d].length];
      for (int i = 0; i < docs[d].length; i++) {
        int t = random.nextInt(k);
        z[d][i] = t;
        ndk[d][t]++;
        nwk[docs[d][i]][t]++;
        nk[t]++;
      }
    }
    double[] p = new double[k];
    for (int it = 0; it < options.iterations(); it++) {
      for (int d = 0; d < docs.length; d++) {
        for (int i = 0; i < docs[d].length; i++) {
          int w = docs[d][i];
          int t = z[d][i];
          ndk[d][t]--;
          nwk[w][t]--;
          nk[t]--;
          double sum = 0;
          for (int j = 0; j < k; j++) {
            sum += (ndk[d][j] + alpha) * (nwk[w][j] + beta) / (nk[j] + v * beta);
            p[j] = sum;
          }
          double u = random.nextDouble() * sum;
          t = 0;
          while (t < k - 1 && p[t] <= u) {
            t++;
          }
          z[d][i] = t;
          ndk[d][t]++;
          nwk[w][t]++;
          nk[t]++;
        }
      }
    }
    double ll = 0;
    long tokens = 0;
    for (int d = 0; d < docs.length; d++) {
      for (int j = 0; j < k; j++) {
        ll += LdaMath.logGamma(alpha + ndk[d][j]) - LdaMath.logGamma(alpha);
      }
      ll += LdaMath.logGamma(k * alpha) - LdaMath.logGamma(k * alpha + docs[d].length);
      tokens += docs[d].length;
    }
    for (int j = 0; j < k; j++) {
      for (int w = 0; w < v; w++) {
        ll += LdaMath.logGamma(beta + nwk[w][j]) - LdaMath.logGamma(beta);
      }
      ll += LdaMath.logGamma(v * beta) - LdaMath.logGamma(v * beta + nk[j]);
    }
    return ll / tokens;
  }
}
