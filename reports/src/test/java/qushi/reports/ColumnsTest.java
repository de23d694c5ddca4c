package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnsTest {
  @Test
  void anInfiniteBoundIsANumberInTheFilesAndTheSignOnThePage() {
    // a log ratio's upper bound is infinite when the reference never has the term: the page's
    // file holds what pandas and R read as a number, not the page's "-∞" behind an apostrophe
    tech.tablesaw.api.Table t =
        tech.tablesaw.api.Table.create(
            "keyness",
            tech.tablesaw.api.DoubleColumn.create(
                "log_ratio_upper", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.8912));
    String csv =
        qushi.analytics.core.Csv.of(
            new Columns(Labels.of(Labels.Lang.EN)).display(t, "keyness_2021_2024.csv"), ',');
    java.util.List<String> cells = csv.lines().skip(1).toList();
    // a finite bound as the log ratio it bounds is shown: three significant digits
    assertEquals(java.util.List.of("Infinity", "-Infinity", "-1.89"), cells);
    assertEquals(
        "-∞", qushi.analytics.core.Display.format("log_ratio_upper", Double.NEGATIVE_INFINITY));
  }

  @Test
  void aYearOfFewerThanFourDigitsIsAYearToo() {
    // a corpus of poems dated 689–1155: its per-year columns get headings and a codebook meaning
    // like those of 2021
    Columns columns = new Columns(Labels.of(Labels.Lang.EN));
    String modern = columns.header("trends", "per10k_2021");
    assertEquals(modern.replace("2021", "689"), columns.header("trends", "per10k_689"));
    assertEquals(
        columns
            .header("compare_all", "g2_2021_to_2024")
            .replace("2021", "689")
            .replace("2024", "698"),
        columns.header("compare_all", "g2_689_to_698"));
    assertFalse(columns.entry("trends.csv", "per10k_689").meaning().isEmpty());
    assertEquals("keyness", Columns.table("keyness_689-813_984-1155.csv"));
  }

  @Test
  void theTrendTablesLastYearColumnsSayTheyAreNotTheTrend() {
    // a RISING term whose last year fell back has a negative log_ratio: the codebook says why, in
    // both languages, while keyness keeps the two-group meaning
    for (Labels.Lang lang : Labels.Lang.values()) {
      Columns columns = new Columns(Labels.of(lang));
      String trends = columns.entry("trends.csv", "log_ratio").meaning();
      assertNotEquals(columns.entry("keyness_2021_2024.csv", "log_ratio").meaning(), trends);
      assertTrue(trends.contains("RISING") && trends.contains("change"), trends);
      assertNotEquals(
          columns.entry("keyness_2021_2024.csv", "z").meaning(),
          columns.entry("trends.csv", "z").meaning());
    }
  }
}
