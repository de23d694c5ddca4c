package qushi.analytics.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import qushi.analytics.core.BadInputException;
import qushi.analytics.internal.TextFiles;

/**
 * The text of a corpus file in one of the formats a corpus may hold, chosen by the file's
 * extension:
 *
 * <ul>
 *   <li>{@code .txt} (and any extension not listed here): plain text in UTF-8, UTF-16 with BOM,
 *       GB18030/GBK or Big5 ({@link TextFiles});
 *   <li>{@code .md}, {@code .markdown}: Markdown, turned into one paragraph per line — headings
 *       keep their {@code #} marks, links their text (a link that is a whole paragraph goes: it is
 *       navigation), inline HTML its text, images and markup go;
 *   <li>{@code .pdf}: the text layer, extracted with Apache PDFBox with a blank line after every
 *       line, a space before every paragraph PDFBox detects and three line breaks at every page
 *       end, so that the cleanup of {@link qushi.analytics.text.Normalizer} repairs it like any PDF
 *       extraction; a PDF that needs a password, cannot be parsed, or has no text layer (a scan:
 *       there is no OCR; or blank pages, told apart) is rejected;
 *   <li>{@code .ofd} (GB/T 33190): the text objects of its pages, in lines, given as a PDF's text
 *       is (see {@link OfdText}); an encrypted OFD or one without text is rejected;
 *   <li>{@code .docx}: the paragraphs and table rows of the body, read with Apache POI, one per
 *       line;
 *   <li>{@code .doc} (Word 97–2003): the same, read with POI's HWPF (see {@link DocText}); an
 *       encrypted, Word 95 or damaged file is rejected;
 *   <li>{@code .html}, {@code .htm}: the main text of the page, read with jsoup (see {@link
 *       HtmlText}); a page without main text (navigation and links only) is rejected;
 *   <li>{@code .mht}, {@code .mhtml}: a web archive, the page a browser or Word saved as one file
 *       with its pictures, read as the page is (see {@link MhtmlText});
 *   <li>{@code .xml}, and a file of another extension not listed here that begins with an XML
 *       declaration ({@code <?xml}): its text blocks, one per line (see {@link XmlText}), whatever
 *       the vocabulary (DocBook, TEI …).
 * </ul>
 *
 * A file of another extension that begins as RTF, a zip archive, an old binary Office file or a PDF
 * is rejected (read as text, its markup would be counted). Every rejection is a {@link
 * BadInputException} naming the file and the problem.
 */
public final class DocumentReader {
  /** The extensions read as something other than plain text. */
  public static final List<String> FORMATS =
      List.of(
          "md",
          "markdown",
          "pdf",
          "ofd",
          "docx",
          "doc",
          "html",
          "htm",
          "shtml",
          "xhtml",
          "mht",
          "mhtml",
          "xml");

  /**
   * The extensions whose text has one paragraph per line: Markdown, where a paragraph's lines are
   * joined by the parser ({@link RawText#paragraphs}), and XML, whose text blocks are its lines.
   * Not a page or a Word file: a {@code <pre>} post, lines broken by {@code <br>} and a Word file
   * made from a PDF hold a paragraph's wrapped lines, which cleanup joins.
   */
  public static final List<String> PARAGRAPH_FORMATS = List.of("md", "markdown", "xml");

  /** The extensions a corpus folder without manifest is listed by: .txt and {@link #FORMATS}. */
  public static final List<String> LISTED =
      java.util.stream.Stream.concat(java.util.stream.Stream.of("txt"), FORMATS.stream()).toList();

  /** How a zip archive begins (a .docx, an .ofd, an .odt …). */
  static final String ZIP = "PK\u0003\u0004";

  /** How an OLE2 compound file begins (a .doc, an .xls, a password-protected .docx …). */
  static final String COMPOUND = "\u00D0\u00CF\u0011\u00E0";

  /** How an RTF file begins. */
  static final String RTF = "{\\rtf";

  /** A UTF-8 byte-order mark, as bytes read one to a character. */
  static final String BOM = "\u00EF\u00BB\u00BF";

  private DocumentReader() {}

  /** Returns the lower-case extension of the file name, or "" when it has none. */
  public static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the format the file is read in: its extension, or "xml" for a file whose extension is
   * none of {@link #FORMATS} and whose bytes begin with an XML declaration (after a UTF-8
   * byte-order mark): an XML export saved as .txt would otherwise be counted as its markup.
   */
  public static String format(Path file, byte[] bytes) {
    String ext = extension(file);
    if (FORMATS.contains(ext)) return ext;
    int from = startsWith(bytes, 0, BOM) ? 3 : 0;
    return startsWith(bytes, from, "<?xml") ? "xml" : ext;
  }

