package qushi.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.reports.cli.Main;

/**
 * A corpus on a file system that only Hadoop's client reads (here this machine's files under
 * another scheme, as hdfs: would be): the driver reads the manifest, the executors the documents,
 * and the output is the same as from the folder read directly.
 */
class HadoopCorpusTest {
  static final String KEY = "spark.hadoop.fs." + OtherFileSystem.SCHEME + ".impl";

  @BeforeAll
  static void register() {
    System.setProperty(KEY, OtherFileSystem.class.getName());
  }

  @AfterAll
  static void unregister() {
    System.clearProperty(KEY);
  }

  static String uri(Path folder) {
    return OtherFileSystem.SCHEME + "://" + folder.toAbsolutePath().toUri().getPath();
  }

  @Test
  void countsAndKeynessEqualThoseOfTheFolderReadDirectly(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("种子 corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> s = Files.list(SameOutputTest.SEEDS)) {
      for (Path p : s.toList()) Files.copy(p, corpus.resolve(p.getFileName()));
    }
    for (String[] c :
        List.of(
            new String[] {"count", "新质生产力", "人工智能"},
            new String[] {"stats"},
            new String[] {"compare", "--target", "2026", "--top", "50"})) {
      String local = SameOutputTest.run(SameOutputTest.with(c, "--corpus", corpus.toString()));
      String spark =
          SameOutputTest.run(
              SameOutputTest.with(
                  c, "--corpus", uri(corpus), "--engine", "spark", "--master", "local[2]"));
      assertEquals(local, spark, String.join(" ", c));
    }
  }

  @Test
  void aManifestThereMayNotReachOutsideItsFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,../a.txt,2021\nb,b.txt,2024\n");
    Files.writeString(dir.resolve("b.txt"), "人工智能。");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "stats", "--corpus", uri(dir), "--engine", "spark", "--master", "local[1]"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(2, code, err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("line 2: file '../a.txt' lies outside"), err.toString());
  }

  @Test
  void aFileThatCannotBeReadIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    // the executors read the documents: a damaged PDF among several is reported as locally
    StringBuilder manifest = new StringBuilder("id,file,year\n");
    for (int i = 0; i < 6; i++) {
      Files.writeString(dir.resolve(i + ".txt"), "人工智能赋能千行百业。第" + i + "篇。");
      manifest.append("t").append(i).append(',').append(i).append(".txt,").append(2020 + i % 2);
      manifest.append('\n');
    }
    Files.writeString(dir.resolve("c.pdf"), "%PDF-1.7\n1 0 obj\n");
    manifest.append("c,c.pdf,2021\n");
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "stats", "--corpus", dir.toString(), "--engine", "spark", "--master", "local[2]"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(2, code, err.toString());
    List<String> lines =
        err.toString().strip().lines().filter(l -> !l.contains("done in")).toList();
    assertEquals(1, lines.size(), err.toString());
    assertTrue(lines.get(0).contains("c.pdf: truncated or damaged PDF"), err.toString());
  }
}
