package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import qushi.analytics.core.Rows;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.text.Script;

/**
 * Names the form a corpus writes when a query finds nothing because it is written in the other
 * script: 新质生产力 on a corpus in traditional characters, which writes 新質生產力.
 */
final class OtherScript {
  private OtherScript() {}

  /**
   * Prints a note on {@code err} for each term of {@code counted} that occurs nowhere while one of
   * its forms in the other script ({@link Script#otherForms}) occurs: that form and how often, as
   * {@code count} counts it.
   */
  static void note(
      PrintWriter err, Rows<TermCount> counted, Function<List<String>, Rows<TermCount>> count) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (TermCount r : counted) totals.merge(r.term(), (long) r.count(), Long::sum);
    totals.forEach(
        (query, total) -> {
          if (total > 0) return;
          for (String form : Script.otherForms(query)) {
            long n = 0;
            for (TermCount r : count.apply(List.of(form))) n += r.count();
            if (n == 0) continue;
            err.printf(
                "qushi: note: “%s” does not occur; the corpus writes “%s” (%d times). --t2s"
                    + " converts the text and the queries to simplified characters%n",
                query, form, n);
            err.flush();
            return;
          }
        });
  }
}
