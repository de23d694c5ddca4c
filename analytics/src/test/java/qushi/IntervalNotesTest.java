package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.core.Rows;
import qushi.analytics.corpus.Corpus;

/** The notes under rate intervals reach jshell, as the command line prints them. */
class IntervalNotesTest {
  private static final String A = "人工智能赋能千行百业，人工智能发展迅速。科技创新推动产业升级。\n";
  private static final String B = "绿色金融支持低碳转型，碳达峰目标稳步推进。生态保护持续加强。\n";

  @Test
  void intervalsSayWhatTheyResampleAndWhereTheyStartAtZero() {
    // two documents a year, 人工智能 in one of each: a quarter of the bootstrap samples of each
    // year lack it, so both intervals start at 0 although the term occurs
    Qushi q =
        Qushi.of(
            Corpus.ofTexts(
                2021, A.repeat(3), 2021, B.repeat(3), 2024, (A + B).repeat(2), 2024, B.repeat(4)));
    Rows<TermInterval> rows = q.count(List.of("人工智能"), BootstrapOptions.defaults());
    assertEquals(2, rows.list().size());
    assertTrue(
        rows.list().stream().allMatch(r -> r.count() > 0 && r.lower() == 0), rows.list()::toString);
    List<String> notes = rows.notes();
    assertTrue(
        notes
            .get(0)
            .startsWith(
                "2 intervals start at 0 where the term occurs: it stands in so few"
                    + " of that year's documents"),
        notes::toString);
    assertTrue(
        notes.get(1).startsWith("the intervals resample documents, not passages"), notes::toString);
    assertTrue(rows.toString().contains("2 intervals start at 0"), rows::toString);
  }

  @Test
  void aYearOfOneDocumentSaysNothingOfUnits() {
    Qushi q = Qushi.of(Corpus.ofTexts(2021, A.repeat(3) + B, 2024, (A + B).repeat(2)));
    List<String> notes = q.count(List.of("人工智能"), BootstrapOptions.defaults()).notes();
    assertTrue(notes.stream().noneMatch(n -> n.contains("resample")), notes::toString);
  }
}
