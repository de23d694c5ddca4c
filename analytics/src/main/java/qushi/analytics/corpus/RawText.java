package qushi.analytics.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import qushi.analytics.internal.TextFiles;

/**
 * A document's text as read, before any cleanup, with the SHA-256 of the bytes it was read from
 * (for the methods section: anyone can check that a report was made from these files).
 *
 * @param text the decoded text (of a PDF, Word, HTML, Markdown or XML file: its extracted text), LF
 *     line ends, no BOM, otherwise untouched
 * @param bytes the size of the file in bytes (of the UTF-8 text for a text held in memory)
 * @param sha256 hex SHA-256 of those bytes
 * @param extracted whether a parser of the file's format (PDF, Word, HTML, Markdown) made the text:
 *     its markup is gone, so what looks like an HTML tag in it ({@code <Button />} in a code span,
 *     {@code &lt;a&gt;} in a page) is the document's own text, which cleanup keeps; in a plain text
 *     file or a text held in memory it is what a scraped page left behind, which cleanup removes
 * @param paragraphs whether each line of the text is a paragraph, as the format's parser found it
 *     and joined the lines within it (Markdown): cleanup then joins no lines, where in other text
 *     it weighs each line break (a PDF's, a plain text's) to tell a wrapped line from a paragraph's
 *     end
 * @param codeLines the numbers (from 0, in order) of the lines of the text that are code, as the
 *     format's parser found them (Markdown's code blocks, a page's {@code <pre>}); cleanup drops
 *     them unless asked to keep them
 * @param plainLines the numbers (from 0, in order) of the lines that, in a text whose lines are
 *     paragraphs, are preformatted prose: a Markdown code block whose text is Chinese, as a source
 *     that keeps each text in a fence to keep its layout has it, its lines broken at a width;
 *     cleanup weighs their line breaks as a plain text's
 */
public record RawText(
    String text,
    long bytes,
    String sha256,
    boolean extracted,
    boolean paragraphs,
    List<Integer> codeLines,
    List<Integer> plainLines) {
  /** Copies the line numbers. */
  public RawText {
    codeLines = List.copyOf(codeLines);
    plainLines = List.copyOf(plainLines);
  }

  /**
   * Returns the text of {@code file} in its format ({@link DocumentReader}) and the hash of the
   * file's bytes.
   */
  static RawText read(Path file) {
    return of(file, TextFiles.bytes(file));
  }

  /**
   * Returns the text of the bytes of a file named {@code name} in its format ({@link
   * DocumentReader}; the name's extension gives it) and the hash of the bytes.
   */
  public static RawText of(Path name, byte[] bytes) {
    DocumentReader.Extracted read = DocumentReader.extract(name, bytes);
    String format = DocumentReader.format(name, bytes);
    return new RawText(
        read.text(),
        bytes.length,
        sha256(bytes),
        DocumentReader.FORMATS.contains(format),
        DocumentReader.PARAGRAPH_FORMATS.contains(format),
        read.codeLines(),
        read.plainLines());
  }

  /** Returns a text held in memory, hashed as UTF-8. */
  static RawText of(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return new RawText(
        text.replace("\r\n", "\n").replace('\r', '\n'),
        utf8.length,
        sha256(utf8),
        false,
        false,
        List.of(),
        List.of());
  }

  /** Returns the hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "RawText[" + text.length() + " chars, sha256 " + sha256.substring(0, 12) + "…]";
  }
}
