package qushi.analytics.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LdaTrainerTest {
  private static final PlantedCorpus PLANTED = new PlantedCorpus(300, 80, 2024);
  private static final LdaOptions OPTIONS =
      LdaOptions.defaults()
          .withTopics(PlantedCorpus.K)
          .withIterations(200)
          .withBurnIn(50)
          .withOptimizeInterval(10)
          .withAlphaSum(1.0)
          .withSeed(7);
  private static final LdaModel MODEL = LdaTrainer.train(PLANTED.docs, PlantedCorpus.V, OPTIONS);
  private static final int[] MATCH = PlantedCorpus.match(PLANTED.phi, MODEL);

  @Test
  void recoversPlantedTopics() {
    double mean = 0;
    for (int p = 0; p < PlantedCorpus.K; p++) {
      mean += PlantedCorpus.cosine(PLANTED.phi[p], MODEL.topicWords(MATCH[p]));
    }
    mean /= PlantedCorpus.K;
    assertTrue(mean > 0.95, "mean matched cosine " + mean);
  }

  @Test
  void recoversPlantedPrevalenceTrend() {
    double[] byYear = new double[PlantedCorpus.YEARS];
    int[] docs = new int[PlantedCorpus.YEARS];
    for (int d = 0; d < MODEL.documents(); d++) {
      byYear[PLANTED.years[d]] += MODEL.docTopics(d)[MATCH[0]];
      docs[PLANTED.years[d]]++;
    }
    for (int y = 0; y < byYear.length; y++) {
      byYear[y] /= docs[y];
    }
    // planted: 0.20 rising by 0.03 a year to 0.32
    double slope = (byYear[4] - byYear[0]) / 4;
    assertTrue(slope > 0.015 && slope < 0.045, "yearly change " + slope);
  }

  @Test
  void distributionsSumToOneAndTokensAreConserved() {
    for (int k = 0; k < MODEL.topics(); k++) {
      double sum = 0;
      for (double p : MODEL.topicWords(k)) {
        sum += p;
      }
      assertEquals(1.0, sum, 1e-9);
    }
    for (int d = 0; d < MODEL.documents(); d += 37) {
      double sum = 0;
      for (double p : MODEL.docTopics(d)) {
        sum += p;
      }
      assertEquals(1.0, sum, 1e-9);
    }
    long total = 0;
    long perWord = 0;
    long perDoc = 0;
    for (int k = 0; k < MODEL.topics(); k++) {
      total += MODEL.topicCounts()[k];
      for (int w = 0; w < MODEL.vocabularySize(); w++) {
        perWord += MODEL.topicWordCount(k, w);
      }
      for (int d = 0; d < MODEL.documents(); d++) {
        perDoc += MODEL.docTopicCount(d, k);
      }
    }
    assertEquals(300 * 80, total);
    assertEquals(300 * 80, perWord);
    assertEquals(300 * 80, perDoc);
  }

  @Test
  void sameSeedAndThreadsGiveSameModel() {
    for (int threads : new int[] {1, 2}) {
      LdaOptions options = OPTIONS.withIterations(40).withBurnIn(10).withThreads(threads);
      LdaModel a = LdaTrainer.train(PLANTED.docs, PlantedCorpus.V, options);
      LdaModel b = LdaTrainer.train(PLANTED.docs, PlantedCorpus.V, options);
      assertArrayEquals(a.topicCounts(), b.topicCounts());
      assertArrayEquals(a.alpha(), b.alpha());
      assertEquals(a.logLikelihoodPerToken(), b.logLikelihoodPerToken());
      for (int d = 0; d < a.documents(); d++) {
        assertArrayEquals(a.docTopics(d), b.docTopics(d));
      }
    }
  }

  @Test
  void assignmentsFollowEachDocumentsTokenOrder() {
    // the sampler visits a document's tokens grouped by word; the model reports them in order
    int[][] docs = {{3, 1, 3, 2, 1, 0, 3}, {2, 2, 0}, {1, 3, 0, 2}};
    LdaModel m = LdaTrainer.train(docs, 4, OPTIONS.withIterations(5).withBurnIn(1));
    for (int d = 0; d < docs.length; d++) {
      int[] z = m.assignments(d);
      assertEquals(docs[d].length, z.length);
      int[] perTopic = new int[m.topics()];
      for (int i = 0; i < z.length; i++) {
        perTopic[z[i]]++;
        assertTrue(m.topicWordCount(z[i], docs[d][i]) > 0, "doc " + d + " token " + i);
      }
      for (int k = 0; k < m.topics(); k++) {
        assertEquals(m.docTopicCount(d, k), perTopic[k]);
      }
    }
  }

  @Test
  void fingerprintOfFixedSeed() {
    // values recorded from a run; a change means the sampler's output changed
    LdaOptions options = OPTIONS.withIterations(30).withBurnIn(10).withOptimizeInterval(5);
    LdaModel one = LdaTrainer.train(PLANTED.docs, PlantedCorpus.V, options);
    assertArrayEquals(new int[] {6140, 3101, 2905, 4812, 7042}, one.topicCounts());
    assertEquals(-4.828078224451176, one.logLikelihoodPerToken(), 1e-9);
    LdaModel two = LdaTrainer.train(PLANTED.docs, PlantedCorpus.V, options.withThreads(2));
    assertArrayEquals(new int[] {6882, 4852, 3212, 2883, 6171}, two.topicCounts());
    assertEquals(-4.870514554453958, two.logLikelihoodPerToken(), 1e-9);
  }

  @Test
  void alphaFollowsPlantedAsymmetry() {
    double[] alpha = MODEL.alpha();
    // planted overall means: topic 1 the most common (0.30), topics 3 and 4 the least
    List<Double> matched = new ArrayList<>();
    for (int p = 0; p < PlantedCorpus.K; p++) {
      matched.add(alpha[MATCH[p]]);
    }
    assertTrue(
        matched.get(1) > matched.get(3) && matched.get(1) > matched.get(4),
        "alpha by planted topic " + matched);
    assertTrue(matched.get(1) / matched.get(4) > 1.4, "alpha by planted topic " + matched);
  }

  @Test
  void inferenceFindsDominantTopic() {
    for (int p = 0; p < PlantedCorpus.K; p++) {
      double[] theta = MODEL.infer(PLANTED.singleTopicDoc(p, 60, 100 + p), 50, 3);
      int best = 0;
      for (int k = 1; k < theta.length; k++) {
        if (theta[k] > theta[best]) {
          best = k;
        }
      }
      assertEquals(MATCH[p], best);
      assertTrue(theta[best] > 0.7, "theta " + theta[best]);
    }
  }

  @Test
  void rejectsBadInput() {
    var e = assertThrows(IllegalArgumentException.class, () -> OPTIONS.withTopics(0));
    assertEquals("topics must be ≥ 2, was 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OPTIONS.withThreads(0));
    assertThrows(IllegalArgumentException.class, () -> OPTIONS.withBeta(-1));
    var bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> LdaTrainer.train(new int[][] {{0, 5}}, 5, OPTIONS));
    assertEquals("docs[0][1] must be in [0, 5), was 5", bad.getMessage());
  }

  @Test
  void reportsLogLikelihoodThatImproves() {
    List<Double> lls = new ArrayList<>();
    List<Integer> iterations = new ArrayList<>();
    LdaModel m =
        LdaTrainer.train(
            PLANTED.docs,
            PlantedCorpus.V,
            OPTIONS.withIterations(50),
            10,
            (iteration, total, ll) -> {
              iterations.add(iteration);
              if (!Double.isNaN(ll)) lls.add(ll);
            });
    // every sweep is reported; the log-likelihood only every 10th and after the last
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList(), iterations);
    assertEquals(5, lls.size());
    assertTrue(lls.get(4) > lls.get(0), "LL/token " + lls);
    // the last value reported is the returned model's
    assertEquals(m.logLikelihoodPerToken(), lls.get(4), 1e-12);
  }
}
