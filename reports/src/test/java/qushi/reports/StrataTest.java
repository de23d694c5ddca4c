package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.analytics.corpus.Corpus;

/** The report compares within sources by default only where a source recurs across years. */
class StrataTest {
  @TempDir Path dir;

  private Qushi corpus(String... sources) throws IOException {
    StringBuilder manifest = new StringBuilder("id,file,year,source\n");
    for (int i = 0; i < sources.length; i++) {
      Files.writeString(dir.resolve("d" + i + ".txt"), "人工智能推动产业升级。第" + i + "篇。");
      manifest.append("d").append(i).append(",d").append(i).append(".txt,").append(2020 + i / 2);
      manifest.append(',').append(sources[i]).append('\n');
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    return Qushi.of(Corpus.load(dir));
  }

  @Test
  void aSourceOfOneDocumentEachIsNoStratum() throws IOException {
    // six documents, two a year, each its own source (a file path, say)
    assertNull(ReportData.strata(corpus("a", "b", "c", "d", "e", "f"), ReportOptions.defaults()));
  }

  @Test
  void aSourceWithDocumentsInTwoYearsIsTheDefaultStratum() throws IOException {
    // 人民日报 in 2020 and 2021: its documents can be compared within it
    assertEquals(
        "source",
        ReportData.strata(
            corpus("人民日报", "新华社", "人民日报", "光明日报", "经济日报", "求是"), ReportOptions.defaults()));
  }
}
