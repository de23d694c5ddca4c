package qushi.analytics.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF text stripper that drops the lines that stand in the same place on most pages (running
 * headers and footers), and gathers the footnotes at the foot of each page into a section of notes
 * at the document's end.
 *
 * <p>A running header or footer is a line in the top or bottom eighth of the page whose text
 * (digits aside: a page number, a date) stands at the same height on at least {@value
 * #FURNITURE_MIN} pages and on at least half of them. It is dropped wherever the page's content
 * stream puts it: a header that the writer draws last on each page (a fixed-position element
 * printed by a browser) stands in the page's flow between two lines of the text, inside a word
 * perhaps (对外投 | 2003年政府工作报告 | 资), where the cleanup could not tell it from the text.
 *
 * <p>In the page's flow a note stands between the last line of the page and the first of the next,
 * which often go on in one sentence, inside a word perhaps (百 | ①…。 | 家争鸣): the cleanup would run
 * the note into the sentence, or end the paragraph there. And a note is the author's or editor's
 * apparatus (a source, an explanation), not the text, as the notes after a text are.
 *
 * <p>A page's notes are the lines at its foot, below its body text and above its page number or
 * footer if any, that are set smaller than the document's body text (under {@value #SMALLER} of the
 * font size that most of its characters have), from the first of them that opens with a note mark
 * (①, ⑴, [1], （1）, 1, *, 注：). Only a foot that opens with a mark is notes: a small caption or a
 * footer stays where it is, and so does a page all in small type, and a foot that holds a table's
 * row, a line that ends with three or more numbers one after the other (thousands grouped by
 * spaces, 3 000 000, read as one) ("1.属于国家秘密 2 0 0 0 0 0 2": an annual report's table in small
 * type, whose numbered rows are no notes). The notes of every page go to the document's end, in
 * page order, under a heading of notes ("注释", or "Notes" when they hold no Chinese), where the
 * cleanup finds them as a section of notes, lists them and drops them
 * (qushi.analytics.text.NotesSection; --keep-boilerplate keeps them there, out of the sentences).
 */
final class PdfNotes extends PDFTextStripper {
  /** Notes are set smaller than this share of the body's font size. */
  private static final double SMALLER = 0.85;

  /** A note's opening mark. */
  private static final Pattern NOTE_MARK =
      Pattern.compile(
          "\\s*([①-⒇❶-❿*＊※†]|\\[\\d{1,3}]|［\\d{1,3}］|[(（]\\d{1,3}[)）]|\\d{1,3}(?!\\d)(?![.．,，]\\d)"
              + "|注[：:释]?)");

  /** A page number or footer below the notes has at most this many characters. */
  private static final int FOOTER = 12;

  private final StringWriter out = new StringWriter();
  private final List<int[]> pages = new ArrayList<>();
  private final List<Run> runs = new ArrayList<>();

  /** Characters start to end of the text, written in one font size (the mean of their sizes). */
  private record Run(int start, int end, float size) {}

  // per character written from the page's content (in the order written): where it is in the
  // text, how many chars it takes there, its height on its page and its font size (rounded to a
  // point, the size in the high bits) and its page
  private int[] charAt = new int[1024];
  private int[] charLength = new int[1024];
  private int[] charY = new int[1024];
  private int[] charPage = new int[1024];
  private int chars;

  /** Fewest pages on which a line stands in the same place to be a running header or footer. */
  static final int FURNITURE_MIN = 3;

  private int pageStart;

  /**
   * Returns the text of the document, in the layout the cleanup expects (see {@link PdfText}), with
   * its footnotes out of the sentences that page breaks cut.
   */
  String text(PDDocument pdf) throws IOException {
    writeText(pdf, out);
    return withNotesAtEnd(withoutFurniture(out.toString()));
  }

  /** Per page, its height in points. */
  private final List<Float> heights = new ArrayList<>();

