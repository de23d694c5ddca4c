package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every notebook in jshell, as a user would from a folder of their own (not the repository:
 * the notebooks find qushi's seeds and files through qushi.home), and fails on any error.
 */
@Tag("slow")
class NotebooksTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static Stream<Path> notebooks() throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("notebooks"))) {
      List<Path> all =
          s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.jsh")).sorted().toList();
      assertTrue(all.size() >= 4, "expected at least four notebooks, found " + all);
      return all.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void runsWithoutErrors(Path notebook, @TempDir Path elsewhere) throws Exception {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Path jshell = java.resolveSibling("jshell");
    Path log = elsewhere.resolve("jshell.log");
    Process p =
        new ProcessBuilder(
                jshell.toString(),
                "--class-path",
                System.getProperty("java.class.path"),
                "--startup",
                "DEFAULT",
                "--startup",
                ROOT.resolve("notebooks/qushi-startup.jsh").toString(),
                "-R-Dqushi.home=" + ROOT,
                // the notebooks' cache is the build's, never the user's
                "-R-Dqushi.cache=" + System.getProperty("qushi.cache", "target/prepared-cache"),
                "-R-Dstdout.encoding=UTF-8",
                "-J-Dstdout.encoding=UTF-8",
                notebook.toString())
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    p.getOutputStream().write("/exit\n".getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(notebook + " did not finish in 5 minutes");
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    for (String line : out.lines().toList()) {
      // jshell reports a script's failures as "Error:" (compile) and "Exception …" (run) lines,
      // prefixed with "|  " in interactive feedback; a library that logs without a logging
      // implementation prints "… main ERROR …" lines
      if (line.matches("(\\|\\s+)?(Exception |Error:|Caused by).*")
          || line.contains("rejected")
          || line.contains(" ERROR ")) {
        fail(notebook.getFileName() + " failed: " + line + "\n" + out);
      }
    }
    assertEquals(0, p.exitValue(), out);
    // every "// prints: X" line of the notebook says what the cell above it prints, in order: a
    // text, or a /regular expression/
    int from = 0;
    for (String expected : expectations(notebook)) {
      int at = find(out, expected, from);
      if (at < 0)
        fail(
            notebook.getFileName()
                + " did not print "
                + expected
                + " (after offset "
                + from
                + "):\n"
                + out);
      from = at;
    }
  }

  /** Returns the expectations of a notebook: the rest of each "// prints: " line. */
  static List<String> expectations(Path notebook) throws IOException {
    List<String> out =
        Files.readAllLines(notebook, StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("// prints: "))
            .map(l -> l.substring("// prints: ".length()))
            .toList();
    assertTrue(out.size() >= 3, notebook + " says what too few of its cells print");
    return out;
  }

  private static int find(String out, String expected, int from) {
    if (expected.length() > 2 && expected.startsWith("/") && expected.endsWith("/")) {
      Matcher m = Pattern.compile(expected.substring(1, expected.length() - 1)).matcher(out);
      return m.find(from) ? m.start() : -1;
    }
    return out.indexOf(expected, from);
  }
}
