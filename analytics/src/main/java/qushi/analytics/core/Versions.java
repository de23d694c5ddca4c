package qushi.analytics.core;

import java.util.Properties;

/** Returns the versions of qushi and the libraries whose behaviour shapes its numbers. */
public final class Versions {
  private static final Properties P = load();

  private Versions() {}

  /** Returns qushi's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String qushi() {
    return P.getProperty("qushi", "unknown");
  }

  /** Returns a one-line list of library versions: HanLP, Tablesaw, Smile, Commons Math, Java. */
  public static String libraries() {
    return list(
            "HanLP",
            "hanlp",
            "Tablesaw",
            "tablesaw",
            "Smile",
            "smile",
            "Commons Math",
            "commons-math3")
        + ", Java "
        + Runtime.version();
  }

  /**
   * Returns a one-line list of the versions of the libraries that read corpus files — PDFBox (PDF),
   * POI (Word), jsoup (HTML), commonmark (Markdown), juniversalchardet (encodings) — whose versions
   * shape the text read from the same files.
   */
  public static String readers() {
    return list(
        "PDFBox",
        "pdfbox",
        "POI",
        "poi",
        "jsoup",
        "jsoup",
        "commonmark",
        "commonmark",
        "juniversalchardet",
        "juniversalchardet");
  }

  /** Returns "name version" of each (name, key) pair, comma-separated ("?" for an unknown key). */
  private static String list(String... nameAndKey) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nameAndKey.length; i += 2) {
      if (i > 0) out.append(", ");
      out.append(nameAndKey[i]).append(' ').append(P.getProperty(nameAndKey[i + 1], "?"));
    }
    return out.toString();
  }

  private static Properties load() {
    // versions are informative only: without the file they read "unknown"
    return Resources.exists("/qushi/versions.properties")
        ? Resources.properties("/qushi/versions.properties")
        : new Properties();
  }
}
