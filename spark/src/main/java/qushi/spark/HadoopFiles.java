package qushi.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.corpus.Manifest;
import qushi.analytics.corpus.RawText;

/**
 * A corpus on a file system that Hadoop's client reads (hdfs:, s3a:, or any other it is configured
 * for): the driver reads the manifest and checks the listed files, the executors read the
 * documents. A manifest there may only name files inside the corpus folder.
 */
final class HadoopFiles {
  private HadoopFiles() {}

  /** Returns the settings of {@code conf}, to rebuild it on the executors. */
  static Map<String, String> settings(Configuration conf) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : conf) out.put(e.getKey(), e.getValue());
    return out;
  }

  /** Returns a configuration made of {@code settings} only. */
  static Configuration configuration(Map<String, String> settings) {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }

  /**
   * Returns the corpus whose manifest is {@code corpus.csv} in {@code folder}, its documents
   * located at their URIs.
   *
   * @throws BadInputException naming the manifest or file and the problem
   */
  static Corpus load(URI folder, Configuration conf) {
    URI base = folder.getPath().endsWith("/") ? folder : URI.create(folder + "/");
    URI manifestUri = base.resolve(Manifest.FILE_NAME);
    FileSystem fs = fileSystem(base, conf);
    if (!isFile(fs, manifestUri)) {
      throw new BadInputException(
          manifestUri
              + ": manifest not found (a corpus folder needs a "
              + Manifest.FILE_NAME
              + " with columns file,year and optionally id, or text,year with each text in it)");
    }
    Manifest manifest = Manifest.parse(Path.of(manifestUri.toString()), bytes(fs, manifestUri));
    List<Document> docs = new ArrayList<>();
    for (Manifest.Entry e : manifest.entries()) {
      if (e.text() != null) {
        docs.add(Document.listed(e, new Document.InMemory(e.text())));
        continue;
      }
      String f = e.file();
      boolean outside =
          f.startsWith("/") || f.contains(":") || Arrays.asList(f.split("[/\\\\]")).contains("..");
      if (outside) {
        throw new BadInputException(
            manifestUri
                + ": line "
                + e.line()
                + ": file '"
                + f
                + "' lies outside the corpus folder (a manifest on "
                + base.getScheme()
                + ": may only name files inside it)");
      }
      URI uri = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(base), f).toUri();
      if (!isFile(fs, uri)) {
        throw new BadInputException(
            uri + ": listed in " + manifestUri + " (line " + e.line() + ") but not found");
      }
      docs.add(Document.listed(e, new Document.Located(uri)));
    }
    return new Corpus(Path.of(folder.toString()), docs, manifest);
  }

  /**
   * Returns the text of the file at {@code uri} named {@code name} in the corpus (its extension
   * gives the format), read with {@code settings}, and the hash of its bytes.
   */
  static RawText raw(URI uri, String name, Map<String, String> settings) {
    return RawText.of(Path.of(name), bytes(fileSystem(uri, configuration(settings)), uri));
  }

  private static FileSystem fileSystem(URI uri, Configuration conf) {
    try {
      return FileSystem.get(uri, conf);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(uri + ": cannot open its file system (" + e.getMessage() + ")");
    }
  }

  private static boolean isFile(FileSystem fs, URI uri) {
    try {
      return fs.getFileStatus(new org.apache.hadoop.fs.Path(uri)).isFile();
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] bytes(FileSystem fs, URI uri) {
    try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(uri))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new BadInputException(uri + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
