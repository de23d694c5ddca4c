package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static final String FOOTER = "本作品是中华人民共和国的法律、法规，属于公有领域。";
  private static final String BODY = "正文说明了今年的工作。".repeat(12); // 132 characters

  private static String doc(int year, String body, String last) {
    return String.join(
        "\n", "新闻联播 " + year + "0101 19:00", "一、工作回顾", body, last, FOOTER, "Public domain false");
  }

  @Test
  void dropsParagraphsRepeatedAtTheEdgesOfThreeDocumentsButNotHeadings() {
    List<String> texts =
        List.of(
            doc(2021, BODY, "结语甲。"),
            doc(2022, BODY + "甲", "结语乙。"),
            doc(2023, BODY + "乙", "结语丙。"),
            "只有正文。");
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(
        List.of(
            new Boilerplate.Paragraph("新闻联播 20210101 19:00", 3, 3, "start"),
            new Boilerplate.Paragraph(FOOTER, 3, 3, "end"),
            new Boilerplate.Paragraph("Public domain false", 3, 3, "end")),
        b.paragraphs());
    // the masthead goes although its date differs; the heading that all three open with stays
    assertEquals("一、工作回顾\n" + BODY + "\n结语甲。", b.strip(texts.get(0)));
    assertEquals("只有正文。", b.strip(texts.get(3)));
  }

  @Test
  void keepsABoilerplateParagraphThatFollowsText() {
    List<String> texts =
        List.of(
            "甲文。\n" + FOOTER + "\n尾部文字甲。",
            "乙文。\n" + FOOTER + "\n尾部文字乙。",
            FOOTER + "\n丙文。",
            FOOTER + "\n丁文。");
    Boilerplate b = Boilerplate.detect(texts);
    // found in four documents, dropped only where it is at an edge
    assertEquals(List.of(new Boilerplate.Paragraph(FOOTER, 2, 2, "start")), b.paragraphs());
    assertEquals(texts.get(0), b.strip(texts.get(0)));
    assertEquals("丙文。", b.strip(texts.get(2)));
  }

  @Test
  void fewerThanThreeDocumentsHaveNoBoilerplate() {
    Boilerplate b = Boilerplate.detect(List.of(FOOTER + "\n甲。", FOOTER + "\n乙。"));
    assertTrue(b.isEmpty());
    assertEquals(FOOTER + "\n甲。", b.strip(FOOTER + "\n甲。"));
    assertTrue(Boilerplate.detect(List.of("甲。", "乙。", "丙。")).isEmpty());
  }

  @Test
  void keysIgnoreWhitespaceAndDigits() {
    assertEquals("新闻联播0:0", Boilerplate.key("新闻联播 20230101:19"));
  }
}
