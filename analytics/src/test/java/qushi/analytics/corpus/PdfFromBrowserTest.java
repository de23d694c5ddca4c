package qushi.analytics.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermCount;

/**
 * A real PDF with a Chinese text layer, printed by headless Chromium from an HTML page of known
 * text (wrapped lines, indented paragraphs, several pages): the counts of the corpus read from the
 * PDF equal the counts of the corpus read from the text it was made from.
 */
@Tag("browser")
class PdfFromBrowserTest {
  @TempDir Path dir;

  private static final List<String> PARAGRAPHS =
      List.of(
          "一、过去一年的工作",
          "过去一年，我们坚持稳中求进工作总基调，推进供给侧结构性改革，着力扩大内需，经济运行保持在合理区间。国内生产总值增长6.9%，" + "城镇新增就业1312万人。",
          "——创新驱动发展战略深入实施。大众创业、万众创新蓬勃发展，新动能加快成长。我们深化放管服改革，营商环境持续改善，减税降费力度加大。",
          "二、今年的重点工作",
          "（一）推动高质量发展。加快发展新质生产力，推进新型工业化，发展数字经济，促进人工智能与实体经济深度融合。",
          "（二）全面深化改革。推进国有企业改革，完善社会主义市场经济体制，建设全国统一大市场，优化营商环境。");

  private static final List<String> TERMS =
      List.of(
          "供给侧结构性改革",
          "扩大内需",
          "营商环境",
          "减税降费",
          "新质生产力",
          "社会主义市场经济",
          "全国统一大市场",
          "人工智能",
          "高质量发展",
          "6.9%",
          "放管服");

