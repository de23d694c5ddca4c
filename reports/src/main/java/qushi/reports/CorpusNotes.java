package qushi.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qushi.Qushi;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.text.Script;

/**
 * Documents a reader should know about before trusting the counts, named in the report's overview
 * and in a note of every command: those that appear to be written in traditional characters ({@link
 * Script}), since their words are counted apart from the simplified forms and HanLP, which learned
 * from simplified text, splits them more often; and copies of other documents, whose words are
 * counted once per copy.
 */
public final class CorpusNotes {
  private CorpusNotes() {}

  /**
   * Returns the traditional documents as "id share%" (share of the Chinese characters that change
   * under conversion to simplified ones), in corpus order.
   */
  public static List<String> traditional(Qushi q) {
    List<String> out = new ArrayList<>();
    for (CleanDocument d : q.corpus().documents()) {
      double share = Script.traditionalShare(d.text());
      if (share >= Script.TRADITIONAL) {
        out.add(String.format(Locale.ROOT, "%s %.0f%%", d.id(), 100 * share));
      }
    }
    return out;
  }

  /**
   * Returns the documents that repeat most of the text of an earlier one as "copy ≈ original", in
   * corpus order (see {@link qushi.analytics.prepare.PreparedCorpus#copies}).
   */
  public static List<String> copies(Qushi q) {
    return q.corpus().copies().stream().map(c -> c.document() + " ≈ " + c.of()).toList();
  }

  /** Returns the first {@code max} of {@code named}, "…" after them when there are more. */
  public static String first(List<String> named, int max) {
    List<String> shown = new ArrayList<>(named.subList(0, Math.min(max, named.size())));
    if (named.size() > max) shown.add("…");
    return String.join(", ", shown);
  }
}
