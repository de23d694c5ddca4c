package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.compare.TrendClass;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.core.Tables;
import tech.tablesaw.api.Table;

/**
 * Term trends: rates per 10,000 tokens across the years for the watch list, with bootstrap
 * intervals as error bars, and a heatmap of the terms whose change the trend test finds strongest
 * (the all-years view is written as a CSV file beside it). The default watch list is the strongest
 * emerging or rising, vanished, fading or falling, and peaked terms of the trend table (smallest p
 * first; terms that one document carries last).
 */
public final class TrendsSection extends BuilderSection {
  @Override
  void fill(SectionModel.Builder s, ReportData data, Labels l) {
    ReportOptions o = data.options();
    int[] years = data.q().years();
    String trendsCsv = data.trend() != null ? s.csv("trends.csv", data.trend().table()) : null;

    Map<String, List<String>> groups = new LinkedHashMap<>();
    if (o.watch().isEmpty()) {
      ReportData.AutoWatch auto = data.autoWatch();
      if (auto != null) {
        groups.put(title(data, "trends.risers", auto.risers(), l), auto.risers());
        groups.put(title(data, "trends.fallers", auto.fallers(), l), auto.fallers());
        if (!auto.peaked().isEmpty()) groups.put(l.get("trends.peaked"), auto.peaked());
      }
      s.parameter(
          "param.watch",
          l.format("trends.auto", ReportData.DEFAULT_WATCH, ReportData.DEFAULT_WATCH));
    } else {
      groups.put(
          l.get("trends.watch"),
          data.watch().list().stream().map(TermInterval::term).distinct().toList());
      s.parameter("param.watch", String.join("、", o.watch()));
    }

    List<TermInterval> watched = new ArrayList<>();
    List<Figure> charts = new ArrayList<>();
    int g = 0;
    for (var e : groups.entrySet()) {
      List<Charts.Series> series = new ArrayList<>();
      for (String term : e.getValue()) {
        List<TermInterval> rows = data.watch().where(r -> r.term().equals(term)).list();
        double[] rate = new double[years.length];
        double[] low = new double[years.length];
        double[] high = new double[years.length];
        for (int y = 0; y < years.length; y++) {
          TermInterval r = rows.get(y);
          rate[y] = r.per10k();
          low[y] = r.lower();
          high[y] = r.upper();
          watched.add(r);
        }
        series.add(new Charts.Series(term, rate, low, high));
      }
      s.terms(e.getValue());
      if (!series.isEmpty()) {
        charts.add(
            s.chart(
                Charts.lines(
                    "trends watch " + (++g), e.getKey(), years, series, l.get("col.per10k"))));
      }
    }
    Table watch = Tables.of("watch", TermInterval.class, watched);
    String watchFile = s.csv("watch.csv", watch);
    s.put("charts", charts).put("watch", TableView.of(watch, l, watchFile, "term"));
    watchTrend(s, data.watchTrend(), l);
    // a section says what it cannot show
    if (charts.isEmpty()) {
      s.put("status", l.get(years.length < 2 ? "trends.one_year" : "trends.no_watch"));
    }

    if (data.all() != null) s.put("allCsv", s.csv("compare_all.csv", data.all().table()));
    if (data.trend() != null && !data.trend().rows().isEmpty()) {
      // the terms whose change over the years the trend test finds strongest: the changed ones
      // first, each group by its scaled deviance, which weighs the change by the evidence of the
      // units that hold it (a small odd year's words do not crowd out the corpus's main changes)
      List<TrendRow> top =
          data.trend().rows().stream()
              .sorted(
                  java.util.Comparator.comparingInt((TrendRow r) -> r.trend().changed() ? 0 : 1)
                      .thenComparingDouble(r -> -r.g2())
                      .thenComparing(TrendRow::term))
              .limit(o.heatmap())
              .toList();
      int[] shown = data.trend().years().stream().mapToInt(Integer::intValue).toArray();
      String[] terms = top.stream().map(TrendRow::term).toArray(String[]::new);
      double[][] z = top.stream().map(TrendRow::per10k).toArray(double[][]::new);
      boolean byPeak = shown.length > KeywordsSection.COMPACT_YEARS;
      if (byPeak) {
        // many years: rows in order of the year of each term's highest rate, read as a timeline
        Integer[] order = new Integer[terms.length];
        for (int r = 0; r < order.length; r++) order[r] = r;
        int[] peak = new int[terms.length];
        for (int r = 0; r < terms.length; r++)
          for (int y = 1; y < shown.length; y++) if (z[r][y] > z[r][peak[r]]) peak[r] = y;
        Arrays.sort(order, java.util.Comparator.comparingInt((Integer r) -> peak[r]));
        String[] t2 = new String[terms.length];
        double[][] z2 = new double[terms.length][];
        for (int r = 0; r < order.length; r++) {
          t2[r] = terms[order[r]];
          z2[r] = z[order[r]];
        }
        terms = t2;
        z = z2;
      }
      s.terms(List.of(terms));
      s.put(
          "heatmap",
          s.chart(
              Charts.heatmap(
                  "trends heatmap",
                  l.format(byPeak ? "trends.heatmap_peak" : "trends.heatmap", terms.length),
                  Arrays.stream(shown).mapToObj(Integer::toString).toArray(String[]::new),
                  terms,
                  z,
                  l.get("col.compare_all.per10k"))));
      // the heatmap's numbers are the trend table's rates; the all-years view has a file of its own
      s.put("heatmapCsv", trendsCsv);
      s.method("all");
    }
    s.method("count")
        .method("words")
        .method("per10k")
        .method("bootstrap")
        .parameter("param.resamples", o.resamples())
        .parameter("param.heatmap", o.heatmap());
  }

  /**
   * Adds the trend test of the watch list the options name, a family of its own: which terms
   * changed, by their shapes, and its table and file (columns as in trends.csv).
   */
  private static void watchTrend(SectionModel.Builder s, TrendTable tested, Labels l) {
    if (tested == null) return;
    List<String> changed = new ArrayList<>();
    for (TrendRow r : tested.rows()) {
      if (r.trend().changed()) {
        changed.add(
            l.format("trends.watch_changed", r.term(), l.get("value.trend." + r.trend().name())));
      }
    }
    String text =
        l.format(
            "trends.watch_tested",
            tested.rows().size(),
            changed.isEmpty()
                ? l.get("trends.watch_none")
                : String.join(l.get("js.list_separator"), changed));
    if (!tested.untested().isEmpty()) {
      text +=
          " "
              + l.format(
                  "trends.watch_untested",
                  String.join(l.get("js.list_separator"), tested.untested()));
    }
    Table table = tested.table();
    String file = s.csv("trends_watch.csv", table);
    s.put("watchTested", text).put("watchTrend", TableView.of(table, l, file, "term"));
    s.method("watch_family");
  }

  /**
   * Returns the title of an automatic group ({@code key}: its label): on a corpus where few shapes
   * are significant, the group is filled with the strongest candidates of its direction (STABLE),
   * and the title must not claim them — it names those terms, or, when the group holds nothing
   * else, says so instead of the group's name.
   */
  private static String title(ReportData data, String key, List<String> terms, Labels l) {
    List<String> stable =
        data.trend().rows().stream()
            .filter(r -> r.trend() == TrendClass.STABLE && terms.contains(r.term()))
            .map(TrendRow::term)
            .toList();
    if (stable.isEmpty()) return l.get(key);
    if (stable.size() == terms.size()) return l.get(key + "_candidates");
    return l.get(key) + l.format("trends.stable_candidates", String.join("、", stable));
  }
}
