package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.reports.Labels.Lang;

/**
 * The page lists at most {@link TableView#PAGE_ROWS} documents and files, and says so; the CSV
 * files keep every row.
 */
class LongListsTest {
  @TempDir Path dir;

  @Test
  void aCorpusOfManyPostsListsTheFirstThousandAndSaysWhereTheRestAre() throws IOException {
    // 1,001 posts in the manifest itself, on lines 2 to 1,002, over two years
    StringBuilder sheet = new StringBuilder("year,text\n");
    for (int i = 0; i < 1_001; i++) {
      sheet.append(i < 500 ? 2021 : 2022).append(",第").append(i).append("条：人工智能推动数字经济。\n");
    }
    Files.writeString(dir.resolve("corpus.csv"), sheet);
    Report.Rendered r =
        Report.of(Qushi.open(dir.toString()), Fixtures.options().withLang(Lang.EN)).render();
    String html = r.html();
    assertTrue(
        html.contains(
            "The first 1,000 of the 1,001 documents; files.csv lists every one with its year and"
                + " title."),
        "documents note");
    // the files: the manifest and its 1,001 posts
    assertTrue(
        html.contains(
            "The first 1,000 of the 1,002 files; files.csv lists every one with its size and"
                + " SHA-256."),
        "files note");
    assertEquals(1 + 1_002, r.csv().get("files.csv").strip().split("\n").length);
    assertTrue(r.csv().get("files.csv").contains("corpus.csv:1002,r1001,2022"));
    // in corpus order (year, id) the last post comes last, and the page leaves it out
    assertTrue(html.contains(">corpus.csv:1000<"), "the 1,000th row");
    assertFalse(html.contains(">corpus.csv:1002<"), "the last post's file is left out");
  }
}
