package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The notes after a text search of the prepared corpus ({@code count}, {@code kwic}), as the front
 * door words them ({@link qushi.CorpusNotes#search}), on stderr.
 */
final class SearchNotes {
  private SearchNotes() {}

  /** Prints a search's {@code notes} ({@link qushi.analytics.core.Rows#notes}) on {@code err}. */
  static void note(PrintWriter err, List<String> notes) {
    for (String n : notes) err.println("qushi: note: " + n);
    err.flush();
  }
}
