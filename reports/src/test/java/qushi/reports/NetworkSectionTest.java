package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.reports.Labels.Lang;

/** The co-word network section says why it is empty instead of showing an empty table alone. */
class NetworkSectionTest {
  @TempDir Path dir;

  private Report.Rendered render(String text, Lang lang) throws IOException {
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt,2021\nb,b.txt,2024\n");
    Files.writeString(dir.resolve("a.txt"), text);
    Files.writeString(dir.resolve("b.txt"), text);
    return Report.of(Qushi.open(dir.toString()), Fixtures.options().withLang(lang)).render();
  }

  @Test
  void termsThatNeverShareASentenceGiveANoteNotAChart() throws IOException {
    // every sentence holds one term: no pair shares a sentence
    String text = "人工智能。\n\n碳中和。\n\n绿色金融。\n\n".repeat(6);
    for (Lang lang : Lang.values()) {
      Labels l = Labels.of(lang);
      String html = render(text, lang).html();
      String note = l.format("network.empty", Fixtures.options().network(), 3);
      assertTrue(html.contains(note), lang + ": " + note);
      assertFalse(html.contains("chart_network"), "no empty chart");
    }
  }

  @Test
  void theWatchTermsCollocatesAreListedForEachPeriodByHand() throws IOException {
    // 2021, 8 sentences: 人工智能 in 5, 碳中和 in 4, both in 4; 2024, 6 sentences: 人工智能 and 大模型
    // in the same 3, 碳中和 in the other 3
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt,2021\nb,b.txt,2024\n");
    Files.writeString(
        dir.resolve("a.txt"), "人工智能推动碳中和。\n\n".repeat(4) + "人工智能。\n\n" + "绿色金融。\n\n".repeat(3));
    Files.writeString(dir.resolve("b.txt"), "人工智能发展大模型。\n\n".repeat(3) + "碳中和。\n\n".repeat(3));
    Report.Rendered r =
        Report.of(
                Qushi.open(dir.toString()),
                Fixtures.options().withLang(Lang.EN).withWatch(List.of("人工智能")))
            .render();
    String csv = r.csv().get("collocates.csv");
    assertTrue(csv != null, r.csv().keySet().toString());
    // PMI = ln(4 · 8 / (5 · 4)), NPMI = PMI / −ln(4 / 8), Dice = 2 · 4 / (5 + 4)
    double pmi = Math.log(4.0 * 8 / (5 * 4));
    assertRow(csv, "2021,人工智能,碳中和,4,5,4,", pmi, pmi / -Math.log(4.0 / 8), 8.0 / 9);
    // PMI = ln(3 · 6 / (3 · 3)), NPMI = ln 2 / −ln(3 / 6) = 1, Dice = 1
    assertRow(csv, "2024,人工智能,大模型,3,3,3,", Math.log(2), 1, 1);
    assertFalse(csv.contains("2024,人工智能,碳中和"), csv);
    assertTrue(r.html().contains(Labels.of(Lang.EN).get("network.collocates")));
  }

  /** Checks that {@code csv} has the row that starts so, with PMI, NPMI and Dice as rounded. */
  private static void assertRow(String csv, String start, double pmi, double npmi, double dice) {
    String row =
        csv.lines()
            .filter(x -> x.startsWith(start))
            .findFirst()
            .orElseThrow(() -> new AssertionError(csv));
    String[] f = row.substring(start.length()).split(",");
    assertEquals(pmi, Double.parseDouble(f[0]), 0.0006, row);
    assertEquals(npmi, Double.parseDouble(f[1]), 0.0006, row);
    assertEquals(dice, Double.parseDouble(f[2]), 0.0006, row);
  }

  @Test
  void termsThatShareSentencesGiveAChartAndNoNote() throws IOException {
    String text = "人工智能推动碳中和。\n\n碳中和需要绿色金融。\n\n人工智能服务绿色金融。\n\n".repeat(6);
    Labels l = Labels.of(Lang.EN);
    String html = render(text, Lang.EN).html();
    assertFalse(html.contains(l.format("network.empty", Fixtures.options().network(), 3)));
    // the title says how many of the most frequent terms have a link, as the methods count them
    int n = Fixtures.options().network();
    assertTrue(
        html.contains(
            "Co-word network: 3 of the " + n + " most frequent terms (those with a link)"),
        "a chart of the three terms");
  }
}
