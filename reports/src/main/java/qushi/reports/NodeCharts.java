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

  /** Height of the bubble chart, px. */
  private static final int BUBBLES_HEIGHT = 460;

  /**
   * The narrowest the bubble chart's plot area is drawn (a grid column of at least 560 px less the
   * figure's side margins), for placing its labels.
   */
  private static final double BUBBLES_WIDTH = 530;

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
    // the layout's coordinates span [-1, 1]; labels are placed for the narrowest plot drawn
    double plotHeight = NETWORK_HEIGHT - 70;
    double[] px = new double[size.length];
    double[] py = new double[size.length];
    double[] radius = new double[size.length];
    for (int i = 0; i < size.length; i++) {
      px[i] = BUBBLES_WIDTH * (nodes.get(i).x() + 1.1) / 2.2;
      py[i] = plotHeight * (1.1 - nodes.get(i).y()) / 2.2;
      radius[i] = size[i] / 2;
    }
    node.put(
        "textposition",
        LabelPlacer.aroundMarkers(
            px,
            py,
            radius,
            nodes.stream().map(Charts.Node::term).toArray(String[]::new),
            BUBBLES_WIDTH,
            plotHeight));
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
    layout.put("xaxis", axis(new double[] {-1.1, 1.1}));
    layout.put("yaxis", axis(new double[] {-1.1, 1.1}));
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
    double[] x = (double[]) t.get("x");
    double[] y = (double[]) t.get("y");
    // the axes fit the coordinates the trace holds
    double[] xRange = padded(x);
    double[] yRange = padded(y);
    double plotHeight = BUBBLES_HEIGHT - 70; // the figure's top and bottom margins
    double[] px = new double[x.length];
    double[] py = new double[y.length];
    double[] radius = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      px[i] = BUBBLES_WIDTH * (x[i] - xRange[0]) / (xRange[1] - xRange[0]);
      py[i] = plotHeight * (yRange[1] - y[i]) / (yRange[1] - yRange[0]);
      radius[i] = size[i] / 2;
    }
    t.put(
        "textposition",
        LabelPlacer.aroundBubbles(
            px,
            py,
            radius,
            nodes.stream().map(Charts.Node::term).toArray(String[]::new),
            BUBBLES_WIDTH,
            plotHeight));
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
