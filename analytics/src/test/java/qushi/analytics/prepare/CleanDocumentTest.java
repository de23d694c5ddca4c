package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The characters a document is said to have: code points that are not whitespace. */
class CleanDocumentTest {
  @Test
  void visibleCharactersAreCodePointsThatAreNotWhitespace() {
    assertEquals(0, CleanDocument.visible(""));
    assertEquals(0, CleanDocument.visible(" \n\t\u3000"));
    // 科技 2, "AI" 2, the full stop 1; the spaces and the line break are not counted
    assertEquals(5, CleanDocument.visible("科技 AI\n 。"));
    // a character outside the basic plane (𠀀, a surrogate pair) is one character
    assertEquals(3, CleanDocument.visible("𠀀a𠀀"));
    // a surrogate half on its own is still one (as String.codePoints counts it)
    assertEquals(2, CleanDocument.visible("\uDC00\uD800"));
  }
}
