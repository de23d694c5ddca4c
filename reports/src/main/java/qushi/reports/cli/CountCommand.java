package qushi.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import qushi.Qushi;

/** {@code qushi count}: occurrences and rates of terms per year. */
@Command(name = "count", mixinStandardHelpOptions = true)
final class CountCommand extends TableCommand {
  @Parameters(paramLabel = "TERM", arity = "0..*")
  List<String> terms = new ArrayList<>();

  @Option(names = "--terms", paramLabel = "FILE")
  Path termFile;

  @Mixin IntervalOptions intervals;

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(terms);
    if (termFile != null) all.addAll(Qushi.readList(termFile, "term file"));
    if (all.isEmpty())
      throw new ParameterException(spec.commandLine(), "give at least one TERM or --terms FILE");
    // the intervals resample passages: they need the prepared corpus
    if (intervals.ci) return print(open().count(all, intervals.options()));
    return printFromCounts(c -> c.count(all));
  }
}
