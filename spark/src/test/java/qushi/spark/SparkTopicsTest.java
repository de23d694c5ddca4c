package qushi.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.CountedCorpus;
import qushi.Engine;
import qushi.Options;
import qushi.Qushi;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.topics.TopicModeler;
import qushi.analytics.topics.TopicOptions;
import scala.Tuple2;

/** Topics on Spark: mixtures inferred on the executors equal those inferred on the driver. */
class SparkTopicsTest {
  @Test
  void executorMixturesEqualDriverMixtures() {
    Options options = Options.defaults();
    // a budget below the seeds' size, so that most mixtures are inferred rather than trained
    TopicOptions topics =
        TopicOptions.defaults().withTopics(5).withIterations(60).withMaxTokens(5_000);
    RandomSource random = options.random();
    Engine.Job job =
        new Engine.Job(SameOutputTest.SEEDS.toString(), false, options, "local[2]", Progress.NONE);
    PreparedCorpus local = Qushi.open(SameOutputTest.SEEDS.toString()).corpus();
    try (SparkCorpus corpus = SparkEngine.open(job)) {
      CountedCorpus counts = corpus.counted();
      SparkTopics fitted = SparkTopics.fit(corpus, counts, topics, random);

      // the model's words are those the local modeler selects
      TopicModeler modeler = new TopicModeler(local, topics);
      assertEquals(modeler.vocabulary(), fitted.vocabulary());
      int[][] docs = modeler.documents();
      assertEquals(docs.length, fitted.passages());
      // the sample is the local modeler's, drawn from the lengths alone
      int[] lengths = Arrays.stream(docs).mapToInt(d -> d.length).toArray();
      int[] sample = TopicModeler.sample(lengths, topics, random);
      assertArrayEquals(sample, fitted.sample());
      assertTrue(sample.length < docs.length / 2, "the budget takes a sample: " + sample.length);

      List<Tuple2<Integer, Tuple2<Integer, double[]>>> executors = fitted.mixtures().collect();
      assertEquals(docs.length, executors.size());
      int inferred = 0;
      for (var e : executors) {
        int p = e._1();
        double[] weighted = e._2()._2();
        assertEquals(docs[p].length, (int) weighted[0], "model words of passage " + p);
        assertEquals(local.passages().get(p).year(), (int) e._2()._1());
        int s = Arrays.binarySearch(sample, p);
        double[] driver =
            s >= 0
                ? fitted.model().docTopics(s)
                : TopicModeler.infer(fitted.model(), docs[p], p, random);
        inferred += s >= 0 ? 0 : 1;
        assertArrayEquals(driver, Arrays.copyOfRange(weighted, 1, weighted.length), "passage " + p);
      }
      assertTrue(inferred > 0);

      // prevalence per year, summed on the executors, against the same sums on the driver
      int[] order =
          fitted.table().list().stream()
              .filter(r -> r.year() == 2024)
              .mapToInt(r -> indexOfLabel(fitted, r.label()))
              .toArray();
      for (TopicYear r : fitted.table().list()) {
        double num = 0;
        double den = 0;
        for (var e : executors) {
          if (e._2()._1() != r.year()) continue;
          double[] w = e._2()._2();
          num += w[0] * w[1 + order[r.topic() - 1]];
          den += w[0];
        }
        assertEquals(num / den, r.prevalence(), 1e-12, r.toString());
      }
    }
  }

  /** Returns the model topic whose three most probable words are {@code label}. */
  static int indexOfLabel(SparkTopics fitted, String label) {
    for (int k = 0; k < fitted.model().topics(); k++) {
      double[] phi = fitted.model().topicWords(k);
      Integer[] w = new Integer[phi.length];
      for (int i = 0; i < w.length; i++) w[i] = i;
      Arrays.sort(
          w,
          java.util.Comparator.<Integer>comparingDouble(i -> -phi[i])
              .thenComparing(i -> fitted.vocabulary().get(i)));
      String l =
          String.join(
              " / ", Arrays.stream(w).limit(3).map(i -> fitted.vocabulary().get(i)).toList());
      if (l.equals(label)) return k;
    }
    throw new AssertionError("no topic " + label);
  }

  @Test
  void executorsBuildTheDriversPipeline() throws IOException, ClassNotFoundException {
    TextPipeline driver =
        TextPipeline.of(
            Options.defaults()
                .text()
                .withLexicon(java.nio.file.Path.of("..", "notebooks", "my-terms.txt")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PipelineSpec.of(driver));
    }
    PipelineSpec sent;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      sent = (PipelineSpec) in.readObject();
    }
    TextPipeline executor = sent.pipeline();
    assertEquals(driver.normalizer(), executor.normalizer());
    assertEquals(driver.splitter(), executor.splitter());
    assertEquals(driver.lexicon(), executor.lexicon());
    assertEquals(driver.filter(), executor.filter());
    assertTrue(executor.lexicon().size() > 0);
  }
}
