package qushi.reports.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qushi.analytics.Analysis;
import qushi.analytics.BadInputException;
import qushi.analytics.Comparisons;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.RateInterval;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code qushi compare}: keyness between years, the multi-period view, trend classes. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Compare term frequencies between years. Modes: --target Y [--reference Y|rest] (keyness table), "
          + "--all (every year vs the rest and every consecutive pair, side by side), --trend (trend classes).",
      "",
      "log_ratio = log2((a/Nt)/(b/Nr)), a zero count replaced by 0.5 (Hardie 2014).",
      "g2 = 2*sum(O*ln(O/E)) over the 2x2 table term/other x target/reference, divided by Williams' q = 1 + "
          + "(N/(a+b) + N/(c+d) - 1)(N/Nt + N/Nr - 1)/(6N), then by the term's overdispersion phi = max(1, "
          + "Pearson X2 over passages/(P-2)) (quasi-likelihood); p = the larger of the p from F(1, P-2) and the p "
          + "of Fisher's exact test on the number of passages containing the term (chi-square with 1 df alone "
          + "when --token-level). p_adj = Benjamini-Hochberg over the tested terms (count >= --min-count).",
      "z = weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): prior "
          + "alpha_w = alpha0*(a+b)/(Nt+Nr), alpha0 = min(1000, Nt, Nr) unless --alpha0.",
      "Order: terms with p_adj < --level by |z| descending, then the rest by |z|; ties by term.",
      "Trend: last year vs all earlier years pooled. EMERGING = absent earlier, >= --min-count in the last "
          + "year, significant; VANISHED = the converse; RISING/FALLING = significant and |log_ratio| >= "
          + "--min-log-ratio; else STABLE.",
      ""
    })
final class CompareCommand implements Callable<Integer> {
  @Option(names = "--target", paramLabel = "YEAR", description = "Target year.")
  Integer target;

  @Option(names = "--reference", paramLabel = "YEAR|rest", description = "Reference year or 'rest' (default: ${DEFAULT-VALUE}).")
  String reference = "rest";

  @Option(names = "--all", description = "Every year vs the rest and every pair of consecutive years.")
  boolean all;

  @Option(names = "--trend", description = "Class each term as EMERGING, VANISHED, RISING, FALLING or STABLE.")
  boolean trend;

  @Option(names = "--top", paramLabel = "N", description = "Rows to print (default: ${DEFAULT-VALUE}).")
  int top = 50;

  @Option(names = "--min-count", paramLabel = "N", description = "Fewest pooled occurrences to test a term (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Option(names = "--level", paramLabel = "P", description = "Significance level for adjusted p (default: ${DEFAULT-VALUE}).")
  double level = 0.05;

  @Option(names = "--min-log-ratio", paramLabel = "X", description = "Least |log2 ratio| for RISING/FALLING (default: ${DEFAULT-VALUE}).")
  double minLogRatio = 1.0;

  @Option(names = "--alpha0", paramLabel = "X", description = "Total prior count of the log-odds z (default: automatic).")
  double alpha0 = KeynessOptions.AUTO_ALPHA0;

  @Option(names = "--no-williams", description = "Do not apply Williams' correction to G2.")
  boolean noWilliams;

  @Option(names = "--token-level", description = "Treat tokens as independent (no overdispersion correction; liberal).")
  boolean tokenLevel;

  @Mixin IntervalOptions intervals;

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int modes = (target != null ? 1 : 0) + (all ? 1 : 0) + (trend ? 1 : 0);
    if (modes != 1) throw new ParameterException(spec.commandLine(), "give exactly one of --target YEAR, --all, --trend");
    KeynessOptions ko = new KeynessOptions(!noWilliams, minCount, alpha0, 0.5, level, !tokenLevel);
    Analysis a = corpus.analyse();
    Comparisons c = new Comparisons(a);
    Table table;
    if (all) {
      table = c.all(ko, top);
    } else if (trend) {
      TrendTable t = c.trend(new TrendOptions(ko, minLogRatio));
      table = t.table().first(top);
    } else {
      Integer ref = reference.equalsIgnoreCase("rest") ? null : parseYear(reference);
      KeynessTable k = c.compare(target, ref, ko).first(top);
      table = k.table();
      if (intervals.ci) addIntervals(table, c, a, ref);
    }
    output.print(table, spec.commandLine().getOut());
    return 0;
  }

  private void addIntervals(Table table, Comparisons c, Analysis a, Integer ref) {
    BootstrapOptions bo = intervals.options(corpus.seed);
    List<RateInterval> t = c.intervals(target, bo);
    DoubleColumn tl = DoubleColumn.create("target_lower");
    DoubleColumn tu = DoubleColumn.create("target_upper");
    DoubleColumn rl = DoubleColumn.create("reference_lower");
    DoubleColumn ru = DoubleColumn.create("reference_upper");
    List<RateInterval> r = ref == null ? null : c.intervals(ref, bo);
    StringColumn terms = table.stringColumn(KeynessTable.TERM);
    for (String term : terms) {
      int id = a.vocabulary().id(term);
      tl.append(t.get(id).lower());
      tu.append(t.get(id).upper());
      if (r != null) {
        rl.append(r.get(id).lower());
        ru.append(r.get(id).upper());
      }
    }
    table.insertColumn(table.columnIndex(KeynessTable.TARGET_PER10K) + 1, tl);
    table.insertColumn(table.columnIndex(KeynessTable.TARGET_PER10K) + 2, tu);
    if (r != null) {
      table.insertColumn(table.columnIndex(KeynessTable.REFERENCE_PER10K) + 1, rl);
      table.insertColumn(table.columnIndex(KeynessTable.REFERENCE_PER10K) + 2, ru);
    }
  }

  private static int parseYear(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new BadInputException("--reference must be a year or 'rest', was '" + s + "'");
    }
  }
}
