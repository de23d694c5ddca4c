package qushi.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import qushi.Qushi;

/** A small corpus of three years written to a folder with a manifest, for report tests. */
final class Fixtures {
  /** Text of the first 2021 document; tests look for its checksum. */
  static final String TEXT_2021 =
      ("""
      人工智能赋能千行百业。碳中和目标推动绿色金融发展。人工智能与碳中和成为论坛热点。
      生物医药与疫苗研发受到关注。科学家讨论全球气候变化与碳中和路径。
      绿色金融支持能源转型，碳中和需要科技创新。疫苗研发与生物医药合作加强。
      """
                  .strip()
              + "\n\n")
          .repeat(10);

  private Fixtures() {}

  /**
   * Writes the corpus into {@code dir}; {@code payload} is added to the 2024 text and to its title
   * (for injection tests), or empty.
   */
  static Path corpus(Path dir, String payload) {
    String title2024 = "2024 论坛报告" + payload;
    String text2024 =
        """
        新质生产力成为热词。人工智能推动新质生产力发展。具身智能与人形机器人进入应用场景。
        科技创新引领产业创新，人工智能赋能制造业。新质生产力需要科技创新与人才。
        具身智能、人形机器人和人工智能共同推动未来产业。科技创新平台建设加快。
        """
            + payload
            + "\n新质生产力与科技创新并重。具身智能研发持续推进。\n";
    String text2026 =
        """
        未来产业加快布局。具身智能走向规模应用。新质生产力继续发展，人工智能深度融合。
        未来产业与具身智能成为重点。人形机器人产业化提速。未来产业需要开放合作。
        """;
    try {
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("corpus.csv"),
          "id,file,year,title,source\n"
              + "a2021,a2021.txt,2021,2021 论坛综述,测试来源\n"
              + "b2021,b2021.txt,2021,2021 专题,测试来源\n"
              + "c2024,c2024.txt,2024,\""
              + title2024.replace("\"", "\"\"")
              + "\",测试来源\n"
              + "d2026,d2026.txt,2026,2026 年会,测试来源\n");
      Files.writeString(dir.resolve("a2021.txt"), TEXT_2021);
      Files.writeString(
          dir.resolve("b2021.txt"), repeat("碳中和与绿色金融相互促进，生物医药合作不断深化，人工智能研究取得进展，全球气候变化受到关注。", 30));
      Files.writeString(dir.resolve("c2024.txt"), repeat(text2024, 12));
      Files.writeString(dir.resolve("d2026.txt"), repeat(text2026, 15));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /**
   * Returns {@code n} copies of {@code text} as paragraphs, so the splitter makes several passages.
   */
  private static String repeat(String text, int n) {
    return (text.strip() + "\n\n").repeat(n);
  }

  static Qushi open(Path dir, String payload) {
    return Qushi.open(corpus(dir, payload).toString());
  }

  /** Report options for tests: no topics (a test that wants them asks). */
  static ReportOptions options() {
    return ReportOptions.defaults().withTopics(ReportOptions.NO_TOPICS);
  }
}