  /**
   * Returns the bytes of a file read as plain text, or throws when they begin as a format that is
   * not plain text: an RTF file, a zip archive (.odt, .xlsx, .epub…), an old binary Office file or
   * a PDF under another name, which would otherwise be counted as their markup.
   */
  private static byte[] notPlainText(Path file, byte[] bytes) {
    String problem = null;
    if (startsWith(bytes, RTF)) {
      problem = "RTF files are not read; save the file as .docx or .txt";
    } else if (startsWith(bytes, ZIP)) {
      problem =
          "a zip archive (.odt, .xlsx, .epub…) is not read as text; save the file as .docx or .txt";
    } else if (startsWith(bytes, COMPOUND)) {
      problem =
          "an old binary Office file under another name: name a Word file .doc (.xls and .ppt"
              + " are not read; save them as .txt)";
    } else if (startsWith(bytes, "%PDF-")) {
      problem = "a PDF file under another name: name it .pdf";
    }
    if (problem != null) throw new BadInputException(file, problem);
    return bytes;
  }

  /**
   * Returns how the bytes begin, lower case, after a byte-order mark and white space: enough to
   * tell XML, HTML and a MIME message apart.
   */
  static String markup(byte[] bytes) {
    int from = startsWith(bytes, BOM) ? 3 : 0;
    while (from < bytes.length && bytes[from] >= 0 && Character.isWhitespace(bytes[from])) from++;
    int to = Math.min(bytes.length, from + 32);
    return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
  }

  /** Returns whether the bytes begin with the characters of {@code prefix}, each one byte. */
  static boolean startsWith(byte[] bytes, String prefix) {
    return startsWith(bytes, 0, prefix);
  }

  /** Returns whether the bytes from {@code from} on begin with the characters of {@code prefix}. */
  private static boolean startsWith(byte[] bytes, int from, String prefix) {
    if (bytes.length - from < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[from + i] & 0xFF) != prefix.charAt(i)) return false;
    }
    return true;
  }

  /**
   * Returns the text of the file whose bytes these are, LF line ends, no BOM.
   *
   * @throws BadInputException naming the file when it cannot be read in its format
   */
  public static String text(Path file, byte[] bytes) {
    return extract(file, bytes).text();
  }

  /**
   * Whether a line of a code block is program text, not prose set as code: fewer than one in five
   * of its visible characters are Chinese characters (a paragraph indented four spaces, which
   * Markdown reads as code, or a post set in a page's {@code <pre>}, is Chinese text, and so is a
   * comment in Chinese between the lines of a program), or it holds a box-drawing character (a
   * directory tree or a table drawn in characters, "└── demo -- 测试代码", whose comments in Chinese
   * would otherwise be read as paragraphs, even as headings).
   */
  static boolean isProgram(String block) {
    int visible = 0;
    int han = 0;
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if (c >= '\u2500' && c <= '\u257F') return true;
      if (Character.isWhitespace(c)) continue;
      visible++;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
    }
    return 5 * han < visible;
  }

  /**
   * A file's text as its format gives it, the numbers (from 0, in order) of the lines that are code
   * (Markdown's fenced and indented code blocks, a page's {@code <pre>}), and of the lines that are
   * preformatted prose in a text whose lines are otherwise paragraphs (a Markdown code block of
   * Chinese text, broken where its author broke it: see {@link RawText#plainLines}).
   */
  public record Extracted(String text, List<Integer> codeLines, List<Integer> plainLines) {
    /** Copies the line numbers. */
    public Extracted {
      codeLines = List.copyOf(codeLines);
      plainLines = List.copyOf(plainLines);
    }

    /** A text with lines of code and no preformatted prose. */
    public Extracted(String text, List<Integer> codeLines) {
      this(text, codeLines, List.of());
    }
  }

  /**
   * Returns the text of the file whose bytes these are, LF line ends, no BOM, and its lines of
   * code.
   *
   * @throws BadInputException naming the file when it cannot be read in its format
   */
  static Extracted extract(Path file, byte[] bytes) {
    // before a format's reader, which may take no bytes for a broken file (POI: an internal error)
    if (bytes.length == 0) throw new BadInputException(file, "file is empty");
    Extracted read =
        switch (format(file, bytes)) {
          case "xml" -> new Extracted(XmlText.of(file, bytes), List.of());
          case "md", "markdown" ->
              MarkdownText.of(TextFiles.decode(file, bytes).replace("\r\n", "\n"));
          case "pdf" -> new Extracted(PdfText.of(file, bytes), List.of());
          case "ofd" -> new Extracted(OfdText.of(file, bytes), List.of());
          case "docx" -> new Extracted(DocxText.of(file, bytes), List.of());
          case "html", "htm", "shtml", "xhtml" -> HtmlText.of(file, bytes);
          case "mht", "mhtml" -> MhtmlText.of(file, bytes);
          case "doc" -> DocText.extract(file, bytes);
          default -> new Extracted(TextFiles.decode(file, notPlainText(file, bytes)), List.of());
        };
    // a lone carriage return ends a line too; the lines of code are counted in the text as it is
    String text = read.text();
    if (text.indexOf('\r') >= 0) {
      if (!read.codeLines().isEmpty()) text = text.replace('\r', ' ');
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.isBlank()) throw new BadInputException(file, "file has no text");
    return new Extracted(text, read.codeLines(), read.plainLines());
  }
}
