package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of labelled nodes in a plane behind {@link Charts#network} and {@link Charts#bubbles}:
 * markers sized by their node's size, with the term as label and the node's click target in {@code
 * customdata}.
 */
final class NodeCharts {
  /** Height of the co-word network, px. */
  private static final int NETWORK_HEIGHT = 720;

  /** The range of both axes of the network: its layout spans [-1, 1], with room for labels. */
  private static final double[] NETWORK_RANGE = {-1.1, 1.1};

  /** Height of the bubble chart, px. */
  private static final int BUBBLES_HEIGHT = 460;

  /**
   * The width the labels of a chart of this class are placed for: the plot area of a grid column of
   * 560 px less the figure's side margins. On a wider screen the markers only move apart; on a
   * phone, narrower than that, labels may overlap.
   */
  private static final double PLOT_WIDTH = 530;

  private NodeCharts() {}

  /** Returns a co-word network of nodes and weighted edges (see {@link Charts#network}). */
  static Figure network(
      String name,
      String title,
      List<Charts.Node> nodes,
      List<Charts.Edge> edges,
      String[] widthNames) {
    List<Map<String, Object>> traces = new ArrayList<>();
    double[] w = edges.stream().mapToDouble(Charts.Edge::weight).sorted().toArray();
    double t1 = w.length == 0 ? 0 : w[w.length / 3];
    double t2 = w.length == 0 ? 0 : w[2 * w.length / 3];
    for (int band = 0; band < 3; band++) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (Charts.Edge e : edges) {
        int b = e.weight() < t1 ? 0 : e.weight() < t2 ? 1 : 2;
        if (b != band) continue;
        // null ends a line segment, so one trace draws many separate edges
        xs.addAll(Arrays.asList(nodes.get(e.a()).x(), nodes.get(e.b()).x(), null));
        ys.addAll(Arrays.asList(nodes.get(e.a()).y(), nodes.get(e.b()).y(), null));
      }
      if (xs.isEmpty()) continue;
      Map<String, Object> t = Charts.trace("scatter");
      t.put("mode", "lines");
      t.put("x", xs);
      t.put("y", ys);
      t.put("name", Charts.text(widthNames[band]));
      t.put("hoverinfo", "skip");
      t.put(
          "line",
          Map.of(
              "width", 0.8 + 1.4 * band, "color", "rgba(90,110,130," + (0.25 + 0.2 * band) + ")"));
      traces.add(t);
    }
    double max = nodes.stream().mapToInt(Charts.Node::size).max().orElse(1);
    Map<String, Object> node = labelled(nodes);
    node.put("showlegend", false);
    double[] size = nodes.stream().mapToDouble(n -> 10 + 22 * Math.sqrt(n.size() / max)).toArray();
    // a label with no free place is left out: its term shows on hover, as every term's does
    String[] at = labels(nodes, size, NETWORK_RANGE, NETWORK_RANGE, NETWORK_HEIGHT, false);
    String[] text = (String[]) node.get("text");
    for (int i = 0; i < at.length; i++) {
      if (at[i] == null) {
        text[i] = "";
        at[i] = "top center";
      }
    }
    node.put("textposition", at);
    node.put(
        "marker",
        Map.of(
            "size",
            size,
            "color",
            Charts.BAR,
            "opacity",
            0.85,
            "line",
            Map.of("width", 1, "color", "#fff")));
    Charts.hover(
        node,
        nodes.stream()
            .map(n -> Charts.text(n.term()) + " (" + n.size() + ")")
            .toArray(String[]::new));
    traces.add(node);
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", axis(NETWORK_RANGE));
    layout.put("yaxis", axis(NETWORK_RANGE));
    layout.put("showlegend", true);
    layout.put("legend", Map.of("orientation", "h", "y", -0.02));
    layout.put("hovermode", "closest");
    return Charts.figure(name, title, NETWORK_HEIGHT, layout, traces);
  }

  /** Returns labelled bubbles at (x, y) sized by their node's size (see {@link Charts#bubbles}). */
  static Figure bubbles(String name, String title, List<Charts.Node> nodes, String[] hover) {
    double max = nodes.stream().mapToInt(Charts.Node::size).max().orElse(1);
    Map<String, Object> t = labelled(nodes);
    double[] size =
        nodes.stream().mapToDouble(n -> 24 + 40 * Math.sqrt(n.size() / Math.max(1, max))).toArray();
    // the axes fit the coordinates the trace holds
    double[] xRange = padded((double[]) t.get("x"));
    double[] yRange = padded((double[]) t.get("y"));
    t.put("textposition", labels(nodes, size, xRange, yRange, BUBBLES_HEIGHT, true));
    t.put("cliponaxis", false);
    t.put(
        "marker",
        Map.of(
            "size",
            size,
            "color",
            "rgba(46,134,193,0.35)",
            "line",
            Map.of("width", 1, "color", Charts.BAR)));
    Charts.hover(t, hover);
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("xaxis", axis(xRange));
    layout.put("yaxis", axis(yRange));
    layout.put("hovermode", "closest");
    return Charts.figure(name, title, BUBBLES_HEIGHT, layout, List.of(t));
  }

  /**
   * Returns the scatter trace of the nodes: markers at (x, y) labelled with their terms, the click
   * targets in {@code customdata}.
   */
  private static Map<String, Object> labelled(List<Charts.Node> nodes) {
    Map<String, Object> t = Charts.trace("scatter");
    t.put("mode", "markers+text");
    t.put("x", nodes.stream().mapToDouble(Charts.Node::x).toArray());
    t.put("y", nodes.stream().mapToDouble(Charts.Node::y).toArray());
    t.put("text", Charts.text(nodes.stream().map(Charts.Node::term).toArray(String[]::new)));
    t.put("customdata", nodes.stream().map(Charts.Node::click).toArray());
    return t;
  }

  /**
   * Returns the text positions of the nodes' labels ({@link LabelPlacer}), in a plot of the
   * narrowest width it is drawn at and the figure's {@code height} less its margins, its axes
   * spanning the ranges; on the marker where there is room when {@code onMarker}.
   */
  private static String[] labels(
      List<Charts.Node> nodes,
      double[] size,
      double[] xRange,
      double[] yRange,
      int height,
      boolean onMarker) {
    double plotHeight = height - 70; // the figure's top and bottom margins
    int n = nodes.size();
    double[] px = new double[n];
    double[] py = new double[n];
    double[] radius = new double[n];
    for (int i = 0; i < n; i++) {
      px[i] = PLOT_WIDTH * (nodes.get(i).x() - xRange[0]) / (xRange[1] - xRange[0]);
      py[i] = plotHeight * (yRange[1] - nodes.get(i).y()) / (yRange[1] - yRange[0]);
      radius[i] = size[i] / 2;
    }
    String[] terms = nodes.stream().map(Charts.Node::term).toArray(String[]::new);
    return onMarker
        ? LabelPlacer.aroundBubbles(px, py, radius, terms, PLOT_WIDTH, plotHeight)
        : LabelPlacer.aroundMarkers(px, py, radius, terms, PLOT_WIDTH, plotHeight);
  }

  /** Returns the range that shows the values {@code v} with a margin for bubbles and labels. */
  private static double[] padded(double[] v) {
    double lo = Arrays.stream(v).min().orElse(0);
    double hi = Arrays.stream(v).max().orElse(0);
    double pad = Math.max(0.25 * (hi - lo), 0.05);
    return new double[] {lo - pad, hi + pad};
  }

  private static Map<String, Object> axis(double[] range) {
    return Map.of(
        "visible",
        false,
        "zeroline",
        false,
        "showgrid",
        false,
        "range",
        List.of(range[0], range[1]));
  }
}
