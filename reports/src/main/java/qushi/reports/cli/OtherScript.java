package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import qushi.CorpusCounts;
import qushi.CorpusNotes;
import qushi.analytics.core.Rows;
import qushi.analytics.prepare.TermCount;

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
   * CorpusNotes#otherForms}); returns the terms it printed one for.
   */
  static Set<String> note(
      PrintWriter err, Rows<TermCount> counted, CorpusCounts counts, boolean converted) {
    List<CorpusNotes.OtherForm> forms =
        CorpusNotes.otherForms(counted, counts::count, counts::otherScript, counts::otherCase);
    Map<String, List<CorpusNotes.OtherForm>> byQuery = new LinkedHashMap<>();
    for (CorpusNotes.OtherForm f : forms)
      byQuery.computeIfAbsent(f.query(), q -> new ArrayList<>()).add(f);
    byQuery.forEach(
        (query, of) -> {
          String written =
              of.stream()
                  .map(f -> "“" + f.form() + "” (" + CorpusNotes.times(f.count()) + ")")
                  .collect(Collectors.joining(", "));
          Set<String> why = new LinkedHashSet<>();
          for (CorpusNotes.OtherForm f : of)
            why.add(
                f.form().equalsIgnoreCase(query)
                    ? "Counts match letters as typed."
                    : converted
                        ? "--t2s keeps a character that stands for another only in some"
                            + " words, as Taiwan's 著 for 着 (随著, 著力; not in 显著, 著名)."
                        : "--t2s converts the text and the queries to simplified characters.");
          long queryCount = of.getFirst().queryCount();
          if (queryCount == 0) {
            err.printf(
                "qushi: note: “%s” does not occur; the corpus writes %s. %s%n",
                query, written, String.join(" ", why));
          } else {
            err.printf(
                "qushi: note: “%s” occurs %s; the corpus also writes %s, which these counts leave"
                    + " out. %s%n",
                query, CorpusNotes.times(queryCount), written, String.join(" ", why));
          }
        });
    err.flush();
    return byQuery.keySet();
  }
}
