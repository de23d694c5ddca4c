package qushi.reports.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.Qushi;

/** {@code qushi segment}: the cleaned, segmented text, for inspection. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description =
        "Print the cleaned, segmented text: one passage per line, tokens separated by single"
            + " spaces.")
final class SegmentCommand extends CorpusCommand {
  @Option(names = "--doc", paramLabel = "ID", description = "Only this document (default: all).")
  String doc;

  @Option(
      names = "--clean",
      description = "Print the cleaned text itself (not segmented), one paragraph per line.")
  boolean clean;

  @Override
  public Integer call() {
    Qushi q = open();
    PrintWriter out = spec.commandLine().getOut();
    (clean ? q.cleaned(doc) : q.segmented(doc)).forEach(out::println);
    out.flush();
    return 0;
  }
}
