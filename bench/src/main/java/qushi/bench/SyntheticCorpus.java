package qushi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A deterministic benchmark corpus: documents of token ids over a Zipfian vocabulary, drawn from
 * planted topics, or read from a pre-tokenised file.
 *
 * <p>Generation: base word weights ∝ 1/(rank + 1); each of {@code plantedTopics} topics multiplies
 * the weights of 400 random words by 40 and is normalised; document lengths are uniform in [50,
 * 350]; θ_d ~ Dirichlet(0.1, …, 0.1). {@code planted} holds the topics' word distributions (null
 * for a corpus read from a file).
 */
record SyntheticCorpus(int[][] docs, int vocabularySize, long tokens, double[][] planted) {

  static SyntheticCorpus generate(
      long targetTokens, int vocabularySize, int plantedTopics, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] cumulative = new double[plantedTopics][vocabularySize];
    for (int k = 0; k < plantedTopics; k++) {
      double[] weights = new double[vocabularySize];
      for (int w = 0; w < vocabularySize; w++) {
        weights[w] = 1.0 / (w + 1);
      }
      for (int i = 0; i < 400; i++) {
        weights[random.nextInt(vocabularySize)] *= 40;
      }
      double sum = 0;
      for (int w = 0; w < vocabularySize; w++) {
        sum += weights[w];
        cumulative[k][w] = sum;
      }
      for (int w = 0; w < vocabularySize; w++) {
        cumulative[k][w] /= sum;
      }
    }
    List<int[]> docs = new ArrayList<>();
    long tokens = 0;
    double[] theta = new double[plantedTopics];
    while (tokens < targetTokens) {
      int length = (int) Math.min(50 + random.nextInt(301), targetTokens - tokens);
      double sum = 0;
      for (int k = 0; k < plantedTopics; k++) {
        theta[k] = gamma(random, 0.1);
        sum += theta[k];
      }
      for (int k = 1; k < plantedTopics; k++) {
        theta[k] += theta[k - 1];
      }
      int[] doc = new int[length];
      for (int i = 0; i < length; i++) {
        double u = random.nextDouble() * sum;
        int k = 0;
        while (k < plantedTopics - 1 && theta[k] <= u) {
          k++;
        }
        int w = Arrays.binarySearch(cumulative[k], random.nextDouble());
        doc[i] = Math.min(vocabularySize - 1, w < 0 ? -w - 1 : w);
      }
      docs.add(doc);
      tokens += length;
    }
    double[][] phi = new double[plantedTopics][vocabularySize];
    for (int k = 0; k < plantedTopics; k++) {
      for (int w = 0; w < vocabularySize; w++) {
        phi[k][w] = cumulative[k][w] - (w == 0 ? 0 : cumulative[k][w - 1]);
      }
    }
    return new SyntheticCorpus(docs.toArray(int[][]::new), vocabularySize, tokens, phi);
  }

  /** Reads a token file (last tab-separated field, space-separated tokens; ids in term order). */
  static SyntheticCorpus read(Path file) {
    List<String[]> lines = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String field = line.substring(line.lastIndexOf('\t') + 1).strip();
        lines.add(field.isEmpty() ? new String[0] : field.split(" +"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokens file " + file, e);
    }
    TreeSet<String> terms = new TreeSet<>();
    lines.forEach(l -> terms.addAll(Arrays.asList(l)));
    Map<String, Integer> ids = new HashMap<>();
    for (String t : terms) {
      ids.put(t, ids.size());
    }
    int[][] docs = new int[lines.size()][];
    long tokens = 0;
    for (int d = 0; d < docs.length; d++) {
      docs[d] = Arrays.stream(lines.get(d)).mapToInt(ids::get).toArray();
      tokens += docs[d].length;
    }
    return new SyntheticCorpus(docs, terms.size(), tokens, null);
  }

  /** Marsaglia–Tsang Gamma(shape, 1); shape &lt; 1 boosted by U^(1/shape). */
  private static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        double u1 = 1 - random.nextDouble();
        x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
