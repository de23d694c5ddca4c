package qushi.reports.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.Qushi;

/** {@code qushi segment}: the cleaned, segmented text, for inspection. */
@Command(name = "segment", mixinStandardHelpOptions = true)
final class SegmentCommand extends CorpusCommand {
  @Option(names = "--doc", paramLabel = "ID")
  String doc;

  @Option(names = "--clean")
  boolean clean;

  @Override
  public Integer call() {
    corpus.requireDocument(doc);
    Qushi q = open();
    PrintWriter out = spec.commandLine().getOut();
    (clean ? q.cleaned(doc) : q.segmented(doc)).forEach(out::println);
    out.flush();
    return 0;
  }
}
