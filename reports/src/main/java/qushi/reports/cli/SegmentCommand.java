package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qushi.Qushi;

/** {@code qushi segment}: the cleaned, segmented text, for inspection. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description =
        "Print the cleaned, segmented text: one passage per line, tokens separated by single"
            + " spaces.")
final class SegmentCommand implements Callable<Integer> {
  @Option(names = "--doc", paramLabel = "ID", description = "Only this document (default: all).")
  String doc;

  @Option(
      names = "--clean",
      description = "Print the cleaned text itself (not segmented), one paragraph per line.")
  boolean clean;

  @Mixin CorpusOptions corpus;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Qushi q = corpus.open(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    (clean ? q.cleaned(doc) : q.segmented(doc)).forEach(out::println);
    out.flush();
    return 0;
  }
}
