package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static final String FOOTER = "本作品是中华人民共和国的法律、法规，属于公有领域。";
  private static final String BODY = "正文说明了今年的工作。".repeat(12); // 132 characters

  private static String doc(int year, String body, String last) {
    return String.join(
        "\n", "新闻联播 " + year + "0101 19:00", "一、工作回顾", body, last, FOOTER, "Public domain false");
  }

  @Test
  void dropsParagraphsRepeatedAtTheEdgesOfThreeDocumentsButNotHeadings() {
    List<String> texts =
        List.of(
            doc(2021, BODY, "结语甲。"),
            doc(2022, BODY + "甲", "结语乙。"),
            doc(2023, BODY + "乙", "结语丙。"),
            "只有正文。");
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(
        List.of(
            new Boilerplate.Paragraph("新闻联播 20210101 19:00", 3, 3, "start", 3),
            new Boilerplate.Paragraph(FOOTER, 3, 3, "end"),
            new Boilerplate.Paragraph("Public domain false", 3, 3, "end")),
        b.paragraphs());
    // the masthead goes although its date differs; the heading that all three open with stays
    assertEquals("一、工作回顾\n" + BODY + "\n结语甲。", b.strip(texts.get(0)));
    assertEquals("只有正文。", b.strip(texts.get(3)));
  }

  /**
   * A newsletter's footer of 14 paragraphs, the same in each issue: past the window of 8, the run
   * of boilerplate goes on as far as the footer does (its first six paragraphs stayed as text, and
   * 上一期 and 下一期 were learned as terms).
   */
  @Test
  void aLineOfHashtagsThatOpensManyPostsIsNoFurniture() {
    // one post a file: the tag line opens five posts, the share line ends five
    List<String> posts = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      posts.add("#摩登兄弟# #新歌#\n第" + d + "次彩排，" + "甲乙丙丁戊".charAt(d) + "城的朋友们见。\n分享自音乐客户端");
    }
    Boilerplate b = Boilerplate.detect(posts);
    assertEquals(
        List.of(new Boilerplate.Paragraph("分享自音乐客户端", 5, 5, "end")),
        b.paragraphs(),
        "the share line only");
  }

  @Test
  void aFooterLongerThanTheWindowIsDroppedWhole() {
    List<String> footer = new ArrayList<>();
    footer.add("『上一期』|反馈和建议|『下一期』");
    footer.add("微信中搜：HelloGitHub关注公众号");
    footer.add("不仅能第一时间收到推送，还有回馈粉丝的活动");
    footer.add("## 赞助");
    for (String[] sponsor :
        new String[][] {
          {"UCloud", "超值的GPU云服务"},
          {"CDN", "开启全网加速"},
          {"OpenIM", "开源IM力争No.1"},
          {"七牛云", "百万Token免费体验"},
          {"OfoxAI", "模型官方直连不掉线"}
        }) {
      footer.add(sponsor[0]);
      footer.add(sponsor[1]);
    }
    footer.add("本作品采用署名-非商业性使用-禁止演绎4.0国际进行许可。");
    String[] issues = {"本期介绍一个开源数据库。", "本期介绍一个命令行工具。", "本期介绍一个前端框架。", "本期介绍一个机器学习库。"};
    List<String> texts = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (String issue : issues) {
      // ten paragraphs of each issue's own, so that the footer's head is at no edge's window
      StringBuilder body = new StringBuilder();
      for (int p = 1; p <= 10; p++) body.append(issue).append("第").append(p).append("段。\n");
      bodies.add(body.toString().strip());
      texts.add(body + String.join("\n", footer));
    }
    Boilerplate b = Boilerplate.detect(texts);
    for (int d = 0; d < issues.length; d++) assertEquals(bodies.get(d), b.strip(texts.get(d)));
  }

  @Test
  void aMastheadUnderEachPagesOwnUnmarkedTitleIsDroppedAsUnderAMarkdownTitle() {
    String masthead = "这里记录每周值得分享的科技内容，周五发布。";
    List<String> marked = new java.util.ArrayList<>();
    List<String> plain = new java.util.ArrayList<>();
    for (int d = 0; d < 4; d++) {
      String title = "科技周刊第" + (250 + d) + "期：" + "甲乙丙丁".charAt(d) + "的故事";
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 12; p++) {
        if (p > 0) body.append('\n');
        body.append("本期第" + d + "篇第" + p + "段讲" + "甲乙丙丁".charAt(d) + "的故事和它的变化。");
      }
      marked.add("# " + title + "\n" + masthead + "\n" + body);
      plain.add(title + "\n" + masthead + "\n" + body);
    }
    for (List<String> texts : List.of(marked, plain)) {
      Boilerplate b = Boilerplate.detect(texts);
      assertEquals(
          List.of(new Boilerplate.Paragraph(masthead, 4, 4, "start")),
          b.paragraphs(),
          texts.get(0));
      String text = texts.get(2);
      assertEquals(text.replace(masthead + "\n", ""), b.strip(text), "the title stays");
    }
  }

  @Test
  void aDatelineBeforeEachNewsItemSavedAsAFileIsALeadIn() {
    // one item a file, under its title: the dateline opens the first paragraph of text once in
    // each, never twice in one (the rule for lead-ins inside documents)
    String dateline = "央视网消息（新闻联播）：";
    String[] news = {
      "甲地举行科技展览，展出新型机器人。", "乙地粮食丰收，产量创历史新高。", "丙地开通高速铁路，沿线城市受益。", "丁地发布人工智能规划，推动产业升级。"
    };
    List<String> texts = new java.util.ArrayList<>();
    for (int d = 0; d < news.length; d++) {
      String place = "甲乙丙丁".substring(d, d + 1);
      texts.add(place + "地新闻\n" + dateline + news[d] + "\n" + place + "地记者在现场看到，群众反响热烈。");
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(List.of(new Boilerplate.Paragraph(dateline, 4, 4, "lead-in")), b.paragraphs());
    assertEquals("甲地新闻\n" + news[0] + "\n甲地记者在现场看到，群众反响热烈。", b.strip(texts.get(0)));
    // in two of the four only: text, not the source's furniture
    List<String> two = new java.util.ArrayList<>(texts);
    two.set(2, two.get(2).replace(dateline, ""));
    two.set(3, two.get(3).replace(dateline, ""));
    assertEquals(List.of(), Boilerplate.detect(two).paragraphs());
  }

  @Test
  void aMastheadWithANoticeAddedLosesItsFurnitureAndTheRunGoesOnPastIt() {
    String intro = "这里记录每周值得分享的科技内容，周五发布。";
    String masthead = "本杂志开源，欢迎投稿。另有服务，发布程序员招聘信息。";
    String footer = "这个专栏每周五发布，同步更新在我的个人网站。";
    List<String> texts = new java.util.ArrayList<>();
    for (int d = 0; d < 5; d++) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 12; p++) {
        if (p > 0) body.append('\n');
        body.append("本期第" + d + "篇第" + p + "段讲" + "甲乙丙丁戊".charAt(d) + "的故事和它的变化。");
      }
      // the last issue adds a notice to the first line of its masthead
      String first = d == 4 ? intro + "（下周元旦假期，周刊休息。）" : intro;
      texts.add(
          "# 科技周刊第" + d + "期\n" + first + "\n" + masthead + "\n" + body + "\n## 订阅\n" + footer);
    }
    // a headline that one document ends with, above the footer, is no closer of the series
    texts.add("# 科技周刊第5期\n" + intro + "\n" + masthead + "\n本期只有一条消息。\n## 今日的头条新闻\n" + footer);
    Boilerplate b = Boilerplate.detect(texts);
    assertTrue(b.strip(texts.get(5)).endsWith("## 今日的头条新闻"), b.strip(texts.get(5)));
    String stripped = b.strip(texts.get(4));
    assertTrue(stripped.startsWith("# 科技周刊第4期\n（下周元旦假期，周刊休息。）\n本期第4篇第0段"), stripped);
    // the heading of the footer heads nothing once the footer goes
    assertTrue(stripped.endsWith("本期第4篇第11段讲戊的故事和它的变化。"), stripped);
    assertEquals(
        List.of(
            new Boilerplate.Paragraph(intro, 6, 6, "start"),
            new Boilerplate.Paragraph(masthead, 6, 6, "start"),
            new Boilerplate.Paragraph("## 订阅", 5, 5, "end"),
            new Boilerplate.Paragraph(footer, 6, 6, "end")),
        b.paragraphs());
    // a heading at the end above text of its own stays
    String own = texts.get(0).replace(footer, "本期的订阅方式有变化，详见正文。");
    assertTrue(b.strip(own).endsWith("## 订阅\n本期的订阅方式有变化，详见正文。"), b.strip(own));
  }

  @Test
  void aLicenceFooterAboveEachPagesOwnFooterLineIsDropped() {
    // every page ends with the same two-paragraph footer, then its own running footer line
    String footer = "本页面中文版由中文手册页计划提供。\n中文手册页计划：欢迎参与翻译。";
    List<String> texts = new java.util.ArrayList<>();
    for (int d = 0; d < 4; d++) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 12; p++) {
        if (p > 0) body.append('\n');
        body.append("命令" + d + "的第" + p + "段说明" + "甲乙丙丁".charAt(d) + "选项的用法。");
      }
      String name = List.of("LS", "CP", "MV", "RM").get(d);
      texts.add(body + "\n" + footer + "\nGNU coreutils 9.1 2022年9月 " + name + "(1)");
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(
        List.of(
            new Boilerplate.Paragraph("本页面中文版由中文手册页计划提供。", 4, 4, "end"),
            new Boilerplate.Paragraph("中文手册页计划：欢迎参与翻译。", 4, 4, "end")),
        b.paragraphs());
    String text = texts.get(1);
    assertEquals(text.replace(footer + "\n", ""), b.strip(text), "the page's own line stays");
  }

  @Test
  void theTitleOfAWorkSavedAsSeveralFilesCountsInNoneOfThemButASeriesNameStays() {
    String title = "# 决胜全面建成小康社会夺取新时代中国特色社会主义伟大胜利";
    List<String> texts = new java.util.ArrayList<>();
    // eighteen different texts (not copies of one another)
    java.util.function.IntFunction<String> body =
        d ->
            ("本文第" + d + "部分说明" + (char) ('丁' + 7 * d) + (char) ('乙' + 11 * d) + "方面的工作。")
                .repeat(12);
    for (int d = 0; d < 4; d++) {
      texts.add(title + "\n" + "一二三四".charAt(d) + "、第" + d + "部分的标题\n" + body.apply(d));
    }
    for (int d = 4; d < 18; d++) texts.add("# 第" + d + "篇文章的题目\n" + body.apply(d));
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(List.of(new Boilerplate.Paragraph(title, 4, 4, "start")), b.paragraphs());
    assertEquals("二、第1部分的标题\n" + body.apply(1), b.strip(texts.get(1)));
    assertEquals(texts.get(5), b.strip(texts.get(5)), "a title of its own stays");
    // the same four files among eight documents: a quarter opens with it, the name of a series
    Boilerplate series = Boilerplate.detect(texts.subList(0, 8));
    assertEquals(texts.get(1), series.strip(texts.get(1)));
  }

  @Test
  void aTitleHeadingAboveTheMastheadIsKeptAndTheMastheadStillGoes() {
    List<String> texts = new java.util.ArrayList<>();
    for (String news : List.of("甲", "乙", "丙")) {
      StringBuilder t = new StringBuilder("# 《新闻联播》\n## 新闻摘要\n本期节目主要内容：");
      for (char k : "一二三四五六七八九十".toCharArray()) t.append('\n').append(news).append(k).append(BODY);
      texts.add(t.toString());
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(List.of(new Boilerplate.Paragraph("本期节目主要内容：", 3, 3, "start")), b.paragraphs());
    assertEquals(texts.get(1).replace("本期节目主要内容：\n", ""), b.strip(texts.get(1)), "heading kept");
  }

  @Test
  void keepsABoilerplateParagraphThatFollowsText() {
    List<String> texts =
        List.of(
            "甲文。\n" + FOOTER + "\n尾部文字甲。",
            "乙文。\n" + FOOTER + "\n尾部文字乙。",
            FOOTER + "\n丙文。",
            FOOTER + "\n丁文。");
    Boilerplate b = Boilerplate.detect(texts);
    // found in four documents, dropped only where it is at an edge
    assertEquals(List.of(new Boilerplate.Paragraph(FOOTER, 2, 2, "start")), b.paragraphs());
    assertEquals(texts.get(0), b.strip(texts.get(0)));
    assertEquals("丙文。", b.strip(texts.get(2)));
  }

  /**
   * A site's appeal for subscribers stands above the author's note at the end of every article: the
   * note of an author of three or more articles is furniture too, and the run from the end passes
   * it to the appeal; a one-off author's note is text, and stopped the run, so the appeal was
   * counted in those articles alone. Dropped from a quarter of the documents and at least ten, the
   * appeal is the source's furniture and goes wherever it stands at an edge; the note stays.
   */
  @Test
  void theFurnitureOfAWholeSourceGoesAtAnEdgeAfterTextToo() {
    String appeal = "请加入成为本站的月费订户，长期支持我们的工作。";
    String regular = "常驻作者是资深新闻工作者，长期报道政治与政策。";
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) texts.add(body(i) + "\n" + appeal + "\n" + regular);
    for (int i = 12; i < 16; i++) {
      texts.add(body(i) + "\n" + appeal + "\n" + words(i, 99) + "是一位只写过一篇的作者。");
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(body(3), b.strip(texts.get(3)));
    for (int i = 12; i < 16; i++) {
      assertEquals(
          body(i) + "\n" + words(i, 99) + "是一位只写过一篇的作者。", b.strip(texts.get(i)), "article " + i);
    }
    assertTrue(
        b.paragraphs().contains(new Boilerplate.Paragraph(appeal, 16, 16, "end")), b.toString());
    // dropped from five documents, fewer than ten, it is text where text comes before it
    List<String> few = texts.subList(7, 15);
    Boilerplate c = Boilerplate.detect(few);
    assertEquals(body(7), c.strip(few.get(0)));
    assertEquals(few.get(5), c.strip(few.get(5)));
  }

  @Test
  void fewerThanThreeDocumentsHaveNoBoilerplate() {
    List<String> two = List.of(FOOTER + "\n甲。", FOOTER + "\n乙。");
    Boilerplate b = Boilerplate.detect(two, List.of(2020, 2020), false);
    assertTrue(b.isEmpty());
    assertEquals(FOOTER + "\n甲。", b.strip(FOOTER + "\n甲。"));
    // but the second, which is mostly the first's text, is a copy of it, and loses what it repeats
    assertEquals("乙。", Boilerplate.detect(two, List.of(2020, 2020)).strip(1, two.get(1)));
    assertTrue(Boilerplate.detect(List.of("甲。", "乙。", "丙。")).isEmpty());
  }

  /** A programme of two news items, each with the source's lead-in and a link line after it. */
  private static String programme(String day, String headline) {
    return String.join(
        "\n",
        day + "的节目开始了，今天的内容很多。",
        headline,
        "一、要闻",
        "央视网消息（新闻联播）：第一条新闻的正文在这里。",
        "查看原文",
        "一、要闻",
        "央视网消息（新闻联播）：第二条新闻的正文在这里。",
        "查看原文",
        day + "的节目到此结束，谢谢大家收看。");
  }

  /** Returns {@code i} in Han numerals, digit by digit (keys ignore Arabic digits, not these). */
  private static String han(int i) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(i).toCharArray()) out.append("零一二三四五六七八九".charAt(c - '0'));
    return out.toString();
  }

  /**
   * Returns {@code n} daily news transcripts under one masthead, each with text of its own; the
   * first three open with the lead of a meeting held each April (the same but for its date) and
   * name the members present after each of two talks.
   */
  private static List<String> dailyNews(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> lines = new ArrayList<>();
      lines.add("每日新闻 2024" + (1000 + i));
      if (i < 3) lines.add("中共中央政治局4月" + (25 + i) + "日召开会议，分析研究当前经济形势和经济工作。");
      for (int k = 0; k < 3; k++) {
        lines.add("第" + han(i) + "期第" + han(k) + "条新闻讲述了当天发生的事情，各期内容互不相同，篇幅也较长一些。");
        if (i < 3 && k < 2) lines.add("丁薛祥、王毅等参加会见。");
      }
      out.add(String.join("\n", lines));
    }
    return out;
  }

  @Test
  void inALongSeriesAParagraphOfAFewDocumentsIsTextButOfManyIsFurniture() {
    // 100 documents: three are enough (at least 3, and one in 100)
    Boilerplate few = Boilerplate.detect(dailyNews(100));
    assertEquals(
        List.of("每日新闻 20241000", "中共中央政治局4月25日召开会议，分析研究当前经济形势和经济工作。", "丁薛祥、王毅等参加会见。"),
        few.paragraphs().stream().map(Boilerplate.Paragraph::text).toList());
    // 400 documents: a paragraph must stand in four (one in 100); the masthead of all still goes
    List<String> texts = dailyNews(400);
    Boilerplate many = Boilerplate.detect(texts);
    assertEquals(
        List.of("每日新闻 20241000"),
        many.paragraphs().stream().map(Boilerplate.Paragraph::text).toList());
    assertTrue(many.strip(texts.get(0)).startsWith("中共中央政治局4月25日召开会议"));
    assertEquals(2, many.strip(texts.get(0)).split("丁薛祥、王毅等参加会见。", -1).length - 1);
  }

  @Test
  void furnitureRepeatedInsideThreeDocumentsIsDroppedWhereverItStands() {
    List<String> texts =
        List.of(
            programme("周一", "本期要目"),
            programme("周二", "本期要目"),
            programme("周三", "本期要目"),
            "央视网消息（新闻联播）：只出现一次的消息。\n查看原文\n另一段正文，不是套话。");
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(
        String.join(
            "\n",
            "周一的节目开始了，今天的内容很多。",
            "本期要目",
            "一、要闻",
            "第一条新闻的正文在这里。",
            "一、要闻",
            "第二条新闻的正文在这里。",
            "周一的节目到此结束，谢谢大家收看。"),
        b.strip(texts.get(0)),
        "the link lines (short lines before text, but repeated) and the lead-ins go; a numbered"
            + " heading and a short paragraph once in each document stay");
    // the fourth document has each only once, but the furniture found in the others goes there too
    assertEquals("只出现一次的消息。\n另一段正文，不是套话。", b.strip(texts.get(3)));
    assertEquals(
        List.of(
            new Boilerplate.Paragraph("央视网消息（新闻联播）：", 4, 7, "lead-in"),
            new Boilerplate.Paragraph("查看原文", 4, 7, "inside")),
        b.paragraphs());
  }

  @Test
  void rowsOfFiguresThatBudgetsRepeatAreNoFurniture() {
    // three budgets, each with the rows of its line items in two tables, their amounts its own:
    // with digits collapsed every row of an item has one key, twice in each budget, as furniture
    // inside documents would
    List<String> texts = new java.util.ArrayList<>();
    for (int d = 1; d <= 3; d++) {
      String unit = List.of("财政局", "规划局", "卫生局").get(d - 1);
      texts.add(
          String.join(
              "\n",
              unit + "的部门预算说明如下。",
              "201 29 02一般行政管理事务" + d + "54,100 " + d + "54,100",
              "221 02 01住房公积金" + d + "26,694.00 " + d + "26,694.00",
              "以下是" + unit + "的财政拨款支出表。",
              "201 29 02一般行政管理事务" + d + "2,300 " + d + "2,300",
              "221 02 01住房公积金" + d + "1,445.22 " + d + "1,445.22",
              unit + "没有其他收入。"));
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(List.of(), b.paragraphs());
    assertEquals(texts.get(1), b.strip(texts.get(1)));
  }

  @Test
  void aLeadInNeedsTextAfterItAndNoClauseMarkBeforeIt() {
    assertEquals("记者：", Boilerplate.leadIn("记者：今天天气很好。"));
    assertEquals(null, Boilerplate.leadIn("记者："));
    assertEquals(null, Boilerplate.leadIn("他说，大家好：今天开会。"));
    assertEquals(null, Boilerplate.leadIn("这是一个很长很长很长很长的开头：然后是正文。"));
  }

  /** A programme's summary whose last item carries the sign-off, joined by a soft line break. */
  private static String summary(String date, String river, String end) {
    return String.join(
        "\n",
        "1.第一条新闻说的是" + river + "；",
        "2." + river + end + "（《新闻联播》 " + date + " 19:00）",
        "详细新闻的正文在这里，说了" + river + "的事情。");
  }

  @Test
  void aTrailerEndingParagraphsInHalfTheDocumentsIsCutFromThem() {
    List<String> texts =
        new java.util.ArrayList<>(
            List.of(
                summary("20221001", "长江", "。"),
                summary("20221101", "黄河", "。"),
                summary("20221201", "淮河", ""), // not after a sentence: part of the text
                "没有这个尾注的一篇文档。",
                // once a document: a note its own document repeats is an aside of it
                "正文。（新华社）\n又一篇。",
                "再一篇。（新华社）"));
    assertTrue(Boilerplate.detect(texts).isEmpty(), "two documents of six are not half");
    texts.set(2, summary("20221201", "淮河", "。"));
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(
        List.of(new Boilerplate.Paragraph("（《新闻联播》 20221001 19:00）", 3, 3, "trailer", 3)),
        b.paragraphs(),
        "three of six are half; （新华社） ends paragraphs of two documents only");
    assertEquals("1.第一条新闻说的是黄河；\n2.黄河。\n详细新闻的正文在这里，说了黄河的事情。", b.strip(texts.get(1)));
    assertEquals(texts.get(4), b.strip(texts.get(4)));
  }

  @Test
  void copiesOfOneArticleCountAsOneDocument() {
    String article =
        String.join(
            "\n",
            "特首今早在立法会发表任内最后一份施政报告，会议一度暂停六分钟。",
            "议员尾随进入会议厅，并向对方高喊口号，其后被主席要求离开会议厅。",
            "多个工会政团在会议前亦向特首请愿，要求推动全民退保及取消对冲。");
    String other = "另一篇报道的第一段文字，说的是完全不同的事情，并且足够长。";
    List<String> texts =
        List.of(
            article,
            "# 转载\n" + article, // the same article under another frame
            article + "\n" + FOOTER,
            other + "\n" + FOOTER,
            other.replace("第一", "第二") + "\n" + FOOTER);
    List<Integer> years = List.of(2020, 2020, 2020, 2020, 2020);
    Boilerplate b = Boilerplate.detect(texts, years, false);
    assertEquals(
        List.of(new Boilerplate.Paragraph(FOOTER, 3, 3, "end")),
        b.paragraphs(),
        "the article's paragraphs stand at the edges of three documents, but they are one article;"
            + " the footer ends three different documents");
    assertEquals(article, b.strip(2, texts.get(2)));
    assertEquals(List.of("1≈0", "2≈0"), b.copies().stream().map(c -> c[0] + "≈" + c[1]).toList());

    // by default the copies lose what the first one holds: the article is counted once
    Boilerplate once = Boilerplate.detect(texts, years);
    assertEquals(article, once.strip(0, texts.get(0)));
    assertEquals("# 转载", once.strip(1, texts.get(1)), "the copy's own heading stays");
    assertEquals("", once.strip(2, texts.get(2)));
    assertEquals(texts.get(3).replace("\n" + FOOTER, ""), once.strip(3, texts.get(3)));
    List<Boilerplate.Paragraph> dropped = once.paragraphs();
    assertEquals(4, dropped.size(), dropped.toString());
    assertEquals(
        new Boilerplate.Paragraph(article.lines().findFirst().orElseThrow(), 2, 2, "copy"),
        dropped.get(0));
    assertEquals(new Boilerplate.Paragraph(FOOTER, 3, 3, "end"), dropped.get(3));
    assertTrue(once.dropsRepeats(1) && once.dropsRepeats(2) && !once.dropsRepeats(0));
  }

  /**
   * A copy whose figures were updated keeps the updated paragraph: only what an earlier copy holds
   * word for word and figure for figure is dropped; two documents are enough to have a copy.
   */
  @Test
  void aCopyKeepsTheParagraphsWhoseFiguresItUpdated() {
    String frame = "本期通报全市重点项目的推进情况，各区各部门要对照任务清单抓好落实。\n";
    String march = frame + "截至3月31日，全市新增就业120万人，增长5.2%。";
    String april = frame + "截至4月30日，全市新增就业398万人，增长5.0%。";
    Boilerplate b = Boilerplate.detect(List.of(march, april), List.of(2023, 2023));
    assertEquals(List.of("1≈0"), b.copies().stream().map(c -> c[0] + "≈" + c[1]).toList());
    assertEquals("截至4月30日，全市新增就业398万人，增长5.0%。", b.strip(1, april));
    assertEquals(march, b.strip(0, march));
  }

  @Test
  void bracketCodesOfThreeDocumentsAreCutWhereverTheyStand() {
    List<String> texts =
        List.of(
            "今天的漏洞很有意思[嘻嘻]，大家看看[doge]\n第二段没有表情。",
            "[嘻嘻]补丁已经发布了，赶紧更新。",
            "研究报告[1]指出风险很高[doge]，值得关注[鼓掌]。",
            "又一条帖子[嘻嘻][doge]。",
            "最后一条帖子说明引文[1]的来源。");
    // a code of one document is text as far as anyone can tell; a number in brackets is no code
    assertStrips(
        texts,
        List.of(2014, 2014, 2015, 2015, 2016),
        List.of(
            "今天的漏洞很有意思，大家看看\n第二段没有表情。",
            "补丁已经发布了，赶紧更新。",
            "研究报告[1]指出风险很高，值得关注[鼓掌]。",
            "又一条帖子。",
            texts.get(4)),
        new Boilerplate.Paragraph("[嘻嘻]", 3, 3, "code"),
        new Boilerplate.Paragraph("[doge]", 3, 3, "code"));
  }

  /**
   * Asserts what the boilerplate of {@code texts} ({@code years}) leaves of each document and the
   * paragraphs it lists.
   */
  private static void assertStrips(
      List<String> texts, List<Integer> years, List<String> left, Boilerplate.Paragraph... listed) {
    Boilerplate b = Boilerplate.detect(texts, years);
    for (int d = 0; d < texts.size(); d++) assertEquals(left.get(d), b.strip(d, texts.get(d)));
    assertEquals(List.of(listed), b.paragraphs());
  }

  /**
   * A press conference records the room once: （记者笑） after an answer in each of three transcripts is
   * the record of the room, cut wherever it stands between sentences; a note of two transcripts, a
   * note inside a sentence and a number in brackets stay.
   */
  @Test
  void anAsideThreeTranscriptsHoldOnceEachIsCutBetweenSentences() {
    List<String> texts =
        List.of(
            "你对此有何评论？\n我们已经多次表明立场。（记者笑）我再重申一次。",
            "这个问题问得很好。（记者笑）\n（记者点头）",
            "请你去问主管部门。\n（记者笑）",
            "中方将依法处理。（记者点头）条例（草案）已经公布。（记者笑声）",
            "这是第二点。（二）下一个问题。");
    // an aside alone in its paragraph goes with the paragraph; a note of two documents stays
    assertStrips(
        texts,
        List.of(2018, 2018, 2019, 2019, 2019),
        List.of(
            "你对此有何评论？\n我们已经多次表明立场。我再重申一次。",
            "这个问题问得很好。\n（记者点头）",
            "请你去问主管部门。",
            texts.get(3),
            texts.get(4)),
        new Boilerplate.Paragraph("（记者笑）", 3, 3, "aside"));
  }

  /**
   * The applause a speech records between its sentences, twice or more, is the record of the room:
   * cut from the one document that repeats it, alone in its paragraph too, and listed as an aside;
   * a note it holds once, a list number and a title's note stay.
   */
  @Test
  void theApplauseATranscriptRepeatsBetweenSentencesIsCutAndListed() {
    List<String> texts =
        List.of(
            "获得了多么辉煌的成就！（鼓掌）\n社会主义就在各个方面基本上战胜了资本主义。（热烈鼓掌）\n"
                + "我们已经超额完成了这个计划。（鼓掌）\n（热烈鼓掌）\n（一）关于工业\n"
                + "审议《国家预算（草案）》。（注）",
            "会议审议了预算报告。");
    assertStrips(
        texts,
        List.of(1959, 1960),
        List.of(
            "获得了多么辉煌的成就！\n社会主义就在各个方面基本上战胜了资本主义。\n" + "我们已经超额完成了这个计划。\n（一）关于工业\n审议《国家预算（草案）》。（注）",
            "会议审议了预算报告。"),
        new Boilerplate.Paragraph("（鼓掌）", 1, 2, "aside"),
        new Boilerplate.Paragraph("（热烈鼓掌）", 1, 2, "aside"));
    // kept with the rest of the boilerplate
    assertEquals(texts.get(0), Boilerplate.none().strip(0, texts.get(0)));
  }

  /** A gloss after a quoted word is inside its sentence: no aside, in however many documents. */
  @Test
  void aGlossAfterAQuotedWordIsNoAside() {
    List<String> texts =
        List.of(
            "坚持“三农”（农业农村农民）工作重中之重。",
            "做好“三农”（农业农村农民）工作，推进乡村振兴。",
            "他说：“我们要团结。”（鼓掌）“三农”（农业农村农民）工作很重要。",
            "我们要团结。”（鼓掌）");
    assertStrips(texts, List.of(2020, 2020, 2021, 2021), texts);
  }

  /**
   * A copy in another year is that year's text (a law re-enacted, a statement repeated): it stays
   * whole; a copy of the same year keeps the paragraph it adds (a comment on a repost).
   */
  @Test
  void aCopyInAnotherYearStaysAndACopyKeepsWhatItAdds() {
    String post =
        String.join("\n", "白帽子发现某邮箱系统存在严重漏洞，可以读取任意用户的邮件内容。", "厂商已经确认漏洞并在当天发布了补丁，建议用户尽快更新客户端。");
    String comment = "转发一下，大家注意更新，这次的问题影响面很广。";
    List<String> texts =
        List.of(
            post,
            comment + "\n" + post,
            post,
            "完全不同的一条帖子，说的是别的事情，足够长也足够独特。",
            "又一条完全不同的帖子，讲的是另外一件事，和前面都不一样。");
    Boilerplate b = Boilerplate.detect(texts, List.of(2014, 2014, 2016, 2014, 2016));
    assertEquals(List.of("1≈0", "2≈0"), b.copies().stream().map(c -> c[0] + "≈" + c[1]).toList());
    assertEquals(comment, b.strip(1, texts.get(1)));
    assertEquals(post, b.strip(2, texts.get(2)), "2016's copy is 2016's text");
    assertFalse(b.dropsRepeats(2));
  }

  /**
   * A report saved twice into one file loses its second copy; a law that repeats a clause, or a
   * short list, in two of its articles keeps both.
   */
  @Test
  void aStretchADocumentRepeatsOfItselfIsDroppedOnceAndAFormulaItRepeatsStays() {
    String report =
        String.join(
            "\n",
            "一、过去一年的工作",
            "过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳，全年国内生产总值增长百分之五点二，城镇新增就业一千二百四十四万人，居民消费价格上涨百分之零点二。",
            "我们加快建设现代化产业体系，推动科技创新和产业创新深度融合，新兴产业持续壮大，传统产业加快转型升级，数字经济核心产业增加值占国内生产总值比重达到百分之十。",
            "我们扎实推进乡村全面振兴，粮食产量再创新高，农村居民人均可支配收入实际增长百分之七点六，脱贫攻坚成果持续巩固拓展，守住了不发生规模性返贫的底线。");
    String twice = "关于二〇二四年工作的报告\n" + report + "\n" + report;
    String law =
        String.join(
            "\n",
            "第一条 为了规范农业技术推广工作，制定本条例。",
            "违反本条例规定的，由县级以上人民政府农业主管部门责令改正，给予警告；情节严重的，处一万元以上五万元以下的罚款。",
            "第二条 县级以上人民政府应当加强对农业技术推广工作的领导。",
            "（一）未按照规定报告的；",
            "（二）未按照规定公开信息的；",
            "第三条 农业技术推广机构应当为农民提供服务。",
            "违反本条例规定的，由县级以上人民政府农业主管部门责令改正，给予警告；情节严重的，处一万元以上五万元以下的罚款。",
            "（一）未按照规定报告的；",
            "（二）未按照规定公开信息的；",
            "第四条 本条例自公布之日起施行。");
    List<String> texts = List.of(twice, law);
    Boilerplate b = Boilerplate.detect(texts, List.of(2024, 2024));
    assertEquals("关于二〇二四年工作的报告\n" + report, b.strip(0, twice));
    assertTrue(b.repeatsItself(0));
    assertEquals(law, b.strip(1, law), "a clause and a short list that a law repeats stay");
    assertFalse(b.repeatsItself(1));
    // every paragraph of the later stretch is listed, once each, as a repeat
    List<Boilerplate.Paragraph> listed = b.paragraphs();
    assertEquals(4, listed.size(), listed.toString());
    for (Boilerplate.Paragraph p : listed) {
      assertEquals("repeat", p.position());
      assertEquals(1, p.occurrences());
    }
    // a stretch of three paragraphs under 200 characters is writing, not a text saved twice
    String shortStretch = "甲乙丙丁戊。\n己庚辛壬癸。\n子丑寅卯辰。\n中间一段。\n甲乙丙丁戊。\n己庚辛壬癸。\n子丑寅卯辰。";
    Boilerplate none = Boilerplate.detect(List.of(shortStretch), List.of(2024));
    assertEquals(shortStretch, none.strip(0, shortStretch));
    // one line over and over is one paragraph, however long the run: no stretch of three
    String refrain = "坚持以人民为中心的发展思想，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。";
    String chant = String.join("\n", java.util.Collections.nCopies(12, refrain));
    assertEquals(chant, Boilerplate.detect(List.of(chant), List.of(2024)).strip(0, chant));
    // copies kept (--keep-copies): the document stays whole
    assertEquals(twice, Boilerplate.detect(texts, List.of(2024, 2024), false).strip(0, twice));
  }

  @Test
  void aFrameAroundDifferentShortItemsIsStillBoilerplate() {
    List<String> frame = List.of("首页", "新闻中心", "政策文件", "联系我们", "网站地图", "主办单位：某某办公室", "版权所有", "备案号");
    List<String> texts = new java.util.ArrayList<>();
    for (String item : List.of("今天召开了常务会议。", "明天发布新的通知文件。", "本周举行新闻发布会。")) {
      List<String> lines = new java.util.ArrayList<>(frame.subList(0, 4));
      lines.add(item);
      lines.addAll(frame.subList(4, 8));
      texts.add(String.join("\n", lines));
    }
    for (int i = 0; i < 7; i++) texts.add("另一篇没有框架的文档，第" + "一二三四五六七".charAt(i) + "篇。");
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals("今天召开了常务会议。", b.strip(texts.get(0)), b.paragraphs().toString());
  }

  @Test
  void postsOfNumberedItemsInOneFrameAreNoCopies() {
    // a microblog's daily list: the same opening and closing lines, different numbered items
    List<String> texts = new java.util.ArrayList<>();
    String[][] items = {
      {"#监管部门挽回损失#", "#晚会提醒老人#", "张雨剑承认有女儿"},
      {"#市场监管在行动#", "#统一致歉#", "#科技冬奥照见创新中国#"},
      {"#邓伦道歉#", "#新版诊疗方案公布#", "#浏览网页就能泄露手机号#"},
      {"#冬奥会开幕#", "#谷爱凌夺冠#", "#冰墩墩一墩难求#"}
    };
    for (String[] day : items) {
      StringBuilder t = new StringBuilder("今日热搜盘点来啦～吃瓜群众请就位");
      for (int i = 0; i < day.length; i++) t.append('\n').append(i + 1).append(". ").append(day[i]);
      texts.add(t.append("\n原链接：\n—— 热搜搬运工 @每日热搜君").toString());
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(List.of(), b.copies().stream().map(c -> c[0] + "≈" + c[1]).toList());
    assertEquals(
        "1. #监管部门挽回损失#\n2. #晚会提醒老人#\n3. 张雨剑承认有女儿",
        b.strip(texts.get(0)),
        "the frame is boilerplate of four documents");
  }

  @Test
  void aLineOfTextThatShortPostsShareIsNoFurnitureForStandingNextToTheFrameOnce() {
    // every line of a short post is at an edge; 高考英语 is in three posts, last in one of them
    String[][] items = {
      {"冬奥会开幕", "高考英语", "谷爱凌夺冠"},
      {"冰墩墩一墩难求", "台风登陆", "高考英语"},
      {"神舟十三号返回", "高考英语", "春晚节目单公布"},
      {"油价上调", "汛期来临", "世界杯开幕"}
    };
    List<String> texts = new java.util.ArrayList<>();
    for (String[] day : items) {
      texts.add("今日热搜盘点来啦\n" + String.join("\n", day) + "\n—— 热搜搬运工 @每日热搜君");
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals("冰墩墩一墩难求\n台风登陆\n高考英语", b.strip(texts.get(1)), b.paragraphs().toString());
    assertEquals("神舟十三号返回\n高考英语\n春晚节目单公布", b.strip(texts.get(2)));
  }

  @Test
  void aShortCommentThatIsAWholeDocumentIsNeitherFurnitureNorACopy() {
    // comments saved one to a file: five people wrote 好看 and two 还不错; each is one person's
    // word, not a frame around text nor one post saved twice, and none of them may go
    List<String> texts =
        List.of("好看", "剧情紧凑，演员演技在线。", "好看", "还不错", "好看", "节奏拖沓，看到一半就睡着了。", "还不错", "好看", "好看");
    List<Integer> years = java.util.Collections.nCopies(texts.size(), 2020);
    Boilerplate b = Boilerplate.detect(texts, years, true);
    for (int d = 0; d < texts.size(); d++) {
      assertEquals(texts.get(d), b.strip(d, texts.get(d)), "document " + d);
    }
    // reposts without a comment leave nothing but the client's footer, which still frames the
    // posts with text: they are no evidence that it is text
    List<String> posts = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) posts.add("今天的第" + "一二三四五六".charAt(i) + "条消息说得很好。\n来自iPhone客户端");
    for (int i = 0; i < 8; i++) posts.add("转发微博\n来自iPhone客户端");
    Boilerplate client =
        Boilerplate.detect(posts, java.util.Collections.nCopies(posts.size(), 2020), true);
    for (int d = 0; d < posts.size(); d++) {
      assertFalse(client.strip(d, posts.get(d)).contains("客户端"), "document " + d);
    }
    assertEquals("今天的第一条消息说得很好。", client.strip(0, posts.get(0)));
    assertEquals("转发微博", client.strip(6, posts.get(6)));
    // pages of navigation alone, each with other links, are no evidence that the frame is text
    String header = "网站首页 | 新闻中心 | 政策文件 | 互动交流";
    String footer = "版权所有：某某市人民政府办公室 京ICP备00000000号";
    String[] links = {"热点专题", "政策解读", "办事指南", "常见问题"};
    List<String> site = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      site.add(
          String.join(
              "\n",
              header,
              "第" + "一二三四".charAt(i) + "篇文章说明了本市今年推进城市更新和老旧小区改造的主要做法。",
              links[i],
              links[(i + 1) % 4],
              footer));
    }
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++)
        site.add(String.join("\n", header, links[i], links[j], footer));
    }
    Boilerplate frame =
        Boilerplate.detect(site, java.util.Collections.nCopies(site.size(), 2020), true);
    assertEquals("第一篇文章说明了本市今年推进城市更新和老旧小区改造的主要做法。", frame.strip(0, site.get(0)));
    // a post saved twice is still a copy: its sentence is long enough not to be two people's
    String post = "这部电影讲述了一个关于成长与告别的故事，画面细腻，配乐动人，值得一看。";
    List<String> saved = List.of(post, "剧情紧凑，演员演技在线。", post);
    Boilerplate twice = Boilerplate.detect(saved, List.of(2020, 2020, 2020), true);
    assertEquals("", twice.strip(2, post));
  }

  @Test
  void aTrailerIsABracketedNoteAfterASentenceOrAWholeParagraph() {
    assertEquals("（完）", Boilerplate.trailer("全文到此。（完）"));
    assertEquals("（完）", Boilerplate.trailer(" （完） "));
    assertEquals("【责任编辑：王五】", Boilerplate.trailer("他说：“很好。”【责任编辑：王五】"));
    assertEquals(null, Boilerplate.trailer("中国（上海）"), "inside a sentence");
    assertEquals(null, Boilerplate.trailer("见附件。（1）"), "no word in it");
    assertEquals(null, Boilerplate.trailer("全文。（" + "很长".repeat(12) + "）"), "too long");
    assertEquals(null, Boilerplate.trailer("全文。（甲（乙）"), "brackets that do not pair");
  }

  @Test
  void keysIgnoreWhitespaceAndDigits() {
    assertEquals("新闻联播0:0", Boilerplate.key("新闻联播 20230101:19"));
    // whitespace goes first, so digits on both sides of it are one run
    assertEquals("第0页", Boilerplate.key("第 12 \t 34\u000B5 页"));
    assertEquals("a0b0c", Boilerplate.key(" a1b22\f c\r\n"));
    assertEquals("全角１２", Boilerplate.key("全角１２"), "only ASCII digits and whitespace");
    // a range of pages is one number, whatever marks join it: a source line citing other pages
    for (String pages : List.of("第11页", "第8-10页", "第3—7页", "第13--14页", "第 5 ～ 6 页")) {
      assertEquals("（选集第0卷，第0页）", Boilerplate.key("（选集第5卷，" + pages + "）"), pages);
    }
    assertEquals("第0-页", Boilerplate.key("第8-页"), "a mark after a number only");
  }

  @Test
  void aReleaseNotesComponentLabelsAreTextThoughTheyStandAtEdgesAndSometimesTwice() {
    // eight release notes, each a date line (furniture) and changes listed under the components'
    // names, in an order that turns; three notes list Table twice (features, then fixes)
    String[] labels = {"Table", "Select", "Form", "Menu"};
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      StringBuilder t = new StringBuilder("2019-0" + (i + 1) + "-15");
      for (int k = 0; k < labels.length; k++) {
        t.append('\n').append(labels[(i + k) % 4]).append("\n修复了").append(body(10 * i + k));
      }
      if (i < 3) t.append("\nTable\n新增了").append(body(100 + i));
      texts.add(t.toString());
    }
    Boilerplate b = Boilerplate.detect(texts);
    assertEquals(List.of(), b.copies().stream().map(c -> c[0] + "≈" + c[1]).toList());
    assertEquals(
        List.of(new Boilerplate.Paragraph("2019-01-15", 8, 8, "start", 8)), b.paragraphs());
    for (String t : texts) assertEquals(t.substring(t.indexOf('\n') + 1), b.strip(t));
  }

  @Test
  void aTitleThatOpensDocumentsOfSeveralYearsIsAFormTheyShareNotOneWorksTitle() {
    List<String> texts = new java.util.ArrayList<>();
    List<Integer> years = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      texts.add("# 1.0.0-rc." + i + "\n发布说明第" + i + "版。" + body(i));
      years.add(2015 + i);
      texts.add("# 工作报告第" + i + "部分\n报告正文第" + i + "段。" + body(10 + i));
      years.add(2007);
    }
    for (String other : List.of("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛")) {
      texts.add("# " + other + "文\n" + other + "的正文。" + body(other.charAt(0)));
      years.add(2010);
    }
    Boilerplate b = Boilerplate.detect(texts, years);
    // the parts of one year's report lose its title; the releases of three years keep theirs
    assertEquals("报告正文第2段。" + body(12), b.strip(texts.get(3)));
    assertEquals(texts.get(2), b.strip(texts.get(2)));
    assertEquals(
        List.of(new Boilerplate.Paragraph("# 工作报告第1部分", 3, 3, "start", 3)), b.paragraphs());
  }

  /** Returns a paragraph of text of its own for document {@code i}: its key differs too. */
  private static String body(int i) {
    StringBuilder t = new StringBuilder();
    for (int k = 0; k < 12; k++) t.append(words(i, k)).append("工作说明了进展。");
    return t.toString();
  }

  /**
   * Returns two characters that differ with {@code i} and {@code k} (no digits: keys fold them).
   */
  private static String words(int i, int k) {
    return new String(
        new char[] {
          (char) (0x4E00 + Math.floorMod(i * 131 + k * 17, 4000)),
          (char) (0x4E00 + Math.floorMod(i * 37 + k * 53 + 2000, 4000))
        });
  }
}
