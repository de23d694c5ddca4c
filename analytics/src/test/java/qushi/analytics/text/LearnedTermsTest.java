package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedTermsTest {
  private static TermLearner.Term term(String t) {
    return new TermLearner.Term(t, t, 10, 10, 100, 0.5, 0.5, 0.5, 2, 2, 0, false);
  }

  private static final LearnedTerms LEARNED =
      new LearnedTerms(List.of(term("减税降费"), term("营商环境"), term("营商环境优化")));

  private static List<Token> tokens(String text, String... words) {
    List<Token> out = new java.util.ArrayList<>();
    int at = 0;
    for (String w : words) {
      at = text.indexOf(w, at);
      out.add(new Token(w, "n", at));
      at += w.length();
    }
    return out;
  }

  @Test
  void mergesTheLongestRunOfAdjacentTokensThatSpellsATerm() {
    String text = "营商环境优化，营商环境 持续";
    List<Token> merged =
        LEARNED.apply(tokens(text, "营", "商", "环境", "优化", "，", "营", "商", "环境", "持续"));
    assertEquals(
        List.of(
            new Token("营商环境优化", LearnedTerms.NATURE, 0),
            new Token("，", "n", 6),
            new Token("营商环境", LearnedTerms.NATURE, 7),
            new Token("持续", "n", 12)),
        merged);
    // tokens with a space between are not merged
    String spaced = "营商 环境";
    assertEquals(2, LEARNED.apply(tokens(spaced, "营商", "环境")).size());
  }

  /** Returns the words of the tokens written together, with {@code terms} kept whole. */
  private static List<String> kept(LearnedTerms terms, String... words) {
    return terms.apply(tokens(String.join("", words), words)).stream().map(Token::word).toList();
  }

  private static TermLearner.Term scored(String t, double npmi) {
    return new TermLearner.Term(t, t, 10, 10, 100, npmi, 0.5, 0.5, 2, 2, 0, false);
  }

  /**
   * Where terms overlap, the one merged with the higher NPMI is kept whole first, as the rounds of
   * learning decide, not the leftmost: 朝鲜半岛和平稳定 is 半岛/和平稳定 when 和平稳定 is the stronger unit, a term
   * inside the run before the stronger one is kept, and along a chain of three a term that lost to
   * its right neighbour takes nothing from its left one.
   */
  @Test
  void ofOverlappingTermsTheStrongestIsKeptWholeFirst() {
    String text = "朝鲜半岛和平稳定";
    List<Token> words = tokens(text, "朝鲜", "半岛", "和平", "稳定");
    LearnedTerms peace = new LearnedTerms(List.of(scored("半岛和平", 0.47), scored("和平稳定", 0.69)));
    List<Token> kept = peace.apply(words);
    assertEquals(List.of("朝鲜", "半岛", "和平稳定"), kept.stream().map(Token::word).toList());
    // 半岛和平, cut by the token of 和平稳定, is an overlap resolved, not an occurrence to cut again
    assertTrue(peace.misaligned(text, kept).isEmpty());
    assertEquals(1, peace.misaligned(text, words.subList(0, 3)).size(), "cut by 和平 alone");
    // the other way round the leftmost stays
    LearnedTerms peninsula = new LearnedTerms(List.of(scored("半岛和平", 0.69), scored("和平稳定", 0.47)));
    assertEquals(
        List.of("朝鲜", "半岛和平", "稳定"), peninsula.apply(words).stream().map(Token::word).toList());
    // a shorter term of the run before the stronger one is kept: 朝鲜半岛 / 和平稳定
    LearnedTerms three =
        new LearnedTerms(List.of(scored("朝鲜半岛", 0.5), scored("朝鲜半岛和平", 0.4), scored("和平稳定", 0.69)));
    assertEquals(List.of("朝鲜半岛", "和平稳定"), three.apply(words).stream().map(Token::word).toList());
    // strongest first along a chain: 和平稳定 beats 地区和平, which leaves 中东地区 whole beside it
    String chain = "中东地区和平稳定";
    LearnedTerms region =
        new LearnedTerms(List.of(scored("中东地区", 0.5), scored("地区和平", 0.6), scored("和平稳定", 0.69)));
    List<Token> regionKept = region.apply(tokens(chain, "中东", "地区", "和平", "稳定"));
    assertEquals(List.of("中东地区", "和平稳定"), regionKept.stream().map(Token::word).toList());
    assertEquals(List.of(0, 4), regionKept.stream().map(Token::offset).toList());
    assertTrue(region.misaligned(chain, regionKept).isEmpty());
    // and the weakest in the middle of a chain is the one dropped, whatever the order of the others
    LearnedTerms middle =
        new LearnedTerms(List.of(scored("中东地区", 0.69), scored("地区和平", 0.3), scored("和平稳定", 0.5)));
    assertEquals(List.of("中东地区", "和平稳定"), kept(middle, "中东", "地区", "和平", "稳定"));
    // where two runs meet, a term one of them holds there speaks for it (人才队伍 of 人才队伍建设)
    LearnedTerms team =
        new LearnedTerms(List.of(scored("高端人才", 0.5), scored("人才队伍", 0.7), scored("人才队伍建设", 0.4)));
    assertEquals(List.of("高端", "人才队伍建设"), kept(team, "高端", "人才", "队伍", "建设"));
    // but not a term both hold (固定资产投资 of either), which tells nothing between them
    LearnedTerms scale =
        new LearnedTerms(
            List.of(scored("固定资产投资", 0.8), scored("控制固定资产投资", 0.4), scored("固定资产投资总规模", 0.6)));
    assertEquals(List.of("控制", "固定资产投资总规模"), kept(scale, "控制", "固定资产", "投资", "总规模"));
    // a term learned from quotation marks has no NPMI and wins over any it overlaps
    LearnedTerms quoted =
        new LearnedTerms(
            List.of(scored("半岛和平", 0.9), TermLearner.Term.unscored("和平稳定", "和平/稳定", 5, 2, false)));
    assertEquals(
        List.of("朝鲜", "半岛", "和平稳定"), quoted.apply(words).stream().map(Token::word).toList());
  }

  @Test
  void findsWhetherATextHoldsOneOfSomeTerms() {
    LearnedTerms dropped = LEARNED.only(java.util.Set.of("营商环境优化", "不是所学"));
    assertEquals(List.of("营商环境优化"), dropped.terms().stream().map(TermLearner.Term::term).toList());
    assertTrue(dropped.in("持续推动营商环境优化。"));
    assertTrue(dropped.in("营商环境优化"), "at the very end");
    assertFalse(dropped.in("营商环境优"), "a prefix only");
    assertFalse(dropped.in("营商环境持续优化"));
    assertTrue(LEARNED.in("营商环境优"), "营商环境 is one of all the terms");
    assertFalse(LearnedTerms.none().in("营商环境"));
  }

  @Test
  void anOccurrenceCutAcrossATokenIsMisaligned() {
    String text = "实施减税降费约2万亿元";
    List<int[]> crossing =
        LEARNED.misaligned(text, tokens(text, "实施", "减税", "降", "费约", "2", "万亿", "元"));
    assertEquals(1, crossing.size());
    assertArrayEquals(new int[] {2, 6}, crossing.get(0), "减税降费 at characters 2..6");
    List<Token> good = LEARNED.apply(tokens(text, "实施", "减税", "降", "费", "约", "2", "万亿", "元"));
    assertTrue(LEARNED.misaligned(text, good).isEmpty());
    // inside one longer token is not misaligned
    String inside = "营商环境优化";
    assertTrue(LEARNED.misaligned(inside, List.of(new Token(inside, "nz", 0))).isEmpty());
  }

  @Test
  void theSegmenterSegmentsAgainWhereTheCutWasWrong() {
    Segmenter plain = new Segmenter(Lexicon.empty());
    Segmenter learned = new Segmenter(Lexicon.empty(), LEARNED);
    String text = "实施减税降费约2万亿元。";
    // the segmenter alone glues 费 to the next character
    assertTrue(plain.segmentToString(text).contains("费约"), plain.segmentToString(text));
    assertEquals("实施 减税降费 约 2 万亿 元 。", learned.segmentToString(text));
    assertEquals(learned.segment(text), learned.withLearned(text, plain.segment(text)));
  }
}
