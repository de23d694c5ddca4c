package qushi;

import java.util.List;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.prepare.YearStats;

/**
 * The questions a corpus answers from its passage × term counts alone ({@link
 * qushi.analytics.prepare.Counts}): sizes, term counts, keyness between years and periods, within
 * strata, the multi-period view, trends, and keyness and c-TF-IDF keywords. {@link Qushi} answers
 * them in memory; {@link CountedCorpus} answers them from counts summed by a distributed {@link
 * Engine}, with the same statistics code, so both give the same results.
 */
public interface CorpusCounts extends AutoCloseable {
  /** Returns the years, ascending. */
  int[] years();

  /** Returns documents, sections, passages, characters, tokens and terms per year. */
  Rows<YearStats> stats();

  /** Returns count and per10k of each term or phrase in each year (a text search). */
  Rows<TermCount> count(List<String> terms);

  /** Returns keywords as {@code options} ask. */
  Rows<Keyword> keywords(KeywordOptions options);

  /** Returns the keyness table of {@code target} against {@code reference} (null: the rest). */
  KeynessTable compare(int target, Integer reference, KeynessOptions options);

  /** Returns the keyness table of the target period against the reference period. */
  KeynessTable compare(Period target, Period reference, KeynessOptions options);

  /** Returns the first {@code top} terms of the view over consecutive periods. */
  Tabular comparePeriods(List<Period> periods, KeynessOptions options, int top);

  /** Returns the comparison of two periods within the strata of a manifest column. */
  StratifiedTable compareByStratum(
      String column, Period target, Period reference, KeynessOptions options);

  /** Returns the first {@code top} terms of the multi-period view. */
  Tabular compareAll(KeynessOptions options, int top);

  /** Returns the trend of every term. */
  TrendTable trends(TrendOptions options);

  /** Returns the trend of every term over the years of {@code years} (null for all). */
  TrendTable trends(Period years, TrendOptions options);

  /** Releases what the engine holds for this corpus (nothing in memory). */
  @Override
  default void close() {}
}
