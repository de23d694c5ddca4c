package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.analytics.compare.Period;

/** "What changed" on a corpus of more than three years, from two sources. */
class ReportPeriodsTest {
  @TempDir static Path dir;
  static ReportData data;
  static Report.Rendered page;

  /** Five years; a report and a forum text in each; 碳中和 arrives in 2022. */
  @BeforeAll
  static void render() throws IOException {
    StringBuilder csv = new StringBuilder("id,file,year,source\n");
    for (int year = 2019; year <= 2023; year++) {
      String report = "财政收入稳定增长，就业形势总体稳定，企业经营持续改善。";
      String forum = "人工智能赋能千行百业，科学家讨论前沿技术与产业合作。";
      if (year >= 2022) forum += "碳中和目标引领绿色转型，储能与氢能加快发展。";
      Files.writeString(dir.resolve("r" + year + ".txt"), (report.repeat(12) + "\n\n").repeat(6));
      Files.writeString(dir.resolve("f" + year + ".txt"), (forum.repeat(10) + "\n\n").repeat(6));
      csv.append("r").append(year).append(",r").append(year).append(".txt,").append(year);
      csv.append(",国务院\n");
      csv.append("f").append(year).append(",f").append(year).append(".txt,").append(year);
      csv.append(",论坛\n");
    }
    data = withoutTopics(dir, csv.toString());
    page = Report.of(data).render();
  }

  /**
   * Writes the manifest and returns the report's data without topics; the texts repeat from year to
   * year, so boilerplate is kept (it would otherwise take them).
   */
  private static ReportData withoutTopics(Path folder, String manifest) throws IOException {
    Files.writeString(folder.resolve("corpus.csv"), manifest);
    Qushi q =
        Qushi.open(
            folder.toString(),
            qushi.Options.defaults()
                .withText(qushi.analytics.text.TextOptions.defaults().withDropBoilerplate(false)));
    return ReportData.compute(q, Fixtures.options().withTopics(ReportOptions.NO_TOPICS));
  }

  @Test
  void automaticPeriodsAndSources() {
    // five years: k = min(4, max(2, round(5/5))) = 2 periods, the first a year longer
    assertEquals(List.of(Period.range(2019, 2021), Period.range(2022, 2023)), data.periods());
    assertTrue(data.byPeriods());
    assertEquals("source", data.strata());
    assertEquals(1, data.changes().size());
    assertEquals("2022..2023", data.changes().get(0).target());
    assertEquals(
        List.of("论坛", "国务院"),
        data.stratified().get(0).used().stream().sorted().toList().reversed());
  }

  @Test
  void automaticPeriodsKeepTheYearsOfEachCloseTogether() {
    // thirteen annual years: three periods of equal length, the first a year longer
    int[] annual = java.util.stream.IntStream.rangeClosed(2013, 2025).toArray();
    assertEquals(
        List.of(Period.range(2013, 2017), Period.range(2018, 2021), Period.range(2022, 2025)),
        ReportOptions.autoPeriods(annual));
    // congress years: 1921 and 1923 are 46 years from the next; equal numbers of years made
    // 1921..1977 one period. Least squares: 2 + 376 + 250 = 628 for the cut 1992 | 1997, against
    // 2 + 203.2 + 437.5 = 642.7 for 1987 | 1992, and more for any other
    int[] congress = {1921, 1923, 1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017};
    assertEquals(
        List.of(Period.range(1921, 1923), Period.range(1969, 1992), Period.range(1997, 2017)),
        ReportOptions.autoPeriods(congress));
    // a year alone after a long gap is a period of its own
    assertEquals(
        List.of(Period.range(2001, 2004), Period.of(2020)),
        ReportOptions.autoPeriods(new int[] {2001, 2002, 2003, 2004, 2020}));
  }

