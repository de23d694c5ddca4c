package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;

/** {@code qushi cooccur}: term pairs that share sentences or passages. */
@Command(name = "cooccur", mixinStandardHelpOptions = true)
final class CooccurCommand extends TableCommand {
  private static final CooccurOptions DEFAULTS = CooccurOptions.defaults();

  @Option(names = "--window", paramLabel = "sentence|passage")
  Cooccurrence.Unit window = DEFAULTS.unit();

  @Option(names = "--top", paramLabel = "N")
  int top = DEFAULTS.top();

  @Option(names = "--vocabulary", paramLabel = "N")
  int vocabulary = DEFAULTS.vocabulary();

  @Option(names = "--min-count", paramLabel = "N")
  int minCount = DEFAULTS.minCount();

  @Override
  public Integer call() {
    CooccurOptions o = new CooccurOptions(window, vocabulary, minCount, top);
    return print(open().cooccur(o));
  }
}
