package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms that read alike in simplified characters are one word in several spellings. */
class SpellingsNoteTest {
  @Test
  void termsThatReadAlikeAreNamedTogetherInTheOrderOfTheirFirstSpelling() {
    List<String> terms = List.of("现代化建设", "人民群众", "現代化建設", "經濟", "人民羣眾", "人民群眾", "隨著", "随着", "显著");
    assertEquals(
        List.of("现代化建设 / 現代化建設", "人民群众 / 人民羣眾 / 人民群眾"),
        CorpusNotes.spellings(terms),
        "隨著 is 随著 in simplified characters, as --t2s leaves it: another word than 随着");
    assertEquals(
        "2 of these keywords stand in more than one spelling (现代化建设 / 現代化建設, 人民群众 / 人民羣眾 / 人民群眾):"
            + " each is counted apart; --t2s reads the text as simplified characters and counts"
            + " them as one",
        CorpusNotes.spellingsNote(terms, "keywords"));
    assertNull(CorpusNotes.spellingsNote(List.of("經濟", "发展", "显著"), "keywords"));
  }
}
