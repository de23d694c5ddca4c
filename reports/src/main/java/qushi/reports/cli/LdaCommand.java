package qushi.reports.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qushi.Qushi;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.RandomSource;
import qushi.analytics.topics.LdaModel;
import qushi.analytics.topics.LdaOptions;

/**
 * {@code qushi lda}: the sampler alone on a pre-tokenised file, timed — the benchmark contract the
 * comparisons with other LDA implementations use.
 */
@Command(name = "lda", mixinStandardHelpOptions = true)
final class LdaCommand implements Callable<Integer> {
  /** Words listed per topic in {@code topic_words.tsv}. */
  static final int TOP_WORDS = 50;

  @Option(names = "--tokens", required = true, paramLabel = "FILE")
  Path tokens;

  @Option(names = "--k", required = true, paramLabel = "K")
  int k;

  @Option(names = "--iterations", required = true, paramLabel = "N")
  int iterations;

  @Option(names = "--threads", paramLabel = "T")
  int threads = 1;

  @Option(names = "--seed", paramLabel = "S")
  long seed = RandomSource.DEFAULT_SEED;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // more threads than cores only adds copies of the count tables
    int threads = Math.min(this.threads, Runtime.getRuntime().availableProcessors());
    LdaOptions options =
        LdaOptions.defaults()
            .withTopics(k)
            .withIterations(iterations)
            .withBurnIn(iterations / 4)
            .withThreads(threads)
            .withSeed(seed);
    List<String[]> lines = read(tokens);
    TreeSet<String> sorted = new TreeSet<>();
    for (String[] line : lines) for (String t : line) sorted.add(t);
    String[] terms = sorted.toArray(String[]::new);
    if (terms.length == 0)
      throw new BadInputException(tokens, "has no tokens (expected one document per line)");
    Map<String, Integer> ids = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) ids.put(terms[i], i);
    int[][] docs = new int[lines.size()][];
    long count = 0;
    for (int d = 0; d < docs.length; d++) {
      String[] line = lines.get(d);
      docs[d] = new int[line.length];
      for (int i = 0; i < line.length; i++) docs[d][i] = ids.get(line[i]);
      count += line.length;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "documents=%d tokens=%d vocabulary=%d topics=%d threads=%d%n",
        docs.length,
        count,
        terms.length,
        k,
        threads);
    o.flush();
    long start = System.nanoTime();
    LdaModel model = Qushi.lda(docs, terms.length, options, (i, n, ll) -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    if (out != null) write(out, model, terms);
    o.printf(
        Locale.ROOT,
        "tokens/s=%d ll/token=%.6f seconds=%.3f%n",
        Math.round(count * (double) iterations / seconds),
        model.logLikelihoodPerToken(),
        seconds);
    o.flush();
    return 0;
  }

  /** Returns each line's tokens (the last tab-separated field, split on spaces). */
  private static List<String[]> read(Path file) {
    if (!Files.isRegularFile(file)) throw new BadInputException(file, "token file not found");
    try {
      List<String[]> docs = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String field = line.substring(line.lastIndexOf('\t') + 1);
        docs.add(field.isBlank() ? new String[0] : field.strip().split(" +"));
      }
      return docs;
    } catch (IOException e) {
      throw new BadInputException(
          file, "cannot read the token file as UTF-8 text (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void write(Path dir, LdaModel model, String[] terms) {
    Path topicWords = dir.resolve("topic_words.tsv");
    Path docTopics = dir.resolve("doc_topics.tsv");
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w = Files.newBufferedWriter(topicWords, StandardCharsets.UTF_8)) {
        w.write("topic\trank\tterm\tweight\n");
        for (int t = 0; t < model.topics(); t++) {
          double[] phi = model.topicWords(t);
          int[] top = model.topWords(t, TOP_WORDS);
          for (int r = 0; r < top.length; r++) {
            w.write(
                String.format(
                    Locale.ROOT, "%d\t%d\t%s\t%.6g%n", t, r + 1, terms[top[r]], phi[top[r]]));
          }
        }
      }
      try (BufferedWriter w = Files.newBufferedWriter(docTopics, StandardCharsets.UTF_8)) {
        w.write("doc\ttopic\tproportion\n");
        for (int d = 0; d < model.documents(); d++) {
          double[] theta = model.docTopics(d);
          for (int t = 0; t < theta.length; t++)
            w.write(String.format(Locale.ROOT, "%d\t%d\t%.6g%n", d, t, theta[t]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write the topic files: " + e.getMessage(), e);
    }
  }
}
