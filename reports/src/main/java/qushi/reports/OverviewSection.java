package qushi.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import qushi.analytics.CleanDocument;
import qushi.analytics.Tables;
import qushi.analytics.YearStats;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Corpus overview: documents, sections, passages, characters and tokens per year, a chart of
 * tokens per year, the list of documents, and a warning when the years differ greatly in size.
 */
public final class OverviewSection implements Section {
  /** Largest/smallest tokens per year above which the page warns that raw counts mislead. */
  public static final double IMBALANCE = 5;

  @Override
  public String id() {
    return "overview";
  }

  @Override
  public Map<String, Object> build(Page page) {
    Labels l = page.labels();
    List<YearStats> stats = page.analysis().stats();
    Table table = Tables.of("stats", YearStats.class, stats);
    String file = page.csv("stats.csv", table);

    String[] years = stats.stream().map(s -> Integer.toString(s.year())).toArray(String[]::new);
    double[] tokens = stats.stream().mapToDouble(YearStats::tokens).toArray();
    String[] hover = stats.stream()
        .map(s -> l.format("overview.hover", s.year(), s.tokens(), s.documents(), s.passages())).toArray(String[]::new);
    Chart chart = page.add(page.charts().columns("overview tokens", l.get("overview.chart"), years, tokens,
        l.get("col.tokens"), hover));

    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stats", TableView.of(table, l, file));
    m.put("chart", chart);
    m.put("documents", TableView.of(documents(page), l, ""));
    YearStats max = stats.stream().max(java.util.Comparator.comparingLong(YearStats::tokens)).orElseThrow();
    YearStats min = stats.stream().min(java.util.Comparator.comparingLong(YearStats::tokens)).orElseThrow();
    double ratio = (double) max.tokens() / Math.max(1, min.tokens());
    if (ratio > IMBALANCE) {
      m.put("warning", l.format("overview.warning", String.format(Locale.ROOT, "%.1f", ratio), max.year(), max.tokens(),
          min.year(), min.tokens()));
    }
    page.method("tokens");
    page.method("characters");
    return m;
  }

  private static Table documents(Page page) {
    StringColumn id = StringColumn.create("doc");
    IntColumn year = IntColumn.create("year");
    StringColumn title = StringColumn.create("title");
    StringColumn source = StringColumn.create("source");
    LongColumn chars = LongColumn.create("characters");
    IntColumn sections = IntColumn.create("sections");
    for (CleanDocument d : page.analysis().documents()) {
      id.append(d.id());
      year.append(d.year());
      title.append(d.document().title());
      source.append(d.document().source());
      chars.append(d.text().codePoints().filter(c -> !Character.isWhitespace(c)).count());
      sections.append(d.sections().size());
    }
    return Table.create("documents", id, year, title, source, chars, sections);
  }
}
