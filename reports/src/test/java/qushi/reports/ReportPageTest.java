package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.analytics.context.Kwic;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.topics.TopicOptions;

/**
 * Clicks through the seeds report in headless Chromium (DevTools protocol, real mouse events):
 * searching a term no chart shows gives the per-year counts of {@code qushi count}; {@code
 * #kwic=工程} shows a 2026 line; a topic opens by a click on its number, on its bubble and by {@code
 * #topic=1}; a click on a bar opens its term; a click on a table heading sorts the table by the
 * unrounded numbers; filters, sorting, "show all" and CSV export work; the page's query cleaning
 * and representative sample equal the Java ones. No test ends with a console error or a network
 * request.
 */
@Tag("browser")
class ReportPageTest {
  static Qushi seeds;
  static Path index;
  static String source;
  static Cdp browser;
  @TempDir static Path tmp;

  @BeforeAll
  static void writeReport() throws Exception {
    seeds = Qushi.open(Path.of("..", "seeds").toString());
    TopicOptions topics = TopicOptions.defaults().withTopics(6).withIterations(300).withRuns(2);
    ReportData data =
        ReportData.compute(seeds, Fixtures.options()).withTopics(seeds.topics(topics));
    Report.Written w = Report.of(data).writeTo(tmp.resolve("report"));
    index = w.index();
    source = Files.readString(index, StandardCharsets.UTF_8);
    browser = Cdp.start(tmp.resolve("chromium"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
  }

  @BeforeEach
  void fresh() throws Exception {
    browser.requests.clear();
    browser.problems.clear();
    browser.open(index.toUri().toString());
  }

  @AfterEach
  void noErrorsAndNoNetwork() {
    assertEquals(List.of(), browser.problems, "console errors or exceptions");
    List<String> outside =
        browser.requests.stream()
            .filter(u -> !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("blob:"))
            .toList();
    assertEquals(List.of(), outside, "network requests");
  }

  static String fragment(String prefix, String value) {
    return "#" + prefix + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Asserts the panel's per-year elements equal {@code qushi count} for {@code term}. */
  static void assertCountsEqualQushiCount(String term) throws Exception {
    JsonNode years =
        browser.eval(
            "Array.from(document.querySelectorAll('#kwic-years li')).map(li => ({year:"
                + " li.getAttribute('data-year'), count: li.getAttribute('data-count'), per10k:"
                + " li.getAttribute('data-per10k')}))");
    List<TermCount> counts = seeds.count(term).list();
    assertEquals(counts.size(), years.size(), "one element per year, zeros included");
    for (int i = 0; i < counts.size(); i++) {
      TermCount c = counts.get(i);
      JsonNode y = years.get(i);
      assertEquals(String.valueOf(c.year()), y.get("year").asText());
      assertEquals(c.count(), Integer.parseInt(y.get("count").asText()), term + " " + c.year());
      assertEquals(c.per10k(), Double.parseDouble(y.get("per10k").asText()), 0.0, term);
    }
  }

  @Test
  void searchingATermNoChartShowsGivesTheCountsOfQushiCount() throws Exception {
    // terms of the seeds that no chart or table of the page shows
    List<String> hidden = new ArrayList<>();
    for (String t : List.of("新质生产力", "大模型", "脑机接口", "量子计算", "合成生物")) {
      int total = seeds.count(t).list().stream().mapToInt(TermCount::count).sum();
      if (total > 0 && !source.contains("\"" + t + "\"") && !source.contains(">" + t + "<"))
        hidden.add(t);
    }
    assertFalse(hidden.isEmpty(), "no test term is hidden from the charts");
    for (String term : hidden) {
      browser.click("#kwic-input");
      browser.eval("document.getElementById('kwic-input').value = ''");
      browser.type(term);
      assertEquals(term, browser.eval("document.getElementById('kwic-input').value").asText());
      browser.eval("document.activeElement.blur()");
      browser.click("#kwic-form button[type=submit]");
      browser.waitFor("!document.getElementById('kwic-panel').hidden");
      assertEquals(term, browser.eval("document.getElementById('kwic-term').textContent").asText());
      assertCountsEqualQushiCount(term);
      int total = seeds.count(term).list().stream().mapToInt(TermCount::count).sum();
      int rows = browser.eval("document.querySelectorAll('#kwic-lines tr').length").asInt();
      assertEquals(Math.min(total, ReportOptions.defaults().kwicLines()), rows, term);
      assertEquals(
          fragment("kwic=", term), browser.eval("location.hash").asText(), "the URL follows");
    }
  }

  @Test
  void backClosesAPanelAndReturnsToTheSectionItWasOpenedFrom() throws Exception {
    browser.eval("location.hash = '#trends'");
    browser.waitFor("document.getElementById('kwic-input').disabled === false");
    browser.eval("window.qushi.show('工程')");
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    assertEquals(fragment("kwic=", "工程"), browser.eval("location.hash").asText());
    browser.eval("window.qushi.show('人工智能')"); // another term replaces the panel's entry
    browser.eval("history.back()");
    browser.waitFor("document.getElementById('kwic-panel').hidden");
    assertEquals("#trends", browser.eval("location.hash").asText());
    // a panel the URL opened closes in place: no entry before it to go back to
    browser.open(index.toUri() + fragment("kwic=", "工程"));
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    browser.click("#kwic-panel [data-close]");
    browser.waitFor("document.getElementById('kwic-panel').hidden");
    assertEquals("", browser.eval("location.hash").asText());
    assertTrue(browser.eval("location.href").asText().endsWith("index.html"));
  }

  @Test
  void kwicFragmentOpensTheTermWithAllItsYears() throws Exception {
    browser.open(index.toUri() + fragment("kwic=", "工程"));
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    assertCountsEqualQushiCount("工程");
    assertTrue(
        browser
                .eval("document.querySelectorAll('#kwic-lines tr[data-year=\"2026\"]').length")
                .asInt()
            > 0,
        "a 2026 line for 工程");
    // the sample holds every year the term occurs in
    for (TermCount c : seeds.count("工程").list()) {
      int shown =
          browser
              .eval(
                  "document.querySelectorAll('#kwic-lines tr[data-year=\""
                      + c.year()
                      + "\"]').length")
              .asInt();
      assertEquals(c.count() > 0, shown > 0, "year " + c.year());
    }
  }

  @Test
  void aTraditionalQueryIsConvertedWhenTheCorpusWasReadWithT2s() throws Exception {
    // a corpus read with --t2s: 春風 on the page is 春风, as qushi count --t2s has it
    qushi.Options t2s =
        qushi.Options.defaults()
            .withText(
                qushi.analytics.text.TextOptions.defaults().withTraditionalToSimplified(true));
    Qushi q =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2021, "春風吹过乾隆年间的村庄。春风又绿江南岸。隨著衞生改善。\n",
                2022, "西风吹过，春风不再。随着卫生改善。\n",
                2023, "春风十里，西风渐起。\n"),
            t2s,
            qushi.analytics.core.Progress.NONE);
    Report.Written w =
        Report.of(ReportData.compute(q, Fixtures.options())).writeTo(tmp.resolve("t2s"));
    browser.open(w.index().toUri().toString());
    for (String term : List.of("春風", "西風", "春风", "乾隆")) {
      long expected = q.count(List.of(term)).list().stream().mapToLong(TermCount::count).sum();
      JsonNode got = browser.eval("qushi.search('" + term + "').counts.reduce((a, b) => a + b, 0)");
      assertEquals(expected, got.asLong(), term);
    }
    assertEquals(4, q.count(List.of("春風")).list().stream().mapToLong(TermCount::count).sum());
    // Hong Kong's 衞 is converted, as count converts it; Taiwan's 著 for 着 is kept, and named
    for (String term : List.of("衞生", "卫生")) {
      JsonNode got = browser.eval("qushi.search('" + term + "').counts.reduce((a, b) => a + b, 0)");
      assertEquals(2, got.asLong(), term);
    }
    String info = searchInfo("随着");
    assertTrue(info.contains("“随著”，另出现 1 次"), info);
  }

  @Test
  void theSampleAndTheQueryCleaningAreTheJavaOnes() throws Exception {
    browser.waitFor("window.qushi.status.evidence === 'embedded'");
    String term = "创新";
    List<Kwic.Line> java = Kwic.sample(seeds.kwic(term).list(), 50);
    JsonNode js =
        browser.eval("qushi.sample(qushi.search('" + term + "').lines, 50).map(l => l[1])");
    assertEquals(java.size(), js.size());
    for (int i = 0; i < java.size(); i++) {
      assertEquals(java.get(i).position(), js.get(i).asInt(), "line " + i);
    }
    JsonNode all = browser.eval("qushi.search('" + term + "').lines.length");
    assertEquals(seeds.kwic(term).size(), all.asInt());
    // queries as users type them: full-width letters, spaces between characters, ASCII
    // punctuation next to Chinese, a zero-width space, a BOM, leading and trailing blanks
    List<String> queries =
        List.of(
            "ＡＩ",
            "人工 智能",
            " 大模型 ",
            "AI ,芯片",
            "(一)",
            "科技\u200B创新",
            "\uFEFF创新",
            "Research  in",
            "１２３",
            "新质生产力（",
            "“双碳”",
            "(G20)",
            "二十国集团（G20）",
            "GPT(4)模型",
            "（上海）",
            "((人工智能))",
            "二十国集团(G20",
            "4)模型",
            "COVID\u201019",
            "SARS\u2011CoV\u20112",
            "\u5DFF民",
            "((G",
            "奋斗有我 国聘行动",
            "奋斗有我\u3000国聘行动，促进就业",
            "中 关 村",
            "第一条 为了",
            "第1章 总则",
            "中关\uFFFD村 Food\uFFFDand",
            "数字\t经济",
            "\uD840\uDC00\uD840\uDC01 国聘");
    for (String q : queries) {
      String expected = seeds.corpus().text().cleanQuery(q);
      String got =
          browser
              .eval("qushi.normalize(" + new ObjectMapper().writeValueAsString(q) + ")")
              .asText();
      assertEquals(expected, got, "query '" + q + "'");
    }
  }

  @Test
  void withManyYearsAYearWithoutOccurrencesShowsItsYearAlone() throws Exception {
    // fourteen years, a term in the last seven: the seven others are chips of their year alone,
    // with their figures in the title; every year keeps its element and its counts
    Object[] pairs = new Object[28];
    for (int i = 0; i < 14; i++) {
      pairs[2 * i] = 2000 + i;
      pairs[2 * i + 1] = (i < 7 ? "财政收入稳定增长。" : "人工智能赋能千行百业。财政收入稳定增长。").repeat(5);
    }
    Qushi q = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(pairs));
    ReportData d = ReportData.compute(q, Fixtures.options().withTopics(ReportOptions.NO_TOPICS));
    Path page = Report.of(d).writeTo(tmp.resolve("many-years")).index();
    browser.open(page.toUri() + fragment("kwic=", "人工智能"));
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    JsonNode chips =
        browser.eval(
            "Array.from(document.querySelectorAll('#kwic-years li')).map(li => ({year:"
                + " li.getAttribute('data-year'), count: li.getAttribute('data-count'), shown:"
                + " getComputedStyle(li.querySelector('.n')).display !== 'none', title:"
                + " li.querySelector('button').title}))");
    assertEquals(14, chips.size());
    for (int i = 0; i < 14; i++) {
      JsonNode c = chips.get(i);
      assertEquals(String.valueOf(2000 + i), c.get("year").asText());
      assertEquals(i < 7 ? "0" : "5", c.get("count").asText(), c.toString());
      assertEquals(i >= 7, c.get("shown").asBoolean(), c.toString());
      if (i < 7) assertTrue(c.get("title").asText().startsWith((2000 + i) + " 0"), c.toString());
    }
  }

