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
 * (CJK font stack, margins, colours); add a chart by adding a method here. The grid charts ({@link
 * #multiples}, {@link #small}) are drawn by {@code GridCharts}, the charts of labelled nodes
 * ({@link #network}, {@link #bubbles}) by {@code NodeCharts}.
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

  /**
   * The {@code meta} of a trace whose x values are years: a click on one of its points opens the
   * term's lines of that year.
   */
  static final String YEAR_X = "year";

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

  static String[] text(String[] s) {
    return s == null ? null : Arrays.stream(s).map(Charts::text).toArray(String[]::new);
  }

  /**
   * Returns vertical bars of {@code y} over the years (not clickable), on a linear axis as the
   * lines are ({@link #lines}), so that a gap in the years shows.
   */
  public static Figure yearColumns(
      String name, String title, int[] years, double[] y, String yTitle, String[] hover) {
    Map<String, Object> bar = trace("bar");
    bar.put("x", years);
    bar.put("y", y);
    bar.put("marker", Map.of("color", BAR));
    hover(bar, hover);
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", yearAxis(years));
    layout.put("yaxis", axis(yTitle));
    return figure(name, title, 320, layout, List.of(bar));
  }

  /**
   * Returns horizontal bars, one per term, the first term on top; clicking a bar opens the term's
   * context lines.
   */
  public static Figure terms(
      String name, String title, String[] terms, double[] values, String xTitle, String[] hover) {
    return diverging(name, title, terms, terms, values, filled(terms.length, BAR), xTitle, hover);
  }

  /**
   * Returns horizontal bars of terms as {@link #terms(String, String, String[], double[], String,
   * String[])}, each bar labelled {@code labels[i]} (the term with a mark) while a click still
   * opens the term's context lines.
   */
  public static Figure terms(
      String name,
      String title,
      String[] terms,
      String[] labels,
      double[] values,
      String xTitle,
      String[] hover) {
    return diverging(name, title, terms, labels, values, filled(terms.length, BAR), xTitle, hover);
  }

  /**
   * Returns horizontal bars of signed values (e.g. log ratios), each bar in its own colour and
   * labelled {@code labels[i]} (the term, perhaps with a mark), the first term on top; clicking a
   * bar opens the context lines of {@code terms[i]}, the term alone.
   */
  public static Figure diverging(
      String name,
      String title,
      String[] terms,
      String[] labels,
      double[] values,
      String[] colors,
      String xTitle,
      String[] hover) {
    Map<String, Object> bar = trace("bar");
    bar.put("orientation", "h");
    bar.put("x", values);
    bar.put("y", text(labels));
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
      Map<String, Object> t = trace("scatter");
      t.put("mode", "lines+markers");
      t.put("name", text(s.term()));
      t.put("x", gapped(years, years));
      t.put("y", gapped(years, s.per10k()));
      t.put("error_y", errorBars(years, s, Map.of("width", 4)));
      Object[] click = new Object[years.length];
      Arrays.fill(click, s.click());
      t.put("customdata", gapped(years, click));
      t.put("hovertemplate", text(s.term()) + " %{x}: %{y:.2f}<extra></extra>");
      t.put("meta", YEAR_X);
      traces.add(t);
    }
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", yearAxis(years));
    Map<String, Object> yAxis = new LinkedHashMap<>(axis(yTitle));
    double top = top(series);
    if (top > 0) yAxis.put("range", List.of(0, top));
    layout.put("yaxis", yAxis);
    layout.put("showlegend", true);
    layout.put("legend", Map.of("orientation", "v", "x", 1.02, "y", 1));
    return figure(name, title, 460, layout, traces);
  }

  /**
   * Returns a linear axis of years: every year as a tick while a dozen or fewer fit, none of them
   * closer to the next than a twentieth of the span (1921 and 1923 on an axis to 2022 would print
   * over each other); else Plotly's own round ticks, up to a dozen of them (a century of a few
   * years got two, 1950 and 2000).
   */
  static Map<String, Object> yearAxis(int[] years) {
    boolean apart = true;
    int span = years.length == 0 ? 0 : years[years.length - 1] - years[0];
    for (int i = 1; i < years.length; i++) apart &= 20 * (years[i] - years[i - 1]) >= span;
    return years.length <= MAX_YEAR_TICKS && apart
        ? Map.of("tickmode", "array", "tickvals", years, "type", "linear")
        : Map.of("type", "linear", "tickformat", "d", "nticks", MAX_YEAR_TICKS);
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
    t.put("meta", YEAR_X);
    t.put("colorscale", "YlOrRd");
    t.put("reversescale", true);
    t.put("colorbar", Map.of("title", Map.of("text", colorTitle)));
    // numbers in the cells while they are wide enough to read
    if (columns.length <= MAX_CELL_TEXT_COLUMNS) t.put("texttemplate", "%{z:.1f}");
    t.put("hovertemplate", "%{y} %{x}: " + text(colorTitle) + " %{z:.1f}<extra></extra>");
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", Map.of("type", "category", "side", "top", "automargin", true));
    layout.put("yaxis", Map.of("autorange", "reversed", "type", "category", "automargin", true));
    return figure(name, title, Math.max(300, 60 + 24 * rows.length), layout, List.of(t));
  }

  /**
   * Returns a co-word network: edges as lines (three widths by weight tercile), nodes as labelled
   * markers sized by frequency; clicking a node opens the term's context lines.
   */
  public static Figure network(
      String name, String title, List<Node> nodes, List<Edge> edges, String[] widthNames) {
    return NodeCharts.network(name, title, nodes, edges, widthNames);
  }

  /**
   * Returns one small chart per series in a grid (three across), all on the same y scale so that
   * sizes compare, each titled with its series' name; a click on a point opens the series' target.
   * Years are on a linear axis, so unequal gaps between years show.
   */
  public static Figure multiples(
      String name, String title, int[] years, List<Series> series, String yTitle) {
    return GridCharts.multiples(name, title, years, series, yTitle);
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
    return GridCharts.small(name, title, x, xTitle, panels, mark);
  }

  /**
   * Returns labelled bubbles at (x, y) sized by {@link Node#size}, e.g. the intertopic map; the
   * axes are padded so that labels at the edge are not cut, and a click opens the node's target.
   *
   * @param hover the hover text of each node: Plotly markup with corpus strings escaped
   */
  public static Figure bubbles(String name, String title, List<Node> nodes, String[] hover) {
    return NodeCharts.bubbles(name, title, nodes, hover);
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
   * Returns the top of the y axis for {@code series} with their intervals: the highest upper bound,
   * but no higher than twice the highest value (and 5% above it). A year of a few hundred tokens
   * has an interval many times its neighbours' values; drawn whole, it would flatten every line of
   * the chart. Such a bar runs off the top of the chart, which shows that it is longer than drawn.
   * Returns 0 when no value is above zero (Plotly's own range then).
   */
  static double top(List<Series> series) {
    double value = 0;
    double upper = 0;
    for (Series s : series) {
      for (double v : s.per10k()) if (Double.isFinite(v)) value = Math.max(value, v);
      for (double v : s.upper()) if (Double.isFinite(v)) upper = Math.max(upper, v);
    }
    if (value <= 0) return 0;
    return Math.min(Math.max(upper, value), 2 * value) * 1.05;
  }

  /**
   * Returns the asymmetric error bars of {@code s}, from its per10k up to its upper and down to its
   * lower bound (never below zero), gapped like its values, with the bars' own {@code style}.
   */
  static Map<String, Object> errorBars(int[] years, Series s, Map<String, Object> style) {
    double[] plus = new double[years.length];
    double[] minus = new double[years.length];
    for (int i = 0; i < years.length; i++) {
      plus[i] = Math.max(0, s.upper()[i] - s.per10k()[i]);
      minus[i] = Math.max(0, s.per10k()[i] - s.lower()[i]);
    }
    Map<String, Object> bars = new LinkedHashMap<>();
    bars.put("type", "data");
    bars.put("symmetric", false);
    bars.put("array", gapped(years, plus));
    bars.put("arrayminus", gapped(years, minus));
    bars.put("thickness", 1);
    bars.putAll(style);
    return bars;
  }

  /**
   * Adds hover text: Plotly markup, in which corpus strings must already be escaped with {@link
   * #text}.
   */
  static void hover(Map<String, Object> trace, String[] hover) {
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
