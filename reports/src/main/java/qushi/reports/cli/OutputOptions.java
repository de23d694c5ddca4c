package qushi.reports.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import qushi.analytics.core.Tabular;
import qushi.reports.TableWriter;

/** Options every command that prints a table shares. */
final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FMT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TableWriter.Format format = TableWriter.Format.table;

  @Option(
      names = "--bom",
      description = "Start csv/tsv output with a UTF-8 byte-order mark (for Excel).")
  boolean bom;

  void print(Tabular result, PrintWriter out) {
    TableWriter.write(result, format, bom, out);
  }
}
