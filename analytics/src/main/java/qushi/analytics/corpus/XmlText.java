package qushi.analytics.corpus;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
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

  /** Returns the text blocks of the file whose bytes these are, one per line. */
  static String of(Path file, byte[] bytes) {
    Element root = Jsoup.parse(TextFiles.decode(file, bytes), "", Parser.xmlParser());
    List<String> out = new ArrayList<>();
    blocks(root, out);
    return String.join("\n", out);
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
