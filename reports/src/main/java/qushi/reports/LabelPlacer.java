package qushi.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the labels of the biplot ({@link MapCharts#biplot}) so that none overlaps another label or
 * a marker, in a plot area of {@value MapCharts#PLOT_WIDTH} px: years at the ends and spread over
 * the series first, then terms by their contribution to the plane, each at the first of four places
 * (above, below, right, left) that is free.
 */
final class LabelPlacer {
  private LabelPlacer() {}

  /** A point to draw, in data and in plot pixels. */
  record Spot(int index, boolean year, String label, double x, double y, double weight) {}

  /** A box in plot pixels, y down. */
  private record Box(double x0, double y0, double x1, double y1) {
    boolean overlaps(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    /** Returns the area this box shares with {@code o}. */
    double overlap(Box o) {
      return Math.max(0, Math.min(x1, o.x1) - Math.max(x0, o.x0))
          * Math.max(0, Math.min(y1, o.y1) - Math.max(y0, o.y0));
    }
  }

  /**
   * Returns the text position of the label of every bubble, in a plot area of {@code width} ×
   * {@code height} px, y down: the biggest bubble first, each label centred on its bubble, or
   * above, below, right or left of it, at the first of these places where it overlaps no label
   * placed before; where none is free, where it overlaps least. A plot drawn wider than {@code
   * width} only moves the bubbles apart, so the width to give is the narrowest the chart is drawn
   * at.
   *
   * @param x the bubbles' centres in px
   * @param y the bubbles' centres in px
   * @param radius the bubbles' radii in px
   */
  static String[] aroundBubbles(
      double[] x, double[] y, double[] radius, String[] labels, double width, double height) {
    return around(x, y, radius, labels, width, height, 0);
  }

  /**
   * Returns the text position of the label of every marker: above, below, right or left of it, the
   * biggest marker first, at the first of these places inside the plot that overlaps no label
   * placed before and no other marker, else at the one that overlaps labels least, then markers (a
   * place outside the plot only where none is inside); null where every place overlaps labels by
   * more than {@link #TOLERATED} of its area, a label left out (a dense cluster of a network would
   * otherwise print its terms over each other). Labels are drawn over markers, so one that covers a
   * small marker stays legible.
   */
  static String[] aroundMarkers(
      double[] x, double[] y, double[] radius, String[] labels, double width, double height) {
    return around(x, y, radius, labels, width, height, 1);
  }

  /** The share of its area a label placed off its marker may share with others and still show. */
  static final double TOLERATED = 0.1;

  /** Places the labels at the first free of the places from index {@code from} on. */
  private static String[] around(
      double[] x,
      double[] y,
      double[] radius,
      String[] labels,
      double width,
      double height,
      int from) {
    Integer[] order = new Integer[labels.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -radius[i]));
    String[] names = {
      "middle center", "top center", "bottom center", "middle right", "middle left"
    };
    String[] out = new String[labels.length];
    List<Box> taken = new ArrayList<>();
    // off the markers, a place clear of other markers is taken before one that covers some
    List<Box> markers = new ArrayList<>();
    boolean offMarkers = from > 0;
    for (int i = 0; offMarkers && i < labels.length; i++) {
      double r = radius[i];
      markers.add(new Box(x[i] - r, y[i] - r, x[i] + r, y[i] + r));
    }
    for (int i : order) {
      double w = MapCharts.width(labels[i], MapCharts.FONT + 1);
      double h = MapCharts.FONT + 5;
      double r = radius[i];
      Box[] boxes = {
        new Box(x[i] - w / 2, y[i] - h / 2, x[i] + w / 2, y[i] + h / 2),
        new Box(x[i] - w / 2, y[i] - r - h, x[i] + w / 2, y[i] - r),
        new Box(x[i] - w / 2, y[i] + r, x[i] + w / 2, y[i] + r + h),
        new Box(x[i] + r, y[i] - h / 2, x[i] + r + w, y[i] + h / 2),
        new Box(x[i] - r - w, y[i] - h / 2, x[i] - r, y[i] + h / 2)
      };
      int best = from;
      boolean bestOutside = true; // a place inside the plot before any outside it
      double least = Double.POSITIVE_INFINITY; // then the least overlap with labels placed before
      double leastOnMarkers = Double.POSITIVE_INFINITY; // then with other markers
      for (int k = from;
          k < boxes.length && (bestOutside || least > 0 || leastOnMarkers > 0);
          k++) {
        Box b = boxes[k];
        // a label on its bubble stands where the bubble does, inside the plot or not
        boolean outside = k > 0 && (b.x0() < 0 || b.x1() > width || b.y0() < 0 || b.y1() > height);
        double overlap = 0;
        for (Box t : taken) overlap += b.overlap(t);
        double onMarkers = 0;
        for (int m = 0; m < markers.size(); m++) if (m != i) onMarkers += b.overlap(markers.get(m));
        boolean better =
            outside != bestOutside
                ? !outside
                : overlap < least || (overlap == least && onMarkers < leastOnMarkers);
        if (better) {
          bestOutside = outside;
          least = overlap;
          leastOnMarkers = onMarkers;
          best = k;
        }
      }
      Box b = boxes[best];
      if (offMarkers && least > TOLERATED * (b.x1() - b.x0()) * (b.y1() - b.y0())) continue;
      taken.add(b);
      out[i] = names[best];
    }
    return out;
  }

  /**
   * Returns the text position of every term ([0]) and year ([1]) label, null where the label is
   * left out.
   */
  static String[][] place(List<Spot> spots, int yearCount, int height) {
    List<Box> taken = new ArrayList<>();
    for (Spot s : spots) {
      double r = s.year() ? 5 : 3.5;
      taken.add(new Box(s.x() - r, s.y() - r, s.x() + r, s.y() + r));
    }
    List<Spot> order = new ArrayList<>();
    int step = yearCount <= 12 ? 1 : (int) Math.ceil(yearCount / 10.0);
    List<Spot> years = spots.stream().filter(Spot::year).toList();
    List<Spot> later = new ArrayList<>();
    for (Spot s : years) {
      boolean key = s.index() == 0 || s.index() == yearCount - 1 || s.index() % step == 0;
      (key ? order : later).add(s);
    }
    spots.stream()
        .filter(s -> !s.year())
        .sorted(Comparator.comparingDouble(Spot::weight).reversed().thenComparing(Spot::label))
        .forEach(order::add);
    order.addAll(later);
    String[][] out = {
      new String[(int) spots.stream().filter(s -> !s.year()).count()], new String[yearCount]
    };
    for (Spot s : order) {
      double w = MapCharts.width(s.label(), s.year() ? MapCharts.FONT - 1 : MapCharts.FONT);
      double h = MapCharts.FONT + 3;
      double gap = s.year() ? 6 : 4.5;
      Box[] boxes = {
        new Box(s.x() - w / 2, s.y() - gap - h, s.x() + w / 2, s.y() - gap),
        new Box(s.x() - w / 2, s.y() + gap, s.x() + w / 2, s.y() + gap + h),
        new Box(s.x() + gap, s.y() - h / 2, s.x() + gap + w, s.y() + h / 2),
        new Box(s.x() - gap - w, s.y() - h / 2, s.x() - gap, s.y() + h / 2)
      };
      String[] names = {"top center", "bottom center", "middle right", "middle left"};
      for (int k = 0; k < boxes.length; k++) {
        Box b = boxes[k];
        if (b.x0() < 0 || b.x1() > MapCharts.PLOT_WIDTH || b.y0() < 0 || b.y1() > height) continue;
        if (taken.stream().anyMatch(b::overlaps)) continue;
        taken.add(b);
        out[s.year() ? 1 : 0][s.index()] = names[k];
        break;
      }
    }
    return out;
  }
}
