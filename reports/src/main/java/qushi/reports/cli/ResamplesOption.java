package qushi.reports.cli;

import picocli.CommandLine.Option;
import qushi.analytics.compare.BootstrapOptions;

/** The number of bootstrap resamples, for the commands that draw them. */
final class ResamplesOption {
  @Option(names = "--resamples", paramLabel = "B")
  int resamples = BootstrapOptions.defaults().resamples();
}
