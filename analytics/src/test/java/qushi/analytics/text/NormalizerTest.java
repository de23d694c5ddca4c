package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qushi.analytics.core.TextSearch;
import qushi.analytics.corpus.RawText;

/** Fixtures are cut from the seed extractions, keeping their line breaks and spacing. */
class NormalizerTest {
  private final Normalizer normalizer = Normalizer.defaults();

  private void assertClean(String expected, String raw) {
    assertEquals(expected, normalizer.normalize(raw));
  }

  @Test
  void aLineThatReachedTheMarginInFullWidthDigitsGoesOnInTheNextLine() {
    // a PDF's column, every line marked a paragraph by the extraction (a space before it): the
    // line set in full-width digits reached the margin, but reads short once they are folded
    String pdf =
        String.join(
            "\n\n",
            " 五年来，国民经济保持良好发展势头，经济结构",
            " 战略性调整迈出重要步伐。",
            " ——经济持续较快增长。国内生产总值从１９９",
            " ７年的７．４万亿元增加到２００２年的１０．２万",
            " 亿元，按可比价格计算，平均每年增长７．７％。产",
            " 业结构调整成效明显。粮食等主要农产品供给实现了",
            " 由长期短缺到总量平衡、丰年有余的历史性转变。以",
            " 信息产业为代表的高新技术产业迅速崛起。\n");
    assertEquals(
        "五年来，国民经济保持良好发展势头，经济结构战略性调整迈出重要步伐。\n——经济持续较快增长。国内生产总值从1997年的7.4万亿元"
            + "增加到2002年的10.2万亿元，按可比价格计算，平均每年增长7.7%。产业结构调整成效明显。粮食等主要农产品供给实现了由长期短缺到"
            + "总量平衡、丰年有余的历史性转变。以信息产业为代表的高新技术产业迅速崛起。",
        normalizer.normalize(pdf));
  }

  @Test
  void removesWebMarkupAndAddressesLeftInScrapedText() {
    // cut from a news transcript saved as .txt: tags, an entity, a video link
    String raw =
        "<p><strong>中国共产党第二十届中央委员会第一次全体会议公报<br></strong><br>（2022年10月23日通过）"
            + "<br></p><p>出席全会的有中央委员203人。</p>\n"
            + "（视频：https://tv.cctv.com/2022/10/23/VIDE2GtsMTxR221023.shtml）\n"
            + "R&amp;D 投入 &lt;2% 的企业，见 www.example.com/a?b=1 。\n"
            + "[查看原文](https://tv.cctv.com/2022/10/23/VIDE7Ox8.shtml)\n"
            + "详见[通知](http://www.gov.cn/a.htm)和![图](www.example.com/x.png)。\n";
    String clean = normalizer.normalize(raw);
    assertEquals(
        "中国共产党第二十届中央委员会第一次全体会议公报\n"
            + "（2022年10月23日通过）\n"
            + "出席全会的有中央委员203人。\n"
            + "（视频：）\n"
            + "R&D投入〈2%的企业，见。\n"
            + "详见通知和图。",
        clean);
    assertEquals(clean, normalizer.normalize(clean), "a fixed point");
    // plain text keeps its ampersands and angle brackets when it holds no tags
    assertEquals("A&amp;B <x> 3<4", normalizer.normalize("A&amp;B <x> 3<4"));
    // and its own angle brackets that no tag took when it holds some: only decoded ones turn
    String mixed = "当增速<5%时启动</script>预案，&lt;p&gt;不是标签，3>2。";
    assertEquals("当增速<5%时启动\n预案，〈p〉不是标签，3>2。", normalizer.normalize(mixed));
    assertEquals(normalizer.normalize(mixed), normalizer.normalize(normalizer.normalize(mixed)));
    // another vocabulary's elements, opened and closed, are markup too (DocBook without its
    // declaration, pasted into a .txt): one at a line's edge ends a paragraph, one within is inline
    assertEquals(
        "第一阶段(2022-2027)要完成的任务。\n推进北部都会区建设。",
        normalizer.normalize(
            "<para>\n<emphasis role=\"strong\">第一阶段（2022-2027）</emphasis>要完成的任务。\n</para>\n"
                + "<para>推进北部都会区建设。</para>\n"));
  }

  @Test
  void aNewsletterOfShortItemsWrappedAtAFixedWidthIsJoinedAndAWordCutInTwoIsWholeAgain() {
    // one-line paragraphs between blank lines, and long ones that a tool cut every 24 characters,
    // ChatGPT among them: fewer than half of the line breaks are single, more than a fifth
    List<String> paragraphs =
        List.of(
            "科技周刊（第九期）：模型不是好生意",
            "这里记录每周值得分享的科技内容，周五发布。",
            "封面图",
            "上海南站正在改造，中间用帘布隔开。",
            "模型不是一门好生意",
            "微软的 Microsoft 365 最近涨价了，原因是多了 AI 助手 Copilot 的成本，而中国大陆因为没有 Copilot，所以暂时不涨价。",
            "无独有偶，另一家公司也说要涨价。",
            "最新消息是，昨晚正式对外发布的新付费服务名为ChatGPT Pro，价格已经上涨到每月两百美元，比原来贵了十倍。",
            "这两条新闻证明了一件事。",
            "所有经营模型的公司日子都不好过。",
            "（1）模型需要投入大量资金。",
            "每年的运行经费据报道是七十亿美元，今年预计支出二十七亿美元，另一家公司最近又增加了数十亿美元的投入。",
            "（2）模型的价格战很激烈。",
            "（3）用户的忠诚度不高。",
            "这种运营压力恐怕将长期存在，因为以上的原因注定了模型不是一门好生意，很多公司只能依靠不断融资来维持运转，直到找到新的收入来源。",
            "文章",
            "工具");
    StringBuilder raw = new StringBuilder();
    for (String p : paragraphs) {
      if (raw.length() > 0) raw.append("\n\n");
      for (int i = 0; i < p.length(); i += 24) {
        if (i > 0) raw.append('\n');
        raw.append(p, i, Math.min(p.length(), i + 24));
      }
    }
    // (the full-width brackets around a list number are folded, and spaces beside Chinese
    // removed, as everywhere; the tool counted those spaces when it wrapped)
    String expected =
        String.join("\n", paragraphs)
            .replaceAll("（(\\d)）", "($1)")
            .replaceAll(" (?=[\\p{IsHan}，])|(?<=\\p{IsHan}) ", "");
    assertClean(expected, raw.toString());
    // a line cut at the width just after a space broke between words: that space stays
    assertClean(
        expected + "\n本次活动的正式名字是叫NixOS Ocean Sprint 2023。",
        raw + "\n\n本次活动的正式名字是叫 NixOS Ocean \nSprint 2023。");
    // a text that also breaks a line short between two Latin words was wrapped between words:
    // its break after "Ch" at the width is one too, and keeps its space
    String words = "本周推荐的工具是 Visual\nStudio Code 的新版本。";
    assertClean(
        expected.replace("ChatGPT", "Ch atGPT") + "\n本周推荐的工具是Visual Studio Code的新版本。",
        raw + "\n\n" + words);
  }

  @Test
  void anUnderlinedWordLeavesTheBlankLinesThatMarkTheParagraphs() {
    // one inline tag in text whose paragraphs are marked by blank lines: the tag goes, the
    // paragraphs stay apart (only block tags mark paragraphs themselves)
    assertClean(
        "第一段说明本周的新闻，涉及芯片、模型和开源软件的最新进展。\n"
            + "第二段是评论，模型似乎是一个可怕的行业，每年必须不断地巨额投资。\n"
            + "第三段是工具推荐，介绍几个好用的命令行工具和它们的用法。",
        "第一段说明本周的新闻，涉及芯片、\n模型和开源软件的最新\n进展。\n\n"
            + "第二段是评论，<u>模型似乎是一个\n可怕的行业</u>，每年必须不断\n地巨额投资。\n\n"
            + "第三段是工具推荐，介绍几个好用\n的命令行工具和它们的\n用法。\n");
  }

  @Test
  void foldsTheTypesettersHyphenInTextAndQuery() {
    assertClean("COVID-19疫情", "COVID‐19疫情");
    assertClean("COVID-19疫情", "COVID‑19疫情");
    assertEquals("sin-gle", Normalizer.defaults().query("sin‐gle"));
  }

  @Test
  void foldsTheLookAlikeOfMarketInTextAndQuery() {
    // 巿 (U+5DFF) typed for 市 (U+5E02): 巿民 and 市民 are one word
    assertClean("市民和城市", "\u5DFF民和城\u5DFF");
    assertEquals("市民", Normalizer.defaults().query("\u5DFF民"));
  }

  @Test
  void aLineOfAnAddressAloneLeavesNoBlankLineThatWouldJoinTheParagraphsAround() {
    // one blank line would make every other line break a wrap: the page's paragraphs run together
    assertClean(
        "第一段讲人工智能。\n第二段讲数据安全。\n第三段讲开源生态。\n第四段讲人才培养。",
        "第一段讲人工智能。\n第二段讲数据安全。\nhttps://example.com/a?b=1\n第三段讲开源生态。\n" + "第四段讲人才培养。");
  }

  @Test
  void removesEmailAddressesButKeepsAnAtSignInText() {
    // with the brackets around it
    assertClean("合作请邮件联系，或写信至。", "合作请邮件联系（yifeng.ruan@gmail.com），或写信至 news-desk@example.org.cn。");
    assertClean("译者：徐明，校对：", "译者：徐明<xu@example.com>，校对：<https://example.com/a>");
    // spaces inside the brackets go with them (a microblog's shortened link)
    assertClean("新版本出炉，快去看看。", "新版本出炉（ http://t.cn/RZh3hds ），快去看看。");
    assertClean("详见说明。", "详见说明( www.example.com/a )。");
    // full-width forms are folded first
    assertClean("联系：", "联系：ｒｕａｎ＠ｇｍａｉｌ．ｃｏｍ");
    assertClean("@人民日报发布：会议召开。", "@人民日报发布：会议召开。");
    assertClean("x@y与a@b.c1", "x@y 与 a@b.c1");
    // an address a page's host hid (Cloudflare) leaves its placeholder, no text either
    assertClean("作者：陈皓，邮件：。", "作者：陈皓，邮件：[email protected]。");
    assertClean("作者：陈皓，邮件：。", "<p>作者：陈皓，邮件：（[email&#160;protected]）。</p>");
    // thousands of dotted numbers after an @ (a PDF table): no address, and no stack overflow
    String table = "数据：id@" + "1.".repeat(3000) + "x";
    assertEquals(table, normalizer.normalize(table));
  }

  /** Paragraphs of a government work report, the first a title line without punctuation. */
  private static final List<String> REPORT =
      List.of(
          "政府工作报告",
          "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
          "过去一年是党和国家历史上具有里程碑意义的一年。我们实现了第一个百年奋斗目标，在中华大地上" + "全面建成了小康社会，历史性地解决了绝对贫困问题，推动高质量发展取得新成效。",
          "我们坚持以推动高质量发展为主题，以深化供给侧结构性改革为主线，扎实做好“六稳”“六保”工作，" + "经济运行保持在合理区间。",
          "我们要深入实施创新驱动发展战略，推动产业结构优化升级，加快建设现代化经济体系，" + "着力推动高质量发展，不断增强经济创新力和竞争力。",
          "各位代表！我们要更加紧密地团结在党中央周围，为全面建设社会主义现代化国家而不懈奋斗！");

