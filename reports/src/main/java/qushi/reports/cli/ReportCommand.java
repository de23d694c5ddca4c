package qushi.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.Inputs;
import qushi.Qushi;
import qushi.analytics.compare.Period;
import qushi.analytics.core.BadInputException;
import qushi.reports.Labels;
import qushi.reports.Report;
import qushi.reports.ReportOptions;

/** {@code qushi report}: the self-contained HTML trend report plus one CSV file per table. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand extends CorpusCommand {
  private static final ReportOptions DEFAULTS = ReportOptions.defaults();

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  // null: chosen (ReportOptions.CHOOSE_TOPICS); a K the user gives is checked as given, so that
  // 0 is refused as 1 is, not read as "choose"
  @Option(names = "--topics", paramLabel = "K")
  Integer topics;

  @Option(names = "--no-topics")
  boolean noTopics;

  @Option(names = "--watch", paramLabel = "TERM", arity = "1..*")
  List<String> watch = new ArrayList<>();

  @Option(names = "--watch-file", paramLabel = "FILE")
  Path watchFile;

  @Option(names = "--lang", paramLabel = "zh|en")
  Labels.Lang lang = DEFAULTS.lang();

  @Mixin ResamplesOption resamples;

  @Option(names = "--embed-chars", paramLabel = "N")
  int embedChars = DEFAULTS.embedChars();

  @Option(names = "--exact-csv")
  boolean exactCsv;

  @Option(names = "--periods", paramLabel = "P,P,...")
  String periods;

  @Option(names = "--strata", paramLabel = "COLUMN")
  String strata = DEFAULTS.strata();

  @Option(names = "--stamp")
  boolean stamp;

  @Override
  boolean showsShapes() {
    return true;
  }

  @Override
  public Integer call() {
    List<String> terms = new ArrayList<>(watch);
    if (watchFile != null) terms.addAll(Inputs.readList(watchFile, "watch file"));
    String time =
        stamp
            ? ZonedDateTime.now()
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            : "";
    ReportOptions options =
        DEFAULTS
            .withLang(lang)
            .withWatch(terms)
            .withResamples(resamples.resamples)
            .withEmbedChars(embedChars)
            .withExactCsv(exactCsv)
            .withStamp(time)
            .withTopics(noTopics ? ReportOptions.NO_TOPICS : topics(topics))
            .withPeriods(periods == null ? List.of() : Period.parseList("periods", periods))
            .withStrata(strata);
    // one period has nothing to follow it: refused as compare --periods refuses it, not dropped
    if (options.periods().size() == 1) {
      throw BadInputException.option(
          "periods", "needs at least two periods, was " + options.periods());
    }
    Path dir = out != null ? out : defaultOut();
    // a bad output folder is found before the minutes of analysis, not after
    Report.checkOutput(dir);
    Qushi q = open();
    // a period without a year of the corpus is a mistake in the option, as for compare --periods
    for (Period p : options.periods()) p.resolve(q.years(), null, "periods");
    Report.Written w = Report.of(q, options).writeTo(dir);
    PrintWriter o = spec.commandLine().getOut();
    o.println(w.index());
    o.println(
        String.format(
            Locale.ROOT,
            "%d document%s, years %s; %d charts, %s, %d CSV files; index.html %.1f MB",
            q.corpus().documents().size(),
            q.corpus().documents().size() == 1 ? "" : "s",
            Arrays.toString(q.years()),
            w.rendered().charts(),
            w.rendered().embedded()
                ? "any term searchable in the page"
                : "context lines of the "
                    + w.rendered().terms()
                    + " shown terms (text not embedded)",
            w.files().size() - 1,
            w.bytes() / 1e6));
    for (String note : w.rendered().notes()) o.println(note);
    return 0;
  }

  private static Path defaultOut() {
    String home = System.getProperty("qushi.home");
    return home != null ? Path.of(home, "reports", "out") : Path.of("reports", "out");
  }

  /** Returns the K of --topics, or {@link ReportOptions#CHOOSE_TOPICS} without it. */
  private static int topics(Integer k) {
    if (k == null) return ReportOptions.CHOOSE_TOPICS;
    if (k < 2) throw BadInputException.option("topics", "must be ≥ 2, was " + k);
    return k;
  }
}
