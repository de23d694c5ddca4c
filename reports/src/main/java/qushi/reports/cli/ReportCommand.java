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
import qushi.Qushi;
import qushi.analytics.compare.Period;
import qushi.reports.Labels;
import qushi.reports.Report;
import qushi.reports.ReportOptions;

/** {@code qushi report}: the self-contained HTML trend report plus one CSV file per table. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write DIR/index.html, a self-contained trend report (Plotly inlined; opening it makes no"
          + " network request), and one CSV file per table (UTF-8 with BOM for Excel). Prints the"
          + " path and a summary.",
      "",
      "Sections: corpus overview (size per year, a warning when the largest year has more than 5x"
          + " the tokens of the smallest); keywords per year (c-TF-IDF bars, key phrases); term"
          + " trends (per10k across years with bootstrap 95%% intervals for the watch list, heatmap"
          + " of the top terms); what changed (diverging bars of the weighted log-odds z for each"
          + " pair of consecutive periods, terms mostly from one document marked *, trend shapes"
          + " with onset, peak and last years, the comparisons within sources); topics (LDA:"
          + " labels, stability, prevalence by year, intertopic map, words per year); co-word"
          + " network (NPMI, force-directed layout with --seed); methods (parameters, seed,"
          + " versions, SHA-256 of every corpus file, formulas).",
      "Search any term or phrase in the page, or click one in a chart or table: its occurrences per"
          + " year (exactly as 'qushi count' counts them) and every keyword-in-context line, a"
          + " representative sample across years first, with filters, sorting and CSV export. The"
          + " page embeds the cleaned text (compressed) for this, up to --embed-chars characters.",
      "",
      "count = non-overlapping occurrences in the cleaned text; per10k = 10000 * count / tokens of"
          + " the year; keywords = keyness of the year against the rest, by z; log_ratio ="
          + " log2((a'/Nt)/(b'/Nr)) with size-proportional pseudo-counts; g2 = log-likelihood with"
          + " Williams' and overdispersion corrections, p = max(quasi-likelihood p, passage"
          + " permutation p), p_adj = discrete Benjamini-Hochberg; z = weighted log-odds (Monroe"
          + " et al. 2008); NPMI ="
          + " ln(n(ab)U/(n(a)n(b))) / -ln(n(ab)/U). See 'qushi compare --help'.",
      "The same corpus, options and seed give a byte-identical index.html (unless --stamp). Files"
          + " are written to a temporary folder next to DIR and moved into place, so a failed run"
          + " leaves the previous report.",
      ""
    })
final class ReportCommand extends CorpusCommand {
  private static final ReportOptions DEFAULTS = ReportOptions.defaults();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Output folder (default: reports/out in the qushi folder, or in the working directory).")
  Path out;

  @Option(
      names = "--topics",
      paramLabel = "K",
      description =
          "Number of topics K (>= 2). Default: the elbow of held-out perplexity over K = 5, 10, 15,"
              + " 20 (the first K after which the next improves perplexity by less than 5%%), as"
              + " 'qushi topics --sweep 5..20:5' shows.")
  int topics = ReportOptions.CHOOSE_TOPICS;

  @Option(names = "--no-topics", description = "Leave out the topics section (faster).")
  boolean noTopics;

  @Option(
      names = "--watch",
      paramLabel = "TERM",
      arity = "1..*",
      description =
          "Terms to follow across years (default: up to 5 emerging or rising, 5 vanished, fading or"
              + " falling and 5 peaked terms, by the trend test).")
  List<String> watch = new ArrayList<>();

  @Option(
      names = "--watch-file",
      paramLabel = "FILE",
      description = "File with watch terms, one per line ('#' comments).")
  Path watchFile;

  @Option(names = "--lang", paramLabel = "zh|en", description = "Page language (default: zh).")
  Labels.Lang lang = DEFAULTS.lang();

  @Mixin ResamplesOption resamples;

  @Option(
      names = "--embed-chars",
      paramLabel = "N",
      description =
          "Embed the cleaned text for the in-page search when the corpus has at most N characters"
              + " (default: ${DEFAULT-VALUE}; 0 never). A larger corpus gets the context lines of"
              + " the terms the page shows.")
  int embedChars = DEFAULTS.embedChars();

  @Option(
      names = "--exact-csv",
      description =
          "Write the CSV files with machine column names and numbers in full precision (as 'qushi"
              + " compare --format csv'), not with the page's headings and rounding. codebook.csv"
              + " explains every column either way.")
  boolean exactCsv;

  @Option(
      names = "--periods",
      paramLabel = "P,P,...",
      description =
          "Periods 'what changed' compares, e.g. 2013..2017,2018..2025 (default: the years when"
              + " there are at most three, otherwise min(4, max(2, round(n/5))) periods of"
              + " consecutive years).")
  String periods;

  @Option(
      names = "--strata",
      paramLabel = "COLUMN",
      description =
          "Also compare within the values of this manifest column (default: source, when the"
              + " manifest has at least two sources; '-' for none).")
  String strata = DEFAULTS.strata();

  @Option(
      names = "--stamp",
      description = "Print the generation time in the page (the page then differs between runs).")
  boolean stamp;

  @Override
  public Integer call() {
    List<String> terms = new ArrayList<>(watch);
    if (watchFile != null) terms.addAll(Qushi.readList(watchFile, "watch file"));
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
            .withTopics(noTopics ? ReportOptions.NO_TOPICS : topics)
            .withPeriods(periods == null ? List.of() : Period.parseList("periods", periods))
            .withStrata(strata);
    Path dir = out != null ? out : defaultOut();
    // a bad output folder is found before the minutes of analysis, not after
    Report.checkOutput(dir);
    Qushi q = open();
    Report.Written w = Report.of(q, options).writeTo(dir);
    PrintWriter o = spec.commandLine().getOut();
    o.println(w.index());
    o.println(
        String.format(
            Locale.ROOT,
            "%d documents, years %s; %d charts, %s, %d CSV files; index.html %.1f MB",
            q.corpus().documents().size(),
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
}
