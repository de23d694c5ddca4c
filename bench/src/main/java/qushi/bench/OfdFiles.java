package qushi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

/**
 * Writes, for every {@code .txt} file of a corpus folder, an OFD file (GB/T 33190) laid out by
 * ofdrw as an office's software would lay it out (A4, 3.5 mm type, each line of the text a
 * paragraph wrapped at the page's width, pages broken where they fill), and a manifest naming the
 * {@code .ofd} files: the corpus as an office publishes it, to count against its text.
 *
 * <pre>OfdFiles SOURCE_FOLDER OUT_FOLDER</pre>
 */
public final class OfdFiles {
  private OfdFiles() {}

  /** Writes the OFD files and OUT/corpus.csv (the source's manifest, .txt names made .ofd). */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: OfdFiles SOURCE_FOLDER OUT_FOLDER");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    List<Path> texts;
    try (var files = Files.list(source)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path text : texts) {
      String name = text.getFileName().toString().replaceAll("\\.txt$", ".ofd");
      try (OFDDoc doc = new OFDDoc(out.resolve(name))) {
        for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) doc.add(new Paragraph(line.strip(), 3.5d));
        }
      }
    }
    String manifest = Files.readString(source.resolve("corpus.csv"), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("corpus.csv"), manifest.replaceAll("\\.txt(?=,|\\s)", ".ofd"));
    System.out.println(texts.size() + " OFD files in " + out);
  }
}
