package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.text.TextOptions;

class CopiesPreparedTest {
  private static final String POST = "白帽子发现某邮箱系统存在严重漏洞，可以读取任意用户的邮件内容。\n厂商已经确认漏洞并在当天发布了补丁，建议用户尽快更新。";

  /**
   * A copy names the document whose paragraphs it lost: the first copy of its own year, not the
   * group's first in another year; the copy of another year is named against the group's first.
   */
  @Test
  void aCopyNamesTheEarlierCopyOfItsOwnYear() {
    Corpus c =
        Corpus.ofTexts(2020, POST, 2021, POST, 2021, POST, 2022, "另一条完全不同的帖子，说的是别的事情，和前面的都无关。");
    PreparedCorpus p = PreparedCorpus.of(c, TextOptions.defaults());
    assertEquals(
        List.of(
            new PreparedCorpus.Copy("doc02", "doc01", false),
            new PreparedCorpus.Copy("doc03", "doc02", true)),
        p.copies());
    assertEquals("", p.documents().get(2).text());
    assertEquals(p.documents().get(0).text(), p.documents().get(1).text());
  }
}
