package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;

class ComparisonsTest {
  static final String TEXT = "人工智能赋能千行百业。人工智能发展迅速，算力需求增长。芯片产业加快发展。";

  @Test
  void identicalYearsShowNoDifference() {
    Comparisons c = new Comparisons(PreparedCorpus.of(Corpus.ofTexts(2021, TEXT, 2024, TEXT)));
    KeynessTable k = c.compare(2024, 2021, KeynessOptions.defaults().withMinCount(1));
    assertTrue(k.size() > 0);
    for (KeynessRow r : k.rows()) {
      assertEquals(0, r.g2(), 1e-9, r.term());
      assertEquals(0, r.logRatio(), 1e-9, r.term());
      assertEquals(0, r.z(), 1e-9, r.term());
    }
    assertTrue(k.significant().isEmpty());
  }

  @Test
  void aYearWithOnePassageFallsBackToTheTokenLevelTest() {
    // one passage per year: nothing to estimate between passages, so tokens are the units
    String other = "碳中和目标引领绿色转型，储能与氢能加快发展，碳中和路径清晰。".repeat(3);
    PreparedCorpus a =
        PreparedCorpus.of(Corpus.ofTexts(2021, TEXT, 2024, other), TextOptions.defaults());
    assertEquals(2, a.passages().size());
    KeynessTable k =
        new Comparisons(a).compare(2024, 2021, KeynessOptions.defaults().withMinCount(1));
    KeynessRow carbon = k.row("碳中和").orElseThrow();
    assertEquals(6, carbon.targetFrequency());
    assertEquals(0, carbon.referenceFrequency());
    assertEquals(Direction.UP, carbon.direction());
    assertEquals(1.0, carbon.dispersion());
    // a term absent from the target: size-proportional pseudo-counts 2·0.5·N_t/N and 2·0.5·N_r/N
    KeynessRow ai = k.row("人工智能").orElseThrow();
    long nt = k.targetTokens();
    long nr = k.referenceTokens();
    double n = nt + nr;
    assertEquals(
        Math.log(((nt / n) / nt) / ((2.0 + nr / n) / nr)) / Math.log(2), ai.logRatio(), 1e-12);
    assertTrue(ai.logRatio() < 0);
  }

  @Test
  void aTrendNamesTheShareOfATermsTopDocumentEvenInYearsOfOneDocument() {
    // one document a year (an annual report): 碳中和 stands 6 times, all in the 2024 document
    String carbon = "碳中和目标引领绿色转型，储能与氢能加快发展，碳中和路径清晰。\n".repeat(3);
    Comparisons c =
        new Comparisons(PreparedCorpus.of(Corpus.ofTexts(2021, TEXT, 2024, carbon, 2025, TEXT)));
    TrendRow row = c.trend(TrendOptions.defaults().withMinCount(1)).row("碳中和").orElseThrow();
    assertEquals(6, row.frequency());
    assertEquals("doc02", row.topDocument());
    assertEquals(1.0, row.topDocumentShare(), 1e-12);
  }

  @Test
  void unknownYearsAreBadInput() {
    Comparisons c = new Comparisons(PreparedCorpus.of(Corpus.ofTexts(2021, TEXT, 2024, TEXT)));
    assertTrue(
        assertThrows(
                BadInputException.class, () -> c.compare(2030, 2021, KeynessOptions.defaults()))
            .getMessage()
            .contains("year 2030 is not in the corpus"));
    assertThrows(BadInputException.class, () -> c.compare(2021, 2021, KeynessOptions.defaults()));
  }
}
