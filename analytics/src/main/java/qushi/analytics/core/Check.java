package qushi.analytics.core;

/**
 * Checks of settings that throw {@link BadInputException#option} naming the parameter and the
 * value, so every option record words its errors alike ("topics must be ≥ 2, was 0"); and the null
 * checks of a record's components in one statement ({@link #notNull}).
 */
public final class Check {
  private Check() {}

  /** Returns {@code value} if it is at least {@code min}. */
  public static int atLeast(String name, int value, int min) {
    if (value < min) throw BadInputException.option(name, "must be ≥ " + min + ", was " + value);
    return value;
  }

  /** Returns {@code value} if it is at most {@code max}. */
  public static int atMost(String name, int value, int max) {
    if (value > max) throw BadInputException.option(name, "must be ≤ " + max + ", was " + value);
    return value;
  }

  /** Returns {@code value} if it is finite and greater than 0. */
  public static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw BadInputException.option(name, "must be > 0, was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it lies in [lo, hi]. */
  public static double closed(String name, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw BadInputException.option(name, "must be in [" + lo + ", " + hi + "], was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it lies in (lo, hi). */
  public static double open(String name, double value, double lo, double hi) {
    if (!(value > lo && value < hi)) {
      throw BadInputException.option(name, "must be in (" + lo + ", " + hi + "), was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it lies in (lo, hi]. */
  public static double leftOpen(String name, double value, double lo, double hi) {
    if (!(value > lo && value <= hi)) {
      throw BadInputException.option(name, "must be in (" + lo + ", " + hi + "], was " + value);
    }
    return value;
  }

  /**
   * Throws a {@link NullPointerException} whose message is the name of the first null value, the
   * arguments given as name, value pairs: {@code notNull("id", id, "file", file)} checks what
   * {@code Objects.requireNonNull(id, "id")} and {@code Objects.requireNonNull(file, "file")} do.
   */
  public static void notNull(Object... namesAndValues) {
    for (int i = 1; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i] == null) throw new NullPointerException((String) namesAndValues[i - 1]);
    }
  }

  /** Throws {@code BadInputException.option(name, problem)} unless {@code ok}. */
  public static void that(boolean ok, String name, String problem) {
    if (!ok) throw BadInputException.option(name, problem);
  }
}
