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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import qushi.Qushi;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.text.Script;
import qushi.analytics.text.TextOptions;
import tech.tablesaw.api.Table;

/**
 * The HTML trend report of an opened corpus: one self-contained {@code index.html} (Plotly inlined,
 * no network access when opened) plus one CSV file per table.
 *
 * <pre>
 * var q = Qushi.open("seeds");
 * Report.of(q, ReportOptions.defaults()).writeTo(Path.of("reports/out"));
 * Report.of(q, ReportOptions.defaults().withLang(Labels.Lang.EN)).render().html();
 * </pre>
 *
 * <p>The results are computed once through the front door ({@link ReportData#compute}); each
 * section is then a pure function of them ({@link Section}), and the methods section a function of
 * the results and of what the other sections used. Sections, in order: overview, keywords, trends,
 * changes, topics (when there is a model), network, term maps, methods. The page is rendered from
 * Pebble templates in {@code templates/} with HTML auto-escaping; data for scripts is JSON made
 * safe by {@link ScriptJson}. The same corpus, options and seed give the same bytes.
 */
public final class Report {
  private static final PebbleEngine ENGINE =
      new PebbleEngine.Builder()
          .loader(loader())
          .autoEscaping(true)
          .defaultEscapingStrategy("html")
          .newLineTrimming(true)
          .build();

  private final ReportData data;
  private final List<Section> extra;

  private Report(ReportData data, List<Section> extra) {
    this.data = data;
    this.extra = List.copyOf(extra);
  }

  /** Returns the report of {@code q} with {@code options}: computes every result it shows. */
  public static Report of(Qushi q, ReportOptions options) {
    return new Report(ReportData.compute(q, options), List.of());
  }

  /** Returns the report of results already computed. */
  public static Report of(ReportData data) {
    return new Report(data, List.of());
  }

  /** Returns a copy with one more section, placed before the methods section. */
  public Report withSection(Section section) {
    List<Section> more = new ArrayList<>(extra);
    more.add(section);
    return new Report(data, more);
  }

  /** Returns the results the report shows. */
  public ReportData data() {
    return data;
  }

  /**
   * The rendered report.
   *
   * @param html the page
   * @param csv CSV text per file name (UTF-8 with BOM when written)
   * @param charts the number of charts
   * @param embedded whether the page holds the whole cleaned text (any term can be searched) or,
   *     for a corpus larger than {@link ReportOptions#embedChars()}, the lines of the shown terms
   * @param terms the number of terms the charts and tables show
   * @param notes warnings worth printing on the console, in English: years of very different size,
   *     results missing and why (the corpus's own notes, on copies, scripts or lone years, are on
   *     the page, and the command line prints them for every command)
   */
  public record Rendered(
      String html,
      Map<String, String> csv,
      int charts,
      boolean embedded,
      int terms,
      List<String> notes) {}

  /** The file that says what every column of every other CSV file means. */
  public static final String CODEBOOK = "codebook.csv";

  /** Returns the sections of the page, in order, before the methods section. */
  static List<Section> sections(ReportData data) {
    List<Section> sections =
        new ArrayList<>(
            List.of(
                new OverviewSection(),
                new KeywordsSection(),
                new TrendsSection(),
                new ChangesSection()));
    if (data.topics() != null) sections.add(new TopicsSection());
    sections.add(new NetworkSection());
    sections.add(new MapsSection());
    return sections;
  }

  /** Returns the rendered page and tables without writing anything. */
  public Rendered render() {
    Labels l = Labels.of(data.options().lang());
    List<SectionModel> built = new ArrayList<>();
    for (Section s : sections(data)) built.add(s.build(data, l));
    for (Section s : extra) built.add(s.build(data, l));
    built.add(MethodsSection.build(data, l, built));

    List<Map<String, Object>> page = new ArrayList<>();
    Map<String, Table> csvTables = new LinkedHashMap<>();
    Set<String> terms = new TreeSet<>();
    List<String> notes = new ArrayList<>(data.notes());
    Map<String, Object> script = new TreeMap<>();
    int charts = 0;
    for (SectionModel m : built) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("id", m.id());
      sm.put("title", l.get("section." + m.id()));
      sm.put("template", "sections/" + m.id());
      sm.put("m", m.model());
      page.add(sm);
      for (var e : m.csv().entrySet()) {
        if (csvTables.putIfAbsent(e.getKey(), e.getValue()) != null) {
          throw new IllegalStateException("two tables are written to " + e.getKey());
        }
      }
      terms.addAll(m.terms());
      notes.addAll(m.notes());
      for (var e : m.script().entrySet()) {
        if (script.putIfAbsent(e.getKey(), e.getValue()) != null) {
          throw new IllegalStateException("two sections give script data " + e.getKey());
        }
      }
      charts += m.charts().size();
    }

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("l", l);
    model.put("lang", data.options().lang().tag());
    model.put("sections", page);
    model.put("notes", data.notes());
    int[] years = data.q().years();
    model.put(
        "summary",
        l.format(
            "page.summary",
            data.q().corpus().documents().size(),
            years.length,
            years[0],
            years[years.length - 1]));
    model.put("searchPlaceholder", searchPlaceholder(l));
    model.put("pageData", ScriptJson.of(pageData(terms, script, l)));
    model.put("corpus", Evidence.encoded(data, terms));
    model.put("plotly", PlotlyBundle.get().base64());
    model.put("plotlyVersion", PlotlyBundle.get().version());
    String html = evaluate("report", model);

