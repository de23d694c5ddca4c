package qushi.reports.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.Qushi;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Tabular;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicOptions;

/** {@code qushi topics}: LDA topics of the passages, their stability and prevalence by year. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fit an LDA topic model to the passages and print each topic with its label, top words,"
          + " stability, coherence and prevalence per year (token-weighted mean of passage topic"
          + " proportions).",
      "Topics are numbered by share of tokens, largest first. stability = mean 1 - Jensen-Shannon"
          + " distance to the matched topic (Hungarian assignment) over --runs - 1 refits with"
          + " other seeds; unstable below 0.5.",
      "npmi = mean NPMI of the top 10 words over passage co-occurrence (-1 for pairs never"
          + " together).",
      "--sweep FROM..TO[:STEP] prints, per K, ll/token, held-out perplexity (document completion on"
          + " a tenth of the passages), mean NPMI and UMass, stability across 3 seeds, and marks"
          + " the chosen K: the elbow of perplexity, i.e. the first K after which the next K"
          + " improves perplexity by less than 5%%. Without --k the chosen K of the default sweep"
          + " 5..20:5 is used.",
      ""
    })
final class TopicsCommand extends TableCommand {
  private static final TopicOptions DEFAULTS = TopicOptions.defaults();
  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,5})\\.\\.(\\d{1,5})(?::(\\d{1,5}))?");

  /** What to print. */
  enum Show {
    topics,
    prevalence,
    words,
    passages
  }

  @Option(
      names = "--k",
      paramLabel = "K",
      description = "Number of topics (default: chosen by a sweep of 5..20:5).")
  Integer k;

  @Option(
      names = "--sweep",
      paramLabel = "FROM..TO[:STEP]",
      description = "Print the K sweep instead of topics.")
  String sweep;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Gibbs sweeps (default: ${DEFAULT-VALUE}).")
  int iterations = DEFAULTS.iterations();

  @Option(
      names = "--burn-in",
      paramLabel = "N",
      description =
          "Sweeps before α and β are optimised (every 10 sweeps after); default: a fifth of"
              + " --iterations, at most 200.")
  Integer burnIn;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Sampling threads per run (default: ${DEFAULT-VALUE}).")
  int threads = DEFAULTS.threads();

  @Option(
      names = "--runs",
      paramLabel = "R",
      description = "Runs for the stability estimate (default: ${DEFAULT-VALUE}).")
  int runs = DEFAULTS.runs();

  @Option(
      names = "--show",
      paramLabel = "WHAT",
      description =
          "topics (default), prevalence, words (top words per year), passages (representative).")
  Show show = Show.topics;

  @Override
  public Integer call() {
    TopicOptions options =
        DEFAULTS.withIterations(iterations).withThreads(Math.min(threads, cores())).withRuns(runs);
    if (burnIn != null) options = options.withBurnIn(burnIn);
    if (k != null) options = options.withTopics(k);
    int[] ks = sweep == null ? null : parseRange(sweep);
    if (!corpus.local() && ks == null && k != null && show == Show.prevalence) {
      // trained on the driver over a sample, mixtures of all passages inferred on the executors
      return print(corpus.engine().topics(corpus.job(spec.commandLine().getErr()), options));
    }
    Qushi q = open();
    if (ks != null) return print(q.sweep(ks, options));
    TopicModel model = k != null ? q.topics(options) : q.topicsChoosingK(options);
    Tabular table =
        switch (show) {
          case topics -> model.summary();
          case prevalence -> model.prevalenceTable();
          case words -> model.yearWordsTable();
          case passages -> model.representativesTable();
        };
    return print(table);
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Parses {@code FROM..TO[:STEP]} (step 5 by default, TO included when on the grid). */
  static int[] parseRange(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches())
      throw BadInputException.option(
          "sweep", "must look like 5..30 or 5..30:5, was '" + text + "'");
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    int step = m.group(3) == null ? 5 : Integer.parseInt(m.group(3));
    if (from < 2 || to < from || step < 1) {
      throw BadInputException.option(
          "sweep", "needs 2 ≤ FROM ≤ TO and STEP ≥ 1, was '" + text + "'");
    }
    return IntStream.iterate(from, x -> x <= to, x -> x + step).toArray();
  }
}
