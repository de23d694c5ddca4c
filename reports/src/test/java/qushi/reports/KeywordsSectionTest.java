package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import qushi.reports.Labels.Lang;

class KeywordsSectionTest {
  private static final Labels EN = Labels.of(Lang.EN);

  @Test
  void theSentenceOnSignificanceSpeaksOfTheOthersOnlyWhereThereAreOthers() {
    assertEquals(
        "All 60 keywords shown are significant in the test over the test units (adjusted p <"
            + " 0.05). Their bars are blue, longest first.",
        KeywordsSection.significance(60, 60, false, EN));
    assertEquals(
        "All 60 keywords shown are significant in the test over the test units (adjusted p <"
            + " 0.05).",
        KeywordsSection.significance(60, 60, true, EN));
    String some = KeywordsSection.significance(45, 60, true, EN);
    assertEquals(
        "45 of the 60 keywords shown are significant in the test over the test units (adjusted p"
            + " < 0.05); each year's significant ones come first. The others are terms the year"
            + " uses more by the interval of their counts alone: read them as leads to check, not"
            + " as findings.",
        some);
    assertEquals(
        EN.format("keywords.none_significant", 60)
            + " "
            + EN.get("keywords.none_significant_charts"),
        KeywordsSection.significance(0, 60, false, EN));
  }
}
