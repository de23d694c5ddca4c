package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import qushi.CorpusNotes;
import qushi.Qushi;

/**
 * The notes after a text search of the prepared corpus ({@code count}, {@code kwic}), as the front
 * door words them ({@link CorpusNotes#search}), on stderr.
 */
final class SearchNotes {
  private SearchNotes() {}

  /** Prints the notes for {@code terms} on {@code err}. */
  static void note(PrintWriter err, Qushi q, List<String> terms) {
    for (String n : CorpusNotes.search(q, terms)) err.println("qushi: note: " + n);
    err.flush();
  }
}
