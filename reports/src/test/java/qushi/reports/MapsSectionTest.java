package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Options;
import qushi.Qushi;
import qushi.analytics.core.Rows;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.DendrogramOptions;
import qushi.analytics.maps.TermMap;
import qushi.analytics.maps.TermMapOptions;
import qushi.analytics.prepare.YearStats;
import qushi.reports.Labels.Lang;

class MapsSectionTest {
  @TempDir static Path shared;
  static Qushi q;
  static Report.Rendered zh;

  @BeforeAll
  static void render() {
    q = Fixtures.open(shared.resolve("corpus"), "");
    zh = Report.of(q, Fixtures.options()).render();
  }

  static JsonNode figure(String html, String id) throws IOException {
    String open = "qushi.chart(\"" + id + "\", ";
    int a = html.indexOf(open);
    assertTrue(a >= 0, id);
    a += open.length();
    return new ObjectMapper().readTree(html.substring(a, html.indexOf(");</script>", a)));
  }

  @Test
  void sectionChartsTablesAndMethods() throws IOException {
    String html = zh.html();
    Labels l = Labels.of(Lang.ZH);
    assertTrue(html.contains("<section id=\"maps\">\n<h2>" + l.get("section.maps") + "</h2>"));
    assertTrue(html.contains(l.get("method.ca")) && html.contains(l.get("method.ward")));
    for (String f :
        List.of("term_map.csv", "term_map_axes.csv", "dendrogram.csv", "dendrogram_merges.csv"))
      assertTrue(zh.csv().containsKey(f), f);
    Report.Rendered exact = Report.of(q, Fixtures.options().withExactCsv(true)).render();
    assertTrue(
        exact
            .csv()
            .get("term_map.csv")
            .startsWith("kind,label,frequency,mass,dim1,dim2,quality,inertia"));
    assertTrue(exact.csv().get("dendrogram.csv").startsWith("order,rank,term,passages,cluster"));

    TermMap map = q.termMap();
    JsonNode biplot = figure(html, "chart_term_map");
    String x = biplot.at("/layout/xaxis/title/text").asText();
    assertTrue(x.contains(String.format(java.util.Locale.ROOT, "%.1f%%", map.share(1))), x);
    assertEquals("x", biplot.at("/layout/yaxis/scaleanchor").asText(), "equal scales");
    assertEquals(map.years().size(), biplot.at("/data/0/x").size());
    assertEquals(map.terms().size(), biplot.at("/data/1/customdata").size());

    Dendrogram tree = q.dendrogram();
    JsonNode d = figure(html, "chart_dendrogram");
    JsonNode ticks = d.at("/layout/yaxis/ticktext");
    assertEquals(tree.leaves().size(), ticks.size());
    for (int i = 0; i < ticks.size(); i++)
      assertEquals(tree.leaves().get(i).term(), ticks.get(i).asText());
    assertEquals(tree.cut(), d.at("/layout/shapes/0/x0").asDouble(), 1e-12);
  }

