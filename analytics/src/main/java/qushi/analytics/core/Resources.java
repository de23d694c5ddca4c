package qushi.analytics.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Reads resources bundled on the class path (lexicon, stopwords, labels, the Plotly bundle). A
 * missing resource is a broken installation, not bad input: it throws {@link
 * IllegalStateException}.
 */
public final class Resources {
  private Resources() {}

  /**
   * Returns the path {@code name}: as given when it exists or is absolute; else, when qushi runs
   * from an installation ({@code ./qushi jshell} sets the system property {@code qushi.home}), the
   * installation's file or folder of that name if there is one — so {@code "seeds"} and {@code
   * "notebooks/my-terms.txt"} are found from any working directory, and a folder of the working
   * directory always comes first.
   */
  public static java.nio.file.Path installed(String name) {
    // a folder not given at all, or given as "", is no folder (Path.of("") is the current one)
    if (name == null || name.isBlank()) throw new BadInputException("no folder given: name one");
    java.nio.file.Path given = java.nio.file.Path.of(name);
    String home = System.getProperty("qushi.home");
    if (home == null || given.isAbsolute() || java.nio.file.Files.exists(given)) return given;
    java.nio.file.Path there = java.nio.file.Path.of(home).resolve(given);
    return java.nio.file.Files.exists(there) ? there : given;
  }

  /** Returns the bytes of the resource at absolute path {@code path} ("/qushi/lexicon.txt"). */
  public static byte[] bytes(String path) {
    try (InputStream in = Resources.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException(path + " is missing from the class path");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /** Returns the resource at {@code path} decoded as UTF-8. */
  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** Returns the resource at {@code path} read as a UTF-8 properties file. */
  public static Properties properties(String path) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
    return p;
  }

  /** Returns whether a resource exists at {@code path}. */
  public static boolean exists(String path) {
    return Resources.class.getResource(path) != null;
  }
}
