package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import qushi.analytics.core.Rows;
import qushi.analytics.prepare.TermCount;
import qushi.reports.CorpusNotes;

/**
 * Names the form a corpus writes when a query misses occurrences because they are written in the
 * other script (新质生产力 on a corpus in traditional characters, which writes 新質生產力; 资本主义 where some
 * documents write 資本主義), or finds nothing because of letter case (chinese where the corpus writes
 * Chinese).
 */
final class OtherScript {
  private OtherScript() {}

  /**
   * Prints a note on {@code err} for each term of {@code counted} one of whose forms in the other
   * script occurs, or, for a term that occurs nowhere, in other letter case ({@link
   * CorpusNotes#otherForms}); returns whether it printed one.
   */
  static boolean note(
      PrintWriter err, Rows<TermCount> counted, Function<List<String>, Rows<TermCount>> count) {
    List<CorpusNotes.OtherForm> forms = CorpusNotes.otherForms(counted, count);
    for (CorpusNotes.OtherForm f : forms) {
      String why =
          f.form().equalsIgnoreCase(f.query())
              ? "counts match letters as typed"
              : "--t2s converts the text and the queries to simplified characters";
      if (f.queryCount() == 0) {
        err.printf(
            "qushi: note: “%s” does not occur; the corpus writes “%s” (%s). %s%n",
            f.query(), f.form(), SearchNotes.times(f.count()), why);
      } else {
        err.printf(
            "qushi: note: “%s” occurs %s; the corpus also writes “%s” (%s), which"
                + " these counts leave out. %s%n",
            f.query(),
            SearchNotes.times(f.queryCount()),
            f.form(),
            SearchNotes.times(f.count()),
            why);
      }
    }
    err.flush();
    return !forms.isEmpty();
  }
}
