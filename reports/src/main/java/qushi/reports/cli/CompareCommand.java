package qushi.reports.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.CorpusCounts;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Tabular;

/** {@code qushi compare}: keyness between years, the multi-period view, trend classes. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compare term frequencies between years. Modes: --target Y [--reference Y|rest] (keyness"
          + " table), --all (every year vs the rest and every consecutive pair, side by side),"
          + " --trend (trend classes).",
      "",
      "log_ratio = log2((a/Nt)/(b/Nr)), a zero count replaced by 0.5 (Hardie 2014).",
      "g2 = 2*sum(O*ln(O/E)) over the 2x2 table term/other x target/reference, divided by Williams'"
          + " q = 1 + (N/(a+b) + N/(c+d) - 1)(N/Nt + N/Nr - 1)/(6N), then by the term's"
          + " overdispersion phi = max(1, Pearson X2 over passages/(P-2)) (quasi-likelihood); p ="
          + " the larger of the p from F(1, P-2) and the p of Fisher's exact test on the number of"
          + " passages containing the term (chi-square with 1 df alone when --token-level). p_adj ="
          + " Benjamini-Hochberg over the tested terms (count >= --min-count).",
      "z = weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008):"
          + " prior alpha_w = alpha0*(a+b)/(Nt+Nr), alpha0 = min(1000, Nt, Nr) unless --alpha0.",
      "Order: terms with p_adj < --level by |z| descending, then the rest by |z|; ties by term.",
      "Trend: last year vs all earlier years pooled. EMERGING = absent earlier, >= --min-count in"
          + " the last year, significant; VANISHED = the converse; RISING/FALLING = significant and"
          + " |log_ratio| >= --min-log-ratio; else STABLE.",
      ""
    })
final class CompareCommand extends TableCommand {
  private static final KeynessOptions DEFAULTS = KeynessOptions.defaults();

  /** Exactly one mode. */
  static final class Mode {
    @Option(names = "--target", paramLabel = "YEAR", description = "Target year.")
    Integer target;

    @Option(
        names = "--all",
        description = "Every year vs the rest and every pair of consecutive years.")
    boolean all;

    @Option(
        names = "--trend",
        description = "Class each term as EMERGING, VANISHED, RISING, FALLING or STABLE.")
    boolean trend;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  @Option(
      names = "--reference",
      paramLabel = "YEAR|rest",
      description = "Reference year or 'rest' (default: ${DEFAULT-VALUE}).")
  String reference = "rest";

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Rows to print (default: ${DEFAULT-VALUE}).")
  int top = 50;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description = "Fewest pooled occurrences to test a term (default: ${DEFAULT-VALUE}).")
  int minCount = DEFAULTS.minCount();

  @Option(
      names = "--level",
      paramLabel = "P",
      description = "Significance level for adjusted p (default: ${DEFAULT-VALUE}).")
  double level = DEFAULTS.level();

  @Option(
      names = "--min-log-ratio",
      paramLabel = "X",
      description = "Least |log2 ratio| for RISING/FALLING (default: ${DEFAULT-VALUE}).")
  double minLogRatio = TrendOptions.defaults().minLogRatio();

  @Option(
      names = "--alpha0",
      paramLabel = "X",
      description = "Total prior count of the log-odds z (default: automatic).")
  double alpha0 = KeynessOptions.AUTO_ALPHA0;

  @Option(names = "--no-williams", description = "Do not apply Williams' correction to G2.")
  boolean noWilliams;

  @Option(
      names = "--token-level",
      description = "Treat tokens as independent (no overdispersion correction; liberal).")
  boolean tokenLevel;

  @Mixin IntervalOptions intervals;

  @Override
  public Integer call() {
    KeynessOptions ko =
        new KeynessOptions(
            !noWilliams, minCount, alpha0, DEFAULTS.zeroCorrection(), level, !tokenLevel);
    Integer ref = reference.equalsIgnoreCase("rest") ? null : parseYear(reference);
    if (intervals.ci && mode.target != null) {
      // the intervals resample passages: they need the prepared corpus
      return print(open().compare(mode.target, ref, ko, intervals.options(), top));
    }
    try (CorpusCounts c = counts()) {
      Tabular result;
      if (mode.all) {
        result = c.compareAll(ko, top);
      } else if (mode.trend) {
        TrendTable trends = c.trends(new TrendOptions(ko, minLogRatio));
        result = () -> trends.table().first(top);
      } else {
        result = c.compare(mode.target, ref, ko).first(top);
      }
      return print(result);
    }
  }

  private static int parseYear(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw BadInputException.option("reference", "must be a year or 'rest', was '" + s + "'");
    }
  }
}
