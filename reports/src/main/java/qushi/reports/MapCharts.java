package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.TermMap;

/**
 * The term-map charts: a Ward dendrogram (leaves labelled with their terms, branches coloured by
 * cluster below the cut) and the correspondence-analysis biplot (terms and years in one plane,
 * equal scales on both axes). Every figure goes through {@link Charts#figure}; corpus strings are
 * escaped with {@link Charts#text}; the raw term travels in {@code customdata} for the click that
 * opens its context lines.
 *
 * <p>Labels of the biplot are placed so that none overlaps another label or a marker, in a plot
 * area of {@value #PLOT_WIDTH} px (the width of the chart in a column of the page at 1366 px and on
 * an A4 page): years at the ends and spread over the series first, then terms by their contribution
 * to the plane (mass × squared distance from the centre), each at the first of four places (above,
 * below, right, left) that is free; a point that finds no free place keeps its marker and its hover
 * text. {@link LabelPlacer} places them.
 */
final class MapCharts {
  /** The cluster colours (Tableau 10), repeated when there are more clusters. */
  static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
  };

  /** Colour of the year points and their path. */
  static final String YEAR = "#c0392b";

  /** Colour of the term points. */
  static final String TERM = "#2e86c1";

  /** Width in px of the plot area the labels are placed in. */
  static final int PLOT_WIDTH = 540;

  private static final int MIN_HEIGHT = 380;
  private static final int MAX_HEIGHT = 640;
  static final int FONT = 12;

  private MapCharts() {}

  /**
   * Returns the dendrogram of {@code tree} (not empty), leaves top to bottom, root on the right;
   * its title and words in the language of {@code labels}.
   */
  static Figure dendrogram(String name, Dendrogram tree, Labels labels) {
    List<Dendrogram.Leaf> leaves = tree.leaves().list();
    List<Dendrogram.Merge> merges = tree.merges().list();
    int n = leaves.size();
    double[] leafY = new double[n + 1]; // by rank
    int[] leafCluster = new int[n + 1];
    for (Dendrogram.Leaf leaf : leaves) {
      leafY[leaf.rank()] = leaf.order() - 1;
      leafCluster[leaf.rank()] = leaf.cluster();
    }
    double[] nodeY = new double[merges.size() + 1];
    double[] nodeH = new double[merges.size() + 1];
    int[] nodeCluster = new int[merges.size() + 1];
    List<List<Double>> xs = new ArrayList<>();
    List<List<Double>> ys = new ArrayList<>();
    for (int c = 0; c <= tree.clusters(); c++) {
      xs.add(new ArrayList<>());
      ys.add(new ArrayList<>());
    }
    for (Dendrogram.Merge m : merges) {
      double ya = m.left() < 0 ? leafY[-m.left()] : nodeY[m.left()];
      double yb = m.right() < 0 ? leafY[-m.right()] : nodeY[m.right()];
      double ha = m.left() < 0 ? 0 : nodeH[m.left()];
      double hb = m.right() < 0 ? 0 : nodeH[m.right()];
      int ca = m.left() < 0 ? leafCluster[-m.left()] : nodeCluster[m.left()];
      int cb = m.right() < 0 ? leafCluster[-m.right()] : nodeCluster[m.right()];
      int cluster = m.height() < tree.cut() && ca == cb ? ca : 0;
      nodeY[m.step()] = (ya + yb) / 2;
      nodeH[m.step()] = m.height();
      nodeCluster[m.step()] = cluster;
      // null ends a line, so one trace draws every link of a colour
      xs.get(cluster).addAll(Arrays.asList(ha, m.height(), m.height(), hb, null));
      ys.get(cluster).addAll(Arrays.asList(ya, ya, yb, yb, null));
    }
    List<Map<String, Object>> traces = new ArrayList<>();
    for (int c = 0; c <= tree.clusters(); c++) {
      if (xs.get(c).isEmpty()) continue;
      Map<String, Object> t = Charts.trace("scatter");
      t.put("mode", "lines");
      t.put("x", xs.get(c));
      t.put("y", ys.get(c));
      t.put("hoverinfo", "skip");
      t.put("line", Map.of("width", 1.6, "color", c == 0 ? "#8a9096" : color(c)));
      traces.add(t);
    }
    String[] terms = leaves.stream().map(Dendrogram.Leaf::term).toArray(String[]::new);
    Map<String, Object> dots = Charts.trace("scatter");
    dots.put("mode", "markers");
    dots.put("x", new double[n]);
    dots.put("y", leaves.stream().mapToInt(l -> l.order() - 1).toArray());
    dots.put("customdata", terms);
    dots.put(
        "marker",
        Map.of(
            "size",
            8,
            "color",
            leaves.stream().map(l -> color(l.cluster())).toArray(String[]::new),
            "line",
            Map.of("width", 1, "color", "#fff")));
    Charts.hover(
        dots,
        leaves.stream()
            .map(
                l ->
                    Charts.text(l.term())
                        + "<br>"
                        + labels.format("maps.leaf_hover", l.passages(), l.cluster()))
            .toArray(String[]::new));
    traces.add(dots);

    double top = merges.get(merges.size() - 1).height();
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put(
        "xaxis",
        Map.of(
            "title",
            Map.of("text", labels.get("maps.height")),
            "range",
            List.of(-0.02 * top, 1.04 * top),
            "zeroline",
            false,
            "gridcolor",
            "#eee"));
    layout.put(
        "yaxis",
        Map.of(
            "tickmode",
            "array",
            "tickvals",
            leaves.stream().mapToInt(l -> l.order() - 1).toArray(),
            "ticktext",
            Arrays.stream(terms).map(Charts::text).toArray(String[]::new),
            "range",
            List.of(n - 0.5, -0.5),
            "automargin",
            true,
            "showgrid",
            false,
            "zeroline",
            false));
    layout.put(
        "shapes",
        List.of(
            Map.of(
                "type",
                "line",
                "x0",
                tree.cut(),
                "x1",
                tree.cut(),
                "y0",
                -0.5,
                "y1",
                n - 0.5,
                "line",
                Map.of("dash", "dash", "width", 1, "color", "#555"))));
    layout.put(
        "annotations",
        List.of(
            Map.of(
                "x",
                tree.cut(),
                "y",
                -0.5,
                "yanchor",
                "bottom",
                "xanchor",
                "left",
                "text",
                Charts.text(
                    String.format(java.util.Locale.ROOT, labels.get("maps.cut"), tree.clusters())),
                "showarrow",
                false,
                "font",
                Map.of("size", 11, "color", "#555"))));
    layout.put("hovermode", "closest");
    layout.put("margin", Map.of("l", 10, "r", 20, "t", 24, "b", 44, "pad", 2));
    String title = labels.format("maps.tree_chart", n, tree.clusters());
    return Charts.figure(name, title, Math.max(260, 70 + 19 * n), layout, traces);
  }

  /**
   * Returns the symmetric map of {@code map} (not empty): terms and years, equal scales; its title
   * and words in the language of {@code labels}.
   */
  static Figure biplot(String name, TermMap map, Labels labels) {
    List<TermMap.Point> terms = map.terms().list();
    List<TermMap.Point> years = map.years().list();
    double xmin = Double.POSITIVE_INFINITY;
    double xmax = Double.NEGATIVE_INFINITY;
    double ymin = Double.POSITIVE_INFINITY;
    double ymax = Double.NEGATIVE_INFINITY;
    for (TermMap.Point p : map.points()) {
      xmin = Math.min(xmin, p.dim1());
      xmax = Math.max(xmax, p.dim1());
      ymin = Math.min(ymin, p.dim2());
      ymax = Math.max(ymax, p.dim2());
    }
    double xr = Math.max(xmax - xmin, 1e-9);
    double yr = Math.max(ymax - ymin, 1e-3 * xr);
    // room for labels: 12% on each side
    double padX = 0.12 * xr;
    double padY = 0.12 * Math.max(yr, 0.2 * xr);
    double spanX = xr + 2 * padX;
    double spanY = yr + 2 * padY;
    int height =
        (int) Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, PLOT_WIDTH * spanY / spanX)));
    double ppu = Math.min(PLOT_WIDTH / spanX, height / spanY);
    double cx = (xmin + xmax) / 2;
    double cy = (ymin + ymax) / 2;
    double x0 = cx - PLOT_WIDTH / ppu / 2;
    double y1 = cy + height / ppu / 2;

    List<LabelPlacer.Spot> spots = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      TermMap.Point p = terms.get(i);
      spots.add(
          new LabelPlacer.Spot(
              i,
              false,
              p.label(),
              (p.dim1() - x0) * ppu,
              (y1 - p.dim2()) * ppu,
              p.mass() * (p.dim1() * p.dim1() + p.dim2() * p.dim2())));
    }
    for (int j = 0; j < years.size(); j++) {
      TermMap.Point p = years.get(j);
      spots.add(
          new LabelPlacer.Spot(
              j, true, p.label(), (p.dim1() - x0) * ppu, (y1 - p.dim2()) * ppu, 0));
    }
    String[][] placed = LabelPlacer.place(spots, years.size(), height);
    String[] termPos = placed[0];
    String[] yearPos = placed[1];

    List<Map<String, Object>> traces = new ArrayList<>();
    String mass = labels.get("col.term_map.frequency");
    Map<String, Object> y =
        labelled("lines+markers+text", Charts.text(labels.get("maps.years")), years, yearPos, mass);
    y.put("textfont", Map.of("size", FONT - 1, "color", YEAR));
    y.put("line", Map.of("width", 1, "color", "rgba(192,57,43,0.35)", "dash", "dot"));
    y.put("marker", Map.of("size", 9, "symbol", "diamond", "color", YEAR));
    Map<String, Object> t =
        labelled("markers+text", Charts.text(labels.get("maps.terms")), terms, termPos, mass);
    t.put("textfont", Map.of("size", FONT, "color", "#1b2631"));
    t.put("customdata", terms.stream().map(TermMap.Point::label).toArray(String[]::new));
    t.put("marker", Map.of("size", 6, "color", TERM, "opacity", 0.8));
    traces.add(y);
    traces.add(t);
    // the supplementary years drawn open over their filled marks, in a legend entry of their own
    List<TermMap.Point> extra = years.stream().filter(TermMap.Point::supplementary).toList();
    if (!extra.isEmpty()) {
      Map<String, Object> o = Charts.trace("scatter");
      o.put("mode", "markers");
      o.put("name", Charts.text(labels.get("maps.supplementary_years")));
      o.put("x", extra.stream().mapToDouble(TermMap.Point::dim1).toArray());
      o.put("y", extra.stream().mapToDouble(TermMap.Point::dim2).toArray());
      o.put(
          "marker",
          Map.of(
              "size",
              9,
              "symbol",
              "diamond",
              "color",
              "white",
              "line",
              Map.of("color", YEAR, "width", 1.5)));
      o.put("hoverinfo", "skip");
      traces.add(o);
    }

    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put(
        "xaxis",
        axis(
            String.format(java.util.Locale.ROOT, labels.get("maps.axis"), 1, map.share(1)),
            x0,
            x0 + PLOT_WIDTH / ppu));
    Map<String, Object> ya =
        axis(
            String.format(java.util.Locale.ROOT, labels.get("maps.axis"), 2, map.share(2)),
            y1 - height / ppu,
            y1);
    ya.put("scaleanchor", "x");
    ya.put("scaleratio", 1);
    layout.put("yaxis", ya);
    layout.put("showlegend", true);
    layout.put("legend", Map.of("orientation", "h", "y", 1.0, "yanchor", "bottom", "x", 0));
    layout.put("hovermode", "closest");
    layout.put("margin", Map.of("l", 10, "r", 10, "t", 40, "b", 44, "pad", 2));
    String title =
        labels.format("maps.map_chart", terms.size(), years.size(), map.share(1) + map.share(2));
    return Charts.figure(name, title, height + 84, layout, traces);
  }

  private static Map<String, Object> axis(String title, double from, double to) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("title", Map.of("text", title));
    a.put("range", List.of(from, to));
    a.put("automargin", true);
    a.put("zeroline", true);
    a.put("zerolinecolor", "#999");
    a.put("gridcolor", "#f0f0f0");
    return a;
  }

  /**
   * Returns the width in px of {@code s} at {@code size} px: CJK and full-width characters are
   * square.
   */
  static double width(String s, int size) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      w += c >= 0x1100 && (c >= 0x2E80 || c <= 0x115F) ? size : 0.62 * size;
    }
    return w + 2;
  }

  private static String color(int cluster) {
    return PALETTE[(cluster - 1) % PALETTE.length];
  }

  /**
   * Returns a scatter trace of {@code points}, each labelled at the position the label placer gave
   * it (unlabelled where that is null), with its label and {@code mass} count on hover.
   */
  private static Map<String, Object> labelled(
      String mode, String name, List<TermMap.Point> points, String[] positions, String mass) {
    Map<String, Object> t = Charts.trace("scatter");
    t.put("mode", mode);
    t.put("name", name);
    t.put("x", points.stream().mapToDouble(TermMap.Point::dim1).toArray());
    t.put("y", points.stream().mapToDouble(TermMap.Point::dim2).toArray());
    t.put(
        "text",
        java.util.stream.IntStream.range(0, points.size())
            .mapToObj(i -> positions[i] == null ? "" : Charts.text(points.get(i).label()))
            .toArray(String[]::new));
    t.put(
        "textposition",
        Arrays.stream(positions).map(s -> s == null ? "top center" : s).toArray(String[]::new));
    Charts.hover(
        t,
        points.stream()
            .map(p -> Charts.text(p.label()) + "<br>" + mass + " " + p.frequency())
            .toArray(String[]::new));
    return t;
  }
}
