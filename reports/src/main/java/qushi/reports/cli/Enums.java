package qushi.reports.cli;

import java.util.Arrays;
import java.util.Locale;
import qushi.analytics.BadInputException;

/** Parses lower-case option values into enum constants. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + " must be one of "
          + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", was '" + value + "'");
    }
  }
}
