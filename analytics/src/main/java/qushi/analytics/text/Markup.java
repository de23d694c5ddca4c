package qushi.analytics.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Removes what web pages leave in text that was saved or scraped as plain text: HTML tags,
 * character entities and web addresses. None of it is language, and left in, it becomes tokens
 * ("p&gt;&lt;p", "https", "com", "shtml") that top keyword and change lists.
 *
 * <p>Tags of HTML elements count ({@code <p>}, {@code </strong>}, {@code <br/>}, {@code <a
 * href="…">}, as jsoup knows them), and those of an element of another vocabulary that the text
 * also closes ({@code <emphasis role="strong">…</emphasis>} of a DocBook export; a lone {@code <x>}
 * is text); a tag of a block element (paragraph, list item, table cell, heading … as jsoup classes
 * them), a line break, or a tag of another vocabulary at a line's start or end becomes a line
 * break, any other tag is removed, and blank lines are then dropped where a block tag was found (in
 * such text the tags mark the paragraphs; see the unwrapping step of {@link Normalizer}; an
 * underline or a bold word alone leaves the blank lines that mark them). Entities are decoded only
 * in text that held such tags, since a lone "&amp;" in plain text is meant literally; decoded angle
 * brackets become 〈〉, which width folding leaves alone, so that decoded text never forms a tag (the
 * step is idempotent), while the text's own that no tag took stay ("增速<5%"). A web address
 * (http://, https://, file:// — a browser's print footer — or www. followed by the printable ASCII
 * characters of a URL) is removed everywhere, and so is an e-mail address (name@host.domain, ASCII:
 * left in, "ruan@gmail", "yifeng" and "com" become terms) or the placeholder of one a page's host
 * hid ("[email protected]"), each with the brackets around it (&lt;…&gt;, 〈…〉, ＜…＞, (…), （…）) when
 * it has them; a line of addresses alone goes with its line break, leaving no blank line. A
 * Markdown link or image to one on a line of its own ("[查看原文](https://…)") is page navigation and
 * goes with its line; within a line it becomes its text ("详见[通知](http://…)" → "详见通知").
 */
final class Markup {
  private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");

  private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*(?:\n[ \t]*)+");

  private static final Pattern URL =
      enclosed("(?:https?://|file:/{1,3}|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");

  /**
   * A line of web addresses alone: it goes with its line break, so that it leaves no blank line,
   * which would read as the paragraph breaks of a wrapped layout.
   */
  private static final Pattern URL_LINE =
      Pattern.compile("(?m)^[ \t]*(?:(?:" + URL.pattern() + ")[ \t]*)+(?:\n|$)");

  // bounded repetitions: Java matches a repeated group by recursion, and a run of thousands of
  // "1." after an @ (a PDF table) must not exhaust the stack
  private static final Pattern EMAIL =
      enclosed(
          "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9\\-]{1,63}"
              + "(?:\\.[A-Za-z0-9\\-]{1,63}){0,8}\\.[A-Za-z]{2,24}(?![A-Za-z0-9])");

  /**
   * Returns the pattern of an address, with the brackets around it when it has them, spaces inside
   * them too ("徐明 &lt;xu@example.com&gt;" leaves "徐明 ", not "徐明 &lt;&gt;"; "出炉（ http://t.cn/x ）"
   * leaves "出炉").
   */
  private static Pattern enclosed(String address) {
    StringBuilder p = new StringBuilder();
    String spaces = "[ \t\u00a0\u3000]*";
    for (String pair : List.of("<>", "〈〉", "＜＞", "()", "（）")) {
      p.append(Pattern.quote(pair.substring(0, 1)))
          .append(spaces)
          .append(address)
          .append(spaces)
          .append(Pattern.quote(pair.substring(1)))
          .append('|');
    }
    return Pattern.compile(p + address);
  }

  private static final String LINK = "!?\\[([^\\[\\]\n]*)\\]\\((?:https?://|www\\.)[^()\\s]*\\)";

  private static final Pattern MARKDOWN_LINK = Pattern.compile(LINK);

  private static final Pattern LINK_LINE = Pattern.compile("(?m)^[ \t]*" + LINK + "[ \t]*(?:\n|$)");

  private Markup() {}

