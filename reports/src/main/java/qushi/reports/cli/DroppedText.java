package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import qushi.Qushi;
import qushi.analytics.core.TextSearch;
import qushi.analytics.text.Boilerplate;

/**
 * Names the boilerplate that holds a term the user asked for: counts and context lines search the
 * text without it, so a signature or a masthead (每日热搜君) is found nowhere, and the user should learn
 * why.
 */
final class DroppedText {
  private DroppedText() {}

  /**
   * Prints a note on {@code err} for each of the {@code terms} that stands in a paragraph dropped
   * as boilerplate: how many such paragraphs and how often they were dropped.
   */
  static void note(PrintWriter err, Qushi q, List<String> terms) {
    List<Boilerplate.Paragraph> dropped = q.boilerplate().list();
    if (dropped.isEmpty()) return;
    for (String term : terms) {
      String query = q.corpus().text().cleanQuery(term);
      List<Boilerplate.Paragraph> with =
          dropped.stream().filter(p -> TextSearch.find(p.text(), query, 0) >= 0).toList();
      List<Boilerplate.Paragraph> copies =
          with.stream().filter(p -> p.position().equals("copy")).toList();
      List<Boilerplate.Paragraph> furniture =
          with.stream().filter(p -> !p.position().equals("copy")).toList();
      note(
          err,
          "qushi: note: “%s” also stands in %s dropped as boilerplate, %s (qushi stats"
              + " --boilerplate lists them; --keep-boilerplate keeps them in the text)%n",
          query,
          furniture);
      note(
          err,
          "qushi: note: “%s” also stands in %s that copies repeat from an earlier document of"
              + " their year, dropped from the copies %s: counted once, where it first stands"
              + " (--keep-copies counts every copy)%n",
          query,
          copies);
    }
    err.flush();
  }

  /** Prints {@code format} for {@code query} and the {@code paragraphs} that hold it, if any. */
  private static void note(
      PrintWriter err, String format, String query, List<Boilerplate.Paragraph> paragraphs) {
    if (!paragraphs.isEmpty()) {
      err.printf(format, query, paragraphs(paragraphs.size()), dropped(paragraphs));
    }
  }

  private static String paragraphs(int n) {
    return n == 1 ? "1 paragraph" : n + " paragraphs";
  }

  private static String dropped(List<Boilerplate.Paragraph> paragraphs) {
    long times = paragraphs.stream().mapToLong(Boilerplate.Paragraph::occurrences).sum();
    return times == 1 ? "once" : SearchNotes.times(times) + " in all";
  }
}
