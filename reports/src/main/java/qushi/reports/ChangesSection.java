package qushi.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.compare.Direction;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessRow;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;
import tech.tablesaw.api.Table;

/**
 * What changed: for each pair of consecutive years a diverging bar chart of the weighted log-odds z
 * of the strongest rises and falls, coloured by significance, and the lists of terms new in the
 * last year or gone from it, each with its statistics.
 */
public final class ChangesSection implements Section {
  /** Rows in each of the new / vanished lists. */
  public static final int LIST = 15;

  @Override
  public String id() {
    return "changes";
  }

  @Override
  public SectionModel build(ReportData data, Labels l) {
    SectionModel.Builder s = SectionModel.builder(id());
    KeynessOptions ko = KeynessOptions.defaults();
    int[] years = data.q().years();
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < years.length; i++) {
      int from = years[i];
      int to = years[i + 1];
      KeynessTable kt = data.changes().get(i);
      if (kt == null) continue;
      String file = s.csv("keyness_" + from + "_" + to + ".csv", kt.table());
      int n = data.options().keyness();
      List<KeynessRow> shown = new ArrayList<>();
      shown.addAll(kt.rows().stream().filter(r -> r.direction() == Direction.UP).limit(n).toList());
      shown.addAll(
          kt.rows().stream().filter(r -> r.direction() == Direction.DOWN).limit(n).toList());
      shown.sort(
          Comparator.comparingDouble(KeynessRow::z).reversed().thenComparing(KeynessRow::term));
      String[] terms = shown.stream().map(KeynessRow::term).toArray(String[]::new);
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
                          r.referenceCount(),
                          r.referencePer10k(),
                          to,
                          r.targetCount(),
                          r.targetPer10k(),
                          r.logRatio(),
                          r.g2(),
                          r.pAdjusted(),
                          r.z()))
              .toArray(String[]::new);
      s.terms(List.of(terms));
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("from", from);
      pm.put("to", to);
      pm.put("tested", l.format("changes.tested", kt.size(), kt.significant().size(), ko.level()));
      pm.put("csv", file);
      if (terms.length > 0) {
        pm.put(
            "chart",
            s.chart(
                Charts.diverging(
                    "changes " + from + " " + to,
                    l.format("changes.chart", from, to),
                    terms,
                    shown.stream().mapToDouble(KeynessRow::z).toArray(),
                    colors,
                    l.get("col.z"),
                    hover)));
      }
      pairs.add(pm);
    }
    s.put("pairs", pairs).put("intro", l.format("changes.intro", ko.level()));
    TrendTable trend = data.trend();
    if (trend != null) {
      int last = years[years.length - 1];
      s.put("last", last);
      s.put(
          "emerging",
          list(s, l, trend, trend.rows().stream().filter(r -> r.earlierCount() == 0).toList()));
      s.put(
          "vanished",
          list(s, l, trend, trend.rows().stream().filter(r -> r.lastCount() == 0).toList()));
      s.put("emergingTitle", l.format("changes.emerging", last));
      s.put("vanishedTitle", l.format("changes.vanished", last));
      s.method("trend");
    }
    return s.method("keyness")
        .method("log_ratio")
        .method("g2")
        .method("z")
        .parameter("param.level", ko.level())
        .parameter("param.min_count", ko.minCount())
        .parameter("param.keyness", data.options().keyness())
        .build();
  }

  /** Returns the rows as a table view, strongest |z| first, at most {@link #LIST}. */
  private static TableView list(
      SectionModel.Builder s, Labels l, TrendTable trend, List<TrendRow> rows) {
    List<String> terms =
        rows.stream()
            .sorted(
                Comparator.comparingDouble((TrendRow r) -> -Math.abs(r.z()))
                    .thenComparing(TrendRow::term))
            .limit(LIST)
            .map(TrendRow::term)
            .toList();
    s.terms(terms);
    Table t = trend.table();
    Table sub = t.where(t.stringColumn(TrendTable.TERM).isIn(terms));
    // keep the |z| order of the selection
    Table out = sub.emptyCopy();
    for (String term : terms)
      out.append(sub.where(sub.stringColumn(TrendTable.TERM).isEqualTo(term)));
    return TableView.of(out, l, "trends.csv", TrendTable.TERM);
  }
}
