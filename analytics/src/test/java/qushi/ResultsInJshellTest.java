package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;

/**
 * What a result tells a person who works in jshell, where the command line's notes on stderr are
 * not seen: the terms a trend table left untested, what STABLE means, the columns that carry a
 * keyness table's evidence, an empty table, and saving any result as CSV or TSV.
 */
class ResultsInJshellTest {
  private static Qushi corpus() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    StringBuilder c = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      a.append("加快建设科技强国，推动科技创新与产业创新深度融合。\n");
      b.append("加快建设科技强国，稳步推进碳达峰碳中和。\n");
      c.append("加快建设科技强国，发展新质生产力，推动碳达峰碳中和。\n");
    }
    c.append("数字乡村建设取得进展。\n");
    return Qushi.of(Corpus.ofTexts(2021, a.toString(), 2022, b.toString(), 2023, c.toString()));
  }

  @Test
  void whatJshellPrintsFitsItsDisplayAndMistakesGetAMessage() {
    Qushi q = Qushi.open("../seeds");
    // jshell shows a value whole up to 1,000 characters: the trend tables with their notes, and a
    // topic model of many topics, stay within the preview's 950
    for (Object shown :
        List.of(
            q.trends(),
            q.trends("创新", "科技", "人工智能", "新质生产力", "不存在的词"),
            q.topics(
                qushi.analytics.topics.TopicOptions.defaults()
                    .withTopics(40)
                    .withIterations(20)
                    .withRuns(1)))) {
      String text = shown.toString();
      assertTrue(
          text.length() <= qushi.analytics.core.TextTable.PREVIEW_CHARS,
          text.length() + "\n" + text);
    }
    var m =
        q.topics(
            qushi.analytics.topics.TopicOptions.defaults()
                .withTopics(5)
                .withIterations(20)
                .withRuns(1));
    assertEquals(1, m.topic(1).id());
    for (int id : new int[] {0, 6}) {
      BadInputException e = assertThrows(BadInputException.class, () -> m.topic(id));
      assertEquals("topic " + id + ": topics are numbered 1 to 5", e.getMessage());
    }
    assertThrows(BadInputException.class, () -> q.count(List.of()));
    // where() keeps a row whose value prints as the one asked for, as the table rounds it
    var counts = q.count("人工智能");
    var row = counts.get(0);
    String shown = qushi.analytics.core.Display.format("per10k", row.per10k());
    assertTrue(!shown.equals(String.valueOf(row.per10k())), shown + " is rounded");
    assertTrue(counts.where("per10k", Double.parseDouble(shown)).list().contains(row));
    assertTrue(counts.where("year", row.year()).list().contains(row));
    // a context line prints its right context, leaving out the section (long titles) instead
    var lines = q.kwic("人工智能");
    String printed = lines.toString();
    assertTrue(printed.lines().findFirst().orElseThrow().contains("right"), printed);
    assertTrue(printed.contains("2 more columns (section, position)"), printed);
    assertEquals(
        List.of("year", "doc", "section", "position", "left", "match", "right"),
        lines.table().columnNames());
    // near the largest K the text allows some topics hold no token: they are no finding, whatever
    // the likeness of two runs' empty topics (the first K down from the largest where a topic is
    // empty: which K that is depends on the seeds' tokens)
    int max = q.maxTopics(qushi.analytics.topics.TopicOptions.defaults());
    List<qushi.analytics.topics.Topic> empty = List.of();
    for (int k = max; k > max - 10 && empty.isEmpty(); k--) {
      var most = q.topics(qushi.analytics.topics.TopicOptions.defaults().withTopics(k).withRuns(2));
      empty = most.topics().stream().filter(t -> t.share() == 0).toList();
    }
    assertFalse(empty.isEmpty(), "no topic is empty at K " + (max - 9) + " to " + max);
    assertTrue(empty.stream().allMatch(qushi.analytics.topics.Topic::unstable), empty.toString());
    assertThrows(BadInputException.class, () -> Qushi.open(""));
    assertThrows(BadInputException.class, () -> Qushi.open((String) null));
  }

  @Test
  void aTrendTableNamesTheTermsItDidNotTestAndSaysWhatStableMeans() {
    var t = corpus().trends("科技强国", "新质生产力", "数字乡村");
    // 数字乡村 occurs once (fewer than 3 times): no row, and the table says so
    assertEquals(List.of("数字乡村"), t.untested());
    assertEquals(2, t.rows().size());
    // read row by row as any result is: size() and get(i)
    assertEquals(2, t.size());
    assertEquals(t.rows().get(1), t.get(1));
    String shown = t.toString();
    assertTrue(shown.contains("not tested, seen fewer than 3 times: 数字乡村"), shown);
    // 科技强国 is at the same rate every year: STABLE, and the table says what that means
    assertEquals("STABLE", t.row("科技强国").orElseThrow().trend().name());
    assertTrue(shown.contains("STABLE: no change the tests establish"), shown);
    // the given terms are counted by text search, which the trends of all terms are not
    assertTrue(shown.contains("counted by text search"), shown);
    Qushi q = corpus();
    assertFalse(q.trends().toString().contains("counted by text search"));
    // asked again with the same settings, the trends of every term are not worked out again, nor
    // the multi-period view
    assertSame(q.trends(), q.trends());
    assertSame(q.compareAll(), q.compareAll());
    // the selection of rows keeps the note
    assertEquals(List.of("数字乡村"), t.first(1).untested());
  }

  @Test
  void aTopicModelAskedForAgainIsTheOneAlreadyFitted() {
    Qushi q = Qushi.open("../seeds");
    var fast = qushi.analytics.topics.TopicOptions.defaults().withTopics(3).withIterations(30);
    assertSame(q.topics(fast), q.topics(fast));
    // other settings fit another model
    assertNotSame(q.topics(fast), q.topics(fast.withTopics(4)));
  }

  @Test
  void aSearchPrintsTheNotesTheCommandLinePrintsUnderItsRows() {
    Qushi q =
        Qushi.of(
            Corpus.ofTexts(
                2021, "苹果在WWDC21上发布新系统，开发者关注WWDC21的更新。\n", 2022, "WWDC的主题演讲介绍了新的开发工具。\n"));
    var counted = q.count("WWDC");
    assertEquals(
        List.of(
            "“WWDC” also stands 2 times inside longer Latin strings, which are not counted as it:"
                + " WWDC21 ×2 (count them by name)"),
        counted.notes());
    assertTrue(
        counted.toString().endsWith("note: " + counted.notes().get(0) + "\n"), counted.toString());
    // a selection of the rows keeps them; a concordance has them too
    assertEquals(counted.notes(), counted.first(1).notes());
    assertEquals(counted.notes(), q.kwic("WWDC").notes());
    // a query that finds nothing but its word, as a lexicon line would be written
    assertTrue(
        q.count("WWDC nz 1000").notes().stream()
            .anyMatch(n -> n.contains("does not occur, but “WWDC” does")));
  }

  @Test
  void aCountWithLongNotesStillShowsTheCountOfEveryTerm() {
    // fourteen years, three terms each also inside many longer Latin strings: three long notes
    List<Object> pairs = new java.util.ArrayList<>();
    for (int y = 2010; y < 2024; y++) {
      StringBuilder text = new StringBuilder("ALPHAWORDS BETAWORDSX GAMMAWORDS 的发布会。");
      for (int k = 0; k < 12; k++) {
        for (String t : List.of(" ALPHAWORDS", " BETAWORDSX", " GAMMAWORDS"))
          text.append(t).append(y + k);
      }
      pairs.add(y);
      pairs.add(text.append("。\n").toString());
    }
    var counted =
        Qushi.of(Corpus.ofTexts(pairs.toArray())).count("ALPHAWORDS", "BETAWORDSX", "GAMMAWORDS");
    int notes = counted.notes().stream().mapToInt(String::length).sum();
    assertTrue(notes > 450, counted.notes()::toString);
    // the header of the preview: the year and the three counts, whatever the notes take
    String header = counted.toString().lines().findFirst().orElseThrow();
    assertTrue(header.matches("year\\s+ALPHAWORDS\\s+BETAWORDSX\\s+GAMMAWORDS\\b.*"), header);
  }

  @Test
  void optionsTakeTheCommonChangesOfTextInOneCallAndPathsAsJshellTypesThem() {
    Options o =
        Options.defaults()
            .withLexicon("my-terms.txt")
            .withNotTerms("not-terms.txt")
            .withoutLearnedTerms();
    assertEquals(List.of(Path.of("my-terms.txt")), o.text().lexicons());
    assertEquals(List.of(Path.of("not-terms.txt")), o.text().notTerms());
    assertFalse(o.text().learnTerms());
    // the rest stays as it was
    assertEquals(Options.defaults().seed(), o.seed());
    assertTrue(Options.defaults().text().learnTerms());
  }

  @Test
  void completionNamesTheParametersOfTheInterfacesMethods() throws Exception {
    // jshell shows compare(int target, Integer reference, …) where the class files carry the names
    var compare =
        CorpusCounts.class.getMethod(
            "compare", int.class, Integer.class, qushi.analytics.compare.KeynessOptions.class);
    assertEquals(
        List.of("target", "reference", "options"),
        java.util.Arrays.stream(compare.getParameters()).map(p -> p.getName()).toList());
  }

  @Test
  void tabCompletionOnQushiOffersWaysToOpenACorpusAndNoCommandLineHelpers() {
    // "Qushi." + Tab in jshell lists the public static methods: only the ways in
    assertEquals(
        java.util.Set.of("open", "openByFileName", "of", "lda"),
        java.util.Arrays.stream(Qushi.class.getMethods())
            .filter(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers()))
            .map(java.lang.reflect.Method::getName)
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void countsPrintAYearARowWithTheTermsSideBySide() {
    Qushi q = corpus();
    var counts = q.count("科技强国", "碳达峰");
    // 科技强国 stands in each of the 30 lines of every year, 碳达峰 in those of 2022 and 2023
    List<String> lines = counts.toString().lines().toList();
    // (the counts side by side first, then the rates)
    assertTrue(lines.get(0).matches("year +科技强国 +碳达峰 +科技强国 per10k +碳达峰 per10k"), lines.get(0));
    assertTrue(lines.get(1).matches("2021 +30 +0 +[0-9.]+ +0\\.0"), lines.get(1));
    assertTrue(lines.get(2).matches("2022 +30 +30 +[0-9.]+ +[0-9.]+"), lines.get(2));
    assertTrue(lines.get(3).matches("2023 +30 +30 +[0-9.]+ +[0-9.]+"), lines.get(3));
    // the rows stay a record per term and year
    assertEquals(6, counts.size());
    assertEquals(List.of("term", "year", "count", "per10k"), counts.table().columnNames());
    // more terms than fit side by side print as the rows are
    var five = q.count("科技强国", "碳达峰", "碳中和", "新质生产力", "数字乡村");
    assertTrue(five.toString().startsWith("term "), five.toString());
  }

  @Test
  void aViewOfSeveralComparisonsSaysWhatEachFoundWhateverRowsItShows() {
    Qushi q = corpus();
    var v = q.comparePeriods("2021,2022..2023");
    assertEquals(
        List.of("2021_to_2022..2023"), v.comparisons().stream().map(c -> c.name()).toList());
    // the tally is the keyness table's, over every term tested
    var k = q.compare("2022..2023", "2021");
    assertEquals(k.tested(), v.comparisons().get(0).tested());
    assertTrue(k.tested().terms() > 0, k.toString());
    String shown = v.first(1).toString();
    assertTrue(shown.startsWith("PeriodTable[1 row]\n2021_to_2022..2023: terms="), shown);
    assertTrue(shown.contains("significant=" + k.tested().significant() + " "), shown);
    // the rows show each period's rate and the direction of the change, its best rows first
    String rows = v.toString();
    String header = rows.lines().filter(l -> l.startsWith("term")).findFirst().orElseThrow();
    assertTrue(
        header.matches(
            "term +per10k_2021 +per10k_2022\\.\\.2023 +direction_2021_to_2022\\.\\.2023.*"),
        rows);
    String top = v.table().stringColumn("term").get(0);
    assertTrue(rows.lines().anyMatch(l -> l.startsWith(top + " ")), rows);
    assertEquals(3, q.compareAll().first(2).comparisons().size() - 2, "3 vs rest, 2 pairs");
    // more than four comparisons: the four with most significant terms, and a pointer to the rest,
    // all within the 1,000 characters jshell shows whole
    var all = q.compareAll();
    String printed = all.toString();
    assertTrue(printed.contains("… 1 more comparisons with fewer significant terms"), printed);
    assertEquals(5, all.summary().lines().count());
    assertTrue(printed.length() <= 1000, printed.length() + "\n" + printed);
  }

  /**
   * A period written where a method takes one: against the rest with compare, and trendsOver for a
   * trend over some years; a period given to trends, which takes terms, is named as a mistake.
   */
  @Test
  void aPeriodIsAcceptedWhereAPeriodIsMeant() {
    Qushi q = corpus();
    var k = q.compare("2022..2023");
    assertEquals(q.compare("2022..2023", "rest").table().printAll(), k.table().printAll());
    assertEquals("2022..2023", k.target());
    assertEquals(List.of(2022, 2023), q.trendsOver("2022..2023").years());
    BadInputException e = assertThrows(BadInputException.class, () -> q.trends("2021..2023"));
    assertTrue(
        e.getMessage().contains("is a period, not a term: q.trendsOver(\"2021..2023\")"),
        e.getMessage());
    // a year alone is a term a text may hold (2035年远景目标)
    assertEquals(0, q.trends("2035").size());
  }

  @Test
  void aKeynessPreviewShowsTheEvidenceAndAnyResultSavesAsCsvOrTsv(@TempDir Path dir)
      throws Exception {
    Qushi q = corpus();
    var k = q.compare(2023, 2021);
    // a ranked table and a list of records stream and index like a list; a row prints rounded
    assertEquals(k.rows().get(0), k.get(0));
    assertEquals(k.size(), k.stream().count());
    assertEquals(q.count("科技强国").size(), q.count("科技强国").stream().count());
    String row = k.get(0).toString();
    assertTrue(row.startsWith("KeynessRow[" + k.get(0).term() + " "), row);
    assertTrue(row.contains("log_ratio=") && row.contains("p_adj="), row);
    assertFalse(java.util.regex.Pattern.compile("\\d\\.\\d{6,}").matcher(row).find(), row);
    String header = k.first(15).toString().lines().skip(1).findFirst().orElseThrow();
    for (String column : List.of("term", "direction", "log_ratio", "p_adj", "target_per10k")) {
      assertTrue(header.contains(column), header);
    }
    Path tsv = k.save(dir.resolve("keyness.tsv").toString());
    String text = Files.readString(tsv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFterm\ttarget_frequency\t"), text.substring(0, 40));
    Path csv = q.count("科技强国").save(dir.resolve("counts.csv").toString());
    assertEquals(
        "\uFEFFterm,year,count,per10k",
        Files.readString(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    // a folder that does not exist: one line naming the file and why; nothing left behind
    Path missing = dir.resolve("nope").resolve("counts.csv");
    BadInputException e =
        assertThrows(BadInputException.class, () -> q.count("科技强国").save(missing.toString()));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    // a name that promises another format gets none: CSV under .json would mislead
    BadInputException json =
        assertThrows(
            BadInputException.class,
            () -> q.count("科技强国").save(dir.resolve("counts.json").toString()));
    assertTrue(json.getMessage().contains("save writes CSV or TSV"), json.getMessage());
    // the saved file has the permissions of any new file, not a temporary file's owner-only ones
    if (csv.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Path plain = Files.createFile(dir.resolve("plain.txt"));
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(csv));
      Files.delete(plain);
    }
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("counts.csv", "keyness.tsv"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void wrongArgumentsAndEmptyResultsSaySo() {
    Qushi q = corpus();
    BadInputException noTerm = assertThrows(BadInputException.class, () -> q.count((String) null));
    // one line, no frames of qushi's internals under it (jshell prints the frames it is given)
    if (!Boolean.getBoolean(BadInputException.TRACE_PROPERTY)) {
      assertEquals(0, noTerm.getStackTrace().length);
    }
    assertThrows(BadInputException.class, () -> q.count("科技强国").first(-1));
    assertThrows(BadInputException.class, () -> q.count("科技强国").last(-1));
    assertEquals(0, q.count("科技强国").first(0).size());
    String none = q.kwic("不存在的词语").toString();
    assertTrue(none.endsWith("(no rows)\n"), none);
  }

  @Test
  void theCorpusPrintsTheNotesTheCommandLinePrints() {
    String article = "人工智能研究取得重要进展，科研团队发布新的模型。\n算力基础设施建设加快推进，产业应用不断拓展。\n";
    Qushi q =
        Qushi.of(Corpus.ofTexts(2021, article, 2022, "碳中和目标引领绿色转型，储能与氢能加快发展。\n", 2023, article));
    assertEquals(
        List.of(
            "1 document repeats most of the text of an earlier one (doc03 ≈ doc01): its words are"
                + " counted once per copy"),
        q.notes());
    assertTrue(q.toString().endsWith("\nnote: " + q.notes().get(0)), q.toString());
    assertEquals(List.of(), corpus().notes());
    // a document that cleanup leaves without words (a year with other text): named, not silently
    // a document of 0 words
    Qushi empty = Qushi.of(Corpus.ofTexts(2021, article, 2021, "。。。——\n", 2022, "碳中和目标引领绿色转型。\n"));
    assertTrue(
        empty.notes().stream()
            .anyMatch(n -> n.startsWith("1 document has no words after cleanup (doc02 (")),
        empty.notes().toString());
    assertTrue(corpus().toString().startsWith("Qushi[PreparedCorpus["), corpus().toString());
  }
}
