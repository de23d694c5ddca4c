package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.analytics.corpus.RawText;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicOptions;
import qushi.reports.Labels.Lang;

class ReportTest {
  static final Pattern CHART_DIV =
      Pattern.compile("<div id=\"(chart_[a-z0-9_]+)\" class=\"chart\"");

  @TempDir static Path shared;
  static Qushi analysis;
  static Report.Rendered zh;

  @BeforeAll
  static void render() {
    analysis = Fixtures.open(shared.resolve("corpus"), "");
    zh = Report.of(analysis, Fixtures.options()).render();
  }

  static List<String> chartIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = CHART_DIV.matcher(html);
    while (m.find()) ids.add(m.group(1));
    return ids;
  }

  static JsonNode kwic(String html) throws IOException {
    String open = "<script type=\"application/json\" id=\"qushi-kwic\">";
    int a = html.indexOf(open) + open.length();
    return new ObjectMapper().readTree(html.substring(a, html.indexOf("</script>", a)));
  }

  @Test
  void oneDivPerChartWithIdsFromChartNames() {
    List<String> ids = chartIds(zh.html());
    assertEquals(zh.charts(), ids.size());
    assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
    for (String id :
        List.of(
            "chart_overview_tokens",
            "chart_keywords_2021",
            "chart_keywords_2024",
            "chart_keywords_2026",
            "chart_trends_watch_1",
            "chart_trends_watch_2",
            "chart_trends_heatmap",
            "chart_changes_2021_2024",
            "chart_changes_2024_2026",
            "chart_network")) {
      assertTrue(ids.contains(id), id + " in " + ids);
      assertTrue(zh.html().contains("qushi.chart(\"" + id + "\""), "script for " + id);
    }
    // one figure per chart, queued for its own div with its data and layout
    for (String id : ids)
      assertTrue(zh.html().contains("qushi.chart(\"" + id + "\", {\"data\":["), id);
  }

  @Test
  void sectionTitlesInBothLanguages() {
    Report.Rendered en = Report.of(analysis, Fixtures.options().withLang(Lang.EN)).render();
    for (var lang : Map.of(Lang.ZH, zh, Lang.EN, en).entrySet()) {
      Labels l = Labels.of(lang.getKey());
      String html = lang.getValue().html();
      for (String s : List.of("overview", "keywords", "trends", "changes", "network", "methods")) {
        assertTrue(
            html.contains("<section id=\"" + s + "\">\n<h2>" + l.get("section." + s) + "</h2>"),
            s + " " + lang.getKey());
      }
      assertFalse(
          html.contains("<section id=\"topics\">"), "no topics section without a topic result");
    }
    assertTrue(zh.html().contains("<html lang=\"zh-CN\">") && zh.html().contains("语料概况"));
    assertTrue(en.html().contains("<html lang=\"en\">") && en.html().contains("Corpus overview"));
    // every Chinese section label is gone from the English page (chart titles included)
    for (String k : Labels.of(Lang.ZH).keys()) {
      if (k.startsWith("section.") || k.startsWith("methods.") || k.startsWith("param.")) {
        assertFalse(en.html().contains(Labels.of(Lang.ZH).get(k)), k);
      }
    }
  }

  @Test
  void labelBundlesHaveTheSameKeys() {
    assertEquals(Labels.of(Lang.ZH).keys(), Labels.of(Lang.EN).keys());
  }

  @Test
  void kwicDataForEveryShownTerm() throws IOException {
    JsonNode k = kwic(zh.html());
    JsonNode ai = k.get("terms").get("人工智能");
    int total = analysis.count("人工智能").list().stream().mapToInt(c -> c.count()).sum();
    assertEquals(total, ai.get("n").asInt());
    assertEquals(Math.min(total, 50), ai.get("lines").size());
    JsonNode first = ai.get("lines").get(0);
    assertEquals(2021, first.get(0).asInt());
    assertEquals("a2021", first.get(1).asText());
    assertEquals("人工智能", first.get(4).asText());
    assertEquals(zh.terms(), k.get("terms").size());
    assertEquals("2021 论坛综述", k.get("docs").get("a2021").asText());
    // every term button of a table has its lines
    Matcher m = Pattern.compile("data-term=\"([^\"]+)\"").matcher(zh.html());
    while (m.find()) assertTrue(k.get("terms").has(m.group(1)), m.group(1));
  }

  @Test
  void methodsListChecksumsVersionsAndSeed() throws IOException {
    String sha = RawText.sha256(Fixtures.TEXT_2021.getBytes(StandardCharsets.UTF_8));
    String methods = zh.html().substring(zh.html().indexOf("<section id=\"methods\">"));
    assertTrue(methods.contains(sha), "checksum of a2021.txt");
    assertTrue(
        methods.contains(RawText.sha256(Files.readAllBytes(shared.resolve("corpus/corpus.csv")))));
    assertTrue(methods.contains(PlotlyBundle.get().version()));
    assertTrue(methods.contains("<th>随机种子</th><td>42</td>"), "seed");
    assertTrue(methods.contains("<th>主题数（--topics）</th><td>未指定</td>"));
    assertTrue(methods.contains("log2((a&#39; / Nt) / (b&#39; / Nr))"), "formulas");
    assertTrue(zh.csv().get("files.csv").contains(sha));
  }

  @Test
  void topicsAreRecordedAndShownOnlyWithAResult() {
    TopicOptions to =
        TopicOptions.defaults().withTopics(2).withIterations(50).withRuns(2).withMaxDocShare(1.0);
    TopicModel model = analysis.topics(to);
    ReportData data =
        ReportData.compute(analysis, Fixtures.options().withTopics(2)).withTopics(model);
    Report.Rendered shown = Report.of(data).render();
    assertTrue(shown.html().contains("<section id=\"topics\">"));
    assertTrue(
        chartIds(shown.html())
            .containsAll(
                List.of(
                    "chart_topic_1",
                    "chart_topic_2",
                    "chart_topics_prevalence",
                    "chart_topics_map")));
    assertTrue(
        shown.html().contains("<th>主题模型</th><td>LDA，K = 2，50 轮迭代，2 次运行评估稳定性，随机种子 42</td>"),
        "topic settings in the methods");
    // topic numbers and labels are the model's, in the table and in the chart titles
    for (var t : model.topics()) assertTrue(shown.html().contains(t.label()), t.label());
    assertTrue(shown.csv().containsKey("topic_prevalence.csv"));
    assertTrue(shown.csv().containsKey("topics.csv"));
  }

  @Test
  void sameInputGivesIdenticalBytes(@TempDir Path out) throws IOException {
    Report.Rendered again =
        Report.of(Fixtures.open(out.resolve("copy"), ""), Fixtures.options()).render();
    Report.of(analysis, Fixtures.options()).writeTo(out.resolve("a"));
    Report.of(analysis, Fixtures.options()).writeTo(out.resolve("b"));
    assertArrayEquals(
        Files.readAllBytes(out.resolve("a/index.html")),
        Files.readAllBytes(out.resolve("b/index.html")));
    assertArrayEquals(
        Files.readAllBytes(out.resolve("a/keywords.csv")),
        Files.readAllBytes(out.resolve("b/keywords.csv")));
    // a fresh analysis of a copy of the corpus differs only in the corpus folder shown in the
    // methods
    assertEquals(
        zh.html().replace(shared.resolve("corpus").toString(), "X"),
        again.html().replace(out.resolve("copy").toString(), "X"));
  }

  @Test
  void csvFilesHaveBomAndHeader(@TempDir Path out) throws IOException {
    Report.Written w = Report.of(analysis, Fixtures.options()).writeTo(out);
    assertEquals(out.resolve("index.html").toAbsolutePath(), w.index());
    assertEquals("index.html", w.files().get(w.files().size() - 1));
    for (String f :
        List.of(
            "stats.csv",
            "keywords.csv",
            "keyness_2021_2024.csv",
            "keyness_2024_2026.csv",
            "trends.csv",
            "cooccurrence.csv",
            "watch.csv",
            "compare_all.csv",
            "files.csv")) {
      byte[] b = Files.readAllBytes(out.resolve(f));
      assertEquals((byte) 0xEF, b[0], f);
      assertEquals((byte) 0xBB, b[1], f);
      assertEquals((byte) 0xBF, b[2], f);
      assertTrue(zh.html().contains("href=\"" + f + "\""), "page links " + f);
    }
    assertTrue(
        Files.readString(out.resolve("stats.csv"))
            .startsWith("\uFEFFyear,documents,sections,passages,"));
  }

  @Test
  void failedRunLeavesThePreviousReport(@TempDir Path out) throws IOException {
    Path dir = out.resolve("report");
    Report.of(analysis, Fixtures.options()).writeTo(dir);
    byte[] before = Files.readAllBytes(dir.resolve("index.html"));
    Section broken =
        new Section() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public SectionModel build(ReportData data, Labels labels) {
            throw new IllegalStateException("boom");
          }
        };
    assertThrows(
        IllegalStateException.class,
        () ->
            Report.of(analysis, Fixtures.options().withLang(Lang.EN))
                .withSection(broken)
                .writeTo(dir));
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("index.html")));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of(dir), s.toList(), "no temporary folder is left behind");
    }
  }

  @Test
  void outputThatIsAFileIsBadInput(@TempDir Path out) throws IOException {
    Path file = Files.writeString(out.resolve("x"), "x");
    assertThrows(
        IllegalArgumentException.class,
        () -> Report.of(analysis, Fixtures.options()).writeTo(file));
  }

  @Test
  void corpusTextCannotInjectMarkup(@TempDir Path out) throws IOException {
    String payload = "</script><script>alert(1)</script>\"><img src=x onerror=alert(1)>";
    Qushi a = Fixtures.open(out.resolve("evil"), payload);
    Report.Rendered r = Report.of(a, Fixtures.options()).render();
    String html = r.html();
    assertFalse(html.contains("<script>alert"), "no script from corpus text");
    assertFalse(html.contains("<img"), "no img element anywhere");
    assertFalse(html.contains("onerror=alert(1)>"), "no raw attribute injection");
    // our own scripts only: runtime, chart scripts, KWIC JSON, Plotly bundle, start
    assertEquals(4 + r.charts(), count(html, "<script"));
    assertEquals(count(html, "<script"), count(html, "</script>"));
    // the title is shown as text
    assertTrue(
        html.contains(
            "2024 论坛报告&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x"
                + " onerror=alert(1)&gt;"),
        "escaped title in the documents table");
    // and the context lines carry the payload as JSON text, which reads back unchanged
    JsonNode k = kwic(html);
    assertEquals("2024 论坛报告" + payload, k.get("docs").get("c2024").asText());
  }

  @Test
  void scriptJsonEscapesMarkupCharacters() {
    String json = ScriptJson.of(Map.of("t", "</script><!-- & \u2028"));
    assertEquals("{\"t\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}", json);
  }

  @Test
  void networkLayoutIsDeterministic() {
    int[][] edges = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}};
    double[] w = {0.5, 0.4, 0.3, 0.6, 0.2};
    double[][] a = NetworkLayout.layout(5, edges, w, 7);
    assertArrayEquals(a, NetworkLayout.layout(5, edges, w, 7));
    for (double[] xy : a) {
      assertTrue(Math.abs(xy[0]) <= 1 && Math.abs(xy[1]) <= 1);
    }
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
    return n;
  }
}
