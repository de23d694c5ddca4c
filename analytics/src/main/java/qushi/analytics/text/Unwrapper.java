package qushi.analytics.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qushi.analytics.internal.Punctuation;

/**
 * Turns the lines of one extraction into paragraphs: drops page numbers and running headers, then
 * decides for every line break whether it is a paragraph break or a wrap. The rules are documented
 * on {@link Normalizer}.
 */
final class Unwrapper {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-–—~ ]*\\d{1,3}[-–—~ ]*"
              + "|第 ?\\d{1,3} ?页( ?[,，/]? ?共 ?\\d{1,4} ?页)?"
              + "|\\d{1,3} ?/ ?\\d{1,3}"
              + "|(?i:page) ?\\d{1,3}( (?i:of) \\d{1,4})?"
              + "|\\d{1,3} ?[|｜] ?\\S.{0,60}"
              + "|\\S.{0,60} ?[|｜] ?\\d{1,3}");

  /**
   * The opening of a Chinese-numbered heading ("三、相关建议", "（二）"), which repeat legitimately in
   * compilations. This and the other openings below are matched with {@code lookingAt}: the rest of
   * the line need not be read.
   */
  private static final Pattern CHINESE_ORDINAL =
      Pattern.compile("[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]");

  /** A list marker alone on its line: "1." "（1）" "一、" "①". */
  private static final Pattern MARKER_ONLY =
      Pattern.compile(
          "\\d{1,2}[.．、]|[（(]\\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[①-⑳]");

  /** Openings that start a paragraph: quotes, titles, dashes, bullets and list markers. */
  private static final Pattern STARTS_PARAGRAPH =
      Pattern.compile(
          "([“「『《【]|——|[◎►●■▲◆※]|\\d{1,2}[.．、](?!\\d)|[（(]\\d{1,2}[)）]"
              + "|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十]{1,3}[)）]|[①-⑳]"
              + "|第[一二三四五六七八九十\\d]{1,3}[章节条部]|首先|其次|最后|此外|另外|同时|总之)");

  /**
   * A line opened by a heading or list number (第二章, 二、, （二）, 2.): the next entry of a list of
   * headings, not the rest of the heading above it.
   */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(第[一二三四五六七八九十\\d]{1,3}[章节条部]|[一二三四五六七八九十]{1,3}、"
              + "|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、](?!\\d))");

  /**
   * The numbering styles of headings and list items, each opening a line: 第二章, 二、, （二）, （2）, 2. and
   * ①. Two lines opened in one style are two items of one list, whatever their widths.
   */
  private static final List<Pattern> ITEM_STYLES =
      List.of(
          Pattern.compile("第[一二三四五六七八九十百\\d]{1,4}\\s?(章|节|条|部分|编|篇)"),
          Pattern.compile("[一二三四五六七八九十]{1,3}、"),
          Pattern.compile("[（(][一二三四五六七八九十]{1,3}[)）]"),
          Pattern.compile("[（(]\\d{1,2}[)）]"),
          Pattern.compile("\\d{1,2}[.．、](?!\\d)"),
          Pattern.compile("[①-⑳]"));

  /** The characters an item's number can open with ({@link #ITEM_STYLES}). */
  private static final String ITEM_OPENINGS = "第一二三四五六七八九十（(0123456789";

  /** A chapter's number: 第一章, 第二节, 第三部分, 第一编, 第二篇. */
  private static final Pattern CHAPTER = Pattern.compile("第[一二三四五六七八九十百\\d]{1,4}\\s?(章|节|部分|编|篇)");

  /** A rule: a separator line of three or more dashes, underscores, equals signs, stars, tildes. */
  private static final Pattern RULE = Pattern.compile("([-_=*~—─━]\\s*){3,}");

  /** The first characters of a rule or a table's rule. */
  private static final String RULE_START = "-_=*~—─━|";

  /** A Markdown or typographic bullet opening a list item. */
  private static final Pattern BULLET = Pattern.compile("[-*+•·] ");

  /** The rule under the heading row of a Markdown table: |---|:---:|. */
  private static final Pattern TABLE_RULE = Pattern.compile("\\|(\\s*:?-{3,}:?\\s*\\|)+");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /**
   * A page number that ends a line after a space or a Chinese character and tells the page apart
   * from a heading's number: of a total ("3 / 45"), or roman in small letters (the front matter's
   * "ii"; "Part II" and "附录 C" are headings). A number alone is left to the digits' rule.
   */
  private static final Pattern PAGE_AT_END =
      Pattern.compile("(?<=[\\s\\p{IsHan}])\\s*(?:\\d{1,4}\\s*/\\s*\\d{1,4}|[ivx]{1,6})$");

  /** Line breaks in a row that mark a page break; a dropped page number counts as one. */
  private static final int PAGE_BREAK = 3;

  /** Window of neighbouring lines (each side) from which the column width is estimated. */
  private static final int WINDOW = 6;

  /** A line narrower than this share of the column width did not reach the right margin. */
  private static final double SHORT = 0.75;

  /** Widest plausible PDF column: 60 CJK characters; a wider line is an unwrapped paragraph. */
  private static final int WIDEST_COLUMN = 120;

  /** The lines at a document's start among which its title stands. */
  private static final int TITLE_LINES = 3;

  /** A heading is narrower than this share of the line that follows it. */
  private static final double NARROWER = 0.85;

  /**
   * In a text of posts, the least share of the lines before a blank line that end inside a
   * sentence, and of those, the least share that stop short of their neighbours.
   */
  private static final double UNEVEN_SHARE = 0.2;

  /** The share of single line breaks above which blank lines are paragraph breaks. */
  private static final double SINGLE_BREAKS = 0.2;

  /** Fewest lines in which a fixed wrapping width is looked for. */
  private static final int MIN_WRAPPED_LINES = 8;

  /**
   * Least share of the lines broken at the wrapping width: a quarter, since a report wrapped at 35
   * characters whose paragraphs are single sentences breaks only a fifth to a third of its lines.
   */
  private static final double WRAPPED_SHARE = 0.25;

  /** Most share of the lines wider than the wrapping width. */
  private static final double WIDER_SHARE = 0.05;

  /** Narrowest wrapping width: 20 CJK characters (40 display columns, or 20 characters). */
  private static final int MIN_WRAP_WIDTH = 20;

  /** Widest heading line: 36 CJK characters. */
  private static final int HEADING_WIDTH = 72;

  private final int headerMinRepeats;
  private final int headerMaxWidth;

  Unwrapper(int headerMinRepeats, int headerMaxWidth) {
    this.headerMinRepeats = headerMinRepeats;
    this.headerMaxWidth = headerMaxWidth;
  }

  /** Returns the non-blank lines of the text with their layout hints. */
  static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int newlines = 0;
    for (String raw : text.split("\n", -1)) {
      newlines++;
      String cleaned = Chars.inline(raw);
      if (cleaned.isEmpty() || cleaned.equals("\u00AD")) {
        continue;
      }
      boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
      lines.add(
          new Line(
              cleaned,
              indented,
              lines.isEmpty() ? 0 : newlines,
              Chars.width(cleaned),
              raw.length(),
              Character.isWhitespace(raw.charAt(raw.length() - 1))));
      newlines = 0;
    }
    return lines;
  }

  private static boolean hasBlankLine(List<Line> lines) {
    return lines.stream().anyMatch(l -> l.newlinesBefore() >= 2);
  }

  /**
   * A fixed width at which a text was wrapped, in display columns or in characters ({@code size}):
   * a line that stops short of it ended where the writer ended it. A line counted in columns may
   * stop one column short when the next character is two columns wide, and may measure up to {@code
   * over} columns more and {@code under} columns less than the width it was printed at ({@link
   * #overPrint}, {@link #underPrint}). A text may have a second, wider width ({@code wide}, 0 when
   * it has one): boxes and lists set in smaller type between paragraphs of the body, whose lines
   * are measured against it.
   */
  private record Wrap(
      java.util.function.ToIntFunction<Line> size,
      java.util.function.ToIntFunction<Line> over,
      java.util.function.ToIntFunction<Line> under,
      int width,
      int slack,
      int broken,
      int wide) {
    Wrap(
        java.util.function.ToIntFunction<Line> size,
        java.util.function.ToIntFunction<Line> over,
        java.util.function.ToIntFunction<Line> under,
        int width,
        int slack,
        int broken) {
      this(size, over, under, width, slack, broken, 0);
    }

    /** Whether the line is wider than the width, more than its measure may overstate it. */
    boolean wider(Line line) {
      return size.applyAsInt(line) - over.applyAsInt(line) > width;
    }

    /**
     * Returns the width line {@code i} was wrapped at: the wide one for a line wider than the width
     * or between two such lines (the end of an item inside a box), else the width.
     */
    int widthAt(List<Line> lines, int i) {
      if (wide == 0) return width;
      if (wider(lines.get(i))) return wide;
      boolean boxed = i > 0 && i + 1 < lines.size();
      return boxed && wider(lines.get(i - 1)) && wider(lines.get(i + 1)) ? wide : width;
    }

    boolean isShort(List<Line> lines, int i) {
      Line line = lines.get(i);
      return size.applyAsInt(line) + under.applyAsInt(line) < widthAt(lines, i) - slack;
    }

    boolean exact(List<Line> lines, int i) {
      Line line = lines.get(i);
      int w = widthAt(lines, i);
      int s = size.applyAsInt(line);
      return s - over.applyAsInt(line) <= w && w <= s + under.applyAsInt(line);
    }
  }

  /**
   * Returns how many display columns more than its printed width a line may measure: half a column
   * for each character one column wide (a digit, a Latin letter, a half-width mark), which a PDF
   * sets in a proportional font as narrow as a quarter of a Chinese character (1 . ,) where the
   * measure counts half of one, and a column for each full-width mark, which a PDF justifying a
   * line of Chinese sets at half its width (a line "动、立体覆盖的文化服务供给体系。文化场馆加快数字化转型，" of 56 columns
   * among lines of 54).
   */
  private static int overPrint(Line line) {
    String t = line.text();
    int marks = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isSurrogate(c) && Chars.isCjk(c) && isMark(c)) marks++;
    }
    return underPrint(line) + marks;
  }

  /**
   * Returns how many display columns less than its printed width a line may measure: half a column
   * for each character one column wide, which a proportional font may set as wide as three quarters
   * of a Chinese character (M W). A full-width mark is never set wider than two columns.
   */
  private static int underPrint(Line line) {
    String t = line.text();
    int narrow = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != ' ' && !Character.isSurrogate(c) && !Chars.isCjk(c)) narrow++;
    }
    return narrow / 2;
  }

  /** Returns whether a character is a punctuation mark. */
  private static boolean isMark(char c) {
    return switch (Character.getType(c)) {
      case Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  /**
   * Returns the fixed width at which the lines were broken, as a text tool or a PDF extraction
   * without blank lines breaks them: at least {@value #MIN_WRAPPED_LINES} lines, of which {@value
   * #WRAPPED_SHARE} are broken at one width of at least {@value #MIN_WRAP_WIDTH} characters (in
   * display columns, one short allowed, in characters, or in characters with the spaces that
   * cleanup removed beside Chinese ones, whichever the tool counted): they reach it exactly, stop
   * inside a word or after a mark that asks for more (not after a sentence, a figure or a closing
   * mark) and neither they nor the next line start a paragraph (a list marker, heading number,
   * bullet or quote); at most {@value #WIDER_SHARE} of the lines are wider. Text written one
   * paragraph, sentence or item per line (lists, contents, tables, verse) has lines of many widths,
   * ends them with sentences or starts them with markers. Returns null when there is none.
   */
  private static Wrap fixedWrap(List<Line> lines) {
    if (lines.size() < MIN_WRAPPED_LINES) return null;
    // the measure the tool counted in breaks more lines at its width (a line of Chinese with a few
    // digits is narrower in columns than its neighbours, though as many characters long)
    // the lines that could be broken at a width: they stop inside a word (or after a mark that
    // asks for more) and go on in a line that starts nothing (no list marker, heading number,
    // bullet or quote), and start nothing themselves
    boolean[] opens = new boolean[lines.size()];
    for (int i = 0; i < opens.length; i++) opens[i] = opensItem(lines.get(i));
    boolean[] breakable = new boolean[lines.size()];
    for (int i = 0; i + 1 < opens.length; i++) {
      breakable[i] = brokenEnd(lines.get(i).last()) && !opens[i] && !opens[i + 1];
    }
    Wrap one = inEachMeasure(Unwrapper::wrappedAt, lines, breakable, 3);
    // no one width: the body at one and boxes in smaller type at another, between its paragraphs
    return one != null ? one : inEachMeasure(Unwrapper::twoWidths, lines, breakable, 2);
  }

  /**
   * A measure of a line's width: its size, how much more and less than the width it was printed at
   * it may measure ({@link #overPrint}, {@link #underPrint}), the narrowest wrapping width, and how
   * many columns short of the width a wrapped line may stop.
   */
  private record Measure(
      java.util.function.ToIntFunction<Line> size,
      java.util.function.ToIntFunction<Line> over,
      java.util.function.ToIntFunction<Line> under,
      int min,
      int slack) {}

  /**
   * The measures a width is looked for in, in this order: display columns, characters, and
   * characters with the spaces that cleanup removed beside Chinese ones (a tool that counted the
   * spaces it wrapped with).
   */
  private static final List<Measure> MEASURES =
      List.of(
          new Measure(
              Line::width, Unwrapper::overPrint, Unwrapper::underPrint, 2 * MIN_WRAP_WIDTH, 1),
          new Measure(l -> l.text().length(), l -> 0, l -> 0, MIN_WRAP_WIDTH, 0),
          new Measure(Line::length, l -> 0, l -> 0, MIN_WRAP_WIDTH, 0));

  /** A way to find the width or widths a text was wrapped at, in one measure of its lines. */
  private interface WidthFinder {
    Wrap find(List<Line> lines, boolean[] breakable, Measure m);
  }

  /**
   * Returns what {@code finder} finds in the first {@code measures} of {@link #MEASURES}: the
   * finding that breaks the most lines, the first of a tie.
   */
  private static Wrap inEachMeasure(
      WidthFinder finder, List<Line> lines, boolean[] breakable, int measures) {
    Wrap best = null;
    for (Measure m : MEASURES.subList(0, measures)) {
      best = better(best, finder.find(lines, breakable, m));
    }
    return best;
  }

  /** Returns {@code b} where it breaks more lines than {@code a} (or {@code a} is null), else a. */
  private static Wrap better(Wrap a, Wrap b) {
    return b != null && (a == null || b.broken() > a.broken()) ? b : a;
  }

  /**
   * Returns the two widths of a text whose body was wrapped at one width and whose boxes or lists,
   * set in smaller type between its paragraphs, at a wider one; null when there are not two. The
   * body's width is the one most lines are broken at (at least {@value #WRAPPED_SHARE} of all); the
   * lines wider than it are more than {@value #WIDER_SHARE} of all, at least three in four of them
   * stand within two lines of another (a box is a block of lines, though the last line of each of
   * its items may be short), and at least {@value #WRAPPED_SHARE} of them, and {@value
   * #MIN_WRAPPED_LINES} lines or more, are broken at the wider width (a numbered item's first line
   * too), the widest that at most {@value #WIDER_SHARE} of the lines pass.
   */
  private static Wrap twoWidths(List<Line> lines, boolean[] breakable, Measure m) {
    java.util.function.ToIntFunction<Line> size = m.size();
    java.util.function.ToIntFunction<Line> over = m.over();
    int slack = m.slack();
    int n = lines.size();
    Map<Integer, Integer> broken = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (breakable[i]) broken.merge(size.applyAsInt(lines.get(i)), 1, Integer::sum);
    }
    int narrow = -1;
    int most = 0;
    for (int w : broken.keySet()) {
      int count = brokenAt(broken, w, slack);
      if (w >= m.min() && (count > most || (count == most && w > narrow))) {
        narrow = w;
        most = count;
      }
    }
    if (narrow < 0 || most < WRAPPED_SHARE * n) return null;
    Wrap body = new Wrap(size, over, m.under(), narrow, slack, most);
    boolean[] wider = new boolean[n];
    int wide = 0;
    for (int i = 0; i < n; i++) {
      wider[i] = body.wider(lines.get(i));
      if (wider[i]) wide++;
    }
    if (wide <= WIDER_SHARE * n) return null;
    // a box is a block: its items' first lines are wide, and their ends may not be
    int together = 0;
    Map<Integer, Integer> boxBroken = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (!wider[i]) continue;
      boolean near = false;
      for (int j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) near |= j != i && wider[j];
      if (near) together++;
      // a box's item runs on from its numbered first line
      if (i + 1 < n && brokenEnd(lines.get(i).last()) && !opensItem(lines.get(i + 1))) {
        boxBroken.merge(size.applyAsInt(lines.get(i)), 1, Integer::sum);
      }
    }
    if (4 * together < 3 * wide) return null;
    int[] least = new int[n];
    for (int i = 0; i < n; i++) {
      least[i] = size.applyAsInt(lines.get(i)) - over.applyAsInt(lines.get(i));
    }
    Arrays.sort(least);
    int[] sizes = new int[wide];
    for (int i = 0, k = 0; i < n; i++) if (wider[i]) sizes[k++] = size.applyAsInt(lines.get(i));
    Arrays.sort(sizes);
    for (int top = wide - 1; top >= 0; top--) {
      int w = sizes[top];
      if (n - upperBound(least, w) > WIDER_SHARE * n) break;
      if (top + 1 < wide && sizes[top + 1] == w) continue;
      int count = brokenAt(boxBroken, w, slack);
      if (count >= WRAPPED_SHARE * wide && count >= MIN_WRAPPED_LINES) {
        return new Wrap(size, over, m.under(), narrow, slack, most + count, w);
      }
    }
    return null;
  }

  /** Returns the lines broken at width {@code w}, or one short of it where the slack allows. */
  private static int brokenAt(Map<Integer, Integer> broken, int w, int slack) {
    return broken.getOrDefault(w, 0) + (slack > 0 ? broken.getOrDefault(w - 1, 0) : 0);
  }

  private static Wrap wrappedAt(List<Line> lines, boolean[] breakable, Measure m) {
    java.util.function.ToIntFunction<Line> size = m.size();
    java.util.function.ToIntFunction<Line> over = m.over();
    int slack = m.slack();
    int n = lines.size();
    int[] sizes = lines.stream().mapToInt(size).sorted().toArray();
    // the least each line may be printed at, sorted: the lines wider than w are those whose least
    // is above it
    int[] least = new int[n];
    Map<Integer, Integer> broken = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      least[i] = size.applyAsInt(line) - over.applyAsInt(line);
      if (breakable[i]) broken.merge(size.applyAsInt(line), 1, Integer::sum);
    }
    Arrays.sort(least);
    // the widest width w with few lines above it (within their tolerance) that such lines reach
    // exactly (one column short where a character two columns wide did not fit): a line that may
    // reach a width within its tolerance is no evidence of it, or every width a few columns above
    // the true one would have it
    for (int top = n - 1; top >= 0; top--) {
      int w = sizes[top];
      if (n - upperBound(least, w) > WIDER_SHARE * n) break;
      if (w < m.min() || (top + 1 < n && sizes[top + 1] == w)) continue;
      int count = brokenAt(broken, w, slack);
      if (count >= WRAPPED_SHARE * n || spike(sizes, w, count)) {
        return new Wrap(size, over, m.under(), w, slack, count);
      }
    }
    return null;
  }

  /** Returns the number of values of the sorted array that are at most {@code v}. */
  private static int upperBound(int[] sorted, int v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Returns whether the {@code count} lines broken at width {@code w} stand out among the line
   * sizes although they are fewer than {@value #WRAPPED_SHARE} of the lines (a newsletter whose
   * many one-line items dilute its wrapped paragraphs): at least {@value #SPIKE_LINES} lines and a
   * tenth of all, and {@value #SPIKE_RATIO} times as many as stand at any other size. Lines written
   * one per paragraph spread over many sizes; a tool's width piles them up at one.
   */
  private static boolean spike(int[] sortedSizes, int w, int count) {
    int n = sortedSizes.length;
    if (count < SPIKE_LINES || 10 * count < n) return false;
    int most = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && sortedSizes[j] == sortedSizes[i]) j++;
      if (sortedSizes[i] != w) most = Math.max(most, j - i);
      i = j;
    }
    return count >= SPIKE_RATIO * most;
  }

  /** Fewest lines at one width that make a spike ({@link #spike}). */
  private static final int SPIKE_LINES = 12;

  /** How many times more lines a spike holds than any other size. */
  private static final int SPIKE_RATIO = 4;

  /** Returns whether the line opens a paragraph or a list item (a Markdown bullet too). */
  private static boolean opensItem(Line line) {
    return STARTS_PARAGRAPH.matcher(line.text()).lookingAt()
        || BULLET.matcher(line.text()).lookingAt();
  }

  /**
   * Returns whether a line broken at a fixed width can end with {@code c}: inside a word or after a
   * mark that asks for more (，、：；“《（), not after a figure or a closing mark, as the rows of a table
   * end.
   */
  private static boolean brokenEnd(int c) {
    return Character.isLetter(c) || "，、：；“‘《（(".indexOf(c) >= 0;
  }

  /**
   * How a text was laid out: whether its blank lines are paragraph breaks, and the fixed width its
   * lines were wrapped at (null for none, or where blank lines stand between every line and no
   * width tells which lines stop short).
   */
  private record Layout(boolean blankBreaks, Wrap wrap, boolean wholeParagraphs) {
    Layout(boolean blankBreaks, Wrap wrap) {
      this(blankBreaks, wrap, false);
    }
  }

  /**
   * Returns the layout of the lines. A blank line, where the text has one, is a paragraph break
   * when the text also breaks lines without one (a paragraph wrapped over lines, then a blank
   * line), in most of its line breaks; or in more than {@value #SINGLE_BREAKS} of them, where a
   * tool wrapped the lines at a fixed width ({@link #fixedWrap}) and at least three in four of the
   * lines before a blank line stop short of it (a newsletter of many one-line items, 28% single
   * breaks and more). A PDF extraction that puts a blank line between every line breaks only the
   * lines of a heading without one (the PDFs of the seeds: at most 11% of their breaks), and the
   * lines before its blank lines run to the full width; where many of those lines are wider than
   * any column and end a sentence, they are paragraphs and the blank lines break them ({@link
   * BeforeBlankLines#paragraphs}); where many end inside a sentence, shorter than their neighbours,
   * they are posts, and every blank line breaks them ({@link BeforeBlankLines#posts}). The fixed
   * width is looked for where blank lines are no paragraph marks of their own or where they are
   * paragraph breaks, once.
   */
  private static Layout layout(List<Line> lines) {
    if (!hasBlankLine(lines)) return new Layout(false, fixedWrap(lines));
    long single = lines.stream().skip(1).filter(l -> l.newlinesBefore() == 1).count();
    if (2 * single > lines.size() - 1) return new Layout(true, fixedWrap(lines));
    if (single <= SINGLE_BREAKS * (lines.size() - 1)) {
      BeforeBlankLines before = BeforeBlankLines.of(lines);
      boolean whole = before.paragraphs();
      if (!whole && before.posts()) return new Layout(true, null);
      return new Layout(whole, null, whole);
    }
    Wrap wrap = fixedWrap(lines);
    return wrap != null && shortBeforeBlankLines(lines, wrap)
        ? new Layout(true, wrap)
        : new Layout(false, null);
  }

  /**
   * What the lines before the blank lines of a text are like, counted once: how many there are, how
   * many end a sentence, how many read as prose and end inside one ({@link #reads}), and of those
   * how many stop short of their neighbours' width ({@link #columnWidths}) within a column's width;
   * how many are wider than any PDF column, and how many of those end inside a sentence.
   */
  private record BeforeBlankLines(
      int lines, int sentences, int runOn, int shortRunOn, int wide, int wideRunOn) {
    static BeforeBlankLines of(List<Line> all) {
      int[] widths = columnWidths(all);
      int lines = 0;
      int sentences = 0;
      int runOn = 0;
      int shortRunOn = 0;
      int wide = 0;
      int wideRunOn = 0;
      for (int i = 1; i < all.size(); i++) {
        if (all.get(i).newlinesBefore() < 2) continue;
        lines++;
        Line a = all.get(i - 1);
        boolean ends = a.endsSentence() || a.endsClause();
        if (ends) {
          sentences++;
        } else if (!isColon(a) && reads(a)) {
          runOn++;
          if (a.width() <= WIDEST_COLUMN && a.width() < SHORT * widths[i - 1]) shortRunOn++;
        }
        if (a.width() <= WIDEST_COLUMN) continue;
        wide++;
        // ends inside a sentence: a paragraph that a page break cut
        if (!ends && !a.endsOpen()) wideRunOn++;
      }
      return new BeforeBlankLines(lines, sentences, runOn, shortRunOn, wide, wideRunOn);
    }

    /**
     * Whether the lines before the blank lines are whole paragraphs, not the lines of a column: at
     * least a quarter of them are wider than any PDF column ({@value #WIDEST_COLUMN} display
     * columns), and nearly all of those (19 in 20) end a sentence. A web page saved as text puts
     * blank lines between its paragraphs, and its title, date, byline and salutation are lines of
     * their own, which joining across the blank lines would run into one another and into the first
     * sentence (……的报告（2022年10月16日）习近平同志们：现在，). A PDF with lines that wide breaks some of them
     * inside a sentence, at the foot of a page. Or they are short whole paragraphs: at least two
     * lines before a blank line (a title and two paragraphs), a quarter of them end a sentence, and
     * none (1 in 20 at most) stops inside one ({@link #reads}); the rest are titles, dates,
     * headings and salutations. A notice or a short article saved as text puts blank lines between
     * such paragraphs; most lines of a PDF's column hold a comma and end inside a sentence.
     */
    boolean paragraphs() {
      boolean wideParagraphs = wide > 0 && 4 * wide >= lines && 20 * wideRunOn <= wide;
      boolean shortParagraphs = lines >= 2 && 4 * sentences >= lines && 20 * runOn <= lines;
      return wideParagraphs || shortParagraphs;
    }

    /**
     * Whether the lines before the blank lines are posts (comments, replies, short notes), each a
     * paragraph of its own, rather than the lines of a column or paragraphs that page breaks cut:
     * at least {@value #UNEVEN_SHARE} of the lines before a blank line read as prose and end inside
     * a sentence ({@link #reads}; posts often end without a stop), and at least that share of those
     * (two at least: one odd line tells nothing) stop short of their neighbours' width ({@link
     * #columnWidths}) within a column's width; judged where at least {@value #MIN_WRAPPED_LINES}
     * lines stand before a blank line, as a width is. A column's line that ends inside a sentence
     * was cut where the column ends, so it reaches the width its neighbours reach, and a page break
     * cuts a paragraph about once a page; a post ends where its writer stopped. Joining posts
     * across the blank lines runs one into the next, and a word may then be read across the seam
     * (……不够好 | 看过原著……: 好看).
     */
    boolean posts() {
      return lines >= MIN_WRAPPED_LINES
          && runOn >= UNEVEN_SHARE * lines
          && shortRunOn >= 2
          && shortRunOn >= UNEVEN_SHARE * runOn;
    }
  }

  /**
   * Whether a line that ends with no sentence mark is prose, not a title, date or heading: it ends
   * after a comma or other open mark, or holds a comma, an enumeration mark past a heading's number
   * (一、) or a sentence's end, or is wider than a heading.
   */
  private static boolean reads(Line a) {
    String t = a.text();
    if (a.endsOpen() || hasComma(a) || a.width() > HEADING_WIDTH) return true;
    if (t.indexOf('、', 4) >= 0) return true;
    for (int i = 0; i < t.length() - 1; i++) {
      if (Punctuation.SENTENCE_FINAL.indexOf(t.charAt(i)) >= 0) return true;
    }
    return false;
  }

  /** Whether the line ends with a colon (a salutation, or a list's lead-in). */
  private static boolean isColon(Line a) {
    char last = a.text().charAt(a.text().length() - 1);
    return last == '：' || last == ':';
  }

  /**
   * Whether paragraph a goes on after the blank line in a text of whole paragraphs: it ends inside
   * a sentence, after a comma or enumeration mark, or with a comma inside or wider than a heading
   * (a page break cut it, inside a word perhaps), and b starts no paragraph of its own. A short
   * line without a mark (a title, date or byline) and a colon before a list end there.
   */
  private static boolean continues(Line a, Line b) {
    char last = a.text().charAt(a.text().length() - 1);
    boolean open = "，、,".indexOf(last) >= 0;
    return !a.endsSentence()
        && !a.endsClause()
        && (open || (!a.endsOpen() && (a.width() > HEADING_WIDTH || hasComma(a))))
        && !startsParagraph(b);
  }

  /** Whether at least three in four of the lines before a blank line stop short of the width. */
  private static boolean shortBeforeBlankLines(List<Line> lines, Wrap wrap) {
    int beforeBlank = 0;
    int shortOnes = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).newlinesBefore() < 2) continue;
      beforeBlank++;
      if (wrap.isShort(lines, i - 1)) shortOnes++;
    }
    return 4 * shortOnes >= 3 * beforeBlank;
  }

  /**
   * Returns the paragraphs of the lines, each without line breaks. The line breaks are weighed
   * (rather than each line taken as a paragraph) when the text is a wrapped extraction: it has a
   * blank line (a PDF extraction puts one between every line), or it was broken at a fixed width
   * ({@link #fixedWrap}).
   */
  List<String> paragraphs(List<Line> all) {
    return paragraphs(all, false);
  }

  /**
   * Returns the paragraphs of the lines as {@link #paragraphs(List)} does, or, when {@code
   * paragraphLines} is true (a parser found the paragraphs), each line as a paragraph but one that
   * starts with closing punctuation.
   */
  List<String> paragraphs(List<Line> all, boolean paragraphLines) {
    Layout layout = paragraphLines ? new Layout(false, null) : layout(all);
    boolean blankBreaks = layout.blankBreaks();
    // a fixed width tells which lines stop short, where blank lines do not mark every line
    Wrap wrap = layout.wrap();
    boolean wrapped = !paragraphLines && (hasBlankLine(all) || wrap != null);
    List<Line> lines = keep(all);
    List<String> out = new ArrayList<>();
    if (lines.isEmpty()) {
      return out;
    }
    int[] widths = columnWidths(lines);
    boolean[] shorts = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      shorts[i] =
          wrap != null
              ? wrap.isShort(lines, i)
              : lines.get(i).width() < SHORT * widths[i] || lines.get(i).width() > WIDEST_COLUMN;
    }
    boolean cutsWords = wrap != null && cutsLatinWords(lines, wrap);
    StringBuilder para = new StringBuilder(lines.get(0).text());
    boolean heading = true;
    for (int i = 1; i < lines.size(); i++) {
      Line a = lines.get(i - 1);
      Line b = lines.get(i);
      Line c = i + 1 < lines.size() ? lines.get(i + 1) : null;
      // a paragraph that ends with a footnote mark ("…会议[1]") is not a heading, and it ends
      // where the text before the mark would (breaksAfterNoteMark)
      int noteMark = noteMarkStart(para);
      heading &= headingShaped(a, shorts[i - 1]) && noteMark < 0;
      boolean headingB =
          headingShaped(b, shorts[i])
              && !b.endsOpenExceptColon()
              && (!hasComma(b) || c == null || startsParagraph(c));
      boolean rule = isRule(a) || isRule(b);
      // a row of a Markdown table stands alone, like a rule, and so does a heading a parser marked
      // ("# 标题", a page's h1 as its reader writes it)
      boolean row = isTableRow(a) || isTableRow(b);
      boolean marked =
          Headings.looksLikeMarkdownHeading(a.text())
              || Headings.looksLikeMarkdownHeading(b.text());
      if (rule
          || row
          || marked
          || (!b.startsWithCloser()
              && !b.opensOnly()
              && !a.endsWithOpener()
              && (!wrapped
                  || (blankBreaks
                      && b.newlinesBefore() >= 2
                      && !(layout.wholeParagraphs() && continues(a, b)))
                  || (noteMark >= 0
                      ? breaksAfterNoteMark(para, noteMark, b)
                      : breaks(
                          a,
                          b,
                          shorts[i - 1],
                          shorts[i],
                          c,
                          headingB,
                          heading,
                          para.length() == a.text().length(),
                          wrap != null ? wrap.widthAt(lines, i - 1) : widths[i - 1],
                          // worked out only where breaks reads it: b indented after a short a
                          wrap == null
                              && shorts[i - 1]
                              && b.indented()
                              && a.width() <= WIDEST_COLUMN
                              && wideWidth(a) >= SHORT * widths[i - 1]))))) {
        if (!isRule(a)) out.add(Chars.inline(para.toString()));
        para.setLength(0);
        heading = true;
      } else {
        glue(para, a, b, !shorts[i - 1], cutsWords && !a.spaceAtEnd() && wrap.exact(lines, i - 1));
      }
      para.append(b.text());
    }
    // a rule always stands alone: when the last line is one, it is all that is left
    if (!isRule(lines.get(lines.size() - 1))) out.add(Chars.inline(para.toString()));
    return out;
  }

  /** Returns whether the line is a rule: layout that separates paragraphs, not text. */
  private static boolean isRule(Line line) {
    // both start with one of these: the test spares every other line a matcher
    return RULE_START.indexOf(line.first()) >= 0
        && (RULE.matcher(line.text()).matches() || TABLE_RULE.matcher(line.text()).matches());
  }

  /** Returns whether the line is a row of a Markdown table: | cell | cell |. */
  private static boolean isTableRow(Line line) {
    String t = line.text();
    return t.length() >= 2 && t.charAt(0) == '|' && t.charAt(t.length() - 1) == '|';
  }

  /**
   * Returns where the footnote mark that ends the text starts, or -1 when none does: one to three
   * digits in square brackets, ASCII or full-width ("[1]", "［12］"). Only the end is read: the
   * paragraph grows line by line.
   */
  private static int noteMarkStart(CharSequence text) {
    int end = text.length() - 1;
    if (end < 2 || (text.charAt(end) != ']' && text.charAt(end) != '］')) return -1;
    int i = end - 1;
    while (i >= 0 && end - i <= 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') i--;
    int digits = end - 1 - i;
    boolean opened = i >= 0 && (text.charAt(i) == '[' || text.charAt(i) == '［');
    return digits >= 1 && digits <= 3 && opened ? i : -1;
  }

  /**
   * Returns whether a paragraph whose footnote mark starts at {@code mark} ("…会议[1]", the mark's
   * lines joined to it) ends before line b: where the text before the mark ends a sentence, or b
   * visibly starts a paragraph (indented, a marker, a blank line or a page break before it).
   * Elsewhere the mark cut a sentence ("…上届代表会议[1]" + "以来的工作报告。"), and the sentence goes on.
   */
  private static boolean breaksAfterNoteMark(CharSequence para, int mark, Line b) {
    return Line.endsSentence(para, mark) || b.newlinesBefore() >= 2 || startsParagraph(b);
  }

  /**
   * Returns whether the break between lines a and b is a paragraph break.
   *
   * @param headingB whether b looks like a heading line in its context
   * @param c the line after b, or null
   * @param heading whether the paragraph that a ends so far consists of heading-shaped lines
   * @param aloneA whether the paragraph so far is line a alone
   * @param margin the width line a was wrapped at (the column's, where no one width holds)
   * @param fullInWideDigits whether a would reach the margin with its digits full-width ({@link
   *     #wideWidth})
   */
  private static boolean breaks(
      Line a,
      Line b,
      boolean shortA,
      boolean shortB,
      Line c,
      boolean headingB,
      boolean heading,
      boolean aloneA,
      int margin,
      boolean fullInWideDigits) {
    if (MARKER_ONLY.matcher(a.text()).matches()) {
      return false;
    }
    if (!a.endsWithPunctuation() && sameNumbering(a, b)) {
      // （一）… then （二）…: the next heading of a list, however wide the line above (a line of
      // prose cut after a comma may go on with 第三章…)
      return true;
    }
    boolean markerB = STARTS_PARAGRAPH.matcher(b.text()).lookingAt();
    boolean startsB = b.indented() || markerB;
    if (headingB
        && b.newlinesBefore() >= 2
        && (CHAPTER.matcher(b.text()).lookingAt()
            || CHINESE_ORDINAL.matcher(b.text()).lookingAt())) {
      // 第一章 总则 after a blank line heads a chapter, whatever the line above, and so does 十、加强和
      // 改进党的建设 under a report's title that holds a comma
      return true;
    }
    if (a.endsSentence() || a.endsNote()) {
      return shortA || startsB || headingB || b.newlinesBefore() >= PAGE_BREAK;
    }
    if (a.endsClause()) {
      return b.indented() || (startsB && b.first() != '“');
    }
    if (a.endsOpen()) {
      // a lead-in ends at its colon where an indented paragraph starts below an unindented line
      // (是：/　　一，用在体育上); where every line is indented, the indent tells nothing
      return a.endsColon() && b.indented() && !a.indented();
    }
    if (b.indented() && shortA && !fullInWideDigits) {
      // a short unfinished line, then a new PDF block: a caption or heading ended (a line that
      // reached the margin in full-width digits, folded since, goes on)
      return true;
    }
    if (aloneA && markerB && numberedHeading(a)) {
      // a numbered heading alone, then a line opened by a marker (一、女性已成为…的核心力量 above 一是具有…):
      // the heading ended, however near the margin it came (an indent alone does not tell: a PDF
      // extraction indents where a text block starts, inside an item or a table's cell too)
      return true;
    }
    if (heading) {
      if (c != null
          && a.width() < NARROWER * margin
          && opensBody(b, c)
          && (!hasComma(a) || CHINESE_ORDINAL.matcher(a.text()).lookingAt())) {
        // a heading that ended short of the margin, then the first line of its body, short by
        // the indent extraction lost: the heading did not go on
        return true;
      }
      // a heading continues on the next line only inside one PDF block and one script
      boolean sameBlock = b.newlinesBefore() == 1 && !b.indented() && shortB;
      if (sameBlock && sameScript(a, b) && !NUMBERED.matcher(b.text()).lookingAt()) {
        return false;
      }
      // a short line followed by an equally short one is a narrow column, not a heading;
      // a line with a comma is prose unless the next line visibly starts a paragraph
      return (!hasComma(a) || CHINESE_ORDINAL.matcher(a.text()).lookingAt())
          && (startsB || a.indented() || headingB || a.width() < NARROWER * b.width());
    }
    return false;
  }

  /**
   * Returns whether both lines open with a number of one style ({@link #ITEM_STYLES}): a wrapped
   * line does not go on with the next number of the list its line opened.
   */
  private static boolean sameNumbering(Line a, Line b) {
    if (!opensNumber(a) || !opensNumber(b)) return false;
    for (Pattern style : ITEM_STYLES) {
      if (style.matcher(a.text()).lookingAt()) return style.matcher(b.text()).lookingAt();
    }
    return false;
  }

  private static boolean opensNumber(Line line) {
    int c = line.first();
    return ITEM_OPENINGS.indexOf(c) >= 0 || (c >= '①' && c <= '⑳');
  }

  /**
   * Returns the line's width with its digits as wide as a CJK character: a PDF may set them so
   * (２００２年的１０．２万, folded to 2002年的10.2万 before the lines are read), and an unfinished line that
   * reached the margin in them goes on in the next line, whatever block the extraction began there.
   */
  private static int wideWidth(Line line) {
    int digits = 0;
    String t = line.text();
    for (int i = 0; i < t.length(); i++) if (Chars.isAsciiDigit(t.charAt(i))) digits++;
    return line.width() + digits;
  }

  /**
   * Returns whether line b runs on into line c as the first line of a paragraph does: b ends inside
   * a sentence (no mark, or a comma or other mark that asks for more), c goes on in the same block
   * and starts nothing, and b is all but as wide as c (at most three characters narrower: an
   * indent, and a character pushed down with a mark that may not start a line).
   */
  private static boolean opensBody(Line b, Line c) {
    return (!b.endsWithPunctuation() || b.endsOpen())
        && c.newlinesBefore() == 1
        && !startsParagraph(c)
        && b.width() >= c.width() - 6;
  }

  /**
   * Returns whether the line is a numbered heading: opened by a heading's number (第一章, 一、, （一）,
   * 1.), no wider than a heading, with no sentence inside.
   */
  private static boolean numberedHeading(Line line) {
    return NUMBERED.matcher(line.text()).lookingAt()
        && line.width() <= HEADING_WIDTH
        && !Punctuation.hasUnitEnd(line.text());
  }

  /** Returns whether the line visibly starts a paragraph: indented, or opened by a marker. */
  private static boolean startsParagraph(Line line) {
    return line.indented() || STARTS_PARAGRAPH.matcher(line.text()).lookingAt();
  }

  /** Returns whether the line has the shape of a heading: short, narrow, no sentence inside. */
  private static boolean headingShaped(Line line, boolean isShort) {
    return isShort && line.width() <= HEADING_WIDTH && !Punctuation.hasUnitEnd(line.text());
  }

  /**
   * Appends the joint between a and b: nothing after a hyphen, slash, soft hyphen or opening mark
   * or before closing punctuation or a line of opening marks alone ({@link Line#opensOnly}),
   * nothing inside a number or word that a fixed width cut ({@link #splitNumber}, {@link
   * #splitWord}), nothing next to a CJK character (a space between two words of Chinese would
   * separate them, see {@code Chars.inline}) but after a list marker "1." or part "第一条", else a
   * space.
   *
   * @param full whether line a reaches the width at which the text was wrapped
   * @param cut whether line a ends exactly at the width of a tool that cuts Latin words ({@link
   *     #cutsLatinWords})
   */
  private static void glue(StringBuilder para, Line a, Line b, boolean full, boolean cut) {
    int last = para.length() - 1;
    if (para.charAt(last) == '\u00AD') {
      para.setLength(last);
    } else if ((isListMarker(para) || !(Chars.isCjk(a.last()) || Chars.isCjk(b.first())))
        && a.last() != '-'
        && a.last() != '/'
        && b.first() != '-'
        && b.first() != '/'
        && !b.startsWithCloser()
        && !b.opensOnly()
        && !a.endsWithOpener()
        && !(full && splitNumber(a, b))
        && !(cut && splitWord(a, b))) {
      para.append(' ');
    }
  }

  /**
   * Returns whether the paragraph so far is an Arabic list marker or numbered part alone ("1.",
   * "第一条"), which a space ends.
   */
  private static boolean isListMarker(CharSequence para) {
    return para.length() <= 10 && Chars.listMarkerEnd(para + " ") == para.length();
  }

  /**
   * Returns whether a tool that wrapped Chinese text at a fixed width cut a Latin word in two ("发布的
   * Ch" + "atGPT Pro"): line a, which holds Chinese, ends with a Latin letter and b starts with
   * one. Such a tool cuts where the width ends, not between words; a line of words wrapped between
   * them rarely ends exactly at the width.
   */
  private static boolean splitWord(Line a, Line b) {
    return isLatinLetter(a.last()) && isLatinLetter(b.first()) && Chars.hasHan(a.text());
  }

  /**
   * Returns whether the tool that wrapped the lines at {@code wrap}'s width cut Latin words: every
   * line break between a Latin letter and a Latin letter (at least one; not one at a space, which
   * falls between words) follows a line that ends exactly at the width. A tool that wraps between
   * words ends such lines short of it, but for the rare word that ends right at the width.
   */
  private static boolean cutsLatinWords(List<Line> lines, Wrap wrap) {
    int breaks = 0;
    for (int i = 1; i < lines.size(); i++) {
      Line a = lines.get(i - 1);
      Line b = lines.get(i);
      if (b.newlinesBefore() != 1
          || a.spaceAtEnd()
          || !isLatinLetter(a.last())
          || !isLatinLetter(b.first())) {
        continue; // a break at a space is between words
      }
      if (!wrap.exact(lines, i - 1)) return false;
      breaks++;
    }
    return breaks > 0;
  }

  private static boolean isLatinLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Returns whether the break falls inside a number of Chinese text ("产能900" + "0多万吨", "50." +
   * "5%"): digits on both sides, or a decimal point between them, and the number between a Chinese
   * character and a Chinese character or a per cent sign. A date that ends a footer ("摘要31.7.2017")
   * and a page number on the next line ("6 Arup") stay apart, and so do two numbers of Latin text a
   * line apart.
   */
  private static boolean splitNumber(Line a, Line b) {
    String t = a.text();
    String u = b.text();
    boolean point =
        t.length() >= 2 && a.last() == '.' && Character.isDigit(t.charAt(t.length() - 2));
    boolean split =
        (Character.isDigit(a.last()) && (Character.isDigit(u.charAt(0)) || u.charAt(0) == '.'))
            || (point && Character.isDigit(u.charAt(0)));
    if (!split) return false;
    int before = t.length();
    while (before > 0 && (Character.isDigit(t.charAt(before - 1)) || t.charAt(before - 1) == '.'))
      before--;
    int after = 0;
    while (after < u.length() && (Character.isDigit(u.charAt(after)) || u.charAt(after) == '.'))
      after++;
    return before > 0
        && Chars.isCjk(t.charAt(before - 1))
        && after < u.length()
        && (Chars.isCjk(u.charAt(after)) || u.charAt(after) == '%' || u.charAt(after) == '‰');
  }

  /** Returns whether both sides of the break are CJK, or neither line has any CJK. */
  private static boolean sameScript(Line a, Line b) {
    if (Chars.isCjk(a.last())) {
      return Chars.isCjk(b.first());
    }
    return a.text().codePoints().noneMatch(Chars::isCjk) && !Chars.isCjk(b.first());
  }

  private static boolean hasComma(Line line) {
    return line.text().indexOf('，') >= 0 || line.text().indexOf(',') >= 0;
  }

  /** Returns for each line the second-largest width among its neighbours within WINDOW lines. */
  private static int[] columnWidths(List<Line> lines) {
    int[] out = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      int first = 0;
      int second = 0;
      for (int j = Math.max(0, i - WINDOW); j <= Math.min(lines.size() - 1, i + WINDOW); j++) {
        int w = lines.get(j).width();
        if (w > first) {
          second = first;
          first = w;
        } else if (w > second) {
          second = w;
        }
      }
      out[i] = second == 0 ? first : second;
    }
    return out;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
    return false;
  }

  /** Digits grouped by thousands: 1,867,680 (of 1,867,680.00). */
  private static final Pattern GROUPED =
      Pattern.compile("(?<![\\d,])\\d{1,3}(?:,\\d{3})+(?![\\d,])");

  /**
   * A number with one or two decimals, not part of a date or section number (2024.03.05, 1.1.2).
   */
  private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])\\d+\\.\\d{1,2}(?![\\d.])");

  /**
   * Returns whether a line holds figures: a number grouped by thousands, or two numbers with
   * decimals — the row of a table ("221 02 03 购房补贴 1,867,680.00 1,867,680.00", "210 11 01 行政单位医疗
   * 60.99 60.99") or a sentence of amounts, which a budget repeats in several tables and at a few
   * page ends: such a line is a running header or page furniture only where it stands at the breaks
   * of half the pages or more (a report's header "经济运行分析 2023.01-2023.12" on every page).
   */
  static boolean holdsFigures(String text) {
    if (!hasDigit(text)) return false;
    if (GROUPED.matcher(text).find()) return true;
    Matcher m = DECIMAL.matcher(text);
    return m.find() && m.find();
  }

  /**
   * Returns the lines that are neither page numbers, repeated running headers nor a table of
   * contents ({@link Contents}).
   */
  private List<Line> keep(List<Line> lines) {
    boolean[] page = new boolean[lines.size()];
    Map<String, Integer> counts = new HashMap<>();
    String[] keys = new String[lines.size()]; // each line's running-header key, or null
    boolean oneWidth = atOneWidth(lines);
    boolean laidOut = oneWidth && wrappedEnds(lines);
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      // each form has a digit; a number between a line that ends with an opening mark and one
      // that starts with closing punctuation is the text's own (a footnote mark "[", "1", "]"), not
      // a page's (a browser's print breaks pages after an opening quote too)
      page[i] =
          hasDigit(text)
              && PAGE_NUMBER.matcher(text).matches()
              && !(i > 0
                  && lines.get(i - 1).endsWithOpener()
                  && i + 1 < lines.size()
                  && lines.get(i + 1).startsWithCloser());
      String key = keys[i] = headerKey(lines.get(i));
      if (key != null) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    // a line that stands only at page breaks is page furniture whatever its width (a browser's
    // print header of date, time and title): Furniture.dropped
    boolean[] atBreak = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) atBreak[i] = nearPageBreak(lines, page, i);
    Map<String, Furniture> furniture = new HashMap<>();
    Furniture[] furnitureOf = new Furniture[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String key = furnitureKey(lines.get(i), laidOut);
      if (key == null) continue;
      int at = i;
      Furniture f = furnitureOf[i] = furniture.computeIfAbsent(key, k -> new Furniture(at));
      f.add(
          lines.get(i).text().replace(" ", ""),
          atBreak[i],
          i + 1 < lines.size() ? lines.get(i + 1).text() : "");
      if (atBreak[i]) f.around(window(lines, i, -1), window(lines, i, 1));
      f.figures |= holdsFigures(lines.get(i).text());
    }
    boolean[] drop = Arrays.copyOf(page, page.length);
    int pages = pages(lines, page);
    Map<String, Integer> keyAtBreaks = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (keys[i] != null && atBreak[i]) keyAtBreaks.merge(keys[i], 1, Integer::sum);
    }
    // a repeated short line is a running header where the text is laid out in pages (a PDF or
    // print extraction), elsewhere only where it shows as one: at two page breaks, or cutting a
    // sentence; the speakers of a transcript and a news file's datelines are the text's own
    Set<String> running = new HashSet<>();
    Map<String, Integer> headerAtBreaks = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String key = keys[i];
      if (key == null || counts.get(key) < headerMinRepeats) continue;
      // a line of figures repeats as a table's row (at a few page ends): a header only on most
      // pages
      if (holdsFigures(lines.get(i).text()) && 2 * keyAtBreaks.getOrDefault(key, 0) < pages) {
        continue;
      }
      Line before = i > 0 ? lines.get(i - 1) : null;
      if (laidOut
          || (oneWidth
              && before != null
              && before.width() > headerMaxWidth
              && !before.endsWithPunctuation())
          || (atBreak[i] && headerAtBreaks.merge(key, 1, Integer::sum) >= 2)) {
        running.add(key);
      }
    }
    Map<String, Boolean> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (furnitureOf[i] != null && furnitureOf[i].dropped(atBreak[i], headerMinRepeats, pages)) {
        drop[i] = true;
        continue;
      }
      String key = keys[i];
      if (key == null || !running.contains(key)) {
        continue;
      }
      boolean first = seen.put(key, Boolean.TRUE) == null;
      drop[i] = !first || atBreak[i];
    }
    Contents.mark(lines, drop);
    // a dropped page number or header leaves its page break on the next kept line
    List<Line> kept = new ArrayList<>();
    int gap = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (drop[i]) {
        gap = Math.max(gap, line.newlinesBefore() + (page[i] ? PAGE_BREAK : 0));
        continue;
      }
      if (gap > line.newlinesBefore() && !kept.isEmpty()) {
        line =
            new Line(
                line.text(), line.indented(), gap, line.width(), line.length(), line.spaceAtEnd());
      }
      kept.add(line);
      gap = 0;
    }
    return kept;
  }

  /**
   * Returns whether the text's long lines (wider than a running header) end inside a sentence
   * (without punctuation) as wrapped lines do: at least two of them, and a quarter. The text is
   * laid out in pages when they also stop at one width ({@link #atOneWidth}).
   */
  private boolean wrappedEnds(List<Line> lines) {
    int longLines = 0;
    int wrapped = 0;
    for (Line line : lines) {
      if (line.width() <= headerMaxWidth) continue;
      longLines++;
      if (!line.endsWithPunctuation()) wrapped++;
    }
    return wrapped >= 2 && 4 * wrapped >= longLines;
  }

  /**
   * Returns whether the long lines that end inside a sentence stop at about one width, as lines
   * wrapped at a column do: at least half of them within a tenth of their median width (true when
   * there is none). Posts of a forum or comments saved one to a line often end without a stop, at
   * whatever width their text has; a short post repeated among them is the text's own, not a
   * running header (战争太残酷了 four times in a month of comments).
   */
  private boolean atOneWidth(List<Line> lines) {
    int[] widths =
        lines.stream()
            .filter(l -> l.width() > headerMaxWidth && !l.endsWithPunctuation())
            .mapToInt(Line::width)
            .sorted()
            .toArray();
    if (widths.length == 0) return true;
    int median = widths[widths.length / 2];
    long near = Arrays.stream(widths).filter(w -> 10 * Math.abs(w - median) <= median).count();
    return 2 * near >= widths.length;
  }

  /** Lines on each side of a line whose text tells a page printed twice from page furniture. */
  private static final int AROUND = 5;

  /**
   * Returns the text of the {@value #AROUND} lines after line {@code i} ({@code step} 1) or before
   * it (-1), as they stand: a page printed twice has the same lines around its lines each time,
   * page furniture has other pages' text (and numbers) around it.
   */
  private static String window(List<Line> lines, int i, int step) {
    StringBuilder out = new StringBuilder();
    for (int k = 1, j = i + step; k <= AROUND && j >= 0 && j < lines.size(); k++, j += step) {
      out.append(lines.get(j).text()).append('\n');
    }
    return out.toString();
  }

  /** Returns the pages of the text: one more than its page numbers or its page breaks. */
  private static int pages(List<Line> lines, boolean[] page) {
    int numbers = 0;
    int breaks = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (page[i]) numbers++;
      if (lines.get(i).newlinesBefore() >= PAGE_BREAK) breaks++;
    }
    return 1 + Math.max(numbers, breaks);
  }

  /** Returns whether a page number or a run of 3+ line breaks lies within two lines of line i. */
  private static boolean nearPageBreak(List<Line> lines, boolean[] page, int i) {
    for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
      if (page[j] || (j > i - 2 && lines.get(j).newlinesBefore() >= PAGE_BREAK)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines of one furniture key ({@link #furnitureKey}): where the first stands, how many there
   * are and how many stand at page breaks, their text when it is the same in all (else ""), and the
   * lines that follow them, and the lines around those at page breaks.
   */
  private static final class Furniture {
    final int first;
    int everywhere;
    int atBreaks;
    String text;
    final Set<String> followers = new HashSet<>();
    boolean figures;
    final Set<String> before = new HashSet<>();
    final Set<String> after = new HashSet<>();

    Furniture(int first) {
      this.first = first;
    }

    void add(String own, boolean atBreak, String follower) {
      everywhere++;
      if (atBreak) atBreaks++;
      text = text == null || text.equals(own) ? own : "";
      followers.add(follower);
    }

    /** Adds the lines before and after one of these lines that stands at a page break. */
    void around(String above, String below) {
      before.add(above);
      after.add(below);
    }

    /**
     * Returns whether a line of this key, standing at a page break or not, is dropped: the key
     * stands at page breaks with other lines before it and other lines after it (not on a page
     * printed twice) and only there, on {@code repeats} pages or more, or on two with a digit in a
     * text that is the same on both (a date or a time, not a signature or a heading that happens to
     * fall at two page ends); or it stands once more among the document's first lines, kept there
     * as its heading: a report's title running over every page, too wide for a running header (a
     * title, before other text on each page: a passage that a compilation repeats has the same line
     * after it each time).
     */
    boolean dropped(boolean atBreak, int repeats, int pages) {
      int elsewhere = everywhere - atBreaks;
      if (figures && 2 * atBreaks < pages) return false; // a table's row at a few page ends
      // a page printed twice puts each of its lines at a break twice, with the same lines after
      // it (a line at the page's top) or before it (at its foot) each time
      return atBreaks >= 2
          && before.size() > 1
          && after.size() > 1
          && ((elsewhere == 0 && (atBreaks >= repeats || hasDigit(text)))
              || (elsewhere == 1
                  && atBreaks >= repeats
                  && first < TITLE_LINES
                  && followers.size() > 1
                  && atBreak));
    }
  }

  /**
   * Returns the key under which a line counts as page furniture when it stands at page breaks: its
   * text without the page number at its end ({@link #PAGE_AT_END}) and without spaces, each run of
   * digits as one "#", up to {@link #WIDEST_COLUMN} columns, not ending with punctuation (but for a
   * bracket it opened itself, in text laid out in pages: {@link #headerKey}), no Chinese-numbered
   * heading, bare list marker or line of hashtags ({@link QuotedTerms#onlyHashtags}); null for
   * other lines.
   */
  private static String furnitureKey(Line line, boolean laidOut) {
    if (line.width() > WIDEST_COLUMN || (laidOut ? endsLikeText(line) : line.endsWithPunctuation()))
      return null;
    String own = line.text();
    char last = own.charAt(own.length() - 1);
    // the page number's pattern looks behind at every place: only a line that ends as one is read
    if ((last >= '0' && last <= '9') || last == 'i' || last == 'v' || last == 'x') {
      own = PAGE_AT_END.matcher(own).replaceFirst("");
    }
    own = own.replace(" ", "");
    if (own.length() < 2
        || CHINESE_ORDINAL.matcher(own).lookingAt()
        || MARKER_ONLY.matcher(own).matches()
        || QuotedTerms.onlyHashtags(own)) {
      return null;
    }
    return DIGITS.matcher(own).replaceAll("#");
  }

  /**
   * Returns whether a line ends as text does, not as a title: with punctuation, except a bracket it
   * opened itself ({@link Line#endsWithOwnBracket}) after no sentence's end.
   */
  private static boolean endsLikeText(Line line) {
    return line.endsSentence() || (line.endsWithPunctuation() && !line.endsWithOwnBracket());
  }

  /**
   * Returns the key under which a line counts as a running-header candidate, or null. A line of
   * hashtags is none (a post's labels, repeated by the posts of a month saved as one file); a line
   * that ends with punctuation is none, even a bracket it opened: repeated, that is a table's cell
   * or a list's item as often (a show's name with its original title in brackets, nine times in a
   * filmography); a title that ends so and stands only at page breaks is page furniture ({@link
   * #furnitureKey}).
   */
  private String headerKey(Line line) {
    String key = line.text().replace(" ", "");
    if (key.length() < 2
        || line.width() > headerMaxWidth
        || line.endsWithPunctuation()
        || CHINESE_ORDINAL.matcher(key).lookingAt()
        || MARKER_ONLY.matcher(key).matches()
        || QuotedTerms.onlyHashtags(key)) {
      return null;
    }
    return key;
  }
}
