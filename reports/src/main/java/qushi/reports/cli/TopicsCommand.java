package qushi.reports.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qushi.analytics.Analysis;
import qushi.analytics.Tables;
import qushi.analytics.topics.Topic;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicModeler;
import qushi.analytics.topics.TopicOptions;
import qushi.analytics.topics.TopicRows;
import qushi.analytics.topics.TopicSweep;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code qushi topics}: LDA topics of the passages, their stability and prevalence by year. */
@Command(name = "topics", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Fit an LDA topic model to the passages and print each topic with its label, top words, stability, "
          + "coherence and prevalence per year (token-weighted mean of passage topic proportions).",
      "Topics are numbered by share of tokens, largest first. stability = mean 1 - Jensen-Shannon distance to "
          + "the matched topic (Hungarian assignment) over --runs - 1 refits with other seeds; unstable below 0.5.",
      "npmi = mean NPMI of the top 10 words over passage co-occurrence (-1 for pairs never together).",
      "--sweep FROM..TO[:STEP] prints, per K, ll/token, held-out perplexity (document completion on a tenth of "
          + "the passages), mean NPMI and UMass, stability across 3 seeds, and marks the chosen K: the elbow of "
          + "perplexity, i.e. the first K after which the next K improves perplexity by less than 5%%. Without --k "
          + "the chosen K of the default sweep 5..20:5 is used.",
      ""
    })
final class TopicsCommand implements Callable<Integer> {
  @Option(names = "--k", paramLabel = "K", description = "Number of topics (default: chosen by a sweep of 5..20:5).")
  Integer k;

  @Option(names = "--sweep", paramLabel = "FROM..TO[:STEP]", description = "Print the K sweep instead of topics.")
  String sweep;

  @Option(names = "--iterations", paramLabel = "N", description = "Gibbs sweeps (default: ${DEFAULT-VALUE}).")
  int iterations = 1000;

  @Option(names = "--burn-in", paramLabel = "N",
      description = "Sweeps before α and β are optimised (every 10 sweeps after); default: a fifth of --iterations, at most 200.")
  Integer burnIn;

  @Option(names = "--threads", paramLabel = "T", description = "Sampling threads per run (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--runs", paramLabel = "R", description = "Runs for the stability estimate (default: ${DEFAULT-VALUE}).")
  int runs = 5;

  @Option(names = "--show", paramLabel = "WHAT",
      description = "topics (default), prevalence, words (top words per year), passages (representative).")
  String show = "topics";

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Analysis a = corpus.analyse();
    TopicOptions options = TopicOptions.defaults().withIterations(iterations).withSeed(corpus.seed)
        .withThreads(threads).withRuns(runs);
    if (burnIn != null) options = options.withBurnIn(burnIn);
    TopicModeler modeler = new TopicModeler(a, options);
    if (sweep != null) {
      List<TopicRows.Sweep> rows = TopicSweep.run(modeler, TopicSweep.parseRange(sweep), options);
      output.print(Tables.of("sweep", TopicRows.Sweep.class, rows), spec.commandLine().getOut());
      return 0;
    }
    int topics = k != null ? k : TopicSweep.chosen(TopicSweep.run(modeler, TopicSweep.parseRange("5..20:5"), options));
    TopicModel model = modeler.fit(options.withTopics(topics));
    Table table = switch (show) {
      case "topics" -> summary(model, a.years());
      case "prevalence" -> model.prevalenceTable();
      case "words" -> model.yearWordsTable();
      case "passages" -> model.representativesTable();
      default -> throw new qushi.analytics.BadInputException("--show must be topics, prevalence, words or passages, was '" + show + "'");
    };
    output.print(table, spec.commandLine().getOut());
    return 0;
  }

  /** Returns one row per topic with its prevalence per year beside its label and words. */
  static Table summary(TopicModel model, int[] years) {
    Table t = Table.create("topics");
    t.addColumns(model.table().column("id"), model.table().column("label"), model.table().column("words"),
        model.table().column("share"), model.table().column("stability"), model.table().column("unstable"),
        model.table().column("npmi"));
    for (int y : years) {
      DoubleColumn prev = DoubleColumn.create("prevalence_" + y);
      StringColumn note = StringColumn.create("note_" + y);
      for (Topic topic : model.topics()) {
        TopicRows.Prevalence p = model.prevalence().stream()
            .filter(r -> r.topic() == topic.id() && r.year() == y).findFirst().orElseThrow();
        prev.append(p.prevalence());
        note.append(p.note());
      }
      t.addColumns(prev);
      if (note.asList().stream().anyMatch(s -> !s.isEmpty())) t.addColumns(note);
    }
    return t;
  }
}
