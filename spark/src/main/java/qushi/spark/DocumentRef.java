package qushi.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import qushi.analytics.corpus.Document;

/**
 * A document of the listing as sent to an executor: what the manifest says and where the text is (a
 * path the executor reads, or the text itself).
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

  private DocumentRef(int index, Document d) {
    this.index = index;
    this.id = d.id();
    this.file = d.file();
    this.year = d.year();
    this.title = d.title();
    this.source = d.source();
    if (d.content() instanceof Document.OnDisk disk) {
      this.path = disk.path().toString();
      this.text = null;
    } else {
      this.path = null;
      this.text = ((Document.InMemory) d.content()).text();
    }
  }

  /** Returns the reference of document {@code d}, the {@code index}-th of its corpus. */
  static DocumentRef of(int index, Document d) {
    return new DocumentRef(index, d);
  }

  /** Returns the document again (without its metadata, which the executors do not read). */
  Document document() {
    Document.Content content =
        path != null ? new Document.OnDisk(Path.of(path)) : new Document.InMemory(text);
    return new Document(id, file, year, title, source, Map.of(), content);
  }
}
