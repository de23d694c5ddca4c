package qushi.reports.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import qushi.analytics.core.Tabular;
import qushi.reports.TableWriter;

/** Options every command that prints a table shares. */
final class OutputOptions {
  @Option(names = "--format", paramLabel = "FMT")
  TableWriter.Format format = TableWriter.Format.table;

  @Option(names = "--bom")
  boolean bom;

  void print(Tabular result, PrintWriter out) {
    TableWriter.write(result, format, bom, out);
  }
}
