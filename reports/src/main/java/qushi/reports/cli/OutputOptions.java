package qushi.reports.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import qushi.reports.TableWriter;
import tech.tablesaw.api.Table;

/** Options every command that prints a table shares. */
final class OutputOptions {
  @Option(names = "--format", paramLabel = "FMT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TableWriter.Format format = TableWriter.Format.table;

  @Option(names = "--bom", description = "Start csv/tsv output with a UTF-8 byte-order mark (for Excel).")
  boolean bom;

  void print(Table table, PrintWriter out) {
    TableWriter.write(table, format, bom, out);
  }
}
