package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