  /**
   * With a source chosen, the panel's chart draws the term's rate within that source beside its
   * rate in all the text: the rates of {@code qushi count --by source}, a year where the source has
   * no document left empty.
   */
  @Test
  void choosingASourceDrawsTheRateWithinItAsCountByHasIt() throws Exception {
    browser.open(index.toUri() + fragment("kwic=", "创新"));
    browser.waitFor("(document.getElementById('kwic-chart').data || []).length === 1");
    String chosen = "World Laureates Association";
    browser.eval(
        "(() => { const s = document.getElementById('kwic-source'); s.value = '"
            + chosen
            + "'; s.dispatchEvent(new Event('change')); })()");
    JsonNode traces =
        browser.eval(
            "document.getElementById('kwic-chart').data.map(t => ({name: t.name, meta: t.meta, x:"
                + " t.x, y:"
                + " t.y}))");
    assertEquals(2, traces.size(), traces.toString());
    // the legend keeps one row on a phone: a long name is cut there, whole in the hover
    assertEquals(chosen, traces.get(1).get("meta").asText());
    assertEquals("World Laureates…", traces.get(1).get("name").asText());
    for (TermCount c : seeds.count("创新").list()) {
      assertEquals(c.per10k(), valueAt(traces.get(0), c.year()), 1e-9, "all " + c.year());
    }
    List<qushi.analytics.prepare.GroupCount> by =
        seeds.corpus().count(List.of("创新"), "source").stream()
            .filter(g -> g.group().equals(chosen))
            .toList();
    assertFalse(by.isEmpty());
    for (int year : seeds.years()) {
      Double expected =
          by.stream().filter(g -> g.year() == year).map(g -> g.per10k()).findFirst().orElse(null);
      Double drawn = valueAt(traces.get(1), year);
      if (expected == null) assertEquals(null, drawn, "no document of the source in " + year);
      else assertEquals(expected, drawn, 1e-9, chosen + " " + year);
    }
    // all sources again: one line
    browser.eval(
        "(() => { const s = document.getElementById('kwic-source'); s.value = '';"
            + " s.dispatchEvent(new Event('change')); })()");
    assertEquals(1, browser.eval("document.getElementById('kwic-chart').data.length").asInt());
  }

