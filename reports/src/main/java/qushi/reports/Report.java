package qushi.reports;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import qushi.analytics.topics.TopicModel;
import java.util.Map;
import java.util.TreeMap;
import qushi.analytics.Analysis;
import qushi.analytics.CleanDocument;
import qushi.analytics.context.Kwic;

/**
 * The HTML trend report of an analysed corpus: one self-contained {@code index.html} (Plotly
 * inlined, no network access when opened) plus one CSV file per table.
 *
 * <pre>
 * var a = Analysis.of(Corpus.load("seeds"));
 * Report.of(a).writeTo(Path.of("reports/out"));
 * Report.of(a, ReportOptions.defaults().withLang(Labels.Lang.EN)).render().html();
 * </pre>
 *
 * <p>Sections, in order: overview, keywords, trends, changes, topics (only with
 * {@link #withTopics}), network, any added with {@link #withSection}, methods. The page is
 * rendered from Pebble templates in {@code templates/} with HTML auto-escaping; data for scripts
 * is JSON made safe by {@link ScriptJson}. The same corpus, options and seed give the same bytes.
 */
public final class Report {
  private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
      .loader(loader()).autoEscaping(true).defaultEscapingStrategy("html").newLineTrimming(true).build();

  private final Analysis analysis;
  private final ReportOptions options;
  private final TopicModel topics;
  private final List<Section> extra;
  private final String stamp;

  private Report(Analysis analysis, ReportOptions options, TopicModel topics, List<Section> extra, String stamp) {
    this.analysis = analysis;
    this.options = options;
    this.topics = topics;
    this.extra = List.copyOf(extra);
    this.stamp = stamp;
  }

  /** Returns the report of {@code analysis} with default options. */
  public static Report of(Analysis analysis) {
    return of(analysis, ReportOptions.defaults());
  }

  /** Returns the report of {@code analysis} with {@code options}. */
  public static Report of(Analysis analysis, ReportOptions options) {
    return new Report(analysis, options, null, List.of(), null);
  }

  /** Returns a copy that shows {@code topics} in a topics section. */
  public Report withTopics(TopicModel topics) {
    return new Report(analysis, options, topics, extra, stamp);
  }

  /** Returns a copy with one more section, placed before the methods section. */
  public Report withSection(Section section) {
    List<Section> more = new ArrayList<>(extra);
    more.add(section);
    return new Report(analysis, options, topics, more, stamp);
  }

  /**
   * Returns a copy that prints {@code time} as the generation time in the methods section (only
   * when the options ask for a stamp; a stamped page differs from run to run).
   */
  public Report withStampText(String time) {
    return new Report(analysis, options, topics, extra, time);
  }

  /**
   * The rendered report.
   *
   * @param html   the page
   * @param csv    CSV text per file name (UTF-8 with BOM when written)
   * @param charts the number of charts
   * @param terms  the number of terms with embedded context lines
   * @param notes  warnings worth printing (e.g. years of very different size)
   */
  public record Rendered(String html, Map<String, String> csv, int charts, int terms, List<String> notes) {}

  /** Returns the rendered page and tables without writing anything. */
  public Rendered render() {
    Page page = new Page(analysis, options);
    List<Section> sections = new ArrayList<>(List.of(new OverviewSection(), new KeywordsSection(), new TrendsSection(),
        new ChangesSection()));
    if (topics != null) sections.add(new TopicsSection(topics));
    sections.add(new NetworkSection());
    sections.addAll(extra);
    sections.add(new MethodsSection(options.stamp() ? stamp : null, topics != null));

    Labels l = page.labels();
    List<Map<String, Object>> built = new ArrayList<>();
    int charts = 0;
    List<String> notes = new ArrayList<>();
    for (Section s : sections) {
      Map<String, Object> m = s.build(page);
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("id", s.id());
      sm.put("title", l.get("section." + s.id()));
      sm.put("template", "sections/" + s.id());
      sm.put("m", m);
      built.add(sm);
      if (m.get("warning") instanceof String w) notes.add(w);
    }
    for (Map<String, Object> sm : built) charts += countCharts(sm.get("m"));

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("l", l);
    model.put("lang", options.lang().tag());
    model.put("sections", built);
    model.put("summary", l.format("page.summary", analysis.documents().size(), analysis.years().length,
        analysis.years()[0], analysis.years()[analysis.years().length - 1]));
    model.put("kwic", ScriptJson.of(kwic(page)));
    model.put("plotly", PlotlyBundle.get().base64());
    model.put("plotlyVersion", PlotlyBundle.get().version());
    String html = evaluate("report", model);

    Map<String, String> csv = new LinkedHashMap<>();
    for (var e : page.csvFiles().entrySet()) csv.put(e.getKey(), TableWriter.delimited(e.getValue(), ','));
    return new Rendered(html, csv, charts, page.drillTerms().size(), notes);
  }

