package qushi.analytics.corpus;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import qushi.analytics.internal.TextFiles;

/**
 * The text of an XML file (a DocBook or TEI export, an open-data record), read with jsoup's XML
 * parser, whatever its vocabulary: one line per <i>text block</i>, an element with text of its own
 * inside an element without (a {@code para}, a {@code title}, a {@code p}), its inline elements'
 * text in it ({@code <emphasis>…</emphasis>}) and its white space folded as a browser folds it.
 * Tags, attributes, comments, processing instructions and the declaration are not text; character
 * references are decoded. A title line before its paragraphs is then a heading as any short line
 * before body text is.
 */
final class XmlText {
  private XmlText() {}

  /**
   * Returns the text blocks of the file whose bytes these are, one per line; of a Word document
   * saved as XML, its body's paragraphs and table rows ({@link #word}).
   */
  static String of(Path file, byte[] bytes) {
    Element root = Jsoup.parse(TextFiles.decode(file, bytes), "", Parser.xmlParser());
    Element body = wordBody(root);
    if (body != null) return word(body);
    List<String> out = new ArrayList<>();
    blocks(root, out);
    return String.join("\n", out);
  }

  /**
   * Returns the body of a Word document saved as XML (Word 2003 XML, {@code w:wordDocument}, or a
   * flat Office Open XML package, {@code pkg:package}, whose main part holds {@code w:document}),
   * or null when the file is no such document.
   */
  static Element wordBody(Element root) {
    for (Element e : root.getAllElements()) {
      if (!local(e).equals("body") || e.parent() == null) continue;
      String parent = local(e.parent());
      if ((parent.equals("wordDocument") || parent.equals("document")) && inWordNamespace(e)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether the element's prefix is bound to one of Word's namespaces (Word 2003 XML's, or
   * WordprocessingML's), so that another vocabulary's {@code <document><body>} is read as any XML.
   */
  private static boolean inWordNamespace(Element e) {
    String name = e.tagName();
    int colon = name.indexOf(':');
    if (colon < 0) return false;
    String declaration = "xmlns:" + name.substring(0, colon);
    for (Element a = e; a != null; a = a.parent()) {
      if (a.hasAttr(declaration)) {
        String uri = a.attr(declaration);
        return uri.contains("wordprocessingml")
            || uri.contains("schemas.microsoft.com/office/word");
      }
    }
    return false;
  }

  /** The elements of a Word body whose text is no text of the page's body. */
  private static final Set<String> NOT_BODY =
      Set.of(
          "footnote",
          "endnote",
          "annotation",
          "hdr",
          "ftr",
          "sectPr",
          "delText",
          "instrText",
          "txbxContent",
          "pPr",
          "rPr",
          "docPr");

  /**
   * Returns the paragraphs of a Word body, one per line (the text of its runs, a tab as a tab and a
   * line break as a line end), and each row of a table as one line of its cells separated by spaces
   * (a cell's paragraphs, and a table inside a cell, run into its text), as {@link DocxText} reads
   * a .docx. Footnotes, comments, headers and footers, deleted text and field codes are left out. A
   * walk that keeps its own state, so that no nesting runs out of the thread's stack.
   */
  static String word(Element body) {
    List<String> lines = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          int skipped;
          int tables;
          StringBuilder text = new StringBuilder();
          List<String> cells = new ArrayList<>();

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              if (skipped > 0 || NOT_BODY.contains(local(e))) {
                skipped++;
                return;
              }
              switch (local(e)) {
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append(tables > 0 ? ' ' : '\n');
                case "tbl" -> {
                  if (tables++ == 0) flush();
                }
                case "tr" -> {
                  if (tables == 1) cells = new ArrayList<>();
                }
                default -> {}
              }
            } else if (node instanceof TextNode t
                && skipped == 0
                && t.parent() instanceof Element e
                && local(e).equals("t")) {
              text.append(t.getWholeText());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            if (skipped > 0) {
              skipped--;
              return;
            }
            switch (local(e)) {
              case "p" -> {
                if (tables == 0) flush();
                else text.append(' ');
              }
              case "tc" -> {
                if (tables == 1) {
                  cells.add(text.toString().strip());
                  text.setLength(0);
                }
              }
              case "tr" -> {
                if (tables == 1) lines.add(String.join(" ", cells));
              }
              case "tbl" -> tables--;
              default -> {}
            }
          }

          private void flush() {
            lines.add(text.toString());
            text.setLength(0);
          }
        },
        body);
    return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList());
  }

  /** Returns an element's name without its namespace prefix ({@code w:p} → {@code p}). */
  private static String local(Element e) {
    String name = e.tagName();
    return name.substring(name.indexOf(':') + 1);
  }

  /**
   * Appends the text blocks inside {@code root} (which has no text of its own), in document order:
   * a walk with a stack of its own, so that no nesting of elements, however deep, runs out of the
   * thread's.
   */
  private static void blocks(Element root, List<String> out) {
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Element e = pending.pop();
      if (e != root && hasOwnText(e)) {
        String text = e.text();
        if (!text.isBlank()) out.add(text);
        continue;
      }
      Elements children = e.children();
      for (int i = children.size() - 1; i >= 0; i--) pending.push(children.get(i));
    }
  }

  /** Whether {@code e} holds text of its own, not only inside its children. */
  private static boolean hasOwnText(Element e) {
    for (TextNode t : e.textNodes()) if (!t.isBlank()) return true;
    return false;
  }
}
