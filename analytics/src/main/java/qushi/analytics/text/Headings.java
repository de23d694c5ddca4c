package qushi.analytics.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qushi.analytics.internal.Punctuation;

/**
 * Finds the headings of a cleaned text without editor's notes and cuts it into sections at them. A
 * paragraph is a heading when it is one of these:
 *
 * <ul>
 *   <li><b>A numbered heading on its own line</b>: it starts with a number in one of the common
 *       styles — 第一部分 / 第一编 / 第一篇 / 第一章 / 第一节, 一、, （一）, 1. (also 1、 and 1．), 1.1 (and 1.1.1), or a
 *       Markdown {@code #} — is at most {@value Splitter#TITLE_MAX} characters long and has no
 *       sentence end inside (one 。！？ at its very end is allowed: "（二）加强供给侧结构性改革，增强持续增长动力。"), and
 *       does not end with ：，、 (a lead-in to a list, not a title).
 *   <li><b>A run-in heading</b>: a paragraph that starts with 一、 or （一） whose first sentence, up to
 *       。！？, is at most {@value Splitter#TITLE_MAX} characters and is followed by more text
 *       ("（一）深化供给侧结构性改革。建设现代化经济体系，必须……"); the title is that first sentence. Arabic numbers are not
 *       taken as run-in headings: "1. …；" in running text is a list item.
 *   <li><b>A short title line followed by body text</b>: at most {@value #TITLE_LINE_MAX}
 *       characters with at least two Chinese characters, no 。！？；… anywhere, not ending with ：，、,
 *       and followed by a paragraph of at least {@value #BODY_MIN} characters (a headline and its
 *       article).
 * </ul>
 *
 * Numbers must go forwards within a style: a numbered paragraph is a heading when its number is 1
 * (a new series) or greater than the last heading of that style (of the same parent for 1.1), so
 * that a stray "三、" in running text after "五、", or the "13." of a list whose other items end with
 * ；, does not start a section. Before the first paragraph of body text a Chinese number of any
 * value opens (二、, （三）, 第四章): a chapter saved as a file of its own starts at its own number
 * ("二、促进社会主义经济的全面高涨"); an Arabic one does not ("12.3万亿元", "2．各级政府要……"). Markdown headings ({@code
 * ##} + text; a {@code #hashtag#} is not one) are not numbered. The title is the heading without
 * final punctuation and without Markdown {@code #} marks.
 *
 * <p>Numbered lines of one style one after the other, with no text between them, are a <b>list</b>,
 * not headings: the items of a post ("1. #话题#", "2. …"), a table of contents; so is the line
 * numbered next after a numbered paragraph that ends with ； (a law's "（六）…的；" and its last item
 * "（七）…的。", which text follows). A heading heads text; run-in headings carry theirs and stay
 * headings when they follow one another.
 */
final class Headings {
  /** Longest unnumbered title line, in characters. */
  static final int TITLE_LINE_MAX = 30;

  /** Shortest paragraph that counts as body text after a title line, in characters. */
  static final int BODY_MIN = 100;

  private static final String CN_DIGITS = "零〇一二三四五六七八九十百两";

  private static final Pattern ORDINAL =
      Pattern.compile("第([" + CN_DIGITS + "]{1,4}|\\d{1,3})\\s?(部分|编|篇|章|节)");

  /** The numerals of the 一、 and （一） styles. */
  private static final String SMALL_NUMERALS = "一二三四五六七八九十";

