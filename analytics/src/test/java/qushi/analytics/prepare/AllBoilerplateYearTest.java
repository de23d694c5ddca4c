package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.Qushi;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.TrendTable;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;

/**
 * A year whose every paragraph is boilerplate (the same frame as in the other documents) is left
 * with no text: it is counted as an empty year, never a crash.
 */
class AllBoilerplateYearTest {
  static final String FRAME = "本文件属于公有领域。";

  @Test
  void aYearOfBoilerplateOnlyIsAnEmptyYear() {
    String a = "人工智能赋能千行百业，算力需求增长。\n" + FRAME;
    String b = "碳中和目标引领绿色转型，储能与氢能加快发展。\n" + FRAME;
    String c = "具身智能与人形机器人成为未来产业。\n" + FRAME;
    Qushi q = Qushi.of(Corpus.ofTexts(2021, a, 2022, FRAME, 2023, b, 2024, c));
    List<YearStats> stats = q.stats().list();
    assertEquals(4, stats.size());
    YearStats empty = stats.get(1);
    assertEquals(2022, empty.year());
    assertEquals(0, empty.passages());
    assertEquals(0, empty.tokens());
    assertEquals(0, empty.characters());
    // the frame's 10 characters dropped in every document that had it
    assertEquals(FRAME.length(), empty.boilerplate());
    assertEquals(FRAME.length(), stats.get(0).boilerplate());
    // the other years compare as usual; the empty one is named when asked for
    assertTrue(
        q.compareAll(KeynessOptions.defaults(), 10).table().columnNames().stream()
            .noneMatch(c2 -> c2.contains("2022")));
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> q.compare(2022, 2021, KeynessOptions.defaults()));
    assertTrue(e.getMessage().startsWith("year 2022 has no word tokens"), e.getMessage());
    // a trend leaves the empty year out, a gap like a year the corpus lacks
    TrendTable trend = q.trends();
    assertEquals(List.of(2021, 2023, 2024), trend.years());
    assertEquals(List.of(2022), trend.gaps());
  }
}
