package qushi.analytics.core;

/**
 * Checks of settings that throw {@link BadInputException#option} naming the parameter and the
 * value, so every option record words its errors alike ("topics must be ≥ 2, was 0").
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

  /** Throws {@code BadInputException.option(name, problem)} unless {@code ok}. */
  public static void that(boolean ok, String name, String problem) {
    if (!ok) throw BadInputException.option(name, problem);
  }
}
