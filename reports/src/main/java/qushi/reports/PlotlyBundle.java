package qushi.reports;

import java.util.Base64;
import java.util.Properties;
import qushi.analytics.core.Resources;

/**
 * The Plotly bundle from the {@code org.webjars.npm:plotly.js-dist} jar, gzip-compressed once when
 * qushi is built (resource {@code qushi/reports/plotly.js.gz}, with its version and size beside it)
 * and base64-encoded here for inlining into the report. The page decompresses it with the browser's
 * {@code DecompressionStream('gzip')}; the 11 MB bundle becomes about 4.4 MB of page text. The gzip
 * file of a given bundle is the same on every build (its header has no time and no name), so the
 * page is too. The result is computed once per JVM.
 */
public final class PlotlyBundle {
  private static final String PROPERTIES = "/qushi/reports/plotly.properties";
  private static final String GZIP = "/qushi/reports/plotly.js.gz";
  private static volatile PlotlyBundle instance;

  private final String version;
  private final int size;
  private final String base64;

  private PlotlyBundle(String version, int size, String base64) {
    this.version = version;
    this.size = size;
    this.base64 = base64;
  }

  /** Returns the bundle on the class path, loading and compressing it on first use. */
  public static PlotlyBundle get() {
    PlotlyBundle b = instance;
    if (b == null) {
      synchronized (PlotlyBundle.class) {
        if (instance == null) instance = load();
        b = instance;
      }
    }
    return b;
  }

  /** Returns the Plotly version, e.g. {@code 3.3.1}. */
  public String version() {
    return version;
  }

  /** Returns the size of the uncompressed bundle in bytes. */
  public int size() {
    return size;
  }

  /** Returns the gzip-compressed bundle in base64 (characters A–Z a–z 0–9 + / =). */
  public String base64() {
    return base64;
  }

  private static PlotlyBundle load() {
    if (!Resources.exists(PROPERTIES)) {
      throw new IllegalStateException(
          "the Plotly bundle is missing from the class path (" + PROPERTIES + ")");
    }
    Properties p = Resources.properties(PROPERTIES);
    byte[] gz = Resources.bytes(GZIP);
    return new PlotlyBundle(
        p.getProperty("version"),
        Integer.parseInt(p.getProperty("size").strip()),
        Base64.getEncoder().encodeToString(gz));
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "PlotlyBundle["
        + version
        + ", "
        + size
        + " bytes, "
        + base64.length()
        + " base64 chars]";
  }
}