  /** Returns the y of a chart trace at {@code year}, or null where it has none. */
  private static Double valueAt(JsonNode trace, int year) {
    for (int i = 0; i < trace.get("x").size(); i++) {
      JsonNode x = trace.get("x").get(i);
      if (!x.isNull() && x.asInt() == year) {
        JsonNode y = trace.get("y").get(i);
        return y.isNull() ? null : y.asDouble();
      }
    }
    return null;
  }

  @Test
  void filtersSortingShowAllAndExport() throws Exception {
    Path downloads = Files.createDirectories(tmp.resolve("downloads"));
    browser.downloadsTo(downloads);
    browser.open(index.toUri() + fragment("kwic=", "创新"));
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    int total = seeds.kwic("创新").size();
    assertTrue(total > 50, "创新 has more lines than the sample");
    assertEquals(50, browser.eval("document.querySelectorAll('#kwic-lines tr').length").asInt());
    browser.click("#kwic-all");
    assertEquals(total, browser.eval("document.querySelectorAll('#kwic-lines tr').length").asInt());
    // a year filter keeps that year only
    browser.eval(
        "(() => { const s = document.getElementById('kwic-year'); s.value = '2024';"
            + " s.dispatchEvent(new Event('change')); })()");
    JsonNode years =
        browser.eval(
            "Array.from(document.querySelectorAll('#kwic-lines tr')).map(r =>"
                + " r.getAttribute('data-year'))");
    long in2024 = seeds.kwic("创新").list().stream().filter(l -> l.year() == 2024).count();
    assertEquals(in2024, years.size());
    years.forEach(y -> assertEquals("2024", y.asText()));
    // and the document list holds that year's documents with the term, no other year's
    JsonNode docs =
        browser.eval(
            "Array.from(document.querySelectorAll('#kwic-doc option')).map(o => o.value)"
                + ".filter(v => v).sort()");
    List<String> docs2024 =
        seeds.kwic("创新").list().stream()
            .filter(l -> l.year() == 2024)
            .map(l -> l.doc())
            .distinct()
            .sorted()
            .toList();
    List<String> listed = new java.util.ArrayList<>();
    docs.forEach(d -> listed.add(d.asText()));
    assertEquals(docs2024, listed);
    assertTrue(seeds.kwic("创新").list().stream().anyMatch(l -> l.year() != 2024));
    // sorted by the right context: rows in the order of the page's collator
    browser.eval(
        "(() => { const s = document.getElementById('kwic-sort'); s.value = 'right';"
            + " s.dispatchEvent(new Event('change')); })()");
    JsonNode sorted =
        browser.eval(
            "(() => { const c = new Intl.Collator('zh').compare; const r ="
                + " Array.from(document.querySelectorAll('#kwic-lines td.right')).map(t =>"
                + " t.textContent); return r.every((x, i) => i === 0 || c(r[i - 1], x) <= 0);"
                + " })()");
    assertTrue(sorted.asBoolean(), "rows sorted by right context");
    browser.click("#kwic-csv");
    // the file may stand under its name before its rows are written: wait for them all
    long expected = in2024 + 1;
    Cdp.until(
        () -> {
          try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(f -> f.toString().endsWith(".csv") && csvLines(f) >= expected);
          } catch (java.io.IOException e) {
            return false;
          }
        },
        "the CSV download");
    Path csv;
    try (Stream<Path> files = Files.list(downloads)) {
      csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
    }
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(in2024 + 1, lines.size(), "header and one row per shown line");
    assertTrue(lines.get(0).startsWith("\uFEFF年份,文档"), lines.get(0));
    assertTrue(lines.get(1).startsWith("2024,"), lines.get(1));
  }

  /** Returns the lines of a file being written, 0 while it cannot be read. */
  private static long csvLines(Path f) {
    try {
      return Files.readAllLines(f, StandardCharsets.UTF_8).size();
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  @Test
  void aTopicOpensByClickByBubbleAndByFragment() throws Exception {
    browser.click("button[data-topic-open='2']");
    browser.waitFor("!document.querySelector('[data-topic-panel]').hidden");
    assertEquals(
        "2",
        browser
            .eval("document.querySelector('[data-topic-panel]').getAttribute('data-topic')")
            .asText());
    assertEquals("#topic=2", browser.eval("location.hash").asText());
    int words = browser.eval("document.querySelectorAll('#topic-words tr').length").asInt();
    assertEquals(20, words);
    // λ = 1 ranks by φ, λ = 0 by lift: different words first
    String atOne = topWords(1.0);
    String atZero = topWords(0.0);
    assertNotEquals(atOne, atZero);
    // at λ = 0.6 the first words are the model's relevant words (the table's column)
    String model =
        String.join(
            " ",
            seeds
                .topics(TopicOptions.defaults().withTopics(6).withIterations(300).withRuns(2))
                .topic(2)
                .relevant()
                .subList(0, 5));
    assertEquals(model, topWords(0.6));
    // a word of the topic opens its context lines
    browser.click("#topic-words button.term");
    browser.waitFor("!document.getElementById('kwic-panel').hidden");

    // by the fragment
    browser.open(index.toUri() + "#topic=1");
    browser.waitFor("!document.querySelector('[data-topic-panel]').hidden");
    assertEquals(
        "1",
        browser
            .eval("document.querySelector('[data-topic-panel]').getAttribute('data-topic')")
            .asText());
    assertTrue(
        browser.eval("document.querySelectorAll('#topic-passages .passage').length").asInt() > 0);

    // by a bubble of the topic map (a Plotly point, clicked with the mouse)
    browser.eval("(() => { document.querySelector('[data-close]').click(); })()");
    browser.click("#chart_topics_map .point");
    browser.waitFor("!document.querySelector('[data-topic-panel]').hidden");
  }

  private static String topWords(double lambda) throws Exception {
    browser.eval(
        "(() => { const s = document.getElementById('topic-lambda'); s.value = '"
            + lambda
            + "'; s.dispatchEvent(new Event('input')); })()");
    return browser
        .eval(
            "Array.from(document.querySelectorAll('#topic-words button.term')).slice(0,"
                + " 5).map(b => b.textContent).join(' ')")
        .asText();
  }

  @Test
  void withoutTheTextThePanelSaysOfHowManyOccurrencesItsLinesAre() throws Exception {
    // the same analysis without the text: the page carries a sample of 50 lines per shown term
    Path small =
        Report.of(ReportData.compute(seeds, Fixtures.options().withEmbedChars(10)))
            .writeTo(tmp.resolve("small"))
            .index();
    browser.open(small.toUri().toString());
    String term = "人工智能";
    long total = seeds.count(List.of(term)).list().stream().mapToLong(c -> c.count()).sum();
    assertTrue(total > 50, "a term with more occurrences than lines carried: " + total);
    browser.eval("qushi.show(" + new ObjectMapper().writeValueAsString(term) + ")");
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    int lines = browser.eval("document.querySelectorAll('#kwic-lines tr').length").asInt();
    assertEquals(50, lines);
    assertEquals(
        "显示本页所带的 50 行（共出现 " + total + " 次；全部语境请运行表格下方的 qushi kwic 命令）",
        browser.eval("document.getElementById('kwic-shown').textContent").asText());
    // a source chosen: its rate would come from a sample, so the chart keeps one line and says so
    String chosen = "World Laureates Association";
    browser.eval(
        "(() => { const s = document.getElementById('kwic-source'); s.value = '"
            + chosen
            + "'; s.dispatchEvent(new Event('change')); })()");
    assertEquals(
        1, browser.eval("(document.getElementById('kwic-chart').data || []).length").asInt());
    assertEquals(
        "来源内的比率需要该词的每一处出现，而本页只带有其语境行的样本（语料大于 --embed-chars）：请运行 qushi count 人工智能 --by source。",
        browser.eval("document.getElementById('kwic-chart-note').textContent").asText());
  }

  @Test
  void theChartToolbarSpeaksThePagesLanguage() throws Exception {
    browser.waitFor("window.qushi.status.state === 'done'");
    JsonNode titles =
        browser.eval(
            "Array.from(new Set(Array.from(document.querySelectorAll('.modebar-btn'))"
                + ".map(b => b.getAttribute('data-title'))))");
    List<String> shown = new ArrayList<>();
    titles.forEach(t -> shown.add(t.asText()));
    Labels l = Labels.of(Labels.Lang.ZH);
    assertTrue(shown.contains(l.get("js.plotly_zoom")), shown.toString());
    assertTrue(shown.contains(l.get("js.plotly_png")), shown.toString());
    assertFalse(
        shown.contains("Zoom") || shown.contains("Download plot as a PNG"), shown.toString());
  }

  @Test
  void aClickOnAHeadingSortsItsTableByTheUnroundedNumbers() throws Exception {
    // the first table of five rows or more with a column of rounded numbers (a number shown
    // rounded in some row, not necessarily the first: a whole number carries no unrounded value);
    // its rows as [row text, number] before the click
    String rows =
        "Array.from(document.querySelectorAll('#sort-target tbody tr')).map(r => [r.textContent,"
            + " Number(r.cells[COL].getAttribute('data-v') ?? r.cells[COL].textContent)])";
    String find =
        "(() => { for (const v of document.querySelectorAll('.table-wrap td.number[data-v]')) {"
            + " const t = v.closest('table'); if (t.tBodies[0].rows.length < 5) continue; const c ="
            + " v.cellIndex; const th = t.tHead.rows[0].cells[c]; t.id = 'sort-target'; th.id ="
            + " 'sort-heading'; const d = t.closest('details'); if (d) d.open = true;"
            + " t.scrollIntoView(); return c; } return -1; })()";
    int c = browser.eval(find).asInt();
    assertTrue(c >= 0, "no table with rounded numbers: every number shown as text?");
    JsonNode before = browser.eval(rows.replace("COL", "" + c));
    browser.click("#sort-heading button.sort");
    assertEquals(
        "descending", browser.eval("document.getElementById('sort-heading').ariaSort").asText());
    JsonNode down = browser.eval(rows.replace("COL", "" + c));
    browser.click("#sort-heading button.sort");
    JsonNode up = browser.eval(rows.replace("COL", "" + c));
    assertEquals(
        "ascending", browser.eval("document.getElementById('sort-heading').ariaSort").asText());

    // the same rows, whole, in order of the unrounded number
    Set<String> all = new TreeSet<>();
    for (JsonNode r : before) all.add(r.toString());
    for (JsonNode sorted : new JsonNode[] {down, up}) {
      Set<String> now = new TreeSet<>();
      for (JsonNode r : sorted) now.add(r.toString());
      assertEquals(all, now);
    }
    for (int i = 1; i < down.size(); i++) {
      assertTrue(
          down.get(i - 1).get(1).asDouble() >= down.get(i).get(1).asDouble(), down.toString());
      assertTrue(up.get(i - 1).get(1).asDouble() <= up.get(i).get(1).asDouble(), up.toString());
    }
    assertTrue(down.get(0).get(1).asDouble() > down.get(down.size() - 1).get(1).asDouble());
  }

  @Test
  void aClickOnAYearOfATermOpensItsLinesOfThatYear() throws Exception {
    browser.waitFor("document.querySelector('#chart_trends_heatmap svg.main-svg') !== null");
    // the heatmap's largest cell: a term and a year in which it occurs (Plotly's click event, with
    // the trace as Plotly hands it over)
    JsonNode clicked =
        browser.eval(
            "(() => { const gd = document.getElementById('chart_trends_heatmap'); const t ="
                + " gd.data[0]; let bi = 0, bj = 0; t.z.forEach((row, i) => row.forEach((v, j) =>"
                + " { if (v > t.z[bi][bj]) { bi = i; bj = j; } })); gd.emit('plotly_click',"
                + " {points: [{customdata: t.customdata[bi][bj], x: t.x[bj], data: t}]}); return"
                + " {term: t.customdata[bi][bj], year: t.x[bj], value: t.z[bi][bj].toFixed(1)};"
                + " })()");
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    String year = clicked.get("year").asText();
    // the number clicked is in the panel: the year's frequency per 10,000 words
    String words =
        browser
            .eval(
                "document.querySelector('#kwic-years li[data-year=\""
                    + year
                    + "\"] span.w')"
                    + ".textContent")
            .asText();
    assertTrue(words.contains(clicked.get("value").asText()), words + " " + clicked);
    assertEquals(
        clicked.get("term").asText(),
        browser.eval("document.getElementById('kwic-term').textContent").asText());
    assertEquals(year, browser.eval("document.getElementById('kwic-year').value").asText());
    JsonNode years =
        browser.eval(
            "Array.from(document.querySelectorAll('#kwic-lines tr td:first-child')).map(td =>"
                + " td.textContent)");
    assertTrue(years.size() > 0);
    for (JsonNode y : years) assertEquals(year, y.asText());
  }

  @Test
  void thePanelSaysWhetherTheSegmenterCutsAWordAndTheFilterKeepsIt() throws Exception {
    Labels l = Labels.of(Fixtures.options().lang());
    PreparedCorpus corpus = seeds.corpus();
    // a word token that is never a term (a stopword), a string that is no token (a piece of
    // 科技创新), and one that is not in the text: nothing to say of the segmenter
    String stopword = "我们";
    String piece = "技创";
    assertTrue(corpus.vocabularyWords().contains(stopword));
    assertEquals(0, corpus.counts().termTotal(corpus.vocabulary().id(stopword)));
    assertFalse(corpus.vocabularyWords().contains(piece));
    for (String t : List.of(stopword, piece)) {
      assertTrue(seeds.count(t).list().stream().mapToInt(TermCount::count).sum() > 0, t);
    }
    String absent = "欧几里得空间";
    assertEquals(0, seeds.count(absent).list().stream().mapToInt(TermCount::count).sum());
    Map<String, String> said =
        Map.of(stopword, l.get("js.filtered"), piece, l.get("js.not_a_word"), absent, "");
    for (Map.Entry<String, String> e : said.entrySet()) {
      browser.open(index.toUri() + fragment("kwic=", e.getKey()));
      browser.waitFor("!document.getElementById('kwic-panel').hidden");
      assertEquals(
          e.getValue(),
          browser.eval("document.getElementById('kwic-words').textContent").asText(),
          e.getKey());
    }
  }

  @Test
  void aSearchInTheWrongCaseSaysHowOftenTheOtherCaseStands() throws Exception {
    int upper = seeds.count("CEO").list().stream().mapToInt(TermCount::count).sum();
    assertTrue(upper > 0, "the seeds write CEO");
    assertEquals(0, seeds.count("ceo").list().stream().mapToInt(TermCount::count).sum());
    String info = searchInfo("ceo");
    assertTrue(info.contains("“CEO”出现 " + upper + " 次"), info);
    // a term found as typed gets no hint
    info = searchInfo("CEO");
    assertFalse(info.contains("区分大小写"), info);
  }

  @Test
  void aLatinTermIsFoundWholeInThePageAsByCount() throws Exception {
    // AI twice on its own (AI赋能, 的AI) per line, and inside OpenAI and AIGC, which do not count
    String line = "AI赋能千行百业，OpenAI与AIGC都在发展，我们的AI也在进步。\n";
    Qushi latin =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2020, line.repeat(3), 2021, line.repeat(4), 2022, line.repeat(5)));
    int n = latin.count("AI").list().stream().mapToInt(TermCount::count).sum();
    assertEquals(24, n, "twelve lines, two whole occurrences each");
    Path page = Report.of(latin, Fixtures.options()).writeTo(tmp.resolve("latin")).index();
    browser.open(page.toUri().toString());
    String info = searchInfo("AI");
    assertTrue(info.contains(" " + n + " "), info);
    browser.open(index.toUri().toString());
  }

  @Test
  void aSearchInTheOtherScriptSaysHowOftenTheCorpusFormStands() throws Exception {
    String text = "香港國家安全法實施之後第%d年，社會討論國家安全與經濟發展。\n";
    StringBuilder[] years = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    for (int i = 1; i <= 12; i++) years[i % 3].append(String.format(text, i));
    Qushi traditional =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2020, years[0].toString(), 2021, years[1].toString(), 2022, years[2].toString()));
    int n = traditional.count("國家安全").list().stream().mapToInt(TermCount::count).sum();
    assertEquals(24, n, "twelve lines, two occurrences each");
    openReport(traditional, "traditional");
    String info = searchInfo("国家安全");
    assertTrue(info.contains("“國家安全”出现 " + n + " 次"), info);
    info = searchInfo("國家安全");
    assertFalse(info.contains("另一种字形"), info);
    // and the other way: the seeds write simplified characters
    int simplified = seeds.count("新质生产力").list().stream().mapToInt(TermCount::count).sum();
    browser.open(index.toUri().toString());
    info = searchInfo("新質生產力");
    assertTrue(info.contains("“新质生产力”出现 " + simplified + " 次"), info);
    // a corpus in both scripts: each form is counted apart, and the page says how often the other
    // stands
    String plain = "香港国家安全法实施之后第%d年，社会讨论国家安全与经济发展。\n";
    StringBuilder later = new StringBuilder();
    for (int i = 1; i <= 4; i++) later.append(String.format(plain, i));
    Qushi mixed =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2020, years[0].toString(), 2021, later.toString()));
    openReport(mixed, "mixed");
    info = searchInfo("国家安全");
    assertTrue(info.contains("共出现 8 次"), info);
    assertTrue(info.contains("“國家安全”另出现 8 次"), info);
    // Hong Kong and Taiwan write one word two ways: the page names both, as count does
    Qushi regions =
        Qushi.of(
            qushi.analytics.corpus.Corpus.ofTexts(
                2020, "台灣的經濟發展。台灣居民。", 2021, "臺灣的經濟發展。", 2022, "臺灣的社會。"));
    openReport(regions, "regions");
    info = searchInfo("台湾");
    assertTrue(info.contains("“台灣”出现 2 次"), info);
    assertTrue(info.contains("“臺灣”出现 2 次"), info);
  }

  @Test
  void aSearchSaysHowOftenTheTermStandsInDroppedBoilerplateAsCountDoes() throws Exception {
    // the same closing line at the end of every report: boilerplate, dropped, not counted
    String footer = "本文由示例网整理发布，转载请注明出处。";
    String[] bodies = {"推进改革", "扩大开放", "稳定就业", "保护生态"};
    Object[] texts = new Object[2 * bodies.length];
    for (int i = 0; i < bodies.length; i++) {
      texts[2 * i] = 2020 + i;
      texts[2 * i + 1] = "今年的工作重点是" + bodies[i] + "，示例网报道了第" + (i + 1) + "项变化。\n" + footer + "\n";
    }
    Qushi q = Qushi.of(qushi.analytics.corpus.Corpus.ofTexts(texts));
    assertEquals(4, q.count("示例网").list().stream().mapToInt(TermCount::count).sum());
    List<String> notes = qushi.CorpusNotes.search(q, List.of("示例网"));
    assertTrue(
        notes.stream().anyMatch(n -> n.startsWith("“示例网” also stands 4 times in boilerplate")),
        notes.toString());
    // a term asked for twice gets its notes once
    assertEquals(notes, qushi.CorpusNotes.search(q, List.of("示例网", "示例网")));
    openReport(q, "boilerplate");
    String info = searchInfo("示例网");
    assertTrue(info.contains("共出现 4 次"), info);
    assertTrue(info.contains("“示例网”另在套话中出现 4 次（1 个段落，共删去 4 次）"), info);
    // a term that stands only in the text gets no such line
    assertFalse(searchInfo("改革").contains("套话"));
    browser.open(index.toUri().toString());
  }

  /** Writes the report of {@code q} into a folder {@code name} and opens it. */
  private static void openReport(Qushi q, String name) throws Exception {
    browser.open(
        Report.of(q, Fixtures.options()).writeTo(tmp.resolve(name)).index().toUri().toString());
  }

  /** Searches the open page for {@code term} and returns the line that counts it. */
  private static String searchInfo(String term) throws Exception {
    browser.waitFor("window.qushi && typeof qushi.show === 'function'");
    browser.eval("qushi.show('" + term + "')");
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    return browser.eval("document.getElementById('kwic-info').textContent").asText();
  }

  /** Opens the report as a phone 390 pixels wide shows it and runs {@code check} on it. */
  private static void onAPhone(org.junit.jupiter.api.function.Executable check) throws Throwable {
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 390, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    try {
      browser.open(index.toUri().toString());
      check.execute();
    } finally {
      browser.call("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
  }

  @Test
  void onAPhoneThePageDoesNotScrollSideways() throws Throwable {
    onAPhone(
        () -> {
          browser.waitFor("document.querySelector('#chart_trends_heatmap svg.main-svg') !== null");
          assertEquals(390, browser.eval("document.documentElement.scrollWidth").asInt());
        });
  }

  @Test
  void onAPhoneADocumentsIdStaysOnOneLine() throws Throwable {
    String lines =
        "[...document.querySelectorAll('td.name')].filter(td => td.textContent !== '')"
            + ".map(td => { const r = document.createRange();"
            + " r.selectNodeContents(td); return r.getClientRects().length; })";
    onAPhone(
        () -> {
          browser.waitFor(lines + ".length > 0");
          // the seeds' ids are long (zgc2026-annual-meeting) and the phone narrow: a cell of the
          // documents table broke them inside the word
          assertEquals(
              "[]", browser.eval("JSON.stringify(" + lines + ".filter(n => n !== 1))").asText());
          assertTrue(
              browser.eval(lines + ".length").asInt() >= seeds.corpus().documents().size(),
              "every document's id is a name cell");
        });
  }

  @Test
  void aClickOnABarOpensItsTerm() throws Exception {
    String first =
        seeds
            .keywords(
                qushi.analytics.keywords.KeywordOptions.defaults()
                    .withTop(ReportOptions.defaults().keywords()))
            .where(k -> k.group().equals("2021") && k.kind().equals("term"))
            .get(0)
            .term();
    browser.click("#chart_keywords_2021 .point");
    browser.waitFor("!document.getElementById('kwic-panel').hidden");
    assertEquals(first, browser.eval("document.getElementById('kwic-term').textContent").asText());
    // Escape closes the panel and clears the fragment
    browser.call(
        "Input.dispatchKeyEvent",
        java.util.Map.of(
            "type", "keyDown", "key", "Escape", "code", "Escape", "windowsVirtualKeyCode", 27));
    browser.waitFor("document.getElementById('kwic-panel').hidden");
    assertEquals("", browser.eval("location.hash").asText());
  }
}
