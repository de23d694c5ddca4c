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
