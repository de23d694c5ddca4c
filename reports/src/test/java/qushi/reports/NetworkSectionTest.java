package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
