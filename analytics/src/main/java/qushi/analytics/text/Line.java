package qushi.analytics.text;

import qushi.analytics.internal.Punctuation;

/**
 * One physical line of an extraction, after character cleanup.
 *
 * @param text the line with canonical spacing and punctuation, never blank
 * @param indented whether the raw line began with whitespace (a new PDF text block)
 * @param newlinesBefore line breaks between this line and the previous non-blank line (1 = same
 *     block, 2 = the usual blank line, 3 or more = a page or column break)
 * @param width display width of {@code text}: CJK characters 2, others 1, spaces 0
 * @param length characters of the line as it stood, spaces included (what a tool that wrapped the
 *     text at a fixed number of characters counted)
 * @param spaceAtEnd whether the line as it stood ended with a space (a break between words)
 */
record Line(
    String text, boolean indented, int newlinesBefore, int width, int length, boolean spaceAtEnd) {

  /** Characters after which a line cannot end a heading or paragraph. */
  private static final String CONTINUES = "，、：:；;,（(“‘《「『【—-/·•";

  /**
   * Marks that never begin a line of Chinese text (closing punctuation: commas, stops, colons,
   * closing quotes and brackets; the percent and per-mille signs of a number): a line that starts
   * with one continues the line before, with no space between.
   */
  private static final String CLOSES = "，。、；：？！）」』”’》】〕〉］)]%‰";

  /**
   * Opening brackets and quotation marks, which never end a line of text: a line that ends with one
   * goes on in the line after, with no space between (a footnote mark an extraction put on lines of
   * its own: "[", "1", "]"; a quotation a page's markup set on lines of its own: "他说：“", "…", "”").
   */
  private static final String OPENS = "（【〔〈［([“‘「『《";

  /** Closing brackets and title marks, each at the index of its opening one in the next. */
  private static final String CLOSING_BRACKETS = "）)】]》〕］";

  private static final String OPENING_BRACKETS = "（(【[《〔［";

  /** Returns whether the line starts with closing punctuation ({@link #CLOSES}). */
  boolean startsWithCloser() {
    return CLOSES.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Returns whether the line is opening brackets or quotation marks alone ({@link #OPENS}): a piece
   * of a mark that an extraction broke over lines, which goes on the line before.
   */
  boolean opensOnly() {
    for (int i = 0; i < text.length(); i++) if (OPENS.indexOf(text.charAt(i)) < 0) return false;
    return true;
  }

  /**
   * Returns whether the line ends with a bracket or title mark that it opened itself, after its
   * first character: a title's own note ("加快改革开放和现代化建设步伐（十四大）", "政府工作报告 (2024)"), which a running
   * header may end with — not the end of a note that began on a line above ("讲话]") nor a line that
   * is a note in brackets ("（鼓掌）").
   */
  boolean endsWithOwnBracket() {
    char last = text.charAt(text.length() - 1);
    int k = CLOSING_BRACKETS.indexOf(last);
    return k >= 0 && text.lastIndexOf(OPENING_BRACKETS.charAt(k)) > 0;
  }

  /** Returns whether the line ends with an opening bracket or quotation mark ({@link #OPENS}). */
  boolean endsWithOpener() {
    return OPENS.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Returns whether the line ends a sentence with 。！？!?… (optionally followed by closers). */
  boolean endsSentence() {
    return endsSentence(text, text.length());
  }

  /**
   * Returns whether the first {@code end} characters of {@code text} end a sentence with 。！？!?…
   * (optionally followed by closers and circled note marks: 。”①).
   */
  static boolean endsSentence(CharSequence text, int end) {
    int i = end;
    while (i > 0
        && (Punctuation.CLOSERS.indexOf(text.charAt(i - 1)) >= 0
            || (text.charAt(i - 1) >= '①' && text.charAt(i - 1) <= '⒇'))) {
      i--;
    }
    return i > 0 && Punctuation.SENTENCE_FINAL.indexOf(text.charAt(i - 1)) >= 0;
  }

  /**
   * Returns whether the line ends a note in square brackets: it ends with ] or 】 and opens none
   * before that but at its start ("[摘自…的讲话]", or "讲话]" closing one that began on a line above).
   */
  boolean endsNote() {
    char last = text.charAt(text.length() - 1);
    char open = last == ']' ? '[' : last == '】' ? '【' : 0;
    return open != 0 && text.lastIndexOf(open) <= 0;
  }

  /**
   * Returns whether a text ends a sentence or a clause, or asks for more text: what no heading ends
   * with.
   */
  static boolean endsMarked(String text) {
    char last = text.charAt(text.length() - 1);
    return endsSentence(text, text.length())
        || last == '；'
        || last == ';'
        || CONTINUES.indexOf(last) >= 0;
  }

  /** Returns whether the line ends with a semicolon. */
  boolean endsClause() {
    char last = text.charAt(text.length() - 1);
    return last == '；' || last == ';';
  }

  /** Returns whether the last character asks for more text: a comma, colon, opening mark, dash. */
  boolean endsOpen() {
    return CONTINUES.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Returns whether the line ends with a colon, full-width or ASCII. */
  boolean endsColon() {
    char last = text.charAt(text.length() - 1);
    return last == '：' || last == ':';
  }

  /** Returns whether the line ends with punctuation other than a colon. */
  boolean endsOpenExceptColon() {
    return !endsColon() && endsWithPunctuation();
  }

  /** Returns whether the line ends with any punctuation, final or not. */
  boolean endsWithPunctuation() {
    return endsSentence()
        || endsOpen()
        || endsClause()
        || Punctuation.CLOSERS.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Returns the first code point of the text. */
  int first() {
    return text.codePointAt(0);
  }

  /** Returns the last code point of the text. */
  int last() {
    return text.codePointBefore(text.length());
  }
}
