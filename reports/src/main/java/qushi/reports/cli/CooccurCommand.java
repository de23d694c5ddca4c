package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;

/** {@code qushi cooccur}: term pairs that share sentences or passages. */
@Command(
    name = "cooccur",
    mixinStandardHelpOptions = true,
    description = {
      "Print term pairs with the number of units (sentences or passages) containing both, PMI, NPMI"
          + " and Dice.",
      "PMI = ln(n(ab)*U/(n(a)*n(b))); NPMI = PMI / -ln(n(ab)/U); Dice = 2*n(ab)/(n(a)+n(b)); U ="
          + " number of units."
    })
final class CooccurCommand extends TableCommand {
  private static final CooccurOptions DEFAULTS = CooccurOptions.defaults();

  @Option(
      names = "--window",
      paramLabel = "sentence|passage",
      description = "Co-occurrence unit (default: sentence).")
  Cooccurrence.Unit window = DEFAULTS.unit();

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Pairs to print (default: ${DEFAULT-VALUE}).")
  int top = DEFAULTS.top();

  @Option(
      names = "--vocabulary",
      paramLabel = "N",
      description = "Pair only the N most frequent terms (default: ${DEFAULT-VALUE}).")
  int vocabulary = DEFAULTS.vocabulary();

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description = "Fewest units with both terms (default: ${DEFAULT-VALUE}).")
  int minCount = DEFAULTS.minCount();

  @Override
  public Integer call() {
    CooccurOptions o = new CooccurOptions(window, vocabulary, minCount, top);
    return print(open().cooccur(o));
  }
}
