package qushi.analytics.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
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

  /** Appends the text blocks inside {@code e} (which has no text of its own), in order. */
  private static void blocks(Element e, List<String> out) {
    for (Element child : e.children()) {
      if (hasOwnText(child)) {
        String text = child.text();
        if (!text.isBlank()) out.add(text);
      } else {
        blocks(child, out);
      }
    }
  }

  /** Whether {@code e} holds text of its own, not only inside its children. */
  private static boolean hasOwnText(Element e) {
    for (TextNode t : e.textNodes()) if (!t.isBlank()) return true;
    return false;
  }
}
