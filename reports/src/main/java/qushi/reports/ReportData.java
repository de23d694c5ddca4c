package qushi.reports;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import qushi.Qushi;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.StratifiedTrendTable;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.compare.TrendClass;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import qushi.analytics.corpus.Document;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.DendrogramOptions;
import qushi.analytics.maps.TermMap;
import qushi.analytics.maps.TermMapOptions;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicOptions;
import qushi.analytics.topics.TopicRows;

/**
 * Every result the report shows, computed once through the front door ({@link Qushi}) before any
 * section is built. Sections are pure functions of it. Results that a small or odd corpus cannot
 * have (trends of a one-year corpus, topics of a corpus with too little text) are null, and the
 * reason is in {@link #notes()}.
 *
 * @param q the opened corpus (for its documents, options and context lines)
 * @param options the report options
 * @param stats size per year
 * @param keywords keywords and key phrases per year
 * @param trend trend classes (null with fewer than two years)
 * @param watch counts and rate intervals of the watch terms in every year
 * @param autoWatch the groups of the default watch list (null when the watch list is given, or
 *     there are no trends)
 * @param all the multi-period view of the top terms (null with fewer than two years)
 * @param changes keyness of each period against the one before, in order ({@link #periods()})
 * @param topics the topic model (null when left out or impossible)
 * @param sweep the K sweep that chose the model's K (null when K was given or topics are left out)
 * @param network term pairs of the co-word network
 * @param collocates the collocates of the first {@value #COLLOCATE_TERMS} watch terms within each
 *     period of {@link #periods()} (empty when no watch term is a term of the corpus)
 * @param notes why a result is missing, for the page and the console
 * @param dendrogram the Ward dendrogram of terms (empty with its reason on a tiny corpus)
 * @param termMap the correspondence analysis of terms × years (empty with its reason)
 * @param periods the periods compared in "what changed": the years when there are at most three,
 *     otherwise the given or automatic periods
 * @param strata the manifest column of the stratified comparisons, or null when there are none
 * @param stratified each period against the one before within the strata (empty without strata)
 * @param trendWithin the trend of every term within the strata (null without strata or a trend)
 * @param watchTrend the trend test of the watch list the options name, a family of its own (null
 *     for the default watch list, or with fewer than two years)
 */
