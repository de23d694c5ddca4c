package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import qushi.Qushi;
import qushi.analytics.context.Kwic;
import qushi.analytics.core.Rows;

/** {@code qushi kwic}: every occurrence of a term with its context. */
@Command(name = "kwic", mixinStandardHelpOptions = true)
final class KwicCommand extends TableCommand {
  @Parameters(paramLabel = "TERM")
  String term;

  @Option(names = "--window", paramLabel = "N")
  int window = Kwic.DEFAULT_WINDOW;

  @Override
  public Integer call() {
    if (term.isBlank()) throw new ParameterException(spec.commandLine(), "TERM must not be empty");
    Qushi q = open();
    Rows<Kwic.Line> lines = q.kwic(term, window);
    PrintWriter err = spec.commandLine().getErr();
    // the other spellings the corpus writes, as count names them, found lines or not
    boolean named =
        !OtherScript.note(err, q.count(List.of(term)), q, corpus.cleaning.traditionalToSimplified)
            .isEmpty();
    if (lines.size() == 0 && !named) {
      err.printf(
          "qushi: note: “%s” does not occur in the cleaned text of the %s%n",
          term,
          q.corpus().documents().size() == 1
              ? "one document"
              : q.corpus().documents().size() + " documents");
    }
    SearchNotes.note(err, lines.notes());
    return print(lines);
  }
}
