package qushi;

import java.util.List;
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
import qushi.analytics.core.Rows;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.prepare.YearStats;

/**
 * The questions a corpus answers from its passage × term counts alone ({@link
 * qushi.analytics.prepare.Counts}): sizes, term counts, keyness between years and periods, within
 * strata, the multi-period view, trends, and keyness and c-TF-IDF keywords. {@link Qushi} answers
 * them in memory; {@link CountedCorpus} answers them from counts summed by a distributed {@link
 * Engine}, with the same statistics code, so both give the same results. The questions' short forms
 * (a year or two, periods written as text, default options) are written here once, in terms of the
 * full forms, for both.
 */
public interface CorpusCounts extends AutoCloseable {
  /** Returns the years, ascending. */
  int[] years();

  /** Returns documents, sections, passages, characters, tokens and terms per year. */
  Rows<YearStats> stats();

  /** Returns count and per10k of each term or phrase in each year (a text search). */
  Rows<TermCount> count(List<String> terms);

  /**
   * Returns the spellings of {@code query} in other letter case that the corpus holds, most
   * frequent first (a search counts letters as typed); none where the text stays with the workers.
   */
  default List<String> otherCase(String query) {
    return List.of();
  }

  /**
   * Returns the spellings of {@code query} in other characters that the corpus holds, most frequent
   * first: strings that read as the query with each character in its simplified form (台灣 and 臺灣 for
   * 台湾); none where the text stays with the workers.
   */
  default List<String> otherScript(String query) {
    return List.of();
  }

  /** Returns keywords as {@code options} ask. */
  Rows<Keyword> keywords(KeywordOptions options);

  /** Returns the keyness table of {@code target} against {@code reference} (null: the rest). */
  KeynessTable compare(int target, Integer reference, KeynessOptions options);

  /** Returns the keyness table of the target period against the reference period. */
  KeynessTable compare(Period target, Period reference, KeynessOptions options);

  /**
   * Returns the test units on each side of the comparison of {@code target} with {@code reference}:
   * with too few, no term can be significant ({@link UnitSides#smallestP}).
   */
  UnitSides unitSides(Period target, Period reference);

  /** Returns the first {@code top} terms of the view over consecutive periods. */
  PeriodTable comparePeriods(List<Period> periods, KeynessOptions options, int top);

  /** Returns the comparison of two periods within the strata of a manifest column. */
  StratifiedTable compareByStratum(
      String column, Period target, Period reference, KeynessOptions options);

  /** Returns the first {@code top} terms of the multi-period view. */
  PeriodTable compareAll(KeynessOptions options, int top);

  /** Returns the trend of every term. */
  TrendTable trends(TrendOptions options);

  /**
   * Returns the trend of every term within the strata of a manifest column over the years of {@code
   * years} (null for all): one slope over the years, each stratum at a level of its own.
   */
  StratifiedTrendTable trendsByStratum(String column, Period years, KeynessOptions options);

  /**
   * Returns whether the tests of change (keyness, trends, keywords by year or column) and the
   * bootstrap intervals take documents as their units, as they do when most of the text is in years
   * of two or more ({@link qushi.analytics.prepare.TestUnits#documents}), rather than passages.
   */
  boolean documentUnits();

  /** Returns the trend of every term over the years of {@code years} (null for all). */
  TrendTable trends(Period years, TrendOptions options);

  /**
   * Returns count and per10k of each term or phrase in each year (a text search of the cleaned
   * text).
   */
  default Rows<TermCount> count(String... terms) {
    if (terms == null || terms.length == 0) {
      throw new qushi.analytics.core.BadInputException("count needs at least one term or phrase");
    }
    if (java.util.Arrays.asList(terms).contains(null)) {
      throw new qushi.analytics.core.BadInputException("count needs terms or phrases, not null");
    }
    return count(List.of(terms));
  }

  /**
   * Returns the top 20 keywords of each year (keyness of the year against the rest, see {@link
   * Keywords}) and its key phrases.
   */
  default Rows<Keyword> keywords() {
    return keywords(KeywordOptions.defaults());
  }

