package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static Charts.Series series(double[] per10k, double[] upper) {
    return new Charts.Series("词", per10k, new double[per10k.length], upper);
  }

  @Test
  void aTinyYearsIntervalDoesNotSetTheAxis() {
    // a year of 26 tokens: no occurrence, an upper bound of 1418.8 per 10k; the highest value of
    // any line is 22: the axis stops at twice that (and 5% above), not at 1418.8
    Charts.Series a = series(new double[] {0, 12, 22}, new double[] {1418.8, 15, 26});
    Charts.Series b = series(new double[] {0, 8, 10}, new double[] {1418.8, 11, 13});
    assertEquals(2 * 22 * 1.05, Charts.top(List.of(a, b)), 1e-9);
  }

  @Test
  void intervalsWithinTwiceTheHighestValueAreDrawnWhole() {
    Charts.Series a = series(new double[] {5, 12, 22}, new double[] {9, 15, 30});
    assertEquals(30 * 1.05, Charts.top(List.of(a)), 1e-9);
    // no value above zero: Plotly's own range
    assertEquals(0, Charts.top(List.of(series(new double[] {0, 0}, new double[] {3, 3}))));
  }

  @Test
  void aYearAxisLabelsEveryYearOnlyWhereTheLabelsStandApart() {
    // three years: each its own tick
    assertEquals("array", Charts.yearAxis(new int[] {2021, 2024, 2026}).get("tickmode"));
    // a dozen years of which two stand two years apart on an axis of a century: round ticks, up to
    // a dozen of them
    int[] congresses = {1921, 1923, 1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012};
    var axis = Charts.yearAxis(congresses);
    assertEquals(null, axis.get("tickmode"));
    assertEquals(Charts.MAX_YEAR_TICKS, axis.get("nticks"));
    // more than a dozen years: round ticks too
    assertEquals(
        Charts.MAX_YEAR_TICKS,
        Charts.yearAxis(java.util.stream.IntStream.rangeClosed(2000, 2020).toArray())
            .get("nticks"));
  }
}
