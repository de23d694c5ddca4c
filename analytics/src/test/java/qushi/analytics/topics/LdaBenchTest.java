package qushi.analytics.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdaBenchTest {
  @TempDir Path dir;

  @Test
  void trainsOnTokenFileAndWritesTables() throws IOException {
    PlantedCorpus planted = new PlantedCorpus(60, 40, 5);
    List<String> lines = new ArrayList<>();
    for (int d = 0; d < planted.docs.length; d++) {
      StringBuilder sb = new StringBuilder(d % 2 == 0 ? "id" + d + "\t2020\t" : "");
      for (int w : planted.docs[d]) {
        sb.append("词").append(w).append(' ');
      }
      lines.add(sb.toString());
    }
    lines.add("empty\t");
    Path file = dir.resolve("tokens.txt");
    Files.write(file, lines, StandardCharsets.UTF_8);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LdaModel model = LdaBench.run(file, 5, 20, 2, 1, dir.resolve("out"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] printed = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(printed[printed.length - 1]
        .matches("tokens/s=\\d+ ll/token=-\\d+\\.\\d+ seconds=\\d+\\.\\d+"), printed[1]);
    assertEquals(61, model.documents());
    assertEquals(60 * 40, model.tokens());

    List<String> topicWords = Files.readAllLines(dir.resolve("out/topic_words.tsv"));
    assertEquals("topic\trank\tterm\tweight", topicWords.get(0));
    assertEquals(1 + 5 * LdaBench.TOP_WORDS, topicWords.size());
    assertTrue(topicWords.get(1).matches("0\t1\t词\\d+\t0\\.\\d+"), topicWords.get(1));
    List<String> docTopics = Files.readAllLines(dir.resolve("out/doc_topics.tsv"));
    assertEquals("doc\ttopic\tproportion", docTopics.get(0));
    assertEquals(1 + 61 * 5, docTopics.size());
    assertTrue(docTopics.get(docTopics.size() - 1).startsWith("60\t4\t"));
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.txt");
    var e = assertThrows(UncheckedIOException.class,
        () -> LdaBench.run(missing, 5, 10, 1, 1, null, System.out));
    assertTrue(e.getMessage().contains("nope.txt"), e.getMessage());
  }
}
