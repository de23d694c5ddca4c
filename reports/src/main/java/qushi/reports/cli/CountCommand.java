package qushi.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import qushi.CorpusNotes;
import qushi.Inputs;
import qushi.Qushi;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Rows;
import qushi.analytics.prepare.GroupCount;
import qushi.analytics.prepare.TermCount;

/** {@code qushi count}: occurrences and rates of terms per year. */
@Command(name = "count", mixinStandardHelpOptions = true)
final class CountCommand extends TableCommand {
  @Parameters(paramLabel = "TERM", arity = "0..*")
  List<String> terms = new ArrayList<>();

  @Option(names = "--terms", paramLabel = "FILE")
  Path termFile;

  @Mixin IntervalOptions intervals;

  @Option(names = "--by", paramLabel = "COLUMN")
  String by;

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(terms);
    if (termFile != null) {
      List<String> listed = Inputs.readList(termFile, "term file");
      if (listed.isEmpty() && terms.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            termFile + ": the term file holds no term (only comments or blanks)");
      }
      all.addAll(listed);
    }
    if (all.isEmpty())
      throw new ParameterException(spec.commandLine(), "give at least one TERM or --terms FILE");
    if (all.stream().anyMatch(String::isBlank))
      throw new ParameterException(spec.commandLine(), "a TERM must not be empty");
    // the intervals resample test units: they need the prepared corpus
    PrintWriter err = spec.commandLine().getErr();
    if (by != null) {
      if (intervals.ci) throw BadInputException.option("ci", "works without --by");
      corpus.requireColumn("by", by);
      Qushi q = open();
      int code = print(Rows.of("count", GroupCount.class, q.corpus().count(all, by)));
      SearchNotes.note(err, CorpusNotes.search(q, all));
      return code;
    }
    if (intervals.ci) {
      Qushi q = open();
      var rows = q.count(all, intervals.options());
      int code = print(rows);
      Rows<TermCount> counted = q.count(all);
      absent(
          err, counted, OtherScript.note(err, counted, q, corpus.cleaning.traditionalToSimplified));
      SearchNotes.note(err, rows.notes());
      return code;
    }
    return printFromCounts(
        c -> {
          Rows<TermCount> rows = c.count(all);
          absent(
              err, rows, OtherScript.note(err, rows, c, corpus.cleaning.traditionalToSimplified));
          // with --engine spark only the counts reach this JVM: its rows have no notes
          SearchNotes.note(err, rows.notes());
          return rows;
        });
  }

  /**
   * Notes each term that occurs in no year, unless another form of it was named ({@code named}): a
   * table of zeros alone reads like a count that found nothing in the years shown.
   */
  private static void absent(PrintWriter err, Rows<TermCount> rows, Set<String> named) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (TermCount t : rows.list()) totals.merge(t.term(), (long) t.count(), Long::sum);
    totals.forEach(
        (term, total) -> {
          if (total == 0 && !named.contains(term)) {
            err.printf("qushi: note: “%s” does not occur in the cleaned text%n", term);
          }
        });
    err.flush();
  }
}