  @Test
  void whatChangedShowsPeriodsShapesAndSources() {
    assertTrue(ReportTest.chartIds(page.html()).contains("chart_changes_2019_2021_2022_2023"));
    assertTrue(
        page.csv().containsKey("keyness_2019-2021_2022-2023.csv"), page.csv().keySet().toString());
    assertTrue(page.csv().containsKey("stratified_2019-2021_2022-2023.csv"));
    // the codebook knows the tables by their names, whatever periods the file names carry
    String stratifiedRatio =
        page.csv()
            .get("codebook.csv")
            .lines()
            .filter(r -> r.startsWith("stratified_2019-2021_2022-2023.csv,") && r.contains("log"))
            .findFirst()
            .orElseThrow();
    assertTrue(stratifiedRatio.contains("Mantel–Haenszel"), stratifiedRatio);
    assertTrue(page.csv().get("trends.csv").contains("碳中和"));
    String changes = page.html().substring(page.html().indexOf("<section id=\"changes\">"));
    assertTrue(changes.contains("2019..2021 → 2022..2023"), "period names");
    assertTrue(changes.contains("碳中和"), "the emerging term is listed");
    // the note names the years each source compares: here all of both periods
    assertTrue(changes.contains("国务院 2019..2021 → 2022..2023"), "years within a source");
    // the trend within the sources, with the years of each, its table and its codebook entries
    assertTrue(changes.contains("<h3>各 source 内的趋势</h3>"), changes);
    assertTrue(changes.contains("（国务院 (2019..2023)；论坛 (2019..2023)）。共检验"), changes);
    // no source is left out, and the notes say nothing of one (they read "未纳入的取值：-")
    String notes = changes.substring(0, changes.indexOf("</section>"));
    assertFalse(notes.contains("未纳入"), notes);
    assertTrue(page.csv().containsKey("trend_within.csv"));
    assertTrue(page.csv().get("trend_within.csv").startsWith("词语,词频,每万词词频,年变化 %,"));
    String slope =
        page.csv()
            .get("codebook.csv")
            .lines()
            .filter(r -> r.startsWith("trend_within.csv,") && r.contains(",change_per_year,"))
            .findFirst()
            .orElseThrow();
    assertTrue(slope.contains("100·(e^β − 1)"), slope);
    String methods = page.html().substring(page.html().indexOf("<section id=\"methods\">"));
    assertTrue(methods.contains("2019..2021, 2022..2023"), "periods parameter");
    assertTrue(methods.contains("来源内趋势：对每个词"), "the method of the trend within sources");
    // the trend method lists its shapes one under another, each once
    String trend = methods.substring(methods.indexOf("<li>趋势形态"));
    trend = trend.substring(0, trend.indexOf("</ul></li>"));
    for (String shape :
        List.of(
            "新出现”（EMERGING）",
            "消失”（VANISHED）",
            "先升后降”（PEAKED）",
            "先降后升”（DIPPED）",
            "上升”（RISING）",
            "未检出变化”（STABLE）",
            "稀少”（SPARSE）")) {
      assertEquals(1, ReportTest.count(trend, "<li>“" + shape), shape);
    }
  }

  @Test
  void aPairOfPeriodsThatSharesNoSourceSaysSoWithoutAnEmptyTable(@TempDir Path other)
      throws IOException {
    // ten years, two periods (2010..2014, 2015..2019), and a source for each: the comparison
    // within sources is only its note
    StringBuilder csv = new StringBuilder("id,file,year,source\n");
    String[] topics = {"财政收入稳定增长", "就业形势总体稳定", "人工智能赋能千行百业", "生态环境持续改善"};
    for (int year = 2010; year <= 2019; year++) {
      String source = year <= 2014 ? "国务院" : "论坛";
      for (int k = 0; k < 2; k++) {
        String id = "d" + year + k;
        String text = "第" + year + "年第" + k + "篇：" + topics[(year + k) % 4] + "，" + topics[k] + "。";
        Files.writeString(other.resolve(id + ".txt"), (text.repeat(8) + "\n\n").repeat(4));
        csv.append(id).append(',').append(id).append(".txt,").append(year).append(',');
        csv.append(source).append('\n');
      }
    }
    ReportData d = withoutTopics(other, csv.toString());
    assertEquals("source", d.strata());
    String html = Report.of(d).render().html();
    Labels l = Labels.of(Labels.Lang.ZH);
    String none = l.format("changes.within_none", "source");
    String changes =
        html.substring(
            html.indexOf("<section id=\"changes\">"), html.indexOf("<section id=\"methods\">"));
    assertEquals(1, ReportTest.count(changes, none), changes);
    // what follows each note is the next block's title or the section's end, not a table of none
    for (int at = changes.indexOf(none); at >= 0; at = changes.indexOf(none, at + 1)) {
      String after = changes.substring(at + none.length());
      int next = after.indexOf("<h");
      String rest = next < 0 ? after : after.substring(0, next);
      assertFalse(rest.contains(l.get("changes.none")), rest);
    }
  }

  @Test
  void aPairOfPeriodsWithOneSourceNamesItsYearsOrSaysTheComparisonIsAlreadyWithinIt(
      @TempDir Path other) throws IOException {
    // fifteen years, three periods; 国务院 every year but 2020, 论坛 from 2020 on: 2010..2014 →
    // 2015..2019 holds 国务院 alone (the comparison above is already within it); 2015..2019 →
    // 2020..2024 compares 国务院's 2015..2019 with its 2021..2024, 论坛 left out
    StringBuilder csv = new StringBuilder("id,file,year,source\n");
    for (int year = 2010; year <= 2024; year++) {
      String[][] docs = {{"r", "国务院"}, {"f", "论坛"}};
      for (String[] d : docs) {
        if (d[0].equals("r") && year == 2020 || d[0].equals("f") && year < 2020) continue;
        String text = "第" + year + "年：财政收入稳定增长，就业形势总体稳定，人工智能赋能千行百业。";
        Files.writeString(other.resolve(d[0] + year + ".txt"), (text.repeat(8) + "\n\n").repeat(4));
        csv.append(d[0]).append(year).append(',').append(d[0]).append(year).append(".txt,");
        csv.append(year).append(',').append(d[1]).append('\n');
      }
    }
    ReportData d = withoutTopics(other, csv.toString());
    assertEquals("source", d.strata());
    String html = Report.of(d).render().html();
    Labels l = Labels.of(Labels.Lang.ZH);
    assertTrue(html.contains(l.format("changes.within_same", "source", "国务院")), "one source");
    assertTrue(
        html.contains(
            l.format(
                "changes.within_years",
                "2015..2019 → 2021..2024",
                "source",
                "2015..2019",
                "2020..2024")),
        "the years the one source compares");
  }
}
