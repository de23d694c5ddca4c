package qushi.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import qushi.analytics.Document;
import qushi.analytics.Versions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Methods and reproducibility: every parameter the other sections recorded, the seed, the
 * versions of qushi and its libraries, the SHA-256 of every corpus file, and one sentence on how
 * each statistic shown was computed. Build it last: it lists what the other sections used.
 */
public final class MethodsSection implements Section {
  private final String stamp;
  private final boolean topicsShown;

  /**
   * Creates the section; {@code stamp} is the generation time to print, or null for none;
   * {@code topicsShown} tells whether the page has a topics section.
   */
  public MethodsSection(String stamp, boolean topicsShown) {
    this.stamp = stamp;
    this.topicsShown = topicsShown;
  }

  @Override
  public String id() {
    return "methods";
  }

  @Override
  public Map<String, Object> build(Page page) {
    Labels l = page.labels();
    ReportOptions o = page.options();
    Map<String, String> params = new LinkedHashMap<>();
    params.put(l.get("param.corpus"), page.analysis().corpus().folder().toString());
    params.put(l.get("param.seed"), Long.toString(o.seed()));
    params.put(l.get("param.lang"), o.lang().name().toLowerCase(java.util.Locale.ROOT));
    params.put(l.get("param.topics"), o.topics() == 0 ? l.get(topicsShown ? "param.topics_sweep" : "param.topics_none")
        : topicsShown ? Integer.toString(o.topics()) : l.format("param.topics_missing", o.topics()));
    params.put(l.get("param.lexicons"), lexicons(page));
    params.put(l.get("param.kwic"), l.format("param.kwic_value", o.kwicLines(), o.kwicWindow()));
    for (var e : page.parameters().entrySet()) params.put(l.get(e.getKey()), e.getValue());

    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("qushi", Versions.qushi());
    versions.put(l.get("methods.libraries"), Versions.libraries());
    versions.put("Plotly", PlotlyBundle.get().version());
    versions.put("tablesaw-jsplot", pomVersion("tech.tablesaw", "tablesaw-jsplot"));
    versions.put("Pebble", pomVersion("io.pebbletemplates", "pebble"));
    versions.put("Jackson", pomVersion("com.fasterxml.jackson.core", "jackson-databind"));

    List<String> methods = new ArrayList<>();
    for (String name : page.methods()) methods.add(l.get("method." + name));
    methods.add(l.get("method.kwic"));

    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parameters", params);
    m.put("versions", versions);
    Table files = files(page);
    m.put("files", TableView.of(files, l, page.csv("files.csv", files)));
    m.put("methods", methods);
    if (stamp != null) m.put("stamp", stamp);
    return m;
  }

  private static String lexicons(Page page) {
    var opts = page.analysis().options();
    List<String> names = new ArrayList<>();
    if (opts.bundledLexicon()) names.add("bundled");
    for (Path p : opts.lexicons()) names.add(p.toString());
    return names.isEmpty() ? "-" : String.join(", ", names);
  }

  /** Returns one row per corpus file (and the manifest): name, year, bytes and SHA-256. */
  static Table files(Page page) {
    StringColumn file = StringColumn.create("file");
    StringColumn doc = StringColumn.create("doc");
    IntColumn year = IntColumn.create("year");
    StringColumn title = StringColumn.create("title");
    LongColumn bytes = LongColumn.create("bytes");
    StringColumn sha = StringColumn.create("sha256");
    Path folder = page.analysis().corpus().folder();
    Path manifest = folder.resolve("corpus.csv");
    if (!folder.toString().isEmpty() && Files.isRegularFile(manifest)) {
      byte[] b = read(manifest);
      file.append("corpus.csv");
      doc.append("");
      year.appendMissing();
      title.append("");
      bytes.append(b.length);
      sha.append(sha256(b));
    }
    for (Document d : page.analysis().corpus().documents()) {
      Path p = folder.resolve(d.file());
      // in-memory corpora have no files: hash the text as given instead
      byte[] b = !folder.toString().isEmpty() && Files.isRegularFile(p) ? read(p) : d.rawText().getBytes(StandardCharsets.UTF_8);
      file.append(d.file());
      doc.append(d.id());
      year.append(d.year());
      title.append(d.title());
      bytes.append(b.length);
      sha.append(sha256(b));
    }
    return Table.create("files", file, doc, year, title, bytes, sha);
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static String pomVersion(String group, String artifact) {
    String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = MethodsSection.class.getResourceAsStream(path)) {
      if (in == null) return "?";
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "?");
    } catch (IOException e) {
      return "?";
    }
  }
}
