package qushi.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import qushi.analytics.core.Resources;
import qushi.analytics.core.Tables;
import qushi.analytics.core.Versions;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Manifest;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.text.TextOptions;
import tech.tablesaw.api.Table;

/**
 * Methods and reproducibility: every parameter the other sections used, the seed, the versions of
 * qushi and its libraries, the size and SHA-256 of every corpus file (taken when it was read), and
 * one sentence on how each statistic shown was computed. It is a function of the report's results
 * and of the other sections' models, which say what they used.
 */
public final class MethodsSection {
  /** The section id. */
  public static final String ID = "methods";

  private MethodsSection() {}

  /** The methods whose statistics read the test units ({@code Qushi#documentUnits}). */
  private static final java.util.Set<String> TESTED =
      java.util.Set.of(
          "g2",
          "trend",
          "keyness",
          "keywords",
          "bootstrap",
          "strata",
          "strata_trend",
          "fdr",
          "topics");

  /** Returns the section for {@code data}, listing what the sections of {@code others} used. */
  public static SectionModel build(ReportData data, Labels l, List<SectionModel> others) {
    SectionModel.Builder s = SectionModel.builder(ID);
    ReportOptions o = data.options();
    boolean topicsShown = data.topics() != null;
    Map<String, String> params = new LinkedHashMap<>();
    params.put(l.get("param.corpus"), data.q().corpus().corpus().folder().toString());
    params.put(l.get("param.seed"), Long.toString(data.q().options().seed()));
    params.put(l.get("param.lang"), o.lang().name().toLowerCase(java.util.Locale.ROOT));
    params.put(
        l.get("param.topics"),
        o.topics() == ReportOptions.NO_TOPICS
            ? l.get("param.topics_none")
            : o.topics() == ReportOptions.CHOOSE_TOPICS
                ? l.get(topicsShown ? "param.topics_sweep" : "param.topics_none")
                : topicsShown
                    ? Integer.toString(o.topics())
                    : l.format("param.topics_missing", o.topics()));
    params.put(l.get("param.lexicons"), lexicons(data.q().options().text(), l));
    TextOptions text = data.q().options().text();
    params.put(
        l.get("param.t2s"), l.get(text.traditionalToSimplified() ? "param.t2s_on" : "param.off"));
    if (text.learnTerms()) {
      s.csv("learned_terms.csv", data.q().terms().table());
      params.put(
          l.get("param.learned"),
          l.format("param.learned_value", data.q().corpus().learnedTerms().size()));
    } else {
      params.put(l.get("param.learned"), l.get("param.off"));
    }
    if (text.dropBoilerplate()) {
      var dropped = data.q().boilerplate();
      if (dropped.size() > 0) s.csv("boilerplate.csv", dropped.table());
      long times = dropped.list().stream().mapToLong(b -> b.occurrences()).sum();
      params.put(
          l.get("param.boilerplate"), l.format("param.boilerplate_value", dropped.size(), times));
    } else {
      params.put(l.get("param.boilerplate"), l.get("param.off"));
    }
    params.put(l.get("param.kwic"), l.format("param.kwic_value", o.kwicLines(), o.kwicWindow()));
    for (SectionModel m : others)
      for (var e : m.parameters().entrySet()) params.put(l.get(e.getKey()), e.getValue());

    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("qushi", Versions.qushi());
    versions.put(l.get("methods.libraries"), Versions.libraries());
    versions.put(l.get("methods.readers"), Versions.readers());
    versions.put("Plotly", PlotlyBundle.get().version());
    versions.put("Pebble", pomVersion("io.pebbletemplates", "pebble"));
    versions.put("Jackson", pomVersion("com.fasterxml.jackson.core", "jackson-databind"));

    List<String> methods = new ArrayList<>();
    for (SectionModel m : others)
      for (String name : m.methods()) if (!methods.contains(name)) methods.add(name);
    List<String> sentences = new ArrayList<>();
    sentences.add(l.get("method.cleaning"));
    sentences.add(l.get("method.segmentation"));
    sentences.add(l.get("method.learned"));
    sentences.add(l.get("method.boilerplate"));
    if (methods.stream().anyMatch(TESTED::contains)) {
      sentences.add(
          l.get(data.q().documentUnits() ? "method.units_documents" : "method.units_passages"));
    }
    for (String name : methods) sentences.add(l.get("method." + name));
    sentences.add(l.get(Evidence.embedded(data) ? "method.kwic" : "method.kwic_carried"));
    sentences.add(l.get("method.csv"));

    Table files = files(data.q().corpus().corpus(), data.q().corpus().documents());
    s.put("parameters", params)
        .put("versions", versions)
        .put(
            "files",
            TableView.of(files, l, s.csv("files.csv", files)).firstRows(l, "methods.files_first"))
        .put("methods", sentences.stream().map(MethodsSection::item).toList());
    if (!o.stamp().isEmpty()) s.put("stamp", o.stamp());
    return s.build();
  }

  /**
   * Returns a method's text as a list item: its first line, and its other lines as the items of a
   * list under it (the shapes of the trend method, one each).
   */
  private static Map<String, Object> item(String text) {
    List<String> lines = text.lines().toList();
    return Map.of("lead", lines.get(0), "parts", lines.subList(1, lines.size()));
  }

  private static String lexicons(TextOptions opts, Labels l) {
    List<String> names = new ArrayList<>();
    if (opts.bundledLexicon()) names.add(l.get("param.lexicon_bundled"));
    for (Path p : opts.lexicons()) names.add(p.toString());
    return names.isEmpty() ? "-" : String.join(", ", names);
  }

  /**
   * Returns one row per corpus file (the manifest first): name, document, year, title, bytes and
   * SHA-256.
   */
  static Table files(Corpus corpus, List<CleanDocument> documents) {
    List<FileRow> rows = new ArrayList<>();
    Manifest m = corpus.manifest();
    if (m != null) {
      rows.add(new FileRow(m.file().getFileName().toString(), "", null, "", m.bytes(), m.sha256()));
    }
    for (CleanDocument d : documents) {
      rows.add(
          new FileRow(
              d.document().file(), d.id(), d.year(), d.document().title(), d.bytes(), d.sha256()));
    }
    return Tables.of("files", FileRow.class, rows);
  }

  /** A row of the files table, the manifest without a year (public: {@link Tables} reads it). */
  public record FileRow(
      String file, String doc, Integer year, String title, long bytes, String sha256) {}

  private static String pomVersion(String group, String artifact) {
    String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    if (!Resources.exists(path)) return "?";
    Properties p = Resources.properties(path);
    return p.getProperty("version", "?");
  }
}
