package qushi.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Returns the versions of qushi and the libraries whose behaviour shapes its numbers. */
public final class Versions {
  private static final Properties P = load();

  private Versions() {}

  /** Returns qushi's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String qushi() {
    return P.getProperty("qushi", "unknown");
  }

  /** Returns a one-line list of library versions: HanLP, Tablesaw, Commons Math, Java. */
  public static String libraries() {
    return "HanLP " + P.getProperty("hanlp", "?") + ", Tablesaw " + P.getProperty("tablesaw", "?")
        + ", Commons Math " + P.getProperty("commons-math3", "?") + ", Java " + Runtime.version();
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/qushi/versions.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // versions are informative only; an unreadable file leaves them "unknown"
    }
    return p;
  }
}
