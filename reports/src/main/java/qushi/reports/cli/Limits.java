package qushi.reports.cli;

import picocli.CommandLine.Option;

/**
 * The options of the commands that rank terms: how many rows to print (--top) and the least count
 * of a ranked term (--min-count). The command gives their defaults; their help texts are the
 * command's (keys {@code qushi.COMMAND.top}, {@code qushi.COMMAND.min-count}).
 */
final class Limits {
  @Option(names = "--top", paramLabel = "N")
  int top;

  @Option(names = "--min-count", paramLabel = "N")
  int minCount;

  Limits(int top, int minCount) {
    this.top = top;
    this.minCount = minCount;
  }
}
