package qushi.analytics.compare;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Trend shapes of terms over a series of years, ordered by class (in the order of {@link
 * TrendClass}), then by p ascending, then by |change| descending, ties by term.
 *
 * @param years the years analysed, ascending (copied, unmodifiable)
 * @param rows one row per classified term, in the order above (copied, unmodifiable)
 * @param options the settings of the classification
 * @param gaps the years between the first and last year asked for where the series would have one
 *     and has none: those whose text has no word tokens, and the calendar years the corpus lacks
 *     between two of its years further apart than its step ({@link #step}; every year it lacks, for
 *     a yearly series) (copied, unmodifiable): they are gaps, left out of every fit, not years with
 *     zero counts
 * @param counted what the counts are (see {@link KeynessTable#counted})
 * @param untested the terms asked for that have no row, seen fewer than {@code
 *     options.keyness().minCount()} times in the years analysed (copied, unmodifiable; empty unless
 *     {@link #untested(List)} set them)
 */
public record TrendTable(
    List<Integer> years,
    List<TrendRow> rows,
    TrendOptions options,
    List<Integer> gaps,
    Counted counted,
    List<String> untested)
    implements Tabular {
  /** Column name: the term. */
  public static final String TERM = "term";

  /** Column name: the trend class. */
  public static final String TREND = "trend";

  /** Prefix of the per-year rate columns, followed by the year: {@code per10k_2024}. */
  public static final String PER10K_PREFIX = "per10k_";

  /** Column name: frequency (term tokens) in the last year; {@code last_count} for occurrences. */
  public static final String LAST_FREQUENCY = "last_frequency";

  /**
   * Column name: frequency (term tokens) in all earlier years; {@code earlier_count} for
   * occurrences.
   */
  public static final String EARLIER_FREQUENCY = "earlier_frequency";

  /** Column name: log₂ ratio of last-year to earlier rate. */
  public static final String LOG_RATIO = "log_ratio";

  /** Column name: the trend test's scaled deviance (D₀ − D₁)/φ. */
  public static final String G2 = "g2";

  /** Column name: adjusted p-value of the trend test. */
  public static final String P_ADJ = "p_adj";

  /** Column name: weighted log-odds z-score. */
  public static final String Z = "z";

  /** Column name: frequency (term tokens) in all years; {@code count} for occurrences. */
  public static final String FREQUENCY = "frequency";

  /** Column name: passages containing the term. */
  public static final String PASSAGES = "passages";

  /** Column name: first year the term is established. */
  public static final String ONSET = "onset_year";

  /** Column name: year of the highest rate. */
  public static final String PEAK = "peak_year";

  /** Column name: year of the lowest rate between onset and last. */
  public static final String TROUGH = "trough_year";

  /** Column name: last year the term is established. */
  public static final String LAST = "last_year";

  /** Column name: log₂ of the late years' rate over the early years' rate. */
  public static final String CHANGE = "change";

  /** Column name: the last of the early years the change compares. */
  public static final String EARLY_END = "early_end";

  /** Column name: the first of the late years the change compares. */
  public static final String LATE_START = "late_start";

  /** Column name: the dispersion of the years around the fitted curve. */
  public static final String YEAR_SCATTER = "year_scatter";

  /** Column name: the trend test's p-value. */
  public static final String P = "p";

  /** Column name: the dispersion φ of the trend model. */
  public static final String DISPERSION = "dispersion";

  /**
   * Column name: the years left out between the first and the last where the series would have one
   * (gaps, not zeros; see {@link #gaps}).
   */
  public static final String GAPS = "gaps";

  /** Column name: the document with most of the term's occurrences. */
  public static final String TOP_DOC = KeynessTable.TOP_DOC;

  /** Column name: that document's share of the term's frequency. */
  public static final String TOP_DOC_SHARE = KeynessTable.TOP_DOC_SHARE;

  static final Comparator<TrendRow> ORDER =
      Comparator.comparing(TrendRow::trend)
          .thenComparingDouble(TrendRow::p)
          .thenComparing(
              Comparator.comparingDouble((TrendRow r) -> Math.abs(r.change())).reversed())
          .thenComparing(TrendRow::term);

  /** Copies the lists. */
  public TrendTable {
    years = List.copyOf(years);
    gaps = List.copyOf(gaps);
    rows = List.copyOf(rows);
    untested = List.copyOf(untested);
    Objects.requireNonNull(options, "options");
  }

  /** Creates a table with no untested terms. */
  public TrendTable(
      List<Integer> years,
      List<TrendRow> rows,
      TrendOptions options,
      List<Integer> gaps,
      Counted counted) {
    this(years, rows, options, gaps, counted, List.of());
  }

  /**
   * Returns a copy that names the terms of {@code asked} (as the rows name terms) that have no row:
   * too rare in the years analysed to be tested.
   */
  public TrendTable untested(List<String> asked) {
    Set<String> shown = new java.util.HashSet<>();
    for (TrendRow r : rows) shown.add(r.term());
    List<String> missing = asked.stream().filter(a -> !shown.contains(a)).distinct().toList();
    return new TrendTable(years, rows, options, gaps, counted, missing);
  }

  /** Returns the name of the rate column of {@code year}. */
  public static String per10kColumn(int year) {
    return PER10K_PREFIX + year;
  }

  /**
   * Returns the step of the series: the distance between two consecutive years analysed that more
   * than half of them share, else 1 (1 for a yearly series, 5 for a congress's reports).
   */
  public int step() {
    return TrendClassifier.step(years.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Returns the missing years as text, a run of three or more as a range ("2020", "2020,2022",
   * "1922,1924-1968"; "" when none).
   */
  public String gapsText() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < gaps.size(); ) {
      int j = i;
      while (j + 1 < gaps.size() && gaps.get(j + 1) == gaps.get(j) + 1) j++;
      if (out.length() > 0) out.append(',');
      if (j - i >= 2) {
        out.append(gaps.get(i)).append('-').append(gaps.get(j));
      } else {
        out.append(gaps.get(i));
        if (j > i) out.append(',').append(gaps.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }

  /** Returns the table with the rows of the given classes only, in table order. */
  public TrendTable only(Set<TrendClass> classes) {
    return new TrendTable(
        years,
        rows.stream().filter(r -> classes.contains(r.trend())).toList(),
        options,
        gaps,
        counted,
        untested);
  }

  /**
   * Returns at most {@code top} rows, shared among the classes of changed terms (not STABLE or
   * SPARSE) present: the first {@code top / their number} of each (at least one), then the next
   * rows in table order to fill up; in table order. Table order puts every EMERGING term before the
   * first PEAKED one, so the first rows alone would show one shape only.
   */
  public TrendTable balanced(int top) {
    if (rows.size() <= top) return this;
    Map<TrendClass, Integer> counts = counts();
    long changed =
        counts.entrySet().stream().filter(e -> e.getValue() > 0 && e.getKey().changed()).count();
    int quota = changed == 0 ? top : (int) Math.max(1, top / changed);
    Set<TrendRow> taken = new LinkedHashSet<>();
    Map<TrendClass, Integer> per = new EnumMap<>(TrendClass.class);
    for (TrendRow r : rows) {
      if (taken.size() < top
          && r.trend().changed()
          && per.merge(r.trend(), 1, Integer::sum) <= quota) {
        taken.add(r);
      }
    }
    for (TrendRow r : rows) {
      if (taken.size() >= top) break;
      taken.add(r);
    }
    return new TrendTable(
        years, rows.stream().filter(taken::contains).toList(), options, gaps, counted, untested);
  }

  /** Returns the number of rows, as a result's {@code size()} does in a notebook. */
  public int size() {
    return rows.size();
  }

  /** Returns row {@code i} (0-based), as a result's {@code get(i)} does in a notebook. */
  public TrendRow get(int i) {
    return rows.get(i);
  }

  /** Returns the rows of one class, in table order. */
  public List<TrendRow> of(TrendClass trend) {
    return rows.stream().filter(r -> r.trend() == trend).toList();
  }

  /** Returns the row of a term, or empty when the term was not classified. */
  public Optional<TrendRow> row(String term) {
    return rows.stream().filter(r -> r.term().equals(term)).findFirst();
  }

  /** Returns the number of terms in each class (every class present, possibly 0). */
  public Map<TrendClass, Integer> counts() {
    Map<TrendClass, Integer> counts = new EnumMap<>(TrendClass.class);
    for (TrendClass c : TrendClass.values()) {
      counts.put(c, 0);
    }
    rows.forEach(r -> counts.merge(r.trend(), 1, Integer::sum));
    return counts;
  }

  /**
   * Returns the rows as a Tablesaw table: term, trend, one rate column per year, the statistics of
   * the last year against the earlier ones, then the trend test and shape: frequency, passages,
   * onset_year, peak_year, trough_year, last_year, change, early_end, late_start, year_scatter, p,
   * dispersion, gaps, and when known top_doc, top_doc_share.
   */
  @Override
  public Table table() {
    StringColumn term = StringColumn.create(TERM);
    StringColumn trend = StringColumn.create(TREND);
    DoubleColumn[] rates = new DoubleColumn[years.size()];
    for (int y = 0; y < rates.length; y++) {
      rates[y] = DoubleColumn.create(per10kColumn(years.get(y)));
    }
    LongColumn last = LongColumn.create(counted.column("last"));
    LongColumn earlier = LongColumn.create(counted.column("earlier"));
    DoubleColumn logRatio = DoubleColumn.create(LOG_RATIO);
    DoubleColumn g2 = DoubleColumn.create(G2);
    DoubleColumn pAdj = DoubleColumn.create(P_ADJ);
    DoubleColumn z = DoubleColumn.create(Z);
    LongColumn frequency = LongColumn.create(counted.column(""));
    IntColumn passages = IntColumn.create(PASSAGES);
    IntColumn onset = IntColumn.create(ONSET);
    IntColumn peak = IntColumn.create(PEAK);
    IntColumn trough = IntColumn.create(TROUGH);
    IntColumn lastYear = IntColumn.create(LAST);
    DoubleColumn change = DoubleColumn.create(CHANGE);
    IntColumn earlyEnd = IntColumn.create(EARLY_END);
    IntColumn lateStart = IntColumn.create(LATE_START);
    DoubleColumn yearScatter = DoubleColumn.create(YEAR_SCATTER);
    DoubleColumn p = DoubleColumn.create(P);
    DoubleColumn dispersion = DoubleColumn.create(DISPERSION);
    StringColumn gapColumn = StringColumn.create(GAPS);
    StringColumn topDoc = StringColumn.create(TOP_DOC);
    DoubleColumn topShare = DoubleColumn.create(TOP_DOC_SHARE);
    boolean documents = rows.stream().anyMatch(r -> !r.topDocument().isEmpty());
    String gapText = gapsText();
    for (TrendRow r : rows) {
      term.append(r.term());
      trend.append(r.trend().name());
      double[] series = r.per10k();
      for (int y = 0; y < rates.length; y++) {
        rates[y].append(series[y]);
      }
      last.append(r.lastFrequency());
      earlier.append(r.earlierFrequency());
      logRatio.append(r.logRatio());
      g2.append(r.g2());
      pAdj.append(r.pAdjusted());
      z.append(r.z());
      frequency.append(r.frequency());
      passages.append(r.passages());
      onset.append(r.onset());
      peak.append(r.peak());
      trough.append(r.trough());
      lastYear.append(r.last());
      // empty where the shape is not a change from the first years to the last (PEAKED, EMERGING)
      if (r.trend().measuredByChange()) {
        change.append(r.change());
        earlyEnd.append(r.earlyEnd());
        lateStart.append(r.lateStart());
      } else {
        change.appendMissing();
        earlyEnd.appendMissing();
        lateStart.appendMissing();
      }
      yearScatter.append(r.yearScatter());
      p.append(r.p());
      dispersion.append(r.dispersion());
      gapColumn.append(gapText);
      topDoc.append(r.topDocument());
      topShare.append(r.topDocumentShare());
    }
    Table t = Table.create("trends", term, trend);
    t.addColumns(rates);
    t.addColumns(
        last,
        earlier,
        logRatio,
        g2,
        pAdj,
        z,
        frequency,
        passages,
        onset,
        peak,
        trough,
        lastYear,
        change,
        earlyEnd,
        lateStart,
        yearScatter,
        p,
        dispersion,
        gapColumn);
    return documents ? t.addColumns(topDoc, topShare) : t;
  }

  /** What a table of the given terms counts, which the table of all terms does not. */
  private static final String OCCURRENCES_NOTE =
      "counted by text search (occurrences, as count finds them), where the trends of all terms"
          + " count segmenter tokens (frequency): a term's shape can differ between the two\n";

  /** What STABLE means, under the summary of a table that has STABLE terms. */
  private static final String STABLE_NOTE =
      "STABLE: no change the tests establish, not evidence that there was none (see change)\n";

  /**
   * Returns a summary line (year span, terms, count per class), the terms asked for and not tested,
   * what the counts are when they are occurrences, what STABLE means, then the first and last rows.
   */
  @Override
  public String toString() {
    Map<TrendClass, Integer> counts = counts();
    String span = years.isEmpty() ? "" : years.getFirst() + "–" + years.getLast();
    String head =
        "TrendTable[years="
            + span
            + (gaps.isEmpty() ? "" : " (missing " + gapsText() + ")")
            + ", terms="
            + rows.size()
            + ", "
            + counts
            + "]\n"
            + (untested.isEmpty()
                ? ""
                : "not tested, seen fewer than "
                    + options.keyness().minCount()
                    + " times: "
                    + String.join(", ", untested)
                    + "\n")
            + (counted == Counted.OCCURRENCES ? OCCURRENCES_NOTE : "")
            + (counts.getOrDefault(TrendClass.STABLE, 0) > 0 ? STABLE_NOTE : "");
    // the rows take what the heading and notes leave of what jshell shows whole
    return head
        + TextTable.preview(
            table(),
            List.of(TERM, TREND, CHANGE, P_ADJ),
            Math.max(300, TextTable.PREVIEW_CHARS - head.length()));
  }

  /**
   * Returns the first {@code n} rows (all when fewer), in the order above, with the same settings.
   */
  public TrendTable first(int n) {
    qushi.analytics.core.Check.atLeast("n", n, 0);
    return new TrendTable(
        years, rows.subList(0, Math.min(n, rows.size())), options, gaps, counted, untested);
  }
}
