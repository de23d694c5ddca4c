package qushi.reports.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.CorpusCounts;
import qushi.CorpusNotes;
import qushi.Qushi;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessRow;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.PeriodTable;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.StratifiedTrendRow;
import qushi.analytics.compare.StratifiedTrendTable;
import qushi.analytics.compare.TrendClass;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Tabular;

/** {@code qushi compare}: keyness between periods, the multi-period views, trend shapes. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false)
final class CompareCommand extends TableCommand {
  private static final KeynessOptions DEFAULTS = KeynessOptions.defaults();

  /** Exactly one mode. */
  static final class Mode {
    @Option(names = "--target", paramLabel = "PERIOD")
    String target;

    @Option(names = "--periods", paramLabel = "P,P,...")
    String periods;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--trend")
    boolean trend;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  @Option(names = "--reference", paramLabel = "PERIOD|rest")
  String reference = "rest";

  @Option(names = "--strata", paramLabel = "COLUMN")
  String strata;

  @Option(names = "--years", paramLabel = "PERIOD")
  String years;

  @Option(names = "--terms", paramLabel = "T,T,...", split = ",")
  List<String> terms;

  @Mixin Limits limits = new Limits(50, DEFAULTS.minCount());

  @Option(names = "--level", paramLabel = "P")
  double level = DEFAULTS.level();

  @Option(names = "--min-log-ratio", paramLabel = "X")
  double minLogRatio = TrendOptions.defaults().minLogRatio();

  @Option(names = "--shape", paramLabel = "SHAPE,...", split = ",")
  Set<TrendClass> shapes;

  @Option(names = "--alpha0", paramLabel = "X")
  double alpha0 = KeynessOptions.AUTO_ALPHA0;

  @Option(names = "--no-williams")
  boolean noWilliams;

  @Option(names = "--token-level")
  boolean tokenLevel;

  @Mixin IntervalOptions intervals;

  /** The periods of --periods, --target and --reference, as read: null where not given. */
  private List<Period> periods;

  private Period target;
  private Period ref;

  @Override
  public Integer call() {
    onlyWith("--reference", "--target");
    onlyWith("--strata", "--target", "--trend");
    onlyWith("--years", "--trend");
    onlyWith("--min-log-ratio", "--trend");
    onlyWith("--shape", "--trend");
    if (strata != null && intervals.ci) {
      throw BadInputException.option("strata", "does not work with --ci");
    }
    if (strata != null) {
      // within strata the tests are over the test units, with no G², no prior of the log ratio and
      // no test of tokens; a trend there is one slope, with no shape to pick or to size
      List<String> unused = new ArrayList<>(List.of("--alpha0", "--no-williams", "--token-level"));
      if (mode.trend) unused.addAll(List.of("--shape", "--min-log-ratio"));
      for (String o : unused) {
        if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
          throw new BadInputException(
              o + " does not work with " + (mode.trend ? "--trend --strata" : "--strata"));
        }
      }
    }
    corpus.requireColumn("strata", strata);
    KeynessOptions ko =
        new KeynessOptions(
            !noWilliams, limits.minCount, alpha0, DEFAULTS.zeroCorrection(), level, !tokenLevel);
    // the periods are read once, before the corpus is prepared: a malformed or backward one costs
    // no preparation
    periods = mode.periods == null ? null : Period.parseList("periods", mode.periods);
    target = mode.target == null ? null : Period.parse("target", mode.target);
    ref = mode.target == null ? null : Period.parse("reference", reference);
    if (terms != null || intervals.ci) {
      // a text search per term, or intervals that resample passages: the prepared corpus
      return print(textQuestions(open(), ko));
    }
    return printFromCounts(c -> countsQuestions(c, ko));
  }

  @Override
  boolean showsShapes() {
    // within strata a trend has no shape, and the strata are what the notes on the mix point to
    return mode.trend && strata == null;
  }

  /** Rejects {@code option} when the mode is none of {@code modes}: it would be ignored. */
  private void onlyWith(String option, String... modes) {
    if (!spec.commandLine().getParseResult().hasMatchedOption(option)) return;
    String used =
        this.mode.target != null
            ? "--target"
            : this.mode.periods != null ? "--periods" : this.mode.all ? "--all" : "--trend";
    if (!List.of(modes).contains(used)) {
      throw new BadInputException(
          option + " works with " + String.join(" or ", modes) + ", not " + used);
    }
  }

  /**
   * Returns whether the question compares all the corpus's years among themselves: a trend over all
   * of them, every year against the rest, or a target against the rest (a target and a reference
   * name their years: one without words is a mistake of the option; the rest of a corpus of one
   * year is no year, and no mistake).
   */
  private boolean comparesYears() {
    return (mode.trend && years == null) || mode.all || (ref != null && ref.rest());
  }

  /**
   * Returns no rows, with a note, when the question compares the years and the corpus has words in
   * one year (or none): there is no other year to compare with, and an odd corpus is no mistake of
   * the command line. Returns null when there is something to compare.
   */
  private Tabular nothingToCompare(CorpusCounts c) {
    if (!comparesYears()) return null;
    int[] worded =
        c.stats().list().stream().filter(y -> y.tokens() > 0).mapToInt(y -> y.year()).toArray();
    if (worded.length >= 2) return null;
    // a target that names a year the corpus lacks, or years without words, is a mistake, and the
    // comparison says so
    if (target != null
        && java.util.stream.IntStream.of(target.resolve(c.years(), null, "target"))
            .noneMatch(y -> worded.length == 1 && worded[0] == y)) {
      return null;
    }
    note(
        "qushi: note: "
            + (worded.length == 0 ? "no year" : "only " + worded[0])
            + " of the corpus has word tokens (a letter or digit): there is no other year to"
            + " compare with, so there are no rows");
    return Tabular.of(tech.tablesaw.api.Table.create("compare"));
  }

  /**
   * Notes each manifest column whose mix changes over the years ({@link CorpusNotes#mixes}) when
   * periods are compared without strata: a change between them can be a change of sources, as a
   * trend's can (the notes of the trend's shapes hold it already). A corpus counted by an engine's
   * workers has no documents here to weigh, and gets none.
   */
  private void mixNotes(CorpusCounts c) {
    if (mode.trend || strata != null || !(c instanceof Qushi q)) return;
    for (String n : CorpusNotes.mixes(q)) note("qushi: note: " + n);
  }

  /** Answers the questions the counts alone answer. */
  private Tabular countsQuestions(CorpusCounts c, KeynessOptions ko) {
    Tabular none = nothingToCompare(c);
    if (none != null) return none;
    mixNotes(c);
    units = c.documentUnits() ? "documents" : "passages";
    if (mode.all) return views(c.compareAll(ko, limits.top));
    if (mode.trend && strata != null) {
      return trendWithin(c.trendsByStratum(strata, trendYears(), ko));
    }
    if (mode.trend) return trend(c.trends(trendYears(), trendOptions(ko)));
    if (periods != null) return views(c.comparePeriods(periods, ko, limits.top));
    return strata != null
        ? stratified(c.compareByStratum(strata, target, ref, ko))
        : keyness(c, c.compare(target, ref, ko));
  }

  /** Answers --terms and --ci, which read the text. */
  private Tabular textQuestions(Qushi q, KeynessOptions ko) {
    Tabular none = nothingToCompare(q);
    if (none != null) return none;
    mixNotes(q);
    units = q.documentUnits() ? "documents" : "passages";
    if (terms != null) {
      asked = terms.stream().map(q.corpus().text()::cleanQuery).distinct().toList();
    }
    if (intervals.ci && (mode.all || mode.periods != null)) {
      throw BadInputException.option("ci", "works with --target, not --all or --periods");
    }
    if (mode.all) return views(q.compareAll(terms, ko, limits.top));
    if (periods != null) return views(q.comparePeriods(terms, periods, ko, limits.top));
    if (mode.trend) {
      if (intervals.ci) throw BadInputException.option("ci", "works with --target, not --trend");
      if (strata != null) return trendWithin(q.trendsByStratum(terms, strata, trendYears(), ko));
      return trend(q.trends(terms, trendYears(), trendOptions(ko)));
    }
    if (intervals.ci) {
      return q.compare(
          singleYear(target, "target"), yearOrRest(ref), ko, intervals.options(), limits.top);
    }
    return strata != null
        ? stratified(q.compareByStratum(terms, strata, target, ref, ko))
        : keyness(q, q.compare(terms, target, ref, ko));
  }

  /** Returns the years of --years, or null for all. */
  private Period trendYears() {
    return years == null ? null : Period.parse("years", years);
  }

  private TrendOptions trendOptions(KeynessOptions ko) {
    return TrendOptions.defaults().withKeyness(ko).withMinLogRatio(minLogRatio);
  }

  /**
   * Returns what the trend's note says of its years: their step when it is longer than a year, and
   * the years left out ("" when neither applies).
   */
  private static String yearsNote(TrendTable t) {
    List<String> parts = new ArrayList<>();
    if (t.step() > 1) parts.add("a year every " + t.step() + " years, mostly");
    if (!t.gaps().isEmpty()) {
      parts.add("years left out, missing or without word tokens: " + t.gapsText());
    }
    return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
  }

  private Tabular trend(TrendTable t) {
    note(
        "trend over "
            + t.years().getFirst()
            + ".."
            + t.years().getLast()
            + yearsNote(t)
            + ": "
            + t.counts()
            + ", tested over "
            + units
            + "; "
            + t.rows().stream().filter(r -> r.trend().changed() && r.concentrated()).count()
            + " of the changed terms mostly (>= 80%) from one document"
            + unestablished(t)
            + untested(t.rows().stream().map(TrendRow::term).toList())
            + (shapes == null && t.rows().size() > limits.top
                ? "; the rows shown are shared among the shapes (--shape lists one, --top shows"
                    + " more)"
                : ""));
    TrendTable shown = shapes == null ? t.balanced(limits.top) : t.only(shapes);
    return () -> shown.table().first(limits.top);
  }

  /**
   * Returns what the note says of STABLE ("" when no term is): a change the tests do not establish,
   * not one they rule out.
   */
  private static String unestablished(TrendTable t) {
    return t.rows().stream().anyMatch(r -> r.trend() == TrendClass.STABLE)
        ? "; STABLE is no change that the tests establish, not evidence that there was none (the"
            + " change column shows the observed change)"
        : "";
  }

  /**
   * Notes what each comparison of the view found over all the terms it tested (for --all, on one
   * line), and why there are no rows when no term was tested; returns the view.
   */
  private Tabular views(PeriodTable v) {
    List<String> found =
        v.comparisons().stream()
            .map(
                c ->
                    c.name()
                        + ": "
                        + c.tested().significant()
                        + " of "
                        + c.tested().terms()
                        + " terms significant")
            .toList();
    if (mode.all) {
      note(
          "every year vs the rest, and each year vs the one before (tested over "
              + units
              + "): "
              + String.join("; ", found));
    } else {
      for (int i = 0; i < found.size(); i++) {
        PeriodTable.Comparison c = v.comparisons().get(i);
        note(
            found.get(i)
                + " (tested over "
                + units
                + "), "
                + c.tested().concentrated()
                + " of them mostly (>= 80%) from one document");
      }
    }
    String untested = untested(v.table().stringColumn("term").asList());
    if (!untested.isEmpty()) note("qushi: note: " + untested.substring(2));
    if (v.comparisons().stream().allMatch(c -> c.tested().terms() == 0)) {
      note(
          "qushi: note: no term is seen "
              + limits.minCount
              + " times (--min-count) in the years compared, so there are no rows");
    }
    return v;
  }

  private Tabular trendWithin(StratifiedTrendTable t) {
    if (t.used().isEmpty()) {
      note(
          "qushi: note: no value of "
              + strata
              + " has text in two years or more"
              + (t.dropped().isEmpty() ? "" : " (each of " + t.dropped() + " has one)")
              + ": there is no trend within "
              + strata
              + " to take, so there are no rows");
      return t;
    }
    note(
        "trend within "
            + strata
            + ": strata used "
            + t.usedText()
            + (t.dropped().isEmpty() ? "" : ", dropped (text of one year only) " + t.dropped())
            + "; "
            + t.found()
            + " of "
            + t.tested()
            + " terms significant (tested over "
            + units
            + ")"
            + (t.against() == 0
                ? ""
                : "; "
                    + t.against()
                    + " of them change the other way in all the text (crude_change_per_year):"
                    + " the mix of "
                    + strata
                    + " changes over the years, and change_per_year is the change within it")
            + (t.alone() == 0
                ? ""
                : "; "
                    + t.alone()
                    + " of the significant terms occur in one value of "
                    + strata
                    + " only (strata = 1): their slope rests on that value's years")
            + untested(
                t.rows().stream().map(StratifiedTrendRow::term).toList(),
                "in the values of " + strata + " used"));
    return t.first(limits.top);
  }

  private Tabular stratified(StratifiedTable s) {
    long against = s.againstPooledRates();
    note(
        s.target()
            + " vs "
            + s.reference()
            + " within "
            + strata
            + ": strata used "
            + s.comparedText()
            + (s.dropped().isEmpty() ? "" : ", dropped (one side only) " + s.dropped())
            + "; "
            + s.tested().significant()
            + " of "
            + s.tested().terms()
            + " terms significant (tested over "
            + units
            + "), "
            + s.tested().concentrated()
            + " of them mostly (>= 80%) from one document"
            + (against == 0
                ? ""
                : "; in "
                    + against
                    + " of the "
                    + s.tested().terms()
                    + " terms the per10k columns, which pool the strata, point against the"
                    + " direction within the strata: the mix of "
                    + strata
                    + " differs between the periods, and log_ratio and direction are the change"
                    + " within it"));
    return s.first(limits.top);
  }

  private Tabular keyness(CorpusCounts c, KeynessTable k) {
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
            + " terms significant (tested over "
            + units
            + "), "
            + k.significant().stream().filter(r -> r.concentrated()).count()
            + " of them mostly (>= 80%) from one document"
            + untested(k.rows().stream().map(KeynessRow::term).toList()));
    if (!tokenLevel) unreachable(c, k.options().level());
    return k.first(limits.top);
  }

  /**
   * Notes when the units are too few for any term to be significant ({@link
   * qushi.analytics.compare.UnitSides#smallestP}), whatever its G² and z say.
   */
  private void unreachable(CorpusCounts c, double level) {
    var sides = c.unitSides(target, ref);
    double smallest = sides.smallestP();
    if (smallest < level) return;
    note(
        String.format(
            java.util.Locale.ROOT,
            "qushi: note: with %d against %d %s as the units, no term can reach p < %s: the"
                + " smallest p that relabelling them can give is %.2g, whatever a term's g2 and z;"
                + " compare more years on each side (--token-level treats tokens as independent,"
                + " which overstates the evidence)",
            sides.target(),
            sides.reference(),
            sides.documents() ? "documents" : "passages",
            level,
            smallest));
  }

  /** The terms of --terms, cleaned as the text is; null without --terms. */
  private List<String> asked;

  /**
   * Returns what the note says of the terms of --terms that have no row ("" when every one has):
   * those seen fewer than --min-count times in the years compared are not tested.
   */
  private String untested(List<String> shown) {
    return untested(shown, "in the years compared");
  }

  /** Returns the note of {@link #untested(List)}, the counts being those {@code where}. */
  private String untested(List<String> shown, String where) {
    if (asked == null) return "";
    List<String> missing = asked.stream().filter(a -> !shown.contains(a)).toList();
    return missing.isEmpty()
        ? ""
        : "; not tested, seen fewer than "
            + limits.minCount
            + " times "
            + where
            + " (--min-count): "
            + String.join(", ", missing);
  }

  /**
   * The units of the tests, named in the notes: "documents" when most of the text is in years of
   * two or more, else "passages".
   */
  private String units = "passages";

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
