package qushi.reports;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import qushi.Qushi;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.DendrogramOptions;
import qushi.analytics.maps.TermMap;
import qushi.analytics.maps.TermMapOptions;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicOptions;
import qushi.analytics.topics.TopicRows;
import qushi.analytics.topics.TopicSweep;

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
 * @param all the multi-period view of the top terms (null with fewer than two years)
 * @param changes keyness of each year against the one before, in year order
 * @param topics the topic model (null when left out or impossible)
 * @param sweep the K sweep that chose the model's K (null when K was given or topics are left out)
 * @param network term pairs of the co-word network
 * @param notes why a result is missing, for the page and the console
 * @param dendrogram the Ward dendrogram of terms (empty with its reason on a tiny corpus)
 * @param termMap the correspondence analysis of terms × years (empty with its reason)
 */
@RecordBuilder
public record ReportData(
    Qushi q,
    ReportOptions options,
    List<YearStats> stats,
    Rows<Keyword> keywords,
    TrendTable trend,
    Rows<TermInterval> watch,
    Tabular all,
    List<KeynessTable> changes,
    TopicModel topics,
    Rows<TopicRows.Sweep> sweep,
    Rows<Cooccurrence.Pair> network,
    List<String> notes,
    Dendrogram dendrogram,
    TermMap termMap)
    implements ReportDataBuilder.With {

  /** Risers (and fallers) in the default watch list. */
  public static final int DEFAULT_WATCH = 5;

  /** Fewest sentences with both terms for a co-word network edge. */
  public static final int NETWORK_MIN_COUNT = 3;

  /** Edges of the co-word network per term shown. */
  public static final double EDGES_PER_NODE = 2.5;

  /** Copies the lists. */
  public ReportData {
    stats = List.copyOf(stats);
    changes = java.util.Collections.unmodifiableList(new ArrayList<>(changes));
    notes = List.copyOf(notes);
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
    List<String> watchTerms = options.watch().isEmpty() ? defaultWatch(trend) : options.watch();
    Rows<TermInterval> watch =
        q.count(watchTerms, BootstrapOptions.defaults().withResamples(options.resamples()));
    Tabular all =
        years.length >= 2 ? q.compareAll(KeynessOptions.defaults(), options.heatmap()) : null;
    List<KeynessTable> changes = new ArrayList<>();
    for (int i = 0; i + 1 < years.length; i++) {
      try {
        changes.add(q.compare(years[i + 1], years[i]));
      } catch (BadInputException e) {
        notes.add(years[i] + "–" + years[i + 1] + ": " + e.getMessage());
        changes.add(null);
      }
    }
    int n = options.network();
    Rows<Cooccurrence.Pair> network =
        q.cooccur(
                CooccurOptions.defaults()
                    .withVocabulary(n)
                    .withMinCount(NETWORK_MIN_COUNT)
                    .withTop((int) Math.round(EDGES_PER_NODE * n)))
            .where(p -> p.npmi() > 0);
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
          sweep = q.sweep(TopicSweep.DEFAULT_KS.stream().mapToInt(Integer::intValue).toArray(), to);
          k = TopicSweep.chosen(sweep.list());
        }
        topics = q.topics(to.withTopics(k));
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
        all,
        changes,
        topics,
        sweep,
        network,
        notes,
        dendrogram,
        termMap);
  }

  /**
   * Returns the watch list when none is given: the strongest risers and fallers of the trend table
   * by z.
   */
  static List<String> defaultWatch(TrendTable trend) {
    if (trend == null) return List.of();
    List<String> out = new ArrayList<>(risers(trend));
    out.addAll(fallers(trend));
    return out;
  }

  /** Returns the {@value #DEFAULT_WATCH} terms with the largest positive z, largest first. */
  static List<String> risers(TrendTable trend) {
    return trend.rows().stream()
        .filter(r -> r.z() > 0)
        .sorted(Comparator.comparingDouble(TrendRow::z).reversed().thenComparing(TrendRow::term))
        .limit(DEFAULT_WATCH)
        .map(TrendRow::term)
        .toList();
  }

  /** Returns the {@value #DEFAULT_WATCH} terms with the most negative z, most negative first. */
  static List<String> fallers(TrendTable trend) {
    return trend.rows().stream()
        .filter(r -> r.z() < 0)
        .sorted(Comparator.comparingDouble(TrendRow::z).thenComparing(TrendRow::term))
        .limit(DEFAULT_WATCH)
        .map(TrendRow::term)
        .toList();
  }
}
