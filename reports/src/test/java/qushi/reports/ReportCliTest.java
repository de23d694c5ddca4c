package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.reports.cli.Main;

class ReportCliTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void writesThePageAndPrintsItsPath() throws IOException {
    Path corpus = Fixtures.corpus(dir.resolve("c"), "");
    Path watch = Files.writeString(dir.resolve("watch.txt"), "# terms\n人工智能\n具身智能\n");
    Result r =
        run(
            "report",
            "--corpus",
            corpus.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--lang",
            "en",
            "--watch-file",
            watch.toString(),
            "--seed",
            "7",
            "--resamples",
            "100");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().startsWith(dir.resolve("out/index.html").toAbsolutePath().toString() + "\n"),
        r.out());
    assertTrue(r.out().contains("charts"), r.out());
    String html = Files.readString(dir.resolve("out/index.html"));
    assertTrue(html.contains("<th>Watch list</th><td>人工智能、具身智能</td>"));
    assertTrue(html.contains("<th>Seed</th><td>7</td>"));
    assertTrue(Files.exists(dir.resolve("out/watch.csv")));
  }

  @Test
  void topicsAreFittedWithTheGivenK() throws IOException {
    Path corpus = Fixtures.corpus(dir.resolve("c"), "");
    Result r =
        run(
            "report",
            "--corpus",
            corpus.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--topics",
            "3");
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(dir.resolve("out/index.html"));
    assertTrue(html.contains("<section id=\"topics\">"));
    assertTrue(html.contains("id=\"chart_topic_3\"") && !html.contains("id=\"chart_topic_4\""));
    assertTrue(html.contains("<th>主题数（--topics）</th><td>3</td>"));
    Result none =
        run(
            "report",
            "--corpus",
            corpus.toString(),
            "--out",
            dir.resolve("out2").toString(),
            "--no-topics");
    assertEquals(0, none.code(), none.err());
    assertFalse(
        Files.readString(dir.resolve("out2/index.html")).contains("<section id=\"topics\">"));
  }

  @Test
  void consoleNotesAreInEnglishAndSaidOnce() throws IOException {
    // 2019: one short document among years of several (the tests' units are documents); 2022
    // holds about 15 times its words
    Path c = Files.createDirectories(dir.resolve("sizes"));
    int[] years = {2019, 2020, 2020, 2021, 2021, 2022, 2022, 2022};
    int[] paragraphs = {1, 3, 3, 4, 4, 5, 5, 5};
    String[] fields = {"人工智能", "生物医药", "新能源", "集成电路", "量子信息", "现代农业", "海洋经济"};
    StringBuilder manifest = new StringBuilder("id,file,year\n");
    for (int f = 0; f < years.length; f++) {
      manifest.append("d").append(f).append(",d").append(f).append(".txt,").append(years[f]);
      manifest.append("\n");
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < paragraphs[f]; i++) {
        // every paragraph another pair of fields: no copies, no boilerplate
        text.append("推进").append(fields[(f + i) % 7]).append("创新，发展");
        text.append(fields[(2 * f + 3 * i + 1) % 7]).append("产业，加强基础研究。\n\n");
      }
      Files.writeString(c.resolve("d" + f + ".txt"), text);
    }
    Files.writeString(c.resolve("corpus.csv"), manifest);
    // the page is in Chinese, the default; the console speaks English
    Result r =
        run(
            "report",
            "--corpus",
            c.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--no-topics");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("The years differ greatly in size: the largest year, 2022, has "),
        r.out());
    assertTrue(r.out().contains("with their tokens: 2019 ("), r.out());
    assertFalse(r.out().codePoints().anyMatch(ch -> ch >= 0x4e00 && ch <= 0x9fff), r.out());
    // the lone edge year is the corpus's note: once, on stderr, not again among the report's
    String lone = "1 year at the corpus's edge holds a single document";
    assertEquals(1, r.err().split(lone, -1).length - 1, r.err());
    assertFalse(r.out().contains("single document"), r.out());
    // the page still gives both, in its language
    String html = Files.readString(dir.resolve("o/index.html"));
    assertTrue(html.contains("各年规模差异很大") && html.contains("语料首尾有 1 个年份只有一篇文档"));
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    Path corpus = Fixtures.corpus(dir.resolve("c"), "");
    for (String[] args :
        new String[][] {
          {"--lang", "fr"},
          {"--topics", "1"},
          {"--watch-file", dir.resolve("missing.txt").toString()},
          {"--out", Files.writeString(dir.resolve("file"), "x").toString()}
        }) {
      String[] all = new String[args.length + 3];
      all[0] = "report";
      all[1] = "--corpus";
      all[2] = corpus.toString();
      System.arraycopy(args, 0, all, 3, args.length);
      Result r = run(all);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void helpDescribesTheReport() {
    Result r = run("report", "--help");
    assertEquals(0, r.code());
    for (String s :
        new String[] {
          "--out",
          "--topics",
          "--watch",
          "--watch-file",
          "--lang",
          "--seed",
          "--stamp",
          "byte-identical",
          "NPMI",
          "SHA-256",
          "95%"
        }) {
      assertTrue(r.out().contains(s), s);
    }
  }
}
