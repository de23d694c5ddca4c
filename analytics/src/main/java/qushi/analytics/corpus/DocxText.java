package qushi.analytics.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import qushi.analytics.core.BadInputException;

/**
 * The text of a Word {@code .docx} file, read with Apache POI: the paragraphs of the body in order,
 * one per line, and each table row as one line of its cells separated by spaces. Headers, footers,
 * comments and footnotes are left out (page furniture, not text). An old binary .doc under the name
 * .docx, and a password-protected .docx (a compound file), go to {@link DocText}.
 */
final class DocxText {
  private DocxText() {}

  /**
   * Returns the text of the .docx file whose bytes these are.
   *
   * @throws BadInputException naming the file when it is not a Word document
   */
  static String of(Path file, byte[] bytes) {
    // a password-protected .docx, or a .doc under the name .docx
    if (DocText.isCompoundFile(bytes)) return DocText.of(file, bytes);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> lines = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          lines.add(p.getText());
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) cells.add(cell.getText().strip());
            lines.add(String.join(" ", cells));
          }
        }
      }
      return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList());
    } catch (UnsupportedFileFormatException e) {
      throw new BadInputException(file, "not a Word .docx file (not an Office Open XML package)");
    } catch (org.apache.poi.util.RecordFormatException e) {
      // POI's limit on the size of one part: a zip bomb, or a part damaged into a huge length
      throw new BadInputException(
          file, "a part of this .docx file is too large to read (" + reason(e) + ")");
    } catch (IOException | POIXMLException | OpenXML4JRuntimeException e) {
      throw new BadInputException(file, "corrupt or unreadable .docx file (" + reason(e) + ")");
    }
  }

  /**
   * Returns what went wrong, for a one-line message: the deepest cause's message, its first line,
   * at most 120 characters, or its class's name when it has none.
   */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String m = root.getMessage();
    if (m == null || m.isBlank()) return root.getClass().getSimpleName();
    m = m.strip().lines().findFirst().orElse("");
    return m.length() > 120 ? m.substring(0, 117) + "..." : m;
  }
}
