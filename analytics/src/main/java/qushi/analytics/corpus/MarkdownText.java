package qushi.analytics.corpus;

import java.util.ArrayList;
import java.util.List;
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
 * is read with jsoup, code keeps its text; a soft line break inside a paragraph becomes a space
 * (which cleanup removes between Chinese characters).
 */
final class MarkdownText {
  private static final Pattern BREAKING = Pattern.compile("(?i)</?(p|br|div|li|tr|h[1-6])\\b.*");

  private MarkdownText() {}

  /** Returns the text of Markdown source {@code markdown}. */
  static String of(String markdown) {
    Node root = Parser.builder().build().parse(markdown);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    root.accept(
        new AbstractVisitor() {
          private void end() {
            if (!line.toString().isBlank()) lines.add(line.toString().strip());
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

          @Override
          public void visit(Heading heading) {
            end();
            line.append("#".repeat(heading.getLevel())).append(' ');
            visitChildren(heading);
            end();
          }

          @Override
          public void visit(Paragraph paragraph) {
            end();
            if (!(paragraph.getFirstChild() instanceof Link link && link.getNext() == null)) {
              visitChildren(paragraph);
            }
            end();
          }

          @Override
          public void visit(Text text) {
            line.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            line.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            line.append(' ');
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
          public void visit(FencedCodeBlock code) {
            block(List.of(code.getLiteral().split("\n")));
          }

          @Override
          public void visit(IndentedCodeBlock code) {
            block(List.of(code.getLiteral().split("\n")));
          }
        });
    if (!line.toString().isBlank()) lines.add(line.toString().strip());
    return String.join("\n", lines);
  }
}
