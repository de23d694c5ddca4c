package qushi.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.Analysis;
import qushi.analytics.TermCount;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.RateInterval;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Term trends: rates per 10,000 tokens across the years for the watch list, with bootstrap
 * intervals as error bars, and a heatmap of the top terms of the all-years view. The default
 * watch list is the strongest risers and fallers of the trend table (by z).
 */
public final class TrendsSection implements Section {
  /** Risers (and fallers) in the default watch list. */
  public static final int DEFAULT_WATCH = 5;

  @Override
  public String id() {
    return "trends";
  }

  @Override
  public Map<String, Object> build(Page page) {
    Labels l = page.labels();
    ReportOptions o = page.options();
    Analysis a = page.analysis();
    TrendTable trend = page.trend();
    page.csv("trends.csv", trend.table());

    Map<String, List<String>> groups = new LinkedHashMap<>();
    if (o.watch().isEmpty()) {
      groups.put(l.get("trends.risers"), trend.rows().stream().filter(r -> r.z() > 0)
          .sorted(Comparator.comparingDouble(TrendRow::z).reversed().thenComparing(TrendRow::term))
          .limit(DEFAULT_WATCH).map(TrendRow::term).toList());
      groups.put(l.get("trends.fallers"), trend.rows().stream().filter(r -> r.z() < 0)
          .sorted(Comparator.comparingDouble(TrendRow::z).thenComparing(TrendRow::term))
          .limit(DEFAULT_WATCH).map(TrendRow::term).toList());
      page.parameter("param.watch", l.format("trends.auto", DEFAULT_WATCH, DEFAULT_WATCH));
    } else {
      groups.put(l.get("trends.watch"), o.watch().stream().map(a::cleanQuery).distinct().toList());
      page.parameter("param.watch", String.join("、", o.watch()));
    }

    BootstrapOptions bo = new BootstrapOptions(o.resamples(), 0.95, o.seed());
    int[] years = a.years();
    StringColumn wTerm = StringColumn.create("term");
    IntColumn wYear = IntColumn.create("year");
    IntColumn wCount = IntColumn.create("count");
    DoubleColumn wRate = DoubleColumn.create("per10k");
    DoubleColumn wLow = DoubleColumn.create("lower");
    DoubleColumn wHigh = DoubleColumn.create("upper");
    List<Chart> charts = new ArrayList<>();
    int g = 0;
    for (var e : groups.entrySet()) {
      List<Charts.Series> series = new ArrayList<>();
      for (String term : e.getValue()) {
        List<TermCount> counts = a.count(term);
        double[] rate = new double[years.length];
        double[] low = new double[years.length];
        double[] high = new double[years.length];
        for (int y = 0; y < years.length; y++) {
          RateInterval ri = page.comparisons().interval(term, years[y], bo);
          rate[y] = counts.get(y).per10k();
          low[y] = ri.lower();
          high[y] = ri.upper();
          wTerm.append(term);
          wYear.append(years[y]);
          wCount.append(counts.get(y).count());
          wRate.append(rate[y]);
          wLow.append(low[y]);
          wHigh.append(high[y]);
        }
        series.add(new Charts.Series(term, rate, low, high));
      }
      page.terms(e.getValue());
      if (!series.isEmpty()) {
        charts.add(page.add(page.charts().lines("trends watch " + (++g), e.getKey(), years, series, l.get("col.per10k"))));
      }
    }
    Table watch = Table.create("watch", wTerm, wYear, wCount, wRate, wLow, wHigh);
    String watchFile = page.csv("watch.csv", watch);

    Table all = page.comparisons().all(KeynessOptions.defaults(), o.heatmap());
    String allFile = page.csv("compare_all.csv", all);
    String[] terms = all.stringColumn("term").asObjectArray();
    double[][] z = new double[terms.length][years.length];
    for (int y = 0; y < years.length; y++) {
      DoubleColumn c = all.doubleColumn("per10k_" + years[y]);
      for (int r = 0; r < terms.length; r++) z[r][y] = c.get(r);
    }
    page.terms(List.of(terms));
    Chart heat = page.add(page.charts().heatmap("trends heatmap", l.format("trends.heatmap", terms.length),
        java.util.Arrays.stream(years).mapToObj(Integer::toString).toArray(String[]::new), terms, z, l.get("col.per10k")));

    page.method("count");
    page.method("per10k");
    page.method("bootstrap");
    page.method("all");
    page.parameter("param.resamples", o.resamples());
    page.parameter("param.heatmap", o.heatmap());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("charts", charts);
    m.put("watch", TableView.of(watch, l, watchFile, "term"));
    m.put("heatmap", heat);
    m.put("allCsv", allFile);
    return m;
  }
}