  /**
   * Returns the top {@code top} keywords (keyness against the rest) and key phrases of each year.
   */
  default Rows<Keyword> keywords(int top) {
    return keywords(KeywordOptions.defaults().withTop(top).withPhrases(top));
  }

  /** Returns keywords (and key phrases) grouped and scored as asked. */
  default Rows<Keyword> keywords(Keywords.By by, Keywords.Method method, int top) {
    return keywords(
        KeywordOptions.defaults().withBy(by).withMethod(method).withTop(top).withPhrases(top));
  }

  /** Returns the keyness table of year {@code target} against year {@code reference}. */
  default KeynessTable compare(int target, int reference) {
    return compare(target, reference, KeynessOptions.defaults());
  }

  /** Returns the keyness table of year {@code target} against all other years. */
  default KeynessTable compare(int target) {
    return compare(target, null, KeynessOptions.defaults());
  }

  /**
   * Returns the keyness table of period {@code target} against period {@code reference}, each
   * written as a year, {@code FROM..TO}, a comma list, or {@code rest}: {@code
   * q.compare("2018..2025", "2013..2017")}.
   *
   * @throws BadInputException if a period is malformed, covers no year, or the two overlap
   */
  default KeynessTable compare(String target, String reference) {
    return compare(Period.parse("target", target), Period.parse("reference", reference), keyness());
  }

  /**
   * Returns the keyness table of period {@code target} (a year, {@code FROM..TO} or a comma list)
   * against the rest of the corpus: {@code q.compare("1966..1976")}.
   *
   * @throws BadInputException if the period is malformed or covers no year
   */
  default KeynessTable compare(String target) {
    return compare(target, Period.REST_LABEL);
  }

  /**
   * Returns the trend of every term over the years of {@code years} ({@code FROM..TO}, a year or a
   * comma list): {@code q.trendsOver("1957..1976")}.
   *
   * @throws BadInputException if the period is malformed or covers fewer than two years
   */
  default TrendTable trendsOver(String years) {
    return trends(Period.parse("years", years), TrendOptions.defaults());
  }

  /**
   * Returns the view over consecutive periods written as {@code 2013..2017,2018..2025}: per10k in
   * each period and each later period against the one before.
   */
  default PeriodTable comparePeriods(String periods) {
    return comparePeriods(Period.parseList("periods", periods), keyness(), Integer.MAX_VALUE);
  }

  /**
   * Returns the comparison of the target period with the reference period within the strata named
   * by the manifest column {@code column} (e.g. "source"): Mantel–Haenszel over the strata that
   * have text on both sides; see {@link qushi.analytics.compare.Comparisons#compareByStratum}.
   */
  default StratifiedTable compareByStratum(String column, String target, String reference) {
    return compareByStratum(
        column, Period.parse("target", target), Period.parse("reference", reference), keyness());
  }

  private static KeynessOptions keyness() {
    return KeynessOptions.defaults();
  }

  /**
   * Returns the multi-period view: every year against the rest and consecutive pairs, side by side.
   */
  default PeriodTable compareAll() {
    return compareAll(KeynessOptions.defaults(), Integer.MAX_VALUE);
  }

  /**
   * Returns the trend of every term within the strata of the manifest column {@code column} (a
   * source, say) over all years, under the default settings: see {@link
   * qushi.analytics.compare.Comparisons#trendByStratum}.
   */
  default StratifiedTrendTable trendsByStratum(String column) {
    return trendsByStratum(column, null, KeynessOptions.defaults());
  }

  /**
   * Returns the trend of every term over all years: a test of change over time with passages as the
   * unit and a shape (emerging, rising, peaked, dipped, falling, fading, vanished, stable, sparse)
   * with onset, peak and last years.
   */
  default TrendTable trends() {
    return trends(TrendOptions.defaults());
  }

  /** Releases what the engine holds for this corpus (nothing in memory). */
  @Override
  default void close() {}
}
