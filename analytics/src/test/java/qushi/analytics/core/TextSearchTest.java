package qushi.analytics.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