  @Override
  protected void startPage(PDPage page) throws IOException {
    super.startPage(page);
    pageStart = out.getBuffer().length();
    heights.add(page.getCropBox().getHeight());
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    super.endPage(page);
    pages.add(new int[] {pageStart, out.getBuffer().length()});
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    int start = out.getBuffer().length();
    super.writeString(text, positions);
    float size = 0;
    for (TextPosition p : positions) size += p.getFontSizeInPt();
    if (!positions.isEmpty()) {
      runs.add(new Run(start, out.getBuffer().length(), size / positions.size()));
    }
    int length = 0;
    for (TextPosition p : positions) length += p.getUnicode().length();
    if (length != out.getBuffer().length() - start) return; // not where the text says: not known
    int at = start;
    for (TextPosition p : positions) {
      if (chars == charAt.length) {
        charAt = Arrays.copyOf(charAt, 2 * chars);
        charLength = Arrays.copyOf(charLength, 2 * chars);
        charY = Arrays.copyOf(charY, 2 * chars);
        charPage = Arrays.copyOf(charPage, 2 * chars);
      }
      charAt[chars] = at;
      charLength[chars] = p.getUnicode().length();
      charY[chars] = Math.round(p.getFontSizeInPt()) << 16 | Math.round(p.getYDirAdj());
      charPage[chars] = pages.size(); // the page being written
      at += charLength[chars++];
    }
  }