@RecordBuilder
public record ReportData(
    Qushi q,
    ReportOptions options,
    List<YearStats> stats,
    Rows<Keyword> keywords,
    TrendTable trend,
    Rows<TermInterval> watch,
    AutoWatch autoWatch,
    Tabular all,
    List<KeynessTable> changes,
    TopicModel topics,
    Rows<TopicRows.Sweep> sweep,
    Rows<Cooccurrence.Pair> network,
    Rows<Cooccurrence.Collocate> collocates,
    List<String> notes,
    Dendrogram dendrogram,
    TermMap termMap,
    List<Period> periods,
    String strata,
    List<StratifiedTable> stratified,
    StratifiedTrendTable trendWithin,
    TrendTable watchTrend)
    implements ReportDataBuilder.With {

  /** Risers (and fallers) in the default watch list. */
  public static final int DEFAULT_WATCH = 5;

  /** Watch terms whose collocates by period the report lists. */
  public static final int COLLOCATE_TERMS = 6;

  /** Collocates listed per watch term and period. */
  public static final int COLLOCATES = 8;

  /** Fewest sentences with both terms for a co-word network edge. */
  public static final int NETWORK_MIN_COUNT = 3;

  /** Edges of the co-word network per term shown. */
  public static final double EDGES_PER_NODE = 2.5;

  /** Copies the lists. */
  public ReportData {
    stats = List.copyOf(stats);
    changes = java.util.Collections.unmodifiableList(new ArrayList<>(changes));
    notes = List.copyOf(notes);
    periods = List.copyOf(periods);
    stratified = java.util.Collections.unmodifiableList(new ArrayList<>(stratified));
  }

  /** Returns whether "what changed" compares periods of several years rather than single years. */
  public boolean byPeriods() {
    return periods.stream().anyMatch(p -> p.years().length != 1);
  }

  /** Returns the results of {@code q} that the report with {@code options} shows. */
  public static ReportData compute(Qushi q, ReportOptions options) {
    List<String> notes = new ArrayList<>();
    Progress.Stage statistics = q.progress().start("report: statistics", 0);
    int[] years = q.years();
    Rows<Keyword> keywords =
        q.keywords(
            KeywordOptions.defaults().withTop(options.keywords()).withPhrases(options.phrases()));
    TrendTable trend = null;
    if (years.length >= 2) {
      try {
        trend = q.trends();
      } catch (BadInputException e) {
        notes.add(e.getMessage());
      }
    }
    AutoWatch autoWatch =
        options.watch().isEmpty() && trend != null
            ? autoWatch(
                trend,
                inside(q),
                (rows, top) ->
                    Keywords.listed(q.corpus(), rows, top, TrendRow::term, TrendRow::frequency))
            : null;
    List<String> watchTerms = autoWatch != null ? autoWatch.all() : options.watch();
    Rows<TermInterval> watch =
        q.count(watchTerms, BootstrapOptions.defaults().withResamples(options.resamples()));
    // a watch list the user names is tested as a family of its own, as compare --trend --terms
    // tests it: its correction for multiple testing counts these terms, not every term
    TrendTable watchTrend = null;
    if (!options.watch().isEmpty() && trend != null) {
      try {
        watchTrend = q.trends(options.watch(), null, TrendOptions.defaults());
      } catch (BadInputException e) {
        notes.add(e.getMessage());
      }
    }
    Tabular all =
        years.length >= 2 ? q.compareAll(KeynessOptions.defaults(), options.heatmap()) : null;
    List<Period> periods =
        options.periods().isEmpty() ? ReportOptions.autoPeriods(years) : options.periods();
    List<KeynessTable> changes = new ArrayList<>();
    KeynessOptions ko = KeynessOptions.defaults();
    for (int i = 0; i + 1 < periods.size(); i++) {
      try {
        changes.add(q.compare(periods.get(i + 1), periods.get(i), ko));
      } catch (BadInputException e) {
        notes.add(
            periods.get(i).label() + "–" + periods.get(i + 1).label() + ": " + e.getMessage());
        changes.add(null);
      }
    }
    String strata = strata(q, options);
    List<StratifiedTable> stratified = new ArrayList<>();
    if (strata != null) {
      for (int i = 0; i + 1 < periods.size(); i++) {
        stratified.add(
            changes.get(i) == null
                ? null
                : q.compareByStratum(strata, periods.get(i + 1), periods.get(i), ko));
      }
    }
    StratifiedTrendTable trendWithin =
        strata != null && trend != null ? q.trendsByStratum(strata) : null;
    int n = options.network();
    Rows<Cooccurrence.Pair> network =
        q.cooccur(
                CooccurOptions.defaults()
                    .withVocabulary(n)
                    .withMinCount(NETWORK_MIN_COUNT)
                    .withTop((int) Math.round(EDGES_PER_NODE * n)))
            .where(p -> p.npmi() > 0);
    // what the first watch terms were said with in each period: each period's sentences alone
    List<String> nodes = watchTerms.stream().limit(COLLOCATE_TERMS).toList();
    Rows<Cooccurrence.Collocate> collocates =
        Rows.of("collocates", Cooccurrence.Collocate.class, List.of());
    if (!nodes.isEmpty()) {
      try {
        collocates =
            q.cooccurByPeriod(
                    CooccurOptions.defaults()
                        .withMinCount(NETWORK_MIN_COUNT)
                        .withTop(COLLOCATES)
                        .withTerms(nodes),
                    periods)
                .where(c -> c.npmi() > 0);
      } catch (BadInputException e) {
        notes.add(e.getMessage());
      }
    }
    // term maps (MapsSection): degrade to an empty result with its reason, never throw
    Dendrogram dendrogram = q.dendrogram(DendrogramOptions.defaults());
    TermMap termMap = q.termMap(TermMapOptions.defaults());
    statistics.close();
    TopicModel topics = null;
    Rows<TopicRows.Sweep> sweep = null;
    if (options.topics() != ReportOptions.NO_TOPICS) {
      try {
        TopicOptions to = TopicOptions.defaults();
        int k = options.topics();
        if (k == ReportOptions.CHOOSE_TOPICS) {
          List<Rows<TopicRows.Sweep>> swept = new ArrayList<>(1);
          topics = q.topicsChoosingK(to, swept::add);
          if (!swept.isEmpty()) sweep = swept.get(0);
        } else {
          topics = q.topics(to.withTopics(k));
        }
      } catch (BadInputException e) {
        notes.add(e.getMessage());
      }
    }
    return new ReportData(
        q,
        options,
        q.stats().list(),
        keywords,
        trend,
        watch,
        autoWatch,
        all,
        changes,
        topics,
        sweep,
        network,
        collocates,
        notes,
        dendrogram,
        termMap,
        periods,
        strata,
        stratified,
        trendWithin,
        watchTrend);
  }

  /**
   * Returns the strata column: the one asked for, or {@code source} when the manifest has it with
   * at least two values and one of them has documents in two or more years (a source of one
   * document, or of one year, cannot be compared within); null for none.
   *
   * @throws BadInputException if the column asked for is not in the manifest
   */
  static String strata(Qushi q, ReportOptions options) {
    if (options.strata().equals(ReportOptions.NO_STRATA)) return null;
    if (!options.strata().isEmpty()) {
      Document.requireColumn(q.corpus().corpus().documents(), "strata", options.strata());
      return options.strata();
    }
    // the years of each source; a source is a stratum only where it recurs: one that has
    // documents in two or more years
    java.util.Map<String, java.util.Set<Integer>> years = new java.util.HashMap<>();
    for (var d : q.corpus().documents()) {
      if (d.document().metadata().containsKey("source"))
        years
            .computeIfAbsent(d.document().value("source"), k -> new java.util.HashSet<>())
            .add(d.year());
    }
    boolean recurs = years.values().stream().anyMatch(y -> y.size() >= 2);
    return years.size() >= 2 && recurs ? "source" : null;
  }

  /**
   * Returns the groups of the watch list when none is given: the strongest risers, fallers and
   * peaked or dipped terms of the trend table (by shape, then p), those the chart would show other
   * numbers for than the test counted ({@code inside}) after the others.
   */
  static AutoWatch autoWatch(TrendTable trend, Predicate<TrendRow> inside) {
    return autoWatch(trend, inside, (rows, top) -> rows.subList(0, Math.min(top, rows.size())));
  }

  /**
   * Returns the groups of the watch list as {@link #autoWatch(TrendTable, Predicate)} does, each
   * group's first terms taken by {@code listed} (a list, how many): {@link Keywords#listed}, which
   * leaves out a term that stands mostly inside a longer learned term of the group (反导 beside 反导系统,
   * which holds 31 of its 35 uses: two lines of one chart for one change), as the keyword lists and
   * the chart of what changed do.
   */
  static AutoWatch autoWatch(
      TrendTable trend,
      Predicate<TrendRow> inside,
      java.util.function.BiFunction<List<TrendRow>, Integer, List<TrendRow>> listed) {
    return new AutoWatch(
        strongest(trend, UP, 1, inside, listed),
        strongest(trend, DOWN, -1, inside, listed),
        strongest(trend, TURNED, 0, inside, listed));
  }

  /**
   * The groups of the default watch list, up to {@value #DEFAULT_WATCH} terms each: emerging or
   * rising ones first, each group by smallest p (ties: larger |change|, then term), on a corpus
   * where no shape is significant the strongest candidates; terms that one document carries (80% or
   * more of their occurrences: {@link TrendRow#concentrated}) last, their change that document's.
   *
   * @param risers terms whose fitted rate grew
   * @param fallers terms whose fitted rate shrank
   * @param peaked peaked or dipped terms
   */
  public record AutoWatch(List<String> risers, List<String> fallers, List<String> peaked) {
    /** Copies the lists. */
    public AutoWatch {
      risers = List.copyOf(risers);
      fallers = List.copyOf(fallers);
      peaked = List.copyOf(peaked);
    }

    /** Returns the terms of every group, in order. */
    public List<String> all() {
      List<String> out = new ArrayList<>(risers);
      out.addAll(fallers);
      out.addAll(peaked);
      return out;
    }
  }

  /**
   * The least share of a term's occurrences in the text that its frequency makes for the default
   * watch list to show it among the first: the watch charts count every occurrence (a text search,
   * as the page's search and {@code qushi count}), the trend test the term's frequency (its tokens,
   * and the learned terms whose pieces spell it), so a term found mostly inside longer words of the
   * dictionary (工程 in 中国工程院) is charted with numbers that need not take the shape it was chosen
   * for.
   */
  static final double OWN_TOKENS = 0.8;

  /** How many of a group's first candidates are checked for occurrences inside longer terms. */
  static final int CHECKED = 4 * DEFAULT_WATCH;

  /**
   * Returns whether a term's frequency is less than {@link #OWN_TOKENS} of its occurrences in the
   * text of {@code q} (one text search per term asked about).
   */
  static Predicate<TrendRow> inside(Qushi q) {
    return r -> {
      long occurrences = 0;
      for (TermCount c : q.count(List.of(r.term())).list()) occurrences += c.count();
      return r.frequency() < OWN_TOKENS * occurrences;
    };
  }

  /** Shapes of terms whose use grew. */
  static final Set<TrendClass> UP = EnumSet.of(TrendClass.EMERGING, TrendClass.RISING);

  /** Shapes of terms whose use shrank. */
  static final Set<TrendClass> DOWN =
      EnumSet.of(TrendClass.VANISHED, TrendClass.FADING, TrendClass.FALLING);

  /** Shapes of terms whose use turned: rose, then fell, or fell, then came back. */
  static final Set<TrendClass> TURNED = EnumSet.of(TrendClass.PEAKED, TrendClass.DIPPED);

  /** The order of trend rows by evidence: smallest p first, ties by larger |change|, then term. */
  static final Comparator<TrendRow> STRONGEST_FIRST =
      Comparator.comparingDouble(TrendRow::p)
          .thenComparing(
              Comparator.comparingDouble((TrendRow r) -> Math.abs(r.change())).reversed())
          .thenComparing(TrendRow::term);

  /**
   * Returns up to {@value #DEFAULT_WATCH} terms of the shapes (or STABLE with a change of {@code
   * sign}; any sign for 0), in order; of the first {@value #CHECKED}, those {@code inside} longer
   * terms go after the others, and are tested only until enough others are {@code listed}.
   */
  private static List<String> strongest(
      TrendTable trend,
      Set<TrendClass> shapes,
      int sign,
      Predicate<TrendRow> inside,
      java.util.function.BiFunction<List<TrendRow>, Integer, List<TrendRow>> listed) {
    List<TrendRow> ordered =
        trend.rows().stream()
            .filter(
                r ->
                    sign == 0
                        ? shapes.contains(r.trend())
                        : (shapes.contains(r.trend()) || r.trend() == TrendClass.STABLE)
                            && Math.signum(r.change()) == sign)
            .sorted(
                Comparator.comparingInt((TrendRow r) -> r.concentrated() ? 1 : 0)
                    .thenComparingInt((TrendRow r) -> shapes.contains(r.trend()) ? 0 : 1)
                    .thenComparing(STRONGEST_FIRST))
            .toList();
    List<TrendRow> kept = new ArrayList<>();
    List<TrendRow> later = new ArrayList<>();
    int checked = Math.min(CHECKED, ordered.size());
    int i = 0;
    for (; i < checked && listed.apply(kept, DEFAULT_WATCH).size() < DEFAULT_WATCH; i++) {
      (inside.test(ordered.get(i)) ? later : kept).add(ordered.get(i));
    }
    List<TrendRow> candidates = new ArrayList<>(kept);
    candidates.addAll(later);
    candidates.addAll(ordered.subList(i, ordered.size()));
    return listed.apply(candidates, DEFAULT_WATCH).stream().map(TrendRow::term).toList();
  }
}
