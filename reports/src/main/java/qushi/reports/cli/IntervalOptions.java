package qushi.reports.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.analytics.compare.BootstrapOptions;

/** The bootstrap-interval options of the commands that print rates. */
final class IntervalOptions {
  @Option(
      names = "--ci",
      description =
          "Add bootstrap 95%% intervals of the per-year rates (passages of each year "
              + "resampled with replacement, --seed).")
  boolean ci;

  @Mixin ResamplesOption resamples;

  BootstrapOptions options() {
    return BootstrapOptions.defaults().withResamples(resamples.resamples);
  }
}
