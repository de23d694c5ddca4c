package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.core.BadInputException;

/**
 * The report folder is replaced as a whole: faults and kills between the steps leave a whole
 * report.
 */
class AtomicOutputTest {
  @TempDir Path dir;

  @AfterEach
  void noFaults() {
    AtomicOutput.faults = step -> {};
  }

  static Map<String, byte[]> files(String version, String... names) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (String n : names) m.put(n, (version + " " + n).getBytes(StandardCharsets.UTF_8));
    return m;
  }

  private List<String> listing(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNewRunReplacesTheWholeFolder() throws IOException {
    Path out = dir.resolve("out");
    AtomicOutput.write(out, files("v1", "topics.csv", "a.csv", "index.html"));
    AtomicOutput.write(out, files("v2", "a.csv", "index.html"));
    // topics.csv of the first run does not stay behind
    assertEquals(List.of(".qushi-report", "a.csv", "index.html"), listing(out));
    assertEquals("v2 index.html", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("out"), listing(dir), "no temporary or old folder is left");
  }

  @Test
  void theNewReportKeepsTheFolderPermissions() throws IOException {
    Path out = dir.resolve("out");
    AtomicOutput.write(out, files("v1", "index.html"));
    var modes = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---");
    Files.setPosixFilePermissions(out, modes);
    AtomicOutput.write(out, files("v2", "index.html"));
    assertEquals(modes, Files.getPosixFilePermissions(out));
    assertEquals("v2 index.html", Files.readString(out.resolve("index.html")));
  }

  @Test
  void aFailureBeforeTheSwapLeavesTheOldReport() throws IOException {
    Path out = dir.resolve("out");
    AtomicOutput.write(out, files("v1", "a.csv", "index.html"));
    AtomicOutput.faults =
        step -> {
          if (step.equals("written")) throw new IOException("disk full");
        };
    assertThrows(
        java.io.UncheckedIOException.class,
        () -> AtomicOutput.write(out, files("v2", "a.csv", "index.html")));
    assertEquals("v1 index.html", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("out"), listing(dir));
  }

  @Test
  void aFailureBetweenTheRenamesPutsTheOldReportBack() throws IOException {
    Path out = dir.resolve("out");
    AtomicOutput.write(out, files("v1", "a.csv", "index.html"));
    AtomicOutput.faults =
        step -> {
          if (step.equals("old moved aside")) throw new IOException("rename refused");
        };
    assertThrows(
        java.io.UncheckedIOException.class,
        () -> AtomicOutput.write(out, files("v2", "a.csv", "index.html")));
    assertEquals("v1 index.html", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("out"), listing(dir));
  }

  @Test
  void aKillBetweenTheRenamesIsRepairedByTheNextRun() throws Exception {
    Path out = dir.resolve("out");
    AtomicOutput.write(out, files("v1", "a.csv", "index.html"));
    // a second JVM writes v2 and dies (halt, as kill -9) after moving the old report aside
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledWriter.class.getName(),
                out.toString())
            .inheritIO()
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue());
    assertFalse(Files.exists(out), "the killed run left no report in place");
    assertTrue(
        listing(dir).stream().anyMatch(n -> n.startsWith(".out.old-")), listing(dir).toString());
    // the next run finds the dead run's folders: puts the old report back, then replaces it whole
    AtomicOutput.write(out, files("v3", "index.html"));
    assertEquals(List.of(".qushi-report", "index.html"), listing(out));
    assertEquals("v3 index.html", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("out"), listing(dir), "left-overs of the killed run are gone");
  }

  @Test
  void refusesTheRootAFileAndAFolderOfOtherFiles() throws IOException {
    assertEquals(
        "out must be a folder below the root, was /",
        assertThrows(BadInputException.class, () -> AtomicOutput.check(Path.of("/"))).getMessage());
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertTrue(
        assertThrows(BadInputException.class, () -> AtomicOutput.check(file))
            .getMessage()
            .contains("is a file"));
    Path documents = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(documents.resolve("thesis.docx"), "mine");
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> AtomicOutput.write(documents, files("v1", "index.html")));
    assertTrue(e.getMessage().contains("holds other files"), e.getMessage());
    assertEquals(
        "mine",
        Files.readString(documents.resolve("thesis.docx")),
        "nothing of the folder was touched");
    // a user's own page and tables are theirs, not a report's
    Path tables = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(tables.resolve("survey.csv"), "a,b");
    Files.writeString(tables.resolve("index.html"), "<p>mine</p>");
    e = assertThrows(BadInputException.class, () -> AtomicOutput.check(tables));
    assertTrue(e.getMessage().contains("holds other files"), e.getMessage());
    assertEquals("a,b", Files.readString(tables.resolve("survey.csv")));
    // a report of a version whose marker listed nothing: its page and tables are replaced
    Path older = Files.createDirectories(dir.resolve("older"));
    Files.writeString(older.resolve("index.html"), "v0");
    Files.writeString(older.resolve("keywords.csv"), "v0");
    Files.writeString(older.resolve(AtomicOutput.MARKER), "");
    AtomicOutput.write(older, files("v1", "index.html"));
    assertEquals(List.of(".qushi-report", "index.html"), listing(older));
  }

  @Test
  void refusesAnEarlierReportWithFilesItDidNotWriteAFileOnThePathAndNoName() throws IOException {
    Path out = dir.resolve("out");
    AtomicOutput.write(out, files("v1", "a.csv", "index.html"));
    Files.writeString(out.resolve("mynotes.txt"), "mine");
    Files.writeString(out.resolve("mydata.csv"), "mine");
    Files.createDirectories(out.resolve("drafts"));
    BadInputException e =
        assertThrows(BadInputException.class, () -> AtomicOutput.write(out, files("v2", "a.csv")));
    assertTrue(
        e.getMessage()
            .contains(
                "holds an earlier report and files it did not write (drafts, mydata.csv,"
                    + " mynotes.txt)"),
        e.getMessage());
    assertEquals("mine", Files.readString(out.resolve("mynotes.txt")));
    assertEquals("v1 a.csv", Files.readString(out.resolve("a.csv")), "the old report stays");
    // a path through a file fails before the analysis, with the file named
    Path file = Files.writeString(dir.resolve("afile"), "hello");
    assertEquals(
        "--out cannot be written: " + file.toAbsolutePath() + " is a file, not a folder",
        assertThrows(BadInputException.class, () -> AtomicOutput.check(file.resolve("sub")))
            .getMessage()
            .replaceFirst("^out", "--out"));
    assertTrue(
        assertThrows(BadInputException.class, () -> AtomicOutput.check(Path.of("")))
            .getMessage()
            .contains("is empty"));
  }

  /** Writes a report into args[0] and halts the JVM after the old report was moved aside. */
  public static final class KilledWriter {
    private KilledWriter() {}

    /** Runs the killed write. */
    public static void main(String[] args) {
      AtomicOutput.faults =
          step -> {
            if (step.equals("old moved aside")) Runtime.getRuntime().halt(137);
          };
      AtomicOutput.write(Path.of(args[0]), files("v2", "a.csv", "index.html"));
    }
  }
}