  static Path chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dirName : System.getenv("PATH").split(":")) {
        Path p = Path.of(dirName, name);
        if (Files.isExecutable(p)) return p;
      }
    }
    throw new IllegalStateException(
        "Chromium is not installed; install it with: apt-get install -y chromium fonts-noto-cjk");
  }

  /** Prints the page to a PDF of this name in the folder corpus, with headless Chromium. */
  private Path print(String html, String name) throws IOException, InterruptedException {
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, html);
    Path pdf = dir.resolve("corpus").resolve(name);
    Files.createDirectories(pdf.getParent());
    Process p =
        new ProcessBuilder(
                chromium().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"),
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf,
                page.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
    assertTrue(Files.size(pdf) > 1000, Files.readString(dir.resolve("chromium.log")));
    return pdf;
  }

  /**
   * Returns a page of two A4 pages in 12 pt: the first with {@code first} and, at its foot in 8 pt,
   * {@code foot} (HTML); the second with {@code second}.
   */
  private static String twoPages(String first, String foot, String second) {
    String page =
        "<div style=\"height:24cm;position:relative;page-break-after:always\">"
            + "<p>%s</p><div style=\"position:absolute;bottom:1cm;font-size:8pt\">%s</div></div>";
    return "<!doctype html><html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Serif"
        + " CJK SC';font-size:12pt} p{margin:0}</style></head><body>"
        + String.format(page, first, foot)
        + String.format(page, second, "")
        + "</body></html>";
  }

  /**
   * Pages whose foot holds a footnote in small type, between the halves of a sentence (and a word:
   * 百家争鸣) that the page break cut: the note leaves the sentence, which reads whole, for a section
   * of notes at the end, which is dropped (and kept there with --keep-boilerplate).
   */
  @Test
  void aFootnoteAtThePageFootLeavesTheSentenceThatThePageBreakCut()
      throws IOException, InterruptedException {
    // its thousands grouped by spaces, as Chinese typesetting groups them: one number, no table
    String note = "①参见《邓小平文选》第三卷，人民出版社1993年版，印数 3 000 000 册。";
    String first = "过去一年，我们坚持稳中求进工作总基调，推进供给侧结构性改革①，坚持百";
    String second = "家争鸣的方针，营商环境持续改善。我们深化放管服改革，减税降费力度加大。";
    String html = twoPages(first, note, second);
    Path pdf = print(html, "2016-report.pdf");
    PreparedCorpus corpus = PreparedCorpus.of(Corpus.loadByFileName(pdf.getParent()));
    String text = corpus.documents().get(0).text();
    assertTrue(text.contains(first + second) && !text.contains("人民出版社"), text);
    List<TermCount> counts = corpus.count(List.of("百家争鸣", "人民出版社", "营商环境"));
    assertEquals(List.of(1, 0, 1), counts.stream().map(TermCount::count).toList());
    PreparedCorpus kept =
        PreparedCorpus.of(
            Corpus.loadByFileName(pdf.getParent()),
            qushi.analytics.text.TextOptions.defaults().withDropBoilerplate(false));
    assertTrue(
        kept.documents()
            .get(0)
            .text()
            .endsWith("\n注释\n" + note.replace("数 3", "数3").replace("0 册", "0册")),
        kept.documents().get(0).text());
  }

  /**
   * A table in small type at a page's foot whose rows open with numbers (an annual report's
   * "1.属于国家秘密 2 0 0 0 0 0 2"): its rows are no footnotes, and stay where the table stands.
   */
  @Test
  void aTableInSmallTypeAtThePageFootStaysInPlace() throws IOException, InterruptedException {
    String rows =
        "<div>1.属于国家秘密 2 0 0 0 0 0 2</div><div>2.其他法律行政法规禁止公开 0 1 0 0 0 0 1</div>"
            + "<div>3.危及“三安全一稳定” 0 0 0 0 0 0 0</div>";
    String html =
        twoPages("本机关全年共收到政府信息公开申请，依法依规办理，办理结果如下表。".repeat(6), rows, "全年未发生因政府信息公开工作被申请行政复议的情况。");
    Path pdf = print(html, "2024-annual.pdf");
    PreparedCorpus kept =
        PreparedCorpus.of(
            Corpus.loadByFileName(pdf.getParent()),
            qushi.analytics.text.TextOptions.defaults().withDropBoilerplate(false));
    String text = kept.documents().get(0).text();
    assertTrue(!text.contains("注释"), text);
    assertTrue(text.indexOf("属于国家秘密") < text.indexOf("全年未发生"), text);
    assertTrue(text.contains("危及“三安全一稳定”"), text);
  }

  /**
   * Two columns under a running header that the page draws last (a fixed-position element), so that
   * the extraction runs it into the last line of the body, inside a word perhaps: the header goes,
   * on every page, and the counts equal the text's.
   */
  @Test
  void aFixedFooterUnderTwoColumnsIsDroppedAndTheCountsEqualTheText()
      throws IOException, InterruptedException {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><html><head><meta charset=\"utf-8\"><style>@page{size:A4;margin:22mm"
                + " 16mm} body{font-family:'Noto Serif CJK SC';font-size:10pt;line-height:1.7}"
                + " p{text-indent:2em;margin:0 0 .3em;text-align:justify} .cols{column-count:2}"
                + " .hd{position:fixed;bottom:0;right:0;font-size:10pt;line-height:1.7;"
                + "}</style></head><body><div class=\"hd\"><span>2003年政府工作报告"
                + "</span><span>人民日报　2003年3月20日</span></div><div class=\"cols\">");
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < 42; copy++) { // four pages, no two lines alike
      // a mark of the copy after every comma (not in digits: a line repeated but for its digits
      // throughout a document is page furniture)
      String mark =
          "甲乙丙丁戊己庚辛壬癸".charAt(copy % 10) + "子丑寅卯辰巳午未申酉戌亥".substring(copy % 12, copy % 12 + 1);
      for (String p : PARAGRAPHS) {
        String own = mark + "：" + p.replace("，", "，" + mark + "，");
        html.append("<p>").append(own).append("</p>\n");
        text.append(own).append("\n\n");
      }
    }
    html.append("</div></body></html>");
    PreparedCorpus[] both = pdfAndText(html.toString(), text.toString(), "2003-report");
    String pdfText = both[0].documents().get(0).text();
    assertTrue(!pdfText.contains("人民日报") && !pdfText.contains("政府工作报告"), pdfText);
    assertSameCounts(both);
  }

  /**
   * Prints the page to a PDF and writes the text to a file, both named {@code name}, and returns
   * the corpus of each, prepared: the PDF's, then the text's.
   */
  private PreparedCorpus[] pdfAndText(String html, String text, String name)
      throws IOException, InterruptedException {
    Path pdf = print(html, name + ".pdf");
    Path txt = dir.resolve("text").resolve(name + ".txt");
    Files.createDirectories(txt.getParent());
    Files.writeString(txt, text);
    return new PreparedCorpus[] {
      PreparedCorpus.of(Corpus.loadByFileName(pdf.getParent())),
      PreparedCorpus.of(Corpus.loadByFileName(txt.getParent()))
    };
  }

  /** Asserts that the PDF's corpus counts every term as often as the text's; returns the text's. */
  private static List<TermCount> assertSameCounts(PreparedCorpus[] pdfAndText) {
    List<TermCount> a = pdfAndText[0].count(TERMS);
    List<TermCount> b = pdfAndText[1].count(TERMS);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(b.get(i).count(), a.get(i).count(), a.get(i).term());
    }
    return b;
  }

  @Test
  void countsFromThePdfEqualCountsFromItsText() throws IOException, InterruptedException {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Serif"
                + " CJK SC';font-size:12pt;width:12cm} p{text-indent:2em;margin:0 0 .4em}"
                + "</style></head><body>");
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < 6; copy++) { // several pages, each its own text (a text that
      // repeats a stretch of itself loses the later stretch)
      for (String p : PARAGRAPHS) {
        String own = p + "（第" + (copy + 1) + "遍）";
        html.append("<p>").append(own).append("</p>\n");
        text.append(own).append("\n\n");
      }
    }
    html.append("</body></html>");
    PreparedCorpus[] both = pdfAndText(html.toString(), text.toString(), "2016-report");
    PreparedCorpus fromPdf = both[0];
    PreparedCorpus fromText = both[1];
    List<TermCount> b = assertSameCounts(both);
    for (TermCount c : b) assertEquals(6 * (c.count() / 6), c.count(), c.term());
    assertEquals(6, b.get(0).count());
    // the text itself survives extraction and cleanup: equal once whitespace is ignored
    String pdfText = String.join("", fromPdf.documents().get(0).text().split("\\s+"));
    String plain = String.join("", fromText.documents().get(0).text().split("\\s+"));
    assertEquals(plain, pdfText);
  }
}
