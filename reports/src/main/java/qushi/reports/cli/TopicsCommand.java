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
@Command(name = "topics", mixinStandardHelpOptions = true, sortOptions = false)
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

  @Option(names = "--k", paramLabel = "K")
  Integer k;

  @Option(names = "--sweep", paramLabel = "FROM..TO[:STEP]")
  String sweep;

  @Option(names = "--iterations", paramLabel = "N")
  int iterations = DEFAULTS.iterations();

  @Option(names = "--burn-in", paramLabel = "N")
  Integer burnIn;

  @Option(names = "--threads", paramLabel = "T")
  int threads = DEFAULTS.threads();

  @Option(names = "--runs", paramLabel = "R")
  int runs = DEFAULTS.runs();

  @Option(names = "--show", paramLabel = "WHAT")
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
    if (ks != null) {
      var sweep = q.sweep(ks, options);
      var rows = sweep.list();
      if (rows.size() > 1 && rows.get(rows.size() - 1).chosen()) {
        var err = spec.commandLine().getErr();
        err.printf(
            "qushi: note: no elbow within K = %d..%d: every step still improved held-out perplexity"
                + " by %d%% or more, so the largest K is marked; more topics may still pay%n",
            rows.get(0).k(),
            rows.get(rows.size() - 1).k(),
            Math.round(100 * qushi.analytics.topics.TopicSweep.ELBOW));
        err.flush();
      }
      return print(sweep);
    }
    TopicModel model = k != null ? q.topics(options) : q.topicsChoosingK(options);
    String warning =
        qushi.reports.TopicsSection.warning(
            model.topics(), qushi.reports.Labels.of(qushi.reports.Labels.Lang.EN));
    if (!warning.isEmpty()) {
      var err = spec.commandLine().getErr();
      err.println("qushi: note: " + warning);
      err.flush();
    }
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

  /** Parses {@code FROM..TO[:STEP]} (step 1 by default: every K; TO included when on the grid). */
  static int[] parseRange(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches())
      throw BadInputException.option(
          "sweep", "must look like 5..30 or 5..30:5, was '" + text + "'");
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    int step = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    if (from < 2 || to < from || step < 1) {
      throw BadInputException.option(
          "sweep", "needs 2 ≤ FROM ≤ TO and STEP ≥ 1, was '" + text + "'");
    }
    return IntStream.iterate(from, x -> x <= to, x -> x + step).toArray();
  }
}
