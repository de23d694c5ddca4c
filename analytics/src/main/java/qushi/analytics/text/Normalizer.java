package qushi.analytics.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import qushi.analytics.corpus.RawText;

/**
 * Cleans the text extracted from a PDF of Chinese material into the canonical "cleaned text" that
 * every offset downstream (sections, passages, KWIC) indexes into. Immutable, deterministic and
 * thread-safe; build one with {@link #defaults()} and the {@code withX} copies.
 *
 * <p>The output is a sequence of paragraphs separated by a single {@code "\n"}, with no leading,
 * trailing or doubled line breaks and no spaces at paragraph edges. Steps, in order:
 *
 * <ol>
 *   <li><b>Invisible damage.</b> The BOM and other format characters (zero-width space and joiners,
 *       word joiner, bidi marks) are removed, and a line that held only zero-width characters is
 *       removed with its line break (so the two halves of a word around it are joined like any
 *       wrapped line); CRLF, CR, NEL, LS, PS, VT and FF become {@code \n}; a tab becomes a space;
 *       another control character or U+FFFD vanishes next to a Chinese character and separates
 *       Latin words ("Food" U+FFFD "and" → "Food and").
 *   <li><b>Width folding.</b> NFKC is applied to everything except ，：；？！（）…‥ and the enclosed
 *       numbers ①…⑳, ㉑…: full-width Latin letters, digits and symbols (ＡＢＣ１２３ → ABC123, ％ → %, ／ →
 *       /), the ideographic space, no-break space, compatibility ideographs and ligatures are
 *       folded, while the Chinese punctuation that NFKC would turn into ASCII is kept.
 *   <li><b>Web markup.</b> HTML tags left in plain text are removed (those of block elements become
 *       line breaks) and their character entities decoded (not in text a parser of its format
 *       extracted, see {@link #normalize(RawText)}); web addresses are removed (see {@link
 *       Markup}).
 *   <li><b>One punctuation form.</b> An ASCII {@code , : ; ? ! ( )} whose nearest non-space
 *       neighbour on either side is a CJK character becomes {@code ， ： ； ？ ！ （ ）} ("论坛,3次" →
 *       "论坛，3次", "编 者 按 :" → "编者按："). Between Latin words and digits it stays ASCII ("3,000",
 *       "Therapy (CGT)"). A matched pair of brackets, ASCII or full-width in the source, is
 *       full-width when what it encloses starts or ends with a CJK character and ASCII otherwise:
 *       "中国(上海)" → "中国（上海）", "二十国集团（G20）" → "二十国集团(G20)".
 *   <li><b>Spacing.</b> A run of spaces next to a CJK character (ideographs, kana, hangul, CJK and
 *       full-width punctuation, and “”‘’—…·•) is removed ("中 关 村 论 坛" → "中关村论坛", "4 月 25 日" →
 *       "4月25日", "拉斯洛 • 博迪什" → "拉斯洛•博迪什"); between two non-CJK characters it becomes one space
 *       ("Y-HUBs InnoMatch"). Between two runs of two or more Chinese characters it stays one space
 *       where it parts the phrases of a headline or title, a sentence without a comma ("“奋斗有我
 *       国聘行动”促进…", "国务院总理 李克强": run together, 我国 would be read in 有我国聘), and goes in running prose
 *       ("有一座非 常漂亮的神庙，…"). The space after a paragraph-initial list marker "1." or numbered part
 *       "第一条" is kept ("1. 当前，…", "第一条 为了…"). A line break inside a paragraph leaves no space next
 *       to a CJK character (see the joining of lines below).
 *   <li><b>Page numbers.</b> Lines that are only a page number (1 to 3 digits) are dropped: "2", "-
 *       12 -", "第 3 页", "第3页 共10页", "3/10", "Page 4", and a number joined to a running title by a
 *       bar ("20 | PUJIANG INNOVATION FORUM 2024"); not a number between a line that ends with an
 *       opening mark and one that starts with closing punctuation: it is the text's own (a footnote
 *       mark "[", "1", "]" on lines of its own).
 *   <li><b>Running headers and footers.</b> A line of at least 2 characters and at most {@link
 *       #headerMaxWidth()} display columns (CJK characters count 2, others 1, spaces 0) that does
 *       not end with punctuation, is not a Chinese-numbered heading ("三、相关建议", "（二）…", which repeat
 *       legitimately across the reports of a compilation), a bare list marker or a line of hashtags
 *       (#摩登兄弟#, a post's labels), and — if it is a line of figures (a number grouped by thousands
 *       or two with decimals: a table's row, "221 02 03 购房补贴 1,867,680.00 1,867,680.00", which a
 *       budget repeats in several tables and at a few page ends) — that stands at the page breaks
 *       of half the pages or more, and that occurs at least {@link #headerMinRepeats()} times in
 *       the document, is a running header when the text is laid out in pages — at least two, and a
 *       quarter, of its lines wider than a header end inside a sentence, and half of those stop
 *       within a tenth of their median width (a PDF or print extraction, wrapped at a width) — or
 *       when it shows as one: it stands within two lines of a page number or a page break (3+ line
 *       breaks) at least twice, or, where the lines that end inside a sentence stop at one width as
 *       above, one of its occurrences cuts a sentence (it follows a wider line that ends without
 *       punctuation). A line repeated in a transcript or a news file of whole-paragraph lines (记者,
 *       发言人, a dateline) is kept, and so is one repeated among comments or posts saved one to a
 *       line, which often end without a stop at whatever width their text has (a comment four
 *       people wrote, 战争太残酷了). Every occurrence of a running header but the first is dropped; the
 *       first is kept as a real heading (a compilation's sub-forum title is also its running
 *       header) unless it sits within two lines of a page number or a page break. A line that
 *       stands within two lines of a page break on at least two pages, not between the same lines
 *       each time (a page printed twice), and nowhere else, on half the pages if it is a line of
 *       figures — the same text once a page number at its end (of a total, "3 / 45", or a small
 *       roman one, the front matter's "手册 ii") is left out and each run of digits is taken as one,
 *       up to 60 CJK characters wide, not ending with punctuation (in text laid out in pages, a
 *       bracket the line opened itself may end it: a title's note, "（十四大）") — is page furniture and
 *       dropped everywhere, however wide: a browser's print header ("12/1/26, 5:13 PM" and the
 *       title) and footer ("file:///…/t.html 1/2") on a two-page document. On three pages or more
 *       it may stand once more among the document's first three lines, as its title, which is kept
 *       there, when other lines follow it on its pages (a report's title over every page; a passage
 *       a compilation repeats has the same line after it each time).
 *   <li><b>Table of contents.</b> Its entries and its heading are dropped ({@link Contents}): a run
 *       of entries whose page numbers never go down, at least three of them with leaders before the
 *       page ("第一章 总则……1", "2.1 插件 . . . . 2"), the others a numbered heading and its page ("第二章 规划
 *       5"); after a heading 目录, 目次 or Contents two entries are enough. Counted as text, they would
 *       count each heading's words once more.
 *   <li><b>Unwrapping.</b> Applies when the text contains a blank line (PDF extractions put one
 *       between every line) or was broken at a fixed width (a text tool's wrapping, or a PDF
 *       extraction without blank lines: at least 8 lines, a quarter of them broken at one width of
 *       at least 20 characters, counted in display columns or in characters — reaching it exactly,
 *       stopping inside a sentence, and neither they nor the next line starting a paragraph — and
 *       at most 5% wider; or at two widths, where boxes of numbered items set in smaller type stand
 *       between the paragraphs of the body: a quarter of the lines broken at the body's width, more
 *       than 5% wider, standing within two lines of one another, and a quarter of those, 8 at
 *       least, broken at the widest width at most 5% of the lines pass, against which a line wider
 *       than the body's width, or between two such lines, is measured); other text is taken as one
 *       paragraph per line, which also makes the normaliser idempotent on its own output. In text
 *       broken at a fixed width, a line is short when it stops short of that width (one column of
 *       slack); and where most line breaks are single and blank lines stand between them
 *       (paragraphs wrapped over lines), a blank line is always a paragraph break. A line break is
 *       a paragraph break when
 *       <ul>
 *         <li>the line ends a sentence (。！？!?…, possibly followed by ”」』）) and the line is short,
 *             or the next line starts a paragraph, or the next line is a heading line (short, no
 *             sentence punctuation, no comma unless the line after it starts a paragraph), or a
 *             page break (3+ line breaks, or a dropped page number) follows;
 *         <li>or the line ends with ；; and the next line is indented or starts with a list marker
 *             other than an opening quote;
 *         <li>or the line ends with ：: and is not indented, and the next line is (the lead-in of a
 *             list or quotation: "是：" / "　　一，用在体育上");
 *         <li>or the line is a heading with Markdown's marks ("# 标题", as the readers of web pages
 *             write one), or the next line is;
 *         <li>or the line is short, does not end with an open mark (，、：“《— …) and the next raw line
 *             is indented (a new PDF block after an unfinished short line: a caption ended);
 *         <li>or the paragraph so far is a heading (short lines of at most 36 CJK characters with
 *             no 。！？； inside) whose last line has no comma (unless it is a Chinese-numbered
 *             heading, "七、坚定文化自信，推动社会主义文化繁荣兴盛") and no open mark at its end, and the next line
 *             starts a paragraph, or the heading line is indented, or the next line is a heading
 *             line too, or the heading line is narrower than 85% of the next line (a short line
 *             followed by one as short is a narrow column, not a heading). A heading continues onto
 *             the next line instead when both are in one PDF block (a single line break, no
 *             indentation), the next is short too and the break is CJK–CJK or the heading has no
 *             CJK at all ("全球科技发展的 / 总体趋势", "…Research / in Life Sciences"), unless the heading
 *             ended well short of the margin (under 85% of the width) and the next line runs on as
 *             a paragraph's first line does: it ends inside a sentence, the line after it goes on
 *             and starts nothing, and it is at most three characters narrower than that line (the
 *             body's first line, its indent lost in extraction: "（一）指导思想" above "以习近平…全面贯" /
 *             "彻党的…");
 *         <li>or the paragraph so far is a numbered heading alone (opened by 第一章, 一、, （一）, 1., at
 *             most 36 CJK characters, no sentence inside) and the next line starts a paragraph,
 *             however near the margin the heading came ("一、女性已成为推动科技创新的核心力量" above "一是具有…").
 *       </ul>
 *       "Short" means narrower than 75% of the column width, estimated as the second-widest line
 *       within six lines on either side (CJK counts 2, other characters 1), or wider than 60 CJK
 *       characters (a whole paragraph the extractor did not wrap). A line "starts a paragraph" when
 *       the raw line is indented (a new PDF text block) or begins with “「『《【, ——, a bullet, or a
 *       list marker (1. 、（1）、一、、一是、第一章、①, 首先, 此外 …). A bare list marker line ("1.") is always
 *       joined to what follows. Everywhere else lines are joined: with nothing after a hyphen or
 *       slash ("2016-" + "2024"; a broken Latin word keeps its hyphen, since "Stamper-" + "Kurn"
 *       cannot be told from a broken word) and with nothing after a soft hyphen (U+00AD, which
 *       marks a word the typesetter broke), with nothing next to a CJK character ("未" + "来产业" →
 *       "未来产业") unless after a list marker, otherwise with a space ("Research" + "in Life" →
 *       "Research in Life"). When unsure inside a sentence, lines are joined. A line that starts
 *       with closing punctuation (，。、；：？！ and closing quotes and brackets, which never begin a
 *       line) is joined to the line before in every text, wrapped or not, and so is a line of
 *       opening brackets or quotation marks alone, while a line that ends with one (（【〔〈［([“‘「『《,
 *       which never end a line either) is joined to the line after, all with nothing between (a
 *       footnote mark or a quotation an extraction put on lines of its own: "会议" + "[" + "1" + "]"
 *       + "以来" → "会议[1]以来", "他说：“" + "不要搞宗派。" + "”十二月" → "他说：“不要搞宗派。”十二月"). A paragraph that ends
 *       with such a mark ("[1]") is no heading, and ends where the text before the mark would:
 *       after a sentence's end, or before a line that visibly starts a paragraph. A rule — a line
 *       of only three or more of - _ = * ~ — ─ (spaces between allowed), a plain-text page's
 *       separator — ends the paragraph before it and is dropped: it is layout, not text, and what
 *       follows it (a footer, a signature) is a paragraph of its own.
 *   <li><b>Lists of the document's own headings.</b> A news programme's summary or a table of
 *       contents without page numbers: entries that open with a list marker and read as a later
 *       paragraph that ends no sentence, two of them at least, are dropped with the list's heading
 *       ({@link Contents#withoutListedHeadings}); the headings stay. Where they are at least half
 *       of their list's entries, the list goes as a whole: its other entries, and the lines an
 *       entry goes on in after a colon.
 *   <li><b>Traditional to simplified</b> (off by default): each paragraph is converted with HanLP's
 *       {@code convertToSimplifiedChinese}, and a character it leaves that Hong Kong writes for
 *       another (衞 for 衛) with HanLP's conversion from Hong Kong's forms ({@link
 *       Script#simplifiedText}).
 * </ol>
 *
 * @param traditionalToSimplified whether to convert traditional characters to simplified ones
 * @param headerMinRepeats occurrences from which a short line is a running header, ≥ 2
 * @param headerMaxWidth widest running header in display columns (CJK 2, other 1), ≥ 2
 * @param keepCode whether to keep the lines of code blocks that are program text (Markdown's fenced
 *     and indented code, a page's {@code <pre>}; see {@code DocumentReader.isProgram}): by default
 *     they go before any other step ({@link RawText#codeLines}), as program text is not the
 *     language analysed ("func", "return", "err" would top a technical corpus's keywords and
 *     topics)
 */
