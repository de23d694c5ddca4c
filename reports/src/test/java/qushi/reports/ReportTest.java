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
import qushi.CorpusNotes;
import qushi.Qushi;
import qushi.analytics.core.Versions;
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

  /** Returns the page data the script reads (labels, topics, suggestions). */
  static JsonNode page(String html) throws IOException {
    String open = "<script type=\"application/json\" id=\"qushi-page\">";
    int a = html.indexOf(open) + open.length();
    return new ObjectMapper().readTree(html.substring(a, html.indexOf("</script>", a)));
  }

  /** Returns the evidence the page's search reads, unpacked as the browser unpacks it. */
  static JsonNode evidence(String html) throws IOException {
    String open = "<script type=\"application/octet-stream\" id=\"qushi-corpus\">";
    int a = html.indexOf(open) + open.length();
    byte[] gz =
        java.util.Base64.getDecoder().decode(html.substring(a, html.indexOf("</script>", a)));
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theChangesChartLeavesOutAPieceOfALongerTermItShows() {
    // the reviews of 2024 praise 画面质感在线 in many sentences, which the corpus learns as a term;
    // 质感 rises with it, nearly only inside it: the chart of the rises shows the longer term alone
    String[] before = {"这部片", "整体", "果然", "依旧", "全片", "开场", "大银幕上", "每一帧"};
    String[] after = {"。", "，值回票价。", "，诚意满满。", "！", "，导演用心。"};
    List<Object> pairs = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      StringBuilder text = new StringBuilder("故事平淡，节奏偏慢，配乐尚可。\n\n");
      for (int i = 0; i < 16; i++) {
        int k = d * 16 + i;
        text.append(before[k % before.length]).append("画面质感在线").append(after[k % after.length]);
        if (i % 4 == 3) text.append("\n\n");
      }
      pairs.addAll(
          List.of(2021, "故事平淡，节奏偏慢，配乐尚可。质感一般，在线观看尚可。\n\n".repeat(4), 2024, text.toString()));
    }
    Qushi q = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(pairs.toArray()));
    assertTrue(
        q.corpus().learnedTerms().stream().anyMatch(t -> t.term().endsWith("质感在线")),
        q.corpus().learnedTerms().toString());
    ReportData data = ReportData.compute(q, Fixtures.options());
    List<qushi.analytics.compare.KeynessRow> up =
        data.changes().get(0).rows().stream()
            .filter(r -> r.direction() == qushi.analytics.compare.Direction.UP)
            .toList();
    List<String> tested = up.stream().map(qushi.analytics.compare.KeynessRow::term).toList();
    assertTrue(tested.containsAll(List.of("质感")), tested.toString());
    List<String> shown =
        qushi.analytics.keywords.Keywords.listed(
                data.q().corpus(),
                up,
                10,
                qushi.analytics.compare.KeynessRow::term,
                qushi.analytics.compare.KeynessRow::targetFrequency)
            .stream()
            .map(qushi.analytics.compare.KeynessRow::term)
            .toList();
    assertTrue(shown.contains("画面质感在线"), shown.toString());
    assertFalse(shown.contains("质感"), shown.toString());
  }

  @Test
  void tablesOfMoreThanTwentyRowsScrollInTheirOwnBox() {
    Matcher m =
        Pattern.compile("<div class=\"table-wrap( long)?\"><table>(.*?)</table>", Pattern.DOTALL)
            .matcher(zh.html());
    int longTables = 0, shortTables = 0;
    while (m.find()) {
      int rows = m.group(2).split("<tr>", -1).length - 2; // minus the text before and the header
      assertEquals(rows > 20, m.group(1) != null, "table of " + rows + " rows");
      if (rows > 20) longTables++;
      else shortTables++;
    }
    assertTrue(longTables > 0 && shortTables > 0, longTables + " long, " + shortTables + " short");
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
  void theHeatmapShowsTheTermsWhoseChangeTheTrendTestFindsStrongest() throws IOException {
    String start = "qushi.chart(\"chart_trends_heatmap\", ";
    int a = zh.html().indexOf(start) + start.length();
    JsonNode trace;
    ObjectMapper json = new ObjectMapper();
    try (var parser = json.getFactory().createParser(zh.html().substring(a))) {
      trace = json.<JsonNode>readTree(parser).get("data").get(0);
    }
    // the changed terms first, each group by the trend test's scaled deviance, then by term (three
    // years: the rows keep that order)
    List<qushi.analytics.compare.TrendRow> expected =
        analysis.trends().rows().stream()
            .sorted(
                java.util.Comparator.comparingInt(
                        (qushi.analytics.compare.TrendRow r) -> r.trend().changed() ? 0 : 1)
                    .thenComparingDouble(r -> -r.g2())
                    .thenComparing(qushi.analytics.compare.TrendRow::term))
            .limit(Fixtures.options().heatmap())
            .toList();
    List<String> rows = new ArrayList<>();
    trace.get("y").forEach(n -> rows.add(n.asText()));
    assertEquals(expected.stream().map(qushi.analytics.compare.TrendRow::term).toList(), rows);
    // the file under it holds those numbers: the trend table's
    int div = zh.html().indexOf("<div id=\"chart_trends_heatmap\"");
    String link = "<p class=\"csv\"><a href=\"";
    int at = zh.html().indexOf(link, div) + link.length();
    assertTrue(zh.html().startsWith("trends.csv\"", at), zh.html().substring(at, at + 40));
    // each cell is the term's frequency per 10k in that year
    for (int r = 0; r < rows.size(); r++) {
      double[] per10k = expected.get(r).per10k();
      for (int y = 0; y < per10k.length; y++)
        assertEquals(per10k[y], trace.get("z").get(r).get(y).asDouble(), 1e-9, rows.get(r));
    }
  }

  @Test
  void aColumnHeadingSaysWhatTheColumnMeans() {
    Labels l = Labels.of(Lang.ZH);
    String html = zh.html();
    // every sortable heading of a column the codebook defines carries its meaning before the hint
    Matcher m =
        Pattern.compile("title=\"([^\"]*) — " + Pattern.quote(l.get("page.sort")) + "\"")
            .matcher(html);
    List<String> meanings = new ArrayList<>();
    while (m.find()) meanings.add(m.group(1));
    assertTrue(meanings.size() > 10, meanings.toString());
    // the trend change's meaning, as the codebook gives it (no character of it needs escaping)
    String change = new Columns(l).entry("trends.csv", "change").meaning();
    assertTrue(change.startsWith("从早期"), change);
    assertTrue(meanings.contains(change), meanings.toString());
    // a heading without a meaning keeps the hint alone
    assertTrue(html.contains("title=\"" + l.get("page.sort") + "\""), "a bare hint");
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
      // a share that does not exist (a period of one document) is left out, not shown as NaN
      assertFalse(html.contains("NaN%"), "NaN% in " + lang.getKey());
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
  void thePageEmbedsTheCleanedTextItsSearchReads() throws IOException {
    JsonNode e = evidence(zh.html());
    assertTrue(e.get("embedded").asBoolean());
    var docs = analysis.corpus().documents();
    assertEquals(docs.size(), e.get("docs").size());
    for (int d = 0; d < docs.size(); d++) {
      JsonNode doc = e.get("docs").get(d);
      assertEquals(docs.get(d).id(), doc.get(0).asText());
      assertEquals(docs.get(d).year(), doc.get(1).asInt());
      assertEquals(docs.get(d).text(), doc.get(4).asText(), "the text count and kwic scan");
    }
    int[] years = analysis.years();
    for (int y = 0; y < years.length; y++) {
      assertEquals(years[y], e.get("years").get(y).asInt());
      assertEquals(
          analysis.corpus().counts().tokens(years[y]), e.get("tokens").get(y).asLong(), "words");
    }
    // a term's segmenter frequency per year, as the keyness tables count it
    JsonNode ai = e.get("words").get("人工智能");
    var k =
        analysis.compare(2024, 2021).rows().stream()
            .filter(r -> r.term().equals("人工智能"))
            .findFirst()
            .orElseThrow();
    for (int i = 0; i < ai.size(); i += 2) {
      int year = years[ai.get(i).asInt()];
      if (year == 2024) assertEquals(k.targetFrequency(), ai.get(i + 1).asLong());
      if (year == 2021) assertEquals(k.referenceFrequency(), ai.get(i + 1).asLong());
    }
    // each key phrase of keywords.csv, with the years it is one of: the page says so where the
    // segmenter never cut the phrase as one word
    List<List<String>> keywords = records(zh.csv().get("keywords.csv"));
    int phrases = 0;
    for (List<String> row : keywords.subList(1, keywords.size())) {
      if (!row.get(1).equals("短语")) continue; // kind = phrase, in the Chinese report
      phrases++;
      int y = java.util.Arrays.binarySearch(years, Integer.parseInt(row.get(0)));
      JsonNode of = e.get("phrases").get(row.get(3));
      assertTrue(of != null && of.toString().matches(".*\\b" + y + "\\b.*"), row + " " + of);
    }
    assertTrue(phrases > 0);
    assertEquals(phrases, sum(e.get("phrases")));
    // the page data: labels for the script, the command with the corpus, suggestions
    JsonNode page = page(zh.html());
    assertTrue(
        page.get("command").asText().startsWith("./qushi kwic --corpus "),
        page.get("command").asText());
    assertTrue(page.get("labels").has("total"));
    // every term button of a table is among the suggestions
    java.util.Set<String> suggest = new HashSet<>();
    page.get("suggest").forEach(t -> suggest.add(t.asText()));
    Matcher m = Pattern.compile("data-term=\"([^\"]+)\"").matcher(zh.html());
    while (m.find()) assertTrue(suggest.contains(m.group(1)), m.group(1));
  }

  /** Returns the number of entries of all the arrays of an object. */
  private static int sum(JsonNode object) {
    int n = 0;
    for (JsonNode a : object) n += a.size();
    return n;
  }

  /** Returns the rows of CSV text (BOM dropped), header first, every cell as text. */
  static List<List<String>> records(String csv) throws IOException {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    tech.tablesaw.api.Table t =
        tech.tablesaw.api.Table.read()
            .csv(
                tech.tablesaw.io.csv.CsvReadOptions.builderFromString(text)
                    .columnTypesToDetect(List.of(tech.tablesaw.api.ColumnType.STRING))
                    .build());
    List<List<String>> rows = new ArrayList<>();
    rows.add(t.columnNames());
    for (int r = 0; r < t.rowCount(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < t.columnCount(); c++) row.add(t.getString(r, c));
      rows.add(row);
    }
    return rows;
  }

  @Test
  void theCodebookExplainsEveryColumnOfEveryFile() throws IOException {
    TopicOptions to =
        TopicOptions.defaults().withTopics(2).withIterations(50).withRuns(2).withMaxDocShare(1.0);
    ReportData data =
        ReportData.compute(analysis, Fixtures.options().withTopics(2))
            .withTopics(analysis.topics(to));
    for (Lang lang : Lang.values()) {
      Report.Rendered r = Report.of(data.withOptions(data.options().withLang(lang))).render();
      List<List<String>> book = records(r.csv().get(Report.CODEBOOK));
      java.util.Map<String, List<String>> byColumn = new java.util.HashMap<>();
      for (var row : book.subList(1, book.size())) byColumn.put(row.get(0) + "|" + row.get(1), row);
      int columns = 0;
      for (var f : r.csv().entrySet()) {
        if (f.getKey().equals(Report.CODEBOOK)) continue;
        for (String header : records(f.getValue()).get(0)) {
          var row = byColumn.get(f.getKey() + "|" + header);
          assertTrue(
              row != null, lang + ": " + f.getKey() + " column " + header + " not in the codebook");
          assertFalse(
              row.get(3).isBlank(), lang + ": " + f.getKey() + " " + header + " has no meaning");
          columns++;
        }
      }
      assertEquals(book.size() - 1, columns, "one codebook row per column");
    }
    // the same word, different quantities, different names: occurrences in watch.csv, segmenter
    // frequency in keywords.csv
    Report.Rendered r = Report.of(data).render();
    assertEquals("出现次数", records(r.csv().get("watch.csv")).get(0).get(2));
    assertEquals("词频", records(r.csv().get("keywords.csv")).get(0).get(4));
    // the trend table counts segmenter terms (its frequency column), and only the text-search
    // counts (watch.csv) carry the text-search formula
    List<List<String>> book = records(r.csv().get(Report.CODEBOOK));
    List<String> trendFrequency =
        book.stream()
            .filter(row -> row.get(0).equals("trends.csv") && row.get(2).equals("frequency"))
            .findFirst()
            .orElseThrow();
    assertEquals("词频", trendFrequency.get(1));
    for (var row : book.subList(1, book.size())) {
      if (row.get(5).contains("不重叠匹配")) {
        assertEquals("watch.csv", row.get(0), row.toString());
      }
    }
  }

  @Test
  void aWatchListIsTestedAsAFamilyOfItsOwn() throws IOException {
    // six years of eight documents: 旧提法 in every document of the first three years and gone
    // after, 新提法 the other way round, 工作 everywhere
    String[] fillers = {"推进", "加强", "完善", "落实", "部署", "统筹"};
    Object[] texts = new Object[2 * 6 * 8];
    for (int y = 0; y < 6; y++) {
      for (int d = 0; d < 8; d++) {
        StringBuilder t = new StringBuilder();
        for (int p = 0; p < 3; p++) {
          t.append("第").append(p + 1).append("段：我们").append(fillers[(y + d + p) % 6]);
          t.append("各项工作，").append(y < 3 ? "坚持旧提法" : "坚持新提法").append("，继续");
          t.append(fillers[(d + p) % 6]).append("改革发展稳定。\n");
        }
        texts[2 * (8 * y + d)] = 2015 + y;
        texts[2 * (8 * y + d) + 1] = t.toString();
      }
    }
    Qushi q = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(texts));
    List<String> watch = List.of("旧提法", "新提法", "工作", "从未出现");
    Report.Rendered r = Report.of(q, Fixtures.options().withWatch(watch)).render();
    qushi.analytics.compare.TrendTable family =
        q.trends(watch, null, qushi.analytics.compare.TrendOptions.defaults());
    assertEquals(List.of("从未出现"), family.untested());
    List<List<String>> rows = records(r.csv().get("trends_watch.csv"));
    int pAdj = rows.get(0).indexOf("校正 p");
    Labels l = Labels.of(Lang.ZH);
    for (var row : family.rows()) {
      List<String> line =
          rows.stream().filter(x -> x.get(0).equals(row.term())).findFirst().orElseThrow();
      assertEquals(
          qushi.analytics.core.Display.format("p_adj", row.pAdjusted()),
          line.get(pAdj),
          row.term());
      if (row.term().contains("提法")) {
        // the planted changes are found, and the page names them with their shapes
        assertTrue(row.pAdjusted() < 0.05, row.toString());
        assertTrue(
            r.html().contains(row.term() + "（" + l.get("value.trend." + row.trend().name()) + "）"),
            row.term());
      }
    }
    assertTrue(r.html().contains("过于稀少、未检验：从未出现。"));
    // its columns mean what trends.csv's mean, counts being text-search occurrences
    List<List<String>> book = records(r.csv().get(Report.CODEBOOK));
    for (String header : rows.get(0)) {
      var entry =
          book.stream()
              .filter(b -> b.get(0).equals("trends_watch.csv") && b.get(1).equals(header))
              .findFirst()
              .orElseThrow(() -> new AssertionError(header + " not in the codebook"));
      assertFalse(entry.get(3).isBlank(), header + " has no meaning");
    }
    // without a watch list of the user's there is no such family
    assertFalse(zh.csv().containsKey("trends_watch.csv"));
  }

  @Test
  void aCorpusTooLargeToEmbedCarriesTheShownTermsLines() throws IOException {
    Report.Rendered r =
        Report.of(analysis, Fixtures.options().withEmbedChars(10).withLang(Lang.EN)).render();
    assertFalse(r.embedded());
    // the methods say what the page carries instead of the text
    assertTrue(r.html().contains("so the page carries the counts and a representative sample"));
    assertFalse(r.html().contains("the page embeds the compressed cleaned text"));
    JsonNode e = evidence(r.html());
    assertFalse(e.get("embedded").asBoolean());
    assertTrue(e.get("docs").get(0).get(4).isNull(), "no text");
    JsonNode ai = e.get("terms").get("人工智能");
    List<qushi.analytics.prepare.TermCount> counts = analysis.count("人工智能").list();
    for (int y = 0; y < counts.size(); y++) {
      assertEquals(counts.get(y).count(), ai.get("counts").get(y).asInt());
    }
    var sample = qushi.analytics.context.Kwic.sample(analysis.kwic("人工智能").list(), 50);
    assertEquals(sample.size(), ai.get("lines").size());
    for (int i = 0; i < sample.size(); i++) {
      assertEquals(sample.get(i).position(), ai.get("lines").get(i).get(1).asInt());
      assertEquals(sample.get(i).left(), ai.get("lines").get(i).get(2).asText());
    }
  }

  @Test
  void methodsListChecksumsVersionsAndSeed() throws IOException {
    String sha = RawText.sha256(Fixtures.TEXT_2021.getBytes(StandardCharsets.UTF_8));
    String methods = zh.html().substring(zh.html().indexOf("<section id=\"methods\">"));
    assertTrue(methods.contains(sha), "checksum of a2021.txt");
    assertTrue(
        methods.contains(RawText.sha256(Files.readAllBytes(shared.resolve("corpus/corpus.csv")))));
    assertTrue(methods.contains(PlotlyBundle.get().version()));
    // the readers' versions are those on the class path: they shape the text of the same files
    assertTrue(methods.contains("PDFBox " + org.apache.pdfbox.util.Version.getVersion()), "PDFBox");
    assertTrue(methods.contains(Versions.readers()), "readers");
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
        shown.html().contains("<th>主题模型</th><td>LDA，K = 2；训练于 ")
            && shown.html().contains("次运行评估稳定性；随机种子 42</td>"));
    // topic numbers and labels are the model's, in the table and in the chart titles
    for (var t : model.topics()) assertTrue(shown.html().contains(t.label()), t.label());
    assertTrue(shown.csv().containsKey("topic_prevalence.csv"));
    assertTrue(shown.csv().containsKey("topics.csv"));
    // every year short of passages is named in one note, not in a note of its own
    TopicModel thin = analysis.topics(to.withFewPassages(100_000));
    Report.Rendered thinShown =
        Report.of(ReportData.compute(analysis, Fixtures.options().withTopics(2)).withTopics(thin))
            .render();
    String html = thinShown.html();
    // and the prevalence table's note is in the page's language, as its columns' names are
    String csv = thinShown.csv().get("topic_prevalence.csv");
    assertTrue(csv.contains("段落很少（") && !csv.contains("few passages"), csv);
    assertTrue(html.contains("3 个年份段落很少（年份及段落数：2021 ("), html);
    assertFalse(html.contains("年仅有"));
  }

  @org.junit.jupiter.api.Tag("slow")
  @Test
  void aWatchGroupNamesItsTermsWithoutASignificantTrend() {
    // the automatic groups are filled with the strongest candidates when few shapes are
    // significant: the chart's title names those whose trend is STABLE, or, when its group holds
    // nothing else, says that there is no significant change of its direction instead of the
    // group's name (the seeds have such candidates: their 2026 has 8 passages)
    Qushi seeds = Qushi.open(java.nio.file.Path.of("..", "seeds").toString());
    ReportData data = ReportData.compute(seeds, Fixtures.options());
    String html = Report.of(data).render().html();
    Labels l = Labels.of(Labels.Lang.ZH);
    int named = 0;
    for (var group :
        Map.of(
                "trends.risers", data.autoWatch().risers(),
                "trends.fallers", data.autoWatch().fallers())
            .entrySet()) {
      List<String> stable =
          data.trend().rows().stream()
              .filter(
                  r ->
                      r.trend() == qushi.analytics.compare.TrendClass.STABLE
                          && group.getValue().contains(r.term()))
              .map(qushi.analytics.compare.TrendRow::term)
              .toList();
      named += stable.size();
      if (!stable.isEmpty() && stable.size() == group.getValue().size()) {
        assertTrue(html.contains(l.get(group.getKey() + "_candidates")), group.getKey());
        assertFalse(html.contains(l.get(group.getKey())), group.getKey());
        continue;
      }
      for (String term : stable) {
        assertTrue(
            java.util.regex.Pattern.compile(
                    "其中 [^\"<]*" + java.util.regex.Pattern.quote(term) + "[^\"<]*变化不显著")
                .matcher(html)
                .find(),
            term);
      }
    }
    assertTrue(named > 0, "the seeds have such candidates");
  }

  @Test
  void theKeywordsSayHowManyOfThemAreSignificant() throws IOException {
    // counted from keywords.csv: its p is rounded to two digits as on the page, so a p shown as
    // 0.05 may be just below it; the sentence's number lies between the two counts
    List<List<String>> rows = records(zh.csv().get("keywords.csv"));
    List<List<String>> terms = rows.stream().filter(row -> row.get(1).equals("词")).toList();
    Matcher said = Pattern.compile("所列 (\\d+) 个关键词中有 (\\d+) 个在检验单位层面的检验中显著").matcher(zh.html());
    assertTrue(said.find(), "the section says how many are significant");
    assertEquals(terms.size(), Integer.parseInt(said.group(1)));
    assertBetween(terms, null, Integer.parseInt(said.group(2)));
    // and each year's chart title its own
    for (String year : List.of("2021", "2024", "2026")) {
      Matcher title = Pattern.compile(year + " 年关键词，(\\d+) 个显著").matcher(zh.html());
      assertTrue(title.find(), year);
      int significant = Integer.parseInt(title.group(1));
      assertBetween(terms, year, significant);
      // its bars: the significant ones blue on top, the rest grey (they go by p, not by length)
      List<String> colours = new ArrayList<>();
      MapsSectionTest.figure(zh.html(), "chart_keywords_" + year)
          .at("/data/0/marker/color")
          .forEach(c -> colours.add(c.asText()));
      assertEquals(terms.stream().filter(row -> row.get(0).equals(year)).count(), colours.size());
      for (int i = 0; i < colours.size(); i++) {
        assertEquals(
            i < significant ? Charts.BAR : Charts.NOT_SIGNIFICANT, colours.get(i), year + " " + i);
      }
    }
  }

  /**
   * Asserts that {@code n} of the keyword rows (of {@code year}, or all) have p_adj (column 8)
   * below 0.05.
   */
  private static void assertBetween(List<List<String>> terms, String year, int n) {
    List<Double> ps =
        terms.stream()
            .filter(row -> year == null || row.get(0).equals(year))
            .map(row -> Double.parseDouble(row.get(8)))
            .toList();
    long surely = ps.stream().filter(p -> p < 0.05).count();
    long atMost = ps.stream().filter(p -> p <= 0.05).count();
    assertTrue(surely <= n && n <= atMost, year + ": " + surely + " <= " + n + " <= " + atMost);
  }

  @Test
  void theSearchBoxOffersTheCorpussOwnMostFrequentTerm() {
    // a corpus of poems is not offered a policy term: the example is the corpus's top term
    Qushi q =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                701, "明月松间照，清泉石上流。明月来相照。\n",
                772, "春风又绿江南岸，明月何时照我还。\n",
                984, "明月几时有，把酒问青天。\n"));
    String html = Report.of(q, Fixtures.options()).render().html();
    assertTrue(html.contains("placeholder=\"输入词语，如 明月\""), html.substring(0, 2000));
    assertFalse(html.contains("如 人工智能"));
  }

  @Test
  void copiesOfADocumentAreNamedInTheOverview() {
    String article = "人工智能研究取得重要进展，科研团队发布新的模型。\n算力基础设施建设加快推进，产业应用不断拓展。\n";
    Qushi q =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2021, article, 2022, "碳中和目标引领绿色转型，储能与氢能加快发展。\n", 2023, article));
    assertEquals(List.of("doc03 ≈ doc01"), CorpusNotes.copies(q));
    String html = Report.of(q, Fixtures.options()).render().html();
    assertTrue(html.contains("有 1 篇文档重复了更早一篇文档的大部分文字（doc03 ≈ doc01"), html);
    // and the list of documents says whose copy it is, in its own column
    String list = html.substring(html.indexOf("<h3>文档列表</h3>"));
    list = list.substring(0, list.indexOf("</table>"));
    assertTrue(list.contains("副本之原件"), list);
    String row = list.substring(list.indexOf(">doc03</td>"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertTrue(row.endsWith(">doc01</td>"), row);
    String original = list.substring(list.indexOf(">doc01</td>"));
    assertTrue(original.substring(0, original.indexOf("</tr>")).endsWith("></td>"), list);
  }

  @Test
  void aDocumentLeftWithoutWordsIsNamedInTheOverview() {
    Qushi q =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2021, "人工智能研究取得重要进展。\n", 2021, "。。。——\n", 2022, "碳中和目标引领绿色转型。\n"));
    String html = Report.of(q, Fixtures.options()).render().html();
    assertTrue(html.contains("有 1 篇文档清洗后没有任何词（doc02 (doc02)）"), html);
  }

  @Test
  void aFileListedTwiceInTheManifestIsNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "人工智能研究取得重要进展，科研团队发布新的模型。\n");
    Files.writeString(dir.resolve("b.txt"), "碳中和目标引领绿色转型，储能与氢能加快发展。\n");
    Files.writeString(
        dir.resolve("corpus.csv"), "id,file,year\na1,a.txt,2021\nb,b.txt,2022\na2,./a.txt,2023\n");
    Qushi q = Qushi.open(dir.toString());
    assertEquals(List.of("a.txt (a1, a2)"), CorpusNotes.listedTwice(q));
    String html = Report.of(q, Fixtures.options()).render().html();
    assertTrue(html.contains("有 1 个文件在清单中以不同的 id 列出了不止一次（a.txt (a1, a2)"), html);
    // listed twice in one year: the second listing is a copy of the first, dropped, counted once
    Files.writeString(
        dir.resolve("corpus.csv"), "id,file,year\na1,a.txt,2021\nb,b.txt,2022\na2,./a.txt,2021\n");
    Qushi same = Qushi.open(dir.toString());
    assertEquals(List.of(), CorpusNotes.listedTwice(same));
    assertEquals(List.of("a.txt (a1, a2)"), CorpusNotes.listedTwice(same, true));
    // and the copy, left without words, is not named as a document of only what cleanup drops
    assertEquals(List.of(), CorpusNotes.emptyDocuments(same));
    String once = Report.of(same, Fixtures.options()).render().html();
    assertTrue(once.contains("清单中有 1 个文件以不同 id 列出不止一次（a.txt (a1, a2)）：后列出者是第一次列出者的副本"), once);
    assertFalse(once.contains("按列出的次数重复计"), once);
  }

  /**
   * Two reports a year 2020–2023 and two news items in 2023 only, whose source is typed in two
   * letter cases: the overview names the changing mix with its shares and the look-alike values.
   */
  @Test
  void aChangingMixOfSourcesAndLookAlikeValuesAreNamed(@TempDir Path dir) throws IOException {
    LateNews.write(dir, "News");
    Qushi q = Qushi.open(dir.toString());
    List<CorpusNotes.Mix> mixes = CorpusNotes.mixChanges(q);
    assertEquals(1, mixes.size(), mixes::toString);
    CorpusNotes.Mix m = mixes.get(0);
    assertEquals(
        List.of("source", "report", 100L, "2020–2022"),
        List.of(m.column(), m.value(), m.earlyShare(), m.early()));
    String html = Report.of(q, Fixtures.options()).render().html();
    assertTrue(
        html.contains(
            "source 的构成随年份变化（report：占 2020–2022 词元的 100%，占 2023 的 " + m.lateShare() + "%）"),
        html);
    assertTrue(html.contains("source 的取值只在字母大小写、全半角或空格上不同（News / news）"), html);
    // the comparison within sources says in how many terms the pooled rates point against it
    assertTrue(html.contains("个词合并各层后两个时期的比率方向与层内变化相反"), html);
  }

  @Test
  void aYearFarFromAllOthersIsNamedAsALikelyTypo() {
    String a = "人工智能研究取得重要进展。\n";
    String b = "碳中和目标引领绿色转型。\n";
    Qushi typo = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(2010, a, 2023, b, 3020, a + b));
    assertEquals(List.of("3020 (doc03)"), CorpusNotes.distantYears(typo));
    String html = Report.of(typo, Fixtures.options()).render().html();
    assertTrue(html.contains("有 1 个年份与语料的其他年份相距 100 年以上，且超过其他年份的跨度（3020 (doc03)）"), html);
    // two eras compared, a year 79 years away, or one no further than the others span: no note
    for (int[] years : new int[][] {{1921, 2021}, {1921, 2000, 2020}, {1800, 1900, 2000}}) {
      Object[] pairs = new Object[2 * years.length];
      for (int i = 0; i < years.length; i++) {
        pairs[2 * i] = years[i];
        pairs[2 * i + 1] = i % 2 == 0 ? a : b;
      }
      Qushi q = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(pairs));
      assertEquals(List.of(), CorpusNotes.distantYears(q), java.util.Arrays.toString(years));
    }
    // a first year as far below the rest: named
    Qushi early = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(1021, a, 2020, b, 2021, a));
    assertEquals(List.of("1021 (doc01)"), CorpusNotes.distantYears(early));
  }

  @Test
  void aConvertedCorpusSaysSoInTheOverviewAndTheParameters() {
    var corpus = qushi.analytics.corpus.Corpus.ofTexts(2020, "發展新質生產力。", 2021, "維護國家安全。");
    var converted =
        qushi.Options.defaults()
            .withText(
                qushi.analytics.text.TextOptions.defaults().withTraditionalToSimplified(true));
    String html =
        Report.of(
                Qushi.of(corpus, converted, qushi.analytics.core.Progress.NONE), Fixtures.options())
            .render()
            .html();
    assertTrue(html.contains("文本在清理和分词之前已由繁体转换为简体（--t2s）"), html);
    assertTrue(html.contains("开启（--t2s）：文本在一切计数之前已转换"), html);
    String plain = Report.of(Qushi.of(corpus), Fixtures.options()).render().html();
    assertFalse(plain.contains("已由繁体转换为简体"));
    assertTrue(plain.contains("繁体转简体"), "the parameter is listed either way");
  }

  @Test
  void anEdgeYearOfOneDocumentAmongYearsOfSeveralIsNamed() {
    String a = "人工智能研究取得重要进展。\n";
    String b = "碳中和目标引领绿色转型。\n";
    // 3, 2, 2 documents, then a last year of one: documents are the test units (most of the
    // passages lie in years of two or more, and there are twice as many documents as years); each
    // document says which it is, so none is a copy of another of its year
    String[] n = {"一", "二", "三", "四", "五", "六", "七", "八"};
    Qushi lone =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2019,
                n[0] + a,
                2019,
                n[1] + b,
                2019,
                n[2] + a,
                2020,
                n[3] + b,
                2020,
                n[4] + a,
                2021,
                n[5] + b,
                2021,
                n[6] + a,
                2022,
                n[7] + a + b));
    assertTrue(lone.documentUnits());
    assertEquals(List.of("2022 (doc08)"), CorpusNotes.loneEdgeYears(lone));
    String html = Report.of(lone, Fixtures.options()).render().html();
    assertTrue(html.contains("语料首尾有 1 个年份只有一篇文档，而多数年份有多篇（2022 (doc08)）"), html);
    // one document a year (annual reports): the passages are the units, and no year is named
    Qushi annual = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(2019, a, 2020, b, 2021, a));
    assertEquals(List.of(), CorpusNotes.loneEdgeYears(annual));
  }

  @Test
  void theSearchCommandOpensTheCorpusAsTheReportDid(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2021-a.txt"), "人工智能研究取得進展。\n".repeat(5));
    Files.writeString(dir.resolve("2024-b.txt"), "人工智能賦能製造業。\n".repeat(5));
    Qushi q =
        Qushi.openByFileName(
            dir.toString(),
            qushi.Options.defaults()
                .withText(
                    qushi.analytics.text.TextOptions.defaults()
                        .withTraditionalToSimplified(true)
                        .withDropBoilerplate(false)));
    String command = page(Report.of(q, Fixtures.options()).render().html()).get("command").asText();
    assertTrue(
        command.contains(" --years-from-filenames --t2s --keep-boilerplate --window "), command);
    // the default options add nothing
    assertTrue(
        page(zh.html())
            .get("command")
            .asText()
            .matches("\\./qushi kwic --corpus \\S+ --window \\d+"),
        page(zh.html()).get("command").asText());
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
    // headings in the page's language, numbers rounded as on the page
    assertTrue(
        Files.readString(out.resolve("stats.csv")).startsWith("\uFEFF年份,文档数,章节数,段落数,"),
        Files.readString(out.resolve("stats.csv")));
    String watch = Files.readString(out.resolve("watch.csv"));
    assertTrue(watch.startsWith("\uFEFF词语,年份,出现次数,每万词出现次数,95% 下限,95% 上限"), watch);
    for (String line : watch.lines().skip(1).toList()) {
      String per10k = line.split(",")[3];
      assertTrue(per10k.isEmpty() || per10k.matches("\\d+\\.\\d"), "one decimal: " + line);
    }
    // --exact-csv: machine names and full precision, as the CLI writes them
    Report.Written exact =
        Report.of(analysis, Fixtures.options().withExactCsv(true)).writeTo(out.resolve("exact"));
    String stats = Files.readString(exact.index().resolveSibling("stats.csv"));
    assertTrue(stats.startsWith("\uFEFFyear,documents,sections,passages,"), stats);
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
    // our own scripts only: runtime, chart scripts, page JSON, corpus, Plotly bundle, start
    assertEquals(5 + r.charts(), count(html, "<script"));
    assertEquals(count(html, "<script"), count(html, "</script>"));
    // the title is shown as text
    assertTrue(
        html.contains(
            "2024 论坛报告&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x"
                + " onerror=alert(1)&gt;"),
        "escaped title in the documents table");
    // and the embedded evidence carries the payload as JSON text, which reads back unchanged
    JsonNode e = evidence(html);
    assertEquals("2024 论坛报告" + payload, e.get("docs").get(2).get(2).asText());
  }

  @Test
  void linesBreakAtGapsInTheYears() {
    // annual years with 2002–2004 missing: a null after 2001 breaks the line
    assertArrayEquals(
        new Object[] {1.0, 2.0, null, 3.0, 4.0},
        Charts.gapped(new int[] {2000, 2001, 2005, 2006}, new double[] {1, 2, 3, 4}));
    // every five years with one five missing
    assertArrayEquals(
        new Object[] {1, 2, null, 3, 4},
        Charts.gapped(new int[] {1990, 1995, 2005, 2010}, new int[] {1, 2, 3, 4}));
    // no gap, no null
    assertArrayEquals(
        new Object[] {1, 2, 3}, Charts.gapped(new int[] {2021, 2024, 2026}, new int[] {1, 2, 3}));
  }

  @Test
  void theSizeOfEachYearIsDrawnOnATimeAxis() throws IOException {
    // the seeds' 2021, 2024 and 2026: the bars stand at their years, the gaps between them shown
    JsonNode fig = MapsSectionTest.figure(zh.html(), "chart_overview_tokens");
    assertEquals("linear", fig.at("/layout/xaxis/type").asText());
    assertEquals(List.of(2021, 2024, 2026), ints(fig.at("/data/0/x")));
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  @Test
  void scriptJsonEscapesMarkupCharacters() {
    String json = ScriptJson.of(Map.of("t", "</script><!-- & \u2028"));
    assertEquals("{\"t\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}", json);
  }

  @Test
  void aBarMarkedAsOneDocumentsStillOpensTheBareTerm() throws IOException {
    Figure f =
        Charts.diverging(
            "changes a b",
            "t",
            new String[] {"航道", "口岸"},
            new String[] {"航道 *", "口岸"},
            new double[] {2.5, -1.0},
            new String[] {Charts.UP, Charts.DOWN},
            "z",
            new String[] {"a", "b"});
    JsonNode bar = new ObjectMapper().readTree(f.json()).at("/data/0");
    assertEquals("航道 *", bar.at("/y/0").asText(), "the mark is shown");
    assertEquals("航道", bar.at("/customdata/0").asText(), "a click searches the term alone");
    assertEquals("口岸", bar.at("/customdata/1").asText());
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

  @Test
  void aSmallSeparatePartOfTheNetworkStandsBesideTheMainOneAndDoesNotSqueezeIt() {
    // a ring of 12 words, and a pair linked only to each other (北京–城市 in a news corpus)
    int[][] edges = new int[13][];
    double[] w = new double[13];
    for (int i = 0; i < 12; i++) {
      edges[i] = new int[] {i, (i + 1) % 12};
      w[i] = 0.5;
    }
    edges[12] = new int[] {12, 13};
    w[12] = 0.9;
    assertEquals(
        List.of(12, 2), NetworkLayout.parts(14, edges).stream().map(p -> p.length).toList());
    double[][] p = NetworkLayout.layout(14, edges, w, 7);
    double ringTop = -1;
    double ringBottom = 1;
    double ringLeft = 1;
    double ringRight = -1;
    for (int i = 0; i < 12; i++) {
      ringTop = Math.max(ringTop, p[i][1]);
      ringBottom = Math.min(ringBottom, p[i][1]);
      ringLeft = Math.min(ringLeft, p[i][0]);
      ringRight = Math.max(ringRight, p[i][0]);
    }
    // the ring spans the height and most of the width; the pair stands entirely right of it
    assertTrue(ringTop - ringBottom > 1.5, ringBottom + " " + ringTop);
    assertTrue(ringRight - ringLeft > 1.2, ringLeft + " " + ringRight);
    assertTrue(p[12][0] > ringRight && p[13][0] > ringRight, java.util.Arrays.deepToString(p));
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
    return n;
  }
}
