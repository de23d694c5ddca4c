package qushi.analytics;

import java.util.Map;
import java.util.Objects;

/**
 * One dated document of a corpus as read from disk, before cleanup.
 *
 * @param id       unique id from the manifest (letters, digits, '-', '_', '.')
 * @param file     file name relative to the corpus folder, as the manifest gives it
 * @param year     the year the document belongs to
 * @param title    title from the manifest ("" when absent)
 * @param source   publisher or source from the manifest ("" when absent)
 * @param metadata every manifest column of this row, in manifest order
 * @param rawText  the decoded text, LF line ends, no BOM, otherwise untouched
 */
public record Document(
    String id, String file, int year, String title, String source, Map<String, String> metadata, String rawText) {

  /** Checks that no component is null and copies the metadata. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rawText, "rawText");
    metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }

  /** Returns a one-line summary, since jshell echoes values. */
  @Override
  public String toString() {
    return "Document[" + id + ", " + year + ", " + file + ", " + rawText.length() + " chars]";
  }
}
