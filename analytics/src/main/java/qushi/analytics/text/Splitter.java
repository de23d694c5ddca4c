package qushi.analytics.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import qushi.analytics.internal.Punctuation;

/**
 * Cuts a document's cleaned text (the output of {@link Normalizer}) into sections and passages.
 * Immutable and thread-safe.
 *
 * <p><b>Sections.</b> A section starts at every paragraph that begins with "编者按" (an editor's note,
 * which opens each sub-forum report of a compilation). Its title is the first of the three
 * paragraphs after the note that looks like a heading: at most {@value #TITLE_MAX} characters, no
 * 。！？；… inside or at the end; "" when none does. In a compilation (two or more notes), a report
 * printed without a note of its own also gets a section, starting at its forum heading: a paragraph
 * of at most 30 characters without sentence punctuation that ends in 论坛, 大会, 座谈会, 研讨会 or 共享汇, is
 * followed by a paragraph of at least 100 characters, and is not already a title (running headers
 * repeat titles). Text before the first note is a section titled "". A document without notes is
 * cut at its headings (see {@link Headings}): numbered headings in the common Chinese styles (一、
 * （一） 1. 1.1 第一章 第一节 第一部分, Markdown #), and short title lines followed by body text; the heading is
 * the section's title, and text before the first heading is a section titled "". A document without
 * notes or headings is one section titled "". Sections tile the text: each ends where the next
 * begins, the last at the end of the text.
 *
 * <p><b>Passages.</b> Each section is cut on its own, so no passage crosses a section boundary. The
 * section is split into units after sentence ends (。！？；…!?; with any closing quotes or brackets)
 * and at paragraph breaks; a unit longer than {@link #maxLength()} is cut after the last ，、, before
 * that limit, or hard at the limit as a last resort. Units are then packed greedily: a passage
 * grows while it stays within {@code maxLength}, and also ends at a paragraph break once it has
 * {@value #PARAGRAPH_FILL} characters. A passage shorter than {@link #minLength()} takes the next
 * unit if the result stays within {@code maxLength + slack}; a short last passage merges into the
 * previous passage of the section under the same bound, else stands alone. Passages are trimmed of
 * whitespace at both edges, so their offsets satisfy {@code text.equals(cleanText.substring(start,
 * end))} and together they cover every non-whitespace character of the text exactly once, but for a
 * passage with no letter or digit ("……", "＊＊＊", a document of punctuation only), which is dropped:
 * it holds no word token, so it is no unit of text the statistics could count or resample (a
 * punctuation-only document kept as a unit of no tokens turned 160 of 385 sparse terms stable in
 * the trend test). The exceptions to the length range are therefore: passages under {@code
 * minLength} (a short section, or a short piece next to units too long to merge with), and passages
 * up to {@code maxLength + slack}.
 *
 * @param minLength passages shorter than this try to merge, in characters, ≥ 1
 * @param maxLength target upper bound of a passage, in characters, ≥ minLength
 * @param slack how far a merge of a short passage may exceed maxLength, ≥ 0
 */
public record Splitter(int minLength, int maxLength, int slack) {
  /** Longest heading that can be a section title, in characters. */
  public static final int TITLE_MAX = 60;

  /** Marker that opens a section. */
  public static final String MARKER = "编者按";

  /** Length from which a passage ends at the next paragraph break. */
  static final int PARAGRAPH_FILL = 300;

  private static final java.util.regex.Pattern FORUM =
      java.util.regex.Pattern.compile(".*(论坛|大会|座谈会|研讨会|共享汇)");
  private static final String SOFT_ENDS = "，、,";

  /** Checks the bounds. */
  public Splitter {
    if (minLength < 1 || maxLength < minLength || slack < 0) {
      throw new IllegalArgumentException(
          "need 1 ≤ minLength ≤ maxLength and slack ≥ 0, was "
              + minLength
              + ", "
              + maxLength
              + ", "
              + slack);
    }
  }

  /** Returns the default splitter: passages of 200 to 600 characters, merges up to 700. */
  public static Splitter defaults() {
    return new Splitter(200, 600, 100);
  }

