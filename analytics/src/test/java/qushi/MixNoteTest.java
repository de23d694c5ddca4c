package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that enters the corpus in its later years makes its words rise with the mix, whatever
 * their use within the source: trend shapes come with a note that names the column, the value and
 * its shares, and points to the comparison within sources.
 */
class MixNoteTest {
  /**
   * Writes two reports a year 2020–2023 and, with {@code newsFrom}, two news items a year from that
   * year on (or every year, at a steady share, with 0); columns source and period (one value per
   * year: another name of the year).
   */
  private static Qushi corpus(Path dir, int newsFrom) throws IOException {
    StringBuilder manifest = new StringBuilder("id,file,year,source,period\n");
    for (int year = 2020; year <= 2023; year++) {
      String period = year < 2022 ? "early" : "late";
      for (int i = 0; i < 2; i++) {
        String id = "r" + year + i;
        Files.writeString(
            dir.resolve(id + ".txt"), "财政收入稳定增长，" + own(year, i, 0) + "形势总体稳定，粮食生产再获丰收。");
        manifest.append(id + "," + id + ".txt," + year + ",report," + period + "\n");
        if (year >= newsFrom) {
          String news = "n" + year + i;
          Files.writeString(
              dir.resolve(news + ".txt"),
              "国家主席会见外国领导人，" + own(year, i, 1) + "双方举行会谈，" + own(year, i, 2) + "发表联合声明。");
          manifest.append(news + "," + news + ".txt," + year + ",news," + period + "\n");
        }
      }
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    return Qushi.open(dir, Options.defaults(), qushi.analytics.core.Progress.NONE);
  }

  /** Returns a word of two characters of its own for each year, document and place. */
  private static String own(int year, int i, int k) {
    int c = 0x5000 + 60 * (year - 2020) + 20 * i + 2 * k;
    return new String(new char[] {(char) c, (char) (c + 1)});
  }

  @Test
  void aSourceThatEntersLateIsNamedWithItsShares(@TempDir Path dir) throws IOException {
    Qushi q = corpus(dir, 2023);
    List<String> mixes = CorpusNotes.mixes(q);
    assertEquals(1, mixes.size(), mixes::toString);
    // the halves: the tokens reach half in 2022, so the early half is 2020–2022 (no news) and the
    // late 2023, its two reports and two news items
    Map<Integer, Long> years = q.corpus().tokensByYear();
    long early = years.get(2020) + years.get(2021) + years.get(2022);
    long total = early + years.get(2023);
    assertTrue(
        2 * early >= total && 2 * (years.get(2020) + years.get(2021)) < total, years::toString);
    long news = 0;
    for (var p : q.corpus().passages()) {
      if (p.docId().startsWith("n")) news += q.corpus().tokenCount(p.index());
    }
    assertEquals(
        "the mix of source changes over the years (news: 0% of the tokens of 2020–2022, "
            + Math.round(100.0 * news / years.get(2023))
            + "% of 2023): a term of one source rises or falls with the mix, whatever its use"
            + " within each, so a trend or a change between periods can be a change of source;"
            + " compare --trend --strata source and compare --target P --reference P --strata"
            + " source compare within its values",
        mixes.get(0));
    assertEquals(1, q.notes().stream().filter(mixes.get(0)::equals).count());
  }

  /**
   * A value typed in two letter cases is two sources: the note names them as the manifest has them.
   */
  @Test
  void valuesThatDifferOnlyInLetterCaseOrWidthAreNamed(@TempDir Path dir) throws IOException {
    String[] sources = {
      "gwr", "GWR", "gwr", "新华社", "新华 社", "ｘｗｌｂ", "xwlb", "gwr", "新华社", "xwlb", "gwr", "新华社"
    };
    StringBuilder manifest = new StringBuilder("id,file,year,source\n");
    for (int i = 0; i < sources.length; i++) {
      Files.writeString(dir.resolve("d" + i + ".txt"), "科技创新" + own(2020, i, 0) + "推动发展。");
      manifest.append("d" + i + ",d" + i + ".txt," + (2020 + i % 2) + "," + sources[i] + "\n");
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    Qushi q = Qushi.open(dir, Options.defaults(), qushi.analytics.core.Progress.NONE);
    String note =
        "values of source differ only in letter case, width or spaces (GWR / gwr, xwlb / ｘｗｌｂ,"
            + " 新华 社 / 新华社):"
            + " each is a value of its own for --by source and --strata source; write them alike in"
            + " the manifest if they are one";
    assertEquals(List.of(note), CorpusNotes.lookAlikeValues(q));
    assertEquals(1, q.notes().stream().filter(note::equals).count());
  }

  @Test
  void aSteadyMixAndAColumnThatNamesTheYearsGetNoNote(@TempDir Path dir) throws IOException {
    Qushi q = corpus(dir, 0);
    assertEquals(List.of(), CorpusNotes.mixes(q));
    assertEquals(List.of(), CorpusNotes.lookAlikeValues(q));
  }
}
