package qushi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;

/** The front door says which units the tests take: documents when most years have two or more. */
class DocumentUnitsFrontDoorTest {
  private static final String A = "科技创新推动产业发展，人工智能赋能制造业。\n";
  private static final String B = "绿色金融支持低碳转型，碳达峰目标稳步推进。\n";

  @Test
  void documentsWhenEveryYearHasTwo() {
    assertTrue(Qushi.of(Corpus.ofTexts(2020, A, 2020, B, 2021, B, 2021, A)).documentUnits());
  }

  @Test
  void passagesWhenAYearHasOne() {
    assertFalse(Qushi.of(Corpus.ofTexts(2020, A, 2020, B, 2021, A + B)).documentUnits());
  }
}