  /**
   * Returns {@code text} with web addresses removed, and with HTML tags and their entities removed
   * too when {@code tags} is true.
   */
  static String strip(String text, boolean tags) {
    if (tags && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0)) text = tags(text);
    if (!holdsAddress(text)) return text;
    // no address spans a line break, so only the lines that hold one are matched: the patterns,
    // tried at every character, would otherwise cost more than all the rest of the cleanup
    StringBuilder out = new StringBuilder(text.length());
    for (int start = 0; start < text.length(); ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      String line = text.substring(start, end);
      out.append(holdsAddress(line) ? addresses(line) : line);
      start = end;
    }
    return out.toString();
  }

  /** Whether the text may hold an e-mail or web address, or a page's hidden one. */
  private static boolean holdsAddress(String text) {
    return text.indexOf('@') >= 0
        || text.contains("://")
        || text.contains("www.")
        || text.contains("[email");
  }

  /**
   * What a web page shows where its host hid an e-mail address from harvesters (Cloudflare's
   * "[email protected]"): no more text than the address it stands for.
   */
  private static final Pattern HIDDEN_EMAIL = enclosed("\\[email[ \u00a0]protected\\]");

  /** Returns one line, with its line break, without its e-mail and web addresses. */
  private static String addresses(String line) {
    if (line.contains("[email")) line = HIDDEN_EMAIL.matcher(line).replaceAll("");
    if (line.indexOf('@') >= 0) line = EMAIL.matcher(line).replaceAll("");
    if (!line.contains("://") && !line.contains("www.")) return line;
    if (line.contains("](")) { // Markdown links: only then worth two more passes
      line = MARKDOWN_LINK.matcher(LINK_LINE.matcher(line).replaceAll("")).replaceAll("$1");
    }
    return URL.matcher(URL_LINE.matcher(line).replaceAll("")).replaceAll("");
  }

  /** A closing tag: its name. */
  private static final Pattern CLOSING = Pattern.compile("</([A-Za-z][A-Za-z0-9]*)\\s*>");

  /**
   * Whether only spaces part the span from a line's start or from its end: a tag of another
   * vocabulary there ({@code <para>} on a line of its own, or opening one) marks a block; one
   * within a line's text ({@code </emphasis>}) is inline.
   */
  private static boolean atLineEdge(String text, int start, int end) {
    int before = start;
    while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
      before--;
    }
    if (before == 0 || text.charAt(before - 1) == '\n') return true;
    int after = end;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    return after == text.length() || text.charAt(after) == '\n';
  }

  private static String tags(String text) {
    // the names the text closes: an element of another vocabulary (DocBook's para, emphasis …)
    // opened and closed is markup as much as an HTML one, where "<x>" alone may be text ("3<4")
    Set<String> closed = new HashSet<>();
    for (Matcher c = CLOSING.matcher(text); c.find(); ) closed.add(c.group(1));
    Matcher m = TAG.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    boolean found = false;
    boolean blocks = false;
    int at = 0;
    // a tag starts at a '<': the pattern is tried there only, not at every character
    for (int lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', Math.max(lt + 1, at))) {
      if (!m.region(lt, text.length()).lookingAt()) continue;
      String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
      boolean known = Tag.isKnownTag(name);
      if (!known && !closed.contains(m.group(1))) continue;
      boolean block =
          known
              ? name.equals("br") || Tag.valueOf(name).isBlock()
              : atLineEdge(text, m.start(), m.end());
      found = true;
      blocks |= block;
      out.append(text, at, m.start()).append(block ? "\n" : "");
      at = m.end();
    }
    if (!found) return text;
    out.append(text, at, text.length());
    // the text's own angle brackets that no tag took ("增速<5%") stay as they are: set aside as two
    // noncharacters, which no text holds, while the entities are decoded
    String own = out.toString().replace('<', OWN_LT).replace('>', OWN_GT);
    String decoded = Parser.unescapeEntities(own, false);
    // block tags give the paragraphs; the blank lines they leave would read as a wrapped PDF
    // layout. Inline tags alone (an underline, a bold word) leave the blank lines the paragraphs'.
    if (blocks) decoded = BLANK_LINES.matcher(decoded).replaceAll("\n");
    return decoded.replace('<', '〈').replace('>', '〉').replace(OWN_LT, '<').replace(OWN_GT, '>');
  }

  /** Where the text's own angle brackets wait while entities are decoded (noncharacters). */
  private static final char OWN_LT = '\uFDD0';

  private static final char OWN_GT = '\uFDD1';
}
