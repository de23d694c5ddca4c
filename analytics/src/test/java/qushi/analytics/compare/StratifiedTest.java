package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.stats.MantelHaenszel;
import qushi.analytics.text.TextOptions;

class StratifiedTest {
  /**
   * A forum uses 创新 in every paragraph, a report never; the later year has mostly forum text. Each
   * paragraph (one passage: the splitter packs 200–600 characters) repeats its sentence 20 times.
   */
  private static final String FORUM = "坚持创新，推动产业升级。";

  private static final String REPORT = "财政收入稳定增长，就业形势总体稳定。";

  private static String paragraphs(String text, int n) {
    return (text.repeat(20) + "\n\n").repeat(n);
  }

  private static Comparisons mixed(Path dir) throws IOException {
    Files.writeString(dir.resolve("f21.txt"), paragraphs(FORUM, 4));
    Files.writeString(dir.resolve("r21.txt"), paragraphs(REPORT, 16));
    Files.writeString(dir.resolve("f24.txt"), paragraphs(FORUM, 16));
    Files.writeString(dir.resolve("r24.txt"), paragraphs(REPORT, 4));
    Files.writeString(dir.resolve("n26.txt"), paragraphs("新闻报道会议召开。", 5));
    Files.writeString(
        dir.resolve("corpus.csv"),
        "id,file,year,source\n"
            + "f21,f21.txt,2021,forum\n"
            + "r21,r21.txt,2021,report\n"
            + "f24,f24.txt,2024,forum\n"
            + "r24,r24.txt,2024,report\n"
            + "n26,n26.txt,2026,news\n");
    return new Comparisons(prepared(dir));
  }

  /** The fixture prepared without learned terms: its text repeats two sentences verbatim. */
  private static PreparedCorpus prepared(Path dir) throws IOException {
    return PreparedCorpus.of(Corpus.load(dir), TextOptions.defaults().withLearnTerms(false));
  }

  @Test
  void aChangeOfSourcesIsNotAChangeWithinThem(@TempDir Path dir) throws IOException {
    Comparisons c = mixed(dir);
    KeynessRow crude =
        c.compare(Period.of(2024), Period.of(2021), KeynessOptions.defaults())
            .row("创新")
            .orElseThrow();
    assertEquals(Direction.UP, crude.direction());
    assertTrue(crude.significant(0.05), crude.toString());
    StratifiedTable s =
        c.compareByStratum("source", Period.of(2024), Period.of(2021), KeynessOptions.defaults());
    assertEquals(List.of("forum", "report"), s.used());
    // the news of 2026 has text in neither period: not left out of this comparison, not in it
    assertEquals(List.of(), s.dropped());
    StratifiedRow row = s.row("创新").orElseThrow();
    // the same rate within each source: no stratified change, a large crude one
    assertEquals(0, row.logRatio(), 1e-9);
    assertEquals(Direction.NONE, row.direction());
    assertTrue(row.crudeLogRatio() > 1, row.toString());
    assertTrue(!row.significant(0.05), row.toString());
    assertEquals(1, row.strata());
  }

  /**
   * The forum says 创新 in every paragraph in 2021 and in half of them in 2024, the report never, and
   * 2024 is mostly forum: within the forum 创新 falls, pooled it rises. The row says DOWN with a
   * higher pooled target rate, and the table counts it among the rows whose pooled rates point
   * against the change within the strata.
   */
  @Test
  void pooledRatesThatPointAgainstTheChangeWithinTheStrataAreCounted(@TempDir Path dir)
      throws IOException {
    mixed(dir);
    String other = "加强合作，推动产业升级。";
    Files.writeString(dir.resolve("f24.txt"), paragraphs(FORUM, 8) + paragraphs(other, 8));
    StratifiedTable s =
        new Comparisons(prepared(dir))
            .compareByStratum(
                "source", Period.of(2024), Period.of(2021), KeynessOptions.defaults());
    StratifiedRow row = s.row("创新").orElseThrow();
    assertEquals(Direction.DOWN, row.direction());
    assertTrue(row.targetPer10k() > row.referencePer10k(), row.toString());
    long against =
        s.rows().stream()
            .filter(
                r ->
                    (r.direction() == Direction.UP) != (r.targetPer10k() > r.referencePer10k())
                        && r.direction() != Direction.NONE
                        && r.targetPer10k() != r.referencePer10k())
            .count();
    assertTrue(against >= 1);
    assertEquals(against, s.againstPooledRates());
  }

