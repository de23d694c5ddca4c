package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qushi discover}: candidate domain terms the lexicon lacks. */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    description = {
      "Propose terms found in the corpus that the lexicon and HanLP's core dictionary lack.",
      "score = ln(frequency) * min(left, right boundary entropy) * ln(1 + aggregation). Candidates"
          + " the segmenter now breaks into pieces with a single character (broken=true) come"
          + " first; 'segmented' shows the pieces. Add the ones you accept to a file and pass it"
          + " with --lexicon."
    })
final class DiscoverCommand extends TableCommand {
  @Option(
      names = "--top",
      paramLabel = "N",
      description = "How many candidates (default: ${DEFAULT-VALUE}).")
  int top = 50;

  @Option(
      names = "--max-length",
      paramLabel = "N",
      description = "Longest candidate in characters (default: ${DEFAULT-VALUE}).")
  int maxLength = 6;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description = "Fewest occurrences (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Override
  public Integer call() {
    return print(open().discover(maxLength, minCount, top));
  }
}
