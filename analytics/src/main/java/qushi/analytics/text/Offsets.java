package qushi.analytics.text;

/** The check that a span of a document's cleaned text has sensible offsets. */
final class Offsets {
  private Offsets() {}

  /**
   * Checks that {@code [start, end)} is a span: {@code 0 <= start <= end}.
   *
   * @param what what the span is, for the message ("passage", "section")
   * @throws IllegalArgumentException when it is not
   */
  static void check(String what, int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          what + " offsets [" + start + ", " + end + ") are invalid");
    }
  }
}
