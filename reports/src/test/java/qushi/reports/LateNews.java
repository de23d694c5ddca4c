package qushi.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus whose mix of sources changes: two reports a year 2020–2023 (source report) and two news
 * items in 2023 only, the second with the source as given (news, or News to type it two ways).
 */
public final class LateNews {
  private LateNews() {}

  /** Writes the corpus into {@code dir}; {@code secondSource} is the second news item's source. */
  public static void write(Path dir, String secondSource) throws IOException {
    StringBuilder manifest = new StringBuilder("id,file,year,source\n");
    String[] says = {"财政收入稳定增长", "粮食生产再获丰收", "就业形势总体稳定", "科技创新取得突破"};
    for (int year = 2020; year <= 2023; year++) {
      for (int i = 0; i < 2; i++) {
        String id = "r" + year + i;
        Files.writeString(dir.resolve(id + ".txt"), says[year - 2020] + "，" + says[i] + "。");
        manifest.append(id + "," + id + ".txt," + year + ",report\n");
      }
    }
    Files.writeString(dir.resolve("n1.txt"), "国家主席会见外国领导人，双方举行会谈，发表联合声明。");
    Files.writeString(dir.resolve("n2.txt"), "外交部发言人回答记者提问，介绍访问安排和合作成果。");
    manifest.append("n1,n1.txt,2023,news\nn2,n2.txt,2023," + secondSource + "\n");
    Files.writeString(dir.resolve("corpus.csv"), manifest);
  }
}
