package qushi.analytics.prepare;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Section;
import qushi.analytics.text.TermLearner;

/**
 * Section headings that frame the documents: a title that heads sections in at least {@link
 * #DOCUMENTS} documents and in a quarter of them, digits ignored — a programme's "国内联播快讯" and
 * "新闻摘要", a template's "一、总体要求", a law's "第一章 总则", a programme's "《新闻联播》(20230101)". Such a heading
 * stays text (searched, a section's title, its words counted as tokens), but its words are no terms
 * there and no term is learned from it: a title that frames every issue is the corpus's furniture,
 * not what it says (left as terms, "新闻" and "联播" from every programme's title made a topic of their
 * own). The local preparation and a distributed engine find them alike.
 */
public final class FramingHeadings {
  /** Fewest documents whose sections a framing title heads. */
  public static final int DOCUMENTS = 3;

  /** Least share of the documents whose sections a framing title heads. */
  public static final double SHARE = 0.25;

  private FramingHeadings() {}

  /**
   * A section heading line within a passage.
   *
   * @param key its title with digits ignored
   * @param start its first character, in passage offsets
   * @param end the end of its line, in passage offsets
   */
  public record Heading(String key, int start, int end) implements Serializable {}

  /** Returns the keys of the section titles of a document, each once. */
  public static Set<String> keys(CleanDocument document) {
    Set<String> out = new LinkedHashSet<>();
    for (Section s : document.sections()) if (!s.title().isEmpty()) out.add(key(s.title()));
    return out;
  }

  /**
   * Returns the heading lines of the sections that start within passage {@code p} of a document and
   * whose titles frame the documents ({@code framing}, see {@link #framing}), in text order.
   */
  public static List<Heading> headings(CleanDocument document, Passage p, Set<String> framing) {
    List<Heading> out = new ArrayList<>();
    for (Section s : document.sections()) {
      if (s.title().isEmpty() || s.start() < p.start() || s.start() >= p.end()) continue;
      if (!framing.contains(key(s.title()))) continue;
      int nl = document.text().indexOf('\n', s.start());
      int end = Math.min(nl < 0 ? s.end() : nl, p.end());
      out.add(new Heading(key(s.title()), s.start() - p.start(), end - p.start()));
    }
    return out;
  }

  /** Returns the keys that frame the documents, given the keys of each document ({@link #keys}). */
  public static Set<String> framing(List<Set<String>> keysPerDocument) {
    Map<String, Integer> documents = new HashMap<>();
    for (Set<String> keys : keysPerDocument) {
      for (String k : keys) documents.merge(k, 1, Integer::sum);
    }
    double least = Math.max(DOCUMENTS, SHARE * keysPerDocument.size());
    Set<String> out = new LinkedHashSet<>();
    documents.forEach(
        (k, n) -> {
          if (n >= least) out.add(k);
        });
    return out;
  }

  /**
   * Makes the tokens of a passage's framing headings function words to the term learner ({@link
   * TermLearner#FUNCTION}).
   *
   * @param kinds the kinds of the passage's tokens, changed in place
   * @param offsets the tokens' offsets in the passage
   * @param headings the passage's framing headings ({@link #headings})
   */
  public static void mask(byte[] kinds, int[] offsets, List<Heading> headings) {
    if (headings.isEmpty()) return;
    for (int k = 0; k < kinds.length; k++) {
      if (within(offsets[k], headings)) kinds[k] = TermLearner.FUNCTION;
    }
  }

  /** Returns whether the passage offset {@code offset} is on one of the heading lines. */
  public static boolean within(int offset, List<Heading> headings) {
    for (Heading h : headings) if (offset >= h.start() && offset < h.end()) return true;
    return false;
  }

  private static String key(String title) {
    return title.replaceAll("\\d+", "0");
  }
}