  /**
   * No two labels of the biplot overlap, checked from the figure alone: the plot area is {@value
   * MapCharts#PLOT_WIDTH} px wide over the x range, and a label of w px stands above, below, right
   * or left of its point as its text position says.
   */
  @Test
  void biplotLabelsDoNotOverlap() throws IOException {
    Path dir = shared.resolve("gwr-like");
    Files.createDirectories(dir);
    StringBuilder manifest = new StringBuilder("id,file,year\n");
    String[] words = {"改革", "开放", "创新", "农业", "工业", "科技", "教育", "民生", "环境", "安全", "人才", "法治"};
    for (int y = 0; y < 12; y++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < 30; p++) {
        for (int w = 0; w < words.length; w++) {
          int times = 1 + (w * w + 3 * y * w + y + (p % 2) * w) % 7;
          text.append((words[w] + "发展，").repeat(times));
        }
        text.append("。\n\n");
      }
      Files.writeString(dir.resolve("y" + y + ".txt"), text);
      manifest
          .append("y")
          .append(y)
          .append(",y")
          .append(y)
          .append(".txt,")
          .append(2000 + y)
          .append('\n');
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    Qushi many = Qushi.open(dir.toString());
    TermMap map = many.termMap(TermMapOptions.defaults().withMinCount(3));
    assertEquals(TermMap.Status.MAPPED, map.status(), map.note());
    Figure f = MapCharts.biplot("t", map, Labels.of(Labels.Lang.EN));
    JsonNode fig = new ObjectMapper().readTree(f.json());
    double[] xr = {
      fig.at("/layout/xaxis/range/0").asDouble(), fig.at("/layout/xaxis/range/1").asDouble()
    };
    double[] yr = {
      fig.at("/layout/yaxis/range/0").asDouble(), fig.at("/layout/yaxis/range/1").asDouble()
    };
    double ppu = MapCharts.PLOT_WIDTH / (xr[1] - xr[0]);
    List<double[]> boxes = new ArrayList<>();
    int labelled = 0;
    for (JsonNode trace : fig.get("data")) {
      for (int i = 0; i < trace.get("x").size(); i++) {
        String text = trace.get("text").get(i).asText();
        if (text.isEmpty()) continue;
        labelled++;
        double px = (trace.get("x").get(i).asDouble() - xr[0]) * ppu;
        double py = (yr[1] - trace.get("y").get(i).asDouble()) * ppu;
        double w = MapCharts.width(text, trace.at("/textfont/size").asInt());
        double h = 14;
        double[] b =
            switch (trace.get("textposition").get(i).asText()) {
              case "top center" -> new double[] {px - w / 2, py - 4 - h, px + w / 2, py - 4};
              case "bottom center" -> new double[] {px - w / 2, py + 4, px + w / 2, py + 4 + h};
              case "middle right" -> new double[] {px + 4, py - h / 2, px + 4 + w, py + h / 2};
              default -> new double[] {px - 4 - w, py - h / 2, px - 4, py + h / 2};
            };
        for (double[] o : boxes) {
          boolean overlap = b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
          assertFalse(overlap, text + " overlaps another label");
        }
        boxes.add(b);
      }
    }
    // the first and the last year are labelled first, so they always are
    JsonNode yearText = fig.at("/data/0/text");
    assertEquals("2000", yearText.get(0).asText());
    assertEquals("2011", yearText.get(yearText.size() - 1).asText());
    assertTrue(labelled >= 18, "labels kept: " + labelled);
  }

  @Test
  void corpusStringsAreEscapedInTheCharts() throws IOException {
    String evil = "<img src=x onerror=alert(1)>";
    Dendrogram tree =
        new Dendrogram(
            Rows.of(
                "dendrogram",
                Dendrogram.Leaf.class,
                List.of(
                    new Dendrogram.Leaf(1, 1, evil, 3, 1),
                    new Dendrogram.Leaf(2, 2, "b", 2, 2),
                    new Dendrogram.Leaf(3, 3, "c", 1, 2))),
            Rows.of(
                "dendrogram_merges",
                Dendrogram.Merge.class,
                List.of(
                    new Dendrogram.Merge(1, -2, -3, "b", "c", 1, 2),
                    new Dendrogram.Merge(2, -1, 1, evil, "#1", 2, 3))),
            2,
            1.5,
            "",
            DendrogramOptions.defaults());
    Figure f = MapCharts.dendrogram("d", tree, Labels.of(Labels.Lang.EN));
    assertFalse(f.json().contains("<img"));
    JsonNode fig = new ObjectMapper().readTree(f.json());
    assertEquals("&lt;img src=x onerror=alert(1)&gt;", fig.at("/layout/yaxis/ticktext/0").asText());
    assertEquals(
        evil, fig.at("/data/2/customdata/0").asText(), "the raw term travels in customdata");
    assertTrue(fig.at("/data/2/hovertext/0").asText().startsWith("&lt;img"));
  }

  /** Writes a corpus folder: its manifest rows, then file names and texts in turn. */
  private static Path corpus(String name, String rows, String... files) throws IOException {
    Path dir = shared.resolve(name);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\n" + rows);
    for (int i = 0; i < files.length; i += 2)
      Files.writeString(dir.resolve(files[i]), files[i + 1]);
    return dir;
  }