  /**
   * Returns {@code written} without the running headers and footers (see the class): on each page,
   * the characters at one height and in one font size make one line of the page, whatever the order
   * in which the content draws them, so a footer that the text extraction runs into the last line
   * of the body ("对外投2003年政府工作报告") is found apart from it. The runs and pages are moved to where
   * their characters now are.
   */
  private String withoutFurniture(String written) {
    // each page's lines by height, in the order of their first character: the characters and key
    java.util.Map<Long, List<Integer>> lines = new java.util.LinkedHashMap<>();
    for (int c = 0; c < chars; c++) {
      long line = (long) charPage[c] << 32 | (charY[c] & 0xffffffffL);
      lines.computeIfAbsent(line, k -> new ArrayList<>()).add(c);
    }
    java.util.Map<String, java.util.Set<Integer>> pagesOf = new java.util.HashMap<>();
    java.util.Map<Long, String> keys = new java.util.HashMap<>();
    lines.forEach(
        (line, cs) -> {
          StringBuilder text = new StringBuilder();
          for (int c : cs) text.append(written, charAt[c], charAt[c] + charLength[c]);
          String key = key(text);
          int page = (int) (line >>> 32);
          int y = (int) (long) line & 0xffff;
          float height = heights.get(page);
          if (key.isEmpty() || (y > height / 8 && y < height * 7 / 8)) return;
          key = (int) (long) line + " " + key; // the height and size, and the text
          keys.put(line, key);
          pagesOf.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(page);
        });
    boolean[] drop = new boolean[written.length()];
    boolean any = false;
    for (var e : keys.entrySet()) {
      int on = pagesOf.get(e.getValue()).size();
      if (on < FURNITURE_MIN || 2 * on < pages.size()) continue;
      for (int c : lines.get(e.getKey())) {
        Arrays.fill(drop, charAt[c], charAt[c] + charLength[c], true);
      }
      any = true;
    }
    if (!any) return written;
    // where each character of the written text now is
    int[] at = new int[written.length() + 1];
    StringBuilder kept = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      at[i] = kept.length();
      if (!drop[i]) kept.append(written.charAt(i));
    }
    at[written.length()] = kept.length();
    String text = kept.toString();
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      runs.set(k, new Run(at[run.start()], at[run.end()], run.size()));
    }
    for (int[] page : pages) {
      page[0] = at[page[0]];
      page[1] = at[page[1]];
    }
    return text;
  }

  /**
   * Returns the key of a line: its characters without whitespace, each run of digits as one 0 (a
   * page number, a date); empty for a line of whitespace.
   */
  private static String key(CharSequence line) {
    StringBuilder sb = new StringBuilder();
    boolean digits = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
      boolean digit = Character.isDigit(c);
      if (!digit || !digits) sb.append(digit ? '0' : c);
      digits = digit;
    }
    return sb.toString();
  }

  /**
   * Returns the text with the notes of every page taken from the page's foot and gathered at the
   * end under a heading of notes (see the class).
   */
  private String withNotesAtEnd(String text) {
    float[] sizes = new float[text.length()];
    for (Run run : runs) Arrays.fill(sizes, run.start(), run.end(), run.size());
    double body = bodySize(sizes, text);
    if (body == 0) return text;
    StringBuilder out = new StringBuilder(text.length() + 16);
    StringBuilder notes = new StringBuilder();
    int done = 0;
    for (int[] page : pages) {
      int[] n = notes(text, sizes, body * SMALLER, page[0], page[1]);
      if (n == null) continue;
      out.append(text, done, n[0]);
      notes.append(text, n[0], n[1]).append("\n\n");
      done = n[1];
    }
    if (notes.isEmpty()) return text;
    out.append(text, done, text.length());
    boolean chinese = notes.codePoints().anyMatch(Character::isIdeographic);
    return out.append("\n\n\n")
        .append(chinese ? "注释" : "Notes")
        .append("\n\n")
        .append(notes)
        .toString();
  }

  /**
   * Returns the start and end of the notes at the foot of the page text between {@code from} and
   * {@code to} (each line with the blank line after it), or null when it has none.
   */
  private static int[] notes(String text, float[] sizes, double under, int from, int to) {
    // each line's start, its end, and the end of the line breaks after it
    List<int[]> lines = new ArrayList<>();
    int i = from;
    while (i < to) {
      int end = i;
      while (end < to && text.charAt(end) != '\n') end++;
      int next = end;
      while (next < to && text.charAt(next) == '\n') next++;
      if (!isBlank(text, i, end)) lines.add(new int[] {i, end, next});
      i = next;
    }
    int last = lines.size() - 1;
    // the page number or footer below the notes stays at the page's end
    while (last >= 0 && isFooter(text, lines.get(last))) last--;
    int first = last + 1;
    while (first > 0 && smaller(sizes, lines.get(first - 1), under)) first--;
    if (first == 0) return null; // a page all in small type (endnotes, an appendix) has no foot
    // a table in small type at the foot (a report's numbered rows of figures) is no notes
    for (int k = first; k <= last; k++) if (isRow(text, lines.get(k))) return null;
    for (int k = first; k <= last; k++) {
      int[] line = lines.get(k);
      if (NOTE_MARK.matcher(text).region(line[0], line[1]).lookingAt()) {
        int[] end = lines.get(last); // with the line breaks after it, not a page break
        return new int[] {line[0], Math.min(end[2], end[1] + 2)};
      }
    }
    return null;
  }

  /**
   * Three or more numbers one after the other to the line's end, parted by spaces only: a table's
   * cells (2 0 0 0 0 0 2, 746 12.5% 1,867,680.00), which no footnote has (a note's "1999, p. 3."
   * has words between).
   */
  private static final Pattern CELLS =
      Pattern.compile("(?<!\\S)\\d[\\d.,%]*(?:\\s+\\d[\\d.,%]*){2,}\\s*$");

  /** A space between groups of thousands: 3 000 000, as Chinese typesetting groups a number. */
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");

  /** Whether the line is a table's row: it ends with a run of {@link #CELLS}. */
  private static boolean isRow(String text, int[] line) {
    String own = THOUSANDS.matcher(text.substring(line[0], line[1])).replaceAll("");
    return CELLS.matcher(own).find();
  }

  /** Whether the text between {@code from} and {@code to} is all whitespace. */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
    return true;
  }

  /**
   * Whether the line is a short footer: a page number ("3", "— 3 —", "3/12", "第 3 页"), no Chinese
   * but 第, 页 and 共.
   */
  private static boolean isFooter(String text, int[] line) {
    String s = text.substring(line[0], line[1]).strip();
    return s.length() <= FOOTER
        && s.codePoints().allMatch(c -> !Character.isIdeographic(c) || "第页共".indexOf(c) >= 0);
  }

  /** Whether every character of the line that has a font size is set under {@code under}. */
  private static boolean smaller(float[] sizes, int[] line, double under) {
    boolean any = false;
    for (int i = line[0]; i < line[1]; i++) {
      if (sizes[i] == 0) continue;
      if (sizes[i] >= under) return false;
      any = true;
    }
    return any;
  }

  /** Returns the font size that most letters of the text have (to the half point), or 0. */
  private static double bodySize(float[] sizes, String text) {
    int[] halfPoints = new int[0];
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] > 0 && Character.isLetterOrDigit(text.charAt(i))) {
        int h = Math.round(sizes[i] * 2);
        if (h >= halfPoints.length) halfPoints = Arrays.copyOf(halfPoints, h + 1);
        halfPoints[h]++;
      }
    }
    int best = 0; // the most letters; on a tie the larger size
    for (int h = 1; h < halfPoints.length; h++) if (halfPoints[h] >= halfPoints[best]) best = h;
    return halfPoints.length == 0 || halfPoints[best] == 0 ? 0 : best / 2.0;
  }
}
