package qushi.reports.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.apache.commons.io.output.WriterOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qushi.analytics.topics.LdaBench;

/** {@code qushi lda}: the sampler's benchmark mode on a pre-tokenised file. */
@Command(name = "lda", mixinStandardHelpOptions = true,
    description = {
      "Train LDA on a pre-tokenised file: one document per line; when a line has tabs, its last tab-separated "
          + "field holds the space-separated tokens.",
      "Last line printed: tokens/s=<n> ll/token=<x> seconds=<s>, where tokens/s = tokens x iterations / seconds "
          + "of sampling (loading excluded).",
      "--out DIR writes topic_words.tsv (topic, rank, term, weight = word probability, top 50 per topic) and "
          + "doc_topics.tsv (doc = 0-based line number, topic, proportion)."
    })
final class LdaCommand implements Callable<Integer> {
  @Option(names = "--tokens", required = true, paramLabel = "FILE", description = "Pre-tokenised input file.")
  Path tokens;

  @Option(names = "--k", required = true, paramLabel = "K", description = "Number of topics.")
  int k;

  @Option(names = "--iterations", required = true, paramLabel = "N", description = "Gibbs sweeps.")
  int iterations;

  @Option(names = "--threads", paramLabel = "T", description = "Sampling threads (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--out", paramLabel = "DIR", description = "Write topic_words.tsv and doc_topics.tsv here.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!java.nio.file.Files.isRegularFile(tokens)) throw new qushi.analytics.BadInputException(tokens, "token file not found");
    PrintWriter writer = spec.commandLine().getOut();
    PrintStream ps;
    try {
      ps = new PrintStream(WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8).get(), true,
          StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    LdaBench.run(tokens, k, iterations, threads, seed, out, ps);
    ps.flush();
    writer.flush();
    return 0;
  }
}