  @Test
  void theSizeWarningNamesTheLargestYearAsLargestAndTheSmallYearsAsSmall() throws IOException {
    // the warning read "small years (2020: …; 2021: …)" with the largest year first; the years
    // under half the median year's size are named as small, smallest first
    int[] years = {2020, 2021, 2022, 2023, 2024};
    int[] paragraphs = {40, 2, 20, 20, 8};
    StringBuilder rows = new StringBuilder();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < years.length; i++) {
      rows.append("d").append(i).append(",d").append(i).append(".txt,").append(years[i]);
      rows.append('\n');
      StringBuilder text = new StringBuilder();
      // paragraphs that differ within and across documents: no boilerplate, no copies
      for (int k = 0; k < paragraphs[i]; k++) {
        text.append("第").append(years[i]).append("号文件第").append(k + 1);
        text.append("段：人工智能推动科技创新，碳中和与绿色金融协同发展。\n\n");
      }
      files.add("d" + i + ".txt");
      files.add(text.toString());
    }
    Path dir = corpus("sizes", rows.toString(), files.toArray(String[]::new));
    Qushi q = Qushi.open(dir.toString());
    long[] tokens = new long[years.length];
    for (YearStats y : q.stats()) tokens[y.year() - 2020] = y.tokens();
    // each paragraph has the same words: tokens in proportion to paragraphs
    for (int i = 0; i < years.length; i++) {
      assertEquals(tokens[1] * paragraphs[i], tokens[i] * paragraphs[1], "year " + years[i]);
    }
    for (Lang lang : Lang.values()) {
      Labels l = Labels.of(lang);
      String html = Report.of(q, Fixtures.options().withLang(lang)).render().html();
      String small =
          l.format("overview.small_year", 2021, tokens[1])
              + ", "
              + l.format("overview.small_year", 2024, tokens[4]);
      String warning =
          l.format("overview.warning", "20.0", 2020, tokens[0], 2021, tokens[1], small);
      assertTrue(html.contains(warning), lang.name() + ": " + warning);
      assertTrue(html.contains(small), lang.name() + ": the small years are named");
    }
  }

  @Test
  void aYearWithoutAWordIsNamedAndLeftOutOfTheSizeWarning() throws IOException {
    // a file of punctuation alone: 0 tokens; the size warning compared 8,000-odd words with 0
    // (a ratio of thousands) and named nothing
    String text = "人工智能推动科技创新，碳中和与绿色金融协同发展。\n\n".repeat(20);
    Path dir =
        corpus(
            "wordless",
            "a,a.txt,2020\np,p.txt,2021\nb,b.txt,2022\n",
            "a.txt",
            text,
            "p.txt",
            "。。。——、、……！！\n\n",
            "b.txt",
            text);
    for (Lang lang : Lang.values()) {
      Labels l = Labels.of(lang);
      String html =
          Report.of(Qushi.open(dir.toString()), Fixtures.options().withLang(lang)).render().html();
      String note = l.format("overview.wordless", 1, "2021: p");
      assertTrue(html.contains(note), lang.name());
      // the two other years are alike in size: no warning that they differ
      String warning = l.get("overview.warning");
      assertFalse(html.contains(warning.substring(0, warning.indexOf('%'))), lang.name());
    }
  }

  @Test
  void documentsInTraditionalCharactersAreNamedInAWarning() throws IOException {
    Path dir =
        corpus(
            "traditional",
            "old,a.txt,1954\nnew,b.txt,2024\n",
            "a.txt",
            "建設社會主義工業化國家。\n\n發展農業生產。\n\n".repeat(10),
            "b.txt",
            "建设社会主义现代化国家。\n\n发展农业生产。\n\n".repeat(10));
    Labels l = Labels.of(Lang.ZH);
    // 9 of the 17 Chinese characters of the old text change (設會義業國發農業產): 53%
    String warning = l.format("overview.traditional", 1, "old 53%");
    assertTrue(
        Report.of(Qushi.open(dir.toString()), Fixtures.options()).render().html().contains(warning),
        warning);
    // converted during cleanup, nothing is left to warn about
    Qushi converted =
        Qushi.open(
            dir.toString(),
            Options.defaults()
                .withText(Options.defaults().text().withTraditionalToSimplified(true)));
    String start = warning.substring(0, warning.indexOf('（'));
    assertFalse(Report.of(converted, Fixtures.options()).render().html().contains(start), start);
  }

  @Test
  void oneYearCorpusShowsTheReason() throws IOException {
    Path dir =
        corpus("one-year", "a,a.txt,2021\n", "a.txt", "人工智能推动科技创新。\n\n碳中和与绿色金融。\n\n".repeat(10));
    for (Lang lang : Lang.values()) {
      Report.Rendered r =
          Report.of(Qushi.open(dir.toString()), Fixtures.options().withLang(lang)).render();
      Labels l = Labels.of(lang);
      assertTrue(r.html().contains(l.get("maps.status.one_year")), lang.name());
      // the other sections of change say so too, with no empty chart area
      assertTrue(r.html().contains(l.get("trends.one_year")), lang.name());
      assertTrue(r.html().contains(l.get("changes.one_year")), lang.name());
      assertTrue(r.html().contains(l.get("keywords.one_year")), lang.name());
      // no watch list: no empty table of its rates
      assertFalse(r.html().contains(l.get("trends.table")), lang.name());
      assertFalse(r.html().contains("<div class=\"grid wide\">\n</div>"), lang.name());
      assertFalse(r.csv().containsKey("term_map.csv"));
      assertTrue(r.csv().containsKey("dendrogram.csv"), "the tree needs one year only");
    }
  }
}
