package qushi.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import qushi.analytics.compare.Direction;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessRow;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.StratifiedRow;
import qushi.analytics.compare.StratifiedTable;
import qushi.analytics.compare.StratifiedTrendRow;
import qushi.analytics.compare.StratifiedTrendTable;
import qushi.analytics.compare.TrendClass;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.prepare.PreparedCorpus;
import tech.tablesaw.api.Table;

/**
 * What changed: for each pair of consecutive periods (the years themselves when there are at most
 * three, otherwise periods of several years) a diverging bar chart of the weighted log-odds z of
 * the strongest rises and falls, coloured by significance, with the terms that come mostly from one
 * document marked; then the terms whose trend over all years is emerging, peaked, or vanished and
 * fading, with onset, peak and last years; and, when the corpus names its sources, the same
 * comparisons within sources.
 */
public final class ChangesSection extends BuilderSection {
  /** Rows in each of the shape lists and stratified tables. */
  public static final int LIST = 15;

  @Override
  void fill(SectionModel.Builder s, ReportData data, Labels l) {
    KeynessOptions ko = KeynessOptions.defaults();
    List<Period> periods = data.periods();
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < periods.size(); i++) {
      String from = periods.get(i).label();
      String to = periods.get(i + 1).label();
      KeynessTable kt = data.changes().get(i);
      if (kt == null) continue;
      String file = s.csv("keyness_" + file(from) + "_" + file(to) + ".csv", kt.table());
      int n = data.options().keyness();
      List<KeynessRow> shown = new ArrayList<>();
      // the terms used more in the later period, and those used more in the earlier, each list
      // without the terms that stand mostly inside a longer one of it (by the frequency on the
      // side the term is used more)
      for (Direction d : List.of(Direction.UP, Direction.DOWN)) {
        shown.addAll(
            Keywords.listed(
                data.q().corpus(),
                kt.rows().stream().filter(r -> r.direction() == d).toList(),
                n,
                KeynessRow::term,
                r -> d == Direction.UP ? r.targetFrequency() : r.referenceFrequency()));
      }
      shown.sort(
          Comparator.comparingDouble(KeynessRow::z).reversed().thenComparing(KeynessRow::term));
      String[] terms = shown.stream().map(KeynessRow::term).toArray(String[]::new);
      String[] labels =
          shown.stream()
              .map(r -> r.concentrated() ? r.term() + " *" : r.term())
              .toArray(String[]::new);
      String[] colors =
          shown.stream()
              .map(
                  r ->
                      !r.significant(ko.level())
                          ? Charts.NOT_SIGNIFICANT
                          : r.direction() == Direction.UP ? Charts.UP : Charts.DOWN)
              .toArray(String[]::new);
      String[] hover =
          shown.stream()
              .map(
                  r ->
                      l.format(
                              "changes.hover",
                              Charts.text(r.term()),
                              from,
                              r.referenceFrequency(),
                              r.referencePer10k(),
                              to,
                              r.targetFrequency(),
                              r.targetPer10k(),
                              r.logRatio(),
                              r.g2(),
                              r.pAdjusted(),
                              r.z())
                          + (r.topDocument().isEmpty() || Double.isNaN(r.topDocumentShare())
                              ? "" // no share where a side is one document
                              : l.format(
                                  "changes.hover_doc",
                                  Charts.text(r.topDocument()),
                                  100 * r.topDocumentShare())))
              .toArray(String[]::new);
      s.terms(shown.stream().map(KeynessRow::term).toList());
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("from", from);
      pm.put("to", to);
      long concentrated = kt.significant().stream().filter(KeynessRow::concentrated).count();
      pm.put(
          "tested",
          l.format("changes.tested", kt.size(), kt.significant().size(), ko.level())
              + (concentrated == 0
                  ? ""
                  : " " + l.format("changes.concentrated_shapes", concentrated)));
      pm.put("csv", file);
      if (terms.length > 0) {
        pm.put(
            "chart",
            s.chart(
                Charts.diverging(
                    "changes " + from + " " + to,
                    l.format("changes.chart", from, to),
                    terms,
                    labels,
                    shown.stream().mapToDouble(KeynessRow::z).toArray(),
                    colors,
                    l.get("col.z"),
                    hover)));
      }
      pairs.add(pm);
    }
    s.put("pairs", pairs)
        .put(
            "intro",
            periods.size() < 2
                ? l.get("changes.one_year")
                : data.byPeriods()
                    ? l.format(
                        "changes.intro_periods",
                        String.join(" → ", periods.stream().map(Period::label).toList()),
                        ko.level())
                    : l.format("changes.intro", ko.level()));
    TrendTable trend = data.trend();
    if (trend != null) {
      List<Map<String, Object>> lists = new ArrayList<>();
      lists.add(list(s, l, data, trend, ReportData.UP, "emerging"));
      lists.add(list(s, l, data, trend, ReportData.TURNED, "peaked"));
      lists.add(list(s, l, data, trend, ReportData.DOWN, "vanished"));
      s.put("lists", lists);
      s.put("trendsCsv", "trends.csv");
      long concentrated =
          trend.rows().stream()
              .filter(r -> r.trend().changed())
              .filter(TrendRow::concentrated)
              .count();
      s.put(
          "shapes",
          l.format(
                  "changes.shapes",
                  trend.years().getFirst(),
                  trend.years().getLast(),
                  trend.gaps().isEmpty() ? "" : l.format("changes.gaps", trend.gapsText()),
                  nonStable(trend),
                  trend.rows().size())
              + (trend.step() > 1 ? " " + l.format("changes.step", trend.step()) : "")
              + (concentrated == 0
                  ? ""
                  : " " + l.format("changes.concentrated_shapes", concentrated)));
      s.method("trend");
    }
    if (data.strata() != null) {
      List<Map<String, Object>> within = new ArrayList<>();
      if (data.trendWithin() != null)
        within.add(trendWithin(s, data.trendWithin(), data.q().corpus(), l));
      for (StratifiedTable st : data.stratified()) {
        if (st == null) continue;
        Map<String, Object> m = new LinkedHashMap<>();
        Table table = st.table();
        String file =
            s.csv("stratified_" + file(st.reference()) + "_" + file(st.target()) + ".csv", table);
        List<StratifiedRow> sig = st.significant();
        // the terms that rose and those that fell, each by the frequency on its side, as the
        // chart of the changes
        List<String> top =
            Keywords.listed(
                    data.q().corpus(),
                    sig,
                    LIST,
                    StratifiedRow::term,
                    r ->
                        r.direction() == Direction.UP
                            ? r.targetFrequency()
                            : r.referenceFrequency(),
                    StratifiedRow::direction)
                .stream()
                .map(StratifiedRow::term)
                .toList();
        s.terms(top);
        Table shown = rowsOf(table, "term", top);
        // one value compared: its years are the comparison's, named in the title; and with no
        // other value left out, the comparison above is already within it
        boolean one = st.compared().size() == 1;
        boolean same = one && st.dropped().isEmpty();
        m.put(
            "title",
            one && !same
                ? l.format(
                    "changes.within_years",
                    st.compared().getFirst().text(),
                    data.strata(),
                    st.reference(),
                    st.target())
                : l.format("changes.within", st.reference(), st.target(), data.strata()));
        // nothing compared within a value (the note says why): no table, which would only say
        // "none"
        if (same || st.used().isEmpty()) {
          m.put(
              "note",
              same
                  ? l.format("changes.within_same", data.strata(), st.used().getFirst())
                  : l.format("changes.within_none", data.strata()));
          within.add(m);
          continue;
        }
        m.put(
            "note",
            l.format(
                "changes.within_note",
                st.compared().stream()
                    .map(y -> y.stratum() + " " + y.text())
                    .collect(Collectors.joining(l.get("changes.within_join"))),
                st.dropped().isEmpty()
                    ? ""
                    : l.format("changes.within_dropped", String.join("、", st.dropped())),
                st.size(),
                sig.size(),
                st.againstPooledRates()));
        m.put(
            "table",
            TableView.of(
                shown.selectColumns(
                    "term",
                    // in the order of the CSV file, the later period first
                    "target_frequency",
                    "reference_frequency",
                    "log_ratio",
                    "crude_log_ratio",
                    "p_adj",
                    "direction",
                    "top_doc_share"),
                l,
                file,
                "term"));
        within.add(m);
      }
      s.put("within", within);
      s.method("strata");
      s.parameter("param.strata", data.strata());
    }
    if (data.trendWithin() != null) s.method("strata_trend");
    if (data.byPeriods()) s.method("periods");
    s.method("keyness")
        .method("log_ratio")
        .method("g2")
        .method("fdr")
        .method("z")
        .method("concentration")
        .parameter("param.level", ko.level())
        .parameter("param.min_count", ko.minCount())
        .parameter("param.keyness", data.options().keyness())
        .parameter(
            "param.periods", String.join(", ", periods.stream().map(Period::label).toList()));
  }

  /**
   * Returns the rows of {@code t} whose {@code column} holds one of {@code terms}, in their order.
   */
  private static Table rowsOf(Table t, String column, List<String> terms) {
    Table sub = t.where(t.stringColumn(column).isIn(terms));
    Table out = sub.emptyCopy();
    for (String term : terms) out.append(sub.where(sub.stringColumn(column).isEqualTo(term)));
    return out;
  }

  /** Returns a period's label as part of a file name: 2013..2017 → 2013-2017, lists joined by +. */
  static String file(String label) {
    // 2013..2017 → 2013-2017 and 2013,2018 → 2013+2018, so two periods read apart: a_b
    return label.replace("..", "-").replace(",", "+").replaceAll("[^0-9a-z+-]+", "_");
  }

  /** Returns the number of rows whose shape is neither STABLE nor SPARSE. */
  static long nonStable(TrendTable trend) {
    return trend.rows().stream().filter(r -> r.trend().changed()).count();
  }

  /**
   * Returns a titled table of the rows of these shapes, smallest p first, at most {@link #LIST},
   * but those that stand mostly inside a longer term of the list (as a year's keywords, {@link
   * Keywords}).
   */
  private static Map<String, Object> list(
      SectionModel.Builder s,
      Labels l,
      ReportData data,
      TrendTable trend,
      Set<TrendClass> shapes,
      String key) {
    List<String> terms =
        Keywords.listed(
                data.q().corpus(),
                trend.rows().stream()
                    .filter(r -> shapes.contains(r.trend()))
                    .sorted(ReportData.STRONGEST_FIRST)
                    .toList(),
                LIST,
                TrendRow::term,
                TrendRow::frequency)
            .stream()
            .map(TrendRow::term)
            .toList();
    s.terms(terms);
    Table out = rowsOf(trend.table(), TrendTable.TERM, terms);
    List<String> columns =
        new ArrayList<>(
            List.of(
                TrendTable.TERM,
                TrendTable.TREND,
                TrendTable.ONSET,
                TrendTable.PEAK,
                TrendTable.LAST,
                TrendTable.FREQUENCY,
                TrendTable.CHANGE,
                TrendTable.EARLY_END,
                TrendTable.LATE_START,
                TrendTable.P_ADJ));
    // a dip is told by its lowest year
    if (shapes.contains(TrendClass.DIPPED)) {
      columns.add(columns.indexOf(TrendTable.PEAK) + 1, TrendTable.TROUGH);
    }
    // the shapes read from their years, not from a change from first to last, have no change
    if (shapes.stream().noneMatch(TrendClass::measuredByChange)) {
      columns.removeAll(List.of(TrendTable.CHANGE, TrendTable.EARLY_END, TrendTable.LATE_START));
    }
    if (out.columnNames().contains(TrendTable.TOP_DOC_SHARE)) {
      columns.add(TrendTable.TOP_DOC_SHARE);
    }
    out = out.selectColumns(columns.toArray(String[]::new));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", l.get("changes." + key));
    m.put("table", TableView.of(out, l, "trends.csv", TrendTable.TERM));
    m.put("empty", terms.isEmpty());
    return m;
  }

  /**
   * Returns the entry of the trend within the strata: its title, a note on the strata it takes and
   * leaves out and on what it found, and its significant terms (all of them in the CSV file).
   */
  private static Map<String, Object> trendWithin(
      SectionModel.Builder s, StratifiedTrendTable t, PreparedCorpus corpus, Labels l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", l.format("changes.trend_within", t.column()));
    if (t.used().isEmpty()) {
      m.put("note", l.format("changes.trend_within_none", t.column()));
      return m;
    }
    Table table = t.table();
    String file = s.csv("trend_within.csv", table);
    List<String> top =
        Keywords.listed(
                corpus,
                t.rows().stream().filter(r -> r.significant(t.options().level())).toList(),
                LIST,
                StratifiedTrendRow::term,
                StratifiedTrendRow::frequency)
            .stream()
            .map(StratifiedTrendRow::term)
            .toList();
    s.terms(top);
    m.put(
        "note",
        l.format(
                "changes.trend_within_note",
                t.used().stream()
                    .map(StratifiedTrendTable.Years::text)
                    .collect(Collectors.joining(l.get("changes.within_join"))),
                t.dropped().isEmpty()
                    ? ""
                    : l.format("changes.trend_within_dropped", String.join("、", t.dropped())),
                t.tested(),
                t.found())
            + (t.against() == 0 ? "" : " " + l.format("changes.trend_within_against", t.against()))
            + (t.alone() == 0 ? "" : " " + l.format("changes.trend_within_alone", t.alone())));
    Table shown = rowsOf(table, "term", top);
    m.put(
        "table",
        TableView.of(
            shown.selectColumns(
                "term",
                "frequency",
                "change_per_year",
                "change_lower",
                "change_upper",
                "crude_change_per_year",
                "p_adj",
                "direction"),
            l,
            file,
            "term"));
    return m;
  }
}
