package qushi.analytics.compare;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Check;

/**
 * Settings of {@link Bootstrap}; use {@link #defaults()} and the generated {@code withX} copies.
 * The random draws come from the run's {@link qushi.analytics.core.RandomSource}, not from here.
 *
 * @param resamples the number of bootstrap resamples B, ≥ 10 (default 1000)
 * @param level the confidence level of the percentile interval, in (0, 1) (default 0.95)
 */
@RecordBuilder
public record BootstrapOptions(int resamples, double level)
    implements BootstrapOptionsBuilder.With {
  /** Checks the settings. */
  public BootstrapOptions {
    Check.atLeast("resamples", resamples, 10);
    Check.open("level", level, 0, 1);
  }

  /** Returns the defaults: 1000 resamples, level 0.95. */
  public static BootstrapOptions defaults() {
    return new BootstrapOptions(1000, 0.95);
  }
}
