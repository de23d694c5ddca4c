package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import qushi.Qushi;

/**
 * The notes after a text search of the prepared corpus ({@code count}, {@code kwic}): where the
 * search did not count a term the user asked for, in dropped boilerplate ({@link DroppedText}) or
 * inside longer Latin strings ({@link LatinNeighbours}).
 */
final class SearchNotes {
  private SearchNotes() {}

  /** Prints the notes for {@code terms} on {@code err}. */
  static void note(PrintWriter err, Qushi q, List<String> terms) {
    DroppedText.note(err, q, terms);
    LatinNeighbours.note(err, q, terms);
  }

  /** Returns how often something occurs, in words: "once", "2 times". */
  static String times(long n) {
    return n == 1 ? "once" : n + " times";
  }
}
