package qushi.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.core.TextTable;
import qushi.reports.TableWriter;

class CliTest {
  record Result(int code, String out, String err) {}

  @TempDir Path dir;

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path corpus(String manifest, String... files) throws IOException {
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    for (int i = 0; i < files.length; i += 2)
      Files.writeString(dir.resolve(files[i]), files[i + 1]);
    return dir;
  }

  /** Writes a corpus of two documents: a.txt of 2021 and b.txt of 2024. */
  private Path twoYears(String text2021, String text2024) throws IOException {
    return corpus(
        "id,file,year\na,a.txt,2021\nb,b.txt,2024\n", "a.txt", text2021, "b.txt", text2024);
  }

  private static void assertOneLineError(Result r, String fragment) {
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(fragment), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aReportSavedTwiceIntoOneFileIsCountedOnceAndNamedInANote() throws IOException {
    String report =
        String.join(
            "\n\n",
            "过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳，全年国内生产总值增长百分之五点二，城镇新增就业一千二百四十四万人。",
            "我们加快建设现代化产业体系，推动科技创新和产业创新深度融合，新兴产业持续壮大，传统产业加快转型升级，数字经济持续发展。",
            "我们扎实推进乡村全面振兴，粮食产量再创新高，农村居民人均可支配收入实际增长，脱贫攻坚成果持续巩固拓展，科技创新成果丰硕。",
            "我们持续保障和改善民生，教育、医疗、养老等公共服务水平不断提高，生态环境质量继续改善。");
    Path c = twoYears(report + "\n\n" + report, "科技创新推动产业升级。");
    Result count = run("count", "--corpus", c.toString(), "--format", "csv", "科技创新");
    assertEquals(0, count.code(), count.err());
    assertEquals(
        List.of("科技创新,2021,2", "科技创新,2024,1"),
        count.out().lines().skip(1).map(l -> l.substring(0, l.lastIndexOf(','))).toList());
    assertTrue(
        count
            .err()
            .contains(
                "qushi: note: 1 document repeats a stretch of its own text (a): the later stretch"
                    + " is dropped, so it is counted once"),
        count.err());
    Result kept =
        run("count", "--corpus", c.toString(), "--format", "csv", "--keep-copies", "科技创新");
    assertTrue(kept.out().contains("\n科技创新,2021,4,"), kept.out());
    Result listed = run("stats", "--corpus", c.toString(), "--boilerplate", "--format", "csv");
    assertEquals(4, listed.out().lines().filter(l -> l.contains(",repeat,")).count(), listed.out());
  }

  @Test
  void aComparisonOfTooFewUnitsToBeSignificantSaysSo() throws IOException {
    // two documents a year: the documents are the units, and 2 against 2 can be arranged in
    // C(4, 2) = 6 ways, so no p falls below 2 / 6
    String[] texts = {
      "人工智能推动科技创新，人工智能赋能产业。", "数字经济持续发展，数据要素市场建设。",
      "碳中和目标引领绿色转型，储能加快发展。", "碳达峰行动稳步推进，绿色低碳转型。"
    };
    Path c =
        corpus(
            "id,file,year\na,a.txt,2021\nb,b.txt,2021\nc,c.txt,2024\nd,d.txt,2024\n",
            "a.txt",
            texts[0],
            "b.txt",
            texts[1],
            "c.txt",
            texts[2],
            "d.txt",
            texts[3]);
    Result r = run("compare", "--corpus", c.toString(), "--target", "2024", "--reference", "2021");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "qushi: note: with 2 against 2 documents as the units, no term can reach p < 0.05:"
                    + " the smallest p that relabelling them can give is 0.33"),
        r.err());
    // over tokens there is no such bound, and no such note
    Result tokens =
        run(
            "compare",
            "--corpus",
            c.toString(),
            "--target",
            "2024",
            "--reference",
            "2021",
            "--token-level");
    assertFalse(tokens.err().contains("no term can reach"), tokens.err());
  }

  @Test
  void resultsThatCannotBeWrittenAreAnErrorNotASuccess() throws IOException {
    Path c = twoYears("人工智能推动科技创新。", "人工智能赋能千行百业。");
    // a stream that fails every write, as stdout on a full disk does
    java.io.OutputStream full =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"count", "人工智能", "--corpus", c.toString()},
            new PrintWriter(full, true),
            new PrintWriter(err));
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("cannot write the results"), err.toString());
    assertEquals(0, run("count", "人工智能", "--corpus", c.toString()).code());
  }

  @Test
  void anotherNameForACommandIsAnsweredWithTheCommand() {
    assertOneLineError(
        run("trends"), "unknown command 'trends'; did you mean 'qushi compare --trend'?");
    assertOneLineError(run("cooc", "--corpus", "x"), "did you mean 'qushi cooccur'?");
    assertOneLineError(run("kwik", "改革"), "did you mean 'qushi kwic'?");
    // a word like no command keeps picocli's message; an unknown option of a command too
    assertOneLineError(run("xyz"), "Unmatched argument at index 0: 'xyz'");
    assertOneLineError(run("count", "--trends"), "Unknown option: '--trends'");
  }

  @Test
  void theNotesNameTheUnitsOfTheTests() throws IOException {
    // two documents a year: the tests take documents as units, and the notes say so
    String a = "人工智能赋能千行百业，人工智能发展迅速。科技创新推动产业升级。\n";
    String b = "绿色金融支持低碳转型，碳达峰目标稳步推进。生态保护持续加强。\n";
    String c =
        corpus(
                "id,file,year\na,a.txt,2021\nb,b.txt,2021\nc,c.txt,2024\nd,d.txt,2024\n",
                "a.txt",
                a.repeat(3),
                "b.txt",
                b.repeat(3),
                "c.txt",
                (a + b).repeat(2),
                "d.txt",
                b.repeat(4))
            .toString();
    Result compare = run("compare", "--corpus", c, "--target", "2024", "--reference", "2021");
    assertEquals(0, compare.code(), compare.err());
    assertTrue(compare.err().contains("terms significant (tested over documents)"), compare.err());
    Result trend = run("compare", "--corpus", c, "--trend");
    assertTrue(trend.err().contains("tested over documents"), trend.err());
    // a tiny corpus establishes no change: the note says what STABLE then means
    assertTrue(trend.out().contains("STABLE"), trend.out());
    assertTrue(
        trend.err().contains("STABLE is no change that the tests establish, not evidence"),
        trend.err());
    Result keywords = run("keywords", "--corpus", c, "--no-phrases");
    assertTrue(keywords.err().contains("p_adj is tested over documents"), keywords.err());
    Result ci = run("count", "--corpus", c, "--ci", "人工智能");
    assertEquals(0, ci.code(), ci.err());
    assertTrue(ci.err().contains("the intervals resample documents"), ci.err());
    // 人工智能 stands in one of each year's two documents: a quarter of the bootstrap samples lack
    // it, in both years
    assertTrue(
        ci.err()
            .contains(
                "2 intervals start at 0 where the term occurs: it stands in so few of that year's"
                    + " documents"),
        ci.err());
    // a year of one document: passages, and keywords and intervals say nothing of units
    twoYears(a.repeat(3), b.repeat(3));
    Result passages = run("compare", "--corpus", c, "--target", "2024", "--reference", "2021");
    assertTrue(passages.err().contains("(tested over passages)"), passages.err());
    assertFalse(run("keywords", "--corpus", c, "--no-phrases").err().contains("tested over"));
    assertFalse(run("count", "--corpus", c, "--ci", "人工智能").err().contains("resample"));
  }

  @Test
  void countPrintsEveryTermAndYear() throws IOException {
    twoYears("人工智能赋能千行百业。人工智能发展迅速。", "发展新质生产力，推动人工智能。");
    Result r = run("count", "--corpus", dir.toString(), "--format", "csv", "人工智能", "新质生产力");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("term,year,count,per10k", lines[0]);
    assertEquals(5, lines.length);
    assertTrue(lines[1].startsWith("人工智能,2021,2,"), lines[1]);
    assertTrue(lines[3].startsWith("新质生产力,2021,0,0"), lines[3]);
    assertTrue(lines[4].startsWith("新质生产力,2024,1,"), lines[4]);
  }

  /**
   * Commands share the prepared corpus through the cache: a second command gives the same output,
   * and an edited file is read again, never taken from the cache.
   */
  @Test
  void aCorpusOpenedAgainGivesTheSameCountsAndAnEditIsSeen() throws IOException {
    twoYears("人工智能赋能千行百业。人工智能发展迅速。", "发展新质生产力，推动人工智能。");
    String[] count = {"count", "--corpus", dir.toString(), "--format", "csv", "人工智能"};
    Result first = run(count);
    assertEquals(0, first.code(), first.err());
    assertEquals(first.out(), run(count).out());
    String[] uncached = Arrays.copyOf(count, count.length + 1);
    uncached[count.length] = "--no-cache";
    assertEquals(first.out(), run(uncached).out());
    assertTrue(first.out().contains("人工智能,2024,1,"), first.out());

    Files.writeString(dir.resolve("b.txt"), "发展新质生产力，推动人工智能和人工智能+。");
    Result edited = run(count);
    assertTrue(edited.out().contains("人工智能,2024,2,"), edited.out());
    assertTrue(edited.out().contains("人工智能,2021,2,"), edited.out());
  }

  /**
   * A post saved three times in one year is counted once, what a copy adds stays, a copy in another
   * year is that year's; {@code --keep-copies} counts every copy; kwic agrees with count.
   */
  @Test
  void aPostSavedThreeTimesInAYearIsCountedOnce() throws IOException {
    String post = "白帽子发现某邮箱系统存在严重漏洞，可以读取任意用户的邮件内容。\n厂商已经确认漏洞并在当天发布了补丁，建议用户尽快更新。";
    corpus(
        "id,file,year\na,a.txt,2020\nb,b.txt,2020\nc,c.txt,2020\nd,d.txt,2021\ne,e.txt,2021\n",
        "a.txt",
        post,
        "b.txt",
        post,
        "c.txt",
        "邮箱要更新。\n" + post,
        "d.txt",
        post,
        "e.txt",
        "完全不同的一条帖子，说的是别的事情，和邮箱无关。");
    String c = dir.toString();
    Result count = run("count", "--corpus", c, "--format", "csv", "邮箱");
    assertTrue(count.out().startsWith("term,year,count,"), count.out());
    List<String> rows = count.out().lines().skip(1).map(l -> l.split(",")[2]).toList();
    assertEquals(List.of("2", "2"), rows, count.out());
    assertTrue(
        count.err().contains("2 documents repeat most of the text of an earlier one of their year"),
        count.err());
    assertTrue(
        count.err().contains("1 document repeats most of the text of an earlier one (d ≈ a)"));
    assertTrue(
        count
            .err()
            .contains(
                "“邮箱” also stands 2 times in copies of 1 distinct paragraph from an earlier"
                    + " document of their year, dropped 2 times in all from the copies"),
        count.err());
    assertEquals(4, run("kwic", "--corpus", c, "--format", "csv", "邮箱").out().lines().count() - 1);
    // the notes on the corpus can be left out, the note on the term stays
    Result quiet = run("count", "--corpus", c, "--format", "csv", "--no-corpus-notes", "邮箱");
    assertEquals(count.out(), quiet.out());
    assertFalse(quiet.err().contains("repeat most of the text"), quiet.err());
    assertTrue(quiet.err().contains("“邮箱” also stands 2 times in copies"), quiet.err());

    Result kept = run("count", "--corpus", c, "--format", "csv", "--keep-copies", "邮箱");
    assertEquals(List.of("4", "2"), kept.out().lines().skip(1).map(l -> l.split(",")[2]).toList());
    Result listed = run("stats", "--corpus", c, "--boilerplate", "--format", "csv");
    assertTrue(listed.out().contains("copy"), listed.out());
  }

  @Test
  void aWatchListComparesAcrossPeriodsAtTheRatesCountGives() throws IOException {
    twoYears("数字经济持续发展。数字经济和人工智能。", "人工智能推动数字经济。人工智能，人工智能。");
    String c = dir.toString();
    Result periods =
        run(
            "compare",
            "--corpus",
            c,
            "--periods",
            "2021,2024",
            "--terms",
            "数字经济,人工智能",
            "--format",
            "csv");
    assertEquals(0, periods.code(), periods.err());
    List<String> rows = periods.out().lines().toList();
    assertTrue(rows.get(0).startsWith("term,per10k_2021,per10k_2024,"), rows.get(0));
    for (String term : List.of("数字经济", "人工智能")) {
      String[] row =
          rows.stream().filter(r -> r.startsWith(term + ",")).findFirst().orElseThrow().split(",");
      List<String> counted =
          run("count", "--corpus", c, "--format", "csv", term).out().lines().skip(1).toList();
      assertEquals(2, counted.size(), counted.toString());
      for (int y = 0; y < 2; y++) {
        assertEquals(
            Double.parseDouble(counted.get(y).split(",")[3]), Double.parseDouble(row[1 + y]), 1e-9);
      }
    }
    assertOneLineError(
        run("compare", "--corpus", c, "--periods", "2021,2024", "--ci"),
        "--ci works with --target");
    // what each comparison of a view found is noted, the same as --target notes it
    assertTrue(
        periods
            .err()
            .contains(
                "2021_to_2024: 0 of 2 terms significant (tested over passages), 0 of them mostly"
                    + " (>= 80%) from one document"),
        periods.err());
    Result all = run("compare", "--corpus", c, "--all", "--terms", "数字经济,人工智能");
    assertTrue(
        all.err()
            .contains(
                "every year vs the rest, and each year vs the one before (tested over passages):"
                    + " 2021_vs_rest: 0 of 2 terms significant; 2024_vs_rest: 0 of 2 terms"
                    + " significant; 2021_to_2024: 0 of 2 terms significant"),
        all.err());
    // a view without rows says why
    Result none = run("compare", "--corpus", c, "--periods", "2021,2024", "--min-count", "50");
    assertEquals(0, none.code(), none.err());
    assertTrue(
        none.err()
            .contains(
                "qushi: note: no term is seen 50 times (--min-count) in the years compared, so"
                    + " there are no rows"),
        none.err());
    // a term seen fewer than --min-count times has no row: the note names it
    for (String mode : List.of("--trend", "--target=2024", "--periods=2021,2024")) {
      Result few = run("compare", "--corpus", c, mode, "--terms", "数字经济,和人工,碳中和");
      assertEquals(0, few.code(), few.err());
      assertTrue(
          few.err()
              .contains(
                  "not tested, seen fewer than 3 times in the years compared (--min-count):"
                      + " 和人工, 碳中和"),
          few.err());
    }
  }

  @Test
  void theNoteOnALoneEdgeYearComesWithTrendShapesOnly() throws IOException {
    // 2019–2022 hold three documents each, 2023 one: a shape that ends there is that document's
    StringBuilder manifest = new StringBuilder("id,file,year\n");
    for (int i = 0; i < 13; i++) {
      String id = "d" + i;
      manifest.append(id).append(',').append(id).append(".txt,").append(2019 + i / 3).append('\n');
      Files.writeString(dir.resolve(id + ".txt"), "第" + i + "篇：科技创新推动产业升级。数字经济持续发展。");
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    String note = "1 year at the corpus's edge holds a single document among years of several";
    Result trend = run("compare", "--corpus", dir.toString(), "--trend", "--keep-copies");
    assertEquals(0, trend.code(), trend.err());
    assertTrue(trend.err().contains(note + " (2023 (d12))"), trend.err());
    for (String[] args :
        List.of(
            new String[] {"count", "--corpus", dir.toString(), "--keep-copies", "科技创新"},
            new String[] {"stats", "--corpus", dir.toString(), "--keep-copies"})) {
      Result r = run(args);
      assertEquals(0, r.code(), r.err());
      assertFalse(r.err().contains(note), r.err());
    }
  }

  /**
   * Two reports a year 2020–2023 and two news items in 2023 only: comparing the periods without
   * strata notes the changing mix of sources, as the trend does; within the sources it does not.
   */
  @Test
  void comparingPeriodsNamesAChangingMixOfSourcesUnlessWithinThem() throws IOException {
    qushi.reports.LateNews.write(dir, "news");
    String note =
        "note: the mix of source changes over the years (news: 0% of the tokens of 2020–2022";
    String c = dir.toString();
    for (String[] args :
        List.of(
            new String[] {"compare", "--corpus", c, "--target", "2023", "--reference", "2020"},
            new String[] {"compare", "--corpus", c, "--target", "2023", "--terms", "会谈"},
            new String[] {"compare", "--corpus", c, "--trend"})) {
      Result r = run(args);
      assertEquals(0, r.code(), r.err());
      assertEquals(1, r.err().split(java.util.regex.Pattern.quote(note), -1).length - 1, r.err());
    }
    Result within =
        run(
            "compare",
            "--corpus",
            c,
            "--target",
            "2023",
            "--reference",
            "2020",
            "--strata",
            "source");
    assertEquals(0, within.code(), within.err());
    assertFalse(within.err().contains(note), within.err());
  }

  /**
   * The same corpus: the trend within the sources takes the reports' four years, leaves out the
   * news of one year, and has no note on the mix, which it answers.
   */
  @Test
  void aTrendWithinSourcesNamesTheSourcesItTakes() throws IOException {
    qushi.reports.LateNews.write(dir, "news");
    String c = dir.toString();
    Result r = run("compare", "--corpus", c, "--trend", "--strata", "source", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "trend within source: strata used [report (2020..2023)], dropped (text of one year"
                    + " only) [news]; 0 of "),
        r.err());
    assertFalse(r.err().contains("the mix of source changes"), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "term,frequency,per10k,change_per_year,change_lower,change_upper,"
                    + "crude_change_per_year,p,p_adj,direction,dispersion,strata\n"),
        r.out());
    Result terms =
        run("compare", "--corpus", c, "--trend", "--strata", "source", "--terms", "财政收入,会谈");
    assertEquals(0, terms.code(), terms.err());
    assertTrue(terms.out().matches("(?s)term +count +per10k +change_per_year .*"), terms.out());
    // 会谈 stands only in the news, a value left out
    assertTrue(
        terms
            .err()
            .contains(
                "not tested, seen fewer than 3 times in the values of source used (--min-count):"
                    + " 会谈"),
        terms.err());
    Result shape =
        run("compare", "--corpus", c, "--trend", "--strata", "source", "--shape", "RISING");
    assertEquals(2, shape.code(), shape.err());
    assertEquals("qushi: --shape does not work with --trend --strata\n", shape.err());
    // options of the other tests would be ignored: they are refused
    Result alpha = run("compare", "--corpus", c, "--trend", "--strata", "source", "--alpha0", "50");
    assertEquals("qushi: --alpha0 does not work with --trend --strata\n", alpha.err());
    Result williams =
        run("compare", "--corpus", c, "--trend", "--strata", "source", "--no-williams");
    assertEquals(2, williams.code(), williams.err());
    assertEquals("qushi: --no-williams does not work with --trend --strata\n", williams.err());
    Result tokens =
        run("compare", "--corpus", c, "--target", "2023", "--strata", "source", "--token-level");
    assertEquals(2, tokens.code(), tokens.err());
    assertEquals("qushi: --token-level does not work with --strata\n", tokens.err());
  }

  @Test
  void aTrendWithinValuesOfOneYearEachHasNoRows() throws IOException {
    qushi.reports.LateNews.write(dir, "news");
    Result r = run("compare", "--corpus", dir.toString(), "--trend", "--strata", "id");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err().contains("note: no value of id has text in two years or more (each of [n1, n2,"),
        r.err());
  }

  @Test
  void aQueryWrittenBothWaysNamesTheFormItLeavesOut() throws IOException {
    // 2021 in simplified, 2024 in traditional characters: 资本主义 is counted where written so, and
    // the note names 資本主義 in 2024, which the count of 资本主义 leaves out
    twoYears("资本主义国家和资本主义制度。", "資本主義國家的經濟，資本主義制度，資本主義。");
    Result count = run("count", "--corpus", dir.toString(), "--format", "csv", "资本主义");
    assertEquals(0, count.code(), count.err());
    assertTrue(count.out().contains("资本主义,2024,0,"), count.out());
    assertTrue(
        count
            .err()
            .contains(
                "note: “资本主义” occurs 2 times; the corpus also writes “資本主義” (3 times), which"
                    + " these counts leave out. --t2s converts"),
        count.err());
    // a trend over years of both scripts is warned of the change of script
    Result trend = run("compare", "--corpus", dir.toString(), "--trend");
    assertEquals(0, trend.code(), trend.err());
    assertTrue(
        trend.err().contains("a word's two forms read as one word falling and another rising"),
        trend.err());
  }

  @Test
  void aWordTaiwanAndHongKongWriteApartIsNamedInEveryFormAndOneUnderT2s() throws IOException {
    // Taiwan writes 臺灣 and 衛生, Hong Kong 台灣 and 衞生; HanLP's conversion of 台湾 gives 臺灣 only
    // and leaves 衞 as it is, so the note named one form and --t2s counted 卫生 in 2021 alone
    twoYears("臺灣的醫療衛生體系。臺灣居民的公共衛生。", "台灣的醫療衞生服務。台灣市民的衞生意識。台灣經濟。");
    Result count = run("count", "--corpus", dir.toString(), "--format", "csv", "台湾", "卫生");
    assertEquals(0, count.code(), count.err());
    assertTrue(
        count
            .err()
            .contains("“台湾” does not occur; the corpus writes “台灣” (3 times), “臺灣” (2 times)."),
        count.err());
    assertTrue(
        count
            .err()
            .contains("“卫生” does not occur; the corpus writes “衛生” (2 times), “衞生” (2 times)."),
        count.err());
    Result hk = run("count", "--corpus", dir.toString(), "衞生");
    assertTrue(
        hk.err().contains("“衞生” occurs 2 times; the corpus also writes “衛生” (2 times)"), hk.err());
    // kwic names them too when it finds lines
    Result lines = run("kwic", "--corpus", dir.toString(), "衞生");
    assertEquals(3, lines.out().lines().count(), lines.out());
    assertTrue(lines.err().contains("also writes “衛生” (2 times)"), lines.err());
    Result t2s = run("count", "--corpus", dir.toString(), "--t2s", "--format", "csv", "卫生", "台湾");
    assertEquals(0, t2s.code(), t2s.err());
    assertTrue(t2s.out().contains("卫生,2021,2,"), t2s.out());
    assertTrue(t2s.out().contains("卫生,2024,2,"), t2s.out());
    assertTrue(t2s.out().contains("台湾,2021,2,"), t2s.out());
    assertTrue(t2s.out().contains("台湾,2024,3,"), t2s.out());
    // Taiwan's 著 for 着 stays under --t2s (it is 著 in 显著): the note names it, and says why
    twoYears("隨著經濟發展，著力改善民生，成效顯著。", "随着经济发展，着力改善民生。");
    Result kept = run("count", "--corpus", dir.toString(), "--t2s", "随着", "显著");
    assertTrue(
        kept.err()
            .contains(
                "“随着” occurs once; the corpus also writes “随著” (once), which these counts leave"
                    + " out. --t2s keeps a character"),
        kept.err());
    assertFalse(kept.err().contains("“显著” occurs"), kept.err());
  }

  @Test
  void aQueryInTheOtherScriptNamesTheFormTheCorpusWrites() throws IOException {
    twoYears("發展新質生產力。新質生產力是關鍵。", "國家安全，發展新質生產力。");
    Result count = run("count", "--corpus", dir.toString(), "--format", "csv", "新质生产力", "国家");
    assertEquals(0, count.code(), count.err());
    assertTrue(count.out().contains("新质生产力,2021,0,"), count.out());
    assertTrue(
        count.err().contains("note: “新质生产力” does not occur; the corpus writes “新質生產力” (3 times)"),
        count.err());
    assertTrue(
        count.err().contains("“国家” does not occur; the corpus writes “國家” (once)"), count.err());

    Result kwic = run("kwic", "--corpus", dir.toString(), "新质生产力");
    assertTrue(kwic.err().contains("the corpus writes “新質生產力” (3 times)"), kwic.err());
    // a term in no form at all: kwic says so, besides its header
    Result none = run("kwic", "--corpus", dir.toString(), "人工智能");
    assertEquals(1, none.out().lines().count(), none.out());
    assertTrue(
        none.err().contains("note: “人工智能” does not occur in the cleaned text of the 2 documents"),
        none.err());
    // count says so too, beside its rows of zeros; a term named in the other script gets that note
    // alone
    Result absent = run("count", "--corpus", dir.toString(), "人工智能", "新质生产力");
    assertEquals(0, absent.code(), absent.err());
    assertTrue(
        absent.err().contains("note: “人工智能” does not occur in the cleaned text"), absent.err());
    assertFalse(absent.err().contains("“新质生产力” does not occur in the cleaned text"), absent.err());

    // found as typed, or converted by --t2s: no note
    Result typed = run("count", "--corpus", dir.toString(), "新質生產力");
    assertFalse(typed.err().contains("does not occur"), typed.err());
    Result converted =
        run("count", "--corpus", dir.toString(), "--t2s", "--format", "csv", "新质生产力");
    assertTrue(converted.out().contains("新质生产力,2021,2,"), converted.out());
    assertFalse(converted.err().contains("does not occur"), converted.err());
    // what the user now reads is converted text, and the note says so
    assertTrue(
        converted.err().contains("note: --t2s: the text is converted to simplified characters"),
        converted.err());
    assertFalse(typed.err().contains("--t2s: the text is converted"), typed.err());
  }

  @Test
  void aQueryInOtherLetterCaseNamesTheFormTheCorpusWrites() throws IOException {
    twoYears(
        "Chinese people 的 GDP 增长。PostScript 与 Ubuntu。",
        "GDP 与 Chinese 经济。POSTSCRIPT、PostScript、ubuntu 与 Ubuntu。");
    Result count =
        run(
            "count",
            "--corpus",
            dir.toString(),
            "chinese",
            "gdp",
            "People",
            "postscript",
            "UBUNTU");
    assertEquals(0, count.code(), count.err());
    assertTrue(
        count.err().contains("“chinese” does not occur; the corpus writes “Chinese” (2 times)."),
        count.err());
    assertTrue(count.err().contains("“gdp” does not occur; the corpus writes “GDP” (2 times)."));
    assertTrue(count.err().contains("the corpus writes “people” (once)"), count.err());
    // every spelling the text holds, most frequent first, not only capitals, small letters and a
    // capital first letter
    assertTrue(
        count
            .err()
            .contains(
                "“postscript” does not occur; the corpus writes “PostScript” (2 times),"
                    + " “POSTSCRIPT” (once)."),
        count.err());
    assertTrue(
        count.err().contains("the corpus writes “Ubuntu” (2 times), “ubuntu” (once)."),
        count.err());
    assertTrue(count.err().contains("Counts match letters as typed."), count.err());
    assertFalse(count.err().contains("--t2s"), count.err());
  }

  @Test
  void aTermsFileWithLexiconLinesIsNamed() throws IOException {
    twoYears("人工智能赋能千行百业。", "发展人工智能，人工智能 2 号。");
    Path terms = dir.resolve("terms.txt");
    Files.writeString(terms, "人工智能 nz 1000\n人工智能 2\n千行百业\n");
    Result count = run("count", "--corpus", dir.toString(), "--terms", terms.toString());
    assertEquals(0, count.code(), count.err());
    // the whole line is searched: it occurs nowhere, while its word occurs 3 times
    assertTrue(
        count
            .err()
            .contains(
                "note: “人工智能 nz 1000” does not occur, but “人工智能” does (3 times): a terms file"
                    + " holds one term or phrase per line"),
        count.err());
    // a line that occurs as written is a phrase, not a lexicon line; a plain term is no line at all
    assertFalse(count.err().contains("“人工智能 2” does not occur"), count.err());
    assertFalse(count.err().contains("千行百业” does not occur"), count.err());
  }

  @Test
  void aDocumentLargelyInLatinLettersIsNoted() throws IOException {
    // 2021: Chinese with an acronym; 2024: the same sentence and its English translation
    twoYears(
        "推动GDP稳定增长，发展新质生产力。".repeat(20),
        "发展新质生产力。We will develop new quality productive forces and keep growth stable.\n"
            .repeat(5));
    Result stats = run("stats", "--corpus", dir.toString());
    assertEquals(0, stats.code(), stats.err());
    // 2024: 58 Latin letters of 65 letters (89%); 2021: 3 of 16 (19%); both over 200 characters
    assertTrue(
        stats.err().contains("1 of 2 documents are a quarter or more in Latin letters"),
        stats.err());
    assertTrue(stats.err().contains("share of their letters: b 89%"), stats.err());
  }

  @Test
  void jsonAndTableFormats() throws IOException {
    corpus("id,file,year\na,a.txt,2021\n", "a.txt", "人工智能赋能千行百业。");
    Result json = run("count", "--corpus", dir.toString(), "--format", "json", "人工智能");
    JsonNode rows = new ObjectMapper().readTree(json.out());
    assertEquals("人工智能", rows.get(0).get("term").asText());
    assertEquals(1, rows.get(0).get("count").asInt());
    Result table = run("count", "--corpus", dir.toString(), "人工智能", "AI");
    String[] lines = table.out().split("\n");
    // a Chinese character is two columns wide: "year" starts in the same column on every line
    int col = TextTable.width(lines[0].substring(0, lines[0].indexOf("year")));
    assertEquals(col, TextTable.width(lines[1].substring(0, lines[1].indexOf("2021"))));
    assertEquals(col, TextTable.width(lines[2].substring(0, lines[2].indexOf("2021"))));
  }

  @Test
  void countsWithinEachValueOfAManifestColumn() throws IOException {
    corpus(
        "id,file,year,source\na,a.txt,2021,甲\nb,b.txt,2021,乙\nc,c.txt,2022,甲\n",
        "a.txt",
        "人工智能与具身智能。人工智能。",
        "b.txt",
        "人工智能。",
        "c.txt",
        "具身智能。");
    Result r =
        run("count", "--corpus", dir.toString(), "--by", "source", "--format", "csv", "人工智能");
    assertEquals(0, r.code(), r.err());
    // a: 2 of its 4 word tokens (人工智能 与 具身智能 人工智能); b: 1 of 1; c: 0 of 1
    assertEquals(
        "term,year,group,count,per10k\n人工智能,2021,乙,1,10000\n人工智能,2021,甲,2,5000\n"
            + "人工智能,2022,甲,0,0\n",
        r.out());
    assertOneLineError(
        run("count", "--corpus", dir.toString(), "--by", "province", "人工智能"),
        "--by column 'province' is not in the manifest");
  }

  @Test
  void keywordsOfEachValueOfAManifestColumnWithTheirTopDocument() throws IOException {
    corpus(
        "id,file,year,source\na,a.txt,2021,甲\nb,b.txt,2021,乙\nc,c.txt,2022,甲\n",
        "a.txt",
        "人工智能。人工智能。人工智能。具身智能。",
        "b.txt",
        "具身智能。具身智能。",
        "c.txt",
        "人工智能。大模型。");
    String[] bySource = {
      "keywords",
      "--corpus",
      dir.toString(),
      "--by",
      "source",
      "--method",
      "tfidf",
      "--min-count",
      "1",
      "--format",
      "csv"
    };
    String[] withoutPhrases = java.util.Arrays.copyOf(bySource, bySource.length + 1);
    withoutPhrases[bySource.length] = "--no-phrases";
    Result r = run(withoutPhrases);
    assertEquals(0, r.code(), r.err());
    // 甲 = a + c: 6 term tokens (人工智能 4: 3 in a, 1 in c; 具身智能 1; 大模型 1); 乙 = b: 具身智能 2.
    // A = (6 + 2) / 2 = 4; score = tf / n * ln(1 + A / f); top_doc_share = the top document's part
    // of the group's frequency, empty for 乙, a group of one document.
    double ai = 4.0 / 6 * Math.log(1 + 4.0 / 4);
    double model = 1.0 / 6 * Math.log(1 + 4.0 / 1);
    double embodied = 1.0 / 6 * Math.log(1 + 4.0 / 3);
    double embodiedB = 2.0 / 2 * Math.log(1 + 4.0 / 3);
    assertEquals(
        "group,kind,rank,term,frequency,per10k,score,p,p_adj,top_doc,top_doc_share\n"
            + "乙,term,1,具身智能,2,10000,"
            + embodiedB
            + ",,,b,\n"
            + "甲,term,1,人工智能,4,6666.666666666667,"
            + ai
            + ",,,a,0.75\n"
            + "甲,term,2,大模型,1,1666.6666666666667,"
            + model
            + ",,,c,1\n"
            + "甲,term,3,具身智能,1,1666.6666666666667,"
            + embodied
            + ",,,a,1\n",
        r.out());
    // the same groups when key phrases need the prepared corpus (another path to the groups)
    Result phrases = run(bySource);
    assertEquals(0, phrases.code(), phrases.err());
    assertTrue(phrases.out().startsWith(r.out()), phrases.out());
    assertOneLineError(
        run("keywords", "--corpus", dir.toString(), "--by", "province"),
        "--by column 'province' is not in the manifest");
    // year and doc in any case, as the other options' values
    Result upper = run("keywords", "--corpus", dir.toString(), "--by", "YEAR", "--format", "csv");
    assertEquals(0, upper.code(), upper.err());
    assertEquals(run("keywords", "--corpus", dir.toString(), "--format", "csv").out(), upper.out());
  }

  @Test
  void csvWithBomForExcel() throws IOException {
    corpus("id,file,year\na,a.txt,2021\n", "a.txt", "人工智能");
    Result r = run("stats", "--corpus", dir.toString(), "--format", "csv", "--bom");
    assertTrue(
        r.out()
            .startsWith(
                "\uFEFFyear,documents,sections,passages,characters,tokens,term_tokens,terms,"
                    + "boilerplate\n"),
        r.out());
  }

  @Test
  void aYearFarFromAllOthersGetsANote() throws IOException {
    corpus(
        "id,file,year\na,a.txt,2010\nb,b.txt,2023\nc,c.txt,3020\n",
        "a.txt",
        "人工智能。\n",
        "b.txt",
        "具身智能。\n",
        "c.txt",
        "大模型。\n");
    Result count = run("count", "--corpus", dir.toString(), "--format", "csv", "智能");
    assertEquals(0, count.code(), count.err());
    assertTrue(count.out().contains("\n智能,3020,0,"), count.out());
    assertTrue(
        count
            .err()
            .contains(
                "qushi: note: 1 year stands 100 years or more from the corpus's other"
                    + " years (3020 (c)): check the manifest for a typo"),
        count.err());
  }

  /** Writes a corpus of three years of one sentence each, every document ending with footer. */
  private void withFooter(String footer) throws IOException {
    corpus(
        "id,file,year\na,a.txt,2021\nb,b.txt,2022\nc,c.txt,2023\n",
        "a.txt",
        "人工智能。\n" + footer + "\n",
        "b.txt",
        "具身智能。\n" + footer + "\n",
        "c.txt",
        "大模型。\n" + footer + "\n");
  }

  @Test
  void theTableFormatCutsALongCellAndCsvGivesItWhole() throws IOException {
    String footer = "本文仅代表作者本人观点，与本网站立场无关，转载请注明出处并保留原文链接，".repeat(2) + "谢谢合作。";
    withFooter(footer);
    Result table = run("stats", "--boilerplate", "--corpus", dir.toString());
    String row = table.out().lines().skip(1).findFirst().orElseThrow();
    assertTrue(row.contains("…") && !row.contains(footer), row);
    assertTrue(row.matches(".*…\\s+3\\s+3\\s+end\\s+1"), row);
    int cut = TextTable.width(row.substring(0, row.indexOf('…') + 1));
    assertTrue(cut <= TableWriter.TABLE_CELL && cut >= TableWriter.TABLE_CELL - 1, row);
    Result csv = run("stats", "--boilerplate", "--corpus", dir.toString(), "--format", "csv");
    assertTrue(csv.out().contains("\n" + footer + ",3,3,end,1\n"), csv.out());
    // a concordance's contexts are as wide as --window asks
    String side = "甲乙丙丁戊己庚辛壬癸".repeat(7);
    corpus("id,file,year\na,a.txt,2021\n", "a.txt", side + "人工智能" + side + "。\n");
    Result kwic = run("kwic", "--corpus", dir.toString(), "--window", "70", "人工智能");
    assertTrue(kwic.out().contains(side + "  人工智能  " + side), kwic.out());
  }

  @Test
  void statsCountsAndListsTheBoilerplateDropped() throws IOException {
    String footer = "本作品属于公有领域，公有领域的作品可以自由使用。";
    withFooter(footer);
    Result list = run("stats", "--boilerplate", "--corpus", dir.toString(), "--format", "csv");
    assertEquals(
        "text,documents,occurrences,position,wordings\n" + footer + ",3,3,end,1\n", list.out());
    Result stats = run("stats", "--corpus", dir.toString(), "--format", "csv");
    assertTrue(stats.out().contains("\n2021,1,1,1,5,"), stats.out());
    assertTrue(
        stats.out().lines().skip(1).allMatch(l -> l.endsWith("," + footer.length())), stats.out());
    Result kept = run("stats", "--boilerplate", "--keep-boilerplate", "--corpus", dir.toString());
    assertEquals(0, kept.code(), kept.err());
    assertTrue(kept.out().lines().count() <= 1, kept.out());
    // a term found only in the dropped footer: counts and context lines say where it went
    String note =
        "qushi: note: “公有领域” also stands 6 times in boilerplate, which is not counted: 1"
            + " distinct paragraph, dropped 3 times in all";
    Result count = run("count", "--corpus", dir.toString(), "--format", "csv", "公有领域");
    assertTrue(count.out().lines().skip(1).allMatch(l -> l.endsWith(",0,0")), count.out());
    assertTrue(count.err().contains(note), count.err());
    assertTrue(run("kwic", "--corpus", dir.toString(), "公有领域").err().contains(note));
    assertFalse(run("count", "--corpus", dir.toString(), "人工智能").err().contains("note"));
    // a Latin term that stands inside longer Latin strings: the strings and their times are named
    corpus("id,file,year\na,a.txt,2021\n", "a.txt", "WWDC21发布了新系统。WWDC大会。WWDC22与WWDC21。\n");
    String latin =
        "qushi: note: “WWDC” also stands 3 times inside longer Latin strings, which are not counted"
            + " as it: WWDC21 ×2, WWDC22 ×1 (count them by name)";
    Result wwdc = run("count", "--corpus", dir.toString(), "WWDC");
    assertTrue(wwdc.out().contains("WWDC  2021      1"), wwdc.out());
    assertTrue(wwdc.err().contains(latin), wwdc.err());
    assertTrue(run("kwic", "--corpus", dir.toString(), "WWDC").err().contains(latin));
  }

  @Test
  void badInputGivesOneLineAndExit2() throws IOException {
    assertOneLineError(
        run("stats", "--corpus", dir.resolve("nowhere").toString()), "corpus folder not found");
    assertOneLineError(run("stats", "--corpus", dir.toString()), "corpus.csv: manifest not found");
    // the way to a folder of files named by year is named
    assertOneLineError(run("stats", "--corpus", dir.toString()), "--years-from-filenames");
    corpus("id,file,year\na,a.txt,20x1\n", "a.txt", "文本");
    assertOneLineError(run("stats", "--corpus", dir.toString()), "year '20x1' is not a number");
    corpus("id,file,year\na,a.txt,2021\na,a.txt,2021\n", "a.txt", "文本");
    assertOneLineError(run("stats", "--corpus", dir.toString()), "duplicate id 'a'");
    corpus("id,file,year\na,gone.txt,2021\n");
    assertOneLineError(run("stats", "--corpus", dir.toString()), "gone.txt: listed in");
    corpus("id,file,year\na,a.txt,2021\n", "a.txt", "");
    assertOneLineError(run("stats", "--corpus", dir.toString()), "a.txt: file is empty");
    Files.write(dir.resolve("a.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    assertOneLineError(run("stats", "--corpus", dir.toString()), "a.txt: binary file");
    Files.writeString(dir.resolve("a.txt"), "人工智能");
    assertOneLineError(
        run("count", "--corpus", dir.toString(), "--terms", dir.resolve("terms.txt").toString()),
        "terms.txt: term file not found");
    assertOneLineError(
        run(
            "count",
            "--corpus",
            dir.toString(),
            "--lexicon",
            dir.resolve("lex.txt").toString(),
            "AI"),
        "lex.txt: lexicon file not found");
    assertOneLineError(
        run("segment", "--corpus", dir.toString(), "--doc", "zzz"), "unknown document id 'zzz'");
    // a folder given for a file, and a term file of comments only, say so
    assertOneLineError(
        run("count", "--corpus", dir.toString(), "--lexicon", dir.toString(), "AI"),
        dir + ": is a folder, not a lexicon file");
    Path comments = Files.writeString(dir.resolve("comments.txt"), "# 只有注释\n\n");
    assertOneLineError(
        run("count", "--corpus", dir.toString(), "--terms", comments.toString()),
        "comments.txt: the term file holds no term (only comments or blanks)");
    // no rows to print is refused before any work, in every command that ranks terms
    for (String[] mode :
        new String[][] {{"compare", "--trend"}, {"compare", "--all"}, {"keywords"}}) {
      List<String> args = new ArrayList<>(List.of(mode));
      args.addAll(List.of("--corpus", dir.toString(), "--top", "-1"));
      assertOneLineError(run(args.toArray(String[]::new)), "'--top': must be ≥ 1, was -1");
    }
  }

  @Test
  void aComparisonOfGivenTermsCountsOccurrencesAndSaysSo() throws IOException {
    // 人工智能产业 is no token: the segmenter's tables count frequency, the text search of given
    // terms occurrences, and the columns name what they hold
    twoYears("人工智能产业发展。人工智能产业壮大。", "人工智能产业领先，人工智能。");
    String c = dir.toString();
    Result all = run("compare", "--corpus", c, "--target", "2024", "--format", "csv");
    assertTrue(
        all.out().startsWith("term,target_frequency,target_per10k,reference_frequency,"),
        all.out());
    Result given =
        run("compare", "--corpus", c, "--target", "2024", "--terms", "人工智能产业", "--format", "csv");
    assertTrue(
        given.out().startsWith("term,target_count,target_per10k,reference_count,"), given.out());
    assertTrue(given.out().contains("\n人工智能产业,1,"), given.out());
    Result trend = run("compare", "--corpus", c, "--trend", "--terms", "人工智能产业", "--format", "csv");
    String header = trend.out().lines().findFirst().orElseThrow();
    assertTrue(header.contains(",last_count,earlier_count,") && header.contains(",count,"), header);
    assertFalse(header.contains("frequency"), header);
  }

  @Test
  void aLatinTermWrittenInTwoLetterCasesIsNamed() throws IOException {
    twoYears("支持i18n。改进i18n。新增TypeScript类型。", "支持I18n。改进I18n。补充TypeScript定义。");
    Result r = run("stats", "--corpus", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err().contains("1 Latin term is written in more than one letter case (I18n/i18n)"),
        r.err());
  }

  @Test
  void aColumnNotInTheManifestIsRefusedBeforeAnyTextIsRead() throws IOException {
    // b.txt cannot be read: the column is refused first, before preparation would read it
    corpus("id,file,year,source\na,a.txt,2021,甲\nb,b.txt,2022,乙\n", "a.txt", "人工智能。");
    Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    String c = dir.toString();
    assertOneLineError(
        run("keywords", "--corpus", c, "--by", "province"), "--by column 'province' is not in");
    assertOneLineError(
        run("count", "--corpus", c, "--by", "province", "人工智能"), "--by column 'province'");
    assertOneLineError(
        run("compare", "--corpus", c, "--target", "2022", "--strata", "province"),
        "--strata column 'province'");
    assertOneLineError(run("keywords", "--corpus", c, "--by", "source"), "b.txt: binary file");
  }

  @Test
  void aTermFileHoldsATermThatStartsWithAHashAsBackslashHash() throws IOException {
    corpus("id,file,year\na,a.txt,2021\n", "a.txt", "#include <stdio.h>\n使用#include指令。");
    Files.writeString(dir.resolve("terms.txt"), "# a comment\n\\#include\n指令\n");
    Result r =
        run(
            "count",
            "--corpus",
            dir.toString(),
            "--terms",
            dir.resolve("terms.txt").toString(),
            "--format",
            "csv");
    assertEquals(0, r.code(), r.err());
    List<String> rows =
        r.out()
            .lines()
            .skip(1)
            .map(l -> String.join(",", l.split(",", 4)[0], l.split(",", 4)[2]))
            .toList();
    assertEquals(List.of("\"#include\",2", "指令,1"), rows);
  }

  @Test
  void badDocumentsGiveOneLineAndExit2() throws IOException {
    String manifest = "id,file,year\na,a.txt,2021\nb,%s,2022\n";
    Files.writeString(dir.resolve("a.txt"), "人工智能。");
    // a corrupt PDF
    corpus(manifest.formatted("b.pdf"), "b.pdf", "%PDF-1.7\n这不是PDF\n%%EOF\n");
    assertOneLineError(
        run("stats", "--corpus", dir.toString()), "b.pdf: corrupt or unreadable PDF");
    // an encrypted PDF
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.protect(
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
      doc.save(dir.resolve("b.pdf").toFile());
    }
    assertOneLineError(
        run("stats", "--corpus", dir.toString()), "b.pdf: PDF is encrypted and needs a password");
    // a PDF without text (a blank page; a scan is told apart: DocumentReaderTest)
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(dir.resolve("b.pdf").toFile());
    }
    assertOneLineError(
        run("stats", "--corpus", dir.toString()),
        "b.pdf: PDF has no text (1 page(s), without text or images: blank)");
    // a .docx that is not a zip
    corpus(manifest.formatted("b.docx"), "b.docx", "只是文本");
    assertOneLineError(
        run("count", "--corpus", dir.toString(), "人工智能"),
        "b.docx: not a Word .docx file (not an Office Open XML package)");
    // a Word .doc cut short after the signature of its compound file
    corpus(manifest.formatted("b.doc"));
    Files.write(
        dir.resolve("b.doc"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A});
    assertOneLineError(
        run("count", "--corpus", dir.toString(), "人工智能"),
        "b.doc: corrupt or unreadable .doc file (");
    // an HTML page with no text
    corpus(
        manifest.formatted("b.html"),
        "b.html",
        "<html><body><nav>导航</nav><script>var t='正文在脚本里';</script>"
            + "<ul><li><a href='/1'>一条很长的新闻标题链接</a></li></ul></body></html>");
    assertOneLineError(
        run("terms", "--corpus", dir.toString()),
        "b.html: HTML page has no main text (only navigation, links or scripts)");
    // a web archive that is no MIME message
    corpus(manifest.formatted("b.mhtml"), "b.mhtml", "只是一段文字，不是网页存档。");
    assertOneLineError(
        run("count", "--corpus", dir.toString(), "人工智能"),
        "b.mhtml: not a web archive (no MIME header); save the page as .mhtml or .html");
  }

  @Test
  void everyCommandRunsOnASmallCorpus() throws IOException {
    String text = "药物靶点研究取得进展。发现新的靶点需要数据。人工智能赋能千行百业，人工智能发展迅速。\n".repeat(6);
    corpus(
        "id,file,year\na,a.txt,2021\nb,b.txt,2024\n",
        "a.txt",
        text,
        "b.txt",
        text.replace("人工智能", "具身智能"));
    String c = dir.toString();
    for (String[] args :
        new String[][] {
          {"discover", "--corpus", c, "--min-count", "3"},
          {"keywords", "--corpus", c},
          {"keywords", "--corpus", c, "--by", "doc", "--method", "textrank"},
          {"kwic", "--corpus", c, "靶点"},
          {"cooccur", "--corpus", c, "--min-count", "1"},
          {"map", "--corpus", c, "--min-count", "3"},
          {"map", "--corpus", c, "--show", "axes", "--min-count", "3"},
          {"map", "--corpus", c, "--show", "leaves", "--clusters", "2"},
          {"map", "--corpus", c, "--show", "merges"},
          {"compare", "--corpus", c, "--target", "2024", "--reference", "2021"},
          {"compare", "--corpus", c, "--all"},
          {"compare", "--corpus", c, "--trend"},
          {"compare", "--corpus", c, "--trend", "--terms", "人工智能,药物靶点"},
          {"compare", "--corpus", c, "--periods", "2021,2024"},
          {"compare", "--corpus", c, "--target", "2024", "--reference", "2019..2023"},
          {"compare", "--corpus", c, "--target", "2024", "--terms", "人工智能,靶点"},
          {"keywords", "--corpus", c, "--method", "tfidf"},
          {"segment", "--corpus", c, "--clean"},
          {"terms", "--corpus", c, "--top", "5"},
          {"stats", "--corpus", c, "--no-learned-terms", "--keep-boilerplate"}
        }) {
      Result r = run(args);
      assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
      assertFalse(r.out().isBlank(), String.join(" ", args));
    }
    assertTrue(run("kwic", "--corpus", c, "--format", "csv", "靶点").out().lines().count() == 1 + 24);
    // two passages cannot be told apart into topics: a note, not a model of one passage per topic
    // and not an error (a small corpus is no bad input), with --k, --sweep or neither
    for (String[] args :
        new String[][] {
          {"topics", "--corpus", c, "--k", "2", "--iterations", "50", "--runs", "2"},
          {"topics", "--corpus", c, "--sweep", "5..30:5"},
          {"topics", "--corpus", c}
        }) {
      Result small = run(args);
      assertEquals(0, small.code(), small.err());
      assertEquals("", small.out());
      assertEquals(
          "qushi: note: too little text for topics: 2 passages with terms and 2 terms; two topics"
              + " need at least 4 of each",
          small.err().lines().filter(l -> l.contains("topics")).findFirst().orElse(small.err()));
    }
    assertOneLineError(run("keywords", "--corpus", c, "--by", "month"), "--by");
    // a year where no term passes is named, not silently left out of the table
    Result few = run("keywords", "--corpus", c, "--min-count", "100000", "--no-phrases");
    assertEquals(0, few.code(), few.err());
    assertTrue(
        few.err()
            .contains("no keywords for 2021, 2024: no term is seen there at least 100000 times"),
        few.err());
    Result none =
        run("keywords", "--corpus", c, "--by", "doc", "--min-count", "100000", "--no-phrases");
    assertEquals(0, none.code(), none.err());
    assertTrue(none.err().contains("no keywords for any group"), none.err());
    Result pairs = run("cooccur", "--corpus", c, "--min-count", "100000");
    assertEquals(0, pairs.code(), pairs.err());
    assertTrue(
        pairs.err().contains("most frequent terms share 100000 or more sentences"), pairs.err());
    // pairs found: no note that none are, and U, which PMI divides by, named
    String found = run("cooccur", "--corpus", c).err();
    assertFalse(found.contains("most frequent terms share"), found);
    assertTrue(
        found.matches("(?s).*qushi: note: U = \\d+ sentences hold at least one term.*"), found);
    // collocates of a node term: every row pairs the node, and a node that is no term is named
    Result node =
        run("cooccur", "人工智能", "不是词语", "--corpus", c, "--min-count", "1", "--format", "csv");
    assertEquals(0, node.code(), node.err());
    List<String> rows = node.out().lines().skip(1).toList();
    assertFalse(rows.isEmpty(), node.out());
    assertTrue(rows.stream().allMatch(r -> r.startsWith("人工智能,")), node.out());
    assertTrue(node.err().contains("'不是词语' is no term of the corpus"), node.err());
    assertFalse(node.err().contains("most frequent terms share"), node.err());
    // by period: the node's collocates within each period, a period column first
    Result byPeriod =
        run(
            "cooccur",
            "人工智能",
            "具身智能",
            "--periods",
            "2021,2024",
            "--corpus",
            c,
            "--min-count",
            "1",
            "--format",
            "csv");
    assertEquals(0, byPeriod.code(), byPeriod.err());
    List<String> periodRows = byPeriod.out().lines().toList();
    assertTrue(periodRows.get(0).startsWith("years,term1,term2,count,"), byPeriod.out());
    assertTrue(periodRows.stream().anyMatch(r -> r.startsWith("2021,人工智能,")), byPeriod.out());
    assertTrue(periodRows.stream().anyMatch(r -> r.startsWith("2024,具身智能,")), byPeriod.out());
    // each node stands in one year only: the other year names it, and has none of its rows
    assertFalse(periodRows.stream().anyMatch(r -> r.startsWith("2024,人工智能,")), byPeriod.out());
    assertTrue(
        byPeriod.err().contains("'人工智能' stands in no sentences in 2024: it has no pairs there"),
        byPeriod.err());
    assertOneLineError(
        run("cooccur", "--periods", "2021,2024", "--corpus", c),
        "--periods needs at least one TERM");
    assertOneLineError(
        run("cooccur", "人工智能", "--periods", "2024..2021", "--corpus", c), "runs backwards");
    assertOneLineError(run("map", "--corpus", c, "--clusters", "1"), "--clusters must be ≥ 2");
    Result map =
        run("map", "--corpus", c, "--min-count", "3", "--min-years", "1", "--format", "csv");
    assertEquals(
        "kind,label,frequency,mass,dim1,dim2,quality,inertia,supplementary",
        map.out().lines().findFirst().get());
    assertTrue(map.err().contains("two years: the map has one axis"), map.err());
    // the two texts differ only in terms of one year, which the map leaves out by default
    assertTrue(
        run("map", "--corpus", c, "--min-count", "3").err().contains("nothing to map"),
        "identical spread");
    Result one = run("map", "--corpus", c, "--min-count", "100000", "--format", "csv");
    assertEquals(0, one.code(), one.err());
    assertTrue(one.err().contains("too few terms for a map"), one.err());
    assertOneLineError(
        run("compare", "--corpus", c, "--target", "1999"), "year 1999 is not in the corpus");
    assertOneLineError(run("compare", "--corpus", c, "--target", "2024..2021"), "--target");
    assertOneLineError(run("compare", "--corpus", c, "--periods", "2021,2021..2024"), "--periods");
    assertOneLineError(
        run("compare", "--corpus", c, "--periods", "2024,2021"), "in time order, earliest first");
    assertOneLineError(
        run(
            "report",
            "--corpus",
            c,
            "--periods",
            "1800..1900,2021",
            "--no-topics",
            "--out",
            c + "/r"),
        "1800..1900 covers no year of the corpus");
    assertOneLineError(
        run("compare", "--corpus", c, "--target", "2024", "--strata", "source"), "--strata");
    Result overlap = run("compare", "--corpus", c, "--target", "2021..2024", "--reference", "2021");
    assertEquals(2, overlap.code(), overlap.err());
  }

  @Test
  void ldaBenchmarkModeFollowsTheContract() throws IOException {
    Path tokens =
        Files.writeString(dir.resolve("tokens.txt"), "a b c d a b\nid\tc d e f\ta b a b c\n");
    Result r =
        run(
            "lda",
            "--tokens",
            tokens.toString(),
            "--k",
            "2",
            "--iterations",
            "20",
            "--threads",
            "1",
            "--seed",
            "3",
            "--out",
            dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.matches("tokens/s=\\d+ ll/token=-?[0-9.]+ seconds=[0-9.]+"), last);
    assertTrue(
        Files.readString(dir.resolve("out/topic_words.tsv"))
            .startsWith("topic\trank\tterm\tweight\n"));
    assertTrue(
        Files.readString(dir.resolve("out/doc_topics.tsv")).startsWith("doc\ttopic\tproportion\n"));
    assertOneLineError(
        run("lda", "--tokens", dir.resolve("none.txt").toString(), "--k", "2", "--iterations", "5"),
        "none.txt: token file not found");
  }

  @Test
  void debugShowsTheStackTrace() {
    Result r = run("stats", "--debug", "--corpus", dir.resolve("nowhere").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("BadInputException"), r.err());
    // with its frames: --debug is for finding where the input was refused
    assertTrue(r.err().contains("\tat qushi."), r.err());
  }

  @Test
  void usageErrorsExit2AndHelpWorks() {
    assertEquals(2, run("count").code());
    // an empty term is refused before the corpus is read (the folder does not even exist)
    Result empty = run("count", "--corpus", "/nonexistent-corpus", "");
    assertEquals(2, empty.code());
    assertTrue(empty.err().contains("a TERM must not be empty"), empty.err());
    Result emptyKwic = run("kwic", "--corpus", "/nonexistent-corpus", " ");
    assertTrue(emptyKwic.err().contains("TERM must not be empty"), emptyKwic.err());
    assertEquals(2, run("nosuchcommand").code());
    assertEquals(2, run("stats", "--format", "xml").code());
    Result help = run("count", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("per10k"), help.out());
  }

  @Test
  void aSweepWithoutAnElbowSaysSoAndHowToTryMore() throws IOException {
    // six subjects of their own words, a passage each (a sweep of 2..8 finds the elbow at 6): from
    // 2 topics to 3, held-out perplexity falls far more than 5%, so the largest K tried is the
    // best, and the note says a wider sweep may pay
    String[][] subjects = {
      {"水稻", "小麦", "玉米", "化肥"},
      {"芯片", "光刻", "晶圆", "封装"},
      {"医院", "医保", "药品", "护士"},
      {"港口", "航运", "集装箱", "码头"},
      {"学校", "教师", "课程", "考试"},
      {"森林", "湿地", "草原", "物种"}
    };
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < 36; p++) {
      String[] w = subjects[p % 6];
      // each passage its own length: a document that repeats a stretch of itself loses it
      String passage = (w[0] + "和" + w[1] + "，" + w[2] + "与" + w[3] + "。").repeat(30 + p) + "\n\n";
      (p % 2 == 0 ? a : b).append(passage);
    }
    String c = twoYears(a.toString(), b.toString()).toString();
    Result r = run("topics", "--corpus", c, "--sweep", "2..3", "--iterations", "60", "--runs", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err().contains("no elbow within K = 2..3")
            && r.err().contains("the largest K is marked")
            && r.err().contains("(--sweep 3..6 tries more)"),
        r.err());
  }

  @Test
  void boilerplateThatDiffersInItsNumbersSaysHowManyWordingsItHas() throws IOException {
    // a footer that differs in its date and number: one paragraph to boilerplate, three wordings;
    // the text shown (the first) stands in one file only, and the row says so
    corpus(
        "id,file,year\na,a.txt,2021\nb,b.txt,2022\nc,c.txt,2023\n",
        "a.txt",
        "人工智能。\n本作品于2021年3月1日进入公有领域，第171号。\n",
        "b.txt",
        "具身智能。\n本作品于2022年9月3日进入公有领域，第25号。\n",
        "c.txt",
        "大模型。\n本作品于2023年1月7日进入公有领域，第44号。\n");
    Result list = run("stats", "--boilerplate", "--corpus", dir.toString(), "--format", "csv");
    assertEquals(
        "text,documents,occurrences,position,wordings\n" + "本作品于2021年3月1日进入公有领域，第171号。,3,3,end,3\n",
        list.out());
  }

  @Test
  void theNoElbowNoteSuggestsOnlyKsTheTextCanHold() {
    java.util.function.BiFunction<Integer, Boolean, qushi.analytics.topics.TopicRows.Sweep> row =
        (k, chosen) -> new qushi.analytics.topics.TopicRows.Sweep(k, -3, 10, 0.1, -1, 0.6, chosen);
    List<qushi.analytics.topics.TopicRows.Sweep> grid =
        List.of(row.apply(5, false), row.apply(10, false), row.apply(20, true));
    // room for more: up to twice the largest K in about four steps, or up to what the text holds
    assertTrue(
        TopicsCommand.noElbow(grid, "chosen", 500).contains("(--sweep 20..40:5 tries more)"));
    assertTrue(TopicsCommand.noElbow(grid, "chosen", 28).contains("(--sweep 20..28:2 tries more)"));
    // at the most the text can tell apart, no sweep to suggest
    String full = TopicsCommand.noElbow(grid, "chosen", 20);
    assertTrue(full.endsWith("this text can tell no more than 20 topics apart"), full);
    assertFalse(full.contains("--sweep"), full);
    // an elbow: no note
    assertEquals(
        null,
        TopicsCommand.noElbow(
            List.of(row.apply(5, false), row.apply(10, true), row.apply(20, false)),
            "chosen",
            500));
  }

  @Test
  void aSweepWithNoStableKSaysItsChoiceIsTheMostStable() {
    double[] stability = {.453, .496, .445, .389}; // every day of 1,423 news transcripts
    List<qushi.analytics.topics.TopicRows.Sweep> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rows.add(
          new qushi.analytics.topics.TopicRows.Sweep(
              5 * (i + 1), -3, 4000 - 300 * i, 0.1, -1, stability[i], i == 1));
    }
    assertEquals(
        "qushi: note: no K up to the elbow of perplexity (K = 20) found its topics again with a"
            + " stability of 0.5 when refitted with another seed, so the chosen K = 10 is the"
            + " largest of the most stable (0.47, smoothed over K): read its topics as tentative",
        qushi.reports.TopicsSection.unstable(rows, "chosen"));
    // a stable chosen K: no note
    rows.set(1, new qushi.analytics.topics.TopicRows.Sweep(10, -3, 3700, 0.1, -1, .6, true));
    assertEquals(null, qushi.reports.TopicsSection.unstable(rows, "chosen"));
  }

  @Test
  void aSweepRangeIsEveryKUnlessAStepIsGiven() {
    assertArrayEquals(new int[] {2, 3, 4, 5, 6}, TopicsCommand.parseRange("2..6"));
    assertArrayEquals(new int[] {5, 10, 15, 20}, TopicsCommand.parseRange("5..20:5"));
    assertArrayEquals(new int[] {2, 7, 12}, TopicsCommand.parseRange("2..14:5"));
  }

  @Test
  void everyInputFormatIsCounted() throws Exception {
    // a corpus of one PDF (printed by Chromium), one .docx, one web page, one Markdown and one
    // text file; the packaged CLI runs the same count in the build (runtime-formats)
    Path formats = Path.of(getClass().getResource("/qushi/reports/formats/corpus.csv").toURI());
    Result r = run("count", "--corpus", formats.getParent().toString(), "--format", "csv", "新质生产力");
    assertEquals(0, r.code(), r.err());
    // PDF: two paragraphs; Word: one; the page: its heading and paragraph (not the script);
    // Markdown: heading and bold text; text: one
    assertEquals(
        "term,year,count,per10k\n"
            + "新质生产力,2023,2,1538.4615384615386\n" // 13 tokens
            + "新质生产力,2024,3,2500\n" // 12 tokens
            + "新质生产力,2025,3,2500\n",
        r.out().replace("\r\n", "\n"));
  }

  @Test
  void everyCommandsHelpIsFormattedWithoutWarnings() {
    // picocli reports a description it cannot format ("95% interval": % must be written %%) on
    // System.err and prints the raw text, %n and all
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (String command : new picocli.CommandLine(new Main()).getSubcommands().keySet()) {
        Result help = run(command, "--help");
        assertEquals(0, help.code(), command);
        assertFalse(help.out().contains("%n"), command + ": " + help.out());
        assertFalse(help.out().contains("%%"), command + ": " + help.out());
      }
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }

  @Test
  void segmentWithIdsStartsEachLineWithItsDocumentAndYear() throws IOException {
    corpus(
        "id,file,year\na,a.txt,2021\nb,b.txt,2022\n",
        "a.txt",
        "科技创新是第一动力。\n\n人工智能发展很快。",
        "b.txt",
        "数字经济继续增长。");
    for (String[] mode : new String[][] {{}, {"--clean"}}) {
      List<String> plain = lines(run(join("segment", "--corpus", dir.toString(), mode)).out());
      List<String> withIds =
          lines(run(join("segment", "--corpus", dir.toString(), mode, "--ids")).out());
      assertEquals(plain.size(), withIds.size(), String.join("\n", withIds));
      for (int i = 0; i < plain.size(); i++) {
        String line = withIds.get(i);
        String prefix = line.startsWith("a\t") ? "a\t2021\t" : "b\t2022\t";
        assertTrue(line.startsWith(prefix), line);
        assertEquals(plain.get(i), line.substring(prefix.length()));
      }
      assertTrue(withIds.get(0).startsWith("a\t2021\t"), withIds.get(0));
      assertTrue(withIds.get(withIds.size() - 1).startsWith("b\t2022\t数字经济"), withIds.toString());
    }
  }

  private static String[] join(
      String command, String corpus, String dir, String[] mode, String... more) {
    List<String> all = new ArrayList<>(List.of(command, corpus, dir));
    all.addAll(List.of(mode));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static List<String> lines(String out) {
    return out.lines().toList();
  }

  @Test
  void userLexiconAndTermFile() throws IOException {
    corpus("id,file,year\na,a.txt,2021\n", "a.txt", "我们要共塑未来，共塑未来需要合作。");
    Files.writeString(dir.resolve("lex.txt"), "# mine\n共塑未来 nz 1000\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("terms.txt"), "共塑未来\n# comment\n合作\n");
    Result seg =
        run("segment", "--corpus", dir.toString(), "--lexicon", dir.resolve("lex.txt").toString());
    assertTrue(seg.out().contains(" 共塑未来 "), seg.out());
    Result r =
        run(
            "count",
            "--corpus",
            dir.toString(),
            "--format",
            "tsv",
            "--terms",
            dir.resolve("terms.txt").toString());
    assertTrue(r.out().contains("共塑未来\t2021\t2\t"), r.out());
    assertTrue(r.out().contains("合作\t2021\t1\t"), r.out());
  }
}
