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
import qushi.analytics.internal.Punctuation;

/**
 * A PDF text stripper that moves the footnotes at the foot of a page out of the sentence that goes
 * on in the next page. In the page's flow a note stands between the last line of the page and the
 * first of the next, which often go on in one sentence, inside a word perhaps (百 | ①…。 | 家争鸣): the
 * cleanup would run the note into the sentence, or end the paragraph there.
 *
 * <p>A page's notes are the lines at its foot, below its body text and above its page number or
 * footer if any, that are set smaller than the document's body text (under {@value #SMALLER} of the
 * font size that most of its characters have), from the first of them that opens with a note mark
 * (①, ⑴, [1], （1）, 1, *, 注：). Only a foot that opens with a mark is notes: a small caption or a
 * footer stays where it is, and so does a page all in small type. Where the page's last line ends a
 * sentence the notes stay too; elsewhere they move after the first line of the next page that ends
 * a sentence, and stay where none does (or there is no next page). Notes keep their text, and the
 * counts of their words.
 */
final class PdfNotes extends PDFTextStripper {
  /** Notes are set smaller than this share of the body's font size. */
  private static final double SMALLER = 0.85;

  /** A note's opening mark. */
  private static final Pattern NOTE_MARK =
      Pattern.compile(
          "\\s*([①-⒇❶-❿*＊※†]|\\[\\d{1,3}]|［\\d{1,3}］|[(（]\\d{1,3}[)）]|\\d{1,3}(?!\\d)(?![.．,，]\\d)"
              + "|注[：:释]?)");

  /**
   * Marks that end a sentence or clause ({@link Punctuation#UNIT_FINAL}) and the full stop of Latin
   * text, and the closing marks that may follow them ({@link Punctuation#CLOSERS}, and 〉 ］).
   */
  private static final String SENTENCE_ENDS = Punctuation.UNIT_FINAL + "．.";

  private static final String CLOSERS = Punctuation.CLOSERS + "〉］";

  /** A page number or footer below the notes has at most this many characters. */
  private static final int FOOTER = 12;

  private final StringWriter out = new StringWriter();
  private final List<int[]> pages = new ArrayList<>();
  private final List<Run> runs = new ArrayList<>();

  /** Characters start to end of the text, written in one font size (the mean of their sizes). */
  private record Run(int start, int end, float size) {}

  private int pageStart;

  /**
   * Returns the text of the document, in the layout the cleanup expects (see {@link PdfText}), with
   * its footnotes out of the sentences that page breaks cut.
   */
  String text(PDDocument pdf) throws IOException {
    writeText(pdf, out);
    return withNotesMoved(out.toString());
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    super.startPage(page);
    pageStart = out.getBuffer().length();
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
  }

  /**
   * Returns the text with the notes of each page whose last line goes on in the next page's moved
   * past the end of that sentence: after the first line of the next page that ends a sentence.
   */
  private String withNotesMoved(String text) {
    float[] sizes = new float[text.length()];
    for (Run run : runs) Arrays.fill(sizes, run.start(), run.end(), run.size());
    double body = bodySize(sizes, text);
    if (body == 0) return text;
    int[][] notes = new int[pages.size()][];
    for (int p = 0; p < pages.size(); p++) {
      notes[p] = notes(text, sizes, body * SMALLER, pages.get(p)[0], pages.get(p)[1]);
    }
    StringBuilder out = new StringBuilder(text.length());
    int done = 0;
    for (int p = 0; p + 1 < pages.size(); p++) {
      if (notes[p] == null || endsSentence(text, pages.get(p)[0], notes[p][0])) continue;
      int[] next = pages.get(p + 1);
      int at = afterSentenceEnd(text, next[0], notes[p + 1] != null ? notes[p + 1][0] : next[1]);
      if (at < 0) continue; // no sentence ends on the next page: the notes stay
      out.append(text, done, notes[p][0]).append(text, notes[p][1], at);
      out.append(text, notes[p][0], notes[p][1]);
      done = at;
    }
    return done == 0 ? text : out.append(text, done, text.length()).toString();
  }

  /**
   * Returns the end of the line breaks after the first line between {@code from} and {@code to}
   * that ends a sentence, or -1.
   */
  private static int afterSentenceEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n'
          && i > from
          && text.charAt(i - 1) != '\n'
          && endsSentence(text, from, i)) {
        while (i < to && text.charAt(i) == '\n') i++;
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the last line of the text between {@code from} and {@code to} ends a sentence (after
   * any closing quotes and brackets), or there is no text.
   */
  private static boolean endsSentence(String text, int from, int to) {
    int i = to - 1;
    while (i >= from && Character.isWhitespace(text.charAt(i))) i--;
    while (i >= from && CLOSERS.indexOf(text.charAt(i)) >= 0) i--;
    return i < from || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
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
    for (int k = first; k <= last; k++) {
      int[] line = lines.get(k);
      if (NOTE_MARK.matcher(text).region(line[0], line[1]).lookingAt()) {
        int[] end = lines.get(last); // with the line breaks after it, not a page break
        return new int[] {line[0], Math.min(end[2], end[1] + 2)};
      }
    }
    return null;
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
