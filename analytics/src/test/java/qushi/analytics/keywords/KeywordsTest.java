package qushi.analytics.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.text.TextOptions;

class KeywordsTest {
  // 2021: 人工智能 ×2, 碳中和 ×1 (3 term tokens); 2024: 碳中和 ×1, 量子计算 ×1 (2 term tokens)
  static final PreparedCorpus A =
      PreparedCorpus.of(
          Corpus.ofTexts(2021, "人工智能。人工智能。碳中和。", 2024, "碳中和。量子计算。"), TextOptions.defaults());

  private static Keyword find(List<Keyword> ks, String group, String term) {
    return ks.stream()
        .filter(k -> k.group().equals(group) && k.term().equals(term))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void classBasedTfIdfByHand() {
    List<Keyword> ks = Keywords.of(A, Keywords.By.YEAR, Keywords.Method.TFIDF, 10, 1);
    double mean = (3 + 2) / 2.0;
    assertEquals(2.0 / 3 * Math.log(1 + mean / 2), find(ks, "2021", "人工智能").score(), 1e-12);
    assertEquals(1.0 / 3 * Math.log(1 + mean / 2), find(ks, "2021", "碳中和").score(), 1e-12);
    assertEquals(1.0 / 2 * Math.log(1 + mean / 1), find(ks, "2024", "量子计算").score(), 1e-12);
    assertEquals(1, find(ks, "2021", "人工智能").rank());
    assertEquals(2, find(ks, "2021", "人工智能").frequency());
    // per10k against the year's word tokens: 3 word tokens in 2021
    assertEquals(1e4 * 2 / 3, find(ks, "2021", "人工智能").per10k(), 1e-9);
  }

  @Test
  void tfIdfRisesWithTfAndFallsWithSpread() {
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(2021, "芯片。芯片。芯片。算力。算力。储能。", 2024, "储能。储能。算力。"), TextOptions.defaults());
    List<Keyword> ks = Keywords.of(a, Keywords.By.YEAR, Keywords.Method.TFIDF, 10, 1);
    // 芯片 (3, only 2021) > 算力 (2 in 2021, 1 in 2024)
    assertTrue(find(ks, "2021", "芯片").score() > find(ks, "2021", "算力").score());
    assertEquals(
        List.of("芯片", "算力", "储能"),
        ks.stream().filter(k -> k.group().equals("2021")).map(Keyword::term).toList());
  }

  @Test
  void minCountAndTopLimitTheList() {
    List<Keyword> ks = Keywords.of(A, Keywords.By.YEAR, Keywords.Method.TFIDF, 1, 2);
    assertEquals(1, ks.size());
    assertEquals("人工智能", ks.get(0).term());
  }

