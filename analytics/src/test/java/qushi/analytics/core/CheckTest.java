package qushi.analytics.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckTest {
  @Test
  void notNullNamesTheFirstNullValue() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> Check.notNull("id", "d1", "file", null, "title", null));
    assertEquals("file", e.getMessage());
  }

  @Test
  void notNullPassesValuesThatAreAllThere() {
    assertDoesNotThrow(() -> Check.notNull("id", "d1", "year", 2024, "options", ""));
  }
}
