package qushi.reports.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the commands that rank terms: how many rows to print (--top, at least one: refused
 * before any work is done) and the least count of a ranked term (--min-count). The command gives
 * their defaults; their help texts are the command's (keys {@code qushi.COMMAND.top}, {@code
 * qushi.COMMAND.min-count}).
 */
final class Limits {
  @Option(names = "--top", paramLabel = "N", converter = Positive.class)
  int top;

  @Option(names = "--min-count", paramLabel = "N")
  int minCount;

  Limits(int top, int minCount) {
    this.top = top;
    this.minCount = minCount;
  }

  /** Reads a whole number of at least one. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number");
      }
      if (n < 1) throw new TypeConversionException("must be ≥ 1, was " + n);
      return n;
    }
  }
}
