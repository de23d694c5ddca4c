package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid charts behind {@link Charts#multiples} and {@link Charts#small}: several small charts in
 * one figure, each on its own pair of axes laid out side by side or in rows, titled by an
 * annotation above it.
 */
final class GridCharts {
  private GridCharts() {}

  /** Returns one small chart per series in a grid (see {@link Charts#multiples}). */
  static Figure multiples(
      String name, String title, int[] years, List<Charts.Series> series, String yTitle) {
    int columns = 3;
    int rows = (series.size() + columns - 1) / columns;
    double top = Charts.top(series);
    List<Map<String, Object>> traces = new ArrayList<>();
    List<Map<String, Object>> annotations = new ArrayList<>();
    Map<String, Object> layout = new LinkedHashMap<>();
    double gapX = 0.05;
    double gapY = 0.45 / Math.max(1, rows);
    double w = (1 - gapX * (columns - 1)) / columns;
    double h = (1 - gapY * (rows - 1)) / rows;
    for (int i = 0; i < series.size(); i++) {
      Charts.Series s = series.get(i);
      int r = i / columns;
      int c = i % columns;
      String suffix = i == 0 ? "" : Integer.toString(i + 1);
      Map<String, Object> t = Charts.trace("scatter");
      t.put("mode", "lines+markers");
      t.put("x", Charts.gapped(years, years));
      t.put("y", Charts.gapped(years, s.per10k()));
      t.put("xaxis", "x" + suffix);
      t.put("yaxis", "y" + suffix);
      t.put("line", Map.of("color", Charts.BAR, "width", 1.5));
      t.put("marker", Map.of("color", Charts.BAR, "size", 4));
      t.put(
          "error_y",
          Charts.errorBars(years, s, Map.of("width", 0, "color", "rgba(46,134,193,0.45)")));
      Object[] click = new Object[years.length];
      Arrays.fill(click, s.click());
      t.put("customdata", Charts.gapped(years, click));
      t.put("hovertemplate", Charts.text(s.term()) + " %{x}: %{y:.1f}<extra></extra>");
      t.put("meta", Charts.YEAR_X);
      traces.add(t);
      double x0 = c * (w + gapX);
      double y1 = 1 - r * (h + gapY);
      Map<String, Object> xa = new LinkedHashMap<>();
      xa.put("domain", List.of(x0, x0 + w));
      xa.put("anchor", "y" + suffix);
      xa.put("type", "linear");
      xa.put("tickfont", Map.of("size", 10));
      xa.put("nticks", 5);
      layout.put("xaxis" + suffix, xa);
      Map<String, Object> ya = new LinkedHashMap<>();
      ya.put("domain", List.of(y1 - h, y1));
      ya.put("anchor", "x" + suffix);
      ya.put("range", List.of(0, top + 1e-9));
      ya.put("gridcolor", "#eee");
      ya.put("tickfont", Map.of("size", 10));
      if (c == 0) {
        // the margin grows to hold the tick labels and the title beside them
        ya.put("automargin", true);
        ya.put("title", Map.of("text", yTitle, "font", Map.of("size", 10), "standoff", 6));
      }
      layout.put("yaxis" + suffix, ya);
      Map<String, Object> heading = panelTitle(Charts.text(s.term()), x0 + w / 2, y1);
      heading.put("font", Map.of("size", 12));
      annotations.add(heading);
    }
    layout.put("annotations", annotations);
    layout.put("margin", Map.of("l", 10, "r", 10, "t", 30, "b", 30, "pad", 2));
    return Charts.figure(name, title, 60 + 190 * rows, layout, traces);
  }

  /** Returns small multiples side by side over the same x values (see {@link Charts#small}). */
  static Figure small(
      String name, String title, double[] x, String xTitle, List<Charts.Panel> panels, int mark) {
    List<Map<String, Object>> traces = new ArrayList<>();
    Map<String, Object> layout = new LinkedHashMap<>();
    List<Map<String, Object>> annotations = new ArrayList<>();
    int n = panels.size();
    double gap = 0.06;
    double width = (1 - gap * (n - 1)) / n;
    for (int i = 0; i < n; i++) {
      String suffix = i == 0 ? "" : Integer.toString(i + 1);
      Map<String, Object> t = Charts.trace("scatter");
      t.put("mode", "lines+markers");
      t.put("x", x);
      t.put("y", panels.get(i).y());
      t.put("xaxis", "x" + suffix);
      t.put("yaxis", "y" + suffix);
      String[] colors = new String[x.length];
      double[] sizes = new double[x.length];
      for (int k = 0; k < x.length; k++) {
        colors[k] = k == mark ? Charts.UP : Charts.BAR;
        sizes[k] = k == mark ? 12 : 7;
      }
      t.put("marker", Map.of("color", colors, "size", sizes));
      t.put("line", Map.of("color", Charts.BAR));
      t.put("hovertemplate", "%{x}: %{y:.3g}<extra></extra>");
      traces.add(t);
      double from = i * (width + gap);
      Map<String, Object> xa = new LinkedHashMap<>();
      xa.put("domain", List.of(from, from + width));
      xa.put("anchor", "y" + suffix);
      xa.put("tickmode", "array");
      xa.put("tickvals", x);
      xa.put("title", Map.of("text", xTitle));
      layout.put("xaxis" + suffix, xa);
      Map<String, Object> ya = new LinkedHashMap<>();
      ya.put("anchor", "x" + suffix);
      ya.put("automargin", true);
      ya.put("gridcolor", "#eee");
      layout.put("yaxis" + suffix, ya);
      annotations.add(panelTitle(Charts.text(panels.get(i).title()), from + width / 2, 1.0));
    }
    layout.put("annotations", annotations);
    layout.put("margin", Map.of("l", 10, "r", 20, "t", 40, "b", 40, "pad", 2));
    return Charts.figure(name, title, 300, layout, traces);
  }

  /**
   * Returns a panel's title: {@code text} centred on {@code x} just above {@code y}, in paper
   * units.
   */
  private static Map<String, Object> panelTitle(String text, double x, double y) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("text", text);
    a.put("x", x);
    a.put("y", y);
    a.put("xref", "paper");
    a.put("yref", "paper");
    a.put("yanchor", "bottom");
    a.put("showarrow", false);
    return a;
  }
}
