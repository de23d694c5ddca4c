package qushi.analytics.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import qushi.analytics.core.BadInputException;

/**
 * The text of an OFD file (GB/T 33190, the fixed-layout format in which Chinese offices publish
 * documents, as others publish PDFs), read from its package: the pages of its first document in
 * order, each page's text objects placed by their boundaries and transforms, gathered into lines
 * top to bottom and each line left to right. The text is given as a PDF's is ({@link PdfText}): a
 * blank line after every line, a space before a line indented past the page's left edge (a
 * paragraph's first line) and three line ends at every page's end, so that the same cleanup joins
 * the lines of a paragraph. Template pages (running headers, footers, page numbers), annotations
 * and signatures are not read: page furniture, not text.
 */
final class OfdText {
  private OfdText() {}

  /** The most the parts of one package may hold once inflated: more is damage or a zip bomb. */
  static final long MAX_INFLATED = 256L << 20;

  /**
   * Returns the text of the OFD file whose bytes these are.
   *
   * @throws BadInputException naming the file when it is not an OFD package, is encrypted, cannot
   *     be read or has no text
   */
  static String of(Path file, byte[] bytes) {
    return of(file, bytes, MAX_INFLATED);
  }

  /** As {@link #of(Path, byte[])}, refusing a package that inflates past {@code limit} bytes. */
  static String of(Path file, byte[] bytes, long limit) {
    if (!DocumentReader.startsWith(bytes, DocumentReader.ZIP)) {
      throw new BadInputException(file, "not an OFD file (not a zip package)");
    }
    Map<String, byte[]> parts = unzip(file, bytes, limit);
    if (!parts.containsKey("OFD.xml")) {
      throw new BadInputException(file, "not an OFD file (its package has no OFD.xml)");
    }
    if (parts.keySet().stream().anyMatch(p -> p.endsWith("Encryptions.xml"))) {
      throw new BadInputException(file, "encrypted OFD file: save it without encryption");
    }
    Element root = first(xml(parts.get("OFD.xml")), "DocRoot");
    if (root == null || !parts.containsKey(path("", root.text()))) {
      throw new BadInputException(file, "damaged OFD file (OFD.xml names no document it holds)");
    }
    String documentPath = path("", root.text());
    String folder = documentPath.contains("/") ? documentPath.replaceAll("/[^/]*$", "/") : "";
    Element document = xml(parts.get(documentPath));
    StringBuilder out = new StringBuilder();
    int pages = 0;
    for (Element page : all(document, "Page")) {
      if (page.parent() == null || !local(page.parent()).equals("Pages")) continue;
      byte[] content = parts.get(path(folder, page.attr("BaseLoc")));
      if (content == null) {
        throw new BadInputException(
            file, "damaged OFD file (page " + (pages + 1) + " names content it does not hold)");
      }
      pages++;
      out.append(page(xml(content))).append("\n\n\n");
    }
    String text = out.toString();
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new BadInputException(
          file,
          "OFD has no text ("
              + pages
              + " page(s) without text objects: blank, or a scan; qushi does no OCR)");
    }
    return text;
  }

  /** A piece of text placed on a page: its baseline, its left and right ends, its size. */
  private record Run(double x, double right, double y, double size, String text) {}

  /**
   * Returns a page's lines, as a PDF's are given: a blank line after each, a space before one
   * indented past the page's left edge by more than a character.
   */
  static String page(Element content) {
    List<Run> runs = new ArrayList<>();
    for (Element object : all(content, "TextObject")) {
      double[] box = numbers(object.attr("Boundary"), 4);
      double[] ctm = numbers(object.attr("CTM"), 6);
      if (ctm == null) ctm = new double[] {1, 0, 0, 1, 0, 0};
      double size = number(object.attr("Size"), box == null ? 0 : box[3]);
      double scale = Math.hypot(ctm[0], ctm[1]);
      for (Element code : all(object, "TextCode")) {
        String text = code.wholeText();
        if (text.isBlank()) continue;
        double cx = number(code.attr("X"), 0);
        double cy = number(code.attr("Y"), 0);
        Advances deltas = advances(code.attr("DeltaX"));
        double advance = deltas.total();
        int count = text.codePointCount(0, text.length());
        if (deltas.count() < count - 1) advance = (count - 1) * size;
        double x0 = box == null ? 0 : box[0];
        double y0 = box == null ? 0 : box[1];
        double x = x0 + ctm[0] * cx + ctm[2] * cy + ctm[4];
        double y = y0 + ctm[1] * cx + ctm[3] * cy + ctm[5];
        runs.add(new Run(x, x + (advance + size) * scale, y, size * scale, text));
      }
    }
    runs.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
    List<List<Run>> lines = new ArrayList<>();
    for (Run r : runs) {
      List<Run> last = lines.isEmpty() ? null : lines.getLast();
      if (last != null && Math.abs(r.y() - last.getFirst().y()) <= 0.3 * r.size()) last.add(r);
      else lines.add(new ArrayList<>(List.of(r)));
    }
    // the page's left edge: where most lines begin
    Map<Long, Integer> starts = new HashMap<>();
    for (List<Run> line : lines) {
      line.sort(Comparator.comparingDouble(Run::x));
      starts.merge(Math.round(line.getFirst().x()), 1, Integer::sum);
    }
    long left =
        starts.entrySet().stream()
            .max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
            .map(Map.Entry::getKey)
            .orElse(0L);
    StringBuilder out = new StringBuilder();
    for (List<Run> line : lines) {
      Run first = line.getFirst();
      if (first.x() > left + first.size()) out.append(' ');
      Run before = null;
      for (Run r : line) {
        // a gap of more than a character between two pieces is a space (table columns, words)
        if (before != null && r.x() - before.right() > 0.8 * r.size()) out.append(' ');
        out.append(r.text());
        before = r;
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  /** Returns the parts of the package by name, refusing a package that inflates past the limit. */
  private static Map<String, byte[]> unzip(Path file, byte[] bytes, long limit) {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      byte[] buffer = new byte[1 << 16];
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory()) continue;
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > limit) {
            throw new BadInputException(
                file, "OFD package inflates past " + (limit >> 20) + " MB: damaged");
          }
          part.write(buffer, 0, n);
        }
        parts.put(path("", e.getName()), part.toByteArray());
      }
    } catch (BadInputException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw new BadInputException(
          file, "corrupt or unreadable OFD file (" + DocxText.reason(e) + ")");
    }
    return parts;
  }

  /** Returns a part's name within the package: {@code loc} against {@code folder}, no leading /. */
  private static String path(String folder, String loc) {
    String p = loc.strip().replace('\\', '/');
    return p.startsWith("/") ? p.substring(1) : folder + p;
  }

  private static Element xml(byte[] bytes) {
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
  }

  /** Returns the elements under {@code e} of this local name (any namespace prefix), in order. */
  private static List<Element> all(Element e, String name) {
    return e.getAllElements().stream().filter(x -> local(x).equals(name)).toList();
  }

  private static Element first(Element e, String name) {
    List<Element> found = all(e, name);
    return found.isEmpty() ? null : found.getFirst();
  }

  private static String local(Element e) {
    String name = e.tagName();
    return name.substring(name.indexOf(':') + 1);
  }

  /** Returns the first {@code n} numbers of a space-separated list, or null when it has fewer. */
  private static double[] numbers(String list, int n) {
    String[] parts = list.strip().split("\\s+");
    if (parts.length < n) return null;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = number(parts[i], Double.NaN);
      if (Double.isNaN(out[i])) return null;
    }
    return out;
  }

  private static double number(String s, double otherwise) {
    try {
      return s.isBlank() ? otherwise : Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** The advances of a TextCode: how many, and their sum. */
  private record Advances(double total, int count) {}

  /**
   * Returns the advances of a TextCode's {@code DeltaX}: numbers, and {@code g N D} for N times the
   * advance D (N at most 100,000).
   */
  private static Advances advances(String list) {
    double total = 0;
    int count = 0;
    String[] parts = list.strip().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) continue;
      if (parts[i].equals("g") && i + 2 < parts.length) {
        int times = Math.clamp((long) number(parts[i + 1], 0), 0, 100_000);
        total += times * number(parts[i + 2], 0);
        count += times;
        i += 2;
      } else {
        double d = number(parts[i], Double.NaN);
        if (!Double.isNaN(d)) {
          total += d;
          count++;
        }
      }
    }
    return new Advances(total, count);
  }
}
