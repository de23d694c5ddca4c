package qushi.analytics.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The text of a Markdown file, parsed with commonmark-java: one paragraph per line. A heading keeps
 * its {@code #} marks (so that it starts a section), a link keeps its text unless it is the whole
 * paragraph ("[查看原文](https://…)" on a line of its own is page navigation), an image goes, inline
 * HTML keeps its text ({@code <p>}, {@code <br>} and {@code <div>} break the line), an HTML block
 * is read with jsoup, code keeps its text (a code block's lines of program text are marked as code,
 * {@link DocumentReader#isProgram}, which cleanup drops unless asked to keep them), a heading left
 * last over links that went goes with them; a soft line break inside a paragraph becomes a space
 * (which cleanup removes between Chinese characters), except after a row of a table (a line that
 * starts with |), which stays a line of its own, and before a line indented with a full-width space
 * (U+3000), which starts a paragraph as it does in a Chinese text. A code block of Chinese text
 * (prose kept in a fence for its layout) is preformatted prose ({@link RawText#plainLines}).
 *
 * <p>A <b>front matter</b> block at the top of the file — YAML between two {@code ---} lines (or
 * {@code ---} and {@code ...}), TOML between two {@code +++} lines, as static-site generators and
 * note-taking tools write them — is metadata, not text: it is dropped, and its {@code title}, if it
 * has one, becomes the document's first heading, as a site shows it (unless the text opens with
 * it). A block whose lines are not all {@code key: value}, list items or comments is text. Template
 * tags of such generators (Hugo's shortcodes, Liquid's tags) go too ({@link #withoutTemplateTags}).
 */
final class MarkdownText {
  private static final Pattern BREAKING = Pattern.compile("(?i)</?(p|br|div|li|tr|h[1-6])\\b.*");

  private MarkdownText() {}

  /** Returns the text of Markdown source {@code markdown}, and which of its lines are code. */
  static DocumentReader.Extracted of(String markdown) {
    List<String> lines = new ArrayList<>();
    FrontMatter front = FrontMatter.of(markdown);
    Node root = Parser.builder().build().parse(footnotes(withoutTemplateTags(front.body())));
    StringBuilder line = new StringBuilder();
    // each heading's line number + 1, and whether the last paragraphs were links that went
    Set<Integer> headings = new HashSet<>();
    boolean[] linksLast = {false};
    List<Integer> code = new ArrayList<>();
    List<Integer> plain = new ArrayList<>();
    root.accept(
        new AbstractVisitor() {
          private void end() {
            if (!line.toString().isBlank()) {
              lines.add(line.toString().strip());
              linksLast[0] = false;
            }
            line.setLength(0);
          }

          /** Ends the current line, then takes each of {@code blockLines} as a line of its own. */
          private void block(List<String> blockLines) {
            end();
            for (String l : blockLines) {
              line.append(l);
              end();
            }
          }

          /**
           * Takes the lines of a code block, each a line of its own; those of a program as code. A
           * block of Chinese text, fewer than a quarter of its lines program text ({@link
           * DocumentReader#isProgram}: a line of digits, a Latin quotation), is preformatted prose:
           * its lines keep their indent and its blank lines stay, so that cleanup weighs its line
           * breaks as a plain text's. (A program commented in Chinese has a line of program for
           * every comment or two.)
           */
          private void code(String literal) {
            end();
            List<String> blockLines = List.of(literal.split("\n"));
            List<String> filled = blockLines.stream().filter(l -> !l.isBlank()).toList();
            List<Boolean> program = filled.stream().map(DocumentReader::isProgram).toList();
            linksLast[0] = false;
            if (4 * program.stream().filter(p -> p).count() >= filled.size()) {
              for (int i = 0; i < filled.size(); i++) {
                if (program.get(i)) code.add(lines.size());
                lines.add(filled.get(i).strip());
              }
              return;
            }
            // prose: from its first filled line to its last, blank lines and indents kept
            int from = blockLines.indexOf(filled.get(0));
            int to = blockLines.lastIndexOf(filled.get(filled.size() - 1));
            for (String l : blockLines.subList(from, to + 1)) {
              plain.add(lines.size());
              lines.add(l.stripTrailing());
            }
          }

          @Override
          public void visit(Heading heading) {
            end();
            line.append("#".repeat(heading.getLevel())).append(' ');
            visitChildren(heading);
            end();
            headings.add(lines.size());
          }

          @Override
          public void visit(Paragraph paragraph) {
            end();
            if (!(paragraph.getFirstChild() instanceof Link link && link.getNext() == null)) {
              visitChildren(paragraph);
            } else {
              linksLast[0] = true;
            }
            end();
          }

          @Override
          public void visit(Text text) {
            // ** that CommonMark left as text (beside Chinese punctuation, where its rules for
            // emphasis fail: **《标题》**) marks emphasis, not text
            String t = text.getLiteral().replace("**", "");
            line.append(t.contains("[^") ? FOOTNOTE_REFERENCE.matcher(t).replaceAll("") : t);
          }

          @Override
          public void visit(Code code) {
            line.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            // a table (| cell | cell |, which core CommonMark reads as one paragraph) keeps a row a
            // line, and cleanup drops its |---| rule; elsewhere a soft break is a space, but
            // a line indented with a full-width space starts a paragraph, as in a Chinese text
            if (line.toString().stripLeading().startsWith("|")) end();
            else if (br.getNext() instanceof Text t && t.getLiteral().startsWith("\u3000")) end();
            else if (!wrapsChinese(line, br.getNext())) line.append(' ');
          }

          @Override
          public void visit(HardLineBreak br) {
            end();
          }

          @Override
          public void visit(Image image) {
            // an image's alt text is not text of the document
          }

          @Override
          public void visit(HtmlInline html) {
            if (BREAKING.matcher(html.getLiteral()).matches()) end();
          }

          @Override
          public void visit(HtmlBlock html) {
            block(HtmlText.lines(html.getLiteral()));
          }

          @Override
          public void visit(FencedCodeBlock block) {
            code(block.getLiteral());
          }

          @Override
          public void visit(IndentedCodeBlock block) {
            code(block.getLiteral());
          }
        });
    if (!line.toString().isBlank()) lines.add(line.toString().strip());
    // a heading left last over links that went heads nothing ("## 相关文章" over a list of links)
    int kept = lines.size();
    while (linksLast[0] && kept > 0 && headings.contains(kept)) kept--;
    if (kept > 0) lines.subList(kept, lines.size()).clear();
    int left = lines.size();
    code.removeIf(i -> i >= left);
    plain.removeIf(i -> i >= left);
    // the front matter's title heads the text, unless the text opens with it already
    String title = front.title();
    if (!title.isEmpty()
        && (lines.isEmpty() || !lines.get(0).replaceFirst("^#+\\s*", "").equals(title))) {
      lines.add(0, "# " + title);
      code.replaceAll(i -> i + 1);
      plain.replaceAll(i -> i + 1);
    }
    return new DocumentReader.Extracted(String.join("\n", lines), code, plain);
  }

  /**
   * A static-site generator's template tag on one line: a shortcode of Hugo ({@code {{< video
   * src="…" >}}}, {@code {{% note %}}}, closing ones too) or a tag of Liquid (Jekyll: {@code {%
   * include x.html %}}: a Latin keyword first, then a space or the end); no brace inside and at
   * most 500 characters. A template variable ({@code {{ message }}}) is left: prose about Vue or
   * Jinja writes the same.
   */
  private static final Pattern TEMPLATE_TAG =
      Pattern.compile(
          "\\{\\{[<%][^{}\\n"
              + "]{0,500}?[%>]}}|\\{%-?\\s*[A-Za-z_][\\w-]*(?:\\s[^{}%\\n"
              + "]{0,500}?)?-?%}");

  /** A fence line of a code block: three or more backticks or tildes, indented at most three. */
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

  /** A code span: a run of backticks, text, the same run. */
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");

  /**
   * Returns the Markdown without its template tags ({@link #TEMPLATE_TAG}) outside code blocks and
   * code spans: markup of the site that the file was written for, which the site replaces with a
   * video or a figure, never text (its words, "video src", would otherwise be counted in every
   * article that embeds one); what a pair of tags encloses stays, and so does a tag that code
   * shows.
   */
  static String withoutTemplateTags(String markdown) {
    if (!markdown.contains("{{") && !markdown.contains("{%")) return markdown;
    StringBuilder out = new StringBuilder(markdown.length());
    String fence = null; // the fence of the code block the line is in, or null
    for (String line : markdown.split("\n", -1)) {
      Matcher f = FENCE.matcher(line);
      if (fence == null && f.matches()) fence = f.group(1);
      else if (fence != null && f.matches() && f.group(1).startsWith(fence)) fence = null;
      else if (fence == null) line = outsideCode(line);
      out.append(line).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** Returns {@code line} without the template tags outside its code spans. */
  private static String outsideCode(String line) {
    if (!line.contains("{{") && !line.contains("{%")) return line;
    StringBuilder out = new StringBuilder(line.length());
    Matcher code = CODE_SPAN.matcher(line);
    int at = 0;
    while (code.find()) {
      out.append(TEMPLATE_TAG.matcher(line.substring(at, code.start())).replaceAll(""));
      out.append(code.group());
      at = code.end();
    }
    out.append(TEMPLATE_TAG.matcher(line.substring(at)).replaceAll(""));
    return out.toString();
  }

  /** A footnote's definition: "[^1]: text" at the start of a line. */
  private static final Pattern FOOTNOTE = Pattern.compile("(?m)^ {0,3}\\[\\^[^\\]\\s]+\\]:[ \t]*");

  /** A footnote's reference in the text: "[^1]". */
  private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]\\s]+\\](?!:)");

  /**
   * Returns whether a soft line break between the {@code line} so far and the {@code next} node
   * wraps Chinese text: a page joins such lines without a space, and a space between two words of
   * Chinese would separate them.
   */
  private static boolean wrapsChinese(CharSequence line, Node next) {
    boolean before =
        !line.isEmpty() && HtmlText.isCjk(Character.codePointBefore(line, line.length()));
    boolean after =
        next instanceof Text t
            && !t.getLiteral().isEmpty()
            && HtmlText.isCjk(t.getLiteral().codePointAt(0));
    return before || after;
  }

  /**
   * Returns the Markdown with the definitions of its footnotes (an extension CommonMark does not
   * read) as text: "[^1]: 脚注内容。" becomes the paragraph "脚注内容。" (CommonMark would take it for a link
   * reference and drop it); a reference "[^1]" goes from the text nodes.
   */
  private static String footnotes(String markdown) {
    if (!markdown.contains("[^")) return markdown;
    return FOOTNOTE.matcher(markdown).replaceAll("\n");
  }

  /**
   * The front matter of a Markdown file: its title ("" when it has none) and the Markdown after it
   * (the whole file when it has none).
   */
  record FrontMatter(String title, String body) {
    private static final Pattern TITLE =
        Pattern.compile(
            "(?m)^title\\s*[:=]\\s*(?:\"(.*)\"|'(.*)'|([^\\s\"'|>#].*?))\\s*(?:\\s#.*)?$");

    /**
     * A line of metadata: a key and its value ({@code key: value}, {@code key = value}), an item of
     * a list ({@code - value}), a line of a block or of a table ({@code [section]}), a comment, or
     * an indented continuation. A block between fences whose lines are not all of these is text.
     */
    private static final Pattern METADATA =
        Pattern.compile("\\s*|[A-Za-z_][\\w.-]*\\s*[:=].*|\\s*-(\\s.*)?|\\[.*]|#.*|\\s+\\S.*");

    static FrontMatter of(String markdown) {
      String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
      String fence = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
      int first = text.indexOf('\n');
      if (fence == null || first < 0 || !text.substring(0, first).strip().equals(fence)) {
        return new FrontMatter("", markdown);
      }
      int start = first + 1;
      for (int at = start; at < text.length(); ) {
        int nl = text.indexOf('\n', at);
        int end = nl < 0 ? text.length() : nl;
        String line = text.substring(at, end).strip();
        if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
          String block = text.substring(start, at);
          if (block.isBlank() || !block.lines().allMatch(l -> METADATA.matcher(l).matches())) {
            return new FrontMatter("", markdown); // text between two rules, not metadata
          }
          var m = TITLE.matcher(block);
          String title = "";
          if (m.find()) {
            for (int g = 1; g <= 3 && title.isEmpty(); g++) {
              if (m.group(g) != null) title = m.group(g).strip();
            }
          }
          return new FrontMatter(title, nl < 0 ? "" : text.substring(nl + 1));
        }
        if (nl < 0) break;
        at = nl + 1;
      }
      return new FrontMatter("", markdown); // no closing fence: a thematic break, not front matter
    }
  }
}
