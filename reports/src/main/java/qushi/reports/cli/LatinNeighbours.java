package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qushi.Qushi;
import qushi.analytics.core.TextSearch;
import qushi.analytics.prepare.CleanDocument;

/**
 * Names the longer Latin strings that hold a term the user asked for where {@code count} does not
 * count it (a Latin letter or digit beside a Latin edge: WWDC21 for WWDC, OpenAI for AI), so that a
 * count that leaves out most mentions does not pass unnoticed.
 */
final class LatinNeighbours {
  /** The strings named in a note, the commonest first. */
  static final int NAMED = 3;

  private LatinNeighbours() {}

  /** Prints a note on {@code err} for each of the {@code terms} that such strings hold. */
  static void note(PrintWriter err, Qushi q, List<String> terms) {
    for (String term : terms) {
      String query = q.corpus().text().cleanQuery(term);
      Map<String, Integer> found = new TreeMap<>();
      for (CleanDocument d : q.corpus().documents()) TextSearch.enclosing(d.text(), query, found);
      if (found.isEmpty()) continue;
      List<Map.Entry<String, Integer>> order = new ArrayList<>(found.entrySet());
      // the commonest first, ties in string order (the map's)
      order.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
      int times = found.values().stream().mapToInt(Integer::intValue).sum();
      List<String> named = new ArrayList<>();
      for (var e : order.subList(0, Math.min(NAMED, order.size())))
        named.add(e.getKey() + " ×" + e.getValue());
      String more = order.size() > NAMED ? " and " + (order.size() - NAMED) + " more" : "";
      err.printf(
          "qushi: note: “%s” also stands %s inside longer Latin strings, which are not counted as"
              + " it: %s%s (count them by name)%n",
          query, SearchNotes.times(times), String.join(", ", named), more);
    }
    err.flush();
  }
}
