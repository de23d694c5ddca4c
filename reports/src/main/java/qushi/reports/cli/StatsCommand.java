package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.CorpusCounts;

/** {@code qushi stats}: size figures per year. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand extends TableCommand {
  @Option(names = "--boilerplate")
  boolean boilerplate;

  @Override
  public Integer call() {
    if (boilerplate) return print(open().boilerplate());
    return printFromCounts(CorpusCounts::stats);
  }
}