  /** Returns each paragraph cut into lines of {@code width} characters. */
  private static List<String> wrapped(List<String> paragraphs, int width) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < p.length(); i += width)
        lines.add(p.substring(i, Math.min(p.length(), i + width)));
      out.add(String.join("\n", lines));
    }
    return out;
  }

  @Test
  void textBrokenAtAFixedWidthWithoutBlankLinesIsUnwrapped() {
    // what a text tool (or a PDF extraction without blank lines) writes: every line 20 characters
    // but the last of each paragraph; 供给侧结构性改革 and 中华 are broken across lines
    String raw = String.join("\n", wrapped(REPORT, 20)) + "\n";
    assertTrue(raw.contains("供\n给侧结构性改革") && raw.contains("中\n华"), raw);
    assertEquals(String.join("\n", REPORT), Normalizer.defaults().normalize(raw));
  }

  /** A plan with numbered headings and figures, as a PDF of it justifies its lines. */
  private static final List<String> PLAN =
      List.of(
          "一、总体要求",
          "坚持数字化转型驱动生产方式、生活方式和治理方式全面变革，统筹推进数字基础设施建设和数据资源体系建设，"
              + "加快形成横向打通、纵向贯通、协调有力的一体化推进格局，为建设数字中国提供有力支撑。",
          "二、主要目标",
          "到2025年，基本形成横向打通、纵向贯通、协调有力的一体化推进格局，数字基础设施高效联通，数据资源规模和质量"
              + "加快提升，数据要素价值有效释放，数字经济发展质量效益大幅增强，5G用户普及率超过56%，千兆光网覆盖超过5亿户家庭，"
              + "政务数字化智能化水平明显提升，数字文化建设跃上新台阶，数字社会精准化普惠化便捷化取得显著成效。",
          "三、重点任务",
          "夯实数字基础设施和数据资源体系两大基础，加快5G网络与千兆光网协同建设，深入推进IPv6规模部署和应用，"
              + "推进移动物联网全面发展，大力推进北斗规模应用，系统优化算力基础设施布局，促进东西部算力高效互补和协同联动，"
              + "引导通用数据中心、超算中心、智能计算中心、边缘数据中心合理梯次布局，整体提升应用基础设施水平。");

  /**
   * Returns each paragraph laid out in lines {@code columns} wide as a PDF justifies them: a
   * Chinese character or mark two columns, a digit or Latin letter one. No line starts with a
   * closing mark: where one comes next, a line that holds another mark takes it, both set at half
   * width (it measures two columns more than the width), and one that holds none gives its last
   * character to the next line.
   */
  private static List<String> justified(List<String> paragraphs, int columns) {
    return justified(paragraphs, columns, 0);
  }

  /**
   * Returns the paragraphs justified as {@link #justified(List, int)} does, the first line of each
   * {@code indent} columns narrower: indented, and its indent lost to extraction.
   */
  private static List<String> justified(List<String> paragraphs, int columns, int indent) {
    List<String> out = new ArrayList<>();
    String closing = "，。、；：”》）";
    for (String p : paragraphs) {
      StringBuilder line = new StringBuilder();
      int first = out.size();
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (Chars.width(line.toString() + c) > columns - (out.size() == first ? indent : 0)) {
          if (closing.indexOf(c) < 0) {
            out.add(line.toString());
            line.setLength(0);
          } else if (line.chars().anyMatch(x -> "，。、；：“”《》（）".indexOf(x) >= 0)) {
            out.add(line.append(c).toString());
            line.setLength(0);
            continue;
          } else {
            char last = line.charAt(line.length() - 1);
            out.add(line.substring(0, line.length() - 1));
            line.setLength(0);
            line.append(last);
          }
        }
        line.append(c);
      }
      out.add(line.toString());
    }
    return out;
  }

  @Test
  void aJustifiedTextWhoseLinesOfMarksAndFiguresMeasureWiderIsUnwrapped() {
    List<String> lines = justified(PLAN, 54);
    // the lines measure 54 columns, or more where marks were set at half width: more than one in
    // twenty is wider than the width they were broken at
    long wider = lines.stream().filter(l -> Chars.width(l) > 54).count();
    long at = lines.stream().filter(l -> Chars.width(l) == 54).count();
    assertTrue(wider * 20 > lines.size() && at * 4 >= lines.size(), lines.toString());
    assertEquals(
        String.join("\n", PLAN), Normalizer.defaults().normalize(String.join("\n", lines) + "\n"));
  }

  /** Boxes of numbered items, as a plan sets them between its paragraphs in smaller type. */
  private static final List<String> BOX_ONE =
      List.of(
          "专栏1数字化解决方案研发推广工程",
          "1.家用电器行业：个性化定制平台、家电垂域大模型技术、自动化焊接机器人、智能感知交互技术等解决方案。",
          "2.家具行业：家具数字化设计平台、三维建模技术、金属部件数控加工、板式家具柔性生产线等解决方案。",
          "3.五金制品行业：自动上下料工业机器人、专用自动装配设备、断线钳自动加工设备、智能厨卫产品等解决方案。",
          "4.造纸行业：制浆造纸设备数字化与网络化改造、能源及排放监测、造纸过程智能控制等解决方案。",
          "5.日用化学行业：包装与码垛机器人、机器视觉识别检测装置、配方智能设计与质量在线监测等解决方案。");

  private static final List<String> BOX_TWO =
      List.of(
          "专栏2数字化标准研制工程",
          "1.家用电器行业：制定智能家电服务平台建设与运维技术规范、智能家电能力评估、互联互通与适老化标准。",
          "2.家具制造行业：制定智能家具能力评估、智能检测装备应用指南、数字化质量管控与智能物流仓储标准。",
          "3.皮革行业：制定基于机器视觉的皮革伤残检测与智能分级标准、数字化生产线的互联互通与集成应用标准。",
          "4.塑料制品行业：制定数字化生产线互联互通标准、智能仓储系统标准、产品全生命周期追溯与碳足迹标准。",
          "5.电池行业：制定铅蓄电池与原电池智能产线互联互通与协同控制标准、健康照明产品评价规范等标准。");

  @Test
  void aPlanWhoseBoxesAreWrappedWiderThanItsBodyIsUnwrappedAtBothWidths() {
    // the body justified at 52 columns, the boxes between its paragraphs at 68: more than one line
    // in twenty is wider than the body's width, and no one width holds the text. Before, every
    // line stayed a paragraph of its own, and a word cut at a line's end (数字化|转型) was lost
    List<String> paragraphs = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<List<String>> parts =
        List.of(PLAN.subList(0, 2), BOX_ONE, PLAN.subList(2, 4), BOX_TWO, PLAN.subList(4, 6));
    for (int k = 0; k < parts.size(); k++) {
      paragraphs.addAll(parts.get(k));
      lines.addAll(justified(parts.get(k), k % 2 == 0 ? 52 : 68));
    }
    long wider = lines.stream().filter(l -> Chars.width(l) > 54).count();
    String raw = String.join("\n", lines) + "\n";
    assertTrue(wider * 20 > lines.size() && raw.contains("数字化质\n量管控"), raw);
    assertEquals(String.join("\n", paragraphs), Normalizer.defaults().normalize(raw));
  }

  @Test
  void headingsStandAloneAboveBodyWhoseIndentWasLost() {
    // a plan's PDF extraction: the body justified at 52 columns, each paragraph's first line 4
    // columns short (its indent lost), headings and the title's two lines not indented. Before, a
    // heading and the body's first line, both short, were read as a heading of two lines
    List<String> body =
        List.of(
            PLAN.get(1),
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，立足新发展阶段。",
            "智慧健康养老产业是以智能产品和信息系统平台为载体，面向人民群众的健康及养老服务需求的新兴产业形态。",
            PLAN.get(3),
            "（3）智能赋能技术：规范机器视觉技术应用于产品质量检测、5G技术应用于设备预测性维护场景、数字孪生技术应用于虚拟工厂建设等应用标准。");
    List<String> lines = new ArrayList<>(List.of("智慧健康养老产业发展行动计划", "（2021-2025年）"));
    lines.addAll(justified(List.of(body.get(2)), 52, 4));
    lines.add("（一）指导思想");
    lines.addAll(justified(List.of(body.get(1)), 52, 4));
    lines.add("（二）基本原则");
    lines.addAll(justified(List.of(body.get(0)), 52, 4));
    lines.add("（三）发展愿景");
    lines.addAll(justified(List.of(body.get(3)), 52, 4));
    // an item whose first line, short by its indent, reaches most of the width: no heading
    lines.addAll(justified(List.of(body.get(4)), 52, 4));
    String raw = String.join("\n", lines);
    // the intro's first line is a character shorter still: 载 went down with 体，
    assertTrue(raw.contains("\n智慧健康养老产业是以智能产品和信息系统平台为载\n体，"), raw);
    assertEquals(
        String.join(
            "\n",
            "智慧健康养老产业发展行动计划（2021-2025年）",
            body.get(2),
            "（一）指导思想",
            body.get(1),
            "（二）基本原则",
            body.get(0),
            "（三）发展愿景",
            body.get(3),
            body.get(4).replace("（3）", "(3)")), // a number in brackets is folded
        Normalizer.defaults().normalize(raw));
  }

  @Test
  void aNumberedHeadingNearTheMarginEndsBeforeALineOpenedByAMarker() {
    // a PDF extraction with a blank line after every line (the seeds' reports): the heading comes
    // near the column's width, so it is no short line, and the body under it opens with 一是
    String raw =
        "支持政策等。\n\n一、女性已成为推动科技创新的核心力量\n\n一是具有独特研究视角与思维特征是女性科技人\n\n"
            + "才的先天优势。中国工程院院士、发展中国家科学院\n\n院士指出，女性科学家在团队中作用突出。";
    assertEquals(
        "支持政策等。\n一、女性已成为推动科技创新的核心力量\n"
            + "一是具有独特研究视角与思维特征是女性科技人才的先天优势。中国工程院院士、发展中国家科学院院士指出，女性科学家在团队中作用突出。",
        Normalizer.defaults().normalize(raw));
    // an indent alone does not end a numbered item: a PDF's extraction (a blank line after every
    // line) indents where a text block starts, inside an item too (a budget's list of duties)
    String duties =
        " （三）逐步建立规范透明、标准科学、约束有力的预算制度，健全包括一般\n\n"
            + "公共预算、政府性基金预算在内的政府预算管理体系；深化部门预算改革。\n\n"
            + " （四）参与预测本区宏观经济形势，分析财政资金支持经济发展情况，结合本区\n\n"
            + " 实际，参与制定产业发展、经济贸易、科技、教育和社会保障等政策措施和改革方\n\n"
            + "案；提出运用财政政策实施宏观调控和综合平衡财力的建议；执行国家和本市有关\n\n"
            + " 扶持政策。\n\n"
            + " （五）拟订和组织实施本区行政事业单位国有资产管理规章制度，规范管理和处\n\n"
            + " 置行政事业单位国有资产，深入推进改革，建立资产共享共用机制。";
    assertEquals(
        "（三）逐步建立规范透明、标准科学、约束有力的预算制度，健全包括一般公共预算、政府性基金预算在内的政府预算管理体系；深化部门预算改革。\n"
            + "（四）参与预测本区宏观经济形势，分析财政资金支持经济发展情况，结合本区实际，参与制定产业发展、经济贸易、科技、教育和社会保障等政策措施和改革方案；"
            + "提出运用财政政策实施宏观调控和综合平衡财力的建议；执行国家和本市有关扶持政策。\n"
            + "（五）拟订和组织实施本区行政事业单位国有资产管理规章制度，规范管理和处置行政事业单位国有资产，深入推进改革，建立资产共享共用机制。",
        Normalizer.defaults().normalize(duties));
  }

  @Test
  void textWrittenOneSentencePerLineKeepsItsLines() {
    // lines of every width, each ending a sentence: nothing is wrapped, nothing joined
    String text =
        "我们坚持稳中求进工作总基调。\n经济运行保持在合理区间，就业形势总体稳定。\n"
            + "科技创新取得新突破。\n我们要坚定不移推进改革开放，着力推动高质量发展，不断增强经济创新力和竞争力。\n"
            + "粮食产量再创新高。\n居民收入增长和经济增长基本同步，城乡居民收入差距继续缩小。\n"
            + "生态环境质量持续改善。\n各项民生事业取得新进展。\n国防和军队建设取得新成就。";
    assertEquals(text, Normalizer.defaults().normalize(text));
  }

  @Test
  void aNumberBrokenAcrossLinesIsJoinedWhole() {
    // a PDF extraction (a blank line between lines) of a column 10 characters wide
    assertEquals(
        "化解钢铁过剩产能9000多万吨、煤炭产能超过2.5亿吨，增长50.5%。",
        Normalizer.defaults().normalize("化解钢铁过剩产能90\n\n00多万吨、煤炭产能超\n\n过2.5亿吨，增长50.\n\n5%。"));
    // two numbers of Latin text a line apart stay apart
    assertEquals(
        "The rates were 12 and then 2016 13 percent in the year after the long recession.",
        Normalizer.defaults()
            .normalize(
                "The rates were 12 and then 2016\n\n"
                    + "13 percent in the year after the long recession."));
  }

  @Test
  void aTableRowAndItsRuleAreNoContinuation() {
    // rows of a Markdown table in text with blank lines: each row a paragraph, the |---| rule gone
    assertEquals(
        "附录\n|指标|目标|\n|国内生产总值|增长6.5%|\n正文继续写下去。",
        Normalizer.defaults().normalize("附录\n|指标|目标|\n|---|---|\n|国内生产总值|增长6.5%|\n\n正文继续写下去。"));
  }

  @Test
  void listsContentsTablesAndVerseKeepTheirLines() {
    List<String> texts =
        List.of(
            // contents: items of similar width, each opened by a chapter number
            "第一章 关于加强基层治理体系建设的意见\n第二章 关于推进城乡融合发展的若干措施\n"
                + "第三章 关于加快建设现代化产业体系意见\n第四章 关于深化科技体制改革的实施方案\n"
                + "第五章 关于促进民营经济发展壮大的意见\n第六章 关于全面推进乡村振兴的重点工作\n"
                + "第七章 关于健全社会保障体系的指导意见\n第八章 关于加强生态环境保护的决定全文\n"
                + "第九章 关于提升公共服务水平的工作方案",
            // a list, one item a line
            "- 加快建设现代化产业体系推动高质量发展\n- 深化科技体制改革提升自主创新能力\n"
                + "- 全面推进乡村振兴加快农业现代化建设\n- 扩大高水平对外开放稳外贸稳外资\n"
                + "- 保障和改善民生办好人民满意的教育\n- 加强生态文明建设推动绿色低碳发展\n"
                + "- 健全社会保障体系提高公共服务水平\n- 推进法治政府建设提升依法行政能力\n"
                + "- 统筹发展和安全守住不发生系统风险",
            // a table of figures
            "北京市 地区生产总值 43760.7 亿元 增长 5.2%\n上海市 地区生产总值 47218.7 亿元 增长 5.0%\n"
                + "广东省 地区生产总值 135673 亿元 增长 4.8%\n江苏省 地区生产总值 128222 亿元 增长 5.8%\n"
                + "浙江省 地区生产总值 82553.2 亿元 增长 6.0%\n山东省 地区生产总值 92068.7 亿元 增长 6.0%\n"
                + "四川省 地区生产总值 60132.9 亿元 增长 6.0%\n河南省 地区生产总值 59132.4 亿元 增长 4.1%\n"
                + "湖北省 地区生产总值 55803.6 亿元 增长 6.0%",
            // English sentences of one width
            "We will keep the economy running within an appropriate range now.\n"
                + "We will pursue high quality development across the whole nation.\n"
                + "We will deepen reform and opening up and boost market confidence.\n"
                + "We will advance rural revitalization and improve farming output.\n"
                + "We will strengthen social security and improve public services.\n"
                + "We will promote green development and protect the environment.\n"
                + "We will build a modern industrial system driven by innovation.\n"
                + "We will ensure both development and security in the new era.\n");
    for (String text : texts) {
      String clean = Normalizer.defaults().normalize(text);
      assertEquals(text.strip().lines().count(), clean.lines().count(), clean);
    }
  }

  @Test
  void aBlankLineBreaksTheParagraphWhenParagraphsAreWrappedOverLines() {
    // paragraphs wrapped at 20 characters and a blank line after each (Markdown, e-mail): the
    // title line without punctuation is a paragraph of its own, not the start of the next one
    String raw = String.join("\n\n", wrapped(REPORT, 20)) + "\n";
    assertEquals(String.join("\n", REPORT), Normalizer.defaults().normalize(raw));
  }

  @Test
  void joinsWordBrokenAcrossLines() {
    assertClean(
        "“不确定”的未来产业如何发展？潘教峰认为，未来产业依托于未来新的技术突破，更多是源头技术" + "突破的衍生应用。",
        "“不确定”的未来产业如何发展？潘教峰认为，未\n\n来产业依托于未来新的技术突破，更多是源头技术\n\n" + "突破的衍生应用。\n");
  }

  @Test
  void joinsNameBrokenAcrossLines() {
    assertClean(
        "“在目前宏观经济乏力、疫情呈常态化之势以及双碳目标作为转换社会经济发展模式引领理念的情况下，"
            + "以‘智慧·健康·碳中和’作为此届中关村论坛的主题显然是紧扣当今所需。”IPG首席经济学家柏文喜"
            + "告诉北京商报记者。",
        "“在目前宏观经济乏力、疫情呈常态化之势以及\n\n双碳目标作为转换社会经济发展模式引领理念的情\n\n"
            + "况下，以‘智慧·健康·碳中和’作为此届中关村论坛的\n\n"
            + "主题显然是紧扣当今所需。”IPG首席经济学家柏文\n\n喜告诉北京商报记者。\n\n");
  }

  @Test
  void removesSpacesBetweenSpacedOutCharacters() {
    assertClean(
        "编者按4月25日至29日，2024中关村论坛年会在京举行。在年会的多场平行论坛上，中外专家围绕生命" + "科学、人工智能、未来产业等热点议题深入研讨。",
        "\n编者按 4 月 25 日 至 29 日 ，2024 中 关 村 论 坛 年 会 在\n\n"
            + "京举行。在年会的多场平行论坛上，中外专家围绕生命\n\n科学、人工智能、未来产业等热点议题深入研讨。");
  }

  @Test
  void spacedEditorsNoteGetsFullWidthColon() {
    assertClean(
        "编者按：国际人类表型组论坛以“表型组与精准医学”为主题，围绕人类表型组国际大科学计划实施进展、" + "人类表型组与精准医学研究现状与未来动向等展开深入研讨。",
        " 编 者 按 : \n国际人类表型组论坛以“表型组与精准医学”为主题，围绕人类表型组国际大科学\n\n"
            + "计划实施进展、人类表型组与精准医学研究现状与未来动向等展开深入研讨。");
  }

  @Test
  void dropsATableOfContentsWithItsHeadingButKeepsTheHeadingsInTheText() {
    // a PDF extraction (a blank line between lines): the contents' entries with leaders and page
    // numbers, a chapter entry without leaders, a title that wraps onto a second line, then the
    // text
    String pdf =
        "某市科技创新发展规划\n\n目 录\n\n一、总体要求……………………………1\n\n"
            + "（一）指导思想 . . . . . . . . . . . . . 1\n\n二、主要任务 3\n\n"
            + "（一）加快建设具有全球影响力的科技创新中心，推动\n\n"
            + "产业链创新链深度融合……………………3\n\n三、保障措施……………………………8\n\n\n\n2\n\n"
            + "一、总体要求\n\n当前，新一轮科技革命和产业变革突飞猛进，科\n\n学研究范式正在发生深刻变革，学科交叉融合不断发\n\n"
            + "展，科学技术和经济社会发展加速渗透融合，全球科\n\n技创新活动越发凸显原始创新和策源能力的重要性。\n\n"
            + "二、主要任务\n\n科学探索不断向宏观拓展、向微观深入，交叉融合汇聚不断加速，\n\n"
            + "有望拓展人类对物质、生命、能量的基本认知，催生新的重大科学思\n\n想和科学理论。";
    assertEquals(
        "某市科技创新发展规划\n一、总体要求\n"
            + "当前，新一轮科技革命和产业变革突飞猛进，科学研究范式正在发生深刻变革，学科交叉融合不断发展，"
            + "科学技术和经济社会发展加速渗透融合，全球科技创新活动越发凸显原始创新和策源能力的重要性。\n二、主要任务\n"
            + "科学探索不断向宏观拓展、向微观深入，交叉融合汇聚不断加速，有望拓展人类对物质、生命、能量的"
            + "基本认知，催生新的重大科学思想和科学理论。",
        normalizer.normalize(pdf));
    // a word processor's contents: the leaders were a tab, so only the heading marks them
    assertEquals(
        "第一章 总则\n本条例适用于本市。", normalizer.normalize("目录\n第一章 总则 1\n第二章 规划与建设 5\n第一章 总则\n本条例适用于本市。"));
    // a heading of two clauses parted by a comma is an entry too
    assertEquals(
        "一、过去一年的工作\n过去一年，经济运行总体平稳。",
        normalizer.normalize(
            "目　录\n一、过去一年的工作 2\n二、认真做好金融工作，防范和化解金融风险 4\n三、实施科教兴国战略 5\n"
                + "一、过去一年的工作\n过去一年，经济运行总体平稳。"));
    // as if the contents had not been there
    String body = "Preface\n\nThis manual describes the system.";
    assertEquals(
        normalizer.normalize(body),
        normalizer.normalize(
            "Contents\n\n"
                + "1 Preface 1\n\n"
                + "1.1 Scope . . . . . . . . . 1\n\n"
                + "1.2 Terms . . . . . . . . 2\n\n"
                + "1.3 Licence . . . . . . . 3\n\n\n\n"
                + body));
  }

  @Test
  void aContentsOfParagraphRangesIsDroppedWithItsHeadingAndColumnLabel() {
    // a policy address that numbers its paragraphs, as its PDF gives it: each heading with the
    // range of paragraphs it holds, a subheading's range inside its heading's
    String pdf =
        "二〇一三年施政报告\n\n目 录\n\n段落\n\n（一）引言 1-18\n\n 愿景 1-10\n\n 前提 11\n\n"
            + " 以人为本 12-14\n\n 应民所需 急民所急 15-18\n\n（二）经济发展 19-48\n\n 政府的角色 20\n\n"
            + "\n\n（一）引言\n\n愿景\n\n1. 我今天发表的施政报告，是本届政府的第一份施政报告。\n\n"
            + "前提\n\n11. 我们必须坚持一国两制。";
    assertEquals(
        "二〇一三年施政报告\n（一）引言\n愿景\n1. 我今天发表的施政报告，是本届政府的第一份施政报告。\n前提\n11. 我们必须坚持一国两制。",
        normalizer.normalize(pdf));
    // rows of figures in ranges leave gaps between them: a table, not contents
    String table = "第一组 1-3\n第二组 5-8\n第三组 10-12\n第四组 14-20";
    assertEquals(table.replace(" ", ""), normalizer.normalize(table));
  }

  @Test
  void aContentsWhoseLeadersRunToTheLineEndIsDroppedWithoutPageNumbers() {
    // a budget's contents: its writer left the page numbers out, the leaders stay
    String leaders = "……………………………………";
    String budget =
        "2025年部门预算\n目 录\n一、部门主要职能"
            + leaders
            + "\n二、部门机构设置"
            + leaders
            + "\n三、名词解释"
            + leaders
            + "\n上海市某区某局主要职能\n主要职能包括：负责本区有关工作。\n";
    assertEquals("2025年部门预算\n上海市某区某局主要职能\n主要职能包括：负责本区有关工作。", normalizer.normalize(budget));
    // lines of text that trail off in an ellipsis are no entries
    String text = "他说：“这件事……”\n后来……\n再后来……\n故事就这样结束了。\n";
    assertEquals(4, normalizer.normalize(text).lines().count(), normalizer.normalize(text));
  }

  @Test
  void aListOfTheDocumentsOwnHeadingsIsDroppedAndTheHeadingsStay() {
    // a news programme's summary: each item is then a heading of its own; the list goes as a
    // whole, with an item that heads nothing (二十大代表风采), one whose heading reads otherwise
    // (伊朗…) and an item's text that goes on after its colon, in a paragraph or two
    String news =
        "本期节目主要内容：\n1.国家卫生健康委通报最新疫情；\n2.二十大代表风采：\n"
            + "3.中国空间站的首个 国庆节；\n4.消博会：\n跨国企业 吉林：\n看好中国消费大市场；\n"
            + "5.伊朗称仅进行了有限打击；\n6.我国成功发射四维卫星。\n详细新闻\n### 国家卫生健康委通报最新疫情\n"
            + "10月1日0—24时，31个省报告新增确诊病例。\n### 中国空间站的首个国庆节\n"
            + "航天员在空间站迎来国庆节。\n### 消博会：跨国企业看好中国消费大市场\n消博会开幕。\n"
            + "### 我国成功发射四维卫星\n卫星顺利进入预定轨道。";
    assertEquals(
        "本期节目主要内容：\n详细新闻\n###国家卫生健康委通报最新疫情\n"
            + "10月1日0—24时，31个省报告新增确诊病例。\n###中国空间站的首个国庆节\n航天员在空间站迎来国庆节。\n"
            + "###消博会：跨国企业看好中国消费大市场\n消博会开幕。\n###我国成功发射四维卫星\n卫星顺利进入预定轨道。",
        normalizer.normalize(news));
    // where fewer than half of a list's entries list headings, only those go
    assertEquals(
        "3.加强基础研究；\n4.完善人才政策；\n5.深化国际合作；\n"
            + "###国家卫生健康委通报最新疫情\n新增确诊病例。\n###中国空间站的首个国庆节\n航天员迎来国庆节。",
        normalizer.normalize(
            "1.国家卫生健康委通报最新疫情；\n2.中国空间站的首个国庆节；\n3.加强基础研究；\n"
                + "4.完善人才政策；\n5.深化国际合作；\n### 国家卫生健康委通报最新疫情\n新增确诊病例。\n"
                + "### 中国空间站的首个国庆节\n航天员迎来国庆节。"));
    // a table of contents without page numbers, and its heading
    assertEquals(
        "一、总体要求\n当前，科技革命突飞猛进。\n二、主要任务\n科学探索不断深入。",
        normalizer.normalize("目录\n一、总体要求\n二、主要任务\n一、总体要求\n当前，科技革命突飞猛进。\n二、主要任务\n科学探索不断深入。"));
    // a law's list items repeated in a later article are text; so is a numbered heading repeated
    // in each part of a document, with its text after it
    String law =
        "第一条有下列情形之一的，从重处罚：\n（一）违法所得五千元以上的；\n（二）造成严重后果的；\n"
            + "第二条有下列情形之一的，不予处罚：\n（一）违法所得五千元以上的；\n（二）造成严重后果的；";
    assertEquals(law, normalizer.normalize(law));
    String parts = "三、相关建议\n一是加强合作。\n三、相关建议\n一是深化研究。\n三、相关建议\n一是完善制度。";
    assertEquals(parts, normalizer.normalize(parts));
    String numbered = "三、相关建议\n1.加强合作。\n三、相关建议\n1.深化研究。\n三、相关建议\n1.完善制度。";
    assertEquals(numbered, normalizer.normalize(numbered));
  }

  @Test
  void aLineWithLeadersInTheTextAndATableOfFiguresAreNoContents() {
    // one line with leaders is not a table of contents; nor are lines ending in numbers without a
    // contents heading
    assertEquals(
        "详见附件……3\n2021年产值120\n2022年产值135\n2023年产值150",
        normalizer.normalize("详见附件……3\n2021年 产值 120\n2022年 产值 135\n2023年 产值 150"));
    // leaders before figures that go down are a table, not pages
    String indicators = "地区生产总值（亿元）………………4523\n城镇新增就业（人）……………………1244\n粮食产量（万吨）………………………310";
    assertEquals(indicators, normalizer.normalize(indicators));
    // a list under 目录 that is no numbered heading with its page; a table under it
    assertEquals("目录\n附件1\n附件2\n附件3", normalizer.normalize("目录\n附件1\n附件2\n附件3"));
    assertEquals("目录\n台式计算机20\n打印机5", normalizer.normalize("目录\n台式计算机 20\n打印机 5"));
    // a line of thousands of leaders is one line of text, not a crash
    String dots = "标题" + ".".repeat(20_000);
    assertEquals(dots, normalizer.normalize(dots));
  }

  @Test
  void theTextAfterATableOfContentsStaysEvenWhereItLooksLikeAnEntry() {
    // a sentence wrapped after a number, and a short line before a leader line whose page goes back
    assertEquals(
        "截至2024年底，全市共有企业120\n家，其中高新技术企业35\n家。",
        normalizer.normalize(
            "第一章 总则……………………1\n第二章 规划……………………5\n第三章 建设……………………9\n"
                + "截至2024年底，全市共有企业120\n家，其中高新技术企业35\n家。"));
    assertEquals(
        "附表\n序号……………………1\n说明文字如下。",
        normalizer.normalize(
            "一、总体要求……………………1\n二、主要任务……………………3\n三、保障措施……………………8\n" + "附表\n序号……………………1\n说明文字如下。"));
    // the first title wraps, with a comma in it: it goes with the heading
    assertEquals(
        "一、总体要求\n当前，新一轮科技革命突飞猛进。",
        normalizer.normalize(
            "目录\n（一）加快建设具有全球影响力的科技创新中心，推动\n产业链创新链深度融合……………………3\n"
                + "二、主要任务……………………5\n三、保障措施……………………8\n一、总体要求\n当前，新一轮科技革命突飞猛进。"));
  }

  @Test
  void dropsPageNumberLinesAndBreaksParagraphAtPageEnd() {
    assertClean(
        "当前，新一轮科技革命和产业变革突飞猛进，科学研究范式正在发生深刻变革，学科交叉融合不断发展，"
            + "科学技术和经济社会发展加速渗透融合，全球科技创新活动越发凸显原始创新和策源能力的重要性。\n"
            + "科学探索不断向宏观拓展、向微观深入，交叉融合汇聚不断加速，有望拓展人类对物质、生命、能量的"
            + "基本认知，催生新的重大科学思想和科学理论。",
        "当前，新一轮科技革命和产业变革突飞猛进，科\n\n学研究范式正在发生深刻变革，学科交叉融合不断发\n\n"
            + "展，科学技术和经济社会发展加速渗透融合，全球科\n\n技创新活动越发凸显原始创新和策源能力的重要性。"
            + "\n\n\n\n2\n\n科学探索不断向宏观拓展、向微观深入，交叉融合汇聚不断加速，\n\n"
            + "有望拓展人类对物质、生命、能量的基本认知，催生新的重大科学思\n\n想和科学理论。");
  }

  @Test
  void dropsPageNumbersOfEveryCommonShape() {
    assertClean(
        "支持，促进全球人才资本技术等创新要素在沪集聚。",
        "支持，促进全\n\n- 12 -\n\n球人才资本技术等创新\n\n第 3 页\n\n要素在沪集聚。\n\n\n\n"
            + "20  |  PUJIANG INNOVATION FORUM 2024\n\nPUJIANG INNOVATION FORUM 2024  |  67\n");
  }

  @Test
  void aRunningHeaderWithItsPageNumberIsOneHeaderOnEveryPageFrontMatterIncluded() {
    // the header carries the page: roman in the front matter, "n / total" in the body; the cover's
    // title, the same words at a page break, goes with it
    String pdf =
        "系统管理手册\n\n出版日期：2024年1月31日\n\n\n\n系统管理手册 ii\n\n"
            + "前言部分说明本手册的用途和读者对象，介绍各章的主要内容\n\n以及阅读本手册时需要注意的事项。\n\n\n\n"
            + "系统管理手册 iii\n\n第一章说明系统的安装方法，第二章说明系统的配置方法，\n\n"
            + "第三章说明日常维护的方法和常见问题的处理办法。\n\n\n\n系统管理手册 1 / 45\n\n"
            + "安装系统之前，请先确认硬件满足最低要求，并准备好安装\n\n介质和网络连接。\n\n\n\n"
            + "系统管理手册 2 / 45\n\n配置网络时，请先确认服务器的地址和网关设置正确无误。";
    assertEquals(
        "出版日期：2024年1月31日\n"
            + "前言部分说明本手册的用途和读者对象，介绍各章的主要内容以及阅读本手册时需要注意的事项。\n"
            + "第一章说明系统的安装方法，第二章说明系统的配置方法，第三章说明日常维护的方法和常见问题的处理办法。\n"
            + "安装系统之前，请先确认硬件满足最低要求，并准备好安装介质和网络连接。\n"
            + "配置网络时，请先确认服务器的地址和网关设置正确无误。",
        normalizer.normalize(pdf));
  }

  @Test
  void headingsAtPageTopsThatDifferByACapitalRomanNumberStay() {
    // 总体情况 I, II, III open pages 1-3 after a cover: headings, not a header with its page
    String[] parts = {"I", "II", "III"};
    StringBuilder pdf = new StringBuilder("某市科技创新规划\n\n某市人民政府\n\n0\n\n\n\n");
    for (int p = 0; p < parts.length; p++) {
      pdf.append("总体情况 ")
          .append(parts[p])
          .append("\n\n本部分介绍了规划实施以来全市科技创新工作取得的主要进展和存在的问题，\n\n为下一阶段工作提供参考。\n\n")
          .append(p + 1)
          .append("\n\n\n\n");
    }
    String clean = normalizer.normalize(pdf.toString());
    for (String part : parts) {
      assertTrue(clean.contains("总体情况" + part + "\n"), clean);
    }
  }

  /** A budget's pages: prose wrapped at one width, then a table of figures that ends the page. */
  private static String budgetPage(int page, String lastRow) {
    return "按照本区预算管理工作的总体要求，本部门编制了本年度的部门预算，现将有关情况说明\n\n"
        + "如下，请审议，并将有关支出安排和绩效目标的设置情况一并报告，具体内容见下列各表\n\n"
        + "221 住房保障支出 3,609,125.22 3,609,125.22\n\n"
        + lastRow
        + "\n\n\n\n- "
        + page
        + " -\n\n";
  }

  @Test
  void aTableRowOfFiguresThatEndsThreePagesIsNoRunningHeader() {
    // eight pages; three tables end with the same row at a page's end
    String row = "221 02 03 购房补贴 1,867,680.00 1,867,680.00";
    String pdf = "";
    for (int page = 1; page <= 8; page++) {
      pdf +=
          budgetPage(page, page % 3 == 1 ? row : "221 02 0" + page + " 其他支出 " + page + ",000.00");
    }
    String clean = Normalizer.defaults().normalize(pdf);
    assertEquals(3, clean.split("购房补贴", -1).length - 1, clean);
    // two decimals are figures too; a title over each page is a running header still, and so is a
    // header of figures that stands on every page (a report's period, 2023.01-2023.12)
    String twice = "210 11 01 行政单位医疗 60.99 60.99";
    String titled = "";
    for (int page = 1; page <= 8; page++) {
      titled +=
          "部门预算表\n\n经济运行分析 2023.01-2023.12\n\n"
              + budgetPage(page, page % 3 == 1 ? twice : "其他支出 " + page + ".50 " + page + ".50");
    }
    String kept = Normalizer.defaults().normalize(titled);
    assertEquals(3, kept.split("行政单位医疗", -1).length - 1, kept);
    assertEquals(1, kept.split("部门预算表", -1).length - 1, kept);
    assertTrue(kept.split("2023.01-2023.12", -1).length - 1 <= 1, kept);
  }

  @Test
  void aFooterOfTwoLinesUnderEveryPageIsDroppedWhole() {
    // each line of the footer always stands by the other: the lines around it still differ from
    // page to page, as they do not around the lines of a page printed twice
    String text =
        "我市坚持以新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，统筹推进经济社会发展各项工作，经济运行总体平稳，"
            + "发展质量稳步提升，民生保障持续加强，社会大局和谐稳定，各项事业取得新的进展。";
    StringBuilder pdf = new StringBuilder();
    for (int page = 1; page <= 4; page++) {
      String body = text.substring(page) + text.substring(0, page);
      for (int k = 0; k + 30 <= body.length(); k += 30) pdf.append(body, k, k + 30).append('\n');
      pdf.append("某某市统计局编制　二〇二三年十二月　内部资料　注意保存\n");
      pdf.append("地址某某市某某路一号　邮编一二三四五六　电话咨询服务热线\n— ").append(page).append(" —\n\n\n");
    }
    String clean = Normalizer.defaults().normalize(pdf.toString());
    assertFalse(clean.contains("统计局编制") || clean.contains("某某路一号"), clean);
  }

  @Test
  void aPagePrintedTwiceKeepsTheLinesAtItsBreaks() {
    // the page of the overview stands twice, its heading under a page break each time: a line
    // at two page breaks between the same lines is the page again, not furniture
    String heading = "第二部分 2025年部门预算情况说明";
    String page =
        heading
            + "\n\n本部门预算编制的总体情况如下，收入预算与支出预算按照综合预算的要求全面反映本部\n\n"
            + "门各项收支，现将有关情况说明如下，请结合下列各表审议，重点关注各项支出的安排情\n\n"
            + "况，本年度收入预算合计数与上年相比有所增加，主要原因是人员经费和项目经费的增\n\n"
            + "加，支出预算中基本支出主要用于保障机构正常运转，项目支出主要用于完成专项任务\n\n"
            + "和特定目标，各项支出均按照厉行节约的要求从严控制，确保资金使用安全规范有效。\n\n";
    String pdf = "封面\n\n\n\n" + page + "\n\n- 1 -\n\n" + page + "\n\n- 2 -\n\n尾页说明。\n";
    String clean = Normalizer.defaults().normalize(pdf);
    assertEquals(2, clean.split("2025年部门预算情况说明", -1).length - 1, clean);
  }

  @Test
  void dropsRunningHeaderNextToPageNumbers() {
    assertClean(
        "作为未来信息技术的重要基础，低维材料研究是当前凝聚态物理和材料科学最活跃的前沿领域之一。" + "低维材料所具有的新奇物态被相继发现。",
        "作为未来信息技术的重要基础，低维材料研究是当前凝聚态物理\n\n22\n\n全球科技前沿报告\n\n"
            + "和材料科学最活跃的前沿领域之一。低维材料所具有的新奇物态被相\n\n\n\n23\n\n"
            + "全球科技前沿报告\n\n继发现。\n\n\n\n24\n\n全球科技前沿报告\n");
  }

  @Test
  void aRunningTitleThatEndsWithItsOwnBracketIsAHeaderHoweverWide() {
    // a report printed with its title over every page, after the page's number; the title ends
    // with a note in brackets, and the long one is wider than a running header
    for (String title :
        List.of(
            "政府工作报告（2024年）", "加快改革开放和现代化建设步伐 (十四大)", "高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗（二十大）")) {
      String[] body = {
        "各位代表：过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建\n新发展格局，着力推动高质量发展，",
        "全面深化改革开放，加大宏观调控力度，着力扩大内需，优化结构，提振信心，防范化解风险，\n经济社会发展主要目标任务较好完成，",
        "经济总体回升向好，科技创新实现新的突破，改革开放持续深化，安全发展基础巩固夯实，民生\n保障有效加强，社会大局保持稳定，",
        "高质量发展扎实推进，现代化产业体系建设取得重要进展，区域协调发展深入推进，生态环境\n质量稳中改善，城乡居民收入增长，"
      };
      StringBuilder pdf = new StringBuilder(title + "\n");
      for (int page = 1; page <= 4; page++) {
        pdf.append(body[page - 1])
            .append("\n— ")
            .append(page)
            .append(" —\n")
            .append(title)
            .append("\n");
      }
      pdf.append("全年目标任务顺利完成。\n");
      String clean = Normalizer.defaults().normalize(pdf.toString());
      String own = title.replace(" (", "(");
      assertTrue(clean.startsWith(own.replace("(", "（").replace(")", "）") + "\n"), clean);
      assertEquals(1, clean.split("二十大|十四大|2024年", -1).length - 1, clean);
      // the title is kept once, as the first line; every other line is the body's, in order
      assertEquals(
          String.join("", body).replace("\n", "") + "全年目标任务顺利完成。",
          clean.substring(clean.indexOf('\n') + 1).replace("\n", ""));
    }
  }

  @Test
  void aSourceNoteInBracketsRepeatedUnderEachExcerptIsText() {
    // a compilation of excerpts, laid out in pages: each ends with its source in brackets, wrapped
    // so that its second line "讲话]" repeats like a running header would
    StringBuilder pdf = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      pdf.append("要坚持发展是第一要务，加快转变经济发展方式，推动经济社会全面\n\n")
          .append("协调可持续发展，不断提高人民群众的生活水平。\n\n")
          .append(" [摘自2005年8月")
          .append(i)
          .append("日在全省经济工作会议上的\n\n讲话]\n\n \n\n");
    }
    String clean = Normalizer.defaults().normalize(pdf.toString());
    assertEquals(4, clean.split("讲话]", -1).length - 1, clean);
    for (int i = 1; i <= 4; i++) {
      assertTrue(clean.contains("[摘自2005年8月" + i + "日在全省经济工作会议上的"), clean);
    }
    // a note ends its paragraph as a sentence would: the heading after it starts its own
    String noted =
        " 正面袭击浙江并严重影响全省各地，立足于重点防范狂风暴雨造\n\n"
            + " 成的灾害，始终尽职尽责、一丝不苟地做好各项防范工作。 \n\n"
            + " [摘自 2005 年 9 月 10 日在防御 15 号台风会议上的讲话] \n\n"
            + " （四）稳定是硬任务 \n\n"
            + " 树立新的稳定观 \n\n"
            + "     坚持稳定压倒一切，正确处理改革发展稳定的关系，在社会\n\n"
            + " 稳定中推进改革发展，通过改革发展促进社会稳定。\n\n";
    assertEquals(
        "正面袭击浙江并严重影响全省各地，立足于重点防范狂风暴雨造成的灾害，始终尽职尽责、一丝不苟地做好各项防范工作。\n"
            + "[摘自2005年9月10日在防御15号台风会议上的讲话]\n"
            + "（四）稳定是硬任务\n"
            + "树立新的稳定观\n"
            + "坚持稳定压倒一切，正确处理改革发展稳定的关系，在社会稳定中推进改革发展，通过改革发展促进社会稳定。",
        Normalizer.defaults().normalize(noted));
  }

  @Test
  void dropsABrowsersPrintHeaderAndFooterOnTwoPagesHoweverWide() {
    // a browser prints date, title and file address with "page/pages" at the end of every page;
    // a two-page document has them only twice, and the title line is wider than a running header
    String header = "12/1/26, 5:13 PM 高举邓小平理论伟大旗帜把建设有中国特色社会主义事业全面推向二十一世纪第1部分";
    assertClean(
        "第三，更重要的是，我们党确立起已被实践证明是正确的路线。能否抓住机遇，历来是关系革命和建设兴衰成败的大问题。",
        "第三，更重要的是，我们党确立起已被实践证明是正确的\n\n路线。能否抓住机遇，历来是关系革命\n\n"
            + header
            + "\n\nfile:///tmp/build/t.html 1/2\n\n\n\n和建设兴衰成败的大问题。\n\n"
            + header
            + "\n\nfile:///tmp/build/t.html 2/2\n\n\n");
    // the same line twice, once away from a page break, is text
    String twice = "我们的目标\n\n一是发展经济\n\n我们的目标\n\n二是改善民生。\n\n\n\n下一页的正文内容很长很长。";
    String kept = Normalizer.defaults().normalize(twice);
    assertEquals(2, kept.split("我们的目标", -1).length - 1, kept);
    // a heading, a signature and dates at two page ends are text
    String notices =
        "一、总体要求\n\n各地区各部门要认真贯彻落实。\n\n国务院办公厅\n\n2020年3月1日\n\n\n\n"
            + "一、总体要求\n\n各地区要抓好落实工作。\n\n国务院办公厅\n\n2021年5月8日\n\n\n\n";
    String clean = Normalizer.defaults().normalize(notices);
    for (String line : new String[] {"一、总体要求", "国务院办公厅", "2020年3月1日", "2021年5月8日"}) {
      assertTrue(clean.contains(line), line + " in " + clean);
    }
  }

  @Test
  void keepsTheHashtagLinesOfPostsSavedAsOneFile() {
    // a month of posts, blank lines between them, a post's tag line alone at its end (after it the
    // blank line and the line of an invisible space: three line breaks, as at a page break)
    StringBuilder month = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      month.append("第").append(i).append("条动态，今天排练了新歌。\n#摩登兄弟# #新歌#\n\n\u200b\n\n");
    }
    String clean = Normalizer.defaults().normalize(month.toString());
    assertEquals(4, clean.split("#摩登兄弟# #新歌#", -1).length - 1, clean);
    // the same line without its marks is page furniture (it stands at every page break)
    String plain = Normalizer.defaults().normalize(month.toString().replace("#", ""));
    assertFalse(plain.contains("摩登兄弟"), plain);
    assertEquals(4, plain.split("今天排练了新歌", -1).length - 1, plain);
  }

  @Test
  void keepsTheSpeakersOfATranscriptAndTheDatelinesOfNews() {
    // whole-paragraph lines: no page, no wrapped line, so a repeated short line is the text's own
    StringBuilder transcript = new StringBuilder("国务院新闻办公室新闻发布会实录\n\n");
    StringBuilder news = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      transcript.append("记者\n\n第").append(i).append("个问题是关于就业形势的，请介绍一下情况？\n\n");
      transcript.append("发言人\n\n第").append(i).append("个回答：今年就业形势总体稳定，重点群体就业得到保障。\n\n");
      news.append("新华社北京电\n").append("第").append(i).append("条消息：会议在北京举行，代表们围绕发展议题展开讨论。\n");
    }
    String t = normalizer.normalize(transcript.toString());
    assertEquals(4, TextSearch.occurrences(t, "记者"), t);
    assertEquals(4, TextSearch.occurrences(t, "发言人"), t);
    String n = normalizer.normalize(news.toString());
    assertEquals(4, TextSearch.occurrences(n, "新华社北京电"), n);
  }

  @Test
  void aRunOfMarksTakesOneWidthFromItsNeighbours() {
    // each mark was judged by its own neighbours, so only the first of "!!!!" became full-width,
    // and
    // the normaliser's second pass the second: 哈哈！！!!, found neither as !!! nor as ！！！
    String clean = normalizer.normalize("哈哈!!!!\n求一切顺利!!!\n好?!\nWow!!! OK\n真的吗?!Yes");
    assertEquals("哈哈！！！！\n求一切顺利！！！\n好？！\nWow!!! OK\n真的吗？！Yes", clean);
    assertEquals(clean, normalizer.normalize(clean));
    assertEquals(1, TextSearch.occurrences(clean, normalizer.query("顺利!!!")));
    // spaces between the marks of a run: one run still, and the spaces go next to Chinese
    assertEquals("哈哈！！！", normalizer.normalize("哈哈! !!"));
  }

  @Test
  void aShortCommentRepeatedInAFileOfCommentsOneALineIsKeptEveryTime() {
    // comments often end without a stop, at whatever width their text has: the file is no text
    // wrapped at a column, and a comment that several people wrote is no running header
    String[] comments = {
      "前一个小时我以为是披着软科幻外衣的伦理片后来我以为是银翼杀手再后来我以为是科幻惊悚片最后发现原来是童话片风格非常割裂的一部电影感觉像是三个导演拍的",
      "其实算是合格的迪士尼电影只不过和我们的期待南辕北辙",
      "很温情的电影",
      "虽然看得似懂非懂但持续的视觉轰炸让这部电影并不无聊",
      "好久没看到这么劲儿劲儿的国产悬疑了编剧太拉垮演员倒是很用心可惜剧本撑不起来",
      "太好看了平安喜乐星途璀璨",
      "跑个题电视剧演员和电影演员真的差别挺大的女一和女二对比很明显",
      "特别喜欢动画片这个片很久以前就看过了喜欢闪电哈哈哈哈这次重温还是一样开心"
    };
    StringBuilder month = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      month.append(comments[i % comments.length]).append('\n');
      if (i % 3 == 2) month.append("战争太残酷了\n");
    }
    String clean = normalizer.normalize(month.toString());
    assertEquals(4, TextSearch.occurrences(clean, "战争太残酷了"), clean);
  }

  @Test
  void commentsSavedWithBlankLinesBetweenThemStayApartWhereTheyEndWithoutAStop() {
    // a month of comments, a blank line after each, as a forum page is often saved: many end
    // without a stop, some with a comma inside, at whatever width their text has. Joined across
    // the blank lines (as a PDF's column with a blank line after every line is joined), comments
    // ran into one another and count found 好看 across the seam of 不够好 | 看过原著
    String[] comments = {
      "改编力度很大，3d制作也很出色，给国漫加一星",
      "很温情，结果一看是暴走的，惊喜",
      "改变后时间线上更新延后可以理解，但是车里十年后的男主直接碎成渣渣而不是变成其他状态，车也没有变还在开就稍微不太合理。",
      "男演员里赵立新和小白最顺眼。服化道景越好，越衬得剧情和节奏脆弱不耐",
      "科长粉丝在此，十几年来依旧是他的style",
      "结尾有点不够好",
      "看过原著，剧版改得还行，演员也用心",
      "傻屌剧情无脑剧",
      "喜欢这个节目很喜欢",
      "看到最后泪奔了，真的值得回味",
      "二刷，真的值得回味",
      "有惊喜也有遗憾，故事很真实"
    };
    String month = String.join("\n\n", comments) + "\n";
    String clean = normalizer.normalize(month);
    assertEquals(String.join("\n", comments), clean);
    assertEquals(0, TextSearch.occurrences(clean, "好看"), clean);
    // a column of the same text, a blank line after every line, is still joined
    String text = String.join("", comments);
    StringBuilder column = new StringBuilder();
    for (int i = 0; i < text.length(); i += 24) {
      column.append(text, i, Math.min(text.length(), i + 24)).append("\n\n");
    }
    assertEquals(text, normalizer.normalize(column.toString()));
  }

  @Test
  void aWebPageSavedWithBlankLinesKeepsItsTitleDateBylineAndSalutationApart() {
    // blank lines between whole paragraphs (lines wider than any PDF column, ending a sentence)
    // and a link that breaks one of them: joining across the blank lines ran the header into the
    // first sentence, and count found 习近平同志 where the text has none
    String body =
        "中国共产党第二十次全国代表大会，是在全党全国各族人民迈上全面建设社会主义现代化国家新征程、向第二个" + "百年奋斗目标进军的关键时刻召开的一次十分重要的大会。";
    String page =
        "高举中国特色社会主义伟大旗帜\n\n\n\n为全面建设社会主义现代化国家而团结奋斗\n\n\n\n"
            + "——在中国共产党第二十次全国代表大会上的报告\n\n\n（2022年10月16日）\n\n\n习　近　平\n\n"
            + "同志们：\n\n现在，我代表第十九届中央委员会向大会作报告。\n\n"
            + body
            + "\n\n"
            + "五年来，我们坚持加强党的全面领导和党中央集中统一领导，全力推进全面建成小康社会进程，完整、准确、全面"
            + "贯彻新发展理念，着力推动高质量发展，主动构建新发展格局，制定\n第三个历史决议\n，在全党开展党史"
            + "学习教育。\n\n"
            + (body + "\n\n").repeat(20);
    String t = normalizer.normalize(page);
    assertEquals(0, TextSearch.occurrences(t, "习近平同志"), t);
    assertTrue(t.contains("\n习近平\n同志们：\n现在，"), t);
    assertTrue(t.contains("制定第三个历史决议，在全党"), t);
    // a paragraph as wide, cut inside a sentence at the foot of a page, is joined there
    String cut =
        page.replace(
            "向第二个百年奋斗目标进军的关键时刻召开的一次十分重要的大会。\n\n五年来", "向第二个百年奋斗目标进军的关键时刻召开的一次十分重要的\n\n大会。\n\n五年来");
    String c = normalizer.normalize(cut);
    assertEquals(21, TextSearch.occurrences(c, "十分重要的大会"), c);
    assertTrue(c.contains("\n习近平\n同志们：\n"), c);
    // so is a narrower line of prose cut inside a word, and one cut after a comma
    String more =
        normalizer.normalize(
            page
                + "改革开放以来，我们党团结带领全国各族人民不断推进中国特色社会主\n\n义伟大事业，取得了举世瞩目的成就。\n\n"
                + "五年来，我们坚持加强党的全面领导和党中央集中统一领导，全力推进全面建成小康社会进程，完整、准确、全面"
                + "贯彻新发展理念，\n\n着力推动高质量发展，主动构建新发展格局。\n\n");
    assertEquals(1, TextSearch.occurrences(more, "中国特色社会主义伟大事业"), more);
    assertEquals(1, TextSearch.occurrences(more, "新发展理念，着力推动高质量发展，主动构建新发展格局。"), more);
  }

  @Test
  void aShortNoticeSavedWithBlankLinesKeepsItsParagraphsApart() {
    // paragraphs of a sentence or two, headings, a date and a salutation, a blank line after
    // each: none is wide, so only their marks tell them from a PDF's column; joined, 17%。推进
    // would be one paragraph and 政府：为深入 the salutation run into the first sentence
    String notice =
        String.join(
            "\n\n",
            "关于推进高质量发展的若干意见",
            "2024年3月1日",
            "各区县人民政府：",
            "为深入贯彻新发展理念，加快推进高质量发展，现提出如下意见。",
            "一、总体要求",
            "坚持以人民为中心，推动经济实现质的有效提升和量的合理增长。",
            "二、重点任务",
            "加快建设现代化产业体系。到2025年，战略性新兴产业增加值占比达到17%。",
            "推进新型城镇化建设。",
            "三、保障措施",
            "加强组织领导，压实工作责任。");
    assertEquals(notice.replace("\n\n", "\n"), normalizer.normalize(notice));
    // as short as a title and two paragraphs
    assertEquals("标题二\n第一段讲创新。\n第二段讲改革。", normalizer.normalize("标题二\n\n第一段讲创新。\n\n第二段讲改革。\n"));
    // a PDF's column, a blank line after every line, is still joined where a sentence goes on
    String column = "为深入贯彻新发展理念，加快推进高质\n\n量发展，现提出如下意见。坚持以人\n\n民为中心，推动经济实现质的有效提\n\n升。";
    assertEquals(
        "为深入贯彻新发展理念，加快推进高质量发展，现提出如下意见。坚持以人民为中心，推动经济实现质的有效提升。", normalizer.normalize(column));
    assertEquals(
        "为深入贯彻新发展理念，加快推进高质量发展，现提出如下意见。坚持以人民为中心。",
        normalizer.normalize("为深入贯彻新发展理念，加快推进高质\n\n量发展，现提出如下意见。坚持以人\n\n民为中心。"));
  }

  @Test
  void aMarkdownFenceOfChineseTextIsCleanedAsThePlainTextItHolds() {
    // a source that keeps each text in a fence to keep its layout: indented paragraphs, lines
    // broken at a width, a word (题目) cut by the break
    String text =
        "三十五\n\n"
            + "　　从清期末年，直到现在，常常听人说“保存国粹”这一句话。\n"
            + "　　前清末年说这话的人，大约有两种：一是爱国志士，一是出洋游历的大官。他们在这题\n"
            + "目的背后，各各藏着别的意思。志士说保存国粹，是光复旧物的意思；大官说保存国粹，是\n"
            + "教留学生不要去剪辫子的意思。\n"
            + "　　现在成了民国了。以上所说的两个问题，已经完全消灭。所以我不能知道现在说这话的\n"
            + "是那一流人，这话的背后藏着什么意思了。\n";
    RawText fenced = raw("35.md", "# 热风\n\n```\n" + text + "```\n\n后记一行。\n");
    assertEquals(List.of(), fenced.codeLines());
    String plain = normalizer.normalize(raw("35.txt", text));
    assertEquals(
        "三十五\n从清期末年，直到现在，常常听人说“保存国粹”这一句话。\n前清末年说这话的人，大约有两种：一是爱国志士，一是出洋游历的大官。"
            + "他们在这题目的背后，各各藏着别的意思。志士说保存国粹，是光复旧物的意思；大官说保存国粹，是教留学生不要去剪辫子的意思。\n"
            + "现在成了民国了。以上所说的两个问题，已经完全消灭。所以我不能知道现在说这话的是那一流人，这话的背后藏着什么意思了。",
        plain);
    // the heading and the line after the fence stay paragraphs of their own
    assertEquals("#热风\n" + plain + "\n后记一行。", normalizer.normalize(fenced));
    // out of the fence, Markdown joins the lines of a paragraph, but a line indented with a
    // full-width space starts one, as in the plain text
    String unfenced = "# 热风\n\n" + text.replace("三十五\n\n", "") + "\n后记一行。\n";
    assertEquals(
        "#热风\n" + plain.replace("三十五\n", "") + "\n后记一行。",
        normalizer.normalize(raw("35u.md", unfenced)));
  }

  @Test
  void aHeadingThatAParserMarkedIsNeverJoinedToTheLinesAfterIt() {
    // a text whose lines are weighed, under a heading marked as the readers of pages write one
    String[] lines = {
      "“世道浇漓，人心日下，国将不国”这一类话，本是中国历来的叹声。不过时代不同，",
      "则所谓“日下”的事情，也有迁变：从前指的是甲事，现在叹的或是乙事。除了进呈御览",
      "的东西不敢妄说外，其余的文章议论里，一向就带这口吻。因为如此叹息，不但针砭世人",
      "，还可以从“日下”之中，除去自己。所以君子固然相对慨叹，连杀人放火嫖妓骗钱以及一",
      "切鬼混的人，也都乘作恶余暇，摇着头说道，“他们人心日下了。”"
    };
    // a blank line after every line, as a PDF's extraction has it: the lines are weighed
    String text = "# 我之节烈观\n\n鲁迅《坟》\n\n" + String.join("\n\n", lines);
    assertEquals(
        "#我之节烈观\n鲁迅《坟》\n" + String.join("", lines), normalizer.normalize(raw("jl.txt", text)));
  }

  @Test
  void aLeadInEndsAtItsColonWhereAnIndentedParagraphStartsBelowIt() {
    // a text broken at 40 columns, paragraphs indented; the colon ends the lead-in of a list
    String[] lines = {
      "　　近来很有许多人，在那里竭力提倡打拳。记得先前也曾有过一回，但那时提倡的，是满",
      "清王公大臣，现在却是民国的教育家，位分略有不同。至于他们的宗旨，是一是二，局外",
      "人便不得而知。",
      "　　现在那班教育家，把“九天玄女传与轩辕黄帝，轩辕黄帝传与尼姑”的老方法，改称“",
      "新武术”，又是“中国式体操”，叫青年去练习。听说其中好处甚多，重要的举出两种来，",
      "是：",
      "　　一，用在体育上。据说中国人学了外国体操，不见效验；所以须改习本国式体操（即打",
      "拳）才行。依我想来：两手拿着外国铜锤或木棍，把手脚左伸右伸的，大约于筋肉发达上，",
      "也该有点“效验”。无如竟不见效验！那自然只好改途去练“武松脱铐”那些把戏了。这或",
      "者因为中国人生理上与外国人不同的缘故。",
      "　　二，用在军事上。中国人会打拳，外国人不会打拳：有一天见面对打，中国人得胜，是",
      "不消说的了。即使不把外国人“板油扯下”，只消一阵“乌龙扫地”，也便一齐扫倒，从此",
      "不能爬起。"
    };
    String cleaned = normalizer.normalize(raw("37.txt", String.join("\n", lines)));
    List<String> paragraphs = List.of(cleaned.split("\n"));
    assertEquals(4, paragraphs.size(), cleaned);
    assertTrue(paragraphs.get(1).endsWith("重要的举出两种来，是："), cleaned);
    assertTrue(paragraphs.get(2).startsWith("一，用在体育上。"), cleaned);
    assertTrue(paragraphs.get(3).startsWith("二，用在军事上。"), cleaned);
  }

  @Test
  void codeBlocksGoBeforeCleanupUnlessKept() {
    // program text is not the language analysed; inline code in a sentence is part of it
    String md =
        "# 泛型编程\n\nGo语言的1.17版本开始支持泛型。\n\n```go\nfunc Print[T any](s []T) {\n\n}\n```\n\n"
            + "    ss := stack[string]{}\n\n示例很短，只用到了 `fmt` 包。\n";
    RawText page = raw("go.md", md);
    assertEquals(List.of(2, 3, 4), page.codeLines());
    assertEquals("#泛型编程\nGo语言的1.17版本开始支持泛型。\n示例很短，只用到了fmt包。", normalizer.normalize(page));
    String kept = normalizer.withKeepCode(true).normalize(page);
    assertTrue(kept.contains("func Print[T any](s []T) {\n}\nss := stack[string]{}\n"), kept);
    // a page's <pre>, after the headline that heads the page
    String html =
        "<html><body><h1>泛型编程</h1><div class=\"post\"><p>Go语言的1.17版本开始支持泛型，写法如下面的例子所示。</p>"
            + "<pre><code>func Print[T any](s []T) {\n}</code></pre>"
            + "<p>示例很短，只用到了标准库里的一个包，但已经能看出泛型的好处。</p></div></body></html>";
    RawText web = raw("go.html", html);
    assertEquals(List.of(2, 3), web.codeLines());
    assertEquals(
        "#泛型编程\nGo语言的1.17版本开始支持泛型，写法如下面的例子所示。\n示例很短，只用到了标准库里的一个包，但已经能看出泛型的好处。",
        normalizer.normalize(web));
    // prose set as code stays (a paragraph indented four spaces: Markdown's indented code), and a
    // highlighter's table of line numbers and program lines, each a <pre>, goes as code
    String indented = "# 通知\n\n    各单位：现将有关事项通知如下，请认真贯彻执行。\n";
    RawText notice = raw("n.md", indented);
    assertEquals("#通知\n各单位：现将有关事项通知如下，请认真贯彻执行。", normalizer.normalize(notice));
    String table =
        "<html><body><div"
            + " class=\"post\"><p>Go语言的1.17版本开始支持泛型，写法如下面的例子所示，请看。</p><table><tr><td><pre>1\n"
            + "2</pre></td><td><pre>func Print[T any](s []T) {\n"
            + "}</pre></td></tr></table><p>示例很短，只用到了标准库里的一个包，但已经能看出泛型的好处。</p></div></body></html>";
    RawText highlighted = raw("t.html", table);
    assertEquals(
        "Go语言的1.17版本开始支持泛型，写法如下面的例子所示，请看。\n示例很短，只用到了标准库里的一个包，但已经能看出泛型的好处。",
        normalizer.normalize(highlighted));
  }

  /** Returns the text of a file of this name and UTF-8 content, as read in its format. */
  private static RawText raw(String name, String text) {
    return RawText.of(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aMarkdownFileKeepsEachParagraphALine() {
    // a paragraph of a no-break space (&nbsp; in a blog's export) leaves a blank line, which in a
    // plain text reads as a PDF's layout and joined the two paragraphs around it
    String md =
        "下图来自Oracle的 《[High Availability Concepts and Best"
            + " Practices](https://docs.oracle.com/ha.htm)》\n\n"
            + "\u00a0\n\n"
            + "常见宕机原因，按是否有计划可分为两类：\n";
    RawText raw = raw("ha.md", md);
    assertEquals(
        "下图来自Oracle的《High Availability Concepts and Best Practices》\n常见宕机原因，按是否有计划可分为两类：",
        normalizer.normalize(raw));
    // the same text as a plain file is weighed line by line
    assertEquals(
        "下图来自Oracle的《High Availability Concepts and Best Practices》常见宕机原因，按是否有计划可分为两类：",
        normalizer.normalize(raw.text()));
  }

  @Test
  void keepsFirstOccurrenceOfRepeatedTitleAsHeading() {
    assertClean(
        "本篇专题报告对国际人类表型组论坛的嘉宾观点进行梳理，供参考。\n国际人类表型组论坛\n"
            + "表型组与精准医学\n人类表型组是指人体从胚胎发育到成长、衰老、死亡过程中所有生物学性状的"
            + "集合。表型组的精准测量对于理解生命、推动医学进步具有重大意义。",
        "本篇专题报告对国际人类表型组论坛的嘉宾观点进行梳理，供参考。\n\n国际人类表型组论坛\n\n"
            + "表型组与精准医学\n 人类表型组是指人体从胚胎发育到成长、衰老、死亡过程中所\n\n"
            + "有生物学性状的集合。表型组的精准测量对于理解生命、推动医学\n\n国际人类表型组论坛\n\n"
            + "进步具有重大意义。\n\n国际人类表型组论坛\n");
  }

  @Test
  void aChapterHeadingAfterABlankLineStartsAParagraphWhateverTheLineAbove() {
    // a regulation saved with a blank line after every paragraph: the preamble ends without a
    // full stop, and the chapter heading must not run into it
    assertClean(
        "三门峡市山体保护条例\n2021年9月29日河南省第十三届人民代表大会常务委员会第二十七次会议批准\n第一章 总则\n"
            + "第一条 为了加强山体的保护，制定本条例。\n第二章 规划管理\n第八条 市人民政府应当组织编制山体保护规划。",
        "三门峡市山体保护条例\n\n2021年9月29日 河南省第十三届人民代表大会常务委员会第二十七次会议批准\n\n\n"
            + "第一章  总则\n\n第一条 为了加强山体的保护，制定本条例。\n\n第二章  规划管理\n\n"
            + "第八条 市人民政府应当组织编制山体保护规划。");
  }

  @Test
  void aNumberedHeadingAfterABlankLineStartsAParagraphUnderATitleWithAComma() {
    // one section of a report saved as a web page: its title (with a comma, no full stop), the
    // section heading, its paragraphs, and a footer whose lines a link cut (which leaves the blank
    // lines no sure paragraph breaks): the heading must not run into the title
    String footer =
        "本作品来自1949年10月1日（含）之后\n\n[\n\nCPC 1\n\n]\n\n，中国共产党的中央组织（包括党的全国代表大会、中央"
            + "委员会及其直属机构\n\n）制定的公文，可视为《\n\n中华人民共和国著作权法\n\n》第五条规定之“具有立法、司法、"
            + "行政性质的文件”，因此属于\n\n公有领域\n\n。";
    String out =
        normalizer.normalize(
            "全面建设小康社会，开创中国特色社会主义事业新局面\n\n十、加强和改进党的建设\n\n"
                + "在我们这样一个多民族的发展中大国，要把全体人民的意志和力量凝聚起来，必须加强和改善党的领导。\n\n"
                + "（一）深入学习贯彻重要思想，用发展着的马克思主义指导新的实践。\n\n"
                + footer);
    List<String> paragraphs = out.lines().toList();
    assertEquals("全面建设小康社会，开创中国特色社会主义事业新局面", paragraphs.get(0), out);
    assertEquals("十、加强和改进党的建设", paragraphs.get(1), out);
  }

  @Test
  void aLineOpenedByTheNextNumberOfAListIsItsNextItemHoweverWideTheLineAbove() {
    // a table of contents without page numbers (a report of 1955 as one web source gives it):
    // the widest entries were taken for lines wrapped at the width, and ran into the next entry
    String nb = "\u00a0 ";
    assertClean(
        "目录\n一、国家在过渡时期的总任务\n二、第一个五年计划概要\n三、第一个五年计划的若干问题\n"
            + "（一）关于工业和运输业的基本建设问题\n（二）关于工业的生产问题\n（三）关于农业的增产问题\n"
            + "（四）关于对资本主义工商业的社会主义改造问题\n（五）关于保证市场的稳定问题\n"
            + "各位代表：我现在代表国务院向本次大会作关于第一个五年计划的报告。",
        "目录\r\n"
            + nb
            + "一、国家在过渡时期的总任务\r\n"
            + nb
            + "二、第一个五年计划概要\r\n"
            + nb
            + "三、第一个五年计划的若干问题\r\n"
            + nb
            + "（一）关于工业和运输业的基本建设问题\r\n"
            + nb
            + "（二）关于工业的生产问题\r\n"
            + nb
            + "（三）关于农业的增产问题\r\n"
            + nb
            + "（四）关于对资本主义工商业的社会主义改造问题\r\n"
            + nb
            + "（五）关于保证市场的稳定问题\r\n\r\n"
            + "\u3000\u3000各位代表：我现在代表国务院向本次大会作关于第一个五年计划的报告。\r\n");
  }

  @Test
  void cleanupKeepsTheApplauseThatBoilerplateCuts() {
    // the asides of a transcript are boilerplate (BoilerplateTest): recorded, and kept with it
    String speech = "获得了多么辉煌的成就！（鼓掌）\n我们已经超额完成了这个计划。（鼓掌）";
    assertClean(speech, speech);
  }

  @Test
  void keepsRepeatedChineseNumberedHeadings() {
    assertClean(
        "也可以为广泛的量子信息提供支持，应用前景十分广阔。\n三、相关建议\n"
            + "一是探索合作与竞争并存的前沿技术发展模式。前沿技术发展离不开国际合作与开放创新。\n"
            + "许多低收入国家的早期筛查与诊断能力不足，导致漏诊风险增大。\n三、相关建议\n"
            + "一是通过数据资源共享降低研发成本，打造全链条研发服务体系。\n"
            + "此外，链下治理则面临“谁来治理”的核心问题，这也是Web 3.0生态建设中的一个难点。\n"
            + "三、相关建议\n一是深化基础理论探索，加快技术创新发展。",
        "也可以为广泛的量子信息提供支持，应用前景十分广阔。\n\n三、相关建议\n\n"
            + "一是探索合作与竞争并存的前沿技术发展模式。前沿技术发展离\n\n不开国际合作与开放创新。\n\n"
            + "许多低收入国家的早期筛查与诊断\n\n能力不足，导致漏诊风险增大。\n\n三、相关建议\n\n"
            + "一是通过数据资源共享降低研发成本，打造全链条研发服务体\n\n系。\n\n"
            + "此外，链下治理则面临“谁\n\n来治理”的核心问题，这也是 Web 3.0 生态建设中的一个难点。\n\n"
            + "三、相关建议\n\n一是深化基础理论探索，加快技术创新发展。");
  }

  @Test
  void keepsParagraphBreakAfterShortSentenceEnd() {
    assertClean(
        "突破的衍生应用。目前，“行业+人工智能”已经成为一个方向，能够看到产业前景。\n" + "把握住未来产业的基本方向后，如何使其充分发挥引领作用便是下一个课题。",
        "突破的衍生应用。目前，“行业+人工智能”已经成为\n\n一个方向，能够看到产业前景。\n\n"
            + "把握住未来产业的基本方向后，如何使其充分\n\n发挥引领作用便是下一个课题。");
  }

  @Test
  void keepsHeadingsAsTheirOwnParagraphs() {
    assertClean(
        "中关村论坛：未来产业如何塑造未来\n智慧\n行业+人工智能方向明确\n"
            + "“在目前宏观经济乏力、疫情呈常态化之势以及双碳目标作为转换社会经济发展模式引领理念的情"
            + "况下，以‘智慧·健康·碳中和’作为此届中关村论坛的主题显然是紧扣当今所需。”",
        " 中关村论坛：未来产业如何塑造未来\n\n智慧\n\n行业+人工智能方向明确\n\n"
            + "“在目前宏观经济乏力、疫情呈常态化之势以及\n\n双碳目标作为转换社会经济发展模式引领理念的情\n\n"
            + "况下，以‘智慧·健康·碳中和’作为此届中关村论坛的\n\n主题显然是紧扣当今所需。”");
  }

  @Test
  void joinsHeadingSplitInsideOneBlockAndListMarkerWithItsText() {
    assertClean(
        "全球科技发展的总体趋势\n1. 当前，新一轮科技革命和产业变革突飞猛进，科学研究范式正在发生深刻" + "变革。",
        " 全球科技发展的\n总体趋势\n\n1.\n\n当前，新一轮科技革命和产业变革突飞猛进，科\n\n" + "学研究范式正在发生深刻变革。");
  }

  @Test
  void foldsWidthButKeepsChinesePunctuation() {
    assertClean(
        "习近平主席十分关心中关村论坛，3次向论坛致贺辞。ABC123的占比达45.8%（ITER计划）；" + "索菲丝智能科技（上海）有限公司创始人：好！对吗？",
        "习近平主席十分关心中关村论坛,3次向论坛致贺辞。ＡＢＣ１２３的占比达４５.８％（ITER 计划）;" + "索菲丝智能科技 ( 上海 ) 有限公司创始人:好!对吗?");
  }

  @Test
  void keepsAsciiPunctuationBetweenLatinWords() {
    assertClean(
        "Cell and Gene Therapy (CGT) Innovation, 3,000 cells at 10:30",
        "Cell and Gene Therapy (CGT) Innovation, 3,000 cells at 10:30");
  }

  @Test
  void keepsSpacesBetweenLatinWordsOnly() {
    assertClean(
        "以及青年创新讲坛(Y-HUBs)、InnoMatch全球技术转移大会、2024年WeStart全球创业投资大会。"
            + "AI for Engineering与Engineering for AI双向赋能。",
        "以及青年创新讲坛（Y-HUBs）、InnoMatch 全球技术转移大会、2024 年 WeStart 全球创\n\n"
            + "业投资大会。AI for Engineering与Engineering for AI双向赋能。");
  }

  @Test
  void joinsLatinLinesWithASpaceAndKeepsHyphens() {
    assertClean(
        "A New Paradigm for Interdisciplinary Research in Life Sciences\n"
            + "长城战略咨询发布的《中国独角兽企业发展追踪报告(2016-2024)》显示。",
        "A New Paradigm for Interdisciplinary Research\nin Life Sciences\n\n"
            + " 长城战略咨询发布的《中国独角兽企业发展追踪报告（2016-\n\n2024）》显示。");
  }

  @Test
  void normalisesCrlfAndCr() {
    assertClean(
        "“不确定”的未来产业如何发展？潘教峰认为，未来产业依托于未来新的技术突破。",
        "“不确定”的未来产业如何发展？潘教峰认为，未\r\n\r\n来产业依托于未来新\r\r的技术突破。\r\n");
  }

  @Test
  void aRuleSeparatesParagraphsAndIsDropped() {
    // a plain-text page: the last item, a rule, the site's footer
    assertClean(
        "2. 研究增加发行量和延长年期\n请加入成为月费订户，长期支持我们的工作。",
        "2. 研究增加发行量和延长年期\n\n\n---\n\n\n请加入成为月费订户，长期支持我们的工作。\n");
    assertClean("甲文。\n乙文。", "甲文。\n= = = = =\n乙文。");
    assertClean("正文", "———\n正文\n***");
    // two dashes, or dashes inside text, are no rule
    assertClean("甲--乙", "甲--乙");
  }

  @Test
  void stripsBomZeroWidthControlAndReplacementCharacters() {
    assertClean(
        "中关村论坛陶烁，Sustainable Food and Agriculture",
        "\uFEFF中关\u200B村\u0007论坛\u200D陶\uFFFD烁，Sustainable Food\uFFFDand Agriculture\u0000");
  }

  @Test
  void removesLinesOfZeroWidthCharactersSoTheWordAroundThemIsJoined() {
    // a wiki extraction: a zero-width space alone on a line between the halves of a word
    assertClean(
        "由于各种条件的成熟，由于共产党和人民政府的正确领导，由于全国人民的努力，在这样一个大革命的过程里，"
            + "社会财产没有遭到损坏，社会秩序没有发生混乱，社会生产没有下降。\n过去进行的五大运动是民主革命的彻底完成。",
        "由于各种条件的成熟，由于共产党和人民政府的正确领导，由于全国人民的努力，在这样一个大革命的过程里，"
            + "社会财产没\n\u200B\n有遭到损坏，社会秩序没有发生混乱，社会生产没有下降。\n\n\u200B\n\u3000\u3000"
            + "过去进行的五大运动是民主革命的彻底完成。");
    // every zero-width character, alone or with spaces, and a BOM at a line start
    assertClean(
        "国内生产总值达到74.4万亿元，增长6.7%。\n下一段。",
        "国内生产总值达到74.4\n\u200C\n万亿元，\n \u200D \n增长\n\u2060\n6.7\n\uFEFF%。\n\n下一段。");
    // a blank line stays a paragraph break
    assertClean("第一段。\n第二段。", "第一段。\n\n\u200B\n\n第二段。");
  }

  @Test
  void joinsALineThatStartsWithClosingPunctuationToTheLineBefore() {
    // wiki links flattened into lines: the link text stands on its own line mid-sentence
    assertClean("推动共建“一带一路”建设，深化改革、扩大开放。\n下一段。", "推动共建“\n一带一路\n”建设\n，深化改革\n、扩大开放\n。\n\n下一段。");
    // also in a text without blank lines, where every other line is a paragraph
    assertClean("第一段，接着写。\n第二段）", "第一段\n，接着写。\n第二段\n）");
  }

  @Test
  void aFootnoteMarkOnLinesOfItsOwnKeepsItsNumberAndStaysInItsSentence() {
    // a page's footnote marks flattened into lines: the number is no page number, and the
    // sentence is not cut at it (in a text with blank lines, and in one without)
    String whole = "今年得到的经费约有一万五千[2]，其中一千六百用在这次代表会议上（见附录[3]）。";
    assertClean("标题\n" + whole, "标题\n\n今年得到的经费约有一万五千\n[\n2\n]\n，其中一千六百用在这次代表会议上（见附录\n[\n3\n]\n）。");
    assertClean(whole, "今年得到的经费约有一万五千\n[\n2\n]\n，其中一千六百用在这次代表会议上（见附录\n[\n3\n]\n）。");
    // a mark that cut a sentence after a short line is no heading's end: the sentence goes on,
    // and a mark after a sentence's end still ends its paragraph
    assertClean(
        "译自档案俄文稿\n现在我代表中央委员会作关于上届代表会议[1]以来的工作报告。\n第二段。[2]\n第三段。",
        "译自档案俄文稿\n\n现在我代表中央委员会作关于上届代表会议\n[\n1\n]\n以来的工作报告。\n\n" + "第二段。\n[\n2\n]\n第三段。");
    // a page number between two halves of a sentence is still one
    assertClean("支持，促进全球人才集聚。", "支持，促进全\n\n12\n\n球人才集聚。");
    // a quotation a page's markup put on lines of its own goes on in its sentence
    assertClean(
        "毛主席指出：“不要搞宗派，搞宗派要摔跤的。”毛主席还批评王洪文：“你不要搞四人帮。”“要团结。”",
        "毛主席指出：“\n不要搞宗派，搞宗派要摔跤的。\n”毛主席还批评王洪文：“\n你不要搞四人帮。\n”“\n要团结。\n”");
  }

  @Test
  void aSentenceEndBeforeAFootnoteMarkEndsTheParagraphBeforeANumberedHeading() {
    // a PDF extraction (a paragraph start on every line): the paragraph ends with its sentence
    // and a circled note mark, in a line not short enough to end it by its width alone
    String raw =
        String.join(
            "\n\n",
            " 必须继续积极稳妥推进政治体制改革，发展更加广泛、更加充分、",
            " 更加健全的人民民主。要把制度建设摆在突出位置，充分发挥我国",
            " 积极借鉴人类政治文明有益成果，不照搬别的模式。①",
            " （一）支持和保证人民通过人民代表大会行使国家权力。人民代表",
            " 大会制度是保证人民当家作主的根本政治制度。");
    assertClean(
        "必须继续积极稳妥推进政治体制改革，发展更加广泛、更加充分、更加健全的人民民主。"
            + "要把制度建设摆在突出位置，充分发挥我国积极借鉴人类政治文明有益成果，不照搬别的模式。①\n"
            + "（一）支持和保证人民通过人民代表大会行使国家权力。人民代表大会制度是保证人民当家作主的根本政治制度。",
        raw);
  }

  @Test
  void foldsFullWidthPlusAndPercentLikeOtherFullWidthForms() {
    assertClean("互联网+行动，增长5%左右，CPI涨2%", "互联网＋行动，增长５％左右，ＣＰＩ涨２％");
    assertEquals("互联网+", normalizer.normalize("互联网＋"));
  }

  @Test
  void aFullWidthCommaBetweenThousandsBecomesACommaAndTheNumberOneToken() {
    // a 1956 budget: ２８，０４９，７８０千元 was cut into 28 ， 049 ， 780, three numbers among the words
    assertEquals("收入为28,049,780千元，支出为1,234千元", normalizer.normalize("收入为２８，０４９，７８０千元，支出为１，２３４千元"));
    // a list, a year before a number, four digits before the comma, a decimal before it: kept
    for (String kept : new String[] {"第1，2，3项", "2021，100人", "12345，678", "0.5，123", "12，34"}) {
      assertEquals(kept, normalizer.normalize(kept), kept);
    }
    // a long run of groups is read in one pass: each comma looks back to the one before only
    String run = "1" + "，000".repeat(50_000);
    assertEquals("1" + ",000".repeat(50_000), Chars.thousands(run));
    List<String> words =
        TextPipeline.of(TextOptions.defaults()).segmenter().segmentPlain("收入为28,049,780千元").stream()
            .map(Token::word)
            .toList();
    assertTrue(words.contains("28,049,780"), words.toString());
  }

  @Test
  void aSpaceBetweenTwoWordsOfChineseSeparatesThemAndLetterSpacingGoes() {
    // a news headline parts its clauses with a space: run together, "奋斗有我国聘行动" reads 我国 in it
    assertClean(
        "“奋斗有我 国聘行动”促进女大学生就业专场正式启动\n国务院总理 李克强", "“奋斗有我 国聘行动”促进女大学生就业专场正式启动\n国务院总理\u3000\u3000李克强");
    // a PDF's letter spacing goes: a space beside a single character; and so does a space in
    // running prose, a sentence with a comma
    assertClean("中关村论坛推动高质量发展", "中 关 村 论 坛推 动 高质量发展");
    assertClean("离宫殿不远，有一座非常漂亮的神庙。", "离宫殿不远，有一座非 常漂亮的神庙。");
  }

  @Test
  void aHeadingIsCleanedAlikeWithAndWithoutItsMarkdownMarks() {
    // the space after a part's number stays, the letter spacing of its title goes, whether the
    // heading stands as a plain line, a Markdown heading or a page's h2 (read as one)
    assertClean("第一章 总则\n第一条 本办法适用于本市。", "第一章 总 则\n第一条 本办法适用于本市。");
    // (the marks stay until the text is cut into sections, which takes them off)
    assertClean("##第一章 总则\n第一条 本办法适用于本市。", "## 第一章 总 则\n\n第一条 本办法适用于本市。");
    assertClean("# 1. 总体要求\n坚持稳中求进。", "# 1. 总 体 要 求\n\n坚持稳中求进。");
  }

  @Test
  void foldsIdeographicSpaceAndCompatibilityIdeographs() {
    // an ideographic or no-break space between two words of Chinese separates them, as a space
    // does; beside a single character it is letter spacing
    assertClean("中关村 论坛 年会", "中关村\u3000论坛\u00A0年会");
    assertClean("中关村论坛", "中\u3000关\u00A0村论坛");
    assertEquals("\u516D", normalizer.normalize("\uF9D1"));
  }

  @Test
  void gluesWordBrokenWithSoftHyphen() {
    assertClean("transformation is here", "transfor\u00AD\n\nmation is here");
  }

  @Test
  void treatsTextWithoutBlankLinesAsOneParagraphPerLine() {
    assertClean("第一段没有句号\n第二段。", "第一段没有句号\n第二段。");
  }

  @Test
  void convertsTraditionalToSimplifiedWhenAsked() {
    assertEquals("中关村论坛", normalizer.withTraditionalToSimplified(true).normalize("中關村論壇"));
    assertEquals("中關村論壇", normalizer.normalize("中關村論壇"));
  }

  @Test
  void blankInputGivesEmptyText() {
    assertEquals("", normalizer.normalize(" \n\n\uFEFF \r\n"));
  }

  @Test
  void asciiPunctuationAtALineEdgeIsCleanedLikeAnyOther() {
    // an ASCII mark with no neighbour on one side (line start or end) once stopped every command
    assertClean("(1)第一", "(1) 第一");
    assertClean("Hello (world)", "Hello (world)");
    assertClean("人工智能发展很快(AI)", "人工智能发展很快（AI）");
    assertClean("AI:", "AI:");
    assertClean("?", "?");
    assertClean("人工智能。\n(1)第一", "人工智能。\n(1) 第一\n");
  }

  @Test
  void aPairOfBracketsTakesTheWidthOfWhatItEncloses() {
    // whatever the source wrote and whatever stands outside the pair
    assertClean("二十国集团(G20)峰会", "二十国集团（G20）峰会");
    assertClean("二十国集团(G20)峰会", "二十国集团(G20)峰会");
    assertClean("GPT(4)模型", "GPT(4)模型");
    assertClean("中国（上海）自由贸易试验区", "中国(上海)自由贸易试验区");
    assertClean("规划（2021—2025年）", "规划(2021—2025年)");
    assertClean("（中国（上海）自贸区）", "(中国(上海)自贸区)");
    assertClean("((G20))", "（（G20））");
    // a bracket without its partner goes by the character on its inside, or by its neighbours at
    // an edge
    assertClean("见附件（", "见附件(");
    assertClean("GPT(", "GPT(");
    assertClean("见表(1", "见表（1");
    assertClean("见（附件", "见(附件");
    assertClean("4)模型", "4）模型");
  }

  @Test
  void aQueryWithABracketAtItsEdgeIsCleanedAsTheTextAroundIt() {
    String text = normalizer.normalize("二十国集团（G20）峰会与GPT(4)模型，中国(上海)自贸区");
    assertEquals("二十国集团(G20)峰会与GPT(4)模型，中国（上海）自贸区", text);
    for (String q :
        List.of(
            "(G20)",
            "（G20）",
            "GPT(4)",
            "GPT（4）",
            "(上海)",
            "（上海）",
            "二十国集团(G20)",
            "二十国集团(G20",
            "集团(G",
            "4)模型",
            "(上海",
            "海)自贸区")) {
      assertTrue(text.contains(normalizer.query(q)), q + " → " + normalizer.query(q));
    }
  }

  @Test
  void rejectsBadOptions() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> normalizer.withHeaderMinRepeats(1));
    assertEquals("headerMinRepeats must be ≥ 2, was 1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> normalizer.withHeaderMaxWidth(0));
  }

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertEquals(5, txt.size());
      return txt.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isIdempotentOnSeeds(Path seed) throws IOException {
    String once = normalizer.normalize(Files.readString(seed));
    assertEquals(once, normalizer.normalize(once));
    assertFalse(once.contains("\n\n"));
    assertFalse(once.contains("\uFFFD"));
    assertFalse(once.startsWith("\n") || once.endsWith("\n"));
  }
}
