package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Labels of the topic map's bubbles do not lie on each other where there is room. */
class LabelPlacerTest {
  @Test
  void bubblesFarApartAreLabelledInTheirCentres() {
    String[] at =
        LabelPlacer.aroundBubbles(
            new double[] {100, 400},
            new double[] {100, 300},
            new double[] {20, 20},
            new String[] {"1 农业", "2 出口"},
            530,
            390);
    assertArrayEquals(new String[] {"middle center", "middle center"}, at);
  }

  @Test
  void theSmallerOfTwoOverlappingBubblesHasItsLabelMovedOff() {
    // the centres are 20 px apart: two centred labels of 40+ px would overlap
    String[] at =
        LabelPlacer.aroundBubbles(
            new double[] {200, 220},
            new double[] {200, 200},
            new double[] {25, 15},
            new String[] {"11 农业", "13 出口"},
            530,
            390);
    assertEquals("middle center", at[0], "the bigger bubble keeps the centre");
    assertNotEquals("middle center", at[1]);
    // above the smaller bubble: its label's box ends 15 px above the centre, clear of the other
    assertEquals("top center", at[1]);
  }

  @Test
  void aLabelIsNotPlacedOutsideThePlotWhenItCanStayInside() {
    // a bubble at the top edge with a twin on it: the second label goes below, not above
    String[] at =
        LabelPlacer.aroundBubbles(
            new double[] {200, 200},
            new double[] {5, 5},
            new double[] {20, 10},
            new String[] {"1 经济", "2 社会"},
            530,
            390);
    assertEquals("middle center", at[0]);
    assertEquals("bottom center", at[1]);
  }

  @Test
  void aNetworkLabelNeverLiesOnAMarkerAndIsLeftOutWhereNoPlaceIsFree() {
    // 制度 (r 10 at 200,200) has a marker 16 px above it: its label (about 30 × 17 px) cannot stand
    // above without covering that marker, so it goes below
    String[] two =
        LabelPlacer.aroundMarkers(
            new double[] {200, 200},
            new double[] {200, 184},
            new double[] {10, 4},
            new String[] {"制度", "改革"},
            530,
            650);
    assertEquals("bottom center", two[0]);
    // 改革's own places: above is free of 制度's marker and label
    assertEquals("top center", two[1]);
    // 25 markers 10 px apart on a grid, the biggest in the middle: it keeps its label (labels are
    // placed biggest first and may cover a marker), and the labels of the others cannot all find a
    // place clear of each other: some are left out
    double[] gx = new double[25];
    double[] gy = new double[25];
    double[] gr = new double[25];
    String[] names = new String[25];
    for (int i = 0; i < 25; i++) {
      gx[i] = 280 + 10 * (i % 5);
      gy[i] = 280 + 10 * (i / 5);
      gr[i] = i == 12 ? 6 : 4;
      names[i] = "词" + i;
    }
    String[] grid = LabelPlacer.aroundMarkers(gx, gy, gr, names, 530, 650);
    // a marker at the top edge has its label below it, inside the plot, not cut off above it
    assertEquals(
        "bottom center",
        LabelPlacer.aroundMarkers(
            new double[] {100}, new double[] {8}, new double[] {8}, new String[] {"增长"}, 530, 650)[
            0]);
    assertNotNull(grid[12]);
    assertTrue(java.util.Arrays.stream(grid).anyMatch(java.util.Objects::isNull));
  }
}