  private static final Pattern CHINESE = Pattern.compile("([" + SMALL_NUMERALS + "]{1,3})、");
  private static final Pattern CHINESE_PAREN =
      Pattern.compile("[（(]([" + SMALL_NUMERALS + "]{1,3})[）)]");
  private static final Pattern DOTTED =
      Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){1,2})(?![\\d.．%])\\s?");
  private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})[.．、](?![\\d.．%])\\s?");

  /**
   * A Markdown heading, with a space after its marks as CommonMark writes it or without one as
   * Chinese texts often do ("#工作安排") — but then with no other {@code #} in it ("#话题# 今天" is a
   * hashtag, as forum posts and microblogs write them, and keeps its marks) and, when a Latin
   * letter or digit follows the marks, with a Chinese character in it ("#5G发展" is a heading,
   * "#include &lt;stdio.h&gt;" is code and "#1" a number).
   */
  private static final Pattern MARKDOWN =
      Pattern.compile(
          "#{1,6}(?:\\s+([^#\\s].*[^#]|[^#\\s])"
              + "|(?=[^A-Za-z0-9]|[^#]*\\p{IsHan})([^#\\s](?:[^#]*[^#\\s])?))");

  /** Marks a title may not end with: a lead-in to a list or a clause that continues. */
  private static final String OPEN_ENDS = "：:，,、";

  private Headings() {}

  /**
   * Returns the sections of {@code text} (paragraph spans {@code paragraphs}) cut at its headings;
   * one untitled section when it has none.
   */
  static List<Section> sections(String text, List<int[]> paragraphs) {
    return sections(text, paragraphs, Set.of());
  }

  /**
   * Returns the sections of {@code text} as {@link #sections(String, List)} does, where the numbers
   * of the styles {@code paragraphNumbers} number paragraphs, not run-in headings; and again with
   * more of them when a series of run-in headings runs on across unnumbered headings ({@link
   * #runsOn}).
   */
  private static List<Section> sections(
      String text, List<int[]> paragraphs, Set<String> paragraphNumbers) {
    List<int[]> starts = new ArrayList<>(); // {paragraph}, titles alongside
    List<String> titles = new ArrayList<>();
    List<Head> heads = new ArrayList<>(); // per heading, its number and whether it is run in
    Map<String, Integer> last = new HashMap<>();
    boolean opening = true;
    Numbering item = null; // the number of the line before, when it is a numbered line alone
    Integer beforeList = null; // the last heading number of its style before that line
    // the paragraph before ends with a colon, or is a numbered item of the list such a paragraph
    // opened: its numbered paragraphs are items however long (a law's "应当遵循以下原则：" then
    // "（一）公正高效原则。严格依法……" to "（五）……", which went on as a section over the articles
    // after it)
    boolean listOpen = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      String para = text.substring(paragraphs.get(p)[0], paragraphs.get(p)[1]).strip();
      String next =
          p + 1 < paragraphs.size()
              ? text.substring(paragraphs.get(p + 1)[0], paragraphs.get(p + 1)[1]).strip()
              : "";
      Numbering n = para.isEmpty() || !(standsAlone(para) || listOpen) ? null : numbering(para);
      listOpen = !para.isEmpty() && (opensList(para) || (listOpen && n != null));
      String title;
      if (n != null
          && item != null
          && n.style().equals(item.style())
          && n.value() == item.value() + 1) {
        // a list: the line before (if still taken for a heading) and this one are items, and their
        // numbers no heading's
        if (!starts.isEmpty() && starts.getLast()[0] == p - 1) {
          starts.removeLast();
          titles.removeLast();
          heads.removeLast();
        }
        if (beforeList == null) last.remove(n.style());
        else last.put(n.style(), beforeList);
        title = null;
      } else {
        if (n != null) beforeList = last.get(n.style());
        // before the first body paragraph a Chinese number of any value opens (a chapter saved as
        // a file: "二、…")
        title = heading(para, next, last, opening, paragraphNumbers);
      }
      item = n;
      // a numbered paragraph that ends with a semicolon, no run-in heading, is a list item too,
      // though too long to be a heading: the next number after it is the list's next item (a law's
      // "（六）…的；", then
      // "（七）…的。", its last, followed by text), not a heading
      if (n == null && title == null && !para.isEmpty() && endsClause(para)) {
        item = numbering(para);
        if (item != null) beforeList = last.get(item.style());
      }
      Numbering number = title == null ? null : numbering(para);
      if (title != null
          && number == null
          && dateline(para)
          && !starts.isEmpty()
          && starts.getLast()[0] == p - 1) {
        continue; // the dateline under a title: no title, and no body text either
      }
      if (title != null) {
        starts.add(new int[] {p});
        titles.add(title);
        heads.add(new Head(number, number != null && number.runIn() && !standsAlone(para)));
      } else {
        opening = false;
      }
    }
    Set<String> more = runsOn(heads);
    if (!paragraphNumbers.containsAll(more)) {
      Set<String> all = new HashSet<>(paragraphNumbers);
      all.addAll(more);
      return sections(text, paragraphs, all);
    }
    List<Section> out = new ArrayList<>();
    int first = starts.isEmpty() ? text.length() : paragraphs.get(starts.get(0)[0])[0];
    if (first > 0) out.add(new Section("", 0, first));
    for (int k = 0; k < starts.size(); k++) {
      int start = paragraphs.get(starts.get(k)[0])[0];
      int end = k + 1 < starts.size() ? paragraphs.get(starts.get(k + 1)[0])[0] : text.length();
      out.add(new Section(titles.get(k), start, end));
    }
    return out;
  }

  /**
   * Returns the title if paragraph {@code para} (followed by {@code next}) is a heading, else null;
   * records the numbers of accepted numbered headings in {@code last} (null: numbers not checked).
   * While {@code opening} (no body paragraph yet) a Chinese number of any value opens.
   */
  static String heading(String para, String next, Map<String, Integer> last, boolean opening) {
    return heading(para, next, last, opening, Set.of());
  }

  /**
   * A heading as {@link #runsOn} reads it: its number (null for a Markdown heading or a title line)
   * and whether it is run in (its paragraph goes on after the title).
   */
  record Head(Numbering number, boolean runIn) {}

  /** Continuations across unnumbered headings that make a series paragraph numbers. */
  static final int RUN_ON = 2;

  /**
   * Returns the runs-on styles among the headings: those of which a run-in heading follows the
   * run-in heading numbered one less with an unnumbered heading (Markdown, or a title line) between
   * them at least {@value #RUN_ON} times (（八）, "## 问题的根据", （九）). Numbers that go on across the
   * titled sections, not starting again under each, number the paragraphs of the whole text (the
   * 120 paragraphs of an essay in sections of its own); a numbered heading between them (a part,
   * 二、, of a plan whose （N） run on through its parts) or a single unnumbered one (a sub-heading)
   * does not make them so.
   */
  static Set<String> runsOn(List<Head> heads) {
    Map<String, Integer> lastValue = new HashMap<>();
    Set<String> crossed = new HashSet<>();
    Map<String, Integer> continued = new HashMap<>();
    for (Head h : heads) {
      if (h.number() == null) {
        crossed.addAll(lastValue.keySet());
        continue;
      }
      if (!h.runIn()) continue;
      String style = h.number().style();
      Integer before = lastValue.put(style, h.number().value());
      if (before != null && h.number().value() == before + 1 && crossed.contains(style)) {
        continued.merge(style, 1, Integer::sum);
      }
      crossed.remove(style);
    }
    Set<String> out = new HashSet<>();
    continued.forEach(
        (style, n) -> {
          if (n >= RUN_ON) out.add(style);
        });
    return out;
  }

  private static String heading(
      String para,
      String next,
      Map<String, Integer> last,
      boolean opening,
      Set<String> paragraphNumbers) {
    if (para.isEmpty()) return null;
    Mark mark = mark(para, last, opening, paragraphNumbers);
    if (mark != null) return mark.title();
    return titleLine(para, next) ? para : null;
  }

  /**
   * Returns {@code text} without the Markdown marks of the headings that start its {@code sections}
   * ("## 工作安排" → "工作安排": the marks did their work when the sections were found, and would otherwise
   * stand in context lines and passages), and without those of any other line that is a Markdown
   * heading ("### 《求是》杂志出版专刊发表……", too long for a title; "###还没全面替换UIWebView？苹果又给我们续了一命！", a page's
   * heading with sentence marks, its space gone in cleanup), with the sections moved to match. A
   * line that starts with {@code #} otherwise keeps it ("#话题#", "#include").
   */
  static SectionedText withoutMarks(String text, List<Section> sections) {
    List<int[]> cuts = new ArrayList<>();
    for (int i = 0; i < text.length(); i = text.indexOf('\n', i) + 1) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = text.length();
      if (text.charAt(i) == '#') {
        String line = text.substring(i, lineEnd);
        if (markdown(line) != null) {
          int j = i;
          while (j < lineEnd && text.charAt(j) == '#') j++;
          while (j < lineEnd && Character.isWhitespace(text.charAt(j))) j++;
          cuts.add(new int[] {i, j});
        }
      }
      if (lineEnd == text.length()) break;
    }
    if (cuts.isEmpty()) return new SectionedText(text, sections);
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int[] c : cuts) {
      out.append(text, from, c[0]);
      from = c[1];
    }
    out.append(text, from, text.length());
    List<Section> moved = new ArrayList<>(sections.size());
    for (Section s : sections) {
      moved.add(
          new Section(s.title(), s.start() - cut(cuts, s.start()), s.end() - cut(cuts, s.end())));
    }
    return new SectionedText(out.toString(), moved);
  }

  /** Returns the characters the {@code cuts} remove before {@code offset}. */
  private static int cut(List<int[]> cuts, int offset) {
    int n = 0;
    for (int[] c : cuts) if (c[1] <= offset) n += c[1] - c[0];
    return n;
  }

  /** A paragraph's own mark read as a heading: its title, or null when it is none after all. */
  private record Mark(String title) {}

  /**
   * Returns the reading of the paragraph's own mark — Markdown {@code #} or a number of any style —
   * or null when it has none.
   */
  private static Mark mark(
      String para, Map<String, Integer> last, boolean opening, Set<String> paragraphNumbers) {
    Matcher m = markdown(para);
    if (m != null) {
      String title = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      return new Mark(standsAlone(title) ? trimEnd(title) : null);
    }
    Numbering n = numbering(para);
    return n == null ? null : new Mark(numbered(para, n, last, opening, paragraphNumbers));
  }

  /**
   * The number a paragraph opens with.
   *
   * @param style its style: 第 and the unit (第章), 一、, （一）, 1.1: and the parent's number, 1.
   * @param value its value
   * @param runIn whether the style can head a paragraph of text after its first sentence
   */
  record Numbering(String style, int value, boolean runIn) {}

  /** Returns the number the paragraph opens with, or null when it opens with none. */
  private static Numbering numbering(String para) {
    if (para.isEmpty()) return null;
    // each style opens with a character of its own: a pattern is tried only where it can match
    char first = para.charAt(0);
    Matcher m;
    if (first == '第') {
      return (m = ORDINAL.matcher(para)).lookingAt()
          ? new Numbering("第" + m.group(2), chineseNumber(m.group(1)), false)
          : null;
    }
    if (SMALL_NUMERALS.indexOf(first) >= 0) {
      return (m = CHINESE.matcher(para)).lookingAt()
          ? new Numbering("一、", chineseNumber(m.group(1)), true)
          : null;
    }
    if (first == '（' || first == '(') {
      return (m = CHINESE_PAREN.matcher(para)).lookingAt()
          ? new Numbering("（一）", chineseNumber(m.group(1)), true)
          : null;
    }
    if (first < '0' || first > '9') return null;
    if ((m = DOTTED.matcher(para)).lookingAt()) {
      String number = m.group(1);
      int dot = number.lastIndexOf('.');
      return new Numbering(
          "1.1:" + number.substring(0, dot), Integer.parseInt(number.substring(dot + 1)), false);
    }
    if ((m = ARABIC.matcher(para)).lookingAt()) {
      return new Numbering("1.", Integer.parseInt(m.group(1)), false);
    }
    return null;
  }

  /**
   * Returns whether the paragraph (followed by {@code next}) has the shape of a heading of any
   * style, whatever the numbers of the headings before it.
   */
  static boolean looksLikeHeading(String para, String next) {
    return heading(para.strip(), next.strip(), null, false) != null;
  }

  /**
   * Returns whether the paragraph is a Markdown heading ({@code #} marks; see {@link #MARKDOWN}).
   */
  static boolean looksLikeMarkdownHeading(String para) {
    return markdown(para.strip()) != null;
  }

  /**
   * Returns the match of {@link #MARKDOWN} on the whole line, or null when it is no Markdown
   * heading; a line that does not open with {@code #} is not matched at all.
   */
  private static Matcher markdown(String line) {
    if (!line.startsWith("#")) return null;
    Matcher m = MARKDOWN.matcher(line);
    return m.matches() ? m : null;
  }

  /**
   * Returns whether the paragraph is a heading by a mark of its own — a number of any style or a
   * Markdown {@code #} — rather than only by being a short line before body text.
   */
  static boolean looksLikeMarkedHeading(String para) {
    String p = para.strip();
    Mark mark = p.isEmpty() ? null : mark(p, null, false, Set.of());
    return mark != null && mark.title() != null;
  }

  private static String numbered(
      String para,
      Numbering n,
      Map<String, Integer> last,
      boolean opening,
      Set<String> paragraphNumbers) {
    String style = n.style();
    int number = n.value();
    if (number <= 0) return null;
    Integer previous = last == null ? null : last.get(style);
    if (last != null
        && number != 1
        && !(opening && !style.startsWith("1."))
        && (previous == null || number <= previous)) {
      return null;
    }
    String title = null;
    if (standsAlone(para)) {
      title = trimEnd(para);
    } else if (n.runIn() && !paragraphNumbers.contains(style)) {
      int end = firstSentenceEnd(para);
      if (end > 0 && length(para.substring(0, end)) <= Splitter.TITLE_MAX && end < para.length()) {
        title = para.substring(0, end - 1).strip();
      }
    }
    if (title != null && last != null) last.put(style, number);
    return title;
  }

  /** Returns whether the paragraph ends with a colon, as the lead-in to a list does. */
  private static boolean opensList(String para) {
    char end = para.charAt(para.length() - 1);
    return end == '：' || end == ':';
  }

  /** Returns whether the paragraph ends with a semicolon, as a list item does. */
  private static boolean endsClause(String para) {
    char end = para.charAt(para.length() - 1);
    return end == '；' || end == ';';
  }

  /** Returns whether the paragraph is short and has no sentence end but perhaps its last mark. */
  private static boolean standsAlone(String para) {
    if (length(para) > Splitter.TITLE_MAX) return false;
    char end = para.charAt(para.length() - 1);
    if (OPEN_ENDS.indexOf(end) >= 0) return false;
    String inner = Punctuation.SENTENCE_FINAL.indexOf(end) >= 0 ? trimEnd(para) : para;
    return !inner.isEmpty() && !Punctuation.hasUnitEnd(inner);
  }

  /** Returns whether the paragraph is a short unnumbered title line followed by body text. */
  private static boolean titleLine(String para, String next) {
    return looksLikeTitleLine(para)
        && next.codePointCount(0, next.length()) >= BODY_MIN
        && !byline(para)
        && !METADATA.matcher(para.replace(" ", "")).matches();
  }

  /** A Chinese or Arabic number of a date: 2018, 二〇一八, 十月. */
  private static final String DATE_NUMBER = "[0-9〇○零一二三四五六七八九十]";

  /**
   * An official document's metadata line, no title over text: its document number ("法释〔2022〕19号",
   * "高检发释字〔2025〕1号") or the date it takes effect or was issued ("2018年10月1日施行").
   */
  private static final Pattern METADATA =
      Pattern.compile(
          "\\p{IsHan}{0,8}[〔\\[［]\\d{4}[〕\\]］]第?\\d{1,4}号"
              + "|"
              + DATE_NUMBER
              + "{2,4}年"
              + DATE_NUMBER
              + "{1,2}月"
              + DATE_NUMBER
              + "{1,3}日起?(?:施行|实施|发布|公布|印发|通过|修正|修订|生效)");

  /** The characters of a date or a span of dates, besides the 年 or 月 it must have. */
  private static final String DATE_CHARS = "〇○零一二三四五六七八九十0123456789０１２３４５６７８９日至—–-～~、，, 　（）()";

  /**
   * Returns whether a line reads as the dateline under a title: a date or a span of dates and
   * nothing else, in brackets or to the day — "（一九三八年十一月六日）", "2023年3月5日", "（一九二九年十二月至一九三〇年一月）"; a
   * year or a month alone ("一九四九年", "2023年1月—6月") heads a chronicle's section.
   */
  static boolean dateline(String line) {
    if (line.indexOf('年') < 0 && line.indexOf('月') < 0) return false;
    boolean bracketed =
        (line.startsWith("（") || line.startsWith("("))
            && (line.endsWith("）") || line.endsWith(")"));
    if (!bracketed && line.indexOf('日') < 0) return false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '年' && c != '月' && DATE_CHARS.indexOf(c) < 0) return false;
    }
    return true;
  }

  /** HanLP's segmenter with its name recognition, for {@link #byline}: one per thread. */
  private static final ThreadLocal<Segment> NAMES = ThreadLocal.withInitial(HanLP::newSegment);

  /**
   * Returns whether a short line is a byline rather than a title: it ends with a person's title and
   * a name ("国务院总理周恩来", "新华社记者张晓明", "国务院总理 李强"), as HanLP's segmenter and name recognition read it
   * — a person's title ({@code nnt}), then a recognised name ({@code nr}), or two or three Chinese
   * characters after a space that start with a common surname ({@link Surnames}), which the
   * recogniser does not join across the space. A heading that ends with a name has no title before
   * it ("致敬袁隆平").
   */
  static boolean byline(String line) {
    String s = line.strip();
    int space = s.length() - 1;
    while (space >= 0 && !Character.isWhitespace(s.charAt(space))) space--;
    String tail = s.substring(space + 1);
    // the words before the name
    List<Term> before;
    if (space > 0
        && tail.length() >= 2
        && tail.length() <= 3
        && tail.codePoints().allMatch(Chars::isCjk)
        && Surnames.isCommon(tail.charAt(0))) {
      before = words(s.substring(0, space));
    } else {
      List<Term> words = words(s);
      Term last = words.isEmpty() ? null : words.getLast();
      if (last == null || !last.nature.startsWith("nr") || last.word.length() < 2) return false;
      before = words.subList(0, words.size() - 1);
    }
    return !before.isEmpty()
        && before.getLast().nature.startsWith("nnt")
        && names(before.subList(0, before.size() - 1));
  }

  /**
   * Returns whether the words before a byline's title name whom the person serves (国务院, 新华社), not
   * what a headline says of them: no verb and no punctuation ("《高端访谈》专访科摩罗总统阿扎利" is a headline).
   */
  private static boolean names(List<Term> words) {
    for (Term t : words) {
      if (t.nature.startsWith("v") || t.nature.startsWith("w")) return false;
    }
    return true;
  }

  /** Returns the words of {@code text} as HanLP cuts and tags them, without blanks. */
  private static List<Term> words(String text) {
    List<Term> out = new ArrayList<>();
    for (Term t : NAMES.get().seg(text)) if (!t.word.isBlank()) out.add(t);
    return out;
  }

  /**
   * Returns whether the paragraph reads as a title line, whatever follows it: at most {@value
   * #TITLE_LINE_MAX} characters with at least two Chinese characters, no 。！？；… anywhere, not ending
   * with ：，、.
   */
  static boolean looksLikeTitleLine(String para) {
    return looksLikeLine(para, TITLE_LINE_MAX)
        && para.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count()
            >= 2;
  }

  /**
   * Returns whether the paragraph is a line rather than a sentence: at most {@code max} characters,
   * no 。！？；… anywhere, not ending with ：，、 (a title, or a page's running footer: "GNU coreutils 9.1
   * 2022年9月 LS(1)").
   */
  static boolean looksLikeLine(String para, int max) {
    return !para.isEmpty()
        && para.codePointCount(0, para.length()) - phraseSpaces(para) <= max
        && !Punctuation.hasUnitEnd(para)
        && OPEN_ENDS.indexOf(para.charAt(para.length() - 1)) < 0;
  }

  /**
   * Returns the length of the paragraph (in chars) without the spaces between two CJK characters:
   * the spaces that part a headline's phrases ("以色列称北部军事基地遭黎巴嫩袭击 以对黎境内目标发动大规模空袭"), which no limit
   * on a title's length counts.
   */
  static int length(String para) {
    return para.length() - phraseSpaces(para);
  }

  /** Returns the spaces of the paragraph that part phrases ({@link Chars#isPhraseSpace}). */
  private static int phraseSpaces(String para) {
    int n = 0;
    for (int i = para.indexOf(' '); i >= 0; i = para.indexOf(' ', i + 1)) {
      if (Chars.isPhraseSpace(para, i)) n++;
    }
    return n;
  }

  /** Returns the offset after the first 。！？ of the paragraph, or -1 (a ； ends no heading). */
  private static int firstSentenceEnd(String para) {
    for (int i = 0; i < para.length(); i++) {
      char c = para.charAt(i);
      if (Punctuation.CLAUSE_FINAL.indexOf(c) >= 0) return -1;
      if (Punctuation.SENTENCE_FINAL.indexOf(c) >= 0) return i + 1;
    }
    return -1;
  }

  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && Punctuation.SENTENCE_FINAL.indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(0, end).strip();
  }

  /**
   * Returns the value of a Chinese or Arabic numeral of up to four characters (一 1, 十 10, 十二 12, 二十
   * 20, 二十三 23, 一百 100), or -1.
   */
  static int chineseNumber(String s) {
    if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '〇') d = 0;
      if (c == '两') d = 2;
      if (d >= 0) {
        digit = d;
      } else if (c == '十') {
        total += (digit < 0 ? 1 : digit) * 10;
        digit = -1;
      } else if (c == '百') {
        total += (digit < 0 ? 1 : digit) * 100;
        digit = -1;
      } else {
        return -1;
      }
    }
    return total + Math.max(0, digit);
  }
}
