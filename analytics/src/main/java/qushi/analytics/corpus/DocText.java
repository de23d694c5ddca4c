package qushi.analytics.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import qushi.analytics.core.BadInputException;

/**
 * The text of an old binary Word {@code .doc} file (Word 97–2003), read with Apache POI's HWPF: the
 * paragraphs of the main text in order, one per line, and each table row as one line of its cells
 * separated by spaces, as {@link DocxText} reads a {@code .docx}. Headers, footers, comments and
 * footnotes are left out (page furniture, not text); a field (a page number, a hyperlink) gives the
 * text it shows, not its code. What else offices and web sites publish under the name {@code .doc}
 * is read as what it is: a {@code .docx}, a Word document saved as XML, a web page saved from Word,
 * alone or in a web archive.
 */
final class DocText {
  private DocText() {}

  /**
   * Returns the text of the .doc file whose bytes these are.
   *
   * @throws BadInputException naming the file when it is not a Word 97–2003 document, is encrypted
   *     or cannot be read
   */
  static String of(Path file, byte[] bytes) {
    return extract(file, bytes).text();
  }

  /**
   * Returns the text of the file named .doc whose bytes these are, read as what it holds: a Word
   * 97–2003 document, or what offices and web sites publish under that name, a .docx, a Word
   * document saved as XML ({@link XmlText#word}) or a web page saved from Word ({@link HtmlText}),
   * alone or in a web archive ({@link MhtmlText}).
   *
   * @throws BadInputException naming the file when it is none of these (an RTF file), is encrypted
   *     or cannot be read
   */
  static DocumentReader.Extracted extract(Path file, byte[] bytes) {
    if (DocumentReader.startsWith(bytes, DocumentReader.ZIP)) {
      return new DocumentReader.Extracted(DocxText.of(file, bytes), List.of());
    }
    if (!isCompoundFile(bytes)) {
      String head = DocumentReader.markup(bytes);
      if (head.startsWith("<?xml") || head.startsWith("<w:") || head.startsWith("<pkg:")) {
        return new DocumentReader.Extracted(XmlText.of(file, bytes), List.of());
      }
      if (head.startsWith("<html") || head.startsWith("<!doctype html")) {
        return HtmlText.of(file, bytes);
      }
      if (head.startsWith("mime-version:")) return MhtmlText.of(file, bytes);
      throw new BadInputException(
          file,
          DocumentReader.startsWith(bytes, DocumentReader.RTF)
              ? "an RTF file under the name .doc: save it as .docx or .txt"
              : "not a Word .doc file (not an OLE2 compound document)");
    }
    return new DocumentReader.Extracted(binary(file, bytes), List.of());
  }

  /**
   * Returns the text of a Word 97–2003 document: a compound file, read once, that holds a Word
   * document, or the encrypted package of a password-protected .docx ({@code EncryptionInfo}).
   */
  private static String binary(Path file, byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        HWPFDocument doc = word(fs)) {
      Range body = doc.getRange();
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < body.numParagraphs(); i++) {
        Paragraph p = body.getParagraph(i);
        if (!p.isInTable()) {
          lines.add(clean(p.text()));
          continue;
        }
        Table t = body.getTable(p);
        for (int r = 0; r < t.numRows(); r++) {
          TableRow row = t.getRow(r);
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.numCells(); c++) {
            cells.add(clean(row.getCell(c).text()).replace('\n', ' ').strip());
          }
          lines.add(String.join(" ", cells));
        }
        i += t.numParagraphs() - 1;
      }
      return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList());
    } catch (EncryptedDocumentException e) {
      throw new BadInputException(file, "encrypted Word file: save it without a password");
    } catch (OldWordFileFormatException e) {
      throw new BadInputException(
          file, "a Word 6 or Word 95 file is not read; save the file as .docx or .txt");
    } catch (IOException | RuntimeException e) {
      // HWPF reports a damaged file by whatever a wrong offset leads to
      throw new BadInputException(
          file, "corrupt or unreadable .doc file (" + DocxText.reason(e) + ")");
    }
  }

  /** Returns whether the bytes are an OLE2 compound file. */
  static boolean isCompoundFile(byte[] bytes) {
    return DocumentReader.startsWith(bytes, DocumentReader.COMPOUND);
  }

  /** Returns the Word document of the compound file, refusing the package of an encrypted .docx. */
  private static HWPFDocument word(POIFSFileSystem fs) throws IOException {
    if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
      throw new EncryptedDocumentException("an encrypted Office Open XML package");
    }
    return new HWPFDocument(fs.getRoot());
  }

  /**
   * Returns a paragraph's or cell's text as the reader sees it: each field's shown text without its
   * code, a line break within the paragraph as a line end, and no other control character (the
   * paragraph and cell marks, the anchors of pictures, drawings and notes).
   */
  static String clean(String text) {
    String shown = Range.stripFields(text);
    StringBuilder out = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '\u000B') out.append('\n');
      else if (c == '\t' || c >= ' ') out.append(c);
    }
    return out.toString();
  }
}
