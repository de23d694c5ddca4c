package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Builds the report's charts from jsplot figures. Every chart goes through {@link #figure}, the one
 * place that sets the page-wide look (CJK font stack, margins, height, colours) and turns the figure
 * into a {@link Chart}; add a chart by adding a method here.
 *
 * <p>jsplot writes each figure as a script ({@code var layout = …; var trace0 = …;
 * Plotly.newPlot(…)}). What it cannot express — axis titles as objects, error bars, hover text, the
 * term behind each point — travels beside it as JSON ({@link Chart#extras}) and is merged in by the
 * page before drawing.
 */
public final class Charts {
  /** The font stack of the page and of every chart: CJK fonts first, installed fonts only. */
  public static final String FONT =
      "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";
  /** Colour of a significant rise (red: the usual "up" colour in Chinese charts). */
  public static final String UP = "#c0392b";
  /** Colour of a significant fall. */
  public static final String DOWN = "#1f618d";
  /** Colour of a change that is not significant. */
  public static final String NOT_SIGNIFICANT = "#b3b6b7";
  /** Colour of plain bars. */
  public static final String BAR = "#2e86c1";

  /** A term's rate series for {@link #lines}: per10k per year with interval bounds, aligned with the years. */
  public record Series(String term, double[] per10k, double[] lower, double[] upper) {}

  /** A node of {@link #network}: a term at (x, y) with a size (units containing it). */
  public record Node(String term, double x, double y, int size) {}

  /** An edge of {@link #network} between node indices, with its weight (NPMI). */
  public record Edge(int a, int b, double weight, String hover) {}

  /**
   * Returns the div id of a chart name: {@code chart_} and the name in lower case, every character
   * other than a–z, 0–9 replaced by '_' (the prefix keeps chart ids apart from section ids).
   */
  public static String id(String name) {
    return "chart_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  /** Returns vertical bars of {@code y} over the categories {@code x} (not clickable). */
  public Chart columns(String name, String title, String[] x, double[] y, String yTitle, String[] hover) {
    BarTrace bar = BarTrace.builder(x, y).marker(Marker.builder().color(BAR).build()).build();
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", Map.of("type", "category"));
    layout.put("yaxis", axis(yTitle));
    return figure(name, title, 320, layout, List.of(hover(hover, null)), bar);
  }

  /**
   * Returns horizontal bars, one per term, the first term on top; clicking a bar opens the term's
   * context lines.
   */
  public Chart terms(String name, String title, String[] terms, double[] values, String xTitle, String[] hover) {
    return diverging(name, title, terms, values, filled(terms.length, BAR), xTitle, hover);
  }

  /**
   * Returns horizontal bars of signed values (e.g. log ratios), each bar in its own colour, the
   * first term on top; clicking a bar opens the term's context lines.
   */
  public Chart diverging(String name, String title, String[] terms, double[] values, String[] colors, String xTitle,
      String[] hover) {
    BarTrace bar = BarTrace.builder(terms, values).orientation(BarTrace.Orientation.HORIZONTAL)
        .marker(Marker.builder().color(colors).build()).build();
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", axis(xTitle));
    layout.put("yaxis", Map.of("autorange", "reversed", "type", "category", "automargin", true));
    layout.put("bargap", 0.25);
    return figure(name, title, barHeight(terms.length), layout, List.of(hover(hover, terms)), bar);
  }

  /**
   * Returns one line per series across the years (x is the year on a linear axis, so unequal gaps
   * between years show), with the interval bounds as error bars.
   */
  public Chart lines(String name, String title, int[] years, List<Series> series, String yTitle) {
    List<Trace> traces = new ArrayList<>();
    List<Map<String, Object>> extras = new ArrayList<>();
    double[] x = Arrays.stream(years).asDoubleStream().toArray();
    for (Series s : series) {
      traces.add(ScatterTrace.builder(x, s.per10k()).mode(ScatterTrace.Mode.LINE_AND_MARKERS).name(s.term()).build());
      double[] plus = new double[years.length];
      double[] minus = new double[years.length];
      for (int i = 0; i < years.length; i++) {
        plus[i] = Math.max(0, s.upper()[i] - s.per10k()[i]);
        minus[i] = Math.max(0, s.per10k()[i] - s.lower()[i]);
      }
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", s.term());
      e.put("error_y", Map.of("type", "data", "symmetric", false, "array", plus, "arrayminus", minus, "thickness", 1,
          "width", 4));
      e.put("customdata", filled(years.length, s.term()));
      e.put("hovertemplate", "%{customdata} %{x}: %{y:.2f}<extra></extra>");
      extras.add(e);
    }
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", Map.of("tickmode", "array", "tickvals", years, "type", "linear"));
    layout.put("yaxis", axis(yTitle));
    layout.put("showlegend", true);
    layout.put("legend", Map.of("orientation", "v", "x", 1.02, "y", 1));
    return figure(name, title, 460, layout, extras, traces.toArray(new Trace[0]));
  }

  /**
   * Returns a heatmap of {@code z[row][column]}; rows are terms (first on top) and clicking a cell
   * opens the term's context lines.
   */
  public Chart heatmap(String name, String title, String[] columns, String[] rows, double[][] z, String colorTitle) {
    HeatmapTrace heat = HeatmapTrace.builder(columns, rows, z).build();
    String[][] custom = new String[rows.length][columns.length];
    for (int r = 0; r < rows.length; r++) Arrays.fill(custom[r], rows[r]);
    Map<String, Object> trace = new LinkedHashMap<>();
    trace.put("customdata", custom);
    trace.put("colorscale", "YlOrRd");
    trace.put("reversescale", true);
    trace.put("colorbar", Map.of("title", Map.of("text", colorTitle)));
    trace.put("texttemplate", "%{z:.1f}");
    trace.put("hovertemplate", "%{y} %{x}: %{z:.2f}<extra></extra>");
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", Map.of("type", "category", "side", "top"));
    layout.put("yaxis", Map.of("autorange", "reversed", "type", "category", "automargin", true));
    return figure(name, title, Math.max(300, 60 + 24 * rows.length), layout, List.of(trace), heat);
  }

  /**
   * Returns a co-word network: edges as lines (three widths by weight tercile), nodes as labelled
   * markers sized by frequency; clicking a node opens the term's context lines.
   */
  public Chart network(String name, String title, List<Node> nodes, List<Edge> edges, String[] widthNames) {
    List<Trace> traces = new ArrayList<>();
    List<Map<String, Object>> extras = new ArrayList<>();
    double[] w = edges.stream().mapToDouble(Edge::weight).sorted().toArray();
    double t1 = w.length == 0 ? 0 : w[w.length / 3];
    double t2 = w.length == 0 ? 0 : w[2 * w.length / 3];
    for (int band = 0; band < 3; band++) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (Edge e : edges) {
        int b = e.weight() < t1 ? 0 : e.weight() < t2 ? 1 : 2;
        if (b != band) continue;
        // NaN ends a line segment, so one trace draws many separate edges
        xs.addAll(List.of(nodes.get(e.a()).x(), nodes.get(e.b()).x(), Double.NaN));
        ys.addAll(List.of(nodes.get(e.a()).y(), nodes.get(e.b()).y(), Double.NaN));
      }
      if (xs.isEmpty()) continue;
      traces.add(ScatterTrace.builder(xs.stream().mapToDouble(Double::doubleValue).toArray(),
          ys.stream().mapToDouble(Double::doubleValue).toArray()).mode(ScatterTrace.Mode.LINE).build());
      extras.add(Map.of("name", widthNames[band], "hoverinfo", "skip",
          "line", Map.of("width", 0.8 + 1.4 * band, "color", "rgba(90,110,130," + (0.25 + 0.2 * band) + ")")));
    }
    double[] x = nodes.stream().mapToDouble(Node::x).toArray();
    double[] y = nodes.stream().mapToDouble(Node::y).toArray();
    String[] labels = nodes.stream().map(Node::term).toArray(String[]::new);
    double max = nodes.stream().mapToInt(Node::size).max().orElse(1);
    double[] sizes = nodes.stream().mapToDouble(n -> 10 + 22 * Math.sqrt(n.size() / max)).toArray();
    traces.add(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.TEXT_AND_MARKERS).text(labels).build());
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("customdata", labels);
    node.put("showlegend", false);
    node.put("textposition", "top center");
    node.put("marker", Map.of("size", sizes, "color", BAR, "opacity", 0.85, "line", Map.of("width", 1, "color", "#fff")));
    node.put("hovertext", nodes.stream().map(n -> n.term() + " (" + n.size() + ")").toArray(String[]::new));
    node.put("hovertemplate", "%{hovertext}<extra></extra>");
    extras.add(node);
    Map<String, Object> layout = new LinkedHashMap<>();
    Map<String, Object> hidden = Map.of("visible", false, "zeroline", false, "showgrid", false);
    layout.put("xaxis", hidden);
    layout.put("yaxis", hidden);
    layout.put("showlegend", true);
    layout.put("legend", Map.of("orientation", "h", "y", -0.02));
    layout.put("hovermode", "closest");
    return figure(name, title, 720, layout, extras, traces.toArray(new Trace[0]));
  }

  /**
   * The shared layout helper: the jsplot figure with the page-wide height and margins, plus the
   * page-wide font and colours and the chart's own layout and trace attributes as extras.
   */
  private Chart figure(String name, String title, int height, Map<String, Object> layout,
      List<Map<String, Object>> traces, Trace... data) {
    Layout base = Layout.builder().height(height).showLegend(false)
        .margin(Margin.builder().left(10).right(20).top(30).bottom(40).build()).build();
    String js = new Figure(base, data).asJavascript(id(name));
    int open = js.indexOf("<script>");
    int close = js.lastIndexOf("</script>");
    if (open < 0 || close < open) throw new IllegalStateException("unexpected jsplot output for chart " + name);
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("font", Map.of("family", FONT, "size", 13, "color", "#222"));
    l.put("paper_bgcolor", "#fff");
    l.put("plot_bgcolor", "#fff");
    l.put("hoverlabel", Map.of("font", Map.of("family", FONT)));
    l.put("margin", Map.of("l", 10, "r", 20, "t", 30, "b", 40, "pad", 2));
    l.putAll(layout);
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("layout", l);
    extras.put("traces", traces);
    return new Chart(id(name), title, height, ScriptJson.escape(js.substring(open + 8, close).strip()), ScriptJson.of(extras));
  }

  private static Map<String, Object> axis(String title) {
    return Map.of("title", Map.of("text", title), "automargin", true, "zeroline", true, "zerolinecolor", "#888",
        "gridcolor", "#eee");
  }

  private static Map<String, Object> hover(String[] hover, String[] terms) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (hover != null) {
      m.put("hovertext", hover);
      m.put("hovertemplate", "%{hovertext}<extra></extra>");
    }
    if (terms != null) m.put("customdata", terms);
    return m;
  }

  private static int barHeight(int n) {
    return Math.max(200, 60 + 22 * n);
  }

  private static String[] filled(int n, String value) {
    String[] a = new String[n];
    Arrays.fill(a, value);
    return a;
  }
}
