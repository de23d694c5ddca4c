package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.Qushi;
import qushi.analytics.compare.StratifiedRow;
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
  void theTablesWithinSourcesLeaveOutAPieceOfALongerTermTheyList() throws IOException {
    // two review sites, each with reviews of 2021 and 2024; those of 2024 praise 画面质感在线 in many
    // sentences (a term the corpus learns), and 质感 rises with it, nearly only inside it
    String[] before = {"这部片", "整体", "果然", "依旧", "全片", "开场", "大银幕上", "每一帧"};
    String[] after = {"。", "，值回票价。", "，诚意满满。", "！", "，导演用心。"};
    String[] aspects = {"故事", "节奏", "配乐", "剧本", "表演", "摄影", "剪辑"};
    String[] verdicts = {"平淡", "偏慢", "尚可", "一般", "出色", "拖沓", "扎实"};
    StringBuilder manifest = new StringBuilder("id,file,year,source\n");
    for (int d = 0; d < 16; d++) {
      String site = d % 2 == 0 ? "豆瓣" : "时光网";
      StringBuilder old = new StringBuilder();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        int k = d * 12 + i;
        String plain = aspects[k % 7] + verdicts[(k / 7 + d) % 7] + "。";
        old.append(plain).append(i % 3 == 0 ? "质感一般，在线观看尚可。" : "");
        text.append(plain).append(before[k % before.length]).append("画面质感在线");
        text.append(after[k % after.length]);
        if (i % 4 == 3) {
          old.append("\n\n");
          text.append("\n\n");
        }
      }
      Files.writeString(dir.resolve("old" + d + ".txt"), old);
      Files.writeString(dir.resolve("new" + d + ".txt"), text);
      manifest.append("old").append(d).append(",old").append(d).append(".txt,2021,").append(site);
      manifest.append("\nnew").append(d).append(",new").append(d).append(".txt,2024,").append(site);
      manifest.append('\n');
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    Qushi q = Qushi.of(Corpus.load(dir));
    ReportData data = ReportData.compute(q, Fixtures.options());
    assertEquals("source", data.strata());
    List<String> significant =
        data.stratified().getFirst().significant().stream().map(StratifiedRow::term).toList();
    assertTrue(significant.containsAll(List.of("画面质感在线", "质感")), significant.toString());
    String html = Report.of(q, Fixtures.options()).render().html();
    int a = html.indexOf("<h3>2021 → 2024（在各 source 内比较）</h3>");
    assertTrue(a > 0, "the table within sources");
    String table = html.substring(a, html.indexOf("</table>", a));
    assertTrue(table.contains(">画面质感在线<"), table);
    assertFalse(table.contains(">质感<"), table);
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