  /**
   * Returns a cleaned text cut into sections, with the Markdown marks of the headings that start
   * them taken out of the text ("## 工作安排" → "工作安排") and the sections moved to match: the text a
   * document keeps.
   */
  public SectionedText sectioned(String cleanText) {
    return Headings.withoutMarks(cleanText, sections(cleanText));
  }

  /**
   * Returns the sections of a cleaned text, in order, tiling it from 0 to its length; an empty list
   * for "".
   */
  public List<Section> sections(String cleanText) {
    Objects.requireNonNull(cleanText, "cleanText");
    List<int[]> paragraphs = paragraphs(cleanText);
    List<Integer> markers = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (cleanText.startsWith(MARKER, paragraphs.get(p)[0])) {
        markers.add(p);
      }
    }
    List<Section> out = new ArrayList<>();
    if (cleanText.isEmpty()) {
      return out;
    }
    if (markers.isEmpty()) {
      return Headings.sections(cleanText, paragraphs);
    }
    if (paragraphs.get(markers.get(0))[0] > 0) {
      int end = markers.isEmpty() ? cleanText.length() : paragraphs.get(markers.get(0))[0];
      out.add(new Section("", 0, end));
    }
    Set<String> titles = new HashSet<>();
    for (int k = 0; k < markers.size(); k++) {
      int p = markers.get(k);
      int end = k + 1 < markers.size() ? paragraphs.get(markers.get(k + 1))[0] : cleanText.length();
      titles.add(title(cleanText, paragraphs, p, end));
    }
    for (int k = 0; k < markers.size(); k++) {
      int p = markers.get(k);
      int start = paragraphs.get(p)[0];
      int end = k + 1 < markers.size() ? paragraphs.get(markers.get(k + 1))[0] : cleanText.length();
      String title = title(cleanText, paragraphs, p, end);
      // In a collection of reports (two or more editor's notes), a report without a note of its
      // own starts at its forum heading; see forumHeading.
      for (int q = p + 4;
          markers.size() >= 2 && q + 1 < paragraphs.size() && paragraphs.get(q)[0] < end;
          q++) {
        String heading = forumHeading(cleanText, paragraphs, q);
        if (heading != null && titles.add(heading)) {
          out.add(new Section(title, start, paragraphs.get(q)[0]));
          start = paragraphs.get(q)[0];
          title = heading;
        }
      }
      out.add(new Section(title, start, end));
    }
    return out;
  }

  /**
   * Returns paragraph q when it is a forum heading — at most 30 characters, no sentence
   * punctuation, ending in 论坛, 大会, 座谈会, 研讨会 or 共享汇 — followed by a paragraph of at least 100
   * characters; otherwise null. Headings already used as a title (running headers repeat them) are
   * skipped by the caller.
   */
  private static String forumHeading(String text, List<int[]> paragraphs, int q) {
    String candidate = text.substring(paragraphs.get(q)[0], paragraphs.get(q)[1]).strip();
    int[] next = paragraphs.get(q + 1);
    if (candidate.length() > 30
        || candidate.chars().anyMatch(c -> Punctuation.endsUnit(c))
        || !FORUM.matcher(candidate).matches()
        || next[1] - next[0] < 100) {
      return null;
    }
    return candidate;
  }

  /** Returns the first heading-like paragraph among the three after paragraph p, before end. */
  private static String title(String text, List<int[]> paragraphs, int p, int end) {
    for (int q = p + 1; q < Math.min(paragraphs.size(), p + 4); q++) {
      int[] span = paragraphs.get(q);
      if (span[0] >= end) {
        break;
      }
      String candidate = text.substring(span[0], span[1]).strip();
      if (!candidate.isEmpty()
          && Headings.length(candidate) <= TITLE_MAX
          && candidate.chars().noneMatch(c -> Punctuation.endsUnit(c))
          && !candidate.startsWith(MARKER)) {
        return candidate;
      }
    }
    return "";
  }

  /** Returns [start, end) of each paragraph (line) of the text. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      out.add(new int[] {start, end});
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /**
   * Returns the passages of a document, section by section, numbered from {@code firstIndex}; each
   * carries its section's title and offsets into {@code cleanText}.
   *
   * @param document the document's position in the corpus
   * @param docId the document's id
   * @param year the document's year
   * @param cleanText the document's cleaned text
   * @param sections its sections ({@link #sections})
   * @param firstIndex index of the first passage in the corpus, ≥ 0
   * @throws IllegalArgumentException if {@code firstIndex < 0}
   */
  public List<Passage> passages(
      int document,
      String docId,
      int year,
      String cleanText,
      List<Section> sections,
      int firstIndex) {
    Objects.requireNonNull(docId, "docId");
    if (firstIndex < 0) {
      throw new IllegalArgumentException("firstIndex must be ≥ 0, was " + firstIndex);
    }
    List<Passage> out = new ArrayList<>();
    for (Section s : sections) {
      for (int[] span : pack(units(cleanText, s.start(), s.end()))) {
        if (!TermFilter.isWord(cleanText, span[0], span[1])) continue;
        out.add(
            new Passage(
                firstIndex + out.size(), document, docId, year, s.title(), span[0], span[1]));
      }
    }
    return out;
  }

  /**
   * Returns the passages of a single document (position 0) cut from its cleaned text, numbered from
   * {@code firstIndex}; see {@link #passages(int, String, int, String, List, int)}.
   */
  public List<Passage> passages(String docId, int year, String cleanText, int firstIndex) {
    return passages(0, docId, year, cleanText, sections(cleanText), firstIndex);
  }

  /**
   * Returns the units of text[from, to): trimmed sentence spans {start, end, endsParagraph}, each
   * at most maxLength long.
   */
  private List<int[]> units(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean paragraph = c == '\n';
      if (paragraph || Punctuation.endsUnit(c)) {
        int end = i + 1;
        while (end < to
            && (Punctuation.CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == c)) {
          end++;
        }
        boolean endsParagraph = paragraph || end >= to || text.charAt(end) == '\n';
        addUnit(text, start, paragraph ? i : end, endsParagraph, out);
        start = end;
        i = end - 1;
      }
    }
    addUnit(text, start, to, true, out);
    return out;
  }

  /** Adds the trimmed span [start, end) as one or more units of at most maxLength characters. */
  private void addUnit(String text, int start, int end, boolean endsParagraph, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end - start > maxLength) {
      int cut = start + maxLength;
      int soft = cut;
      while (soft > start + minLength && SOFT_ENDS.indexOf(text.charAt(soft - 1)) < 0) {
        soft--;
      }
      if (soft > start + minLength) {
        cut = soft;
      } else if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--; // never split a surrogate pair
      }
      int next = cut;
      int last = cut;
      while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      out.add(new int[] {start, last, 0});
      while (next < end && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      start = next;
    }
    if (end > start) {
      out.add(new int[] {start, end, endsParagraph ? 1 : 0});
    }
  }

  /** Returns the passage spans {start, end} packed from the units of one section. */
  private List<int[]> pack(List<int[]> units) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    boolean paragraphEnd = false;
    for (int[] u : units) {
      if (start < 0) {
        start = u[0];
      } else {
        int length = end - start;
        int grown = u[1] - start;
        boolean fits = grown <= maxLength && !(paragraphEnd && length >= PARAGRAPH_FILL);
        boolean needs = length < minLength && grown <= maxLength + slack;
        if (!fits && !needs) {
          out.add(new int[] {start, end});
          start = u[0];
        }
      }
      end = u[1];
      paragraphEnd = u[2] == 1;
    }
    if (start < 0) {
      return out;
    }
    if (end - start < minLength
        && !out.isEmpty()
        && end - out.get(out.size() - 1)[0] <= maxLength + slack) {
      out.get(out.size() - 1)[1] = end;
    } else {
      out.add(new int[] {start, end});
    }
    return out;
  }
}
