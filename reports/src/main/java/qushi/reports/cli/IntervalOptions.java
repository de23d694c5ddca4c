package qushi.reports.cli;

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

  @Option(
      names = "--resamples",
      paramLabel = "B",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples = BootstrapOptions.defaults().resamples();

  BootstrapOptions options() {
    return BootstrapOptions.defaults().withResamples(resamples);
  }
}
