package qushi.analytics.context;

import java.util.ArrayList;
import java.util.List;
import qushi.analytics.core.Check;
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

  /**
   * One occurrence.
   *
   * @param year document year
   * @param doc document id
   * @param section section title ("" when the document has none)
   * @param position offset of the match in the document's cleaned text
   * @param left up to {@code window} characters before the match (line breaks shown as spaces)
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
      for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length())) {
        int end = i + q.length();
        out.add(
            new Line(
                d.year(),
                d.id(),
                d.sectionAt(i),
                i,
                flat(text.substring(Math.max(0, i - window), i)),
                q,
                flat(text.substring(end, Math.min(text.length(), end + window)))));
      }
    }
    return out;
  }

  private static String flat(String s) {
    return s.replace('\n', ' ');
  }
}
