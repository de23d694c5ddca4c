package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.analytics.core.Check;

/** {@code qushi terms}: the multiword terms learned from the corpus. */
@Command(name = "terms", mixinStandardHelpOptions = true)
final class TermsCommand extends TableCommand {
  @Option(names = "--top", paramLabel = "N")
  int top = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    Check.atLeast("top", top, 1);
    var terms = open().terms();
    return print(top < Integer.MAX_VALUE ? terms.first(top) : terms);
  }
}
