package qushi.analytics.context;

import java.util.ArrayList;
import java.util.List;
import qushi.analytics.core.Check;
import qushi.analytics.core.TextSearch;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.PreparedCorpus;

/**
 * Keyword in context: every occurrence of a term or phrase in the cleaned text, found exactly as
 * {@link PreparedCorpus#count} finds them (non-overlapping, left to right), so the number of lines
 * of a KWIC equals the count.
 */
public final class Kwic {
  /** Default context width on each side, in characters. */
  public static final int DEFAULT_WINDOW = 30;

  /** How a context shows a paragraph break: one character, as the line break it stands for. */
  public static final char PARAGRAPH_BREAK = '¶';

  /**
   * One occurrence.
   *
   * @param year document year
   * @param doc document id
   * @param section section title ("" when the document has none)
   * @param position offset of the match in the document's cleaned text, in UTF-16 chars (Java
   *     string indices; a Chinese character is one), from 0
   * @param left up to {@code window} characters before the match (a paragraph break shown as
   *     {@value #PARAGRAPH_BREAK}, as no space of the text is)
   * @param match the matched text
   * @param right up to {@code window} characters after the match
   */
  public record Line(
      int year,
      String doc,
      String section,
      int position,
      String left,
      String match,
      String right) {}

  private Kwic() {}

  /**
   * Returns every occurrence of {@code term} in corpus order.
   *
   * @throws qushi.analytics.core.BadInputException if {@code window < 0} or the term is empty
   */
  public static List<Line> of(PreparedCorpus a, String term, int window) {
    Check.atLeast("window", window, 0);
    String q = a.text().cleanQuery(term);
    List<Line> out = new ArrayList<>();
    for (CleanDocument d : a.documents()) {
      String text = d.text();
      for (int i = TextSearch.find(text, q, 0);
          i >= 0;
          i = TextSearch.find(text, q, i + q.length())) {
        int end = i + q.length();
        out.add(
            new Line(
                d.year(),
                d.id(),
                d.sectionAt(i),
                i,
                flat(text.substring(step(text, i, -window), i)),
                q,
                flat(text.substring(end, step(text, end, window)))));
      }
    }
    return out;
  }

  /**
   * Returns the index {@code |n|} characters after {@code i} in {@code text} (before it when {@code
   * n} is negative), or the text's end (start) when it is nearer: a character outside the Basic
   * Multilingual Plane (an emoji, a rare Han character) counts as one and is never cut in half.
   */
  static int step(String text, int i, int n) {
    int at = i;
    for (int k = 0; k < Math.abs(n); k++) {
      if (n < 0 ? at == 0 : at == text.length()) break;
      at += n < 0 ? -1 : 1;
      if (at > 0
          && at < text.length()
          && Character.isSurrogatePair(text.charAt(at - 1), text.charAt(at))) {
        at += n < 0 ? -1 : 1;
      }
    }
    return at;
  }

  /**
   * Returns at most {@code n} of {@code lines} that stand for all of them: every year with lines
   * gets an equal share (a year with fewer lines gives its unused share to the others), and within
   * a year the lines are taken at evenly spaced positions of its occurrences, so the sample runs
   * through the year's documents instead of stopping at the first. Deterministic; the result keeps
   * the order of {@code lines}. All lines when there are at most {@code n}.
   *
   * <pre>
   * quota(y): one line at a time to each year in year order, while the year has lines left,
   *           until n are given
   * picked(y) = the occurrences of year y at indices ⌊(2j + 1) · c(y) / (2 · quota(y))⌋,
   *             j = 0 … quota(y) − 1, where c(y) is the year's number of lines
   * </pre>
   *
   * @throws qushi.analytics.core.BadInputException if {@code n < 0}
   */
  public static List<Line> sample(List<Line> lines, int n) {
    Check.atLeast("lines", n, 0);
    if (lines.size() <= n) return List.copyOf(lines);
    java.util.TreeMap<Integer, List<Integer>> byYear = new java.util.TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      byYear.computeIfAbsent(lines.get(i).year(), y -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(byYear.values());
    int[] quota = new int[groups.size()];
    for (int left = n; left > 0; ) {
      for (int g = 0; g < groups.size() && left > 0; g++) {
        if (quota[g] < groups.get(g).size()) {
          quota[g]++;
          left--;
        }
      }
    }
    java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> group = groups.get(g);
      for (int j = 0; j < quota[g]; j++) {
        picked.add(group.get((int) ((2L * j + 1) * group.size() / (2L * quota[g]))));
      }
    }
    return picked.stream().map(lines::get).toList();
  }

  private static String flat(String s) {
    return s.replace('\n', PARAGRAPH_BREAK);
  }
}
