package qushi.analytics.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.core.BadInputException;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;

/** Reading corpus files of every format; the files are made here from known text. */
class DocumentReaderTest {
  @TempDir Path dir;

  private String read(Path file) throws IOException {
    return DocumentReader.text(file, Files.readAllBytes(file));
  }

  private void assertRejected(Path file, String problem) {
    BadInputException e = assertThrows(BadInputException.class, () -> read(file));
    assertEquals(file + ": " + problem, e.getMessage());
  }

  /** Writes {@code text} to a file of this name and checks that reading it fails so. */
  private void assertRejected(String name, String text, String problem) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    assertRejected(file, problem);
  }

  @Test
  void docxGivesTheParagraphsAndTableRowsOfItsBody() throws IOException {
    Path file = dir.resolve("report.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      // page furniture: the header is not text of the document
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("内部资料");
      doc.createParagraph().createRun().setText("一、过去一年的工作");
      doc.createParagraph().createRun().setText("推进供给侧结构性改革，");
      doc.getLastParagraph().createRun().setText("着力扩大内需。");
      doc.createParagraph(); // an empty paragraph
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("指标");
      table.getRow(0).getCell(1).setText("目标");
      table.getRow(1).getCell(0).setText("城镇新增就业");
      table.getRow(1).getCell(1).setText("1200万人以上");
      doc.write(out);
    }
    assertEquals("一、过去一年的工作\n推进供给侧结构性改革，着力扩大内需。\n指标 目标\n城镇新增就业 1200万人以上", read(file));
  }

  /** Writes a .docx of one paragraph to {@code file} and returns it. */
  private static Path docx(Path file, String paragraph) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
    }
    return file;
  }

  /** The text of notice.doc, made from notice.fodt next to it. */
  private static final String NOTICE =
      """
      关于推进数字经济高质量发展的通知
      各区人民政府，市政府各部门：
      为加快发展数字经济，推动数字经济和实体经济深度融合，现就有关事项通知如下。
      一、加快数字基础设施建设。推进算力网络建设，详见数字经济发展规划。
      二、委托第三方机构开展评估。
      评估结果向社会公开。
      任务 牵头单位 完成时限
      建设算力网络 市大数据局 2025年底
      三、数字经济核心产业增加值占比逐年提高。\
      """
          .stripIndent();

  /** Copies notice.doc, a Word 97 file, to {@code name} in the test's folder. */
  private Path notice(Path folder, String name) throws IOException {
    Path file = folder.resolve(name);
    try (var in = DocumentReaderTest.class.getResourceAsStream("notice.doc")) {
      Files.copy(in, file);
    }
    return file;
  }

  /**
   * notice.doc was saved by LibreOffice as Word 97 from notice.fodt: a heading, paragraphs, a line
   * break, a footnote, a hyperlink (a field), a table, and a header and a footer with a page-number
   * field. The reader gives the paragraphs and the table's rows; the header, footer and footnote
   * are page furniture, and the hyperlink gives the text it shows.
   */
  @Test
  void docGivesTheParagraphsAndTableRowsOfItsMainText() throws IOException {
    String text = read(notice(dir, "notice.doc"));
    assertEquals(NOTICE, text);
    for (String furniture : List.of("办公室文件", "内部资料", "脚注", "example.org", "HYPERLINK")) {
      assertFalse(text.contains(furniture), furniture);
    }
  }

  /**
   * What offices and web sites publish under the name .doc: a Word document saved as XML (Word 2003
   * XML, notice-2003.xml, saved by LibreOffice from notice.fodt; or a flat Office Open XML package,
   * as a template system writes it) and a web page saved from Word. Each is read as what it holds,
   * the same text as the Word 97 file; an .xml file that is a Word document too.
   */
  @Test
  void aDocSavedAsXmlOrAsAWebPageIsReadAsWhatItHolds() throws IOException {
    for (String name : List.of("as-xml.doc", "notice.xml")) {
      Path file = dir.resolve(name);
      try (var in = DocumentReaderTest.class.getResourceAsStream("notice-2003.xml")) {
        Files.copy(in, file);
      }
      assertEquals(NOTICE, read(file), name);
    }
    Path flat = dir.resolve("flat.doc");
    Files.writeString(
        flat,
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <?mso-application progid="Word.Document"?>
        <pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
        <pkg:part pkg:name="/word/document.xml"><pkg:xmlData>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        <w:p><w:r><w:t>推进</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>数字经济</w:t></w:r>        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>        <w:r><w:t>发展。</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>        <w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        </w:body></w:document></pkg:xmlData></pkg:part>
        <pkg:part pkg:name="/word/header1.xml"><pkg:xmlData>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">        <w:p><w:r><w:t>内部资料</w:t></w:r></w:p></w:hdr></pkg:xmlData></pkg:part>
        </pkg:package>
        """);
    assertEquals("推进数字经济发展。\n指标 目标", read(flat));
    // another vocabulary's document and body are any XML's text blocks
    Path other = dir.resolve("export.xml");
    Files.writeString(
        other,
        "<?xml version=\"1.0\"?><document><title>通知</title><body>推进数字经济发展。</body></document>");
    assertEquals("通知\n推进数字经济发展。", read(other));
    Path page = dir.resolve("page.doc");
    Files.writeString(
        page,
        "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta"
            + " charset=\"utf-8\"><meta name=Generator content=\"Microsoft Word"
            + " 15\"></head><body><div class=WordSection1><p"
            + " class=MsoNormal>推进供给侧结构性改革，着力扩大内需。</p><p"
            + " class=MsoNormal>加快建设现代化产业体系，推动高质量发展。</p></div></body></html>");
    assertEquals("推进供给侧结构性改革，着力扩大内需。\n加快建设现代化产业体系，推动高质量发展。", read(page));
    assertRejected(
        "rtf.doc",
        "{\\rtf1\\ansi 文本}",
        "an RTF file under the name .doc: save it as .docx or .txt");
    Path archive = dir.resolve("archive.doc");
    Files.write(archive, wordArchive("推进供给侧结构性改革，着力扩大内需。"));
    assertEquals("推进供给侧结构性改革，着力扩大内需。", read(archive));
  }

  /**
   * A web archive as Word saves a "Single File Web Page": a MIME message whose page is encoded in
   * base64, in the charset its part names (gb2312, its bytes GB18030's) and the page does not,
   * beside a picture.
   */
  private static byte[] wordArchive(String paragraph) {
    java.util.Base64.Encoder base64 = java.util.Base64.getMimeEncoder();
    String page =
        "<html><head><title>通知</title></head><body><div class=WordSection1><p class=MsoNormal>"
            + paragraph
            + "</p></div></body></html>";
    return ("MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related; boundary=\"----=_NextPart_01D0\"\r\n\r\n"
            + "此文档为单个文件网页。\r\n\r\n"
            + "------=_NextPart_01D0\r\n"
            + "Content-Location: file:///C:/通知.htm\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n"
            + base64.encodeToString(page.getBytes(java.nio.charset.Charset.forName("GB18030")))
            + "\r\n\r\n------=_NextPart_01D0\r\n"
            + "Content-Location: file:///C:/通知.files/image001.png\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-Type: image/png\r\n\r\n"
            + "iVBORw0KGgo=\r\n\r\n"
            + "------=_NextPart_01D0--\r\n")
        .getBytes(java.nio.charset.Charset.forName("GB18030"));
  }

  /**
   * A web archive saved by Chromium (notice.mhtml, its DevTools snapshot of notice-page.html, a
   * page in GB18030 under the gb2312 tag, quoted-printable, with its picture and a table of
   * contents whose links Chromium wrote as the page's address + #…) reads as the page does: its
   * main text, without the navigation and the table of contents.
   */
  @Test
  void aWebArchiveIsReadAsThePageItHolds() throws IOException {
    Path archive = dir.resolve("2024-notice.mhtml");
    Path page = dir.resolve("notice-page.html");
    for (Path file : List.of(archive, page)) {
      try (var in =
          DocumentReaderTest.class.getResourceAsStream(
              file.getFileName().toString().replace("2024-", ""))) {
        Files.copy(in, file);
      }
    }
    String text = read(archive);
    assertEquals(read(page), text);
    assertTrue(text.startsWith("# 关于推进数字经济发展的通知\n各区人民政府，市政府各委、办、局：\n为深入贯彻落实"), text);
    assertTrue(
        text.contains("\n## 三、保障措施\n加强组织领导，强化人才支撑，由朱镕基同志题写的“数字·城市”标识继续使用——各区要抓好落实。\n"), text);
    assertTrue(text.endsWith("\n## 四、附则\n本通知自印发之日起施行。"), text);
    assertFalse(text.contains("首页") || text.contains("\n一、总体要求\n") || text.contains("网站标识码"), text);
    // as Word saves one: base64 in the charset the part names; .mht as .mhtml
    Path word = dir.resolve("word.mht");
    // (镕 and 喆 are GBK's, not GB2312's, under the gb2312 its part names)
    Files.write(word, wordArchive("朱镕基同志强调加快建设现代化产业体系，张喆记录。"));
    assertEquals("朱镕基同志强调加快建设现代化产业体系，张喆记录。", read(word));
    // the charset the part names decodes the page, whatever the page's meta says
    Path big5 = dir.resolve("big5.mht");
    String traditional = "推動數位經濟發展，加強基礎設施建設。";
    Files.write(
        big5,
        ("MIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=big5\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + "<html><head><meta charset=\"gb2312\"></head><body><p>"
                + traditional
                + "</p></body></html>")
            .getBytes(java.nio.charset.Charset.forName("Big5")));
    assertEquals(traditional, read(big5));
    // a page saved as HTML under the name .mht is the page
    Path html = dir.resolve("saved.mht");
    Files.copy(page, html);
    assertEquals(text, read(html));
  }

  @Test
  void anEmptyFileOfEveryFormatIsNamedAsSuch() throws IOException {
    for (String ext : DocumentReader.FORMATS) assertRejected("empty." + ext, "", "file is empty");
    assertRejected("empty.txt", "", "file is empty");
  }

  @Test
  void ofSeveralFilesThatCannotBeReadTheFirstInCorpusOrderIsNamed() throws IOException {
    // documents are read in parallel: the message must not depend on which thread failed first
    Path corpus = Files.createDirectories(dir.resolve("several"));
    StringBuilder manifest = new StringBuilder("id,file,year\n");
    for (int i = 0; i < 40; i++) {
      String name = String.format("d%02d.txt", i);
      Files.writeString(corpus.resolve(name), i < 10 ? "正文。" : i % 2 == 0 ? "" : "  \n");
      manifest.append(name, 0, 3).append(',').append(name).append(",2021\n");
    }
    Files.writeString(corpus.resolve("corpus.csv"), manifest);
    for (int run = 0; run < 20; run++) {
      BadInputException e =
          assertThrows(BadInputException.class, () -> PreparedCorpus.of(Corpus.load(corpus)));
      assertTrue(e.getMessage().endsWith("d10.txt: file is empty"), e.getMessage());
    }
  }

  @Test
  void aWebArchiveWithoutAPageIsRejected() throws IOException {
    assertRejected(
        "text.mhtml",
        "这不是网页存档，只是一段文字。",
        "not a web archive (no MIME header); save the page as .mhtml or .html");
    assertRejected(
        "pictures.mht",
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + "iVBORw0KGgo=\r\n--b--\r\n",
        "a web archive without a web page");
    assertRejected(
        "navigation.mht",
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + "<html><body><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></body></html>",
        "HTML page has no main text (only navigation, links or scripts)");
  }

  /**
   * Writes an OFD package of these pages, each a list of paragraphs set in lines of 20 characters
   * (3.7 mm each, 5.5 mm apart, the first line of a paragraph indented two characters), with a
   * template page that every page uses, holding a running header. The first paragraph of each page
   * is drawn a character per text object, scaled by a transform (Size 74, CTM 0.05), as converters
   * write it; the others a line per text object with its advances ({@code DeltaX="g 19 3.7"}).
   */
  private static void ofd(Path file, List<List<String>> pages) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      java.util.function.BiConsumer<String, String> part =
          (name, xml) -> {
            try {
              zip.putNextEntry(new ZipEntry(name));
              zip.write(xml.getBytes(StandardCharsets.UTF_8));
              zip.closeEntry();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          };
      String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
      part.accept(
          "OFD.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD "
              + ns
              + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:Title>通知"
              + "</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
              + "</ofd:DocBody></ofd:OFD>");
      StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      doc.append("<ofd:Document ").append(ns).append("><ofd:CommonData>");
      doc.append("<ofd:TemplatePage ID=\"2\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>");
      doc.append("</ofd:CommonData><ofd:Pages>");
      for (int p = 0; p < pages.size(); p++) {
        doc.append("<ofd:Page ID=\"").append(10 + p).append("\" BaseLoc=\"Pages/Page_");
        doc.append(p).append("/Content.xml\"/>");
      }
      part.accept("Doc_0/Document.xml", doc.append("</ofd:Pages></ofd:Document>").toString());
      part.accept(
          "Doc_0/Tpls/Tpl_0/Content.xml",
          "<ofd:Page "
              + ns
              + "><ofd:Content><ofd:Layer ID=\"3\"><ofd:TextObject ID=\"4\" Boundary=\"80 10 60"
              + " 5\" Font=\"1\" Size=\"3.7\"><ofd:TextCode X=\"0\" Y=\"3.2\">市数字经济发展办公室"
              + "</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>");
      for (int p = 0; p < pages.size(); p++) {
        StringBuilder page = new StringBuilder("<ofd:Page ").append(ns).append(">");
        page.append("<ofd:Template TemplateID=\"2\"/><ofd:Content><ofd:Layer ID=\"5\">");
        double y = 30;
        int id = 100;
        for (int k = 0; k < pages.get(p).size(); k++) {
          String text = pages.get(p).get(k);
          int from = 0;
          for (int line = 0; from < text.length(); line++) {
            int indent = line == 0 ? 2 : 0;
            int to = Math.min(text.length(), from + 20 - indent);
            String chars = text.substring(from, to);
            double x = 31.75 + indent * 3.7;
            if (k == 0) {
              for (int c = 0; c < chars.length(); c++) {
                page.append("<ofd:TextObject ID=\"").append(id++).append("\" Boundary=\"");
                page.append(x + c * 3.7).append(' ').append(y).append(" 3.7 3.7\" Size=\"74\"");
                page.append(" CTM=\"0.05 0 0 0.05 0 0\" Font=\"1\"><ofd:TextCode X=\"0\"");
                page.append(" Y=\"63.4\">").append(chars.charAt(c));
                page.append("</ofd:TextCode></ofd:TextObject>");
              }
            } else {
              page.append("<ofd:TextObject ID=\"").append(id++).append("\" Boundary=\"");
              page.append(x).append(' ').append(y).append(" 74 3.7\" Size=\"3.7\" Font=\"1\">");
              page.append("<ofd:TextCode X=\"0\" Y=\"3.17\" DeltaX=\"g ");
              page.append(chars.length() - 1).append(" 3.7\">").append(chars);
              page.append("</ofd:TextCode></ofd:TextObject>");
            }
            from = to;
            y += 5.5;
          }
        }
        page.append("</ofd:Layer></ofd:Content></ofd:Page>");
        part.accept("Doc_0/Pages/Page_" + p + "/Content.xml", page.toString());
      }
    }
  }

  /**
   * An OFD file reads as its text: the lines of each paragraph joined again by the cleanup, the
   * template's running header left out, and counts equal those of the text it was made from; an OFD
   * of other bytes, an encrypted one and one without text are each one line naming the file.
   */
  @Test
  void ofdGivesTheLinesOfItsPagesWhichTheCleanupJoins() throws IOException {
    List<List<String>> pages =
        List.of(
            List.of(
                "为加快发展数字经济，推动数字经济和实体经济深度融合，现就有关事项通知如下。",
                "一、加快数字基础设施建设。推进算力网络建设，布局建设一批数据中心和智能计算中心。"),
            List.of("二、委托第三方机构开展评估，评估结果向社会公开，接受社会监督。", "三、数字经济核心产业增加值占地区生产总值的比重逐年提高。"));
    Path corpus = Files.createDirectories(dir.resolve("ofd"));
    ofd(corpus.resolve("2024-notice.ofd"), pages);
    String raw = read(corpus.resolve("2024-notice.ofd"));
    assertTrue(raw.startsWith(" 为加快发展数字经济，推动数字经济和实\n\n体经济深度融合"), raw);
    assertFalse(raw.contains("办公室"), raw);
    PreparedCorpus prepared = PreparedCorpus.of(Corpus.loadByFileName(corpus));
    List<String> paragraphs = prepared.documents().get(0).text().lines().toList();
    assertEquals(pages.stream().flatMap(List::stream).toList(), paragraphs);
    Path texts = Files.createDirectories(dir.resolve("ofd-text"));
    Files.writeString(
        texts.resolve("2024-notice.txt"),
        String.join("\n", pages.stream().flatMap(List::stream).toList()));
    List<String> terms = List.of("数字经济", "第三方", "评估", "算力网络");
    assertEquals(
        PreparedCorpus.of(Corpus.loadByFileName(texts)).count(terms).stream()
            .map(c -> c.count())
            .toList(),
        prepared.count(terms).stream().map(c -> c.count()).toList());
    assertRejected("text.ofd", "这不是OFD文件。", "not an OFD file (not a zip package)");
    for (String extra : List.of("Encryptions.xml", "")) {
      Path other = dir.resolve("other" + extra.length() + ".ofd");
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
        zip.putNextEntry(new ZipEntry("OFD.xml"));
        zip.write(
            "<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        if (!extra.isEmpty()) {
          zip.putNextEntry(new ZipEntry(extra));
          zip.write("<ofd:Encryptions/>".getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      assertRejected(
          other,
          extra.isEmpty()
              ? "damaged OFD file (OFD.xml names no document it holds)"
              : "encrypted OFD file: save it without encryption");
    }
    // a page the document names but the package does not hold
    Path missing = dir.resolve("missing.ofd");
    ofd(missing, pages);
    try (var fs = java.nio.file.FileSystems.newFileSystem(missing)) {
      Files.delete(fs.getPath("Doc_0/Pages/Page_1/Content.xml"));
    }
    assertRejected(missing, "damaged OFD file (page 2 names content it does not hold)");
    // a package that inflates past the limit (1 MB here, 256 MB when read)
    Path swollen = dir.resolve("swollen.ofd");
    ofd(swollen, pages);
    try (var fs = java.nio.file.FileSystems.newFileSystem(swollen)) {
      Files.write(fs.getPath("Doc_0/filler.bin"), new byte[2 << 20]);
    }
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> OfdText.of(swollen, Files.readAllBytes(swollen), 1L << 20));
    assertEquals(swollen + ": OFD package inflates past 1 MB: damaged", e.getMessage());
    Path blank = dir.resolve("blank.ofd");
    ofd(blank, List.of(List.of()));
    assertRejected(
        blank,
        "OFD has no text (1 page(s) without text objects: blank, or a scan; qushi does no OCR)");
  }

  /** Counts in a corpus of the .doc equal counts in a corpus of the text it was made from. */
  @Test
  void countsFromADocEqualCountsFromItsText() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("doc"));
    notice(docs, "2024-notice.doc");
    Path texts = Files.createDirectories(dir.resolve("txt"));
    Files.writeString(texts.resolve("2024-notice.txt"), NOTICE);
    List<String> terms = List.of("数字经济", "算力网络", "第三方", "评估", "市大数据局");
    List<Long> fromDoc =
        PreparedCorpus.of(Corpus.loadByFileName(docs)).count(terms).stream()
            .map(c -> (long) c.count())
            .toList();
    List<Long> fromText =
        PreparedCorpus.of(Corpus.loadByFileName(texts)).count(terms).stream()
            .map(c -> (long) c.count())
            .toList();
    // counted in NOTICE by hand: 数字经济 5 (the title, two in the first paragraph, the plan's
    // name, the last line), 算力网络 2, 第三方 1, 评估 2, 市大数据局 1
    assertEquals(List.of(5L, 2L, 1L, 2L, 1L), fromText);
    assertEquals(fromText, fromDoc);
  }

  /**
   * A .docx saved under the name .doc is read as one; a .doc of other bytes, a damaged one and an
   * encrypted one are each one line naming the file.
   */
  @Test
  void aDocIsReadOrRejectedByWhatItHolds() throws IOException {
    Path docx = docx(dir.resolve("saved-as.doc"), "推进供给侧结构性改革。");
    assertEquals("推进供给侧结构性改革。", read(docx));
    assertRejected(
        "text.doc", "这不是一个Word文件，只是文本。", "not a Word .doc file (not an OLE2 compound document)");
    Path cut = dir.resolve("cut.doc");
    Files.write(cut, Arrays.copyOf(Files.readAllBytes(notice(dir, "whole.doc")), 3000));
    BadInputException e = assertThrows(BadInputException.class, () -> read(cut));
    assertTrue(
        e.getMessage().startsWith(cut + ": corrupt or unreadable .doc file ("), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    // locked.doc: notice.doc saved by LibreOffice as Word 97 with the password "qushi"
    Path locked = dir.resolve("locked.doc");
    try (var in = DocumentReaderTest.class.getResourceAsStream("locked.doc")) {
      Files.copy(in, locked);
    }
    assertRejected(locked, "encrypted Word file: save it without a password");
    // a .doc under the name .docx is read as the .doc it is
    assertEquals(NOTICE, read(notice(dir, "misnamed.docx")));
    // a password-protected .docx: a compound file that wraps the encrypted package
    Path plain = docx(dir.resolve("plain.docx"), "推进供给侧结构性改革。");
    Path secret = dir.resolve("secret.docx");
    try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      var info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(
              org.apache.poi.poifs.crypt.EncryptionMode.agile);
      var encryptor = info.getEncryptor();
      encryptor.confirmPassword("qushi");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(secret)) {
        fs.writeFilesystem(out);
      }
    } catch (java.security.GeneralSecurityException failed) {
      throw new IOException(failed);
    }
    assertRejected(secret, "encrypted Word file: save it without a password");
  }

  @Test
  void aDocxThatIsNotAWordDocumentIsRejected() throws IOException {
    Path notZip = dir.resolve("a.docx");
    Files.writeString(notZip, "这不是一个Word文件，只是文本。");
    assertRejected(notZip, "not a Word .docx file (not an Office Open XML package)");
    Path zip = dir.resolve("b.docx");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("notes.txt"));
      out.write("文本".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    BadInputException e = assertThrows(BadInputException.class, () -> read(zip));
    assertTrue(e.getMessage().startsWith(zip + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(".docx"), e.getMessage());
    // an old binary Office file under the name .txt
    Path doc = dir.resolve("old.txt");
    Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    assertRejected(
        doc,
        "an old binary Office file under another name: name a Word file .doc (.xls and .ppt are not"
            + " read; save them as .txt)");
  }

  @Test
  void aDocxThatWouldSwellPastTheMemoryIsRejectedByName() throws IOException {
    // a valid document whose body is swollen past POI's limit of 100 MB for one part
    Path valid = docx(dir.resolve("valid.docx"), "正文");
    Path bomb = dir.resolve("bomb.docx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(valid));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          // 101 MB that compress to a few per cent: above POI's least ratio of compressed to
          // expanded size, so that only the size refuses it
          java.util.Random random = new java.util.Random(1);
          byte[] block = new byte[1024];
          for (int i = 0; i < 101 * 1024; i++) {
            java.util.Arrays.fill(block, (byte) ' ');
            for (int k = 0; k < 24; k++) block[k] = (byte) ('a' + random.nextInt(26));
            out.write(block);
          }
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    BadInputException e = assertThrows(BadInputException.class, () -> read(bomb));
    assertTrue(
        e.getMessage().startsWith(bomb + ": a part of this .docx file is too large to read ("),
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void aFileThatIsNotPlainTextUnderAnotherExtensionIsRejected() throws IOException {
    Path rtf = dir.resolve("a.rtf");
    Files.writeString(rtf, "{\\rtf1\\ansi\\ansicpg936 \\u20013?\\u22269?}");
    assertRejected(rtf, "RTF files are not read; save the file as .docx or .txt");
    Path odt = dir.resolve("a.odt");
    Files.write(odt, new byte[] {'P', 'K', 3, 4, 0, 0});
    assertTrue(assertThrows(BadInputException.class, () -> read(odt)).getMessage().contains("zip"));
    Path xls = dir.resolve("a.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0});
    assertTrue(
        assertThrows(BadInputException.class, () -> read(xls)).getMessage().contains("Office"));
    Path renamed = dir.resolve("report.txt");
    Files.writeString(renamed, "%PDF-1.7\n%%EOF\n");
    assertRejected(renamed, "a PDF file under another name: name it .pdf");
    Path notPdf = dir.resolve("notes.pdf");
    Files.writeString(notPdf, "这是一个文本文件。");
    assertRejected(notPdf, "not a PDF file (it does not start with %PDF-)");
  }

  private Path pdf(String name, PdfBody body) throws IOException {
    return pages(name, body);
  }

  interface PdfBody {
    void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
  }

  private static void text(PDPageContentStream cs, String text) throws IOException {
    cs.beginText();
    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
    cs.newLineAtOffset(72, 700);
    cs.showText(text);
    cs.endText();
  }

  /** Draws the lines at 12 points from the top of a page, each {@code size} points, 14 apart. */
  private static void lines(PDPageContentStream cs, float y, float size, String... lines)
      throws IOException {
    cs.beginText();
    cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), size);
    cs.newLineAtOffset(72, y);
    for (String line : lines) {
      cs.showText(line);
      cs.newLineAtOffset(0, -14);
    }
    cs.endText();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Writes a PDF of pages, each drawn by one body. */
  private Path pages(String name, PdfBody... bodies) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      for (PdfBody body : bodies) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          body.draw(doc, cs);
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void theFootnotesOfEveryPageGoToTheEndAsASectionOfNotes() throws IOException {
    Path file =
        pages(
            "notes.pdf",
            (doc, cs) -> {
              lines(cs, 700, 12, "The reform of state firms, begun in 1998,1 went on through the");
              lines(cs, 120, 8, "1 See the annual report of 1999, p. 3.", "and its tables.");
              lines(cs, 60, 8, "1");
            },
            (doc, cs) -> {
              lines(cs, 700, 12, "year and reached every province. Growth held", "up in the west.");
              lines(cs, 120, 8, "2 A second note.");
              lines(cs, 60, 8, "2");
            },
            (doc, cs) -> lines(cs, 700, 12, "The end of the report."));
    String text = read(file).replaceAll("\\s+", " ");
    // the notes of both pages leave them for a section of notes at the end; the page numbers
    // stay at their pages' ends
    assertEquals(
        " The reform of state firms, begun in 1998,1 went on through the 1 year and reached every"
            + " province. Growth held up in the west. 2 The end of the report. Notes 1 See the"
            + " annual report of 1999, p. 3. and its tables. 2 A second note. ",
        text);
    // the cleanup makes one sentence of the halves, and drops the section of notes
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.move(file, corpus.resolve("1999-report.pdf"));
    PreparedCorpus prepared = PreparedCorpus.of(Corpus.loadByFileName(corpus));
    String clean = prepared.documents().get(0).text();
    assertTrue(clean.contains("went on through the year and reached every province."), clean);
    assertTrue(!clean.contains("See the annual report") && !clean.contains("Notes"), clean);
    assertEquals(List.of("1999-report"), prepared.withNotes());
    assertEquals(
        List.of(
            "Notes", "1 See the annual report of 1999, p. 3. and its tables.", "2 A second note."),
        prepared.boilerplate().stream().map(b -> b.text()).toList());
  }

  /**
   * A running footer that each page draws last, at the height of the body's last line, so that the
   * extraction runs it into that line mid-sentence: it goes from every page, and nothing stands
   * between the halves of the sentence that the page break cut.
   */
  @Test
  void aRunningFooterDrawnBesideTheLastLineOfEveryPageIsDropped() throws IOException {
    String[][] body = {
      {"The reform of state firms, begun in 1998, went on", "through the year and reached every"},
      {"province of the west. Growth held up in the", "east, where exports rose through the"},
      {"winter. Prices stayed low in the north, and", "the harvest was good in the south and"},
      {"in the centre. The budget closed with a small surplus."}
    };
    PdfBody[] pages = new PdfBody[body.length];
    for (int i = 0; i < body.length; i++) {
      String[] lines = body[i];
      int page = i + 1;
      pages[i] =
          (doc, cs) -> {
            lines(cs, 80 + 14 * (lines.length - 1), 12, lines); // the last line at 80
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
            cs.newLineAtOffset(420, 80);
            cs.showText("Annual Report " + page + " Daily News");
            cs.endText();
          };
    }
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = pages("2003-report.pdf", pages);
    String raw = read(file);
    assertTrue(raw.contains("reform") && !raw.contains("Annual") && !raw.contains("Daily"), raw);
    Files.move(file, corpus.resolve("2003-report.pdf"));
    String clean =
        PreparedCorpus.of(Corpus.loadByFileName(corpus))
            .documents()
            .get(0)
            .text()
            .replaceAll("\\s+", " ");
    assertTrue(clean.contains("went on through the year and reached every province"), clean);
    assertTrue(clean.contains("rose through the winter."), clean);
  }

  @Test
  void smallLinesWithoutANoteMarkOrBodyTextAboveThemStay() throws IOException {
    Path file =
        pages(
            "caption.pdf",
            (doc, cs) -> {
              lines(cs, 700, 12, "The reform of state firms went on through the");
              lines(cs, 120, 8, "Figure: output by province");
            },
            (doc, cs) -> lines(cs, 700, 12, "year. Growth held up."));
    assertEquals(
        " The reform of state firms went on through the Figure: output by province year. Growth"
            + " held up. ",
        read(file).replaceAll("\\s+", " "));
    // a page all in small type (endnotes) has no foot to move
    Path endnotes =
        pages(
            "endnotes.pdf",
            (doc, cs) -> lines(cs, 700, 12, "The reform of state firms went on through the"),
            (doc, cs) -> lines(cs, 700, 8, "to the year's end", "1 See the report of 1999."),
            (doc, cs) -> lines(cs, 700, 12, "The end."));
    assertEquals(
        " The reform of state firms went on through the to the year's end 1 See the report of"
            + " 1999. The end. ",
        read(endnotes).replaceAll("\\s+", " "));
  }

  @Test
  void pdfTextLayerIsExtractedInTheLayoutTheCleanupExpects() throws IOException {
    Path file = pdf("a.pdf", (doc, cs) -> text(cs, "Supply-side structural reform"));
    String text = read(file);
    // a paragraph starts with a space (a new block); line and page ends follow
    assertTrue(text.startsWith(" Supply-side structural reform\n\n"), text);
    assertEquals("Supply-side structural reform", text.strip());
    // a line of spaces in the layout leaves no line: three line breaks in a row are a page's end
    Path gap =
        pdf(
            "gap.pdf",
            (doc, cs) -> {
              cs.beginText();
              cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
              cs.newLineAtOffset(72, 700);
              cs.showText("Supply-side structural reform");
              cs.newLineAtOffset(0, -14);
              cs.showText("      ");
              cs.newLineAtOffset(0, -14);
              cs.showText("is the main line");
              cs.endText();
            });
    String lines = read(gap);
    assertFalse(lines.lines().anyMatch(l -> !l.isEmpty() && l.isBlank()), lines);
    assertFalse(lines.strip().contains("\n\n\n"), lines);
  }

  @Test
  void encryptedCorruptAndScannedPdfsAreRejected() throws IOException {
    Path locked = dir.resolve("locked.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      doc.protect(policy);
      doc.save(locked.toFile());
    }
    assertRejected(locked, "PDF is encrypted and needs a password");

    Path corrupt = dir.resolve("corrupt.pdf");
    Files.writeString(corrupt, "%PDF-1.7\n这不是PDF的内容\n%%EOF\n");
    BadInputException e = assertThrows(BadInputException.class, () -> read(corrupt));
    assertTrue(
        e.getMessage().startsWith(corrupt + ": corrupt or unreadable PDF ("), e.getMessage());

    // a PDF cut short (a download that stopped) parses leniently into garbage: refused
    Path whole = pdf("whole.pdf", (doc, cs) -> text(cs, "Supply-side structural reform"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.pdf");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    assertRejected(
        cut, "truncated or damaged PDF (it has no %%EOF end marker: a download cut short?)");
    // junk after the marker, as some writers leave, is fine
    Path padded = dir.resolve("padded.pdf");
    Files.write(padded, Arrays.copyOf(bytes, bytes.length + 4096));
    assertEquals("Supply-side structural reform", read(padded).strip());

    // a classic cross-reference table (no object streams) as many writers make it, cut inside the
    // second page's content stream, with the end marker a repair tool appends: the lenient parser
    // would leave that page's text out without a word
    Path two = dir.resolve("two.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (String line : List.of("Supply-side structural reform", "Regional development")) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          text(cs, line);
        }
      }
      doc.save(two.toFile(), CompressParameters.NO_COMPRESSION);
    }
    assertTrue(
        read(two).matches("(?s)\\s*Supply-side structural reform\\s+Regional development\\s*"));
    byte[] twoBytes = Files.readAllBytes(two);
    String latin = new String(twoBytes, StandardCharsets.ISO_8859_1);
    String secondContents = latin.replaceAll("(?s).*/Type /Page\\b.*?/Contents (\\d+) 0 R.*", "$1");
    int secondData = latin.indexOf("stream", latin.indexOf("\n" + secondContents + " 0 obj")) + 10;
    Path cutPage = dir.resolve("cut-page.pdf");
    byte[] cutBytes = Arrays.copyOf(twoBytes, secondData);
    Files.write(cutPage, concat(cutBytes, "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
    assertRejected(
        cutPage,
        "damaged PDF: the content of page 2 of 2 cannot be read (cut short or corrupt), so its"
            + " text would be lost; repair the file (print it to PDF again) or leave it out");
    // compressed content that does not inflate
    byte[] garbled = twoBytes.clone();
    int data = latin.indexOf("stream", latin.indexOf("FlateDecode")) + "stream\n".length();
    for (int i = data; i < data + 6; i++) garbled[i] = (byte) 0xFF;
    Path badFlate = dir.resolve("bad-flate.pdf");
    Files.write(badFlate, garbled);
    BadInputException inflate = assertThrows(BadInputException.class, () -> read(badFlate));
    assertTrue(
        inflate
            .getMessage()
            .startsWith(
                badFlate + ": damaged PDF: the content of page 1 of 2 does" + " not decode ("),
        inflate.getMessage());

    // a page drawn with nothing (its empty content compressed to a few bytes) and a page whose
    // content is null are blank pages, not damage
    Path blanks = dir.resolve("blanks.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, "Supply-side structural reform");
      }
      PDPage empty = new PDPage();
      doc.addPage(empty);
      new PDPageContentStream(doc, empty).close();
      PDPage none = new PDPage();
      doc.addPage(none);
      none.getCOSObject().setItem(COSName.CONTENTS, COSNull.NULL);
      doc.save(blanks.toFile());
    }
    assertEquals("Supply-side structural reform", read(blanks).strip());

    Path scan =
        pdf(
            "scan.pdf",
            (doc, cs) -> {
              BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
              image.getGraphics().fillRect(10, 10, 100, 40);
              cs.drawImage(LosslessFactory.createFromImage(doc, image), 72, 600);
            });
    assertRejected(
        scan, "PDF has no text layer (1 page(s) of images, e.g. a scan; qushi does no OCR)");
    // a page with neither text nor an image is blank, not a scan
    Path blank = pdf("blank.pdf", (doc, cs) -> cs.addRect(72, 600, 100, 40));
    assertRejected(blank, "PDF has no text (1 page(s), without text or images: blank)");
  }

  /** A DocBook export as a government site publishes it, its paragraphs numbered inside. */
  private static final String DOCBOOK =
      """
      <?xml version="1.0" encoding="utf-8" ?>
      <!DOCTYPE article>
      <article xml:lang="zh-cn" xmlns="http://docbook.org/ns/docbook" version="5.0">
        <info>
          <title>施政报告 | 行政长官2022年施政报告</title>
        </info>
        <section xml:id="一-前言">
          <title>(一) 前言：同开新篇</title>
          <!-- 注释不是正文 -->
          <para>
            1.
            今天，是我就任行政长官后首份<emphasis role="strong">《施政报告》</emphasis>，深感任重道远。
          </para>
          <itemizedlist spacing="compact">
            <listitem><para>推进北部都会区建设 &amp; 土地供应；</para></listitem>
          </itemizedlist>
          <para><![CDATA[2. 我们正身处世界百年未见的大变局。]]></para>
        </section>
      </article>
      """;

  @Test
  void aDirectoryTreeInACodeBlockIsProgramTextWhateverItsComments() throws IOException {
    // a tree drawn with box-drawing characters, its comments in Chinese: program text, dropped
    // as code, where it was read as paragraphs and its last line headed the passages after it
    Path md = dir.resolve("tree.md");
    Files.writeString(
        md,
        "项目结构如下：\n\n```\nmall\n├── mall-common -- 工具类及通用代码\n"
            + "└── mall-demo -- 框架搭建时的测试代码\n```\n\n大模型正在改变软件开发。\n");
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\nt,tree.md,2024\n");
    String text =
        PreparedCorpus.of(Corpus.load(dir), TextOptions.defaults()).documents().get(0).text();
    assertFalse(text.contains("测试代码"), text);
    assertTrue(text.contains("大模型正在改变软件开发。"), text);
  }

  @Test
  void xmlGivesItsTextBlocksOnePerLineWithoutTagsWhateverTheVocabulary() throws IOException {
    String expected =
        "施政报告 | 行政长官2022年施政报告\n(一) 前言：同开新篇\n"
            + "1. 今天，是我就任行政长官后首份《施政报告》，深感任重道远。\n"
            + "推进北部都会区建设 & 土地供应；\n2. 我们正身处世界百年未见的大变局。";
    Path xml = dir.resolve("pa2022.xml");
    Files.writeString(xml, DOCBOOK);
    assertEquals(expected, read(xml));
    // saved as .txt, it is still read as XML: its tags would otherwise be counted
    Path txt = dir.resolve("pa2022.txt");
    Files.writeString(txt, "\uFEFF" + DOCBOOK);
    assertEquals(expected, read(txt));
    // and prepared as a corpus, no tag or attribute is a word, and each paragraph stays one
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\npa,pa2022.txt,2022\n");
    PreparedCorpus p = PreparedCorpus.of(Corpus.load(dir), TextOptions.defaults());
    List<String> words = p.vocabularyWords();
    for (String markup : List.of("emphasis", "role", "strong", "para", "itemizedlist", "compact")) {
      assertFalse(words.contains(markup), markup);
    }
    assertTrue(p.documents().get(0).text().contains("首份《施政报告》，深感任重道远。\n"));
    assertRejected(
        Files.writeString(dir.resolve("empty.xml"), "<?xml version=\"1.0\"?><a><b/></a>"),
        "file has no text");
    // elements nested however deep are read, not a stack overflow
    Path deep = dir.resolve("deep.xml");
    Files.writeString(deep, "<a>".repeat(100_000) + "深处的文字。" + "</a>".repeat(100_000));
    assertEquals("深处的文字。", read(deep));
  }

  @Test
  void htmlGivesTheMainTextWithoutNavigationScriptsAndLinkLists() throws IOException {
    Path file = dir.resolve("page.html");
    Files.writeString(
        file,
        """
        <!doctype html><html><head><meta charset="utf-8"><title>政府工作报告_新闻网</title>
        <script>var ads = "广告广告广告广告广告广告";</script><style>p{color:red}</style></head>
        <body><header><a href="/">首页</a> <a href="/n">新闻中心</a></header>
        <nav><ul><li><a href="/a">国内新闻</a></li><li><a href="/b">国际新闻</a></li></ul></nav>
        <div class="side"><ul><li><a href="/x">热门文章：这是一个很长的推荐链接标题</a></li>
        <li><a href="/y">热门文章：这是另一个很长的推荐链接标题</a></li></ul></div>
        <div class="article"><h1>政府工作报告全文</h1>
        <p>各位代表：现在，我代表国务院，向大会报告政府工作。</p>
        <p>过去一年，我们推进<a href="/t">供给侧结构性改革</a>，经济运行保持在合理区间。</p>
        <div>今年发展的主要预期目标是：国内生产总值增长5%左右。</div></div>
        <footer>版权所有 新闻网 <a href="/c">联系我们</a></footer></body></html>
        """);
    assertEquals(
        "# 政府工作报告全文\n各位代表：现在，我代表国务院，向大会报告政府工作。\n"
            + "过去一年，我们推进供给侧结构性改革，经济运行保持在合理区间。\n今年发展的主要预期目标是：国内生产总值增长5%左右。",
        read(file));
  }

  @Test
  void theHeadlineAboveTheArticleBodyHeadsTheText() throws IOException {
    // a news page: the h1 in a title box, the body in another; the body scores highest, and the
    // headline was lost, though a Markdown copy of the page keeps it
    Path file = dir.resolve("news.html");
    Files.writeString(
        file,
        """
        <!doctype html><html><head><meta charset="utf-8"><title>讲话_共产党员网</title></head>
        <body><div class="wrap"><div class="top"><div class="title"><h1>在庆祝大会上的讲话</h1>
        <span class="date">2021年07月01日</span></div></div></div>
        <div class="page"><div class="content"><div class="body"><div class="text">
        <p>同志们，朋友们：今天，我们在这里隆重集会。</p>
        <p>一百年来，我们团结带领人民进行了艰苦卓绝的斗争，取得了伟大成就。</p></div></div></div></div>
        </body></html>
        """);
    assertEquals(
        "# 在庆祝大会上的讲话\n同志们，朋友们：今天，我们在这里隆重集会。\n" + "一百年来，我们团结带领人民进行了艰苦卓绝的斗争，取得了伟大成就。", read(file));
    // a body that opens with the title already does not get it twice
    Files.writeString(
        file,
        Files.readString(file)
            .replace("<div class=\"text\">", "<div class=\"text\"><p>在庆祝大会上的讲话</p>")
            .replace("<h1>在庆祝大会上的讲话</h1>", "<h1>习近平：在庆祝大会上的讲话</h1>"));
    assertTrue(read(file).startsWith("在庆祝大会上的讲话\n同志们"), read(file));
    // a site's logo in the h1 is no headline
    Files.writeString(
        file,
        Files.readString(file)
            .replace("<h1>习近平：在庆祝大会上的讲话</h1>", "<h1><a href=\"/\">共产党员网</a></h1>"));
    assertFalse(read(file).contains("共产党员网"), read(file));
  }

  @Test
  void linkParagraphsBetweenTheTextsParagraphsAreTheTextsOwn() throws IOException {
    // a digest: each item's title is a link; tags before the text and "上一篇" after it are not text
    Path file = dir.resolve("weekly.html");
    Files.writeString(
        file,
        """
        <html><head><meta charset="utf-8"></head><body><div class="post">
        <p><a href="/t/ai">人工智能</a> <a href="/t/chip">芯片</a></p>
        <h1>科技周刊第258期</h1>
        <p>这里记录每周值得分享的科技内容，周五发布。</p>
        <h2>新闻</h2>
        <p>1、<a href="/1">人工智能发现计算机算法</a>（中文）</p>
        <p>研究人员用强化学习找到了更快的排序算法，已经并入标准库。</p>
        <p>-- 《<a href="/2">人工智能会扼杀博客吗？</a>》</p>
        <p>作者认为写作的价值在于思考本身，而不只是信息的传递。</p>
        <p>上一篇：<a href="/257">科技周刊第257期：芯片的未来</a></p>
        </div></body></html>
        """);
    assertEquals(
        "# 科技周刊第258期\n这里记录每周值得分享的科技内容，周五发布。\n## 新闻\n1、人工智能发现计算机算法（中文）\n"
            + "研究人员用强化学习找到了更快的排序算法，已经并入标准库。\n-- 《人工智能会扼杀博客吗？》\n"
            + "作者认为写作的价值在于思考本身，而不只是信息的传递。",
        read(file));
  }

  @Test
  void paragraphsInACellWithARelatedLinksListAreTheText() throws IOException {
    // the cell is mostly link text (a list of related news), but holds the article's paragraphs;
    // a heading with # of its own keeps it without Markdown marks added
    String links = links(8, "相关新闻：关于第%d批项目申报工作的通知全文发布");
    Path file =
        page(
            "cell.html",
            "<table><tr><td><h2>C#</h2><p>今年以来，全市经济运行总体平稳，主要指标好于预期。</p>"
                + "<p>全市规模以上工业增加值增长百分之六，高于全国平均水平。</p><ul>"
                + links
                + "</ul></td></tr></table>");
    assertEquals("C#\n今年以来，全市经济运行总体平稳，主要指标好于预期。\n全市规模以上工业增加值增长百分之六，高于全国平均水平。", read(file));
  }

  /** Writes a UTF-8 page of this body to {@code name} in the test folder and returns its path. */
  private Path page(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file, "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>");
    return file;
  }

  /** Returns n list items, each a link whose text is {@code text} with its number. */
  private static String links(int n, String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append("<li><a href=\"/").append(i).append("\">").append(text.formatted(i));
      out.append("</a></li>");
    }
    return out.toString();
  }

  @Test
  void aHeadingOverTheRelatedLinksAtTheEndGoesWithThem() throws IOException {
    // a blog's article ends with <h3>相关文章</h3> over a list of links: the list is navigation,
    // and the heading, left last, heads nothing; a heading inside the article stays
    String links = links(5, "第%d篇：关于性能调优的一些经验");
    Path file =
        page(
            "post.html",
            "<div class=\"post\">"
                + "<p>这两天，杀毒软件又出事了，把系统文件当成病毒删掉了，很多电脑因此无法启动。</p>"
                + "<h3>怎么办</h3><p>先用安全模式启动，再把被删的文件从备份里恢复回来，就可以了。</p>"
                + "<h3>相关文章</h3><ul>"
                + links
                + "</ul></div>");
    assertEquals(
        "这两天，杀毒软件又出事了，把系统文件当成病毒删掉了，很多电脑因此无法启动。\n### 怎么办\n" + "先用安全模式启动，再把被删的文件从备份里恢复回来，就可以了。",
        read(file));
  }

  @Test
  void aManualSavedAsOnePageKeepsEverySectionAndDropsItsTableOfContents() throws IOException {
    // a manual in sections of one kind, its longest section a licence in English: the main content
    // alone was that section, and the short Chinese sections before it were lost; the table of
    // contents links to places on the page (by its file name, too) and repeats the headings; an
    // anchor written as XHTML (<a id="s1"/>) is read as an open tag around the heading, but it is
    // no link, and the heading is text
    String licence =
        "<p>" + "This License applies to any program or other work. ".repeat(40) + "</p>";
    Path file =
        page(
            "manual.html",
            "<div class=\"navheader\"><a href=\"/prev\">上一页</a></div><div class=\"book\"><div"
                + " class=\"toc\"><p><b>目录</b></p><dl><dt><a href=\"manual.html#s1\">1."
                + " 简介</a></dt><dt><a href=\"#s2\">2. 安装</a></dt><dt><a href=\"#s3\">3."
                + " 许可证</a></dt></dl></div><div class=\"section\"><h2><a id=\"s1\"/>1."
                + " 简介</h2><p>本手册介绍学校网络的管理。</p></div><div class=\"section\" id=\"s2\"><h2>2."
                + " 安装</h2><p>安装前请准备一台主服务器。</p><div class=\"section\"><h3>2.1"
                + " 网络</h3><p>主服务器需要两块网卡。</p></div></div><div class=\"section\" id=\"s3\"><h2>3."
                + " 许可证</h2><div class=\"section\"><h3>3.1 Terms</h3>"
                + licence
                + "</div></div></div><div class=\"navfooter\"><a href=\"/next\">下一页</a></div>");
    String text = read(file);
    assertTrue(
        text.startsWith(
            "## 1. 简介\n本手册介绍学校网络的管理。\n## 2. 安装\n安装前请准备一台主服务器。\n"
                + "### 2.1 网络\n主服务器需要两块网卡。\n## 3. 许可证\n### 3.1 Terms\nThis License"),
        text);
    assertFalse(text.contains("目录") || text.contains("上一页") || text.contains("下一页"), text);
    // sections of another kind beside the main content, without a heading (a page's footer in a
    // box of the same class), are not parts of it
    Files.writeString(
        file,
        Files.readString(file)
            .replace(
                "<div class=\"navfooter\">",
                "<div class=\"section\"><p>版权所有：某某网站，联系电话请见首页。</p></div><div"
                    + " class=\"navfooter\">"));
    assertFalse(read(file).contains("版权所有"), read(file));
    // a page whose text stands beside its table of contents, in one element
    Path flat =
        page(
            "flat.html",
            "<div class=\"book\"><p><b>目录</b></p><ul><li><a href=\"flat.html#a\">一、总体要求</a></li>"
                + "<li><a href=\"#b\">二、主要任务</a></li><li><a href=\"#c\">三、保障措施</a></li></ul>"
                + "<h2 id=\"a\">一、总体要求</h2><p>坚持稳中求进工作总基调。</p><h2 id=\"b\">二、主要任务</h2>"
                + "<p>加快建设现代化产业体系。</p><h2 id=\"c\">三、保障措施</h2><p>加强组织领导。</p></div>");
    assertEquals(
        "## 一、总体要求\n坚持稳中求进工作总基调。\n## 二、主要任务\n加快建设现代化产业体系。\n## 三、保障措施\n加强组织领导。", read(flat));
  }

  @Test
  void aPageInsideOneFormKeepsItsText() throws IOException {
    // ASP.NET Web Forms put the whole page in one form; a search box's form is furniture
    Path file =
        page(
            "aspx.html",
            "<form name=\"Form1\" method=\"post\" action=\"41810.aspx\">"
                + "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"\"/>"
                + "<div id=\"top\"><h1><a href=\"/\">博客堂</a></h1></div><div class=\"post\">"
                + "<p>承蒙邀请，很高兴入住博客堂。这里是一个写技术博客的好地方。</p>"
                + "<p>我在这里的博客将集中在两种编程语言上。</p></div></form>"
                + "<form action=\"/search\"><p>搜索本站</p><input name=\"q\"/></form>");
    assertEquals("承蒙邀请，很高兴入住博客堂。这里是一个写技术博客的好地方。\n我在这里的博客将集中在两种编程语言上。", read(file));
  }

  @Test
  void anArticleWrittenStraightIntoABoxWithAPictureInsideIsText() throws IOException {
    // an old blog: the article is text and <br> in a div that also holds a picture's box, so it
    // was no block, and the sidebar's lines were taken for the page's text
    Path file =
        page(
            "blog.html",
            "<div id=\"left\"><p>控制面板</p><p>个人首页</p></div>"
                + "<div id=\"right\"><div class=\"rightbox\">本报讯 13岁，正是花季的年龄。"
                + "昨日她在医院生下一名女婴，医生说需要观察治疗。<br><br>她已辍学，记者来到这家医院了解情况。"
                + "李某说，她两年前与男友相识，家人对此并不知情。医生提醒家长多关心孩子的成长。"
                + "<div class=\"pic\"><img src=\"a.jpg\">图为医院</div></div></div>");
    // (<br><br> ends a paragraph)
    assertEquals(
        "本报讯 13岁，正是花季的年龄。昨日她在医院生下一名女婴，医生说需要观察治疗。\n"
            + "她已辍学，记者来到这家医院了解情况。李某说，她两年前与男友相识，家人对此并不知情。医生提醒家长多关心孩子的成长。图为医院",
        read(file));
  }

  @Test
  void twoLineBreaksInARowEndAParagraphAndOneJoinsTheLinesOfChinese() throws IOException {
    // a page that parts its paragraphs by <br><br> (an indent of spaces before each) in one block,
    // and wraps lines by a single <br>
    Path file =
        page(
            "report.html",
            "<div class=\"article\">&nbsp;&nbsp;各位代表：<br><br>&nbsp;&nbsp;现在，我代表国务院，"
                + "向大会报告政府工作。<br> <br>\n<b>一、2021年工作回顾</b><br><br>&nbsp;&nbsp;"
                + "过去一年是党和国家历史上具有里程<br>碑意义的一年。<br><br><br>&nbsp;&nbsp;"
                + "国内生产总值达到114万亿元。</div>");
    assertEquals(
        List.of(
            "各位代表：",
            "现在，我代表国务院，向大会报告政府工作。",
            "一、2021年工作回顾",
            "过去一年是党和国家历史上具有里程碑意义的一年。",
            "国内生产总值达到114万亿元。"),
        read(file).lines().map(l -> l.replace('\u00A0', ' ').strip()).toList());
  }

  @Test
  void aForumThreadKeepsItsPostAndItsRepliesWhicheverIsLonger() throws IOException {
    String post = "<p>楼主：最近在研究大模型的推理优化，想请教大家在生产环境中如何降低显存占用，有哪些可行的方案。</p>";
    String reply =
        "<div class=\"comment\"><span class=\"author\">网友%d</span><p>回复：可以试试量化和分页注意力，"
            + "我们在第%d个项目里把显存降低了一半，推理速度也提高了不少。</p></div>";
    for (int replies : new int[] {2, 6}) {
      StringBuilder comments = new StringBuilder();
      for (int i = 1; i <= replies; i++) comments.append(reply.formatted(i, i));
      Path file =
          page(
              "thread" + replies + ".html",
              "<nav><a href=\"/\">首页</a></nav>"
                  + "<div class=\"thread\"><div class=\"post\"><h1>大模型推理的显存优化</h1>"
                  + post
                  + "</div><div class=\"comments\"><h3>评论</h3>"
                  + comments
                  + "</div></div><footer>版权所有</footer>");
      String text = read(file);
      assertTrue(text.startsWith("# 大模型推理的显存优化\n楼主："), replies + " replies: " + text);
      for (int i = 1; i <= replies; i++) {
        assertTrue(text.contains("在第" + i + "个项目里"), replies + " replies: " + text);
      }
      assertFalse(text.contains("首页") || text.contains("版权所有"), text);
    }
  }

  @Test
  void aPageThatNamesNoEncodingIsDecodedAsATextFileIs() throws IOException {
    String page =
        "<html><head><title>周报</title></head><body><article><h1>老司机周报</h1>"
            + "<p>新版数据库全面支持了五种主要的终端开发语言，覆盖了主流平台。</p></article></body></html>";
    Path gbk = dir.resolve("gbk.html");
    Files.write(gbk, page.getBytes(java.nio.charset.Charset.forName("GBK")));
    assertEquals("# 老司机周报\n新版数据库全面支持了五种主要的终端开发语言，覆盖了主流平台。", read(gbk));
    // one that names it is read so, whatever a detector would guess; but a page saved as UTF-8
    // under the gb2312 tag it was served with, and a GBK page that says UTF-8, are read as their
    // bytes are written
    String[][] pages = {
      {"declared.html", "gbk", "GBK"},
      {"saved.shtml", "gb2312", "UTF-8"},
      {"mislabelled.html", "utf-8", "GBK"}
    };
    for (String[] p : pages) {
      Path file = dir.resolve(p[0]);
      String meta = "<head><meta charset=\"" + p[1] + "\">";
      Files.write(
          file, page.replace("<head>", meta).getBytes(java.nio.charset.Charset.forName(p[2])));
      assertEquals(read(gbk), read(file), p[0]);
    }
    Path binary = dir.resolve("image.html");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    assertRejected(binary, "binary file (contains NUL bytes), expected text");
    Path empty = dir.resolve("empty.html");
    Files.write(empty, new byte[0]);
    assertRejected(empty, "file is empty");
  }

  @Test
  void aPageThatNamesGb2312OrGbkIsDecodedAsBrowsersDecodeIt() throws IOException {
    // pages tagged gb2312 hold GBK's characters (镕, 喆), and a browser shows the bytes A1A4 and
    // A1AA of a GB2312 page as a middle dot and a dash (U+00B7, U+2014), where Java's GB2312
    // decoder reads U+30FB and U+2015, and reads 镕 as U+FFFD
    String text = "朱镕基·总理——谈改革，张喆记录。";
    for (String label : List.of("gb2312", "GBK", "x-gbk", "GB18030")) {
      Path file = dir.resolve(label + ".html");
      Files.write(
          file,
          ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                  + label
                  + "\"></head><body><div class=\"article\"><p>"
                  + text
                  + "</p></div></body></html>")
              .getBytes(java.nio.charset.Charset.forName("GB18030")));
      assertEquals(text, read(file), label);
    }
  }

  @Test
  void aBlankLineInsideAPreBlockLeavesNoBlankLineInTheText() throws IOException {
    // a blank line would read as the paragraph breaks of a wrapped layout and join the others
    Path file = dir.resolve("code.html");
    Files.writeString(
        file,
        """
        <html><head><meta charset="utf-8"></head><body><article>
        <h2>数据库升级</h2><p>新版数据库全面支持了五种主要的终端开发语言。</p>
        <pre>let a = 1

        let b = 2</pre><p>下面是本期推荐的两个开源库，可以帮助我们完成优化。</p>
        </article></body></html>
        """);
    assertEquals(
        "## 数据库升级\n新版数据库全面支持了五种主要的终端开发语言。\nlet a = 1\nlet b = 2\n" + "下面是本期推荐的两个开源库，可以帮助我们完成优化。",
        read(file));
  }

  @Test
  void anHtmlPageWrappedInChineseIsJoinedWithoutSpacesAndKeepsItsOwn() throws IOException {
    // a browser shows the source's line breaks (a lone carriage return among them) as spaces;
    // between two words of Chinese a space would part them, and the headline's own space parts its
    // two clauses
    Path file = dir.resolve("wrapped.html");
    Files.writeString(
        file,
        """
        <html><head><meta charset="utf-8"></head><body><h2>油轮靠泊黄骅港 开通外贸航线</h2>
        <p>推动数字经济
          发展和实体经济深度融合，
        加快建设现代化产业体系，推动\r高质量发展。</p>
        <p>New lines
        in English keep a space.</p><pre>第一行
        第二行</pre><table><tr><td>
        <p>  一九八九年四月，我在湖南开一个全省教学研究
        <p>  会议。按照惯例，会议安排了<br>一天时间。<br>Page <b>one</b><p>and two</td></tr></table>
        </body></html>
        """);
    // a page that sets each line of its text in a paragraph of its own: the lines are one
    assertEquals(
        "## 油轮靠泊黄骅港 开通外贸航线\n推动数字经济发展和实体经济深度融合，加快建设现代化产业体系，推动高质量发展。\n"
            + "New lines in English keep a space.\n第一行\n第二行\n"
            + "一九八九年四月，我在湖南开一个全省教学研究会议。按照惯例，会议安排了一天时间。Page one and two",
        read(file));
  }

  @Test
  void anHtmlPageWithoutMainTextIsRejected() throws IOException {
    Path file = dir.resolve("index.htm");
    Files.writeString(
        file,
        """
        <html><head><meta charset="utf-8"><script>document.write("正文在脚本里，不在页面上");</script>
        </head><body><nav>导航</nav><ul><li><a href="/1">第一条新闻的标题很长很长</a></li>
        <li><a href="/2">第二条新闻的标题很长很长</a></li><li><a href="/3">第三条新闻</a></li></ul>
        </body></html>
        """);
    assertRejected(file, "HTML page has no main text (only navigation, links or scripts)");
  }

  @Test
  void anHtmlFileOfPlainTextIsItsText() throws IOException {
    // text saved as .html without a tag: the body holds it, no block does
    Path file = dir.resolve("x.html");
    Files.writeString(file, "这是一个没有标签的网页文本，\n内容关于发展改革。\n");
    assertEquals("这是一个没有标签的网页文本，内容关于发展改革。", read(file));
    Files.writeString(file, "<b>发展</b>改革");
    assertRejected(
        file, "HTML page has too little text (the width of 4 Chinese characters; a page needs 10)");
  }

  @Test
  void markdownGivesOneParagraphPerLineWithHeadingMarks() throws IOException {
    Path file = dir.resolve("news.md");
    Files.writeString(
        file,
        """
        # 《新闻联播》 (20230101)

        ## 详细新闻

        ### 天南地北迎新年

        <p><strong>央视网消息</strong>（新闻联播）：新年第一天，各地举行活动。</p><p>第二段
        接着写。</p>

        ![图片](pic.png)

        [查看原文](https://example.org/a.shtml)

        详见[通知](https://example.org/b)全文。
        """);
    // a link that is a whole paragraph is navigation and goes; inside a sentence it keeps its text
    assertEquals(
        "# 《新闻联播》 (20230101)\n## 详细新闻\n### 天南地北迎新年\n央视网消息（新闻联播）：新年第一天，各地举行活动。\n"
            + "第二段接着写。\n详见通知全文。",
        read(file));
  }

  @Test
  void aMarkdownHeadingLeftLastGoesWithTheLinksItHeaded() throws IOException {
    Path file = dir.resolve("post.md");
    Files.writeString(
        file,
        """
        # 关于高可用的系统

        ## 理解高可用

        高可用的系统并不简单的是技术方案。

        ## 相关文章

        - [性能调优攻略](https://example.org/7490.html)
        - [分布式系统的事务处理](https://example.org/10910.html)
        """);
    assertEquals("# 关于高可用的系统\n## 理解高可用\n高可用的系统并不简单的是技术方案。", read(file));
    // a text of headings alone keeps them, and so does one that ends with a heading over nothing
    Files.writeString(file, "# 目录\n\n## 第一章\n");
    assertEquals("# 目录\n## 第一章", read(file));
    Files.writeString(file, "正文第一段。\n\n最后一段。\n---\n");
    assertEquals("正文第一段。\n## 最后一段。", read(file));
  }

  @Test
  void markdownFrontMatterIsMetadataAndItsTitleTheFirstHeading() throws IOException {
    assertEquals(
        "# 林鄭班子查找不足\n正文第一段。",
        markdown(
            "\uFEFF---\ntitle: \"林鄭班子查找不足\"\ndate: \"2019-02-18\"\ntags:\n  - \"特首\"\n"
                + "  - \"Carrie Lam\"\nurl: \"\"\n---\n\n正文第一段。\n"));
    assertEquals("# 施政报告\n正文。", markdown("+++\ndraft = false\ntitle = '施政报告'\n+++\n正文。"));
    assertEquals("正文。", markdown("---\nauthor: 某人\n...\n正文。"));
    // a rule without a closing fence is a thematic break, and the text stays
    assertEquals("正文一。\n正文二。", markdown("---\n正文一。\n\n正文二。"));
    // text between two rules is text, not metadata
    assertEquals("第一部分的正文。\n第二部分的正文。", markdown("---\n\n第一部分的正文。\n\n---\n\n第二部分的正文。"));
    // a folded title is no title; a comment after a plain one is not part of it
    assertEquals("正文。", markdown("---\ntitle: >\n  很长的标题\n# 注释\n---\n正文。"));
    assertEquals("# 标题\n正文。", markdown("---\ntitle: 标题 # 注释\n---\n正文。"));
    // a text that opens with its title has it once
    assertEquals("# 标题\n正文。", markdown("---\ntitle: \"标题\"\n---\n# 标题\n\n正文。"));
  }

  @Test
  void aMarkdownTableKeepsARowALine() throws IOException {
    // core CommonMark reads a table as one paragraph: its rows stay lines (cleanup drops the rule)
    assertEquals(
        "## 附录\n| 指标 | 目标 |\n|---|---|\n| 国内生产总值 | 增长6.5% |\n| 居民消费价格 | 涨幅3%左右 |",
        markdown("## 附录\n| 指标 | 目标 |\n|---|---|\n| 国内生产总值 | 增长6.5% |\n| 居民消费价格 | 涨幅3%左右 |\n"));
    // a paragraph of soft breaks is still one line, wrapped Chinese joined without a space (which
    // would part two words) and Latin words with one
    assertEquals("第一行第二行", markdown("第一行\n第二行\n"));
    // a character outside the basic plane (two chars in Java) is Chinese too
    assertEquals("数字经\uD842\uDFB7\uD842\uDFB7发展", markdown("数字经\uD842\uDFB7\n\uD842\uDFB7发展\n"));
    assertEquals("第一行，second line", markdown("第一行，\nsecond line\n"));
    assertEquals("first line and second", markdown("first line\nand second\n"));
  }

  @Test
  void aFootnoteIsTextAndEmphasisBesideChinesePunctuationLeavesNoMarks() throws IOException {
    // CommonMark reads "[^1]: …" as a link reference and drops it, and fails emphasis beside 《》
    assertEquals(
        "脚注测试，机器学习。\n脚注内容：机器学习的定义。\n推荐阅读《从飞机跳下时》一文。",
        markdown("脚注测试[^1]，机器学习。\n\n[^1]: 脚注内容：机器学习的定义。\n\n推荐阅读**《从飞机跳下时》**一文。\n"));
    // a link's label and a code span keep their text
    assertEquals("见[^x]与a**b", markdown("见`[^x]`与`a**b`\n"));
  }

  /**
   * Hugo's shortcodes and Liquid's tags are markup of the site a Markdown file was written for: a
   * news archive's embedded videos left "video src" as a key phrase of every year.
   */
  @Test
  void templateTagsOfAStaticSiteAreNoText() throws IOException {
    assertEquals(
        "正文一。\n正文二。\n注意事项。",
        markdown(
            "正文一。\n\n{{< video src=\"https://www.youtube.com/embed/x\" >}}\n\n"
                + "正文{{% note %}}二{{% /note %}}。{% include figure.html alt=\"图\" %}\n\n"
                + "{{< notice >}}\n注意事项。\n{{< /notice >}}\n"));
    // text in braces, a template variable (prose about Vue writes the same), a stray "{%", and a
    // tag that code shows are text
    assertEquals(
        "收益率{%达到%}十个百分点，{%A股%}，用{{ message }}显示，{% 与 %}之间。\n见{{< video >}}写法。",
        markdown("收益率{%达到%}十个百分点，{%A股%}，用{{ message }}显示，{% 与 %}之间。\n\n见`{{< video >}}`写法。\n"));
    assertEquals("{{重要}}提示与{%。", markdown("{{重要}}提示与{%。\n"));
  }

  /** Returns the text read from a Markdown file with the given source. */
  private String markdown(String source) throws IOException {
    Path file = Files.createTempFile(dir, "doc", ".md");
    Files.writeString(file, source);
    return read(file);
  }

  @Test
  void aTagInMarkdownCodeOrAnEscapedOneIsTextWhileAPlainFileLosesScrapedTags() throws IOException {
    Files.writeString(
        dir.resolve("2021-notes.md"),
        "- 🐞 修复 `<Button type=\"danger\" ghost />` 样式问题。\n"
            + "- 当提供 `href` 时会自动渲染为 `<a>`。\n"
            + "- 不再支持 &lt;Table&gt; 的写法，改用 \\<Input\\>。\n\n"
            + "```jsx\n<Table onRow={record => ({ onClick: () => {} })} />\n```\n");
    Files.writeString(dir.resolve("2021-page.txt"), "<p>页面留下的标签</p><p>渲染为</p>");
    // the code block kept (by default it goes: program text)
    PreparedCorpus a =
        PreparedCorpus.of(Corpus.loadByFileName(dir), TextOptions.defaults().withKeepCode(true));
    String md = a.documents().get(0).text();
    assertTrue(
        md.contains("`<Button type=\"danger\" ghost />`")
            || md.contains("<Button type=\"danger\" ghost />"),
        md);
    assertTrue(md.contains("自动渲染为<a>。"), md);
    assertTrue(md.contains("() => {}"), md);
    assertEquals(
        List.of(1, 1, 1, 2, 2),
        a.count("<Button", "<a>", "<Input>", "<Table", "=>").stream().map(c -> c.count()).toList());
    PreparedCorpus b = PreparedCorpus.of(Corpus.loadByFileName(dir), TextOptions.defaults());
    assertEquals(
        List.of(1, 1, 1, 1, 0),
        b.count("<Button", "<a>", "<Input>", "<Table", "=>").stream().map(c -> c.count()).toList());
    // the plain file is a scraped page: its tags go, its text stays
    assertEquals("页面留下的标签\n渲染为", a.documents().get(1).text());
  }

  @Test
  void aFolderOfMixedFormatsIsListedByYearPrefix() throws IOException {
    Files.writeString(dir.resolve("2023-a.txt"), "文本。");
    Files.writeString(dir.resolve("2024-b.md"), "# 标题\n\n文本。");
    Files.writeString(dir.resolve("notes.csv"), "不是语料");
    Corpus c = Corpus.loadByFileName(dir);
    assertEquals(List.of("2023-a", "2024-b"), c.documents().stream().map(Document::id).toList());
    assertEquals("# 标题\n文本。", c.documents().get(1).read().text());
    Files.writeString(dir.resolve("2024-b.txt"), "同名。");
    BadInputException e = assertThrows(BadInputException.class, () -> Corpus.loadByFileName(dir));
    assertTrue(e.getMessage().contains("another file has the id '2024-b'"), e.getMessage());
  }
}
