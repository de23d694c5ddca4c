package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermDiscoveryTest {
  @Test
  void proposesATermTheSegmenterBreaks() {
    // 靶点 in varied contexts: frequent, cohesive, free on both sides; HanLP splits it 靶/点
    String filler =
        "今年城市更新完成老旧小区改造一百二十个，新增公共绿地三十公顷。推进数字政务建设，企业开办时间压缩到三个工作日。"
            + "加快发展新能源汽车和集成电路产业，培育高新技术企业，科技创新对经济增长的贡献持续提升。";
    String text =
        (String.join(
                    "\n",
                    List.of(
                        "药物靶点研究取得进展。",
                        "发现新的靶点需要数据。",
                        "每个靶点都要验证。",
                        "靶点筛选平台上线。",
                        "围绕靶点开展合作。",
                        "这些靶点来自基因组。"))
                + "\n"
                + filler
                + "\n")
            .repeat(2);
    Set<String> stop = Set.of("的", "了", "是", "每个", "这些");
    List<TermDiscovery.Candidate> found =
        TermDiscovery.discover(
            List.of(text), new Segmenter(Lexicon.empty()), Set.of(), stop, 4, 3, 10);
    TermDiscovery.Candidate c =
        found.stream().filter(x -> x.term().equals("靶点")).findFirst().orElseThrow();
    assertEquals(12, c.frequency());
    assertTrue(c.broken());
    assertEquals("靶/点", c.segmented());
    assertEquals(c, found.get(0));
    // nothing that starts or ends with a stopword character
    assertTrue(
        found.stream().noneMatch(x -> x.term().startsWith("的") || x.term().endsWith("的")),
        found.toString());
    // once it is in the lexicon it is no longer proposed
    List<TermDiscovery.Candidate> again =
        TermDiscovery.discover(
            List.of(text), new Segmenter(Lexicon.empty().with("靶点")), Set.of("靶点"), stop, 4, 3, 10);
    assertFalse(again.stream().anyMatch(x -> x.term().equals("靶点")));
  }

  @Test
  void proposesNoFragmentOfLongerWordsAndNoPhrase() {
    // 产阶级 stands in 无产阶级 and 资产阶级, both words the segmenter keeps whole: a fragment, free
    // as its boundary characters look (无/资 before, varied text after); 同各国 is a preposition and
    // its object
    String text =
        (String.join(
                    "\n",
                    List.of(
                        "无产阶级专政得到巩固。",
                        "资产阶级思想受到批判。",
                        "无产阶级革命取得胜利。",
                        "资产阶级自由化必须反对。",
                        "同各国发展友好关系。",
                        "我们同各国人民一道。",
                        "愿同各国加强合作。",
                        "同各国开展交流。"))
                + "\n")
            .repeat(3);
    Set<String> stop = Set.of("的", "了", "是", "我们");
    List<String> found =
        TermDiscovery.discover(
                List.of(text), new Segmenter(Lexicon.empty()), Set.of(), stop, 4, 3, 50)
            .stream()
            .map(TermDiscovery.Candidate::term)
            .toList();
    assertFalse(found.contains("产阶级"), found.toString());
    assertFalse(found.contains("同各国"), found.toString());
  }

  @Test
  void proposesNoClassifierOfANumber() {
    // 号航天员 always follows a number (神舟二十号, 十九号, 十八号): its 号 is the number's classifier
    String text =
        (String.join(
                    "\n",
                    List.of(
                        "神舟二十号航天员出征太空。",
                        "神舟十九号航天员平安返回。",
                        "神舟十八号航天员完成出舱。",
                        "神舟十七号航天员开展实验。",
                        "神舟十六号航天员进行授课。"))
                + "\n")
            .repeat(2);
    List<String> found =
        TermDiscovery.discover(
                List.of(text), new Segmenter(Lexicon.empty()), Set.of(), Set.of("的"), 4, 3, 50)
            .stream()
            .map(TermDiscovery.Candidate::term)
            .toList();
    assertFalse(found.contains("号航天员"), found.toString());
    // after a model name that ends in digits, a term is no classifier's
    String plane =
        (String.join(
                    "\n",
                    List.of(
                        "国产C919大飞机完成首飞。",
                        "C919大飞机交付用户。",
                        "首架C919大飞机投入运营。",
                        "关于C919大飞机的报道很多。",
                        "这是C919大飞机的新闻。",
                        "今年城市更新完成老旧小区改造，新增公共绿地。推进数字政务建设，企业开办时间压缩。",
                        "加快发展新能源汽车和集成电路产业，培育高新技术企业，科技创新贡献持续提升。"))
                + "\n")
            .repeat(2);
    List<TermDiscovery.Candidate> planes =
        TermDiscovery.discover(
            List.of(plane), new Segmenter(Lexicon.empty()), Set.of(), Set.of("的"), 4, 3, 50);
    assertTrue(planes.stream().anyMatch(c -> c.term().equals("大飞机")), planes.toString());
  }

  @Test
  void checksItsArguments() {
    Segmenter s = new Segmenter(Lexicon.empty());
    assertThrows(
        IllegalArgumentException.class,
        () -> TermDiscovery.discover(List.of("文本"), s, Set.of(), Set.of(), 1, 3, 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> TermDiscovery.discover(List.of("文本"), s, Set.of(), Set.of(), 4, 1, 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> TermDiscovery.discover(List.of("文本"), s, Set.of(), Set.of(), 4, 3, 0));
  }
}
