package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the report's charts as Plotly figures ({@code data} and {@code layout} as JSON) from typed
 * chart specs. Every chart goes through {@link #figure}, the one place that sets the page-wide look
 * (CJK font stack, margins, colours); add a chart by adding a method here.
 *
 * <p>Plotly renders a few HTML tags inside text ({@code <b>}, {@code <br>}, {@code <a>}), so every
 * string from the corpus that Plotly shows — tick labels, legend names, hover text, node labels —
 * goes through {@link #text}, which writes {@code & < >} as entities; hover texts are markup built
 * from labels (with {@code <br>}), and their callers escape the corpus strings they put in. The raw
 * term travels in {@code customdata}, which Plotly never renders, for the click that opens its
 * context lines.
 */
public final class Charts {
  /** The font stack of the page and of every chart: CJK fonts first, installed fonts only. */
  public static final String FONT =
      "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\","
          + " \"WenQuanYi Micro Hei\", sans-serif";

  /** Colour of a significant rise (red: the usual "up" colour in Chinese charts). */
  public static final String UP = "#c0392b";

  /** Colour of a significant fall. */
  public static final String DOWN = "#1f618d";

  /** Colour of a change that is not significant. */
  public static final String NOT_SIGNIFICANT = "#b3b6b7";

  /** Colour of plain bars. */
  public static final String BAR = "#2e86c1";

  /**
   * A series for {@link #lines}: values per year with interval bounds, aligned with the years, and
   * what a click on it opens (the term itself, or {@link #topic} for a topic).
   */
  public record Series(String term, double[] per10k, double[] lower, double[] upper, Object click) {
    /** A term's series: a click opens the term. */
    public Series(String term, double[] per10k, double[] lower, double[] upper) {
      this(term, per10k, lower, upper, term);
    }
  }

  /**
   * A node of {@link #network}: a label at (x, y) with a size (units containing it), and what a
   * click on it opens (the term itself, or {@link #topic} for a topic).
   */
  public record Node(String term, double x, double y, int size, Object click) {
    /** A term's node: a click opens the term. */
    public Node(String term, double x, double y, int size) {
      this(term, x, y, size, term);
    }
  }

  /** The most years that a line chart labels one by one. */
  static final int MAX_YEAR_TICKS = 12;

  /** The most columns of a heatmap that show their numbers in the cells. */
  static final int MAX_CELL_TEXT_COLUMNS = 20;

  /** Returns what a click on a point of topic {@code id} carries: the page opens that topic. */
  public static Object topic(int id) {
    return Map.of("topic", id);
  }

  /** An edge of {@link #network} between node indices, with its weight (NPMI). */
  public record Edge(int a, int b, double weight, String hover) {}

  private Charts() {}

  /**
   * Returns the div id of a chart name: {@code chart_} and the name in lower case, every character
   * other than a–z, 0–9 replaced by '_' (the prefix keeps chart ids apart from section ids).
   */
  public static String id(String name) {
    return "chart_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  /** Returns {@code s} safe for a string that Plotly renders: {@code & < >} as HTML entities. */
  public static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String[] text(String[] s) {
    return s == null ? null : Arrays.stream(s).map(Charts::text).toArray(String[]::new);
  }

  /** Returns vertical bars of {@code y} over the categories {@code x} (not clickable). */
  public static Figure columns(
      String name, String title, String[] x, double[] y, String yTitle, String[] hover) {
    Map<String, Object> bar = trace("bar");
    bar.put("x", text(x));
    bar.put("y", y);
    bar.put("marker", Map.of("color", BAR));
    hover(bar, hover);
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", Map.of("type", "category"));
    layout.put("yaxis", axis(yTitle));
    return figure(name, title, 320, layout, List.of(bar));
  }

  /**
   * Returns horizontal bars, one per term, the first term on top; clicking a bar opens the term's
   * context lines.
   */
  public static Figure terms(
      String name, String title, String[] terms, double[] values, String xTitle, String[] hover) {
    return diverging(name, title, terms, values, filled(terms.length, BAR), xTitle, hover);
  }

  /**
   * Returns horizontal bars of signed values (e.g. log ratios), each bar in its own colour, the
   * first term on top; clicking a bar opens the term's context lines.
   */
  public static Figure diverging(
      String name,
      String title,
      String[] terms,
      double[] values,
      String[] colors,
      String xTitle,
      String[] hover) {
    Map<String, Object> bar = trace("bar");
    bar.put("orientation", "h");
    bar.put("x", values);
    bar.put("y", text(terms));
    bar.put("marker", Map.of("color", colors));
    bar.put("customdata", terms);
    hover(bar, hover);
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", axis(xTitle));
    layout.put("yaxis", Map.of("autorange", "reversed", "type", "category", "automargin", true));
    layout.put("bargap", 0.25);
    return figure(name, title, Math.max(200, 60 + 22 * terms.length), layout, List.of(bar));
  }

  /**
   * Returns one line per series across the years (x is the year on a linear axis, so unequal gaps
   * between years show), with the interval bounds as error bars.
   */
  public static Figure lines(
      String name, String title, int[] years, List<Series> series, String yTitle) {
    List<Map<String, Object>> traces = new ArrayList<>();
    for (Series s : series) {
      double[] plus = new double[years.length];
      double[] minus = new double[years.length];
      for (int i = 0; i < years.length; i++) {
        plus[i] = Math.max(0, s.upper()[i] - s.per10k()[i]);
        minus[i] = Math.max(0, s.per10k()[i] - s.lower()[i]);
      }
      Map<String, Object> t = trace("scatter");
      t.put("mode", "lines+markers");
      t.put("name", text(s.term()));
      t.put("x", gapped(years, years));
      t.put("y", gapped(years, s.per10k()));
      t.put(
          "error_y",
          Map.of(
              "type",
              "data",
              "symmetric",
              false,
              "array",
              gapped(years, plus),
              "arrayminus",
              gapped(years, minus),
              "thickness",
              1,
              "width",
              4));
      Object[] click = new Object[years.length];
      Arrays.fill(click, s.click());
      t.put("customdata", gapped(years, click));
      t.put("hovertemplate", text(s.term()) + " %{x}: %{y:.2f}<extra></extra>");
      traces.add(t);
    }
    Map<String, Object> layout = new LinkedHashMap<>();
    // every year as a tick while they fit; beyond a dozen Plotly's own round ticks
    layout.put(
        "xaxis",
        years.length <= MAX_YEAR_TICKS
            ? Map.of("tickmode", "array", "tickvals", years, "type", "linear")
            : Map.of("type", "linear", "tickformat", "d"));
    layout.put("yaxis", axis(yTitle));
    layout.put("showlegend", true);
    layout.put("legend", Map.of("orientation", "v", "x", 1.02, "y", 1));
    return figure(name, title, 460, layout, traces);
  }

  /**
   * Returns a heatmap of {@code z[row][column]}; rows are terms (first on top) and clicking a cell
   * opens the term's context lines.
   */
  public static Figure heatmap(
      String name, String title, String[] columns, String[] rows, double[][] z, String colorTitle) {
    String[][] custom = new String[rows.length][columns.length];
    for (int r = 0; r < rows.length; r++) Arrays.fill(custom[r], rows[r]);
    Map<String, Object> t = trace("heatmap");
    t.put("x", text(columns));
    t.put("y", text(rows));
    t.put("z", z);
    t.put("customdata", custom);
    t.put("colorscale", "YlOrRd");
    t.put("reversescale", true);
    t.put("colorbar", Map.of("title", Map.of("text", colorTitle)));
    // numbers in the cells while they are wide enough to read
    if (columns.length <= MAX_CELL_TEXT_COLUMNS) t.put("texttemplate", "%{z:.1f}");
    t.put("hovertemplate", "%{y} %{x}: %{z:.2f}<extra></extra>");
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", Map.of("type", "category", "side", "top"));
    layout.put("yaxis", Map.of("autorange", "reversed", "type", "category", "automargin", true));
    return figure(name, title, Math.max(300, 60 + 24 * rows.length), layout, List.of(t));
  }

  /**
   * Returns a co-word network: edges as lines (three widths by weight tercile), nodes as labelled
   * markers sized by frequency; clicking a node opens the term's context lines.
   */
  public static Figure network(
      String name, String title, List<Node> nodes, List<Edge> edges, String[] widthNames) {
    List<Map<String, Object>> traces = new ArrayList<>();
    double[] w = edges.stream().mapToDouble(Edge::weight).sorted().toArray();
    double t1 = w.length == 0 ? 0 : w[w.length / 3];
    double t2 = w.length == 0 ? 0 : w[2 * w.length / 3];
    for (int band = 0; band < 3; band++) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (Edge e : edges) {
        int b = e.weight() < t1 ? 0 : e.weight() < t2 ? 1 : 2;
        if (b != band) continue;
        // null ends a line segment, so one trace draws many separate edges
        xs.addAll(Arrays.asList(nodes.get(e.a()).x(), nodes.get(e.b()).x(), null));
        ys.addAll(Arrays.asList(nodes.get(e.a()).y(), nodes.get(e.b()).y(), null));
      }
      if (xs.isEmpty()) continue;
      Map<String, Object> t = trace("scatter");
      t.put("mode", "lines");
      t.put("x", xs);
      t.put("y", ys);
      t.put("name", text(widthNames[band]));
      t.put("hoverinfo", "skip");
      t.put(
          "line",
          Map.of(
              "width", 0.8 + 1.4 * band, "color", "rgba(90,110,130," + (0.25 + 0.2 * band) + ")"));
      traces.add(t);
    }
    String[] labels = nodes.stream().map(Node::term).toArray(String[]::new);
    double max = nodes.stream().mapToInt(Node::size).max().orElse(1);
    Map<String, Object> node = trace("scatter");
    node.put("mode", "markers+text");
    node.put("x", nodes.stream().mapToDouble(Node::x).toArray());
    node.put("y", nodes.stream().mapToDouble(Node::y).toArray());
    node.put("text", text(labels));
    node.put("customdata", nodes.stream().map(Node::click).toArray());
    node.put("showlegend", false);
    node.put("textposition", "top center");
    node.put(
        "marker",
        Map.of(
            "size",
            nodes.stream().mapToDouble(n -> 10 + 22 * Math.sqrt(n.size() / max)).toArray(),
            "color",
            BAR,
            "opacity",
            0.85,
            "line",
            Map.of("width", 1, "color", "#fff")));
    node.put(
        "hovertext",
        nodes.stream().map(n -> text(n.term()) + " (" + n.size() + ")").toArray(String[]::new));
    node.put("hovertemplate", "%{hovertext}<extra></extra>");
    traces.add(node);
    Map<String, Object> layout = new LinkedHashMap<>();
    Map<String, Object> hidden = Map.of("visible", false, "zeroline", false, "showgrid", false);
    layout.put("xaxis", hidden);
    layout.put("yaxis", hidden);
    layout.put("showlegend", true);
    layout.put("legend", Map.of("orientation", "h", "y", -0.02));
    layout.put("hovermode", "closest");
    return figure(name, title, 720, layout, traces);
  }

  /**
   * Returns one small chart per series in a grid (three across), all on the same y scale so that
   * sizes compare, each titled with its series' name; a click on a point opens the series' target.
   * Years are on a linear axis, so unequal gaps between years show.
   */
  public static Figure multiples(
      String name, String title, int[] years, List<Series> series, String yTitle) {
    int columns = 3;
    int rows = (series.size() + columns - 1) / columns;
    double max = 0;
    for (Series s : series)
      for (double v : s.upper()) if (Double.isFinite(v)) max = Math.max(max, v);
    List<Map<String, Object>> traces = new ArrayList<>();
    List<Map<String, Object>> annotations = new ArrayList<>();
    Map<String, Object> layout = new LinkedHashMap<>();
    double gapX = 0.05;
    double gapY = 0.45 / Math.max(1, rows);
    double w = (1 - gapX * (columns - 1)) / columns;
    double h = (1 - gapY * (rows - 1)) / rows;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      int r = i / columns;
      int c = i % columns;
      String suffix = i == 0 ? "" : Integer.toString(i + 1);
      double[] plus = new double[years.length];
      double[] minus = new double[years.length];
      for (int k = 0; k < years.length; k++) {
        plus[k] = Math.max(0, s.upper()[k] - s.per10k()[k]);
        minus[k] = Math.max(0, s.per10k()[k] - s.lower()[k]);
      }
      Map<String, Object> t = trace("scatter");
      t.put("mode", "lines+markers");
      t.put("x", gapped(years, years));
      t.put("y", gapped(years, s.per10k()));
      t.put("xaxis", "x" + suffix);
      t.put("yaxis", "y" + suffix);
      t.put("line", Map.of("color", BAR, "width", 1.5));
      t.put("marker", Map.of("color", BAR, "size", 4));
      t.put(
          "error_y",
          Map.of(
              "type",
              "data",
              "symmetric",
              false,
              "array",
              gapped(years, plus),
              "arrayminus",
              gapped(years, minus),
              "thickness",
              1,
              "width",
              0,
              "color",
              "rgba(46,134,193,0.45)"));
      Object[] click = new Object[years.length];
      Arrays.fill(click, s.click());
      t.put("customdata", gapped(years, click));
      t.put("hovertemplate", text(s.term()) + " %{x}: %{y:.1f}<extra></extra>");
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
      ya.put("range", List.of(0, max * 1.05 + 1e-9));
      ya.put("gridcolor", "#eee");
      ya.put("tickfont", Map.of("size", 10));
      if (c == 0) ya.put("title", Map.of("text", yTitle, "font", Map.of("size", 10)));
      layout.put("yaxis" + suffix, ya);
      annotations.add(
          Map.of(
              "text",
              text(s.term()),
              "x",
              x0 + w / 2,
              "y",
              y1,
              "xref",
              "paper",
              "yref",
              "paper",
              "yanchor",
              "bottom",
              "showarrow",
              false,
              "font",
              Map.of("size", 12)));
    }
    layout.put("annotations", annotations);
    layout.put("margin", Map.of("l", 10, "r", 10, "t", 30, "b", 30, "pad", 2));
    return figure(name, title, 60 + 190 * rows, layout, traces);
  }

  /**
   * A panel of {@link #small}: a title and one value per x (NaN for none).
   *
   * @param title the panel's title (from the labels)
   * @param y the values
   */
  public record Panel(String title, double[] y) {}

  /**
   * Returns small multiples side by side over the same x values, each with its own y axis; the
   * point at index {@code mark} of every panel is drawn larger and in the "up" colour (e.g. the
   * chosen K).
   */
  public static Figure small(
      String name, String title, double[] x, String xTitle, List<Panel> panels, int mark) {
    List<Map<String, Object>> traces = new ArrayList<>();
    Map<String, Object> layout = new LinkedHashMap<>();
    List<Map<String, Object>> annotations = new ArrayList<>();
    int n = panels.size();
    double gap = 0.06;
    double width = (1 - gap * (n - 1)) / n;
    for (int i = 0; i < n; i++) {
      String suffix = i == 0 ? "" : Integer.toString(i + 1);
      Map<String, Object> t = trace("scatter");
      t.put("mode", "lines+markers");
      t.put("x", x);
      t.put("y", panels.get(i).y());
      t.put("xaxis", "x" + suffix);
      t.put("yaxis", "y" + suffix);
      String[] colors = new String[x.length];
      double[] sizes = new double[x.length];
      for (int k = 0; k < x.length; k++) {
        colors[k] = k == mark ? UP : BAR;
        sizes[k] = k == mark ? 12 : 7;
      }
      t.put("marker", Map.of("color", colors, "size", sizes));
      t.put("line", Map.of("color", BAR));
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
      annotations.add(
          Map.of(
              "text",
              text(panels.get(i).title()),
              "x",
              from + width / 2,
              "y",
              1.0,
              "xref",
              "paper",
              "yref",
              "paper",
              "yanchor",
              "bottom",
              "showarrow",
              false));
    }
    layout.put("annotations", annotations);
    layout.put("margin", Map.of("l", 10, "r", 20, "t", 40, "b", 40, "pad", 2));
    return figure(name, title, 300, layout, traces);
  }

  /**
   * Returns labelled bubbles at (x, y) sized by {@link Node#size}, e.g. the intertopic map; the
   * axes are padded so that labels at the edge are not cut, and a click opens the node's target.
   *
   * @param hover the hover text of each node: Plotly markup with corpus strings escaped
   */
  public static Figure bubbles(String name, String title, List<Node> nodes, String[] hover) {
    double max = nodes.stream().mapToInt(Node::size).max().orElse(1);
    Map<String, Object> t = trace("scatter");
    t.put("mode", "markers+text");
    t.put("x", nodes.stream().mapToDouble(Node::x).toArray());
    t.put("y", nodes.stream().mapToDouble(Node::y).toArray());
    t.put("text", text(nodes.stream().map(Node::term).toArray(String[]::new)));
    t.put("textposition", "middle center");
    t.put("cliponaxis", false);
    t.put("customdata", nodes.stream().map(Node::click).toArray());
    t.put(
        "marker",
        Map.of(
            "size",
            nodes.stream()
                .mapToDouble(n -> 24 + 40 * Math.sqrt(n.size() / Math.max(1, max)))
                .toArray(),
            "color",
            "rgba(46,134,193,0.35)",
            "line",
            Map.of("width", 1, "color", BAR)));
    hover(t, hover);
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", padded(nodes.stream().mapToDouble(Node::x).toArray()));
    layout.put("yaxis", padded(nodes.stream().mapToDouble(Node::y).toArray()));
    layout.put("hovermode", "closest");
    return figure(name, title, 460, layout, List.of(t));
  }

  private static Map<String, Object> padded(double[] v) {
    double lo = Arrays.stream(v).min().orElse(0);
    double hi = Arrays.stream(v).max().orElse(0);
    double pad = Math.max(0.25 * (hi - lo), 0.05);
    return Map.of(
        "visible",
        false,
        "zeroline",
        false,
        "showgrid",
        false,
        "range",
        List.of(lo - pad, hi + pad));
  }

  /**
   * The shared layout helper: the figure with the page-wide font, colours, margins and height, then
   * the chart's own layout.
   */
  static Figure figure(
      String name,
      String title,
      int height,
      Map<String, Object> layout,
      List<Map<String, Object>> data) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("height", height);
    l.put("autosize", true);
    l.put("showlegend", false);
    l.put("font", Map.of("family", FONT, "size", 13, "color", "#222"));
    l.put("paper_bgcolor", "#fff");
    l.put("plot_bgcolor", "#fff");
    l.put("hoverlabel", Map.of("font", Map.of("family", FONT)));
    l.put("margin", Map.of("l", 10, "r", 20, "t", 30, "b", 40, "pad", 2));
    l.putAll(layout);
    Map<String, Object> fig = new LinkedHashMap<>();
    fig.put("data", data);
    fig.put("layout", l);
    return new Figure(id(name), title, height, ScriptJson.of(fig));
  }

  static Map<String, Object> trace(String type) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("type", type);
    return t;
  }

  private static Map<String, Object> axis(String title) {
    return Map.of(
        "title",
        Map.of("text", title),
        "automargin",
        true,
        "zeroline",
        true,
        "zerolinecolor",
        "#888",
        "gridcolor",
        "#eee");
  }

  /**
   * Adds hover text: Plotly markup, in which corpus strings must already be escaped with {@link
   * #text}.
   */
  private static void hover(Map<String, Object> trace, String[] hover) {
    if (hover == null) return;
    trace.put("hovertext", hover);
    trace.put("hovertemplate", "%{hovertext}<extra></extra>");
  }

  /**
   * Returns {@code values} (an array, one per year) with a null after each year that is followed by
   * a gap, so that Plotly breaks the line there instead of drawing across years without documents.
   * A gap is a step between consecutive years longer than 1.5 times the median step (annual series
   * break at a missing year; a series every five years breaks at a missing five).
   */
  static Object[] gapped(int[] years, Object values) {
    int n = years.length;
    int[] steps = new int[Math.max(0, n - 1)];
    for (int i = 0; i + 1 < n; i++) steps[i] = years[i + 1] - years[i];
    int[] sorted = steps.clone();
    Arrays.sort(sorted);
    double median = sorted.length == 0 ? 1 : sorted[sorted.length / 2];
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(java.lang.reflect.Array.get(values, i));
      if (i + 1 < n && steps[i] > 1.5 * median) out.add(null);
    }
    return out.toArray();
  }

  private static String[] filled(int n, String value) {
    String[] a = new String[n];
    Arrays.fill(a, value);
    return a;
  }
}
