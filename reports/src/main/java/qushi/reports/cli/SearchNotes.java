package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qushi.Qushi;
import qushi.analytics.prepare.TermCount;

/**
 * The notes after a text search of the prepared corpus ({@code count}, {@code kwic}): where the
 * search did not count a term the user asked for, in dropped boilerplate ({@link DroppedText}) or
 * inside longer Latin strings ({@link LatinNeighbours}).
 */
final class SearchNotes {
  private SearchNotes() {}

  /** A lexicon line: a word, then a part-of-speech tag, a frequency, or both. */
  private static final Pattern LEXICON_LINE =
      Pattern.compile("(\\S+)(?:\\s+[A-Za-z]{1,5}(?:\\s+\\d+)?|\\s+\\d+)");

  /** Prints the notes for {@code terms} on {@code err}. */
  static void note(PrintWriter err, Qushi q, List<String> terms) {
    DroppedText.note(err, q, terms);
    LatinNeighbours.note(err, q, terms);
    lexiconLines(err, q, terms);
  }

  /**
   * Notes each query that finds nothing and reads like a lexicon line ("人工智能 nz 1000": a terms file
   * given a lexicon) while its word occurs: the search looked for the whole line.
   */
  private static void lexiconLines(PrintWriter err, Qushi q, List<String> terms) {
    Map<String, String> words = new LinkedHashMap<>();
    for (String t : terms) {
      Matcher m = LEXICON_LINE.matcher(t.strip());
      if (m.matches()) words.put(t, m.group(1));
    }
    words.forEach(
        (line, word) -> {
          long n = total(q, word);
          if (n > 0 && total(q, line) == 0) {
            err.printf(
                "qushi: note: “%s” does not occur, but “%s” does (%s): a terms file holds one term"
                    + " or phrase per line, without the tag and frequency of a lexicon line%n",
                line.strip(), word, times(n));
          }
        });
    err.flush();
  }

  /** Returns the occurrences of {@code query} over all years. */
  private static long total(Qushi q, String query) {
    long n = 0;
    for (TermCount c : q.count(List.of(query))) n += c.count();
    return n;
  }

  /** Returns how often something occurs, in words: "once", "2 times". */
  static String times(long n) {
    return n == 1 ? "once" : n + " times";
  }
}
