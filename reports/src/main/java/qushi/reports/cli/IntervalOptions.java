package qushi.reports.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.analytics.compare.BootstrapOptions;

/** The bootstrap-interval options of the commands that print rates. */
final class IntervalOptions {
  @Option(names = "--ci")
  boolean ci;

  @Mixin ResamplesOption resamples;

  BootstrapOptions options() {
    return BootstrapOptions.defaults().withResamples(resamples.resamples);
  }
}
