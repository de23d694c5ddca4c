package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;

/** {@code qushi cooccur}: term pairs that share sentences or passages. */
@Command(name = "cooccur", mixinStandardHelpOptions = true)
final class CooccurCommand extends TableCommand {
  private static final CooccurOptions DEFAULTS = CooccurOptions.defaults();

  @Option(names = "--window", paramLabel = "sentence|passage")
  Cooccurrence.Unit window = DEFAULTS.unit();

  @Option(names = "--vocabulary", paramLabel = "N")
  int vocabulary = DEFAULTS.vocabulary();

  @Mixin Limits limits = new Limits(DEFAULTS.top(), DEFAULTS.minCount());

  @Override
  public Integer call() {
    CooccurOptions o = new CooccurOptions(window, vocabulary, limits.minCount, limits.top);
    return print(open().cooccur(o));
  }
}
