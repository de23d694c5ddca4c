package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's section of notes after its text is dropped; a paragraph titled 注 is not. */
class NotesSectionTest {
  private static final String TEXT = "关于国际形势问题⑴\n我们要团结世界上一切可以团结的力量⑵，这是总的方针。\n帝国主义是纸老虎，这一点要看清楚。\n";

  /**
   * Returns the text of the only document of a corpus of one, without its boilerplate (and without
   * whitespace at its ends).
   */
  private static String stripped(String text) {
    return Boilerplate.detect(List.of(text), List.of(1958), true).strip(0, text).strip();
  }

  @Test
  void aSectionOfNotesAfterTheTextIsDropped() {
    for (String heading : List.of("注释", "　　注　　释", "## 参考文献", "Notes:", "注：")) {
      String doc =
          TEXT
              + heading
              + "\n〔1〕成都会议，指一九五八年三月中共中央在成都召开的工作会议。\n"
              + "〔2〕时任美国国务卿。\n（《毛泽东文集》第七卷，人民出版社一九九九年版）\n";
      assertEquals(TEXT.strip(), stripped(doc), heading);
    }
    // entries opened by other marks, and a long note in two paragraphs
    String marks = TEXT + "注释\n① 见本书第一卷。\n这条注释的第二段。\n⑵ 时任总理。\n[3] 同上。\n4. 同上。\n5、同上。\n";
    assertEquals(TEXT.strip(), stripped(marks));
    // marks of a page's footnotes gathered at the end, and a heading run into its first entry
    String stars = TEXT + "注释\n* 见统计年鉴。\n※ 同上。\n† 同上。\n1 同上。\n注：同上。\n";
    assertEquals(TEXT.strip(), stripped(stars));
    assertEquals(TEXT.strip(), stripped(TEXT + "注释[1]参看本书第四卷《以自卫战争粉碎蒋介石的进攻》[2]。\n"));
    // a note alone after the text ("注：" opens a note, not a heading) is no section
    String note = TEXT + "注：本文据手稿刊印。\n";
    assertEquals(note.strip(), stripped(note));
  }

  @Test
  void theParagraphsDroppedAreListedAsNotes() {
    String doc = TEXT + "注释\n〔1〕时任国务卿。\n";
    Boilerplate b = Boilerplate.detect(List.of(doc), List.of(1958), true);
    assertTrue(b.dropsNotes(0));
    assertEquals(
        List.of(
            new Boilerplate.Paragraph("注释", 1, 1, "notes"),
            new Boilerplate.Paragraph("〔1〕时任国务卿。", 1, 1, "notes")),
        b.paragraphs());
  }

  @Test
  void aParagraphTitledNoteAboveTextIsNoSectionOfNotes() {
    // a heading 注 above body text, a note mark in the second paragraph only, entries fewer than
    // the text after them, and a heading of notes that opens the document: all kept
    String body = "注\n本表数据不含港澳台地区。\n各地区按常住人口计算。\n";
    String late = "注释\n以下各条说明资料来源。\n〔1〕见统计年鉴。\n正文接着说明发展情况。\n正文还有一段。\n";
    String first = "注释\n〔1〕时任国务卿。\n〔2〕同上。\n";
    for (String doc : List.of(TEXT + body, TEXT + late, first)) {
      assertEquals(doc.strip(), stripped(doc), doc);
      assertFalse(Boilerplate.detect(List.of(doc), List.of(1958), true).dropsNotes(0));
    }
  }

  @Test
  void theNotesOfOneTextEndAtTheNextNumberedHeading() {
    // a file that holds two texts, each with its notes
    String second = "二、第二篇讲话\n我们的方针是自力更生为主，争取外援为辅。\n";
    String doc = TEXT + "注释\n〔1〕时任国务卿。\n" + second + "注释\n〔1〕同上。\n";
    assertEquals((TEXT + second).strip(), stripped(doc));
  }
}
