package qushi.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import qushi.analytics.core.Resources;

/**
 * The Plotly bundle from the {@code org.webjars.npm:plotly.js-dist} jar, gzip-compressed and
 * base64-encoded for inlining into the report. The page decompresses it with the browser's {@code
 * DecompressionStream('gzip')}; the 11 MB bundle becomes about 2.6 MB of page text.
 *
 * <p>The encoding is deterministic: {@link GZIPOutputStream} writes a header with modification time
 * 0 and no file name, and the deflate level is fixed, so a given bundle always yields the same
 * bytes. The result is computed once per JVM.
 */
public final class PlotlyBundle {
  private static final String POM = "/META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";
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
    if (!Resources.exists(POM))
      throw new IllegalStateException(
          "plotly.js-dist webjar is not on the class path (" + POM + ")");
    String version = Resources.properties(POM).getProperty("version");
    byte[] js =
        Resources.bytes("/META-INF/resources/webjars/plotly.js-dist/" + version + "/plotly.js");
    ByteArrayOutputStream buf = new ByteArrayOutputStream(js.length / 4);
    try (GZIPOutputStream gz =
        new GZIPOutputStream(buf, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gz.write(js);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compress the Plotly bundle", e);
    }
    return new PlotlyBundle(
        version, js.length, Base64.getEncoder().encodeToString(buf.toByteArray()));
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
