package qushi.analytics.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import qushi.analytics.core.BadInputException;

/**
 * The page inside a web archive ({@code .mht}, {@code .mhtml}): the MIME message in which a browser
 * (Chrome and Edge: "Webpage, Single File") or Word ("Single File Web Page") saves a page with its
 * pictures, style sheets and frames. Read with Apache James mime4j: the page is the message's first
 * HTML part, the main frame in the archives of browsers and Word; its transfer encoding
 * (quoted-printable, base64) is undone, and it is read as a saved page is ({@link HtmlText}): its
 * main text, not its navigation. The part's charset, when the part names one, decodes it, whatever
 * the page's {@code meta} says (the archive's writer encoded the part so; gb2312 and GBK read as
 * GB18030, as for a page; Word names it there and not always in the page); otherwise the page's own
 * {@code meta} charset or the bytes themselves tell it, as for a saved page. A link to the page's
 * own address (the part's {@code Content-Location}, to which a browser rewrites a link to {@code
 * #…}) is a link within the page.
 *
 * <p>A page saved as plain HTML under the name .mht is read as the page it is; a file that is no
 * MIME message, or one without an HTML part, is rejected.
 */
final class MhtmlText {
  private MhtmlText() {}

  /**
   * Returns the main text of the page the archive whose bytes these are holds.
   *
   * @throws BadInputException naming the file when it is no web archive, holds no page, or its page
   *     has no main text
   */
  static DocumentReader.Extracted of(Path file, byte[] bytes) {
    String head = DocumentReader.markup(bytes);
    if (head.startsWith("<html") || head.startsWith("<!doctype html")) {
      return HtmlText.of(file, bytes);
    }
    Page page = new Page();
    MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
    parser.setContentDecoding(true);
    parser.setContentHandler(page);
    try {
      parser.parse(new ByteArrayInputStream(bytes));
    } catch (MimeException | IOException e) {
      throw new BadInputException(file, "unreadable web archive (" + e.getMessage() + ")");
    }
    if (!page.mime) {
      throw new BadInputException(
          file, "not a web archive (no MIME header); save the page as .mhtml or .html");
    }
    if (page.html == null) throw new BadInputException(file, "a web archive without a web page");
    String name = page.name();
    return HtmlText.of(file, page.bytes(), name.isEmpty() ? file.getFileName().toString() : name);
  }

  /** Collects the archive's first HTML part, its charset and its address. */
  private static final class Page extends AbstractContentHandler {
    /** Whether the message has a MIME header (MIME-Version or Content-Type). */
    boolean mime;

    byte[] html;
    String charset;
    String location = "";
    private String partLocation = "";

    @Override
    public void field(Field field) {
      String name = field.getName().toLowerCase(Locale.ROOT);
      if (name.equals("mime-version") || name.equals("content-type")) mime = true;
      if (name.equals("content-location")) partLocation = field.getBody().strip();
    }

    @Override
    public void startHeader() {
      partLocation = "";
    }

    @Override
    public void body(BodyDescriptor part, InputStream in) throws IOException {
      if (html != null || !"text/html".equalsIgnoreCase(part.getMimeType())) return;
      html = in.readAllBytes();
      // mime4j gives us-ascii where the part names no charset: no Chinese page is ASCII
      String named = part.getCharset();
      charset = named == null || named.equalsIgnoreCase("us-ascii") ? null : named;
      location = partLocation;
    }

    /**
     * The page's bytes: as saved, or in UTF-8 where its part names a charset Java knows, which
     * {@link HtmlText} reads as UTF-8 whatever the page's {@code meta} says.
     */
    byte[] bytes() {
      if (charset == null) return html;
      try {
        Charset named = HtmlText.browsers(Charset.forName(charset));
        return new String(html, named).getBytes(StandardCharsets.UTF_8);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return html; // an unknown name: the page's meta or its bytes tell
      }
    }

    /**
     * The last segment of the page's address, by which its links to itself are told ("" when the
     * part has none).
     */
    String name() {
      String path = location.replaceAll("[?#].*$", "");
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }
}
