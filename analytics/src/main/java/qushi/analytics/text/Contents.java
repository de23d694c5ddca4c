package qushi.analytics.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's table of contents among its lines: the entries that list its headings with the
 * page each starts on. Counted as text, they would count every heading's words once more and open a
 * section per entry. A table of contents is a run of entries whose page numbers never go down, at
 * least {@value #MIN_LEADERED} of them with leaders before the page number ("2.1 插件 . . . . . 2",
 * "第一章 总则……1") or with a long run of leaders and no page number ("一、部门主要职能 …………………", at least
 * {@value #PAGELESS_ELLIPSES} ellipses or {@value #PAGELESS_DOTS} dots: its writer left the pages
 * out); the other entries are a numbered heading and its page ("3进行一些录制3", "第二章 规划 5") or the first
 * line of a title that wraps onto the next entry. After a heading "目录", "目次" or "Contents" two
 * entries are enough, leaders or not (a word processor's table of contents, whose leaders are a
 * tab). The heading goes with the run. A page number is arabic, or roman (i, ii, … in small or
 * capital letters) for the front matter, which comes first. A table of contents that gives each
 * heading the range of numbered paragraphs it holds ("以人为本 12-14", as reports that number their
 * paragraphs have it) is found by its ranges ({@link #markRanges}).
 */
final class Contents {
  private Contents() {}

  /** Fewest entries with leaders that make a run a table of contents without a heading. */
  static final int MIN_LEADERED = 3;

  /** Leaders: dots and middle dots (four or more), or ellipses (two or more). */
  private static final String DOTS = ".．·・•⋅";

  private static final String ELLIPSES = "…‥⋯";

  /** Roman page numbers' letters. */
  private static final String ROMAN = "ivxIVX";

  /** The number that opens a numbered heading: 1, 2.1, 3.1.4, 第一章, 第二节, 第三部分, 一、, （一）, 附录 A. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?"
              + "|第[一二三四五六七八九十百零〇\\d]{1,4}\\s?(?:章|节|篇|部分|编)"
              + "|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[)）]"
              + "|附录\\s?[A-Z\\d]?)");

  /** Marks inside a sentence that no entry's title has. */
  private static final String SENTENCE = "，。；！？,;!?";

  /** Marks that end a sentence, which no wrapped title has. */
  private static final String ENDS = "。；！？;!?";

  /** The heading of a table of contents, spaces removed and lower-cased. */
  private static final Pattern HEADING = Pattern.compile("目录|目次|contents|tableofcontents");

  /** Widest entry without leaders, in display columns: 36 CJK characters. */
  private static final int ENTRY_WIDTH = 72;

  /** An entry's page: not an entry. */
  private static final int NONE = -1;

  /**
   * An entry's page: none given, the leaders run to the line's end ("一、部门主要职能 …………", a page number
   * its writer left out); it does not take part in the order of the pages.
   */
  private static final int PAGELESS = -2;

  /** Fewest leaders at a line's end that make it an entry without a page: dots, or ellipses. */
  private static final int PAGELESS_DOTS = 12;

  private static final int PAGELESS_ELLIPSES = 6;

  /**
   * Marks in {@code drop} the lines of {@code lines} that are a table of contents and its heading;
   * lines already marked are passed over (a page number between two pages of the table).
   */
  static void mark(List<Line> lines, boolean[] drop) {
    int n = lines.size();
    int[] page = new int[n]; // each line's page as an entry, or NONE
    boolean[] leaders = new boolean[n];
    for (int k = 0; k < n; k++) {
      page[k] = leaderedPage(lines.get(k).text());
      leaders[k] = page[k] != NONE;
      if (!leaders[k]) page[k] = numberedPage(lines.get(k));
    }
    int i = 0;
    while (i < n) {
      if (drop[i] || page[i] == NONE) {
        i++;
        continue;
      }
      int start = i;
      int before = previous(drop, i);
      if (before >= 0 && wraps(lines, drop, page, leaders, before, 0)) start = before;
      int heading = previous(drop, start);
      boolean headed = heading >= 0 && isHeading(lines.get(heading));
      int leadered = 0;
      int entries = 0;
      int last = 0; // the last entry's page
      int end = i; // the run is start .. end - 1, dropped lines included
      for (int j = i; j < n; j++) {
        if (drop[j]) continue;
        if (page[j] == NONE) {
          if (!wraps(lines, drop, page, leaders, j, last)) break;
        } else {
          if (page[j] != PAGELESS) {
            if (page[j] < last) break; // pages only go up
            last = page[j];
          }
          if (leaders[j]) leadered++;
          entries++;
        }
        end = j + 1;
      }
      if (leadered >= MIN_LEADERED || (headed && entries >= 2)) {
        for (int j = start; j < end; j++) drop[j] = true;
        if (headed) drop[heading] = true;
      }
      i = Math.max(end, i + 1);
    }
    markRanges(lines, drop);
  }

  /** Fewest entries that end in a range ("以人为本 12-14") that make a run a table of contents. */
  static final int MIN_RANGED = 3;

  /** A range of paragraphs or pages at a line's end: "1-18", "12–14", "90 至 91". */
  private static final Pattern RANGE = Pattern.compile("(\\d{1,4})\\s*[-–—~～至]\\s*(\\d{1,4})\\s*$");

  /** A number at a line's end, after something else. */
  private static final Pattern LAST_NUMBER = Pattern.compile("(?<!\\d)(\\d{1,4})\\s*$");

  /** The label of a contents' column of numbers, between its heading and its entries. */
  private static final Pattern COLUMN =
      Pattern.compile("段落|段|段次|页|页次|页码|頁|頁次|頁碼|page|pages|para|paragraphs?");

  /**
   * Marks in {@code drop} the tables of contents that give each heading its range of numbered
   * paragraphs (or pages): "（一）引言 1-18", "愿景 1-10", "前提 11", "以人为本 12-14", "（二）经济发展 19-48" … A run
   * of short lines each ending in a range or a number, where each starts at most one past the
   * highest number before it and not below the start before it (the ranges cover the numbers in
   * order, a heading's range holding its subheadings'), from 1 or 2, with at least {@value
   * #MIN_RANGED} ranges, is one; a table of figures leaves gaps between its rows. Its heading goes
   * with it (目录, with a column label such as 段落 under it, or none).
   */
  private static void markRanges(List<Line> lines, boolean[] drop) {
    int n = lines.size();
    int i = 0;
    while (i < n) {
      int[] first = drop[i] ? null : range(lines.get(i));
      if (first == null || first[0] > 2) {
        i++;
        continue;
      }
      int ranged = first[2];
      int lastStart = first[0];
      int highest = first[1];
      int end = i + 1;
      for (int j = i + 1; j < n; j++) {
        if (drop[j]) continue;
        int[] r = range(lines.get(j));
        if (r == null || r[0] < lastStart || r[0] > highest + 1) break;
        lastStart = r[0];
        highest = Math.max(highest, r[1]);
        if (r[2] == 1) ranged++;
        end = j + 1;
      }
      if (ranged >= MIN_RANGED) {
        for (int j = i; j < end; j++) drop[j] = true;
        int heading = previous(drop, i);
        if (heading >= 0 && isColumnLabel(lines.get(heading).text())) {
          int label = heading;
          heading = previous(drop, heading);
          if (heading >= 0 && isHeading(lines.get(heading))) drop[label] = true;
        }
        if (heading >= 0 && isHeading(lines.get(heading))) drop[heading] = true;
      }
      i = Math.max(end, i + 1);
    }
  }

  /**
   * Returns {start, end, 1} of an entry that ends in a range, {number, number, 0} of one that ends
   * in a number, or null: a short line without a sentence's marks, a title of two characters or
   * more before the numbers.
   */
  private static int[] range(Line line) {
    if (!titleShaped(line, SENTENCE)) return null;
    String text = line.text();
    Matcher m = RANGE.matcher(text);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      String title = text.substring(0, m.start()).strip();
      if (a > b || title.length() < 2 || Chars.isAsciiDigit(title.charAt(title.length() - 1))) {
        return null;
      }
      return new int[] {a, b, 1};
    }
    m = LAST_NUMBER.matcher(text);
    if (!m.find() || text.substring(0, m.start()).strip().length() < 2) return null;
    int a = Integer.parseInt(m.group(1));
    return new int[] {a, a, 0};
  }

  private static boolean isColumnLabel(String text) {
    return COLUMN.matcher(compact(text)).matches();
  }

  /** The marker of a list entry: 1. 2、 （1） (2) 一、 第一章. */
  private static final Pattern ENTRY =
      Pattern.compile(
          "(?:\\d{1,2}[.、]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
              + "|第[一二三四五六七八九十百零〇\\d]{1,4}\\s?(?:章|节|篇|部分|编))\\s*");

  /** Marks that may end a list entry, not its heading. */
  private static final String ENTRY_ENDS = "；;。，,:：、";

  /** Fewest characters of a listed heading: shorter ones recur by chance. */
  static final int MIN_LISTED = 4;

  /**
   * Returns the paragraphs without the entries of a list of the document's own headings: a news
   * programme's summary ("1.国家卫生健康委通报最新疫情；", each item then a heading of its own) or a table of
   * contents without page numbers, with its heading ("目录"). An entry is a paragraph that opens with
   * a list marker; it lists a heading when, without its marker, spaces and the mark at its end, it
   * reads as a later paragraph that ends no sentence or clause and asks for no more (that
   * paragraph's own marker also set aside), another such entry or one that ends no sentence stands
   * next to it, and at least two entries of the document list headings (one paragraph that repeats
   * another is no list, a law's list item repeated in a later article ends with its semicolon both
   * times, and a numbered heading repeated in each part of a document is followed by its text). The
   * headings stay; their entries would count every heading's words once more. Where such entries
   * are at least half of their list's, the list goes as a whole ({@link #withWholeLists}).
   * Paragraphs, not lines: the first line of a wrapped paragraph is no heading.
   */
  static List<String> withoutListedHeadings(List<String> paragraphs) {
    int n = paragraphs.size();
    String[] key = new String[n];
    boolean[] entry = new boolean[n];
    Map<String, Integer> lastHeading = new HashMap<>();
    for (int k = 0; k < n; k++) {
      String text = paragraphs.get(k);
      Matcher m = ENTRY.matcher(text);
      entry[k] = m.lookingAt() && m.end() < text.length();
      key[k] = listedKey(entry[k] ? text.substring(m.end()) : text);
      if (key[k].length() >= MIN_LISTED && !text.isEmpty() && !Line.endsMarked(text)) {
        lastHeading.put(key[k], k);
      }
    }
    boolean[] lists = new boolean[n];
    for (int k = 0; k < n; k++) {
      lists[k] =
          entry[k] && key[k].length() >= MIN_LISTED && lastHeading.getOrDefault(key[k], -1) > k;
    }
    // in a list: an entry that lists a heading, or one that ends no sentence, stands before or
    // after it (a heading repeated in each part is followed by its text, "1.加强合作。" or not
    // numbered; a summary's item that heads nothing, "5.二十大代表风采：", stays in its list)
    boolean[] item = new boolean[n];
    for (int k = 0; k < n; k++) {
      String text = paragraphs.get(k);
      item[k] = lists[k] || (entry[k] && !Line.endsSentence(text, text.length()));
    }
    boolean[] drop = new boolean[n];
    int listed = 0;
    for (int k = 0; k < n; k++) {
      if (lists[k] && ((k > 0 && item[k - 1]) || (k + 1 < n && item[k + 1]))) {
        drop[k] = true;
        listed++;
      }
    }
    if (listed < 2) return paragraphs;
    withWholeLists(paragraphs, entry, key, drop);
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      // the list's heading goes with it
      boolean heading = k + 1 < n && drop[k + 1] && !drop[k] && isHeading(paragraphs.get(k));
      if (!drop[k] && !heading) out.add(paragraphs.get(k));
    }
    return out;
  }

  /**
   * Marks in {@code drop} the rest of each list whose entries list headings (those {@code drop}
   * holds), when at least half of the list's entries list headings: its other entries (a summary's
   * item whose heading reads otherwise, "12.伊朗称…；", or that heads nothing, "13.大美中国。") and the
   * paragraphs an entry goes on in after a colon ("8.消博会：" "跨国企业看好中国消费大市场；"). Half a summary
   * dropped would count the words of some items twice and of others once. A list is the run of such
   * paragraphs around its listed entries; it ends before a paragraph that is neither, and before an
   * entry that reads as one of the document's listed entries (the heading it lists, numbered as in
   * the list, where the text begins).
   */
  private static void withWholeLists(
      List<String> paragraphs, boolean[] entry, String[] key, boolean[] drop) {
    int n = paragraphs.size();
    Set<String> listed = new HashSet<>();
    for (int k = 0; k < n; k++) if (drop[k]) listed.add(key[k]);
    // an item's text that goes on after a colon, in one paragraph or more
    // ("2.【…】贵州：" "抓好特色农业 … 吉林：" "延链增效 加快壮大富民产业；")
    boolean[] goesOn = new boolean[n];
    for (int j = 1; j < n; j++) {
      String before = paragraphs.get(j - 1);
      goesOn[j] =
          !entry[j]
              && (entry[j - 1] || goesOn[j - 1])
              && (before.endsWith("：") || before.endsWith(":"));
    }
    int k = 0;
    while (k < n) {
      if (!drop[k]) {
        k++;
        continue;
      }
      int start = k;
      while (start > 0 && inList(entry, goesOn, key, drop, listed, start - 1)) start--;
      int end = k + 1;
      while (end < n && inList(entry, goesOn, key, drop, listed, end)) end++;
      int entries = 0;
      int listing = 0;
      for (int j = start; j < end; j++) {
        if (entry[j]) entries++;
        if (drop[j]) listing++;
      }
      if (2 * listing >= entries) Arrays.fill(drop, start, end, true);
      k = end;
    }
  }

  /**
   * Returns whether paragraph {@code j} belongs to a list next to it ({@link #withWholeLists}): a
   * listed entry, another entry that does not read as a listed one, or an entry's text going on
   * after its colon.
   */
  private static boolean inList(
      boolean[] entry, boolean[] goesOn, String[] key, boolean[] drop, Set<String> listed, int j) {
    if (drop[j]) return true;
    return entry[j] ? !listed.contains(key[j]) : goesOn[j];
  }

  /**
   * Returns an entry's or a heading's text without spaces, without a Markdown heading's marks
   * before it ("### ") and without the mark at its end.
   */
  private static String listedKey(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int start = 0;
    while (start < text.length() && text.charAt(start) == '#') start++;
    for (int k = start; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\u3000') b.append(c);
    }
    while (!b.isEmpty() && ENTRY_ENDS.indexOf(b.charAt(b.length() - 1)) >= 0)
      b.setLength(b.length() - 1);
    return b.toString();
  }

  /**
   * Returns the page of an entry without leaders, or {@link #NONE}: a numbered heading of at most
   * {@value #ENTRY_WIDTH} columns with its page after it.
   */
  private static int numberedPage(Line line) {
    // a heading may hold a comma between its clauses (五、认真做好金融工作，防范和化解金融风险), not a
    // sentence's end
    if (!titleShaped(line, ENDS)) return NONE;
    String text = line.text();
    int e = text.length();
    int s = e;
    while (s > 0 && Chars.isAsciiDigit(text.charAt(s - 1)) && e - s < 5) s--;
    if (s == e || e - s > 4) return NONE;
    Matcher m = NUMBERED.matcher(text);
    if (!m.lookingAt() || m.end() > s || text.substring(m.end(), s).strip().length() < 2) {
      return NONE;
    }
    return Integer.parseInt(text.substring(s, e));
  }

  /**
   * Returns whether line {@code j}, no entry, is the first line of a title that wraps onto the next
   * line, an entry with leaders whose page is not below {@code last}.
   */
  private static boolean wraps(
      List<Line> lines, boolean[] drop, int[] page, boolean[] leaders, int j, int last) {
    int next = next(drop, j);
    return next >= 0
        && page[j] == NONE
        && leaders[next]
        && (page[next] >= last || page[next] == PAGELESS)
        && titleShaped(lines.get(j), ENDS);
  }

  /**
   * Returns whether a line could be (part of) an entry's title: short, none of {@code marks} in it
   * ({@link #SENTENCE} for a whole entry; a wrapped title's first line may hold a comma).
   */
  private static boolean titleShaped(Line line, String marks) {
    if (line.width() > ENTRY_WIDTH || line.endsWithPunctuation()) return false;
    String text = line.text();
    for (int k = 0; k < text.length(); k++) if (marks.indexOf(text.charAt(k)) >= 0) return false;
    return true;
  }

  /**
   * Returns {@link #PAGELESS} when the text (to {@code e}) ends with a long run of leaders after a
   * title, else {@link #NONE}.
   */
  private static int pageless(String text, int e) {
    Leaders l = leaders(text, e);
    boolean leadered = l.dots() >= PAGELESS_DOTS || l.ellipses() >= PAGELESS_ELLIPSES;
    return leadered && !text.substring(0, l.start()).isBlank() ? PAGELESS : NONE;
  }

  /** The leaders that end a text: where they start, and how many dots and ellipses they hold. */
  private record Leaders(int start, int dots, int ellipses) {}

  /** Returns the leaders (dots, ellipses and spaces) that end {@code text} at {@code end}. */
  private static Leaders leaders(String text, int end) {
    int k = end;
    int dots = 0;
    int ellipses = 0;
    for (; k > 0; k--) {
      char c = text.charAt(k - 1);
      if (DOTS.indexOf(c) >= 0) dots++;
      else if (ELLIPSES.indexOf(c) >= 0) ellipses++;
      else if (!Character.isWhitespace(c)) break;
    }
    return new Leaders(k, dots, ellipses);
  }

  /**
   * Returns the page of an entry with leaders (0 for a roman one), {@link #PAGELESS} for one whose
   * leaders run to its end, or {@link #NONE}: a title, leaders and a page number at the end. A scan
   * from the end, not a pattern: a line of thousands of dots costs one pass.
   */
  private static int leaderedPage(String text) {
    int e = text.length();
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
    int s = e;
    while (s > 0 && Chars.isAsciiDigit(text.charAt(s - 1)) && e - s < 5) s--;
    int page;
    if (s < e) {
      if (e - s > 4) return NONE;
      page = Integer.parseInt(text.substring(s, e));
    } else {
      while (s > 0 && ROMAN.indexOf(text.charAt(s - 1)) >= 0 && e - s < 7) s--;
      String roman = text.substring(s, e);
      if (roman.isEmpty()) return pageless(text, e);
      if (roman.length() > 6
          || !(roman.equals(roman.toLowerCase(Locale.ROOT))
              || roman.equals(roman.toUpperCase(Locale.ROOT)))) {
        return NONE;
      }
      page = 0;
    }
    Leaders l = leaders(text, s);
    // too few leaders, or none right before the page
    if (l.dots() < 4 && l.ellipses() < 2) return NONE;
    return text.substring(0, l.start()).isBlank() ? NONE : page;
  }

  private static boolean isHeading(Line line) {
    return isHeading(line.text());
  }

  private static boolean isHeading(String text) {
    return HEADING.matcher(compact(text)).matches();
  }

  /** Returns {@code text} without spaces, in lower case: "目 录", "Contents" → "目录", "contents". */
  private static String compact(String text) {
    return text.replace(" ", "").replace("\u3000", "").toLowerCase(Locale.ROOT);
  }

  /** Returns the last line before {@code i} that is not dropped, or -1. */
  private static int previous(boolean[] drop, int i) {
    for (int j = i - 1; j >= 0; j--) if (!drop[j]) return j;
    return -1;
  }

  /** Returns the first line after {@code i} that is not dropped, or -1. */
  private static int next(boolean[] drop, int i) {
    for (int j = i + 1; j < drop.length; j++) if (!drop[j]) return j;
    return -1;
  }
}
