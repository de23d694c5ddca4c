package qushi.reports.cli;

import picocli.CommandLine.Mixin;
import qushi.analytics.core.Tabular;

/** A command that prints one table, in the format the user chose. */
abstract class TableCommand extends CorpusCommand {
  @Mixin OutputOptions output;

  /** Prints {@code result} to stdout and returns the exit code 0. */
  int print(Tabular result) {
    output.print(result, spec.commandLine().getOut());
    return 0;
  }
}
