package qushi.analytics.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;

/**
 * Character classes and the character-level rules of {@link Normalizer}: invisible-character
 * removal, width folding, CJK spacing and punctuation canonicalisation. Stateless.
 */
final class Chars {
  /** Chinese punctuation that NFKC would turn into ASCII and that the cleaned text keeps. */
  private static final String PROTECTED = "，：；？！（）…‥";

  /** ASCII punctuation that becomes its full-width form next to CJK text, and the full forms. */
  private static final String ASCII_PUNCT = ",:;?!()";

  private static final String FULL_PUNCT = "，：；？！（）";

  /** The marks of {@link #ASCII_PUNCT} that take one width as a run: all but the brackets. */
  private static final String RUN_PUNCT = ",:;?!";

  /** Non-ideographic characters written in Chinese text that count as CJK for spacing. */
  private static final String CJK_LIKE = "“”‘’—…·•";

  private Chars() {}

  /**
   * Returns whether the code point belongs to Chinese-style text: ideographs, kana, hangul,
   * bopomofo, CJK and full-width punctuation, and the quotes, dashes and dots of {@link #CJK_LIKE}.
   * False for a negative value (the "no neighbour" of a line edge) and any other non-code point.
   */
  static boolean isCjk(int cp) {
    if (cp < 0 || cp > Character.MAX_CODE_POINT) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true; // CJK unified ideographs (script Han), the common case
    }
    if (cp < 0x02E0) {
      return CJK_LIKE.indexOf(cp) >= 0; // Latin, Greek …: the first bopomofo tone mark is U+02EA
    }
    if (cp >= 0x3000 && cp <= 0x303F) {
      return true; // CJK symbols and punctuation: 、。〈〉《》「」『』【】〔〕
    }
    if (cp >= 0xFF00 && cp <= 0xFFEF) {
      return true; // full-width forms that survive folding, e.g. ，：；？！（）
    }
    if (cp >= 0xFE10 && cp <= 0xFE4F) {
      return true; // vertical and compatibility forms
    }
    if (CJK_LIKE.indexOf(cp) >= 0) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO;
  }

  /** Returns whether the text holds a Han character. */
  static boolean hasHan(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Returns 2 for a CJK code point and 1 otherwise: the width a PDF line gives it. */
  static int width(int cp) {
    return isCjk(cp) ? 2 : 1;
  }

  /** Returns the display width of the text (CJK = 2, other = 1), ignoring spaces. */
  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp != ' ') {
        w += width(cp);
      }
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Returns the text with invisible damage removed: BOM, zero-width characters and other format
   * characters are dropped, CRLF, CR, NEL, LS, PS and form feed become LF, a tab becomes a space,
   * and another control or U+FFFD (a lost character) vanishes next to a CJK character and becomes a
   * space elsewhere. A line that held nothing but zero-width characters ({@link #isZeroWidth}) and
   * spaces is removed with its line break, so the halves of a word around it stay one block
   * ("方\n\u200B\n针" → "方\n针"). A soft hyphen at the end of a line is kept as the marker {@code
   * U+00AD} so that line joining can glue the broken word; elsewhere it is dropped.
   */
  static String scrub(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    int lineStart = 0;
    boolean invisible = false;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r'
          || cp == '\n'
          || cp == 0x0B
          || cp == 0x0C
          || cp == 0x85
          || cp == 0x2028
          || cp == 0x2029) {
        if (cp == '\r' && i < raw.length() && raw.charAt(i) == '\n') {
          i++;
        }
        if (invisible && sb.substring(lineStart).isBlank()) {
          sb.setLength(lineStart); // a line of zero-width characters only: gone with its break
        } else {
          sb.append('\n');
          lineStart = sb.length();
        }
        invisible = false;
      } else if (isZeroWidth(cp)) {
        invisible = true;
      } else if (cp == 0xAD) {
        if (i >= raw.length() || raw.charAt(i) == '\n' || raw.charAt(i) == '\r') {
          sb.append((char) 0xAD);
        }
      } else if (cp == '\t') {
        sb.append(' ');
      } else if (Character.getType(cp) == Character.FORMAT) {
        continue; // BOM, ZWSP, ZWJ, ZWNJ, word joiner, bidi marks
      } else if (cp == 0xFFFD || Character.isISOControl(cp)) {
        boolean cjk =
            (!sb.isEmpty() && isCjk(sb.codePointBefore(sb.length())))
                || (i < raw.length() && isCjk(raw.codePointAt(i)));
        if (!cjk) sb.append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /**
   * Returns whether the code point is a zero-width character: zero-width space, non-joiner and
   * joiner (U+200B–U+200D), word joiner (U+2060) or BOM / zero-width no-break space (U+FEFF).
   */
  static boolean isZeroWidth(int cp) {
    return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
  }

  /**
   * 巿 (U+5DFF, fú, a sacrificial apron, four strokes), which an input method or a font's look-alike
   * gives for 市 (U+5E02, five strokes: 市民, 城市): in Hong Kong's and Taiwan's texts 巿民 stands beside
   * 市民 as a word of its own.
   */
  private static final char FU = '\u5DFF';

  /**
   * Returns the text under NFKC except for the Chinese punctuation in {@link #PROTECTED} and the
   * enclosed numbers (①, ㉑): full-width letters, digits and symbols, the ideographic space,
   * compatibility ideographs and ligatures are folded; ，：；？！（）… are kept. The Unicode hyphen and
   * non-breaking hyphen (U+2010, U+2011), which typesetters write for "-" ("COVID‐19", and at the
   * end of a line for a word they hyphenated), become "-", as a reader types it; 巿 becomes 市
   * ({@link #FU}).
   */
  static String fold(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int runStart = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isProtected(cp)) {
        sb.append(java.text.Normalizer.normalize(text.substring(runStart, i), Form.NFKC));
        sb.appendCodePoint(cp);
        runStart = next;
      }
      i = next;
    }
    sb.append(java.text.Normalizer.normalize(text.substring(runStart), Form.NFKC));
    // NFKC has made U+2011 a U+2010
    String folded = sb.indexOf("\u2010") < 0 ? sb.toString() : sb.toString().replace('\u2010', '-');
    if (folded.indexOf(FU) >= 0) folded = folded.replace(FU, '市');
    return thousands(folded);
  }

  /**
   * Returns the text with each full-width comma that separates the thousands of a number made a
   * comma, "２８，０４９，７８０" (after folding "28，049，780") → "28,049,780", which the segmenter keeps
   * whole, as it keeps "28,049,780": it was cut in five tokens, three of them numbers that counted
   * among the year's words. A separator stands after one to three digits that follow no digit (or
   * after three digits that follow another separator) and before exactly three digits; a list
   * "1，2，3" and a year "2021，100" are left alone. A list of three-digit numbers, "120，135，150",
   * reads the same and is joined too: the text cannot tell them apart, and either way only numbers,
   * no terms, change.
   */
  static String thousands(String text) {
    char[] out = null;
    int last = -1; // the last comma found to separate thousands (commas are met in text order)
    for (int i = text.indexOf('，'); i >= 0; i = text.indexOf('，', i + 1)) {
      if (!separates(text, i, last)) continue;
      last = i;
      if (out == null) out = text.toCharArray();
      out[i] = ',';
    }
    return out == null ? text : new String(out);
  }

  /**
   * Returns whether the full-width comma at {@code i} separates the thousands of a number, {@code
   * last} being the last comma before it that does (or −1).
   */
  private static boolean separates(String text, int i, int last) {
    int n = text.length();
    if (i + 3 >= n) return false;
    for (int k = i + 1; k <= i + 3; k++) if (!isAsciiDigit(text.charAt(k))) return false;
    if (i + 4 < n && isAsciiDigit(text.charAt(i + 4))) return false;
    int j = i - 1;
    while (j >= 0 && isAsciiDigit(text.charAt(j))) j--;
    int digits = i - 1 - j;
    if (digits == 0 || digits > 3) return false;
    if (j >= 0 && text.charAt(j) == '，') return digits == 3 && j == last;
    return j < 0 || text.charAt(j) != '.' && text.charAt(j) != ',';
  }

  /** Returns whether {@code c} is an ASCII digit 0–9. */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isProtected(int cp) {
    return PROTECTED.indexOf(cp) >= 0
        || (cp >= 0x2460 && cp <= 0x24FF)
        || (cp >= 0x3251 && cp <= 0x32BF);
  }

  /**
   * Returns one line or paragraph with its spacing and punctuation made canonical. First each ASCII
   * {@code , : ; ? ! ( )} whose nearest non-space neighbour on either side is CJK becomes {@code ，
   * ： ； ？ ！ （ ）} — a run of {@code , : ; ? !} as a whole, by the neighbours on either side of the
   * run ("哈哈!!!" → "哈哈！！！", not "哈哈！!!", which a second pass made "哈哈！！!") — except that a matched
   * pair of brackets takes the width of what it encloses ({@link #matchBrackets}). Then each run of
   * spaces is removed when a neighbour is CJK and otherwise becomes one space; the space after a
   * leading list marker such as "1." is kept. Leading and trailing spaces are removed. Applied
   * again, the result can still change where an ASCII mark stands next to a bracket that became
   * full-width ("a,(上海)" → "a,（上海）" → "a，（上海）"); otherwise it is a fixed point.
   */
  static String inline(String text) {
    if (settled(text)) return text;
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (ASCII_PUNCT.indexOf(c) < 0) {
        sb.append(c);
        i++;
        continue;
      }
      // a run of marks ("!!!", "?!", "! !") takes one width, from its neighbours outside it
      int end = i + 1;
      if (RUN_PUNCT.indexOf(c) >= 0) {
        for (int j = end; j < text.length(); j++) {
          char d = text.charAt(j);
          if (RUN_PUNCT.indexOf(d) >= 0) end = j + 1;
          else if (d != ' ') break;
        }
      }
      boolean full = isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, end - 1, 1));
      for (int k = i; k < end; k++) {
        char d = text.charAt(k);
        sb.append(full && d != ' ' ? FULL_PUNCT.charAt(ASCII_PUNCT.indexOf(d)) : d);
      }
      i = end;
    }
    matchBrackets(sb);
    String s = sb.toString().strip();
    int keep = listMarkerEnd(s);
    StringBuilder out = new StringBuilder(s.length());
    // the end of the last sentence looked at, and whether it has a comma: each is read once, so a
    // line of many spaces (a page's menu) costs no more than its length
    int sentenceEnd = -1;
    boolean comma = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp != ' ') {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int j = i;
      while (j < s.length() && s.charAt(j) == ' ') {
        j++;
      }
      int before = s.codePointBefore(i);
      int after = s.codePointAt(j);
      boolean phrases = false;
      if (i != keep && isCjk(before) && isCjk(after)) {
        phrases = hanRun(s, i, -1) >= 2 && hanRun(s, j, 1) >= 2;
        if (phrases && i >= sentenceEnd) {
          int from = i;
          while (from > 0 && SENTENCE_END.indexOf(s.charAt(from - 1)) < 0) from--;
          sentenceEnd = j;
          while (sentenceEnd < s.length() && SENTENCE_END.indexOf(s.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
          }
          comma = false;
          for (int k = from; k < sentenceEnd && !comma; k++) {
            comma = CLAUSE_MARKS.indexOf(s.charAt(k)) >= 0;
          }
        }
      }
      if (i == keep || !(isCjk(before) || isCjk(after)) || (phrases && !comma)) {
        out.append(' ');
      }
      i = j;
    }
    return out.toString();
  }

  /**
   * Marks that end a sentence, and marks that part the clauses of one: in running prose, a sentence
   * with a comma, a space between two words of Chinese is damage ("有一座非 常漂亮的神庙，"), while a headline
   * or a title, which has no comma, parts its phrases with one.
   */
  private static final String SENTENCE_END = "。！？；!?;", CLAUSE_MARKS = "，、,";

  /**
   * Returns whether char {@code i} of {@code s} is a space between two CJK characters (judged by
   * their code points): the space that parts a headline's phrases, which cleanup keeps ({@link
   * #inline}) and no token or title length counts.
   */
  static boolean isPhraseSpace(String s, int i) {
    return s.charAt(i) == ' '
        && i > 0
        && i + 1 < s.length()
        && isCjk(s.codePointBefore(i))
        && isCjk(s.codePointAt(i + 1));
  }

  /**
   * Returns how many Han characters stand next to one another from {@code at} on (direction 1) or
   * before it (direction -1), up to 2: a space between two runs of two or more separates words, as
   * in a headline ("奋斗有我 国聘行动", "国务院总理 李克强"); a run of one is a letter-spaced extraction ("中 关 村",
   * "重 大课题").
   */
  private static int hanRun(String s, int at, int direction) {
    int n = 0;
    for (int i = at; n < 2 && (direction > 0 ? i < s.length() : i > 0); ) {
      int cp = direction > 0 ? s.codePointAt(i) : s.codePointBefore(i);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) break;
      n++;
      i += direction * Character.charCount(cp);
    }
    return n;
  }

  /**
   * Returns whether {@link #inline} leaves the text as it is, for want of anything it changes: no
   * space or other white space, no ASCII mark it may make full-width and no bracket.
   */
  private static boolean settled(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' '
          || ASCII_PUNCT.indexOf(c) >= 0
          || c == '（'
          || c == '）'
          || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Gives both brackets of a matched {@code ( )} pair one width, decided by what they enclose:
   * full-width when the nearest non-space character just inside either bracket is CJK ("中国（上海）"),
   * ASCII otherwise ("二十国集团(G20)", "GPT(4)模型", "(1)第一"), whatever the source used and whatever
   * stands outside. A bracket without its partner is decided by the character on its inside alike
   * (after an opening bracket, before a closing one), and keeps the width its neighbours gave it
   * only where it has none (at an edge). So a query that holds a bracket is cleaned as the text
   * around it is: "二十国集团(G20" and "4)模型" find 二十国集团(G20)峰会 and GPT(4)模型.
   */
  private static void matchBrackets(StringBuilder sb) {
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    List<Integer> lone = new ArrayList<>();
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (c == '(' || c == '（') {
        open.push(i);
      } else if (c == ')' || c == '）') {
        if (open.isEmpty()) {
          lone.add(i);
          continue;
        }
        int o = open.pop();
        boolean full = isCjk(neighbour(sb, o, 1)) || isCjk(neighbour(sb, i, -1));
        sb.setCharAt(o, full ? '（' : '(');
        sb.setCharAt(i, full ? '）' : ')');
      }
    }
    lone.addAll(open);
    lone.sort(null); // in text order, as the page's search does it
    for (int i : lone) {
      boolean opening = sb.charAt(i) == '(' || sb.charAt(i) == '（';
      int inside = neighbour(sb, i, opening ? 1 : -1);
      if (inside < 0) continue;
      boolean full = isCjk(inside);
      sb.setCharAt(i, opening ? (full ? '（' : '(') : (full ? '）' : ')'));
    }
  }

  /** Returns the code point next to index i in direction dir, skipping spaces, or -1 at an edge. */
  private static int neighbour(CharSequence s, int i, int dir) {
    int j = i + dir;
    while (j >= 0 && j < s.length() && s.charAt(j) == ' ') {
      j += dir;
    }
    if (j < 0 || j >= s.length()) {
      return -1;
    }
    return dir < 0 ? Character.codePointBefore(s, j + 1) : Character.codePointAt(s, j);
  }

  /** A numbered part of a law or plan at the start of a paragraph: 第一条, 第十二章, 第3节. */
  private static final java.util.regex.Pattern PART =
      java.util.regex.Pattern.compile("^第[一二三四五六七八九十百千零〇两0-9]{1,6}[条章节编款] ");

  /**
   * Returns the index of the space after a leading Arabic list marker ("1. ", "12. ") or numbered
   * part ("第一条 ", "第二章 "), or -1: that space is kept. A Markdown heading's marks before it ("## 第一章
   * 总 则", as a page's {@code h2} reads too) are passed over, so the heading is cleaned as the same
   * line without them.
   */
  static int listMarkerEnd(String s) {
    int from = 0;
    while (from < s.length() && from < 6 && s.charAt(from) == '#') from++;
    if (from > 0 && from < s.length() && s.charAt(from) == ' ') {
      while (from < s.length() && s.charAt(from) == ' ') from++;
    } else {
      from = 0;
    }
    if (s.startsWith("第", from)) {
      java.util.regex.Matcher m = PART.matcher(s).region(from, s.length());
      return m.lookingAt() ? m.end() - 1 : -1;
    }
    int i = from;
    while (i < s.length() && i < from + 2 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == from || i >= s.length() || s.charAt(i) != '.') {
      return -1;
    }
    return i + 1 < s.length() && s.charAt(i + 1) == ' ' ? i + 1 : -1;
  }
}
