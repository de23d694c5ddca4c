package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.YearStats;

/**
 * The front door says which units the tests take: documents when most of the text is in years of
 * two or more.
 */
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

  @Test
  void aDocumentOfPunctuationOnlyIsNoUnit() {
    // 2021 holds one document with words: passages stay the units, whatever punctuation is added
    assertFalse(
        Qushi.of(Corpus.ofTexts(2020, A, 2020, B, 2021, A + B, 2021, "……！？\n——“”"))
            .documentUnits());
    Qushi plain = Qushi.of(Corpus.ofTexts(years(false)));
    Qushi punctuated = Qushi.of(Corpus.ofTexts(years(true)));
    assertTrue(plain.documentUnits());
    for (int y = 0; y < 4; y++) {
      YearStats a = plain.stats().get(y);
      YearStats b = punctuated.stats().get(y);
      assertEquals(a.passages(), b.passages());
      assertEquals(a.tokens(), b.tokens());
    }
    // the tests resample the same units: every p and every class is the same
    assertEquals(plain.trends().rows(), punctuated.trends().rows());
    assertEquals(plain.compare(2023, 2020).rows(), punctuated.compare(2023, 2020).rows());
  }

  /**
   * Returns four years of two documents each, and with {@code punctuation} a document of
   * punctuation only in 2021.
   */
  private static Object[] years(boolean punctuation) {
    String[] words = {"人工智能", "碳中和", "新质生产力", "数字经济", "乡村振兴", "高质量发展"};
    List<Object> out = new ArrayList<>();
    for (int y = 0; y < 4; y++) {
      for (int d = 0; d < 2; d++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 12; s++) {
          String w = words[(s * (d + 1) + y) % words.length];
          text.append("我们推动").append(w).append("，加快");
          text.append(words[(s * 5 + y + d) % words.length]);
          text.append("建设。\n");
        }
        out.add(2020 + y);
        out.add(text.toString());
      }
    }
    if (punctuation) {
      out.add(2021);
      out.add("……！？\n\n——“”《》\n");
    }
    return out.toArray();
  }
}
