package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.Qushi;
import qushi.analytics.corpus.Corpus;

/** The view over consecutive periods says what the comparisons it is made of say. */
class PeriodViewsTest {
  /** Returns {@code n} different sentences that each hold 储能 once, from {@code from} on. */
  private static String storage(int from, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      s.append("第").append(PLACES.get(i)).append("个储能项目投入运行，").append(FILLER.get(i)).append("。\n");
    }
    return s.toString();
  }

  private static final List<String> PLACES =
      List.of(
          "东", "西", "南", "北", "中", "上", "下", "左", "右", "前", "后", "内", "外", "新", "老", "大", "小", "高",
          "低", "长");

  private static final List<String> FILLER = new ArrayList<>();

  static {
    String[] words = {
      "电网调峰能力提升", "风电消纳比例提高", "光伏装机稳步增长", "用户侧响应更加灵活", "电价机制逐步完善", "示范应用加快推广",
      "安全标准持续完善", "产业链条不断延伸", "成本持续下降", "技术路线更加多元", "区域协同更加紧密", "市场主体更加活跃",
      "监管体系逐步健全", "人才队伍不断壮大", "国际合作持续深化", "数字平台上线运行", "运维水平明显提高", "社会投资稳步扩大",
      "绿色转型成效显著", "城乡供电更加可靠"
    };
    FILLER.addAll(List.of(words));
  }

  @Test
  void aTermsTopDocumentIsTheOneItsComparisonGives() {
    // 2021: two documents with 储能 twice each; 2022: one document with 8, one with 1; 2023: one
    // document with 1. The later period holds 10, 8 of them in one document: 0.8 on that side,
    // though only 8 of the 14 in both periods
    Qushi q =
        Qushi.of(
            Corpus.ofTexts(
                2021, "科技创新成果丰硕。\n" + storage(0, 2),
                2021, "产业体系更加完整。\n" + storage(2, 2),
                2022, "能源结构持续优化。\n" + storage(4, 8),
                2022, "城市更新扎实推进。\n" + storage(12, 1),
                2023, "乡村振兴全面推进。\n" + storage(13, 1)));
    KeynessRow pair = q.compare("2022..2023", "2021").row("储能").orElseThrow();
    assertEquals(0.8, pair.topDocumentShare(), 1e-12);
    var periods = q.comparePeriods("2021,2022..2023").table();
    int row = periods.stringColumn("term").indexOf("储能");
    assertEquals(pair.topDocument(), periods.stringColumn(KeynessTable.TOP_DOC).get(row));
    assertEquals(
        pair.topDocumentShare(), periods.doubleColumn(KeynessTable.TOP_DOC_SHARE).get(row), 1e-12);
    // a period that runs past the corpus is named by the years it covers
    var past = q.comparePeriods("2021,2022..2030").table();
    assertTrue(past.containsColumn("per10k_2022..2023"), past.columnNames().toString());
    assertTrue(q.compare("2022..2030", "2021").toString().contains("2022..2023"));
  }
}