  /**
   * Renders the report and writes {@code dir/index.html} and the CSV files atomically: everything
   * is written to a temporary folder next to {@code dir} first, so a failed run leaves the previous
   * report as it was.
   *
   * @return what was written
   * @throws UncheckedIOException naming the path when writing fails
   */
  public Written writeTo(Path dir) {
    Rendered r = render();
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (var e : r.csv().entrySet()) {
      byte[] text = e.getValue().getBytes(StandardCharsets.UTF_8);
      byte[] b = new byte[bom.length + text.length];
      System.arraycopy(bom, 0, b, 0, bom.length);
      System.arraycopy(text, 0, b, bom.length, text.length);
      files.put(e.getKey(), b);
    }
    files.put("index.html", r.html().getBytes(StandardCharsets.UTF_8));
    Path index = AtomicOutput.write(dir, files);
    return new Written(index, files.get("index.html").length, List.copyOf(files.keySet()), r);
  }

  /**
   * What {@link #writeTo} wrote.
   *
   * @param index    the path of index.html
   * @param bytes    its size in bytes
   * @param files    every file written, index.html last
   * @param rendered the rendered report
   */
  public record Written(Path index, long bytes, List<String> files, Rendered rendered) {}

  /** Returns the drill-down data: per term its total and first context lines; document titles. */
  private Map<String, Object> kwic(Page page) {
    Map<String, Object> terms = new TreeMap<>();
    for (String term : page.drillTerms()) {
      List<Kwic.Line> lines = Kwic.of(analysis, term, options.kwicWindow());
      List<List<Object>> rows = new ArrayList<>();
      for (Kwic.Line k : lines.subList(0, Math.min(options.kwicLines(), lines.size()))) {
        rows.add(List.of(k.year(), k.doc(), k.section(), k.left(), k.match(), k.right()));
      }
      terms.put(term, Map.of("n", lines.size(), "lines", rows));
    }
    Map<String, String> docs = new TreeMap<>();
    for (CleanDocument d : analysis.documents()) docs.put(d.id(), d.document().title());
    Map<String, String> labels = new TreeMap<>();
    for (String k : page.labels().keys()) if (k.startsWith("js.")) labels.put(k.substring(3), page.labels().get(k));
    Map<String, Object> out = new TreeMap<>();
    out.put("terms", terms);
    out.put("docs", docs);
    out.put("labels", labels);
    return out;
  }

  private static int countCharts(Object model) {
    if (model instanceof Chart) return 1;
    int n = 0;
    if (model instanceof Map<?, ?> m) for (Object v : m.values()) n += countCharts(v);
    if (model instanceof List<?> list) for (Object v : list) n += countCharts(v);
    return n;
  }

  private static String evaluate(String template, Map<String, Object> model) {
    try {
      PebbleTemplate t = ENGINE.getTemplate(template);
      StringWriter w = new StringWriter(4 << 20);
      t.evaluate(w, model);
      return w.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render template " + template, e);
    }
  }

  private static ClasspathLoader loader() {
    ClasspathLoader l = new ClasspathLoader(Report.class.getClassLoader());
    l.setPrefix("templates/");
    l.setSuffix(".peb");
    l.setCharset("UTF-8");
    return l;
  }
}
