package qushi.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.reports.cli.Main;

/**
 * The command line gives the same bytes with {@code --engine spark} (Spark embedded, local[2]) as
 * without: term counts, keyness tables, trend classes, the multi-period view, sizes and c-TF-IDF
 * keywords from the counts summed on the executors; the whole report from the corpus prepared on
 * them.
 */
class SameOutputTest {
  static final Path SEEDS = Path.of("..", "seeds");

  /** Returns stdout of the command line, failing on a non-zero exit. */
  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, () -> String.join(" ", args) + ": " + err);
    return out.toString();
  }

  static String[] with(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /** Asserts that each command prints the same with and without the spark engine. */
  static void assertSame(Path corpus, List<String[]> commands) {
    for (String[] c : commands) {
      String[] args = with(c, "--corpus", corpus.toString(), "--format", "csv");
      String local = run(args);
      String spark = run(with(args, "--engine", "spark", "--master", "local[2]"));
      assertTrue(local.lines().count() > 1, () -> String.join(" ", c) + " printed no rows");
      assertEquals(local, spark, String.join(" ", c));
    }
  }

  static final String ALL = "1000000";

  static List<String[]> countingCommands(int target, int reference) {
    return List.of(
        new String[] {"count", "新质生产力", "具身智能", "人工智能", "创新", "ＡＩ"},
        new String[] {"compare", "--trend", "--top", ALL},
        new String[] {"compare", "--target", "" + target, "--top", ALL},
        new String[] {
          "compare", "--target", "" + target, "--reference", "" + reference, "--top", ALL
        },
        new String[] {"compare", "--all", "--top", ALL},
        new String[] {"compare", "--periods", "2021," + reference + ".." + target, "--top", ALL},
        new String[] {"compare", "--target", reference + ".." + target, "--reference", "2021"},
        new String[] {"compare", "--trend", "--years", reference + ".." + target, "--top", ALL},
        new String[] {"stats"},
        new String[] {"keywords", "--no-phrases"},
        new String[] {"keywords", "--no-phrases", "--method", "tfidf"},
        new String[] {"keywords", "--no-phrases", "--by", "doc", "--top", "5"});
  }

  @Test
  void seedsCountsKeynessTrendsAreByteIdentical() {
    assertSame(SEEDS, countingCommands(2026, 2024));
  }

  @Test
  void reportIsByteIdentical(@TempDir Path dir) throws IOException {
    Path local = dir.resolve("local");
    Path spark = dir.resolve("spark");
    String[] args = {"report", "--corpus", SEEDS.toString(), "--no-topics", "--resamples", "200"};
    run(with(args, "--out", local.toString()));
    run(with(args, "--out", spark.toString(), "--engine", "spark", "--master", "local[2]"));
    List<String> files = list(local);
    assertEquals(files, list(spark));
    assertTrue(files.contains("trends.csv") && files.contains("index.html"), files::toString);
    for (String f : files) {
      assertTrue(
          Arrays.equals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f))),
          f);
    }
  }

  /**
   * Writes two documents, {@code texts} of the years {@code first} and {@code second}, and asserts
   * that the engines give the same learned terms, figures and comparison of the second year.
   */
  private static void assertLearnedAlike(Path dir, StringBuilder[] texts, int first, int second)
      throws IOException {
    Files.writeString(dir.resolve("a.txt"), texts[0]);
    Files.writeString(dir.resolve("b.txt"), texts[1]);
    Files.writeString(
        dir.resolve("corpus.csv"), "id,file,year\na,a.txt," + first + "\nb,b.txt," + second + "\n");
    assertSame(
        dir,
        List.of(
            new String[] {"terms"},
            new String[] {"stats"},
            new String[] {
              "compare", "--target", Integer.toString(second), "--min-count", "1", "--top", ALL
            }));
  }

  @Test
  void aLearnedTermLeftUnderTheLeastCountIsDroppedAlike(@TempDir Path dir) throws IOException {
    // the segmenter cuts 冈村宁次 two ways; the learner joins 冈/村宁 too, which the whole name
    // leaves with one token: both engines drop it and cut its passage again
    String[] before = {"总司令", "战犯", "释放", "逮捕", "罪魁", "统帅", "命令", "判决", "惩办", "监禁", "押解", "审判"};
    String[] after = {"和部下", "大将", "无罪", "一起", "率部", "的命令", "投降", "回国", "受审", "出庭", "逃走", "认罪"};
    StringBuilder[] texts = {new StringBuilder(), new StringBuilder()};
    for (int i = 0; i < 24; i++) {
      texts[i / 12].append("报道说，日军").append(before[i % 12]).append("冈村宁次");
      texts[i / 12].append(after[i * 5 % 12]).append("，各界十分关注。\n\n");
    }
    texts[1].append("报道又说，冈村宁的名字见于文件。\n");
    assertLearnedAlike(dir, texts, 1946, 1949);
    String terms = run("terms", "--corpus", dir.toString(), "--format", "csv");
    assertTrue(terms.contains("\n冈村宁次,") && !terms.contains("\n冈村宁,"), terms);
  }

  @Test
  void foreignNamesTheSegmenterCutAreLearnedAlike(@TempDir Path dir) throws IOException {
    // 顿涅茨克 (cut 顿/涅/茨/克) and 库尔斯克 (its 克 taken into 克州, which the segmenter keeps
    // whole here) in two documents: the engines number the atoms otherwise, and learn the same
    String[] verbs = {"控制", "进攻", "包围", "袭击", "炮击", "占领"};
    StringBuilder[] texts = {new StringBuilder(), new StringBuilder()};
    for (int i = 0; i < 12; i++) {
      texts[i % 2].append("俄军").append(verbs[i % 6]).append("顿涅茨克的一个定居点。\n");
      texts[(i + 1) % 2].append("乌军").append(verbs[(i + 2) % 6]).append("库尔斯克州的村庄。\n");
    }
    assertLearnedAlike(dir, texts, 2024, 2025);
    String terms = run("terms", "--corpus", dir.toString(), "--format", "csv");
    assertTrue(terms.contains("\n顿涅茨克,顿/涅/茨/克,12,"), terms);
  }

  @Test
  void headingsThatFrameTheDocumentsAreLeftOutOfLearningAlike(@TempDir Path dir)
      throws IOException {
    // eight documents whose sections are headed alike: no term is learned from the headings
    StringBuilder manifest = new StringBuilder("id,file,year\n");
    String[] verbs = {"严守", "遵守", "执行", "落实", "严肃"};
    String[] objects = {"稳定就业", "扩大投资", "促进消费", "保障民生", "防范风险"};
    for (int y = 0; y < 8; y++) {
      StringBuilder t = new StringBuilder("## 国内联播快讯\n");
      for (int i = 0; i < 5; i++) {
        t.append("各地要").append(objects[(y + i) % 5]);
        t.append(y < 4 ? "，" + verbs[(y + i) % 5] + "财经纪律" : "，做好各项工作").append("。\n");
      }
      t.append("## 工作安排\n部署").append(objects[y % 5]).append("。\n");
      Files.writeString(dir.resolve("d" + y + ".txt"), t.toString());
      manifest.append("d").append(y).append(",d").append(y).append(".txt,").append(2016 + y);
      manifest.append('\n');
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest.toString());
    assertSame(dir, List.of(new String[] {"stats"}, new String[] {"count", "国内联播快讯", "财经纪律"}));
    String local = run("terms", "--corpus", dir.toString(), "--format", "csv");
    assertEquals(
        local,
        run(
            "terms",
            "--corpus",
            dir.toString(),
            "--format",
            "csv",
            "--engine",
            "spark",
            "--master",
            "local[2]"));
    // neither the framing heading nor a heading run on into the line below it is learned
    assertFalse(local.contains("国内联播快讯") || local.contains("安排部署"), local);
  }

  @Test
  @Tag("slow")
  void tenfoldCorpusCountsKeynessTrendsAreByteIdentical(@TempDir Path dir) throws IOException {
    Path x10 = tenfold(dir);
    assertSame(x10, countingCommands(2026, 2024).subList(0, 3));
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Writes ten copies of every seed document, paragraphs reshuffled per copy (copy 0 as is), with
   * distinct ids and titles.
   */
  static Path tenfold(Path dir) throws IOException {
    Corpus seeds = Corpus.load(SEEDS);
    StringBuilder manifest = new StringBuilder("id,file,year,title,source\n");
    for (int c = 0; c < 10; c++) {
      Random rnd = new Random(c);
      for (Document d : seeds.documents()) {
        Path file = ((Document.OnDisk) d.content()).path();
        List<String> paragraphs = new ArrayList<>(List.of(Files.readString(file).split("\n\n")));
        if (c > 0) Collections.shuffle(paragraphs, rnd);
        String id = d.id() + "-" + c;
        Files.writeString(dir.resolve(id + ".txt"), String.join("\n\n", paragraphs));
        manifest.append(
            String.join(
                ",",
                id,
                id + ".txt",
                Integer.toString(d.year()),
                "\"" + (d.title() + " (" + c + ")").replace("\"", "\"\"") + "\"",
                "\"" + d.source().replace("\"", "\"\"") + "\"\n"));
      }
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    return dir;
  }
}