  @Test
  void textRankFavoursTheHubOfTheGraph() {
    // 人工智能 co-occurs with every other term; the others only with it
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(2021, "人工智能芯片。人工智能算力。人工智能储能。人工智能氢能。"), TextOptions.defaults());
    List<Keyword> ks = Keywords.of(a, Keywords.By.DOC, Keywords.Method.TEXTRANK, 5, 1);
    assertEquals("人工智能", ks.get(0).term(), ks.toString());
    assertEquals("doc01", ks.get(0).group());
  }

  @Test
  void collocationG2MatchesTheEntropyForm() {
    long[][] k = {{20, 30}, {40, 5000}};
    double n = 5090;
    double expected =
        2
            * (xlx(20) + xlx(30) + xlx(40) + xlx(5000) - xlx(50) - xlx(5040) - xlx(60) - xlx(5030)
                + xlx(n));
    assertEquals(expected, LogLikelihood.g2(k[0][0], k[0][1], k[1][0], k[1][1]), 1e-9);
    assertEquals(0.0, LogLikelihood.g2(10, 10, 10, 10), 1e-12);
  }

  @Test
  void keyPhrasesJoinAdjacentTerms() {
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(2021, "改善城市交通。城市交通拥堵。优化城市交通。我们发展经济。".repeat(2)),
            // learned terms off: learning would make 城市交通 one token, leaving no pair to join
            TextOptions.defaults().withLearnTerms(false));
    List<Collocations.Collocation> cs = Collocations.of(a, 3);
    Collocations.Collocation c =
        cs.stream().filter(x -> x.phrase().equals("城市交通")).findFirst().orElseThrow();
    assertEquals(6, c.frequency());
    assertEquals(List.of("城市", "交通"), c.terms());
    assertEquals("Deep Learning", Collocations.join("Deep", "Learning"));
  }

  @Test
  void aPairThatIsAPieceOfALongerPhraseGrowsIntoIt() {
    // 国务院 专利 always before 行政部门, and 专利 行政部门 always after 国务院: one phrase of three
    // terms, found six times; 城市交通 before three different words stays a pair; 智慧港口 before 规划
    // in three of its four occurrences (under 0.8) stays a pair too, all eight of it
    String text =
        "国务院专利行政部门负责管理。国务院专利行政部门依法审查。国务院专利行政部门公布结果。"
            + "城市交通拥堵。城市交通改善。城市交通规划。"
            + "智慧港口规划。智慧港口规划。智慧港口规划。智慧港口运营。";
    PreparedCorpus a = twice(text);
    List<Collocations.Collocation> cs = Collocations.of(a, 3);
    Map<String, Long> found = phrases(a);
    assertEquals(6L, found.get("国务院专利行政部门"), found::toString);
    assertEquals(List.of("国务院", "专利", "行政部门"), find(cs, "国务院专利行政部门").terms());
    assertFalse(found.containsKey("国务院专利"), found::toString);
    assertFalse(found.containsKey("专利行政部门"), found::toString);
    assertEquals(6L, found.get("城市交通"), found::toString);
    assertEquals(8L, found.get("智慧港口"), found::toString);
    // while 港口 规划, always after 智慧, grows into 智慧港口规划: six times, as often as it stands
    assertEquals(List.of("智慧", "港口", "规划"), find(cs, "智慧港口规划").terms());
    assertEquals(6L, found.get("智慧港口规划"), found::toString);
    // what a text search finds: the phrase stands in the text as often as counted
    assertEquals(6, a.count(List.of("国务院专利行政部门")).get(0).count());
  }

  @Test
  void aRunThatANounWhichIsNoTermAlwaysFollowsIsAPieceAndNoKeyPhrase() {
    // 转变 经济发展 always before 方式 (a noun the term filter leaves out): a piece of 转变经济发展方式
    // that no run of terms spells, so no key phrase; 前进 道路 always before the localizer 上, and
    // 智慧 港口 always after the verb 实施, are whole phrases and stay
    String text =
        "加快转变经济发展方式。坚定转变经济发展方式。继续转变经济发展方式。"
            + "在前进道路上。我们在前进道路上。前进道路上困难多。"
            + "实施智慧港口。我们实施智慧港口。坚持实施智慧港口。";
    PreparedCorpus a = twice(text);
    // the words as this test needs them: 方式 a word but no term, the others terms
    String segmented = String.join(" ", a.segmented(a.documents().get(0).id()));
    assertTrue(segmented.contains("转变 经济发展 方式"), segmented);
    int fangshi = a.vocabulary().id("方式");
    for (int i = 0; i < a.passages().size(); i++) {
      int[] w = a.words(i);
      for (int k = 0; k < w.length; k++) if (w[k] == fangshi) assertFalse(a.isTerm(i, k));
    }
    Map<String, Long> found = phrases(a);
    assertFalse(found.containsKey("转变经济发展"), found::toString);
    assertEquals(6L, found.get("前进道路"), found::toString);
    assertEquals(6L, found.get("智慧港口"), found::toString);
    // the noun after a sentence end or a comma is the next clause's, not the run's
    for (String mark : new String[] {"。", "，"}) {
      String apart = text.replace("转变经济发展方式", "转变经济发展" + mark + "方式");
      Map<String, Long> kept = phrases(twice(apart));
      assertEquals(6L, kept.get("转变经济发展"), mark + " " + kept);
    }
  }

  @Test
  void aCharacterCountsBesideATermOnlyWhereItTouchesThatOccurrence() {
    // 致远 / 稳 stand in that order twice, but only the second time with nothing between them: the
    // first 稳 follows a comma, however often 致远稳 stands elsewhere in the document
    String text = "致远，稳。致远稳";
    List<String> words = List.of("致远", "稳", "致远", "稳");
    java.util.Map<String, Long> evidence = new java.util.HashMap<>();
    int end = Pieces.add(4, words::get, k -> k % 2 == 0, text, 0, evidence);
    assertEquals(text.length(), end);
    assertEquals(java.util.Map.of("致远\u0000稳\u0000>", 1L), evidence);
    // a passage goes on from where the one before it ended: the same words found again later
    evidence.clear();
    String two = "稳致远。" + text;
    int first = Pieces.add(2, List.of("稳", "致远")::get, k -> k == 1, two, 0, evidence);
    assertEquals(3, first);
    Pieces.add(4, words::get, k -> k % 2 == 0, two, first, evidence);
    assertEquals(java.util.Map.of("致远\u0000稳\u0000<", 1L, "致远\u0000稳\u0000>", 1L), evidence);
  }

  @Test
  void aTermThatOneCharacterOfContentAlwaysTouchesIsAPieceAndNoKeyword() {
    // 行稳致远 is cut 行 / 稳 / 致远: 稳 (an adjective) before 致远 every time, so 致远 is a piece of
    // a longer word and no keyword, though it is counted; 合作 after the particle 的, and 发展
    // after 稳 only once in four, stay
    String y2024 = "各国合作发展。我们的合作很好。双方的合作发展。" + "稳发展。加快发展。";
    String y2025 = "坚持行稳致远。推动关系行稳致远。实现行稳致远。确保合作行稳致远。";
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(2024, y2024.repeat(3), 2025, y2025.repeat(3)),
            TextOptions.defaults().withLearnTerms(false));
    String segmented = String.join(" ", a.segmented(a.documents().get(1).id()));
    assertTrue(segmented.contains("稳 致远"), segmented);
    boolean[] piece = Pieces.of(a, 3);
    assertTrue(piece[a.vocabulary().id("致远")]);
    assertFalse(piece[a.vocabulary().id("合作")]);
    assertFalse(piece[a.vocabulary().id("发展")]);
    int zhiyuan = a.vocabulary().id("致远");
    int tokens = 0;
    for (int i = 0; i < a.passages().size(); i++) {
      int[] w = a.words(i);
      for (int k = 0; k < w.length; k++) if (w[k] == zhiyuan && a.isTerm(i, k)) tokens++;
    }
    assertEquals(12, tokens);
    List<String> keywords =
        Keywords.of(a, KeywordOptions.defaults()).stream()
            .filter(k -> k.group().equals("2025"))
            .map(Keyword::term)
            .toList();
    assertFalse(keywords.contains("致远"), keywords::toString);
  }

  /** Returns the text of one year, twice over, prepared without learned terms. */
  private static PreparedCorpus twice(String text) {
    return PreparedCorpus.of(
        Corpus.ofTexts(2021, text.repeat(2)), TextOptions.defaults().withLearnTerms(false));
  }

  /** Returns each key phrase of the corpus (least count 3) with its frequency. */
  private static Map<String, Long> phrases(PreparedCorpus a) {
    Map<String, Long> found = new java.util.TreeMap<>();
    for (var c : Collocations.of(a, 3)) found.put(c.phrase(), c.frequency());
    return found;
  }

  private static Collocations.Collocation find(List<Collocations.Collocation> cs, String phrase) {
    return cs.stream().filter(c -> c.phrase().equals(phrase)).findFirst().orElseThrow();
  }

  @Test
  void keyPhrasesOfAYearAreThoseItUsesMoreThanTheOthers() {
    // 城市交通 stands in every year alike (2024's rate a little lower, its words more); 智慧港口 only
    // in 2024: with keyness, only the latter is a key phrase, of 2024, scored by G² of its count
    // there against the rest's; a small difference of rate is no key phrase (G² < 3.84)
    String common = "改善城市交通。城市交通拥堵。优化城市交通。我们发展经济。";
    String marine = "建设智慧港口。推进智慧港口。我们保护环境。";
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(
                2021, common.repeat(3), 2024, (common + marine).repeat(3), 2026, common.repeat(3)),
            TextOptions.defaults().withLearnTerms(false));
    List<Keyword> phrases =
        Keywords.of(
                a, new KeywordOptions(Keywords.By.YEAR, null, Keywords.Method.KEYNESS, 10, 10, 2))
            .stream()
            .filter(k -> k.kind().equals("phrase"))
            .toList();
    assertEquals(
        List.of("2024 智慧港口"), phrases.stream().map(k -> k.group() + " " + k.term()).toList());
    Keyword k = phrases.get(0);
    assertEquals(6, k.frequency());
    // G² of the 2×2 table {6, 0; n − 6, N − n − 0}, n the year's tokens, N all tokens
    long n = Math.round(k.frequency() * 10_000 / k.per10k());
    long all = 0;
    for (var s : a.stats()) all += s.tokens();
    long r = all - n;
    double g2 =
        2 * (xlx(6) + xlx(n - 6) + xlx(r) + xlx(all) - xlx(6) - xlx(all - 6) - xlx(n) - xlx(r));
    assertEquals(g2, k.score(), 1e-9 * g2);
    // c-TF-IDF, as before, still lists the phrase every year has
    assertTrue(
        Keywords.of(a, new KeywordOptions(Keywords.By.YEAR, null, Keywords.Method.TFIDF, 10, 10, 2))
            .stream()
            .anyMatch(x -> x.kind().equals("phrase") && x.term().equals("城市交通")));
  }

  @Test
  void keyPhrasesDoNotJoinTermsAcrossALineBreak() {
    // a changelog's list: the component on one line, the change on the next; 城市交通 stands
    // side by side on one line twice, so a text search finds it twice, never more
    String entry = "城市\n交通拥堵。\n城市\n交通改善。\n";
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(2021, entry.repeat(4) + "城市交通拥堵。城市交通改善。"),
            TextOptions.defaults().withLearnTerms(false));
    long pairs =
        Collocations.of(a, 1).stream()
            .filter(x -> x.phrase().equals("城市交通"))
            .mapToLong(Collocations.Collocation::frequency)
            .sum();
    assertEquals(2, a.count(List.of("城市交通")).get(0).count());
    assertTrue(pairs <= 2, () -> "城市交通 as a pair " + pairs + " times, found twice");
  }

  @Test
  void aYearOfTwoDocumentsRanksItsUnestablishedWordsByFrequencyAndEffect() {
    // six years of three documents (the tests' units are documents), 2020 of two; 2020's own
    // words occur in no other year: 围剿 40 times in one of its documents, 根据地 12 times there,
    // 心思 twice in each. Spread over both documents, 心思 has the smaller p of the three, yet
    // is the year's least word; with no rest count G² = 2a·ln(N/n) grows with the count alone.
    String[] filler = {
      "经济发展稳中向好，社会事业全面进步。",
      "科技创新能力持续增强，产业结构不断优化。",
      "生态环境明显改善，人民生活水平提高。",
      "改革开放深入推进，民主法治建设加强。",
      "教育文化事业繁荣，医疗卫生服务改善。"
    };
    java.util.Random random = new java.util.Random(11);
    List<Object> pairs = new java.util.ArrayList<>();
    for (int year = 2018; year <= 2023; year++) {
      int documents = year == 2020 ? 2 : 3;
      for (int d = 0; d < documents; d++) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 8; p++) {
          for (int k = 0; k < 4; k++) text.append(filler[random.nextInt(filler.length)]);
          if (year == 2020 && d == 0)
            text.append("反对围剿。".repeat(5)).append(p < 6 ? "巩固根据地。".repeat(2) : "");
          if (year == 2020 && p < 2) text.append("用尽心思。");
          text.append("\n\n");
        }
        pairs.add(year);
        pairs.add(text.toString());
      }
    }
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(pairs.toArray()), TextOptions.defaults().withLearnTerms(false));
    assertEquals(40, a.count(List.of("围剿")).stream().mapToLong(r -> r.count()).sum());
    List<Keyword> y =
        Keywords.of(a, Keywords.By.YEAR, Keywords.Method.KEYNESS, 50, 2).stream()
            .filter(k -> k.group().equals("2020"))
            .toList();
    List<String> terms = y.stream().map(Keyword::term).toList();
    assertTrue(terms.containsAll(List.of("围剿", "根据地", "心思")), terms.toString());
    assertTrue(y.stream().noneMatch(k -> k.pAdj() < Keyword.LEVEL), y.toString());
    assertTrue(terms.indexOf("围剿") < terms.indexOf("根据地"), terms.toString());
    assertTrue(terms.indexOf("根据地") < terms.indexOf("心思"), terms.toString());
  }

  @Test
  void aTermMostlyInsideALongerKeywordIsNotListedBesideIt() {
    // ids 0..5; 5 = 演员演技在线, a learned term whose pieces spell 0 = 在线 and 1 = 演员演技
    int[][] inside = {{}, {}, {}, {}, {}, {0, 1}};
    long[] frequency = {61, 80, 9, 8, 7, 60};
    java.util.function.IntFunction<int[]> parts = id -> inside[id];
    // 在线 ranks above the longer term (its 60 tokens and one more): it leaves the list, which
    // fills from the ranking as if it had not been there; 演员演技 is 60 of 80 inside, under 0.8
    assertEquals(
        List.of(5, 1, 2),
        Keywords.listed(List.of(0, 5, 1, 2, 3, 4), 3, i -> i, parts, i -> frequency[i]));
    // below the longer term, it is skipped
    assertEquals(
        List.of(5, 2, 3),
        Keywords.listed(List.of(5, 0, 2, 3, 4), 3, i -> i, parts, i -> frequency[i]));
    // the longer term not in the list: the piece stays
    assertEquals(
        List.of(0, 2), Keywords.listed(List.of(0, 2, 5), 2, i -> i, parts, i -> frequency[i]));
    // at 0.8 exactly it goes: 48 of 60
    long[] edge = {60, 0, 0, 0, 0, 48};
    assertEquals(List.of(5), Keywords.listed(List.of(0, 5), 3, i -> i, parts, i -> edge[i]));
    edge[5] = 47;
    assertEquals(List.of(0, 5), Keywords.listed(List.of(0, 5), 3, i -> i, parts, i -> edge[i]));
    // a list of the terms that rose and fell: the longer term rose, 在线 fell (each counted on its
    // side); it leaves the list only for a longer term of its side
    java.util.function.Function<Integer, Object> side = i -> i == 0 ? "down" : "up";
    assertEquals(
        List.of(0, 5, 1),
        Keywords.listed(List.of(0, 5, 1, 2), 3, i -> i, parts, i -> frequency[i], side));
    assertEquals(
        List.of(5, 1, 2),
        Keywords.listed(List.of(0, 5, 1, 2), 3, i -> i, parts, i -> frequency[i], i -> "up"));
  }

  @Test
  void aLearnedTermsPieceLeavesTheYearsKeywordsForTheLearnedTerm() {
    // 2024's documents praise 演员演技在线 60 times, which the corpus learns as a term; 在线 stands
    // once on its own (网络在线购票): its frequency is 61, and 60 of them are the longer term's
    String[] lead = {"这部剧", "主角", "看完觉得", "老戏骨", "配角", "全员", "男一号", "女二号", "几位", "总体来说"};
    String[] tail = {"。", "，剧情紧凑。", "，值得一看。", "！", "，节奏也好。", "，服化道用心。", "，很有看头。"};
    String common = "剧情一般，节奏拖沓，配乐不错，画面精美。\n\n";
    List<Object> pairs = new java.util.ArrayList<>();
    for (int d = 0; d < 3; d++) {
      StringBuilder y24 = new StringBuilder(common);
      for (int i = 0; i < 20; i++) {
        int k = d * 20 + i;
        y24.append(lead[k % lead.length]).append("演员演技在线").append(tail[k % tail.length]);
        if (i % 5 == 4) y24.append("\n\n");
      }
      if (d == 0) y24.append("网络在线购票很方便。");
      pairs.addAll(List.of(2021, (common + "演员很努力，演技还需打磨。\n\n").repeat(4), 2024, y24.toString()));
    }
    PreparedCorpus a = PreparedCorpus.of(Corpus.ofTexts(pairs.toArray()), TextOptions.defaults());
    assertTrue(
        a.learnedTerms().stream().anyMatch(t -> t.term().equals("演员演技在线")),
        a.learnedTerms().toString());
    KeywordOptions options =
        new KeywordOptions(Keywords.By.YEAR, null, Keywords.Method.KEYNESS, 10, 0, 2);
    List<Keyword> listed = Keywords.of(a, options);
    // the same ranking with nothing inside anything: 在线 comes first
    List<qushi.analytics.corpus.Document> documents =
        a.documents().stream().map(qushi.analytics.prepare.CleanDocument::document).toList();
    List<Keyword> all =
        Keywords.of(
            documents,
            a.passages().stream().mapToInt(p -> p.document()).toArray(),
            a.years(),
            a.counts().matrix(),
            a.vocabulary()::term,
            new boolean[a.vocabulary().size()],
            id -> new int[0],
            options);
    List<String> before =
        all.stream().filter(k -> k.group().equals("2024")).map(Keyword::term).toList();
    List<String> after =
        listed.stream().filter(k -> k.group().equals("2024")).map(Keyword::term).toList();
    assertEquals("在线", before.get(0), before.toString());
    assertEquals(before.indexOf("演员演技在线"), 1, before.toString());
    assertFalse(after.contains("在线"), after.toString());
    Keyword longer = find(listed, "2024", "演员演技在线");
    assertEquals(1, longer.rank());
    assertEquals(60, longer.frequency());
    assertEquals(61, find(all, "2024", "在线").frequency());
    assertEquals(61, a.count(List.of("在线")).stream().mapToLong(r -> r.count()).sum());
  }

  private static double xlx(double x) {
    return x == 0 ? 0 : x * Math.log(x);
  }

  /** Years of paragraphs mixing the same generic sentence with the year's own. */
  private static PreparedCorpus generic(String extra2024) {
    String common = "经济、社会、发展、研究、技术都很重要。";
    String y21 = "疫情防控常态化，疫苗接种加快推进，碳达峰行动启动，乡村振兴全面推进，脱贫成果巩固。";
    String y24 = "新质生产力加快培育，人形机器人量产，低空经济起步，算力网络建设，数据要素流通。";
    String y26 = "未来产业布局，具身智能应用，量子计算突破，生物制造扩大，商业航天发射。";
    return PreparedCorpus.of(
        Corpus.ofTexts(
            2021, ((common + y21).repeat(4) + "\n\n").repeat(8),
            2024, ((common + y24 + extra2024).repeat(4) + "\n\n").repeat(8),
            2026, ((common + y26).repeat(4) + "\n\n").repeat(8)),
        TextOptions.defaults());
  }

  @Test
  void keynessKeepsWordsFrequentInEveryYearOutOfTheTop() {
    List<String> generic = List.of("经济", "社会", "发展", "研究", "技术");
    List<Keyword> ks = Keywords.of(generic(""), Keywords.By.YEAR, Keywords.Method.KEYNESS, 10, 2);
    for (String year : List.of("2021", "2024", "2026")) {
      List<String> top =
          ks.stream().filter(k -> k.group().equals(year)).map(Keyword::term).toList();
      assertTrue(top.size() >= 5, year + " " + top);
      for (String g : generic) assertTrue(!top.contains(g), year + " " + top);
    }
    assertTrue(
        ks.stream().anyMatch(k -> k.group().equals("2021") && k.term().equals("碳达峰")),
        ks.toString());
    // within a block, ranks follow the score (the lower end of the log ratio's interval)
    List<Keyword> y24 = ks.stream().filter(k -> k.group().equals("2024")).toList();
    for (int i = 1; i < y24.size(); i++) assertTrue(y24.get(i - 1).score() >= y24.get(i).score());
  }

  @Test
  void keynessKeywordsCarryTheirAdjustedPAndTheSignificantComeFirst() {
    // 2024 uses 技术 more than the others, but less surely than its own words: it is ranked, in
    // whichever block its adjusted p puts it, and the blocks come in order
    List<Keyword> ks =
        Keywords.of(generic("技术、技术。"), Keywords.By.YEAR, Keywords.Method.KEYNESS, 50, 2);
    for (String year : List.of("2021", "2024", "2026")) {
      List<Keyword> y = ks.stream().filter(k -> k.group().equals(year)).toList();
      assertTrue(!y.isEmpty(), year);
      boolean seenInsignificant = false;
      for (int i = 0; i < y.size(); i++) {
        Keyword k = y.get(i);
        assertTrue(k.pAdj() >= 0 && k.pAdj() <= 1, k.toString());
        // the raw p is given too, no larger than its adjustment, and the score (the lower end of
        // the interval that matches it) is above 0 exactly when p < 0.05
        assertTrue(k.p() > 0 && k.p() <= k.pAdj(), k.toString());
        assertEquals(k.p() < 0.05, k.score() > 0, k.toString());
        boolean significant = k.pAdj() < 0.05;
        assertTrue(!(significant && seenInsignificant), "a significant keyword after others: " + y);
        seenInsignificant |= !significant;
        if (i > 0 && (y.get(i - 1).pAdj() < 0.05) == significant) {
          assertTrue(y.get(i - 1).score() >= k.score(), "score falls within a block: " + y);
        }
      }
    }
    // the other methods test nothing: no p
    assertTrue(
        Keywords.of(generic(""), Keywords.By.YEAR, Keywords.Method.TFIDF, 5, 2).stream()
            .allMatch(k -> Double.isNaN(k.pAdj()) && Double.isNaN(k.p())));
  }

  @Test
  void aYearThatReallyUsesAGenericWordMoreGetsIt() {
    List<Keyword> ks =
        Keywords.of(generic("技术、技术、技术。"), Keywords.By.YEAR, Keywords.Method.KEYNESS, 10, 2);
    assertTrue(
        ks.stream().anyMatch(k -> k.group().equals("2024") && k.term().equals("技术")),
        ks.toString());
    assertTrue(ks.stream().noneMatch(k -> !k.group().equals("2024") && k.term().equals("技术")));
  }
}
