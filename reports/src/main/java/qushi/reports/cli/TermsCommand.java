package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.CorpusNotes;
import qushi.analytics.core.Check;
import qushi.analytics.text.TermLearner;

/** {@code qushi terms}: the multiword terms learned from the corpus. */
@Command(name = "terms", mixinStandardHelpOptions = true)
final class TermsCommand extends TableCommand {
  @Option(names = "--top", paramLabel = "N")
  int top = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    Check.atLeast("top", top, 1);
    var terms = open().terms();
    var shown = top < Integer.MAX_VALUE ? terms.first(top) : terms;
    String note =
        CorpusNotes.spellingsNote(
            shown.list().stream().map(TermLearner.Term::term).toList(), "learned terms");
    if (note != null) spec.commandLine().getErr().println("qushi: note: " + note);
    return print(shown);
  }
}
