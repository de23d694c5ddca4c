package qushi.reports.cli;

import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.CorpusCounts;
import qushi.Qushi;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.TrendClass;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Tabular;

/** {@code qushi compare}: keyness between periods, the multi-period views, trend shapes. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compare term frequencies between periods. Modes: --target P [--reference P|rest] (keyness"
          + " table; with --strata COLUMN within the manifest column's values), --periods P,P,..."
          + " (consecutive periods side by side), --all (every year vs the rest and every"
          + " consecutive pair), --trend (trend shape of every term over the years).",
      "A period P is a year (2021), a range (2013..2017), a comma list (2013..2015,2018) or rest;"
          + " its per10k = occurrences in its years / its tokens. A year missing from the corpus is"
          + " a gap, never a zero.",
      "",
      "log_ratio = log2((a'/Nt)/(b'/Nr)), a' = a + 2c*Nt/N, b' = b + 2c*Nr/N, c = 0.5:"
          + " pseudo-counts in proportion to the sizes, so its sign is always that of target per10k"
          + " - reference per10k; log_ratio_lower/upper = 95% Wald interval,"
          + " +-1.96*sqrt(phi*(1/a'+1/b'))/ln2.",
      "g2 = 2*sum(O*ln(O/E)) over the 2x2 table term/other x target/reference, divided by Williams'"
          + " q and by the term's overdispersion phi = max(1, Pearson X2 over passages/(P-2))."
          + " p = the larger of the quasi-likelihood p from F(1, P-2) and a permutation test over"
          + " passages (exact when <= 60 passages contain the term, else a Pearson type III"
          + " approximation from the exact permutation moments).",
      "p_adj = discrete Benjamini-Hochberg step-down (Doehler, Durand & Roquain 2018) over the"
          + " exact tests' null distributions: a term too rare to ever be significant does not"
          + " dilute the correction (chi-square and BH alone with --token-level).",
      "z = weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),"
          + " the prior split in proportion to the sizes: alpha0 = min(1000, Nt, Nr) unless"
          + " --alpha0. top_doc, top_doc_share = the document with most of the term's occurrences:"
          + " a share >= 0.8 means one document made the difference.",
      "--strata COLUMN: Mantel-Haenszel rate ratio within the column's values (sources, events);"
          + " values with text on one side only are dropped and named on stderr; crude_log_ratio"
          + " ignores the strata.",
      "--trend: quasi-Poisson regression of passage counts on time (linear + quadratic, log-token"
          + " offset, dispersion from the spread within years), guarded by permutation tests,"
          + " plus a scan for single-year bursts; shapes EMERGING, RISING, PEAKED, DIPPED,"
          + " FALLING, FADING, VANISHED, STABLE, SPARSE with onset, peak and last years (see"
          + " TrendClassifier), and each term's top document. --years restricts the span.",
      "--terms: only these terms or phrases, each counted by a search of the cleaned text (for"
          + " multiword expressions the segmenter splits).",
      "Order: terms with p_adj < --level by |z| descending, then the rest; ties by term.",
      ""
    })
final class CompareCommand extends TableCommand {
  private static final KeynessOptions DEFAULTS = KeynessOptions.defaults();

  /** Exactly one mode. */
  static final class Mode {
    @Option(
        names = "--target",
        paramLabel = "PERIOD",
        description = "Target period: a year, FROM..TO or a comma list.")
    String target;

    @Option(
        names = "--periods",
        paramLabel = "P,P,...",
        description = "Consecutive periods, e.g. 2013..2017,2018..2025.")
    String periods;

    @Option(
        names = "--all",
        description = "Every year vs the rest and every pair of consecutive years.")
    boolean all;

    @Option(names = "--trend", description = "The trend shape of every term over the years.")
    boolean trend;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  @Option(
      names = "--reference",
      paramLabel = "PERIOD|rest",
      description = "Reference period or 'rest' (default: ${DEFAULT-VALUE}).")
  String reference = "rest";

  @Option(
      names = "--strata",
      paramLabel = "COLUMN",
      description = "Compare within the values of this manifest column (e.g. source).")
  String strata;

  @Option(
      names = "--years",
      paramLabel = "PERIOD",
      description = "Years of the trend (default: all).")
  String years;

  @Option(
      names = "--terms",
      paramLabel = "T,T,...",
      split = ",",
      description = "Only these terms or phrases (text search).")
  List<String> terms;

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
      description =
          "Least |log2| change of the fitted rate for RISING/FALLING/PEAKED/DIPPED (default:"
              + " ${DEFAULT-VALUE}).")
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
      description = "Treat tokens as independent (no passage-level test; liberal).")
  boolean tokenLevel;

  @Mixin IntervalOptions intervals;

  @Override
  public Integer call() {
    KeynessOptions ko =
        new KeynessOptions(
            !noWilliams, minCount, alpha0, DEFAULTS.zeroCorrection(), level, !tokenLevel);
    if (terms != null || intervals.ci) {
      // a text search per term, or intervals that resample passages: the prepared corpus
      return print(textQuestions(open(), ko));
    }
    return printFromCounts(c -> countsQuestions(c, ko));
  }

  /** Answers the questions the counts alone answer. */
  private Tabular countsQuestions(CorpusCounts c, KeynessOptions ko) {
    if (mode.all) return c.compareAll(ko, top);
    if (mode.trend) return trend(c.trends(trendYears(), trendOptions(ko)));
    if (mode.periods != null) {
      return c.comparePeriods(Period.parseList("periods", mode.periods), ko, top);
    }
    Period target = Period.parse("target", mode.target);
    Period ref = Period.parse("reference", reference);
    return strata != null
        ? stratified(c.compareByStratum(strata, target, ref, ko))
        : keyness(c.compare(target, ref, ko));
  }

  /** Answers --terms and --ci, which read the text. */
  private Tabular textQuestions(Qushi q, KeynessOptions ko) {
    if (mode.all || mode.periods != null) {
      throw BadInputException.option(
          intervals.ci ? "ci" : "terms", "works with --target or --trend, not --all or --periods");
    }
    if (mode.trend) {
      if (intervals.ci) throw BadInputException.option("ci", "works with --target, not --trend");
      return trend(q.trends(terms, trendYears(), trendOptions(ko)));
    }
    Period target = Period.parse("target", mode.target);
    Period ref = Period.parse("reference", reference);
    if (intervals.ci) {
      return q.compare(singleYear(target, "target"), yearOrRest(ref), ko, intervals.options(), top);
    }
    return strata != null
        ? stratified(q.compareByStratum(terms, strata, target, ref, ko))
        : keyness(q.compare(terms, target, ref, ko));
  }

  /** Returns the years of --years, or null for all. */
  private Period trendYears() {
    return years == null ? null : Period.parse("years", years);
  }

  private TrendOptions trendOptions(KeynessOptions ko) {
    return TrendOptions.defaults().withKeyness(ko).withMinLogRatio(minLogRatio);
  }

  private Tabular trend(TrendTable t) {
    note(
        "trend over "
            + t.years()[0]
            + ".."
            + t.years()[t.years().length - 1]
            + (t.gaps().length == 0 ? "" : " (missing years, left out: " + t.gapsText() + ")")
            + ": "
            + t.counts()
            + "; "
            + t.rows().stream()
                .filter(r -> r.trend() != TrendClass.STABLE && r.trend() != TrendClass.SPARSE)
                .filter(r -> r.concentrated())
                .count()
            + " of the changed terms mostly (>= 80%) from one document");
    return () -> t.table().first(top);
  }

  private Tabular stratified(StratifiedTable s) {
    note(
        s.target()
            + " vs "
            + s.reference()
            + " within "
            + strata
            + ": strata used "
            + s.used()
            + (s.dropped().isEmpty() ? "" : ", dropped (one side only) " + s.dropped()));
    return s.first(top);
  }

  private Tabular keyness(KeynessTable k) {
    note(
        k.target()
            + " ("
            + k.targetTokens()
            + " tokens) vs "
            + k.reference()
            + " ("
            + k.referenceTokens()
            + " tokens): "
            + k.significant().size()
            + " of "
            + k.size()
            + " terms significant, "
            + k.significant().stream().filter(r -> r.concentrated()).count()
            + " of them mostly (>= 80%) from one document");
    return k.first(top);
  }

  private void note(String line) {
    spec.commandLine().getErr().println(line);
  }

  private static int singleYear(Period p, String option) {
    if (p.rest() || p.years().length != 1) {
      throw BadInputException.option(option, "must be a single year with --ci, was " + p);
    }
    return p.years()[0];
  }

  private static Integer yearOrRest(Period p) {
    return p.rest() ? null : singleYear(p, "reference");
  }
}
