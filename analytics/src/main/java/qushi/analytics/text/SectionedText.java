package qushi.analytics.text;

import java.util.List;

/**
 * A cleaned text and the sections that tile it ({@link Splitter#sectioned}).
 *
 * @param text the text
 * @param sections its sections, in order
 */
public record SectionedText(String text, List<Section> sections) {
  /** Copies the sections. */
  public SectionedText {
    sections = List.copyOf(sections);
  }
}
