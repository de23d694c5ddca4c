package qushi.analytics.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import qushi.analytics.core.BadInputException;

/**
 * The text layer of a PDF, extracted with Apache PDFBox in the layout the cleanup expects of a PDF
 * extraction: a blank line after every line, a space before every paragraph PDFBox detects (a new
 * block), three line breaks at every page end (a page break), and no line of spaces (a gap in the
 * layout, which would read as a page break: a source note at a page's foot taken for page
 * furniture); a page's footnotes leave a sentence that the page break cut ({@link PdfNotes}).
 */
final class PdfText {
  private PdfText() {}

  /** A line of nothing but spaces, with the blank line after it. */
  private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[ \\t\u3000\u00A0]+\n\n");

  /**
   * Returns the text of the PDF whose bytes these are.
   *
   * @throws BadInputException naming the file when the PDF needs a password, cannot be parsed, has
   *     a page whose content cannot be read, or has no text layer
   */
  static String of(Path file, byte[] bytes) {
    if (!DocumentReader.startsWith(bytes, "%PDF-")) {
      throw new BadInputException(file, "not a PDF file (it does not start with %PDF-)");
    }
    if (!hasEofMarker(bytes)) {
      throw new BadInputException(
          file, "truncated or damaged PDF (it has no %%EOF end marker: a download cut short?)");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String damage = damage(pdf);
      if (damage != null) {
        throw new BadInputException(
            file,
            "damaged PDF: "
                + damage
                + ", so its text would be lost; repair the file (print it to PDF again) or leave it"
                + " out");
      }
      PdfNotes stripper = new PdfNotes();
      stripper.setLineSeparator("\n\n");
      stripper.setParagraphStart(" ");
      stripper.setParagraphEnd("");
      stripper.setPageStart("");
      stripper.setPageEnd("\n\n\n");
      // a line of spaces (a gap in the layout) would read as a page break, which only a page's
      // end is
      String text = BLANK_LINE.matcher(stripper.text(pdf)).replaceAll("");
      if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
        int pages = pdf.getNumberOfPages();
        int drawn = 0;
        for (PDPage page : pdf.getPages()) if (hasGraphics(page)) drawn++;
        throw new BadInputException(
            file,
            drawn == 0
                ? "PDF has no text (" + pages + " page(s), without text or images: blank)"
                : "PDF has no text layer ("
                    + (drawn == pages ? pages + " page(s)" : drawn + " of " + pages + " page(s)")
                    + " of images, e.g. a scan; qushi does no OCR)");
      }
      return text;
    } catch (InvalidPasswordException e) {
      throw new BadInputException(file, "PDF is encrypted and needs a password");
    } catch (IOException e) {
      throw new BadInputException(file, "corrupt or unreadable PDF (" + e.getMessage() + ")");
    }
  }

  /**
   * Returns what is damaged in the PDF, or null: the first page whose content cannot be read (a
   * declared object the lenient parser could not parse, a stream that does not decode, or
   * compressed bytes that do not inflate). PDFBox recovers from such damage by leaving the page's
   * text out without a word (a file cut inside a page, with "%%EOF" appended by a repair tool); a
   * page with no content at all is blank, not damaged.
   */
  private static String damage(PDDocument pdf) {
    int n = 0;
    for (PDPage page : pdf.getPages()) {
      n++;
      COSBase item = page.getCOSObject().getItem(COSName.CONTENTS);
      COSBase contents = item instanceof COSObject o ? o.getObject() : item;
      List<? extends COSBase> parts =
          contents instanceof COSArray array ? array.toList() : Collections.singletonList(item);
      for (COSBase part : parts) {
        String why = unreadable(pdf, part);
        if (why != null) {
          return "the content of page " + n + " of " + pdf.getNumberOfPages() + " " + why;
        }
      }
    }
    return null;
  }

  /**
   * Returns why a part of a page's content cannot be read, or null when it can or is nothing: an
   * absent or null entry, or a reference to an object the file never declares, is no content (as
   * the PDF specification reads a dangling reference); a declared object that does not parse, and a
   * stream that does not decode, are damage.
   */
  private static String unreadable(PDDocument pdf, COSBase part) {
    COSBase value = part instanceof COSObject o ? o.getObject() : part;
    if (value == null || value instanceof COSNull) {
      boolean declared =
          part instanceof COSObject o && pdf.getDocument().getXrefTable().containsKey(o.getKey());
      return declared ? "cannot be read (cut short or corrupt)" : null;
    }
    if (!(value instanceof COSStream stream)) return null;
    try (InputStream in = stream.createInputStream()) {
      // decoded to the end (a filter may fail late), without keeping the bytes
      if (in.transferTo(OutputStream.nullOutputStream()) > 0 || stream.getLength() == 0)
        return null;
      // nothing decoded from encoded bytes: an empty page compresses to a few bytes too, so the
      // bytes are inflated here, where PDFBox's filter drops an error without a word
      if (!COSName.FLATE_DECODE.equals(stream.getFilters())) return null;
      try (InputStream raw = stream.createRawInputStream()) {
        String why = inflateProblem(raw.readAllBytes());
        return why == null ? null : "does not decode (" + why + ")";
      }
    } catch (IOException e) {
      return "does not decode (" + e.getMessage() + ")";
    }
  }

  /**
   * Returns why {@code bytes} are no whole zlib stream (Flate data as PDF writes it), or null when
   * they are.
   */
  private static String inflateProblem(byte[] bytes) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes);
      byte[] sink = new byte[4096];
      while (!inflater.finished()) {
        if (inflater.inflate(sink) == 0
            && !inflater.finished()
            && (inflater.needsInput() || inflater.needsDictionary()))
          return "compressed data cut short";
      }
      return null;
    } catch (DataFormatException e) {
      return "corrupt compressed data";
    } finally {
      inflater.end();
    }
  }

  /** Returns whether the page draws an image or a form (which may hold one): a scanned page. */
  private static boolean hasGraphics(PDPage page) {
    PDResources resources = page.getResources();
    return resources != null && resources.getXObjectNames().iterator().hasNext();
  }

  /**
   * Whether "%%EOF", which ends every complete PDF, stands anywhere in the file, searched from its
   * end (writers may leave junk after it). The parser is lenient: a file cut short, which has no
   * such marker, parses into garbage.
   */
  private static boolean hasEofMarker(byte[] bytes) {
    byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    for (int i = bytes.length - marker.length; i >= 0; i--) {
      if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) return true;
    }
    return false;
  }
}
