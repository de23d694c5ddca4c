package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.text.Passage;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextOptions;

class LearnedTermsPreparedTest {
  @TempDir Path dir;

  private static final String[] SUBJECTS = {"国务院", "各地", "有关部门", "地方政府", "财政部门", "央行", "各省", "发改委"};
  private static final String[] OBJECTS = {"稳定就业", "扩大投资", "促进消费", "保障民生", "防范风险"};

  /** What follows the second 财经纪律 of a line: each word four times, too rare to be merged. */
  private static final String[] AFTER = {
    "有力", "有效", "精准", "及时", "得当", "见效", "稳健", "灵活", "适度", "持续"
  };

  /**
   * Two years of sentences in which 财经纪律 (split by the segmenter, in no lexicon) recurs in varied
   * contexts.
   */
  private static Corpus corpus() {
    return corpus("");
  }

  /** The corpus, with {@code more} at the end of its first year. */
  private static Corpus corpus(String more) {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      StringBuilder t = i % 2 == 0 ? a : b;
      t.append(SUBJECTS[i % 8])
          .append("加强财经纪律，")
          .append(OBJECTS[i % 5])
          .append("。财经纪律")
          .append(AFTER[i % 10])
          .append("。\n");
    }
    return Corpus.ofTexts(2023, a + more, 2024, b.toString());
  }

  private static TermLearner.Term find(PreparedCorpus p, String term) {
    return p.learnedTerms().stream().filter(t -> t.term().equals(term)).findFirst().orElse(null);
  }

  @Test
  void aForeignNameTheSegmenterCutIsOneTokenInEveryAnalysis() {
    // 顿涅茨克, which HanLP cuts 顿/涅/茨/克, in eight sentences of two years
    String[] verbs = {"控制", "进攻", "包围", "袭击"};
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      (i < 4 ? a : b).append("俄军").append(verbs[i % 4]).append("顿涅茨克的一个定居点。\n");
    }
    PreparedCorpus p = PreparedCorpus.of(Corpus.ofTexts(2023, a.toString(), 2024, b.toString()));
    TermLearner.Term t = find(p, "顿涅茨克");
    assertTrue(t != null && t.transliterated(), () -> String.valueOf(p.learnedTerms()));
    assertEquals(8, t.frequency());
    int id = p.vocabulary().id("顿涅茨克");
    assertTrue(id >= 0);
    // its tokens are as many as a text search finds, year by year
    assertEquals(
        List.of(4L, 4L), p.count(List.of("顿涅茨克")).stream().map(c -> (long) c.count()).toList());
    assertEquals(-1, p.vocabulary().id("涅"));
  }

  /**
   * A microblog's hashtag tagged in two posts is one word wherever it stands, as a quoted term is,
   * and its pieces are no words there; "#" beside a letter (C#), a tag written with a space and a
   * tag of one post are not.
   */
  @Test
  void aHashtagOfTwoPostsIsOneWord() {
    String a = "《说英雄谁是英雄》今晚开播。#说英雄谁是英雄# 一起看吧。\n" + "我们学习C#语言和F#语言。\n" + "#少年 时光# 分享。\n";
    String b = "#说英雄谁是英雄#大结局，谢谢大家。\n#三月的晴天里#，出门走走。\n用C#语言和F#语言编程。\n#少年 时光# 再见。\n";
    PreparedCorpus p = PreparedCorpus.of(Corpus.ofTexts(2023, a, 2024, b));
    TermLearner.Term tag = find(p, "说英雄谁是英雄");
    assertTrue(tag != null, () -> String.valueOf(p.learnedTerms()));
    assertEquals(2, tag.quoted(), "posts that tag it");
    assertEquals(3, tag.frequency(), "its runs of whole tokens, tagged or in 《》");
    // one token a year in 2023 (in 《》 and tagged) is two, in 2024 one; a text search agrees
    assertEquals(
        List.of(2L, 1L), p.count(List.of("说英雄谁是英雄")).stream().map(c -> (long) c.count()).toList());
    assertTrue(p.vocabulary().id("说英雄谁是英雄") >= 0);
    assertEquals(-1, p.vocabulary().id("英雄"), "its pieces are no words of their own");
    for (String t : List.of("语言和F", "少年时光", "三月的晴天里")) {
      assertEquals(null, find(p, t), t);
    }
    // a tag after a Han character, and tags side by side
    String c = "昨晚看了#新剧推荐#很好看。\n#话题一##话题二#今天。\n#新冠·防控#发布会议程#春日出游#。\n";
    String d = "大家都在看#新剧推荐#呢。\n#话题一##话题二#明天。\n#春日出游#去哪。\n#新冠·防控#发布会议程#春日出游#。\n";
    PreparedCorpus q = PreparedCorpus.of(Corpus.ofTexts(2023, c, 2024, d));
    for (String t : List.of("新剧推荐", "话题一", "话题二", "春日出游")) {
      assertTrue(q.vocabulary().id(t) >= 0, () -> t + " in " + q.learnedTerms());
    }
    assertEquals(null, find(q, "发布会议程"), "the closing mark of a tag with a mark inside opens none");
  }

  /** Two years of twelve sentences each that name 农民专业合作社 between varied words. */
  private static String[] cooperatives() {
    String[] before = {"本省", "各地", "支持", "鼓励", "引导", "扶持"};
    String[] after = {"依法登记", "成员大会", "章程", "理事长", "财务制度", "经营收入", "盈余分配"};
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      (i % 2 == 0 ? a : b)
          .append(before[i % 6])
          .append("农民专业合作社")
          .append(after[i % 7])
          .append("。\n");
    }
    return new String[] {a.toString(), b.toString()};
  }

  /**
   * A term of the bundled lexicon may be the head of a learned term (合作社 of 农民专业合作社, the legal form
   * a corpus of rural law names hundreds of times), while a term of the user's lexicon is kept as
   * it is.
   */
  @Test
  void aBundledTermMayHeadALearnedOneAndAUserTermMayNot(@TempDir Path dir) throws IOException {
    assertTrue(qushi.analytics.text.Lexicon.bundled().contains("合作社"));
    String[] years = cooperatives();
    Corpus c = Corpus.ofTexts(2023, years[0], 2024, years[1]);
    PreparedCorpus p = PreparedCorpus.of(c);
    assertEquals(24, find(p, "农民专业合作社").frequency(), p.learnedTerms().toString());
    assertTrue(p.vocabulary().id("农民专业合作社") >= 0);
    Path lex = dir.resolve("lexicon.txt");
    Files.writeString(lex, "合作社 n 1000\n");
    PreparedCorpus own = PreparedCorpus.of(c, TextOptions.defaults().withLexicon(lex));
    assertTrue(
        own.learnedTerms().stream().noneMatch(t -> t.term().contains("合作社")),
        own.learnedTerms().toString());
  }

  /**
   * A learned term's token counts also for the terms its pieces spell (合作社, a bundled term, inside
   * the learned 农民专业合作社): the term's frequency is then what a text search finds, year by year, in
   * the counts that every table reads, while the token stays one and the years' term tokens are the
   * tokens that are terms.
   */
  @Test
  void aTermInsideALearnedOneIsCountedThereToo() {
    String[] years = cooperatives();
    PreparedCorpus p =
        PreparedCorpus.of(
            Corpus.ofTexts(
                2023, years[0] + "这个合作社很大。\n".repeat(3), 2024, years[1] + "那个合作社很小。\n".repeat(2)));
    TermLearner.Term t = find(p, "农民专业合作社");
    assertTrue(t != null, p.learnedTerms().toString());
    assertTrue(t.pieces().endsWith("/合作社"), t.pieces());
    int id = p.vocabulary().id("合作社");
    // 12 + 3 and 12 + 2: as many as the text search finds
    assertEquals(List.of(15L, 14L), p.count("合作社").stream().map(c -> (long) c.count()).toList());
    assertEquals(15, p.counts().year(2023).count()[id]);
    assertEquals(14, p.counts().year(2024).count()[id]);
    // the passages that hold it are those whose text holds it
    long holding = p.passages().stream().filter(x -> p.text(x).contains("合作社")).count();
    assertEquals(holding, p.counts().termPassages(id));
    // the learned term is still one token, and the years' term tokens count tokens, once each
    assertEquals(24, t.frequency());
    assertFalse(String.join(" ", p.segmented(null)).contains(" 合作社 依法"));
    for (YearStats s : p.stats()) {
      long terms = 0;
      for (Passage passage : p.passages()) {
        if (passage.year() == s.year()) terms += p.terms(passage.index()).length;
      }
      assertEquals(terms, s.termTokens(), "term tokens of " + s.year());
      long counted = 0;
      for (long c : p.counts().year(s.year()).count()) counted += c;
      assertTrue(counted >= terms + 12, counted + " counted, " + terms + " term tokens");
    }
  }

  @Test
  void aTermThatALongerOneTakesUnderTheLeastCountIsDropped() {
    // the segmenter cuts the name 冈村宁次 as 冈/村/宁次 or as 冈/村宁/次, by context: the learner
    // joins both 冈/村/宁次 and 冈/村宁 (seven times), but whole, the name takes all but one 冈村宁
    String[] before = {"总司令", "战犯", "释放", "逮捕", "罪魁", "统帅", "命令", "判决", "惩办", "监禁", "押解", "审判"};
    String[] after = {"和部下", "大将", "无罪", "一起", "率部", "的命令", "投降", "回国", "受审", "出庭", "逃走", "认罪"};
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      (i < 12 ? a : b)
          .append("报道说，日军")
          .append(before[i % 12])
          .append("冈村宁次")
          .append(after[i * 5 % 12])
          .append("，各界十分关注。\n\n");
    }
    b.append("报道又说，冈村宁的名字见于文件。\n");
    // the segmenter alone cuts 冈/村宁 often enough for the learner to join it (≥ 5 times)
    qushi.analytics.text.Segmenter plain =
        qushi.analytics.text.TextPipeline.of(TextOptions.defaults()).segmenter();
    List<qushi.analytics.text.Token> cut = plain.segmentPlain(a.toString() + b);
    int pieces = 0;
    for (int k = 0; k + 1 < cut.size(); k++) {
      if (cut.get(k).word().equals("冈") && cut.get(k + 1).word().equals("村宁")) pieces++;
    }
    assertTrue(pieces >= TermLearner.MIN_COUNT, "冈/村宁 " + pieces + " times");
    PreparedCorpus p =
        PreparedCorpus.of(
            Corpus.ofTexts(1946, a.toString(), 1949, b.toString()), TextOptions.defaults());
    assertEquals(24, find(p, "冈村宁次").frequency());
    // a term of one token is under the learner's least count (5): not a learned term
    assertEquals(null, find(p, "冈村宁"), p.learnedTerms().toString());
    for (TermLearner.Term t : p.learnedTerms()) {
      assertTrue(t.frequency() >= TermLearner.MIN_COUNT || t.quoted() > 0, t.toString());
    }
    // its one occurrence is cut as the segmenter cuts it; counts still equal the text search
    assertEquals(25, p.count("冈村宁").stream().mapToInt(TermCount::count).sum());
    assertFalse(p.vocabularyWords().contains("冈村宁"));
  }

  @Test
  void aLearnedTermIsOneTokenEverywhereAndCountsAsATerm() {
    PreparedCorpus p = PreparedCorpus.of(corpus(), TextOptions.defaults());
    TermLearner.Term t = find(p, "财经纪律");
    assertTrue(t != null, p.learnedTerms().toString());
    assertEquals("财经/纪律", t.pieces());
    // its count as a token equals the text search of the cleaned text: every occurrence is whole
    int occurrences = p.count("财经纪律").stream().mapToInt(TermCount::count).sum();
    assertEquals(80, occurrences);
    assertEquals(occurrences, t.frequency());
    String segmented = String.join(" ", p.segmented(null));
    assertTrue(segmented.contains(" 财经纪律 "), segmented);
    assertFalse(segmented.contains("财经 纪律"), segmented);
    int id = p.vocabulary().id("财经纪律");
    assertEquals(40, p.counts().year(2023).count()[id]);
  }

  /**
   * A learned term's occurrences are what {@code count} finds in the text, its frequency its tokens
   * (and pieces of learned terms, none here): 财经纪律 inside 理财经纪律师 (理财/经纪/律师) is text but no token of
   * it, and no run of those pieces spells it.
   */
  @Test
  void aLearnedTermsOccurrencesAreTheTextSearchsAndItsFrequencyItsTokens() {
    PreparedCorpus p =
        PreparedCorpus.of(corpus("理财经纪律师事务所开业。\n".repeat(3)), TextOptions.defaults());
    TermLearner.Term t = find(p, "财经纪律");
    assertTrue(t != null, p.learnedTerms().toString());
    assertEquals(80, t.frequency());
    assertEquals(83, t.occurrences());
    for (TermLearner.Term each : p.learnedTerms()) {
      int found = p.count(each.term()).stream().mapToInt(TermCount::count).sum();
      assertEquals(found, each.occurrences(), each.term());
      assertTrue(each.frequency() <= each.occurrences(), each::toString);
    }
  }

  /**
   * Eight years, each one document whose sections are headed alike ("## 财经纪律", "## 工作安排"), as a
   * programme or a template frames every issue; {@code inBody} sentences of the body say 财经纪律 too.
   */
  private static Corpus framed(int inBody) {
    Object[] pairs = new Object[16];
    for (int y = 0; y < 8; y++) {
      StringBuilder t = new StringBuilder("## 财经纪律\n");
      for (int i = 0; i < 5; i++) {
        t.append(SUBJECTS[(y + i) % 8]).append("要").append(OBJECTS[(y + i) % 5]);
        String verb = new String[] {"严守", "遵守", "执行", "落实", "严肃"}[(y + i) % 5];
        t.append(y * 5 + i < inBody ? "，" + verb + "财经纪律" : "，做好各项工作").append("。\n");
      }
      t.append("## 工作安排\n").append(SUBJECTS[y]).append("部署").append(OBJECTS[y % 5]).append("。\n");
      pairs[2 * y] = 2016 + y;
      pairs[2 * y + 1] = t.toString();
    }
    return Corpus.ofTexts(pairs);
  }

  @Test
  void noTermIsLearnedFromAHeadingThatFramesTheDocuments() {
    PreparedCorpus headed = PreparedCorpus.of(framed(0), TextOptions.defaults());
    assertEquals("财经纪律", headed.documents().get(0).sections().get(0).title());
    assertEquals(null, find(headed, "财经纪律"), headed.learnedTerms().toString());
    // the heading is still text: counted and segmented as the segmenter cuts it
    assertEquals(8, headed.count("财经纪律").stream().mapToInt(TermCount::count).sum());
    assertTrue(String.join(" ", headed.segmented(null)).contains("财经 纪律"));
    // said in the body as well, it is learned from the body, and then whole in the heading too
    PreparedCorpus said = PreparedCorpus.of(framed(20), TextOptions.defaults());
    TermLearner.Term t = find(said, "财经纪律");
    assertTrue(t != null, said.learnedTerms().toString());
    int id = said.vocabulary().id("财经纪律");
    long tokens = 0;
    for (int y = 2016; y <= 2023; y++) tokens += said.counts().year(y).count()[id];
    // every occurrence in the cleaned text is one token, the eight headings' too, but the words of
    // a heading that frames the documents are no terms: furniture, not what the documents say
    int occurrences = said.count("财经纪律").stream().mapToInt(TermCount::count).sum();
    assertEquals(occurrences - 8, tokens);
    assertTrue(tokens > 0, "tokens " + tokens);
    assertEquals(
        occurrences,
        said.segmented(null).stream().mapToInt(l -> l.split("财经纪律", -1).length - 1).sum());
  }

  @Test
  void learningOffNotATermAndLexiconTermsAreRespected() throws IOException {
    PreparedCorpus off = PreparedCorpus.of(corpus(), TextOptions.defaults().withLearnTerms(false));
    assertEquals(List.of(), off.learnedTerms());
    assertTrue(String.join(" ", off.segmented(null)).contains("财经 纪律"));

    Path not = dir.resolve("not-terms.txt");
    Files.writeString(not, "# reviewed\n财经纪律\n");
    PreparedCorpus rejected = PreparedCorpus.of(corpus(), TextOptions.defaults().withNotTerms(not));
    assertEquals(null, find(rejected, "财经纪律"));

    // a lexicon term is kept as the lexicon has it, never merged into a longer one
    Path lex = dir.resolve("lexicon.txt");
    Files.writeString(lex, "财经 n 1000\n");
    PreparedCorpus frozen = PreparedCorpus.of(corpus(), TextOptions.defaults().withLexicon(lex));
    assertTrue(
        frozen.learnedTerms().stream().noneMatch(t -> t.term().contains("财经")),
        frozen.learnedTerms().toString());
  }
}
