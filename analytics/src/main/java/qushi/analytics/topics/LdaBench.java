package qushi.analytics.topics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The {@code lda} benchmark: trains on a pre-tokenised file and prints the sampling speed.
 *
 * <p>File format: one document per line (UTF-8); when a line has tabs, its last tab-separated
 * field holds the tokens, separated by spaces. Term ids follow sorted term order.
 */
public final class LdaBench {
  /** Words listed per topic in {@code topic_words.tsv}. */
  public static final int TOP_WORDS = 50;

  private LdaBench() {}

  /**
   * Trains a model on the file and prints, as the last line, {@code tokens/s=<n> ll/token=<x>
   * seconds=<s>}, where tokens/s = tokens × iterations / sampling seconds (loading excluded), and
   * ll/token is MALLET's model log-likelihood per token. Burn-in is iterations / 4, then α and β
   * are optimised every 10 iterations; α_sum starts at 5.0 and β at 0.01.
   *
   * @param tokensFile     the pre-tokenised corpus
   * @param k              topics, at least 2
   * @param iterations     Gibbs sweeps, at least 1
   * @param threads        sampling threads, at least 1
   * @param seed           random seed
   * @param outDirOrNull   when not null, receives {@code topic_words.tsv} (topic, rank, term,
   *                       weight = φ_k(term), top 50 per topic) and {@code doc_topics.tsv} (doc =
   *                       0-based line number, topic, proportion = θ_d(topic))
   * @param out            where the summary goes
   * @return the trained model
   * @throws UncheckedIOException naming the file when it cannot be read or written
   * @throws IllegalArgumentException on bad settings
   */
  public static LdaModel run(Path tokensFile, int k, int iterations, int threads, long seed,
      Path outDirOrNull, PrintStream out) {
    Objects.requireNonNull(tokensFile, "tokensFile");
    Objects.requireNonNull(out, "out");
    LdaOptions options = LdaOptions.defaults().withTopics(k).withIterations(iterations)
        .withBurnIn(iterations / 4).withThreads(threads).withSeed(seed);
    List<String[]> lines = read(tokensFile);
    TreeSet<String> sorted = new TreeSet<>();
    for (String[] tokens : lines) {
      for (String token : tokens) {
        sorted.add(token);
      }
    }
    String[] terms = sorted.toArray(String[]::new);
    Map<String, Integer> ids = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) {
      ids.put(terms[i], i);
    }
    int[][] docs = new int[lines.size()][];
    long tokens = 0;
    for (int d = 0; d < docs.length; d++) {
      String[] line = lines.get(d);
      docs[d] = new int[line.length];
      for (int i = 0; i < line.length; i++) {
        docs[d][i] = ids.get(line[i]);
      }
      tokens += line.length;
    }
    out.printf(Locale.ROOT, "documents=%d tokens=%d vocabulary=%d topics=%d threads=%d%n",
        docs.length, tokens, terms.length, k, threads);

    long start = System.nanoTime();
    LdaModel model = LdaTrainer.train(docs, Math.max(1, terms.length), options);
    double seconds = (System.nanoTime() - start) / 1e9;

    if (outDirOrNull != null) {
      write(outDirOrNull, model, terms);
    }
    out.printf(Locale.ROOT, "tokens/s=%d ll/token=%.6f seconds=%.3f%n",
        Math.round(tokens * (double) iterations / seconds), model.logLikelihoodPerToken(),
        seconds);
    return model;
  }

  /** Returns each line's tokens (the last tab-separated field, split on spaces). */
  static List<String[]> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new IOException("tokens file not found: " + file));
    }
    try {
      List<String[]> docs = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String field = line.substring(line.lastIndexOf('\t') + 1);
        docs.add(field.isBlank() ? new String[0] : field.strip().split(" +"));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokens file " + file, e);
    }
  }

  private static void write(Path dir, LdaModel model, String[] terms) {
    Path topicWords = dir.resolve("topic_words.tsv");
    Path docTopics = dir.resolve("doc_topics.tsv");
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w = Files.newBufferedWriter(topicWords, StandardCharsets.UTF_8)) {
        w.write("topic\trank\tterm\tweight\n");
        for (int k = 0; k < model.topics(); k++) {
          double[] phi = model.topicWords(k);
          int[] top = model.topWords(k, TOP_WORDS);
          for (int r = 0; r < top.length; r++) {
            w.write(String.format(Locale.ROOT, "%d\t%d\t%s\t%.6g%n", k, r + 1, terms[top[r]],
                phi[top[r]]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + topicWords, e);
    }
    try (BufferedWriter w = Files.newBufferedWriter(docTopics, StandardCharsets.UTF_8)) {
      w.write("doc\ttopic\tproportion\n");
      for (int d = 0; d < model.documents(); d++) {
        double[] theta = model.docTopics(d);
        for (int k = 0; k < theta.length; k++) {
          w.write(String.format(Locale.ROOT, "%d\t%d\t%.6g%n", d, k, theta[k]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + docTopics, e);
    }
  }
}
