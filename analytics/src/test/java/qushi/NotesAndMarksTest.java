package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.TermCount;

/**
 * A section of notes after the text is not counted as the text, and the marks that point to notes
 * are no words: a year with notes counts as the same text without them.
 */
class NotesAndMarksTest {
  @Test
  void notesAndTheirMarksAreNotCountedAsTheText() {
    String text = "在成都会议上的讲话。我们要团结一切可以团结的力量，帝国主义是纸老虎。\n";
    String marked = "在成都会议⑴上的讲话。我们要团结一切可以团结的力量⑵，帝国主义是纸老虎。\n";
    Qushi q =
        Qushi.of(Corpus.ofTexts(1958, marked + "注释\n〔1〕成都会议，时任总理出席。\n〔2〕见本书第一卷。\n", 1959, text));
    Map<Integer, Long> tokens = q.corpus().tokensByYear();
    assertEquals(tokens.get(1959), tokens.get(1958), tokens::toString);
    var counts = q.count(List.of("时任"));
    assertEquals(0, counts.stream().mapToInt(TermCount::count).sum(), counts::toString);
    assertTrue(
        counts.notes().get(0).startsWith("“时任” also stands once in sections of notes"),
        counts.notes()::toString);
    assertEquals(1, q.corpus().withNotes().size());
    assertTrue(
        q.notes().stream().anyMatch(n -> n.startsWith("1 document ends with a section of notes")),
        q.notes()::toString);
  }
}
