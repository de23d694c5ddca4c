package qushi.reports.cli;

import java.util.List;
import java.util.Locale;
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
import qushi.analytics.topics.TopicRows;
import qushi.analytics.topics.TopicSweep;

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
    // a corpus too small for topics is no bad input: a note, and nothing to print
    String tooLittle = q.tooLittleForTopics(options);
    if (tooLittle != null) {
      note(tooLittle);
      return 0;
    }
    if (ks != null) {
      int max = q.maxTopics(options);
      int[] possible = java.util.Arrays.stream(ks).filter(x -> x <= max).toArray();
      if (possible.length < ks.length) {
        note(
            "--sweep: this text tells at most "
                + max
                + " topics apart (two passages and two terms to a topic), so "
                + (possible.length == 0
                    ? "the sweep tries K = " + max
                    : "the Ks above " + max + " are left out"));
        ks = possible.length > 0 ? possible : new int[] {max};
      }
      var sweep = q.sweep(ks, options);
      noteOnChoice(sweep.list(), "marked", q.maxTopics(options));
      return print(sweep);
    }
    TopicOptions given = options;
    TopicModel model =
        k != null
            ? q.topics(options)
            : q.topicsChoosingK(
                options, sweep -> noteOnChoice(sweep.list(), "chosen", q.maxTopics(given)));
    String warning =
        qushi.reports.TopicsSection.warning(
            model.topics(), qushi.reports.Labels.of(qushi.reports.Labels.Lang.EN));
    if (!warning.isEmpty()) note(warning);
    Tabular table =
        switch (show) {
          case topics -> model.summary();
          case prevalence -> model.prevalenceTable();
          case words -> model.yearWordsTable();
          case passages -> model.representativesTable();
        };
    return print(table);
  }

  /** Prints a note on stderr. */
  private void note(String text) {
    var err = spec.commandLine().getErr();
    err.println("qushi: note: " + text);
    err.flush();
  }

  /**
   * Prints {@link #noElbow(List, String, int)}'s and {@link qushi.reports.TopicsSection#unstable}'s
   * notes on stderr, if any.
   */
  private void noteOnChoice(List<TopicRows.Sweep> rows, String how, int max) {
    var err = spec.commandLine().getErr();
    for (String note :
        new String[] {noElbow(rows, how, max), qushi.reports.TopicsSection.unstable(rows, how)}) {
      if (note != null) err.println(note);
    }
    err.flush();
  }

  /**
   * Returns the note for a sweep that found no elbow, or null when it found one: its largest K is
   * {@code how} (marked, chosen) as the best tried, and a wider sweep, up to the most topics the
   * text can tell apart ({@code max}), may find more topics worth having; at that most, the text
   * holds no more.
   */
  static String noElbow(List<TopicRows.Sweep> rows, String how, int max) {
    if (rows.size() < 2 || !rows.get(rows.size() - 1).chosen()) return null;
    int last = rows.get(rows.size() - 1).k();
    String head =
        String.format(
            Locale.ROOT,
            "qushi: note: no elbow within K = %d..%d: every step still improved held-out"
                + " perplexity by %d%% or more, so the largest K is %s",
            rows.get(0).k(),
            last,
            Math.round(100 * TopicSweep.ELBOW),
            how);
    if (last >= max) return head + "; this text can tell no more than " + max + " topics apart";
    // up to twice the largest K (at most what the text holds), in about four steps
    int to = Math.min(2 * last, max);
    int step = Math.max(1, (to - last) / 4);
    return String.format(
        Locale.ROOT,
        "%s; by fit alone more topics may still pay (--sweep %d..%d%s tries more), though more"
            + " topics are less stable (see the stability column)",
        head,
        last,
        to,
        step > 1 ? ":" + step : "");
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
