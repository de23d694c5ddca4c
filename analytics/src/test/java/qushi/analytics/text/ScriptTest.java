package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptTest {
  @Test
  void theShareOfChineseCharactersThatConversionChanges() {
    // 社會主義建設: 會, 義 and 設 change (社会主义建设), 社, 主 and 建 do not; Latin letters and
    // punctuation are not counted
    assertEquals(3 / 6.0, Script.traditionalShare("社會主義建設, AI。"), 1e-12);
    assertEquals(0, Script.traditionalShare("社会主义现代化建设。"), 1e-12);
    assertEquals(0, Script.traditionalShare("GDP 2024"), 1e-12);
    assertEquals(0, Script.traditionalShare(""), 1e-12);
  }

  @Test
  void onlyTheStartOfALongTextIsRead() {
    String text = "社会主义".repeat(Script.SAMPLE / 4) + "社會主義".repeat(1000);
    assertEquals(0, Script.traditionalShare(text), 1e-12);
  }

  @Test
  void aQueryIsMadeSimplifiedOnlyByTraditionalToSimplifiedPairs() {
    // 乾 stands in the text and 干 does not: a reader may type 干 for it, but --t2s leaves 干 as it
    // is, so the page must not turn it into 乾
    var variants = Script.variants(java.util.List.of("春风吹过乾隆年间"));
    assertEquals("乾", variants.get("干"));
    assertEquals(java.util.Map.of("過", "过", "間", "间", "風", "风"), Script.toSimplified(variants));
  }

  @Test
  void hongKongsFormsConvertAsTaiwansDoAndAPhraseThatKeepsACharacterKeepsIt() {
    // HanLP's general conversion leaves 衞 (Hong Kong's 衛) and 敍 (敘) as they are
    assertEquals("医疗卫生，叙述，麻痹", Script.simplifiedText("醫療衞生，敍述，麻痺"));
    assertEquals("医疗卫生，叙述", Script.simplifiedText("醫療衛生，敘述"));
    assertEquals("乾隆年间", Script.simplifiedText("乾隆年間"));
    // the shadow the segmenter reads, character by character
    assertEquals("卫生", Script.simplifiedShadow("衞生"));
    // the conversion's form, and the form a Taiwan text converted with --t2s still writes; the
    // other spellings a corpus holds are found by reading its text as the query is read
    assertEquals(java.util.List.of("衛生"), Script.otherForms("卫生"));
    assertEquals(java.util.List.of("隨着", "随著"), Script.otherForms("随着"));
    assertEquals(
        java.util.List.of(), Script.otherForms("着"), "one character: 著 is a word of its own");
    assertEquals("随着 显着", Script.readingShadow("隨著 顯著"));
    assertEquals("随着 显着", Script.readingShadow("随着 显著"));
    // the page converts a query character by character: both forms of 卫 lead to it
    var page = Script.toSimplified(Script.variants(java.util.List.of("卫生")));
    assertEquals(java.util.Map.of("衛", "卫", "衞", "卫"), page);
  }

  @Test
  void aCorpusInBothScriptsMapsEachCharacterItWritesBothWaysToItsOtherForm() {
    // 国 and 國 both stand in it; 家 has one form; 发 and 风 stand without 發 and 風
    var both = Script.bothForms(java.util.List.of("国家发展", "國家安全", "春风"));
    assertEquals(java.util.Map.of("国", "國", "國", "国"), both);
  }
}
