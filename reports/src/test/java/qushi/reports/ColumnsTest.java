package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ColumnsTest {
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
}
