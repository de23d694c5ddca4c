package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SplitterTest {
  private static final Normalizer NORMALIZER = Normalizer.defaults();
  private final Splitter splitter = Splitter.defaults();

  private static String clean(String seed) throws IOException {
    return NORMALIZER.normalize(Files.readString(Path.of("../seeds", seed)));
  }

  @Test
  void pujiangReportsSplitAtEveryEditorsNoteAndForumHeading() throws IOException {
    List<Section> sections = splitter.sections(clean("2024-pujiang-reports.txt"));
    assertEquals(
        List.of(
            "2024浦江创新论坛（第十七届）开幕式及主论坛",
            "国际人类表型组论坛",
            "女科学家座谈会",
            "科技政策论坛",
            "创新文化论坛",
            "区域创新发展论坛",
            "国家自主创新示范区高质量发展论坛",
            // printed without an editor's note: found by its forum heading
            "中国-匈牙利论坛",
            "独角兽创新发展论坛",
            "前沿科技发展论坛",
            "国际合成生物学创新论坛",
            "全球健康与发展论坛",
            "未来材料论坛",
            "“一带一路”专题研讨会",
            "青年科学家座谈会",
            "上海国际计算生物学创新论坛",
            "空天海洋先进科学与技术论坛",
            "量子科技论坛",
            "2024科技青年论坛暨《麻省理工科技评论》“35岁以下科技创新35人”亚太区发布仪式",
            "科技成果转化共享汇"),
        sections.stream().map(Section::title).toList());
  }

  @Test
  void singleEditorsNoteAtStartGivesOneUntitledSection() throws IOException {
    String text = clean("2024-zgc-parallel-forums.txt");
    assertEquals(List.of(new Section("", 0, text.length())), splitter.sections(text));
  }

  @Test
  void textWithoutNotesIsOneSectionAndTextBeforeFirstNoteIsItsOwn() {
    String text = "中关村论坛：未来产业如何塑造未来\n智慧";
    assertEquals(List.of(new Section("", 0, text.length())), splitter.sections(text));
    String two = "前言。\n编者按：科技政策论坛以“科技金融政策与实践”为主题。\n科技政策论坛\n科技金融政策与实践\n正文。";
    assertEquals(
        List.of(new Section("", 0, 4), new Section("科技政策论坛", 4, two.length())),
        splitter.sections(two));
    assertEquals(List.of(), splitter.sections(""));
  }

  private List<String> titles(String text) {
    return splitter.sections(text).stream().map(Section::title).toList();
  }

  @Test
  void aChapterSavedAsAFileOpensAtItsOwnNumberButAStrayNumberInTheTextDoesNot() {
    String body = "正文。".repeat(40);
    assertEquals(
        List.of("二、促进社会主义经济的全面高涨", "三、努力建设高度的社会主义精神文明"),
        titles("二、促进社会主义经济的全面高涨\n" + body + "\n三、努力建设高度的社会主义精神文明\n" + body));
    // after a Markdown title too; but after body text a number that does not follow on starts
    // nothing
    assertEquals(
        List.of("第十二次全国代表大会报告", "二、促进社会主义经济的全面高涨"),
        titles("# 第十二次全国代表大会报告\n二、促进社会主义经济的全面高涨\n" + body));
    assertEquals(List.of(""), titles(body + "\n三、一个不接续的编号\n" + body));
    // an Arabic number opens nothing: a figure or a list item that starts a file is text
    assertEquals(List.of(""), titles("12.3万亿元\n" + body));
    assertEquals(List.of(""), titles("2．各级政府要加强领导，确保任务落实到位。\n" + body + "\n3．另一项。\n" + body));
  }

  @Test
  void numberedHeadingsOfEveryCommonStyleStartSections() {
    String body = "正文。".repeat(40);
    String text =
        String.join(
            "\n",
            "各位代表：",
            "一、过去一年的工作",
            body,
            "（一）稳定宏观经济。" + body,
            "（二）加强供给侧结构性改革，增强持续增长动力。",
            body,
            "二、今年的重点工作",
            "1. 总体要求",
            body,
            "1.1 主要目标",
            body,
            "1.2 政策取向",
            body,
            "第一章 总则",
            "第一节 目的",
            body,
            "第一部分 附则",
            body,
            "## 附录",
            body);
    assertEquals(
        List.of(
            "",
            "一、过去一年的工作",
            "（一）稳定宏观经济",
            "（二）加强供给侧结构性改革，增强持续增长动力",
            "二、今年的重点工作",
            "1. 总体要求",
            "1.1 主要目标",
            "1.2 政策取向",
            "第一章 总则",
            "第一节 目的",
            "第一部分 附则",
            "附录"),
        titles(text));
    List<Section> sections = splitter.sections(text);
    assertEquals(0, sections.get(0).start());
    assertEquals("各位代表：\n".length(), sections.get(1).start());
    assertEquals(text.indexOf("（一）"), sections.get(2).start());
    assertEquals(text.length(), sections.get(sections.size() - 1).end());
  }

  @Test
  void shortTitleLineFollowedByBodyTextStartsASection() {
    String body = "中关村论坛是面向全球科技创新交流合作的国家级平台，".repeat(5); // 125 characters
    assertEquals(
        List.of("", "共绘全球科技交流合作新图景", "未来产业"),
        titles("导语。\n共绘全球科技交流合作新图景\n" + body + "\n未来产业\n" + body));
    // a short line before a short line, a line ending with a colon, a single character: no section
    assertEquals(List.of(""), titles("智慧\n行业方向明确\n主要措施：\n" + body + "\n据\n" + body));
    // a sentence is not a title, however short
    assertEquals(List.of(""), titles("前言。\n各位代表！\n" + body));
    // a byline is no title: a person's title and a name, joined or after a space
    assertEquals(List.of(""), titles("导语。\n国务院总理周恩来\n" + body));
    assertEquals(List.of(""), titles("导语。\n新华社记者张晓明\n" + body));
    assertEquals(List.of(""), titles("导语。\n国务院总理 李强\n" + body));
    // a title that ends with a name but has no person's title before it stays a title
    assertEquals(List.of("", "致敬袁隆平"), titles("导语。\n致敬袁隆平\n" + body));
    assertEquals(List.of("", "《高端访谈》专访科摩罗总统阿扎利"), titles("导语。\n《高端访谈》专访科摩罗总统阿扎利\n" + body));
  }

  @Test
  void numbersMustGoForwardWithinAStyle() {
    String body = "正文。".repeat(40);
    // the summary list of a news programme: items end with ；, only the last one would stand alone
    assertEquals(List.of(""), titles("1.第一条新闻；\n2.第二条新闻；\n13.大美中国。\n" + body));
    // a "三、" after "五、" is text, not a heading; "1." restarts a series anywhere
    assertEquals(
        List.of("", "一、甲", "五、乙", "1. 丙"),
        titles("前言\n一、甲\n" + body + "\n五、乙\n" + body + "\n三、丁\n" + body + "\n1. 丙\n" + body));
    // numbers in text are no headings: 1.5万亿元, 6.7%, 2024.
    assertEquals(List.of(""), titles("前言\n1.5万亿元\n" + body + "\n6.7%\n" + body));
  }

  @Test
  void chineseNumbersAreRead() {
    assertEquals(1, Headings.chineseNumber("一"));
    assertEquals(10, Headings.chineseNumber("十"));
    assertEquals(13, Headings.chineseNumber("十三"));
    assertEquals(20, Headings.chineseNumber("二十"));
    assertEquals(23, Headings.chineseNumber("二十三"));
    assertEquals(105, Headings.chineseNumber("一百零五"));
    assertEquals(12, Headings.chineseNumber("12"));
    assertEquals(-1, Headings.chineseNumber("甲"));
  }

  @Test
  void shortSectionIsOnePassageWithOffsetsAndIndex() {
    String text = "编者按：科技政策论坛以“科技金融政策与实践”为主题。\n科技政策论坛\n科技金融是科技与产业之间的桥梁和纽带。";
    List<Passage> passages = splitter.passages("pujiang", 2024, text, 7);
    assertEquals(List.of(new Passage(7, 0, "pujiang", 2024, "科技政策论坛", 0, text.length())), passages);
  }

  @Test
  void longSentenceIsCutAtCommaThenHard() {
    String clause = "科技创新开放环境是顺应时代规律的必然选择，"; // 21 characters
    String text = clause.repeat(40) + "终。";
    List<Passage> passages = new Splitter(200, 600, 100).passages("d", 2024, text, 0);
    assertEquals(List.of(588, 254), passages.stream().map(Passage::length).toList());
    String noComma = "科".repeat(1300);
    assertEquals(
        List.of(600, 700),
        splitter.passages("d", 2024, noComma, 0).stream().map(Passage::length).toList());
  }

  @Test
  void rejectsBadBounds() {
    assertThrows(IllegalArgumentException.class, () -> new Splitter(300, 200, 0));
    assertThrows(IllegalArgumentException.class, () -> splitter.passages("d", 2024, "文。", -1));
  }

  static Stream<String> seeds() {
    return Stream.of(
        "2021-wlf-frontier-report.txt",
        "2021-zgc-future-industries.txt",
        "2024-pujiang-reports.txt",
        "2024-zgc-parallel-forums.txt",
        "2026-zgc-annual-meeting.txt");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void passagesTileTheTextWithinSectionsAndBounds(String seed) throws IOException {
    String text = clean(seed);
    List<Section> sections = splitter.sections(text);
    assertEquals(0, sections.get(0).start());
    assertEquals(text.length(), sections.get(sections.size() - 1).end());
    for (int i = 1; i < sections.size(); i++) {
      assertEquals(sections.get(i - 1).end(), sections.get(i).start());
    }
    List<Passage> passages = splitter.passages(seed, 2024, text, 0);
    int[] owner = new int[text.length()];
    for (Passage p : passages) {
      String pt = text.substring(p.start(), p.end());
      assertTrue(p.length() <= 700, () -> "too long: " + p);
      assertTrue(!pt.isBlank() && pt.equals(pt.strip()));
      Section s = sections.get(sectionOf(sections, p));
      assertTrue(p.end() <= s.end(), () -> "crosses section end: " + p);
      assertEquals(s.title(), p.section());
      for (int i = p.start(); i < p.end(); i++) {
        owner[i]++;
      }
    }
    // every visible character is in exactly one passage; whitespace in at most one (passages are
    // trimmed, so whitespace between them belongs to none)
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        assertTrue(owner[i] <= 1, "whitespace " + i + " covered " + owner[i] + " times");
      } else {
        assertEquals(1, owner[i], "character " + i + " covered " + owner[i] + " times");
      }
    }
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      assertEquals(i, p.index());
      boolean lastOfSection =
          i + 1 == passages.size()
              || sectionOf(sections, passages.get(i + 1)) != sectionOf(sections, p);
      assertTrue(p.length() >= 200 || lastOfSection, () -> "short passage inside a section: " + p);
    }
  }

  private static int sectionOf(List<Section> sections, Passage p) {
    int k = 0;
    while (k + 1 < sections.size() && sections.get(k + 1).start() <= p.start()) {
      k++;
    }
    return k;
  }

  @Test
  void markdownHeadingsLoseTheirMarksOnceTheyHaveCutTheSections() {
    String body = "部署重点任务，推动科技创新与产业创新深度融合，加快发展新质生产力。".repeat(3);
    String text = "# 政府工作报告\n" + body + "\n## 工作安排\n" + body + "\n#科技创新#\n" + body;
    SectionedText st = splitter.sectioned(text);
    assertEquals("政府工作报告\n" + body + "\n工作安排\n" + body + "\n#科技创新#\n" + body, st.text());
    assertEquals(List.of("政府工作报告", "工作安排"), st.sections().stream().map(Section::title).toList());
    // the moved sections still tile the text and start at their titles
    assertEquals(0, st.sections().get(0).start());
    assertEquals(st.sections().get(0).end(), st.sections().get(1).start());
    assertEquals(st.text().length(), st.sections().get(1).end());
    for (Section sec : st.sections()) assertTrue(st.text().startsWith(sec.title(), sec.start()));
    // a text without Markdown headings is returned as it is; a Markdown heading that heads no
    // section (a sentence, or too long for a title) loses its marks all the same: they are markup
    assertEquals(body, splitter.sectioned(body).text());
    String note = "说明：本文件仅供参考。以下为正文内容。\n" + body;
    assertEquals(note, splitter.sectioned("# " + note).text());
    String item = "《求是》杂志出版专刊发表习近平同志在中国共产党第二十次全国代表大会上的报告《高举中国特色社会主义伟大旗帜为全面建设社会主义现代化国家而团结奋斗》";
    SectionedText news = splitter.sectioned("# 新闻联播\n" + body + "\n### " + item + "\n" + body);
    assertEquals("新闻联播\n" + body + "\n" + item + "\n" + body, news.text());
    assertEquals(news.text().length(), news.sections().getLast().end());
    // a page's heading with sentence marks, its space gone in cleanup, heads no section but is
    // markup all the same
    String asked = "还没全面替换UIWebView？苹果又给我们续了一命！";
    assertEquals(
        body + "\n" + asked + "\n" + body,
        splitter.sectioned(body + "\n###" + asked + "\n" + body).text());
  }

  @Test
  void aHashtagIsTextNotAHeading() {
    String body = "部署重点任务，推动科技创新与产业创新深度融合，加快发展新质生产力。".repeat(3);
    String text = "#工作安排\n" + body + "\n#成都疫情# 今天\n" + body + "\n#上海加油#好\n" + body;
    SectionedText st = splitter.sectioned(text);
    // "#工作安排" is a heading written without a space; "#成都疫情# 今天" is a hashtag: text, no section
    assertEquals("工作安排\n" + body + "\n#成都疫情# 今天\n" + body + "\n#上海加油#好\n" + body, st.text());
    assertEquals(List.of("工作安排"), st.sections().stream().map(Section::title).toList());
  }

  @Test
  void codeThatStartsWithAHashIsTextNotAHeading() {
    // a man page's synopsis: "#include" is C, and keeps its mark
    String body = "部署重点任务，推动科技创新与产业创新深度融合，加快发展新质生产力。".repeat(3);
    String text = "概述\n#include <sys/types.h>\n#include <sys/socket.h>\n" + body;
    SectionedText st = splitter.sectioned(text);
    assertEquals(text, st.text());
    assertTrue(st.sections().stream().noneMatch(s -> s.title().contains("include")), st.toString());
    // a heading written without a space that starts with a Latin word is still one
    SectionedText g = splitter.sectioned("#5G发展\n" + body + "\n#AI治理的新格局\n" + body);
    assertEquals(List.of("5G发展", "AI治理的新格局"), g.sections().stream().map(Section::title).toList());
  }

  @Test
  void numberedLinesOneAfterAnotherAreAListNotHeadings() {
    String body = "部署重点任务，推动科技创新与产业创新深度融合，加快发展新质生产力。".repeat(3);
    // a post of numbered items: no sections
    String post = "今日热搜盘点\n1. #监管部门挽回损失# 😭\n2. #晚会提醒老人#\n3. 张雨剑承认有女儿\n原链接：";
    assertEquals(
        List.of(""), splitter.sectioned(post).sections().stream().map(Section::title).toList());
    // a table of contents, then the headings it lists, each over its text
    String report =
        "目录\n一、总体要求\n二、主要任务\n三、保障措施\n一、总体要求\n" + body + "\n二、主要任务\n" + body + "\n三、保障措施\n" + body;
    assertEquals(
        List.of("", "一、总体要求", "二、主要任务", "三、保障措施"),
        splitter.sectioned(report).sections().stream().map(Section::title).toList());
    // a law's list: items that end with ； and the last with 。, text after it; the last item is
    // no heading (it was: 第三节's text was filed under "（三）侦查活动可能有违法行为的")
    String law =
        "（一）一般规定\n"
            + body
            + "\n（二）审查批准逮捕\n第二百八十条 人民检察院办理审查逮捕案件，有下列情形之一的，应当讯问犯罪嫌疑人：\n"
            + "（一）对是否符合逮捕条件有疑问的；\n（二）犯罪嫌疑人要求向检察人员当面陈述的；\n"
            + "（三）侦查活动可能有重大违法行为的。\n"
            + body;
    assertEquals(List.of("（一）一般规定", "（二）审查批准逮捕"), titles(law));
    // a run-in heading whose paragraph ends with ； is a heading, not a list item before （二）
    assertEquals(List.of("（一）加强领导", "（二）完善制度"), titles("（一）加强领导。各级政府负责落实；\n（二）完善制度\n" + body));
    // run-in headings carry their text and stay headings one after another
    String runIn = "（一）扩大内需。" + body + "\n（二）稳定就业。" + body;
    assertEquals(
        List.of("（一）扩大内需", "（二）稳定就业"),
        splitter.sectioned(runIn).sections().stream().map(Section::title).toList());
    // after a lead-in that ends with a colon, numbered paragraphs one after another are the
    // list's items however long: a law's principles, each with its text, then the next article
    // (the last item was a section over every article after it)
    String rules =
        "人民法院在线诉讼规则\n第二条 人民法院开展在线诉讼应当遵循以下原则：\n"
            + "（一）公正高效原则。"
            + body
            + "\n（二）合法自愿原则。"
            + body
            + "\n（三）安全可靠原则。"
            + body
            + "\n第三条 人民法院综合考虑案件情况，可以对以下案件适用在线诉讼。"
            + body;
    assertEquals(List.of(""), titles(rules));
    // a report's headings after such a lead-in, each over its own paragraphs, stay headings
    String tasks = "主要表现在以下几个方面：\n（一）农业生产全面丰收。\n" + body + "\n（二）工业生产逐步回升。\n" + body;
    assertEquals(List.of("", "（一）农业生产全面丰收", "（二）工业生产逐步回升"), titles(tasks));
  }

  @Test
  void numbersThatRunOnAcrossHeadingsNumberParagraphsNotSections() {
    String body = "部署重点任务，推动科技创新与产业创新深度融合，加快发展新质生产力。".repeat(3);
    // an essay's paragraphs numbered through its titled sections: the titles cut, the numbers not
    String essay =
        "## 问题的提起\n（一）抗战快要一周年了。"
            + body
            + "\n（二）经验证明两种观点不对。"
            + body
            + "\n## 问题的根据\n（三）为什么是持久战？"
            + body
            + "\n（四）敌强我弱。"
            + body
            + "\n## 驳亡国论\n（五）亡国论者只看到一个因素。"
            + body;
    assertEquals(List.of("问题的提起", "问题的根据", "驳亡国论"), titles(essay));
    // a report's run-in headings start again under each part: they are its subdivisions
    String report =
        "一、总体要求\n（一）扩大内需。"
            + body
            + "\n（二）稳定就业。"
            + body
            + "\n二、主要任务\n（一）科技创新。"
            + body
            + "\n（二）产业升级。"
            + body;
    assertEquals(
        List.of("一、总体要求", "（一）扩大内需", "（二）稳定就业", "二、主要任务", "（一）科技创新", "（二）产业升级"), titles(report));
    // an opinion's （N） run on through its numbered parts: still its subdivisions
    String opinion =
        "一、总体要求\n（一）指导思想。"
            + body
            + "\n（二）基本原则。"
            + body
            + "\n二、重点任务\n（三）扩大内需。"
            + body
            + "\n（四）稳定就业。"
            + body
            + "\n三、保障措施\n（五）加强领导。"
            + body;
    assertEquals(
        List.of(
            "一、总体要求", "（一）指导思想", "（二）基本原则", "二、重点任务", "（三）扩大内需", "（四）稳定就业", "三、保障措施", "（五）加强领导"),
        titles(opinion));
    // run-in headings at two levels, numbered sub-headings, a list, one unnumbered sub-heading
    String nested =
        "一、提高认识，加强领导。" + body + "\n（一）统一思想。" + body + "\n（二）压实责任。" + body + "\n二、突出重点，精准施策。" + body;
    assertEquals(List.of("一、提高认识，加强领导", "（一）统一思想", "（二）压实责任", "二、突出重点，精准施策"), titles(nested));
    String subheadings =
        "（一）扩大内需。" + body + "\n1.促进消费\n" + body + "\n2.扩大投资\n" + body + "\n（二）稳定就业。" + body;
    assertEquals(List.of("（一）扩大内需", "1.促进消费", "2.扩大投资", "（二）稳定就业"), titles(subheadings));
    String list =
        "（一）扩大内需。" + body + "\n1.促进消费\n2.扩大投资\n3.稳定外贸\n（二）稳定就业。" + body + "\n（三）防范风险。" + body;
    assertEquals(List.of("（一）扩大内需", "（二）稳定就业", "（三）防范风险"), titles(list));
    // (a title line heads a body of at least 100 characters)
    String oneSubheading = "（一）扩大内需。" + body + "\n重点工作安排\n" + body + body + "\n（二）稳定就业。" + body;
    assertEquals(List.of("（一）扩大内需", "重点工作安排", "（二）稳定就业"), titles(oneSubheading));
  }

  @Test
  void aDatelineUnderATitleIsNoTitle() {
    String body = "部署重点任务，推动科技创新与产业创新深度融合，加快发展新质生产力。".repeat(4);
    for (String date : List.of("（一九三八年十一月六日）", "2023年3月5日", "（一九二九年十二月至一九三〇年一月）")) {
      assertEquals(List.of("战争和战略问题"), titles("## 战争和战略问题\n" + date + "\n" + body), date);
    }
    // a title that names a year is still a title, and so are a chronicle's years and months
    assertEquals(List.of("", "2023年工作回顾"), titles(body + "\n2023年工作回顾\n" + body));
    assertEquals(
        List.of("大事记", "一九四九年", "2023年1月—6月"),
        titles("## 大事记\n一九四九年\n" + body + "\n2023年1月—6月\n" + body));
    // a bracketed date with no title right above it is a title line like any other
    assertEquals(List.of("", "（1949年10月1日）"), titles(body + "\n（1949年10月1日）\n" + body));
    // a document number and the date a law takes effect are metadata over its text, no titles
    assertEquals(
        List.of("", "总则"),
        titles(body + "\n法释〔2022〕19号\n" + body + "\n2018年10月1日施行\n" + body + "\n总则\n" + body));
  }
}
