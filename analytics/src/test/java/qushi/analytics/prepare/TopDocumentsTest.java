package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Document;

class TopDocumentsTest {
  private static final List<Document> DOCUMENTS =
      IntStream.range(0, 3)
          .mapToObj(
              d ->
                  new Document(
                      "d" + d,
                      "d" + d + ".txt",
                      2020 + d,
                      "",
                      "",
                      Map.of(),
                      new Document.InMemory("")))
          .toList();

  // term 0 per passage: 2, 1, 3, 0, 3; term 1 in no passage
  private static final PassageMatrix COUNTS =
      PassageMatrix.ofDense(
          new int[][] {{2, 0}, {1, 0}, {3, 0}, {0, 0}, {3, 0}}, new int[] {9, 9, 9, 9, 9});

  private static boolean[] mask(int... passages) {
    boolean[] m = new boolean[5];
    for (int p : passages) m[p] = true;
    return m;
  }

  @Test
  void theDocumentWithMostOccurrencesAndItsShareInCorpusOrder() {
    // passages 0, 1 in d0 (2 + 1 = 3), 2 in d1 (3), 3, 4 in d2 (0 + 3 = 3): a three-way tie of 3
    // of 9 goes to the first document
    TopDocuments top =
        new TopDocuments(DOCUMENTS, new int[] {0, 0, 1, 2, 2}, TermColumns.of(COUNTS));
    assertArrayEquals(new Object[] {"d0", 3.0 / 9}, top.over(mask(0, 1, 2, 3, 4)).top(0));
    // without passage 1, d1 and d2 hold 3 of 8 each, d0 only 2
    assertArrayEquals(new Object[] {"d1", 3.0 / 8}, top.over(mask(0, 2, 3, 4)).top(0));
    // a side of one document says nothing of one document's weight: share NaN
    assertArrayEquals(new Object[] {"d2", Double.NaN}, top.over(mask(0, 1), mask(3, 4)).top(0, 1));
    assertNull(top.over(mask(0, 1, 2, 3, 4)).top(1));
  }

  @Test
  void passagesOutOfDocumentOrderAreSummedByDocumentAllTheSame() {
    // d0 holds passages 0 and 4 (2 + 3 = 5 of 9), d1 passage 2, d2 passages 1 and 3
    TopDocuments top =
        new TopDocuments(DOCUMENTS, new int[] {0, 2, 1, 2, 0}, TermColumns.of(COUNTS));
    assertArrayEquals(new Object[] {"d0", 5.0 / 9}, top.over(mask(0, 1, 2, 3, 4)).top(0));
    // without passage 4: d0 2, d1 3, d2 1
    assertArrayEquals(new Object[] {"d1", 3.0 / 6}, top.over(mask(0, 1, 2, 3)).top(0));
  }
}
