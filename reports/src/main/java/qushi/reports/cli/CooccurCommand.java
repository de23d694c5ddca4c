package qushi.reports.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qushi.analytics.Tables;
import qushi.analytics.context.Cooccurrence;

/** {@code qushi cooccur}: term pairs that occur together. */
@Command(name = "cooccur", mixinStandardHelpOptions = true,
    description = {
      "Print term pairs with the number of units (sentences or passages) containing both, PMI, NPMI and Dice.",
      "PMI = ln(n(ab)*U/(n(a)*n(b))); NPMI = PMI / -ln(n(ab)/U); Dice = 2*n(ab)/(n(a)+n(b)); U = number of units."
    })
final class CooccurCommand implements Callable<Integer> {
  @Option(names = "--window", paramLabel = "sentence|passage", description = "Co-occurrence unit (default: ${DEFAULT-VALUE}).")
  String window = "sentence";

  @Option(names = "--top", paramLabel = "N", description = "Pairs to print (default: ${DEFAULT-VALUE}).")
  int top = 50;

  @Option(names = "--vocabulary", paramLabel = "N", description = "Pair only the N most frequent terms (default: ${DEFAULT-VALUE}).")
  int vocabulary = 200;

  @Option(names = "--min-count", paramLabel = "N", description = "Fewest units with both terms (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Cooccurrence.Unit unit = Enums.parse(Cooccurrence.Unit.class, "--window", window);
    output.print(Tables.of("cooccur", Cooccurrence.Pair.class,
        Cooccurrence.of(corpus.analyse(), unit, vocabulary, minCount, top)), spec.commandLine().getOut());
    return 0;
  }
}
