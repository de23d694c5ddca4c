package qushi.analytics.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TextSearchTest {
  @Test
  void aLatinEdgeMatchesOnlyBesideNoOtherLatinLetterOrDigit() {
    String text = "AI赋能，OpenAI与AIGC；again的AI，5G和15G，ChatGPT与GPT-4，Café的é。";
    assertEquals(2, TextSearch.occurrences(text, "AI")); // AI赋能, 的AI; not OpenAI, AIGC
    assertEquals(0, TextSearch.occurrences(text, "ai")); // not in again: letters match as typed
    assertEquals(1, TextSearch.occurrences(text, "5G")); // not 15G
    assertEquals(1, TextSearch.occurrences(text, "GPT")); // GPT-4, not ChatGPT
    assertEquals(0, TextSearch.occurrences(text, "Caf")); // é is a Latin letter too
  }

  @Test
  void chineseEdgesMatchAnywhereAndOccurrencesDoNotOverlap() {
    assertEquals(2, TextSearch.occurrences("人工智能人工智能", "人工智能"));
    assertEquals(0, TextSearch.occurrences("OpenAI芯片", "AI芯片"));
    assertEquals(1, TextSearch.occurrences("采用AI芯片", "AI芯片"));
    assertEquals(2, TextSearch.occurrences("啊啊啊啊", "啊啊"));
    assertEquals(1, TextSearch.occurrences("xAIx AI", "AI"));
    assertEquals(0, TextSearch.occurrences("AI", ""));
    assertEquals(-1, TextSearch.find("OpenAI", "AI", 0));
    assertEquals(7, TextSearch.find("OpenAI AI", "AI", 0));
  }

  @Test
  void manyQueriesAtOnceCountWhatEachCountsAlone() {
    List<String> texts =
        List.of(
            "加沙地带北部和加沙地带南部，巴勒斯坦加沙地带。啊啊啊啊啊",
            "AI赋能，OpenAI与AIGC；的AI。AI芯片与OpenAI芯片，5G和15G",
            "",
            "地带加沙地带加沙");
    List<String> queries =
        List.of("加沙地带", "加沙地带北部", "地带", "啊啊", "AI", "AI芯片", "5G", "G", "", "加沙地带", "无");
    long[] each = new long[queries.size()];
    for (int q = 0; q < queries.size(); q++) {
      for (String t : texts) each[q] += TextSearch.occurrences(t, queries.get(q));
    }
    // worked out by hand: 加沙地带 3 + 1, nested 加沙地带北部 once, 地带 3 + 2, 啊啊 twice in five,
    // AI in AI赋能 and 的AI and AI芯片, AI芯片 once (not in OpenAI芯片), 5G once (not 15G), G twice
    // (5G and 15G: its edge is Latin, beside a digit: none), the empty query none, the repeated
    // query the same, 无 none
    assertArrayEquals(new long[] {4, 1, 5, 2, 3, 1, 1, 0, 0, 4, 0}, each);
    assertArrayEquals(each, TextSearch.occurrences(texts, queries));
    assertArrayEquals(new long[0], TextSearch.occurrences(texts, List.of()));
    assertArrayEquals(new long[] {0}, TextSearch.occurrences(List.of(), List.of("加沙")));
  }

  /** A search that adds what it finds to a map: {@link TextSearch#enclosing} or otherCase. */
  private interface Finder {
    void find(String text, String query, Map<String, Integer> into);
  }

  private static Map<String, Integer> found(Finder finder, String text, String query) {
    Map<String, Integer> into = new TreeMap<>();
    finder.find(text, query, into);
    return into;
  }

  @Test
  void theLatinStringsThatHoldAQueryWhereItIsNotFoundAreNamedWithTheirTimes() {
    String text = "AI赋能，OpenAI与AIGC；OpenAI的AI，WWDC21与WWDC22、WWDC21，AIAI。OpenAI芯片与AI芯片";
    // each string once however often AI stands in it; AI赋能 and 的AI are found, so not named
    assertEquals(
        Map.of("OpenAI", 3, "AIGC", 1, "AIAI", 1), found(TextSearch::enclosing, text, "AI"));
    assertEquals(Map.of("WWDC21", 2, "WWDC22", 1), found(TextSearch::enclosing, text, "WWDC"));
    assertEquals(Map.of("OpenAI芯片", 1), found(TextSearch::enclosing, text, "AI芯片"));
    // no Latin edge: found wherever it stands
    assertEquals(Map.of(), found(TextSearch::enclosing, text, "芯片"));
  }

  @Test
  void otherLetterCaseIsFoundWholeAtItsLatinEdges() {
    String text = "Ai赋能，OpenAI与ai；AI芯片、aI，Café与CAFÉ，Ai。";
    // "ai" itself is not another spelling; OpenAI holds AI beside a Latin letter: not found
    assertEquals(Map.of("AI", 1, "Ai", 2, "aI", 1), found(TextSearch::otherCase, text, "ai"));
    assertEquals(Map.of("Café", 1, "CAFÉ", 1), found(TextSearch::otherCase, text, "café"));
    // no Latin letter: no case
    assertEquals(Map.of(), found(TextSearch::otherCase, text, "赋能"));
  }
}
