package qushi.reports.cli;

import java.util.function.Function;
import picocli.CommandLine.Mixin;
import qushi.CorpusCounts;
import qushi.analytics.core.Tabular;

/** A command that prints one table, in the format the user chose. */
abstract class TableCommand extends CorpusCommand {
  @Mixin OutputOptions output;

  /** Prints {@code result} to stdout and returns the exit code 0. */
  int print(Tabular result) {
    output.print(result, spec.commandLine().getOut());
    return 0;
  }

  /**
   * Prints what {@code question} answers from the counts alone (with --engine spark only the counts
   * reach this JVM), closing them after, and returns the exit code 0.
   */
  int printFromCounts(Function<CorpusCounts, Tabular> question) {
    try (CorpusCounts c = counts()) {
      return print(question.apply(c));
    }
  }
}
