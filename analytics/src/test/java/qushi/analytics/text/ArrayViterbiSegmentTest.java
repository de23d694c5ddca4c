package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The array-based first pass cuts every sentence exactly as HanLP's Viterbi segmenter does. */
class ArrayViterbiSegmentTest {
  /**
   * Sentences that take the rarer paths: atoms, numbers, Latin, names added by recognition, ties.
   */
  private static final List<String> ODD =
      List.of(
          "王小明和李晓红昨天在北京见面，张伟说：“欢迎”。",
          "特朗普会见了马克龙，普京与朔尔茨通电话。",
          "国务院总理李强主持召开国务院常务会议，何立峰、丁薛祥出席。",
          "增长3.5%，达到1,234.56亿元，三千五百万人，第十四个五年规划。",
          "２０２１年ＧＤＰ增长８．１％，ABC公司与IPv6、5G、COVID-19。",
          "Ⅳ号线和①②③，《规划》第三条（一）项。",
          "😀数据要素×行动计划🚀，α粒子与β衰变。",
          // paths of equal weight: the first found is kept, as HanLP keeps it
          "哈哈哈哈哈",
          "#人人人人人你人人人人人#有钱能让人呼呼呼",
          // an atom where a dictionary word of its length starts (C一一); a name whose neighbours
          // keep the first pass's predecessors in the second pass (中国人 → 中国/人)
          "C一一王小明/",
          "中国人马克龙",
          "一",
          "。",
          "                ",
          "十二三四五六七八九十百千万亿零〇两");

  private static Segment configured(Segment segment, DynamicCustomDictionary dict, boolean names) {
    return Segmenter.configured(segment, dict, names);
  }

  private static List<String> seedLines() throws IOException {
    List<String> lines = new ArrayList<>(ODD);
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.readString(f).lines().filter(l -> !l.isBlank()).forEach(lines::add);
      }
    }
    return lines;
  }

  private static String cut(Segment segment, String line) {
    StringBuilder sb = new StringBuilder();
    for (Term t : segment.seg(line))
      sb.append(t.word).append('/').append(t.nature).append('@').append(t.offset).append(' ');
    return sb.toString();
  }

  @Test
  void cutsTheSeedsAndOddSentencesAsHanLPDoes() throws IOException {
    // HanLP's bundled custom dictionary and the bundled lexicon in a trie of its own, as Segmenter
    // builds them: both merge passes of the custom dictionary are taken
    DynamicCustomDictionary dict = Segmenter.dictionary(Lexicon.bundled(), LearnedTerms.none());
    List<String> lines = seedLines();
    assertTrue(lines.size() > 1000, "seed lines: " + lines.size());
    // one net serves sentence after sentence: a line longer than the lines whose arrays it keeps,
    // then short ones again
    StringBuilder longLine = new StringBuilder();
    for (int i = 0; longLine.length() < 70_000; i++) longLine.append(lines.get(i % lines.size()));
    lines.add(longLine.toString());
    lines.addAll(ODD);
    for (boolean names : new boolean[] {true, false}) {
      Segment hanlp = configured(new ViterbiSegment(), dict, names);
      Segment own = configured(new ArrayViterbiSegment(), dict, names);
      for (String line : lines) {
        assertEquals(cut(hanlp, line), cut(own, line), "names " + names + ": " + line);
      }
    }
  }

  @Test
  void takesTheSecondPassWhereRecognitionAddsANameInNoDictionary() {
    // 王小明 and 李晓红 are in no dictionary: recognition makes them, and the sentence is cut again
    // with them (compared with HanLP above; here: the path is taken at all)
    String sentence = "王小明和李晓红昨天在北京见面，张伟说：“欢迎”。";
    assertTrue(ODD.contains(sentence));
    Segment own = configured(new ArrayViterbiSegment(), CustomDictionary.DEFAULT, true);
    List<String> words = own.seg(sentence).stream().map(t -> t.word).toList();
    assertTrue(words.contains("王小明") && words.contains("李晓红"), words.toString());
    assertTrue(!CoreDictionary.contains("王小明") && !CoreDictionary.contains("李晓红"));
    List<String> plain =
        configured(new ArrayViterbiSegment(), CustomDictionary.DEFAULT, false)
            .seg(ODD.get(0))
            .stream()
            .map(t -> t.word)
            .toList();
    assertTrue(!plain.contains("王小明"), plain.toString());
  }

  @Test
  void leavesAConfigurationItDoesNotCoverToHanLP() {
    // place recognition is HanLP's (彭阳县, 黑牛沟村 are found by it alone), and so is a text HanLP
    // cuts in threads of its own (a sentence each, at once: the remembered weights are unguarded)
    String places = "蓝翔给宁夏固原市彭阳县红河镇黑牛沟村捐赠了挖掘机";
    assertTrue(cut(new ArrayViterbiSegment().enablePlaceRecognize(true), places).contains("黑牛沟村"));
    Segment hanlp = new ViterbiSegment().enablePlaceRecognize(true).enableOffset(true);
    Segment own = new ArrayViterbiSegment().enablePlaceRecognize(true).enableOffset(true);
    String longText = String.join("", java.util.Collections.nCopies(400, ODD.get(1) + ODD.get(2)));
    Segment hanlpThreads = new ViterbiSegment().enableMultithreading(2).enableOffset(true);
    Segment ownThreads = new ArrayViterbiSegment().enableMultithreading(2).enableOffset(true);
    for (String line : ODD) assertEquals(cut(hanlp, line), cut(own, line), line);
    assertEquals(cut(hanlp, places), cut(own, places));
    assertEquals(cut(hanlpThreads, longText), cut(ownThreads, longText));
  }
}
