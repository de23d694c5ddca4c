package qushi.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qushi.analytics.Analysis;
import qushi.analytics.Tables;
import qushi.analytics.TermCount;
import qushi.analytics.Comparisons;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.RateInterval;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import qushi.analytics.internal.TextFiles;

/** {@code qushi count}: occurrences and rates of terms per year. */
@Command(name = "count", mixinStandardHelpOptions = true,
    description = {
      "Print term, year, count and per10k for every term and year.",
      "count = non-overlapping occurrences of the term in the cleaned text of that year, as a text search "
          + "finds them (independent of segmentation); per10k = 10000 * count / tokens of that year."
    })
final class CountCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TERM", arity = "0..*", description = "Terms or phrases to count.")
  List<String> terms = new ArrayList<>();

  @Option(names = "--terms", paramLabel = "FILE", description = "File with one term per line ('#' comments).")
  Path termFile;

  @Mixin IntervalOptions intervals;

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(terms);
    if (termFile != null) all.addAll(TextFiles.readList(termFile, "term file"));
    if (all.isEmpty()) throw new ParameterException(spec.commandLine(), "give at least one TERM or --terms FILE");
    Analysis a = corpus.analyse();
    List<TermCount> counts = a.count(all.toArray(new String[0]));
    Table table = Tables.of("counts", TermCount.class, counts);
    if (intervals.ci) {
      Comparisons c = new Comparisons(a);
      BootstrapOptions bo = intervals.options(corpus.seed);
      DoubleColumn lower = DoubleColumn.create("lower");
      DoubleColumn upper = DoubleColumn.create("upper");
      for (TermCount tc : counts) {
        RateInterval r = c.interval(tc.term(), tc.year(), bo);
        lower.append(r.lower());
        upper.append(r.upper());
      }
      table.addColumns(lower, upper);
    }
    output.print(table, spec.commandLine().getOut());
    return 0;
  }
}
