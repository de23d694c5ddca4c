package qushi.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Serialises values to JSON that is safe to place inside an HTML {@code <script>} element: after
 * Jackson writes the JSON, the characters that could end the element or start markup ({@code <},
 * {@code >}, {@code &}) and the two line separators JavaScript does not allow in string literals
 * (U+2028, U+2029) are written as {@code \u003c}-style escapes. They can only occur inside JSON
 * strings, where the escape stands for the same character, so the value is unchanged.
 */
public final class ScriptJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private ScriptJson() {}

  /** Returns {@code value} as script-safe JSON (map entries sorted by key, so output is stable). */
  public static String of(Object value) {
    try {
      return escape(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot serialise " + value.getClass().getSimpleName() + " to JSON", e);
    }
  }

  /**
   * Returns JavaScript source with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as
   * unicode escapes. Valid only for source in which these characters occur inside string literals
   * (JSON, and the object literals jsplot writes), where the escape means the same character.
   */
  public static String escape(String js) {
    StringBuilder sb = new StringBuilder(js.length() + 16);
    for (int i = 0; i < js.length(); i++) {
      char c = js.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
