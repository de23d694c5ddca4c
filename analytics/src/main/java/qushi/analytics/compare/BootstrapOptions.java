package qushi.analytics.compare;

/**
 * Settings of {@link Bootstrap}; use {@link #defaults()} and the {@code withX} copies.
 *
 * @param resamples the number of bootstrap resamples B, ≥ 10 (default 1000)
 * @param level the confidence level of the percentile interval, in (0, 1) (default 0.95)
 * @param seed the seed of the one {@link java.util.SplittableRandom} that draws all resamples
 *     (default 42)
 */
public record BootstrapOptions(int resamples, double level, long seed) {
  /** Checks the settings. */
  public BootstrapOptions {
    if (resamples < 10) {
      throw new IllegalArgumentException("resamples must be ≥ 10, was " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
  }

  /** Returns the defaults: 1000 resamples, level 0.95, seed 42. */
  public static BootstrapOptions defaults() {
    return new BootstrapOptions(1000, 0.95, 42);
  }

  /** Returns a copy with another number of resamples (≥ 10). */
  public BootstrapOptions withResamples(int resamples) {
    return new BootstrapOptions(resamples, level, seed);
  }

  /** Returns a copy with another confidence level, in (0, 1). */
  public BootstrapOptions withLevel(double level) {
    return new BootstrapOptions(resamples, level, seed);
  }

  /** Returns a copy with another seed. */
  public BootstrapOptions withSeed(long seed) {
    return new BootstrapOptions(resamples, level, seed);
  }
}
