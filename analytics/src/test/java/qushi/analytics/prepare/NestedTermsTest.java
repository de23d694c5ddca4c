package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.TermLearner;

class NestedTermsTest {
  private static TermLearner.Term learned(String term, String pieces) {
    return new TermLearner.Term(term, pieces, 10, 10, 100, 0.5, 0.5, 0.5, 2, 2, 0, false);
  }

  @Test
  void aLearnedTermCountsForTheTermsThatRunsOfItsPiecesSpell() {
    Vocabulary v =
        new Vocabulary(
            List.of("中国", "体系", "发展中国家", "国家", "标准", "标准体系", "智能制造", "智能制造标准", "智能制造标准体系", "的"));
    int[][] nested =
        nested(
            v,
            List.of("中国", "体系", "发展中国家", "国家", "标准", "智能制造", "智能制造标准", "智能制造标准体系"),
            learned("智能制造标准体系", "智能制造/标准/体系"),
            learned("发展中国家", "发展中/国家"),
            learned("没有的词", "没有/的/词"));
    // every run short of the whole that is a term; 标准体系 is a word of the corpus but no term
    assertArrayEquals(ids(v, "体系", "标准", "智能制造", "智能制造标准"), nested[v.id("智能制造标准体系")]);
    // 国家 is a piece; 中国 stands across two pieces, so no run spells it
    assertArrayEquals(ids(v, "国家"), nested[v.id("发展中国家")]);
    for (String w : List.of("中国", "体系", "国家", "标准", "智能制造", "智能制造标准", "的")) {
      assertArrayEquals(new int[0], nested[v.id(w)], w);
    }
    // a passage's terms, each followed by what it also counts for
    int[] passage = {v.id("智能制造标准体系"), v.id("国家"), v.id("发展中国家")};
    int[] inside = ids(v, "体系", "标准", "智能制造", "智能制造标准");
    int[] expected = Arrays.copyOf(passage, passage.length + inside.length + 1);
    System.arraycopy(inside, 0, expected, passage.length, inside.length);
    expected[expected.length - 1] = v.id("国家");
    assertArrayEquals(expected, NestedTerms.with(passage, nested));
    // a passage without learned terms is returned as it is
    int[] plain = {v.id("国家"), v.id("标准")};
    assertArrayEquals(plain, NestedTerms.with(plain, nested));
  }

  @Test
  void aQuotedTermAndAForeignNameCountForNothingInside() {
    Vocabulary v = new Vocabulary(List.of("一", "公里", "最后", "最后一公里", "斯基", "泽连斯基"));
    double nan = Double.NaN;
    int[][] nested =
        nested(
            v,
            List.of("公里", "最后", "最后一公里", "斯基", "泽连斯基"),
            new TermLearner.Term("最后一公里", "最后/一/公里", 9, 9, nan, nan, nan, nan, nan, nan, 3, false),
            new TermLearner.Term("泽连斯基", "泽/连/斯基", 9, 9, nan, nan, nan, nan, nan, nan, 0, true));
    assertArrayEquals(new int[0], nested[v.id("最后一公里")]);
    assertArrayEquals(new int[0], nested[v.id("泽连斯基")]);
  }

  @Test
  void aLearnedTermThatIsNoTermCountsForNothing() {
    Vocabulary v = new Vocabulary(List.of("标准", "智能制造", "智能制造标准"));
    int[][] nested = nested(v, List.of("标准", "智能制造"), learned("智能制造标准", "智能制造/标准"));
    assertArrayEquals(new int[0], nested[v.id("智能制造标准")]);
  }

  /** The nested terms of {@code learned} over {@code v}, of which {@code terms} are terms. */
  private static int[][] nested(Vocabulary v, List<String> terms, TermLearner.Term... learned) {
    boolean[] isTerm = new boolean[v.size()];
    for (String w : terms) isTerm[v.id(w)] = true;
    return NestedTerms.of(v.size(), v::id, isTerm, List.of(learned));
  }

  private static int[] ids(Vocabulary v, String... words) {
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) out[i] = v.id(words[i]);
    Arrays.sort(out);
    return out;
  }
}