    Map<String, String> csv = new LinkedHashMap<>();
    Columns columns = new Columns(l);
    for (var e : csvTables.entrySet()) {
      Table t =
          data.options().exactCsv() ? e.getValue() : columns.display(e.getValue(), e.getKey());
      csv.put(e.getKey(), TableWriter.delimited(t, ','));
    }
    csv.put(CODEBOOK, TableWriter.delimited(columns.codebook(csvTables), ','));
    return new Rendered(html, csv, charts, Evidence.embedded(data), terms.size(), notes);
  }

  /**
   * Checks that {@code dir} can take a report (not the root or a file; new, empty, or an earlier
   * report), so that a command can refuse a bad {@code --out} before any work.
   *
   * @throws qushi.analytics.core.BadInputException naming {@code --out} and the problem
   */
  public static void checkOutput(Path dir) {
    AtomicOutput.check(dir);
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
    qushi.analytics.core.Progress.Stage rendering =
        data.q().progress().start("report: rendering", 0);
    Rendered r = render();
    rendering.close();
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
   * @param index the path of index.html
   * @param bytes its size in bytes
   * @param files every file written, index.html last
   * @param rendered the rendered report
   */
  public record Written(Path index, long bytes, List<String> files, Rendered rendered) {}

  /**
   * Returns the search box's placeholder, with the corpus's most frequent term as its example
   * (ties: the first in word order), so that a corpus of poems is not offered a policy term.
   */
  private String searchPlaceholder(Labels l) {
    List<Integer> top = mostFrequent(1);
    return top.isEmpty() || data.q().corpus().counts().termTotal(top.get(0)) == 0
        ? l.get("page.search_placeholder_plain")
        : l.format("page.search_placeholder", data.q().corpus().vocabularyWords().get(top.get(0)));
  }

  /** Returns the ids of the {@code n} words with most term tokens (ties: word order). */
  private List<Integer> mostFrequent(int n) {
    qushi.analytics.prepare.Counts counts = data.q().corpus().counts();
    List<String> vocabulary = data.q().corpus().vocabularyWords();
    return java.util.stream.IntStream.range(0, vocabulary.size())
        .boxed()
        .sorted(
            java.util.Comparator.<Integer>comparingLong(t -> -counts.termTotal(t))
                .thenComparing(vocabulary::get))
        .limit(n)
        .toList();
  }

  /** Terms offered as suggestions while typing: the shown terms and the most frequent ones. */
  static final int SUGGESTIONS = 2000;

  /**
   * Returns the page data the script reads: its labels, the command that gives a term's context
   * lines on the command line, the suggestions for the search box and what the sections add.
   */
  private Map<String, Object> pageData(Set<String> shown, Map<String, Object> script, Labels l) {
    Map<String, Object> out = new TreeMap<>(script);
    Map<String, String> labels = new TreeMap<>();
    for (String k : l.keys()) if (k.startsWith("js.")) labels.put(k.substring(3), l.get(k));
    out.put("labels", labels);
    out.put("command", command());
    // a query in the script the corpus does not write finds nothing: the page says which form to
    // search
    Script.Forms forms =
        Script.forms(data.q().corpus().documents().stream().map(CleanDocument::text).toList());
    java.util.SortedMap<String, String> variants = forms.variants();
    out.put("variants", variants);
    // in a corpus of both scripts a term found is also written the other way, counted apart
    out.put("bothForms", forms.bothForms());
    // the page finds every spelling of a query that reads as it in the documents written in
    // traditional characters, as count names them (PreparedCorpus.otherScript)
    int[] traditional = data.q().corpus().traditionalDocuments();
    List<CleanDocument> documents = data.q().corpus().documents();
    out.put("readingDocs", traditional);
    out.put(
        "reading",
        Script.readings(IntStream.of(traditional).mapToObj(d -> documents.get(d).text()).toList()));
    out.put("kept", Script.taiwanForms());
    // with --t2s a query is converted to simplified, as qushi count converts it
    if (data.q().options().text().traditionalToSimplified()) {
      out.put("t2s", Script.toSimplified(variants));
    }
    // the paragraphs dropped as boilerplate, notes or copies, each with the times it was dropped:
    // the page says how often a query stands in them, uncounted, as count does (CorpusNotes)
    out.put(
        "dropped",
        data.q().corpus().boilerplate().stream()
            .map(p -> List.<Object>of(p.text(), p.occurrences(), p.droppedAs()))
            .toList());
    java.util.LinkedHashSet<String> suggest = new java.util.LinkedHashSet<>(shown);
    List<String> vocabulary = data.q().corpus().vocabularyWords();
    for (int t : mostFrequent(SUGGESTIONS)) suggest.add(vocabulary.get(t));
    out.put("suggest", List.copyOf(suggest));
    return out;
  }

  /**
   * Returns the command line that lists a term's context lines, without the term: the corpus as
   * this report opened it, with the options that change the text searched.
   */
  private String command() {
    Corpus corpus = data.q().corpus().corpus();
    StringBuilder c = new StringBuilder("./qushi kwic");
    if (corpus.folder() != null && !corpus.folder().toString().isEmpty()) {
      c.append(" --corpus ").append(shellQuote(corpus.folder().toString()));
      if (corpus.manifest() == null) c.append(" --years-from-filenames");
    }
    TextOptions text = data.q().options().text();
    if (text.traditionalToSimplified()) c.append(" --t2s");
    if (!text.dropBoilerplate()) c.append(" --keep-boilerplate");
    else if (text.keepCopies()) c.append(" --keep-copies");
    if (text.keepCode()) c.append(" --keep-code");
    return c.append(" --window ").append(data.options().kwicWindow()).toString();
  }

  private static String shellQuote(String s) {
    return s.matches("[\\p{L}\\p{N}_./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
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
