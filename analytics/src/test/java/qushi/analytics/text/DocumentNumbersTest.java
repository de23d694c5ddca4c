package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermCount;

class DocumentNumbersTest {
  private static String spans(String text) {
    StringBuilder sb = new StringBuilder();
    for (int[] c : DocumentNumbers.codes(text)) sb.append(text, c[0], c[1]).append('|');
    return sb.toString();
  }

  @Test
  void theOfficeCodeIsTheHanRunBeforeTheYearAndTheSerialNumber() {
    assertEquals("国发|", spans("《通知》（国发〔2017〕35号）"));
    // at most six characters back: the office's code, not the sentence before it
    assertEquals("济经信装备字|", spans("根据济经信装备字〔2021〕3号"));
    assertEquals("据工信部联规|", spans("依据工信部联规〔2016〕349号文件"));
    // square brackets as some PDFs write them, and spaces a PDF leaves
    assertEquals("财建|鲁政发|", spans("财建[2019] 2 号、鲁政发［2020］1号"));
    // a note mark, a year alone or a year without a serial number is none
    assertEquals("", spans("见注释〔1〕。〔2017〕年度。工作〔2017〕总结。"));
    assertEquals("", spans("没有括号的文本"));
  }

  @Test
  void anOfficeCodeIsNoTermAndStillText() {
    String a = "国务院印发了通知（国发〔2017〕35号），部署人工智能发展。人工智能发展很快。\n";
    String b = "办公厅印发了意见（国办发〔2019〕57号），推进人工智能发展。人工智能应用广泛。\n";
    PreparedCorpus p = PreparedCorpus.of(Corpus.ofTexts(2017, a, 2019, b));
    String segmented = String.join(" ", p.segmented(null));
    assertTrue(segmented.contains("国发"), segmented);
    int id = p.vocabulary().id("国发");
    assertTrue(id >= 0, segmented);
    assertEquals(0, p.counts().termTotal(id), "国发 is no term");
    // 国办发 is cut 国/办发: neither is a term there
    assertTrue(segmented.contains("国 办发"), segmented);
    assertEquals(0, p.counts().termTotal(p.vocabulary().id("办发")));
    // the text search still finds it, and the words around it are terms
    assertEquals(1, p.count("国发").stream().mapToInt(TermCount::count).sum());
    assertEquals(4, p.counts().termTotal(p.vocabulary().id("人工智能")));
    assertTrue(p.counts().termTotal(p.vocabulary().id("办公厅")) > 0);
  }
}
