package qushi.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import qushi.analytics.corpus.Document;
import qushi.analytics.corpus.RawText;

/**
 * A document of the listing as sent to an executor: what the manifest says and where the text is (a
 * path the executor reads, a URI it reads through Hadoop's client, or the text itself).
 */
final class DocumentRef implements Serializable {
  private static final long serialVersionUID = 1L;

  final int index;
  final String id;
  final String file;
  final int year;
  final String title;
  final String source;
  final String path;
  final String text;
  final String uri;

  private DocumentRef(int index, Document d) {
    this.index = index;
    this.id = d.id();
    this.file = d.file();
    this.year = d.year();
    this.title = d.title();
    this.source = d.source();
    String p = null;
    String t = null;
    String u = null;
    switch (d.content()) {
      case Document.OnDisk disk -> p = disk.path().toString();
      case Document.InMemory memory -> t = memory.text();
      case Document.Located located -> u = located.uri().toString();
    }
    this.path = p;
    this.text = t;
    this.uri = u;
  }

  /** Returns the reference of document {@code d}, the {@code index}-th of its corpus. */
  static DocumentRef of(int index, Document d) {
    return new DocumentRef(index, d);
  }

  /** Returns the document again (without its metadata, which the executors do not read). */
  Document document() {
    Document.Content content =
        path != null
            ? new Document.OnDisk(Path.of(path))
            : uri != null ? new Document.Located(URI.create(uri)) : new Document.InMemory(text);
    return new Document(id, file, year, title, source, Map.of(), content);
  }

  /**
   * Returns the document's text as read: a located file through Hadoop's client made with {@code
   * hadoop} settings, any other as the document reads itself.
   */
  RawText read(Map<String, String> hadoop) {
    return uri != null ? HadoopFiles.raw(URI.create(uri), file, hadoop) : document().read();
  }
}