  @Test
  void theStatisticIsMantelHaenszelOverTheSources(@TempDir Path dir) throws IOException {
    Comparisons c = mixed(dir);
    PreparedCorpus pc = prepared(dir);
    StratifiedTable s =
        c.compareByStratum(
            "source", Period.of(2024), Period.of(2021), KeynessOptions.defaults().withMinCount(1));
    // 增长 appears 20 times per report paragraph: 4 paragraphs in 2024, 16 in 2021
    StratifiedRow row = s.row("增长").orElseThrow();
    long[] a = {0, 80};
    long[] b = {0, 320};
    long forum24 = tokens(pc, "f24");
    long forum21 = tokens(pc, "f21");
    long report24 = tokens(pc, "r24");
    long report21 = tokens(pc, "r21");
    long[] nt = {forum24, report24};
    long[] nr = {forum21, report21};
    assertEquals(80, row.targetFrequency());
    assertEquals(320, row.referenceFrequency());
    assertEquals(MantelHaenszel.logRatio(a, b, nt, nr, 0.5), row.logRatio(), 1e-12);
    assertEquals(MantelHaenszel.chiSquared(a, b, nt, nr) / row.dispersion(), row.chi2(), 1e-9);
  }

  /**
   * Thirty forum and thirty report documents a year (documents are the units of the tests), each
   * paragraph with a name of its own: the first report of each year is long, and says 解除合同 forty
   * times in 2021 and four in 2024, no other document ever. Within the reports the rate falls
   * tenfold and the passages are not overdispersed, so the Greenland–Robins interval leaves out 0;
   * but each year's occurrences are one document's, which the permutation within the strata puts on
   * either side, and p is near 1. The interval is the test's: it holds 0, and every row's interval
   * leaves out 0 exactly when its p is under 0.05.
   */
  @Test
  void theIntervalLeavesOutZeroExactlyWhenTheTestRejects(@TempDir Path dir) throws IOException {
    StringBuilder manifest = new StringBuilder("id,file,year,source\n");
    for (int year : new int[] {2021, 2024}) {
      for (int i = 0; i < 30; i++) {
        String f = "f" + year + i;
        String r = "r" + year + i;
        // a name of its own in each paragraph: the documents are no copies of one another
        StringBuilder forum = new StringBuilder();
        StringBuilder report = new StringBuilder();
        for (int k = 0; k < (i == 0 ? 200 : 16); k++) {
          String own =
              "代表"
                  + (char) (0x4E00 + 1000 * (year - 2021) + (i == 0 ? 0 : 200 + 16 * i) + k)
                  + "发言。";
          if (k < 3) forum.append(FORUM.repeat(4)).append(own).append("\n\n");
          int says = i > 0 || k % (year == 2021 ? 5 : 50) > 0 ? 0 : 1;
          report.append(REPORT.repeat(12)).append("解除合同。".repeat(says));
          report.append(own).append("\n\n");
        }
        Files.writeString(dir.resolve(f + ".txt"), forum);
        Files.writeString(dir.resolve(r + ".txt"), report);
        manifest.append(f + "," + f + ".txt," + year + ",forum\n");
        manifest.append(r + "," + r + ".txt," + year + ",report\n");
      }
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    Comparisons c = new Comparisons(prepared(dir));
    assertTrue(c.documentUnits());
    StratifiedTable s =
        c.compareByStratum(
            "source", Period.of(2024), Period.of(2021), KeynessOptions.defaults().withMinCount(1));
    StratifiedRow row = s.row("解除").orElseThrow();
    assertEquals(Direction.DOWN, row.direction());
    assertTrue(row.p() > 0.05, row.toString());
    assertTrue(row.logRatioLower() < 0 && row.logRatioUpper() >= 0, row.toString());
    for (StratifiedRow r : s.rows()) {
      boolean excludes = r.logRatioLower() > 0 || r.logRatioUpper() < 0;
      assertEquals(r.p() < 0.05, excludes, r.toString());
    }
  }

  private static long tokens(PreparedCorpus pc, String doc) {
    long n = 0;
    for (var p : pc.passages()) if (p.docId().equals(doc)) n += pc.tokenCount(p.index());
    return n;
  }

  @Test
  void theCrudeRatioIsTheComparisonWithoutStrataTheSourcesLeftOutIncluded(@TempDir Path dir)
      throws IOException {
    Comparisons c = mixed(dir);
    // 2024–2026 against 2021: the news of 2026 has no text in 2021 and is left out of the strata,
    // but not out of the crude ratio, which is the plain comparison of the two periods
    Period later = Period.range(2024, 2026);
    StratifiedTable s =
        c.compareByStratum("source", later, Period.of(2021), KeynessOptions.defaults());
    assertEquals(List.of("news"), s.dropped());
    for (String term : List.of("创新", "产业", "财政")) {
      KeynessRow plain =
          c.compare(later, Period.of(2021), KeynessOptions.defaults()).row(term).orElseThrow();
      StratifiedRow row = s.row(term).orElseThrow();
      assertEquals(plain.logRatio(), row.crudeLogRatio(), 1e-9, term);
    }
    // 创新: 16 of 20 forum paragraphs later, the forum's rate the same on both sides; the news
    // paragraphs dilute the later period, and still the crude ratio rises
    assertTrue(s.row("创新").orElseThrow().crudeLogRatio() > 0.5);
    // a period that runs past the corpus is named by the years it covers, as in a plain comparison
    StratifiedTable past =
        c.compareByStratum(
            "source", Period.range(2024, 2030), Period.of(2021), KeynessOptions.defaults());
    assertEquals("2024..2026", past.target());
  }

  @Test
  void eachStratumNamesTheYearsItComparesOnEachSide(@TempDir Path dir) throws IOException {
    Comparisons c = mixed(dir);
    // 2021..2024 against 2026: only the news has text in 2026, and none before
    StratifiedTable none =
        c.compareByStratum(
            "source", Period.of(2026), Period.range(2021, 2024), KeynessOptions.defaults());
    assertEquals(List.of(), none.compared());
    // 2024..2026 against 2021: the forum and the report compare 2021 with 2024 only, though the
    // later period names 2026 too (its text is the news's, left out)
    StratifiedTable s =
        c.compareByStratum(
            "source", Period.range(2024, 2026), Period.of(2021), KeynessOptions.defaults());
    assertEquals(
        List.of(
            new StratifiedTable.Years("forum", List.of(2021), List.of(2024)),
            new StratifiedTable.Years("report", List.of(2021), List.of(2024))),
        s.compared());
    assertEquals(List.of("news"), s.dropped());
    assertEquals("2021 → 2024", s.compared().get(0).text());
    assertEquals(
        "2008..2009 → 2010..2012,2014",
        new StratifiedTable.Years("s", List.of(2008, 2009), List.of(2010, 2011, 2012, 2014))
            .text());
  }

  @Test
  void sourcesOnOneSideOnlyAreDroppedAndNamed(@TempDir Path dir) throws IOException {
    Comparisons c = mixed(dir);
    StratifiedTable s =
        c.compareByStratum("source", Period.of(2026), Period.of(2021), KeynessOptions.defaults());
    assertTrue(s.used().isEmpty());
    assertEquals(List.of("forum", "news", "report"), s.dropped());
    assertEquals(0, s.size());
    assertTrue(
        assertThrows(
                BadInputException.class,
                () ->
                    c.compareByStratum(
                        "forum", Period.of(2024), Period.of(2021), KeynessOptions.defaults()))
            .getMessage()
            .contains("column 'forum' is not in the manifest"));
  }

  @Test
  void concentrationNamesTheTopDocument(@TempDir Path dir) throws IOException {
    Comparisons c = mixed(dir);
    KeynessRow r =
        c.compare(Period.of(2024), Period.of(2021), KeynessOptions.defaults())
            .row("创新")
            .orElseThrow();
    // 创新 rises: of its paragraphs in 2024, the side where it is more frequent, all 16 are in f24
    // (of both sides' 20, 16: the share over both would hide a rise that one document carries)
    assertEquals("f24", r.topDocument());
    assertEquals(1.0, r.topDocumentShare(), 1e-12);
    assertTrue(r.concentrated());
  }
}
