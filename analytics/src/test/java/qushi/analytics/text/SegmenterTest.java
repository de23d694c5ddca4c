package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static final Segmenter BUNDLED = new Segmenter(Lexicon.bundled());

  private static void assertSegments(Segmenter s, String text, String... expected) {
    assertEquals(Arrays.asList(expected), s.segment(text).stream().map(Token::word).toList());
  }

  @Test
  void cutsNoTokenOutOfALatinString() {
    // GPLv3 was GPLv + 3: a token count found where a search of the text finds none (GPLv stands
    // only inside GPLv3); every token must be found as often as it is counted
    String text =
        "采用GPLv3许可，支持IPv6与SQL92，PM2.5下降，C919和5G网络，遵循ECMA-262标准，GPLv3发布，COVID-19疫苗和SARS-CoV-2病毒，Form.Item与Modal.confirm改用Node.js，美国政策。\n"
            + "11.COP30开幕。\n"
            + "题目：A.Python B.Java，他说OK.Let us go。";
    List<Token> tokens = BUNDLED.segment(text);
    List<String> words = tokens.stream().map(Token::word).toList();
    for (String w :
        List.of(
            "GPLv3",
            "IPv6",
            "SQL92",
            "PM2.5",
            "C919",
            "5G",
            "ECMA-262",
            "COVID-19",
            "SARS-CoV-2",
            "Form.Item",
            "Modal.confirm",
            "Node.js",
            "Python",
            "Java",
            "OK")) {
      assertTrue(words.contains(w), w + " in " + words);
    }
    for (String w : words) {
      long counted = words.stream().filter(w::equals).count();
      assertTrue(
          qushi.analytics.core.TextSearch.occurrences(text, w) >= counted, w + " in " + words);
    }
    assertEquals("nx", tokens.get(words.indexOf("GPLv3")).nature());
    assertTrue(words.contains("COP30"), "a list number is no part of the name: " + words);
  }

  /**
   * Text in traditional characters is cut as its simplified form is (HanLP learned from simplified
   * text), and its tokens are written as the text writes them.
   */
  @Test
  void traditionalTextIsCutAsItsSimplifiedFormAndKeepsItsScript() {
    String simplified = "香港国安法实施以后，房屋问题和土地供应仍然是政府的首要任务。";
    String traditional = "香港國安法實施以後，房屋問題和土地供應仍然是政府的首要任務。";
    List<Token> s = BUNDLED.segment(simplified);
    List<Token> t = BUNDLED.segment(traditional);
    assertEquals(s.size(), t.size(), t.toString());
    for (int i = 0; i < s.size(); i++) {
      assertEquals(s.get(i).offset(), t.get(i).offset());
      assertEquals(s.get(i).nature(), t.get(i).nature());
      assertEquals(traditional.substring(t.get(i).offset(), t.get(i).end()), t.get(i).word());
    }
    // without the shadow HanLP cut 問 題, 任 務
    for (String w : List.of("問題", "任務", "以後", "供應")) {
      assertTrue(t.stream().anyMatch(k -> k.word().equals(w)), w + " in " + t);
    }
    // a traditional word is a stopword, a term or neither as its simplified form is
    TermFilter f = TermFilter.defaults(Lexicon.bundled());
    assertFalse(f.isTerm(new Token("這些", "r", 0)));
    assertEquals(f.isTerm(new Token("问题", "n", 0)), f.isTerm(new Token("問題", "n", 0)));
    // a simplified text with characters that convert alone (乾隆, 乾清宫) is cut as it always was
    assertEquals(List.of("乾隆", "年间"), BUNDLED.segment("乾隆年间").stream().map(Token::word).toList());
    assertTrue(BUNDLED.segment("乾隆皇帝下令修建乾清宫。").stream().anyMatch(k -> k.word().equals("乾隆")));
  }

  @Test
  void aSpaceBetweenPhrasesPartsTheTokensAroundItAndKeepsTheirContext() {
    // a headline's space: no token across it (我国 is not in 有我 国聘), and the words on each side
    // are cut as without it (HanLP alone, reading the space as a sentence's end, cuts 王/沪宁)
    String text = "“奋斗有我 国聘行动”启动 海峡论坛大会在厦门举行 王沪宁出席并致辞";
    List<Token> tokens = BUNDLED.segment(text);
    List<String> words = tokens.stream().map(Token::word).toList();
    assertFalse(words.contains("我国"), words.toString());
    assertTrue(words.contains("王沪宁"), words.toString());
    for (Token t : tokens) {
      assertEquals(t.word(), text.substring(t.offset(), t.end()));
      assertFalse(t.word().contains(" "), t.word());
    }
  }

  /**
   * Diplomatic speech: HanLP cuts 中/日/关系 and 菲/方, and 中 and 日 are stopwords, so no learned term
   * joins them; the bundled lexicon keeps the relations and the sides whole, and 中 that ends a
   * phrase (会议中) stays apart from the 日方 after it.
   */
  @Test
  void bilateralRelationsAndTheSidesOfDiplomacyAreWhole() {
    assertEquals(
        List.of("中日关系", "稳定", "菲方", "表示", "中拉关系", "和", "中印关系", "会议", "中", "日方", "表示"),
        words(BUNDLED, "中日关系稳定，菲方表示，中拉关系和中印关系。会议中日方表示").stream()
            .filter(w -> Character.isLetter(w.codePointAt(0)))
            .toList());
    assertEquals(List.of("中", "日", "关系"), words(new Segmenter(Lexicon.empty()), "中日关系"));
    // no side is kept whole where it would cut a name (德方 in 贺德方, 韩方 in 韩方明)
    for (String name : List.of("贺德方", "韩方明")) {
      assertEquals(
          words(new Segmenter(Lexicon.empty()), name + "出席会议"),
          words(BUNDLED, name + "出席会议"),
          name);
    }
  }

  /**
   * The parties of a contract and the numbered formulas of policy: HanLP cuts 受/让/方 and 第/三/方 (the
   * learner never joins a number at an edge) and takes 学一 in 两学一做 for a name; the bundled lexicon
   * keeps them whole, and the words that begin like a party (服务方式, 投资方向, 施工方案) stay as they were.
   */
  @Test
  void thePartiesOfAContractAndNumberedFormulasAreWhole() {
    String text = "受让方应当支付价款，委托第三方进行检测，出租方与承租方签订合同。开展两学一做，压缩三公经费，落实八项规定精神。";
    List<String> words = words(BUNDLED, text);
    for (String w : List.of("受让方", "第三方", "出租方", "承租方", "两学一做", "三公经费", "八项规定")) {
      assertTrue(words.contains(w), w + " in " + words);
    }
    List<String> plain = words(new Segmenter(Lexicon.empty()), text);
    assertTrue(plain.containsAll(List.of("受", "让", "第", "三", "学一")), plain.toString());
    String traps = "创新服务方式，引导投资方向，制定施工方案，提供方便快捷的服务，加强建设方面的工作。";
    assertEquals(words(new Segmenter(Lexicon.empty()), traps), words(BUNDLED, traps));
  }

  @Test
  void aTopicsHashMarksAreNoPartOfItsLatinWords() {
    List<String> words =
        BUNDLED.segment("#iPhone14发布#，话题#AI#很火，看后台vlog#。学习C#和F#语言。").stream()
            .map(Token::word)
            .toList();
    for (String w : List.of("iPhone14", "AI", "vlog", "C#", "F#")) {
      assertTrue(words.contains(w), w + " in " + words);
    }
    for (String w : List.of("#iPhone14", "#AI#", "vlog#")) {
      assertFalse(words.contains(w), w + " in " + words);
    }
    assertEquals(5, words.stream().filter("#"::equals).count(), words.toString());
  }

  @Test
  void noTermStartsOrEndsWithTheMarksOfCode() {
    TermFilter f = TermFilter.defaults(Lexicon.bundled());
    for (String w : List.of("<stdio", "h>", "ECMA-", "iso_", "<pid>", "'-l")) {
      assertFalse(f.isTerm(new Token(w, "nx", 0)), w);
    }
    for (String w : List.of("C++", "C#", ".NET", "GPLv3", "Node.js", "COVID-19")) {
      assertTrue(f.isTerm(new Token(w, "nx", 0)), w);
    }
    // quantities with a unit are numbers; a lexicon term is a term whatever it ends with
    for (String w : List.of("100km", "8GB", "2.4GHz", "3D")) {
      assertFalse(f.isTerm(new Token(w, "nx", 0)), w);
    }
    assertTrue(
        TermFilter.defaults(Lexicon.empty().with("Yahoo!")).isTerm(new Token("Yahoo!", "nx", 0)));
  }

  @Test
  void keepsDomainTermsWhole() {
    assertSegments(BUNDLED, "发展新质生产力", "发展", "新质生产力");
    assertSegments(BUNDLED, "具身智能与人形机器人", "具身智能", "与", "人形机器人");
    assertSegments(BUNDLED, "脑机接口和细胞与基因治疗", "脑机接口", "和", "细胞与基因治疗");
    assertSegments(BUNDLED, "人工智能赋能产业", "人工智能", "赋能", "产业");
    assertSegments(BUNDLED, "技术快速迭代", "技术", "快速", "迭代");
    assertSegments(BUNDLED, "实现碳中和目标", "实现", "碳中和", "目标");
    // congresses the core dictionary lacks (it holds 十八大 but cuts 二十 大)
    assertSegments(BUNDLED, "党的二十大精神", "党", "的", "二十大", "精神");
    assertSegments(BUNDLED, "十九大以来", "十九大", "以来");
    assertSegments(BUNDLED, "十八届七中全会", "十八", "届", "七中全会");
    // doctrine formulas the dictionaries cut (和谐 社会, 以 经济 建设 为 中心), one with function words
    assertSegments(BUNDLED, "构建社会主义和谐社会", "构建", "社会主义和谐社会");
    assertSegments(BUNDLED, "坚持以经济建设为中心", "坚持", "以经济建设为中心");
    assertSegments(BUNDLED, "全面从严治党", "全面从严治党");
    assertSegments(BUNDLED, "推进从严治党", "推进", "从严治党");
    // lines and work styles since the 1940s (群众 路线, 两 条 腿 走路), with a function word or number
    assertSegments(BUNDLED, "坚持群众路线", "坚持", "群众路线");
    assertSegments(BUNDLED, "开展批评与自我批评", "开展", "批评与自我批评");
    assertSegments(BUNDLED, "实行两条腿走路的方针", "实行", "两条腿走路", "的", "方针");
  }

  @Test
  void aRecognisedNameWithAPrepositionConjunctionOrParticleInItIsCutBack() {
    Segmenter plain = new Segmenter(Lexicon.empty());
    // HanLP's recogniser takes these for names; qushi cuts them back
    assertCutBack(
        plain,
        new String[][] {
          {"在党的坚强领导下，党和国家事业取得历史性成就。", "党和"},
          {"属于前款第一项至第三项规定的情形。", "项至第"},
          {"与认定该经营者市场支配地位有关的其他因素。", "关的"},
          {"在作出决定或者向其委派参加国有企业的董事。", "向其"},
          // a name holds no title
          {"两国元首共同出席签字仪式。", "国元首"}
        });
    // names that hold such a character but start with a common surname or read as a name stay
    // names; 地 and 所 are nouns too
    for (String[] c :
        new String[][] {
          {"国家发展和改革委员会主任何立峰参加仪式。", "何立峰"},
          {"韩国总统李在明同中国国家主席会谈。", "李在明"},
          {"许其亮、魏凤和、王勇出席。", "魏凤和"},
          {"适用经常居所地法律。", "居所地"},
          // 向 is a rarer surname, but 警 and 予 are mostly given names' characters
          {"革命烈士向警予同志的事迹。", "向警予"},
          {"上将向守志出席。", "向守志"},
          // a common surname with a title is a way of naming someone
          {"在毛主席的领导下。", "毛主席"}
        }) {
      assertTrue(words(plain, c[0]).contains(c[1]), words(plain, c[0]).toString());
    }
    // offsets stay exact in a cut name
    String text = "党和人民";
    for (Token t : plain.segment(text)) {
      assertEquals(t.word(), text.substring(t.offset(), t.end()));
    }
  }

  @Test
  void aTwoCharacterNameEndingInAWordSeenBesideNamesIsNoName() {
    Segmenter plain = new Segmenter(Lexicon.empty());
    // the recogniser reads 都有, 乌称, 时说 and 文旅 as names; its dictionary sees 有, 称, 说 and 旅
    // mostly right after a name
    for (String[] sentenceAndWord :
        new String[][] {
          {"他们都有信心。", "都有"},
          {"乌称击落无人机。", "乌称"},
          {"会议时说要加强管理。", "时说"},
          {"推动文旅融合发展。", "文旅"}
        }) {
      assertFalse(
          words(plain, sentenceAndWord[0]).contains(sentenceAndWord[1]),
          () -> String.join(" ", words(plain, sentenceAndWord[0])));
    }
    // two transliteration characters stay a name, and so do given names
    assertTrue(words(plain, "巴西总统卢拉会见。").contains("卢拉"));
    assertTrue(words(plain, "肯尼亚总统鲁托说。").contains("鲁托"));
    assertTrue(words(plain, "国务委员王毅表示。").contains("王毅"));
  }

  @Test
  void aNameWhoseSurnameCompletesTheWordBeforeItIsTwoWords() {
    Segmenter plain = new Segmenter(Lexicon.empty());
    // HanLP's recogniser reads 关省, 华文明 and 方的 as names, the word before them cut short
    for (String[] c :
        new String[][] {
          {"由有关省、自治区、直辖市人民政府规定。", "有关", "省"},
          {"弘扬中华文明。", "中华", "文明"},
          {"尊重对方的意见。", "对方", "的"},
          {"与认定该经营者市场支配地位有关的其他因素。", "有关", "的"}
        }) {
      List<String> words = words(plain, c[0]);
      int at = words.indexOf(c[1]);
      assertTrue(at >= 0 && words.get(at + 1).equals(c[2]), words.toString());
      assertEquals(c[0], String.join("", words));
    }
    // a name after a word its surname does not complete stays a name
    assertTrue(words(plain, "国务院总理李强同外宾会谈。").contains("李强"));
    assertTrue(words(plain, "作家余华发表新作。").contains("余华"));
    // offsets stay exact
    String text = "有关省、自治区";
    for (Token t : plain.segment(text)) {
      assertEquals(t.word(), text.substring(t.offset(), t.end()));
    }
  }

  @Test
  void anApproximateNumberIsNoName() {
    Segmenter plain = new Segmenter(Lexicon.empty());
    // after a numeral, 余 marks an approximate number, not the surname the recogniser reads in it
    assertCutBack(
        plain,
        new String[][] {
          {"全国共有五千余人参加。", "余人"},
          {"三百余名代表出席会议。", "余名"},
          {"十余年来，成绩显著。", "余年来"},
          {"到会的有20余人。", "余人"}
        });
    Token mark =
        plain.segment("全国共有五千余人参加。").stream()
            .filter(t -> t.word().equals("余"))
            .findFirst()
            .orElseThrow();
    assertEquals("m", mark.nature(), "part of the numeral, as 多 in 两千多人");
    assertEquals(
        "m",
        plain.segment("两千多人参加。").stream()
            .filter(t -> t.word().equals("多"))
            .findFirst()
            .orElseThrow()
            .nature());
    // not after a numeral, a name is a name
    assertTrue(words(plain, "作家余华发表新作。").contains("余华"));
  }

  @Test
  void aPhraseOfAWordAndALocalizerIsALocalizerAndNoTerm() {
    // HanLP's custom dictionary has 范围内, 批准后, 基础上 and 情况下 as proper nouns (nz)
    String text = "在职责范围内，报市人民政府批准后实施；在此基础上，特殊情况下，开办职业高中和楼梯间。";
    TermFilter f = TermFilter.defaults(Lexicon.bundled());
    Map<String, String> tags = new java.util.HashMap<>();
    for (Token t : BUNDLED.segment(text)) tags.put(t.word(), t.nature());
    for (String w : List.of("范围内", "批准后", "基础上", "情况下")) {
      assertEquals("f", tags.get(w), w + " in " + tags);
      assertFalse(f.isTerm(new Token(w, tags.get(w), 0)), w);
      assertEquals(TermLearner.FUNCTION, TermLearner.kind(w, "f", Set.of(), Set.of()), w);
    }
    // a noun whose first characters are no word, or that ends in 间 (a room), keeps its tag
    assertFalse(Segmenter.locative("职业高中"));
    assertFalse(Segmenter.locative("楼梯间"));
    assertTrue(Segmenter.locative("区域内"));
    assertFalse(Segmenter.locative("以上"));
    // a lexicon term is kept as the lexicon tags it
    Segmenter own = new Segmenter(Lexicon.empty().with("范围内"));
    assertTrue(
        own.segment("在职责范围内。").stream()
            .anyMatch(t -> t.word().equals("范围内") && !t.nature().equals("f")));
  }

  @Test
  void aFractionWrittenWithNumeralsIsOneNumeral() {
    Segmenter plain = new Segmenter(Lexicon.empty());
    // HanLP alone: 三/分之/二, 二分/之一 (二分 a term), 占四/分之/一, 十分/之一 (十分: "very")
    assertSegments(
        plain,
        "经三分之二以上委员同意，不得少于二分之一，占四分之一以上，十分之一的面积，按百分之0.5收取，十分重要。",
        "经",
        "三分之二",
        "以上",
        "委员",
        "同意",
        "，",
        "不得",
        "少于",
        "二分之一",
        "，",
        "占",
        "四分之一",
        "以上",
        "，",
        "十分之一",
        "的",
        "面积",
        "，",
        "按",
        "百分之0.5",
        "收取",
        "，",
        "十分",
        "重要",
        "。");
    for (Token t : plain.segment("违法所得百分之五十至百分之百的罚款，千分之三。")) {
      if (t.word().contains("分之")) assertEquals("m", t.nature(), t.word());
    }
    assertEquals(
        List.of("百分之五十", "百分之百", "千分之三"),
        plain.segment("违法所得百分之五十至百分之百的罚款，千分之三。").stream()
            .map(Token::word)
            .filter(w -> w.contains("分之"))
            .toList());
    // no fraction without numerals on both sides
    assertEquals(List.of("一部分", "之间", "。"), words(plain, "一部分之间。"));
  }

  /** Asserts that each sentence is cut without its word, and that nothing is lost or added. */
  private static void assertCutBack(Segmenter segmenter, String[][] sentenceAndWord) {
    for (String[] c : sentenceAndWord) {
      List<String> words = words(segmenter, c[0]);
      assertFalse(words.contains(c[1]), words.toString());
      assertEquals(c[0], String.join("", words), "nothing lost or added");
    }
  }

  private static List<String> words(Segmenter segmenter, String text) {
    return segmenter.segment(text).stream().map(Token::word).toList();
  }

  @Test
  void hanlpAloneSplitsThem() {
    Segmenter plain = new Segmenter(Lexicon.empty());
    List<String> words = plain.segment("发展新质生产力和具身智能").stream().map(Token::word).toList();
    assertFalse(words.contains("新质生产力"), words.toString());
    assertFalse(words.contains("具身智能"), words.toString());
  }

  @Test
  void twoLexiconsLiveSideBySide() {
    Segmenter mine = new Segmenter(Lexicon.empty().with("共塑未来"));
    assertSegments(mine, "共塑未来", "共塑未来");
    assertFalse(BUNDLED.segment("共塑未来").stream().anyMatch(t -> t.word().equals("共塑未来")));
    // the first segmenter is unchanged by the second one's dictionary
    assertSegments(BUNDLED, "发展新质生产力", "发展", "新质生产力");
    assertFalse(
        new Segmenter(Lexicon.empty())
            .segment("新质生产力").stream().anyMatch(t -> t.word().equals("新质生产力")));
  }

  /**
   * A lexicon term that HanLP's shared custom dictionary also holds (改革开放: v there) takes the
   * lexicon's tag in the segmenter's own copy of that dictionary's values ({@link SharedWords}):
   * HanLP's insert would have written the lexicon's tag into the shared entry, for every segmenter
   * in the JVM (the bundled lexicon's among them: nz), so that a segmenter without the lexicon
   * tagged the word as the last one made with it did, and output depended on what else the JVM had
   * run.
   */
  @Test
  void aLexiconLeavesHanLPsSharedDictionaryAsItWas() {
    var shared = com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT;
    assertEquals("v", shared.get("改革开放").nature[0].toString(), "as HanLP ships it");
    assertEquals("nz", BUNDLED.segment("改革开放").get(0).nature());
    assertEquals("nz", new Segmenter(Lexicon.empty().with("改革开放")).segment("改革开放").get(0).nature());
    assertEquals("v", shared.get("改革开放").nature[0].toString());
    assertEquals("v", new Segmenter(Lexicon.empty()).segment("改革开放").get(0).nature());
    // the lexicon's frequency, not the shared entry's (nz 1), weighs the word when a recognised
    // name (王小明) makes the path be found again
    assertEquals("nz", shared.get("职业教育").nature[0].toString());
    assertEquals(1, shared.get("职业教育").totalFrequency);
    assertSegments(
        new Segmenter(Lexicon.empty().with("职业教育")), "职业教育，王小明说。", "职业教育", "，", "王小明", "说", "。");
  }

  @Test
  void aLearnedTermCutAcrossTokensIsMadeWholeBySegmentingOnlyItsSentenceAgain() {
    LearnedTerms learned =
        new LearnedTerms(
            List.of(
                new TermLearner.Term("减税降费", "减税/降费", 10, 10, 100, 0.5, 0.5, 0.5, 2, 2, 0, false)));
    Segmenter plain = new Segmenter(Lexicon.empty());
    Segmenter withLearned = new Segmenter(Lexicon.empty(), learned);
    String first = "今年实施减税降费约2万亿元。";
    String rest = "企业负担明显减轻，市场活力增强。\n下一行保持原样";
    String text = first + rest;
    List<Token> cut = plain.segmentPlain(text);
    // the segmenter alone cuts the term across a token (…降/费约…), so merging is not enough
    assertFalse(learned.misaligned(text, learned.apply(cut)).isEmpty(), cut.toString());
    List<Token> tokens = withLearned.segment(text);
    assertTrue(tokens.stream().anyMatch(t -> t.word().equals("减税降费")), tokens.toString());
    for (Token t : tokens)
      assertEquals(t.word(), text.substring(t.offset(), t.end()), t.toString());
    // the sentences after the first keep the segmenter's own cut
    assertEquals(
        cut.stream().filter(t -> t.offset() >= first.length()).toList(),
        tokens.stream().filter(t -> t.offset() >= first.length()).toList());
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "当前，新一轮科技革命和产业变革突飞猛进。\n习近平主席十分关心中关村论坛, 3次向论坛致贺辞。InnoMatch 全球技术转移大会";
    for (Token t : BUNDLED.segment(text)) {
      assertEquals(t.word(), text.substring(t.offset(), t.end()), t.toString());
      assertFalse(t.word().isBlank());
    }
  }

  @Test
  void aConceptTheDictionaryTagsAsAnAdjectiveIsATermAndADescriptiveAdjectiveIsNot() {
    TermFilter f = TermFilter.defaults(Lexicon.bundled());
    // as the segmenter cuts and tags them: 民主 and 公平 with HanLP's first tag, a
    List<Token> tokens = BUNDLED.segment("坚持民主，维护公平，这是重要的。");
    Map<String, Token> byWord = new java.util.HashMap<>();
    for (Token t : tokens) byWord.put(t.word(), t);
    for (String w : List.of("民主", "公平", "重要")) {
      assertEquals("a", byWord.get(w).nature(), w + " in " + tokens);
    }
    for (String w : List.of("民主", "公平")) assertTrue(f.isTerm(byWord.get(w)), w);
    assertFalse(f.isTerm(byWord.get("重要")));
    // judged as a nominal adjective: without an among the allowed tags it is no term
    TermFilter nouns = f.withPosTags(List.of("n*"));
    assertFalse(nouns.isTerm(byWord.get("民主")));
    assertTrue(f.withPosTags(List.of("n*", "an")).isTerm(byWord.get("民主")));
  }

  @Test
  void filterKeepsTermsAndDropsNoise() {
    TermFilter f = TermFilter.defaults(Lexicon.bundled());
    List<String> kept =
        BUNDLED.segment("我们的2024年人工智能AI芯片与碳，以及10个城市。").stream()
            .filter(f::isTerm)
            .map(Token::word)
            .toList();
    assertTrue(kept.containsAll(List.of("人工智能", "AI", "芯片", "碳", "城市")), kept.toString());
    for (String gone : List.of("我们", "的", "2024", "年", "与", "，", "以及", "10", "个", "。")) {
      assertFalse(kept.contains(gone), gone + " in " + kept);
    }
    assertTrue(TermFilter.isWord("AI"));
    assertFalse(TermFilter.isWord("，"));
  }

  @Test
  void anEnclosedNumberMarksANoteOrAnItemAndIsNoWord() {
    for (String mark : List.of("①", "⑳", "⑴", "⒇", "⒈", "❶", "➀", "㉑", "㊀", "🄂")) {
      assertFalse(TermFilter.isWord(mark), mark);
    }
    for (String number : List.of("1", "１", "Ⅱ", "〇", "二", "①号")) {
      assertTrue(TermFilter.isWord(number), number);
    }
  }

  @Test
  void aYesNoQuestionIsNoTermWhicheverVerbItAsksWith() {
    TermFilter f = TermFilter.defaults(Lexicon.bundled());
    for (String q : List.of("是不是", "可不可以", "有没有", "有沒有", "能不能", "喜欢不喜欢")) {
      assertTrue(TermFilter.questionForm(q), q);
      assertFalse(f.isTerm(new Token(q, "v", 0)), q);
    }
    for (String w : List.of("对不起", "差不多", "了不起", "不断", "不是")) {
      assertFalse(TermFilter.questionForm(w), w);
    }
    assertTrue(f.isTerm(new Token("对不起", "v", 0)));
  }

  @Test
  void theFiltersMemoJudgesAWordByTheTagItHasEachTime() {
    TermFilter f = TermFilter.defaults(Lexicon.empty());
    TermFilter.Memo memo = f.memo();
    // 芯片 is a noun (a term) and 以及 a conjunction (not one); a tag of m makes any word a number
    List<Token> tokens =
        List.of(
            new Token("芯片", "n", 0),
            new Token("芯片", "m", 2),
            new Token("以及", "c", 4),
            new Token("芯片", "n", 6),
            new Token("以及", "n", 8),
            new Token("以及", "c", 10));
    for (Token t : tokens) assertEquals(f.isTerm(t), memo.isTerm(t), t.toString());
    assertTrue(memo.isTerm(tokens.get(0)));
    assertFalse(memo.isTerm(tokens.get(1)));
  }

  @Test
  void tagsComeFromTheDictionarySoAWordIsATermEverywhereOrNowhere() {
    TermFilter f = TermFilter.defaults(Lexicon.bundled());
    // 安全 is a nominal adjective (an), 伟大 an adjective (a), in either sentence
    for (String s : List.of("保障安全和伟大事业。", "安全是伟大的。", "伟大的安全。")) {
      List<Token> tokens = BUNDLED.segment(s);
      Token safety = tokens.stream().filter(t -> t.word().equals("安全")).findFirst().orElseThrow();
      Token great = tokens.stream().filter(t -> t.word().equals("伟大")).findFirst().orElseThrow();
      assertEquals("an", safety.nature(), s);
      assertEquals("a", great.nature(), s);
      assertTrue(f.isTerm(safety), s);
      assertFalse(f.isTerm(great), s);
    }
  }

  @Test
  void lexiconHasTheTermsTheCorpusIsAbout() {
    Lexicon lex = Lexicon.bundled();
    assertTrue(lex.size() >= 300, "lexicon size " + lex.size());
    for (String t : List.of("新质生产力", "具身智能", "人形机器人", "脑机接口", "细胞与基因治疗", "人工智能", "碳中和")) {
      assertTrue(lex.contains(t), t);
    }
  }
}
