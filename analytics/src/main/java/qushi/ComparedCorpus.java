package qushi;

import java.util.List;
import qushi.analytics.compare.Comparisons;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.PeriodTable;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.StratifiedTrendTable;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.compare.UnitSides;
import qushi.analytics.core.BadInputException;

/**
 * The comparisons both front doors, {@link Qushi} and {@link CountedCorpus}, answer alike: every
 * one is asked of the corpus's {@link Comparisons}.
 */
abstract class ComparedCorpus implements CorpusCounts {
  private final Comparisons comparisons;

  ComparedCorpus(Comparisons comparisons) {
    this.comparisons = comparisons;
  }

  /** Returns the comparisons of the corpus, for the questions a subclass adds. */
  final Comparisons comparisons() {
    return comparisons;
  }

  /**
   * Returns the keyness table of {@code target} against {@code reference} (a year, or null for all
   * other years).
   *
   * @throws BadInputException if a year is not in the corpus or both are the same
   */
  @Override
  public KeynessTable compare(int target, Integer reference, KeynessOptions options) {
    return comparisons.compare(target, reference, options);
  }

  /**
   * Returns the keyness table of the target period against the reference period (or {@link
   * Period#REST}): per10k of a period = occurrences in its years / its tokens; the table is named
   * by the periods and gives each term's top document and its share.
   *
   * @throws BadInputException if a period covers no year or the two overlap
   */
  @Override
  public KeynessTable compare(Period target, Period reference, KeynessOptions options) {
    return comparisons.compare(target, reference, options);
  }

  @Override
  public UnitSides unitSides(Period target, Period reference) {
    return comparisons.unitSides(target, reference);
  }

  /** Returns the first {@code top} terms of the view over consecutive periods. */
  @Override
  public PeriodTable comparePeriods(List<Period> periods, KeynessOptions options, int top) {
    return comparisons.periods(periods, options, top);
  }

  /** Returns the stratified comparison under {@code options}. */
  @Override
  public StratifiedTable compareByStratum(
      String column, Period target, Period reference, KeynessOptions options) {
    return comparisons.compareByStratum(column, target, reference, options);
  }

  @Override
  public StratifiedTrendTable trendsByStratum(String column, Period years, KeynessOptions options) {
    return comparisons.trendByStratum(column, years, options);
  }

  /** Returns the first {@code top} terms of the multi-period view under {@code options}. */
  @Override
  public PeriodTable compareAll(KeynessOptions options, int top) {
    // every year against the rest and every pair: asked again, the view already made
    return once(views, java.util.List.of(options, top), k -> comparisons.all(options, top));
  }

  /**
   * Returns what {@code made} holds for {@code key}, made by {@code make} the first time it is
   * asked for (a slow question a notebook asks again: the same settings give the same immutable
   * result). The making holds no lock, so other questions are not held up by it.
   */
  static <K, V> V once(java.util.Map<K, V> made, K key, java.util.function.Function<K, V> make) {
    V known = made.get(key);
    if (known != null) return known;
    V fresh = make.apply(key);
    V before = made.putIfAbsent(key, fresh);
    return before != null ? before : fresh;
  }

  /** The multi-period views made so far, by their settings and length. */
  private final java.util.Map<java.util.List<Object>, PeriodTable> views =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public boolean documentUnits() {
    return comparisons.documentUnits();
  }

  /**
   * Returns the trend of every term under {@code options}.
   *
   * @throws BadInputException if the corpus has fewer than two years
   */
  @Override
  public TrendTable trends(TrendOptions options) {
    return once(trends, options, comparisons::trend);
  }

  /** The trend tables of every term made so far, by their settings. */
  private final java.util.Map<TrendOptions, TrendTable> trends =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Returns the trend of every term over the years of {@code years} (null for all).
   *
   * @throws BadInputException if fewer than two years are left
   */
  @Override
  public TrendTable trends(Period years, TrendOptions options) {
    return comparisons.trend(years, options);
  }
}
