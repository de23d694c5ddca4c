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
      if (with.isEmpty()) continue;
      err.printf(
          "qushi: note: “%s” also stands in %s dropped as boilerplate, %s (qushi stats"
              + " --boilerplate lists them; --keep-boilerplate keeps them in the text)%n",
          query,
          with.size() == 1 ? "1 paragraph" : with.size() + " paragraphs",
          dropped(with.stream().mapToLong(Boilerplate.Paragraph::occurrences).sum()));
    }
    err.flush();
  }

  private static String dropped(long times) {
    return times == 1 ? "dropped once" : times + " times in all";
  }
}