public record Normalizer(
    boolean traditionalToSimplified, int headerMinRepeats, int headerMaxWidth, boolean keepCode) {

  /** Checks the thresholds. */
  public Normalizer {
    if (headerMinRepeats < 2) {
      throw new IllegalArgumentException("headerMinRepeats must be ≥ 2, was " + headerMinRepeats);
    }
    if (headerMaxWidth < 2) {
      throw new IllegalArgumentException("headerMaxWidth must be ≥ 2, was " + headerMaxWidth);
    }
  }

  /**
   * Returns the default normaliser: no conversion; running headers repeat at least 3 times and are
   * at most 48 columns wide (24 CJK characters, narrower than a body line of the seed columns).
   */
  public static Normalizer defaults() {
    return new Normalizer(false, 3, 48, false);
  }

  /** Returns a copy that keeps (or drops) the lines of code blocks. */
  public Normalizer withKeepCode(boolean keep) {
    return new Normalizer(traditionalToSimplified, headerMinRepeats, headerMaxWidth, keep);
  }

  /** Returns a copy that does (or does not) convert traditional characters to simplified ones. */
  public Normalizer withTraditionalToSimplified(boolean convert) {
    return new Normalizer(convert, headerMinRepeats, headerMaxWidth, keepCode);
  }

  /**
   * Returns a copy that treats a short line as a running header from {@code repeats} occurrences.
   *
   * @throws IllegalArgumentException if {@code repeats < 2}
   */
  public Normalizer withHeaderMinRepeats(int repeats) {
    return new Normalizer(traditionalToSimplified, repeats, headerMaxWidth, keepCode);
  }

  /**
   * Returns a copy whose running headers may be up to {@code width} display columns wide.
   *
   * @throws IllegalArgumentException if {@code width < 2}
   */
  public Normalizer withHeaderMaxWidth(int width) {
    return new Normalizer(traditionalToSimplified, headerMinRepeats, width, keepCode);
  }

  /**
   * Returns a search query cleaned as the characters of the text are: invisible damage, width
   * folding, one punctuation form and spacing (steps 1, 2, 4 and 5), line by line, blank lines
   * dropped, then traditional to simplified when this normaliser converts. The steps that concern
   * whole documents (page numbers, running headers, unwrapping) do not apply, so a query of digits
   * stays a query.
   *
   * @throws NullPointerException if {@code query} is null
   */
  public String query(String query) {
    Objects.requireNonNull(query, "query");
    StringBuilder out = new StringBuilder(query.length());
    for (String line : Chars.fold(Chars.scrub(query)).split("\n", -1)) {
      String l = Chars.inline(line);
      if (l.isEmpty()) continue;
      if (!out.isEmpty()) out.append('\n');
      out.append(traditionalToSimplified ? Script.simplifiedText(l) : l);
    }
    return out.toString().strip();
  }

  /**
   * Returns the cleaned text of a raw extraction: paragraphs separated by single {@code "\n"},
   * following the rules in the class description; "" for blank input. Cleaning the result again
   * leaves it as it is, except where an ASCII mark stands next to a bracket that became full-width
   * ("a,(上海)" → "a,（上海）" → "a，（上海）", see {@code Chars.inline}).
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public String normalize(String raw) {
    return normalize(raw, true, false);
  }

  /**
   * Returns the cleaned text of a document as read: its HTML tags and entities removed unless a
   * parser of its format extracted it ({@link RawText#extracted}), and each line taken as a
   * paragraph when the parser found the paragraphs ({@link RawText#paragraphs}) — but for its lines
   * of code, dropped unless kept, and its runs of preformatted prose ({@link RawText#plainLines}),
   * each cleaned on its own with its line breaks weighed as a plain text's.
   */
  public String normalize(RawText raw) {
    Set<Integer> code = keepCode ? Set.of() : new HashSet<>(raw.codeLines());
    Set<Integer> plain = new HashSet<>(raw.plainLines());
    if (code.isEmpty() && plain.isEmpty()) {
      return normalize(raw.text(), !raw.extracted(), raw.paragraphs());
    }
    String[] lines = raw.text().split("\n", -1);
    StringBuilder out = new StringBuilder(raw.text().length());
    List<String> run = new ArrayList<>();
    boolean runIsPlain = false;
    for (int i = 0; i <= lines.length; i++) {
      if (i < lines.length && code.contains(i)) continue;
      boolean isPlain = i < lines.length && plain.contains(i);
      if (!run.isEmpty() && (i == lines.length || isPlain != runIsPlain)) {
        String cleaned =
            normalize(String.join("\n", run), !raw.extracted(), raw.paragraphs() && !runIsPlain);
        if (!cleaned.isEmpty()) out.append(out.isEmpty() ? "" : "\n").append(cleaned);
        run.clear();
      }
      if (i == lines.length) break;
      runIsPlain = isPlain;
      run.add(lines[i]);
    }
    return out.toString();
  }

  private String normalize(String raw, boolean tags, boolean paragraphLines) {
    Objects.requireNonNull(raw, "raw");
    String text = Markup.strip(Chars.fold(Chars.scrub(raw)), tags);
    List<Line> lines = Unwrapper.lines(text);
    List<String> paragraphs =
        Contents.withoutListedHeadings(
            new Unwrapper(headerMinRepeats, headerMaxWidth).paragraphs(lines, paragraphLines));
    StringBuilder out = new StringBuilder(text.length());
    for (String p : paragraphs) {
      if (p.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(traditionalToSimplified ? Script.simplifiedText(p) : p);
    }
    return out.toString();
  }
}
