package qushi.reports.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.CorpusNotes;
import qushi.Qushi;
import qushi.analytics.core.Rows;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;

/** {@code qushi keywords}: distinctive terms and key phrases per year or document. */
@Command(name = "keywords", mixinStandardHelpOptions = true)
final class KeywordsCommand extends TableCommand {
  private static final KeywordOptions DEFAULTS = KeywordOptions.defaults();

  /** year, doc, or the name of a manifest column (source, province...). */
  @Option(names = "--by", paramLabel = "year|doc|COLUMN")
  String by = "year";

  @Option(names = "--method", paramLabel = "keyness|tfidf|textrank")
  Keywords.Method method = DEFAULTS.method();

  @Mixin Limits limits = new Limits(DEFAULTS.top(), DEFAULTS.minCount());

  @Option(names = "--no-phrases")
  boolean noPhrases;

  @Override
  public Integer call() {
    Keywords.By grouping =
        switch (by.toLowerCase(java.util.Locale.ROOT)) {
          case "year" -> Keywords.By.YEAR;
          case "doc" -> Keywords.By.DOC;
          default -> Keywords.By.COLUMN;
        };
    if (grouping == Keywords.By.COLUMN) corpus.requireColumn("by", by);
    KeywordOptions o =
        new KeywordOptions(
            grouping,
            grouping == Keywords.By.COLUMN ? by : null,
            method,
            limits.top,
            noPhrases ? 0 : limits.top,
            limits.minCount);
    // TextRank and key phrases read term sequences; c-TF-IDF needs the counts alone
    if (method == Keywords.Method.TEXTRANK || o.phrases() > 0) {
      Qushi q = open();
      return print(noted(q.keywords(o), q.years(), q.documentUnits()));
    }
    return printFromCounts(c -> noted(c.keywords(o), c.years(), c.documentUnits()));
  }

  /**
   * Returns {@code rows}, after a note naming the units of the keyness test when they are
   * documents, and a note naming the years that have no keyword and why, or, for groups other than
   * years, a note when no group has one.
   */
  private Rows<Keyword> noted(Rows<Keyword> rows, int[] years, boolean documentUnits) {
    boolean byYear = by.equalsIgnoreCase("year");
    String spellings =
        CorpusNotes.spellingsNote(
            rows.list().stream().map(Keyword::term).distinct().toList(), "keywords");
    if (spellings != null) spec.commandLine().getErr().println("qushi: note: " + spellings);
    if (documentUnits && method == Keywords.Method.KEYNESS && !by.equalsIgnoreCase("doc")) {
      spec.commandLine()
          .getErr()
          .println(
              "qushi: note: p_adj is tested over documents, not passages: most of the text is in"
                  + " years of two or more, and the passages of one document share its subject");
    }
    Set<String> with =
        rows.list().stream()
            .filter(k -> !k.isPhrase())
            .map(Keyword::group)
            .collect(Collectors.toSet());
    List<String> without =
        byYear
            ? IntStream.of(years).mapToObj(String::valueOf).filter(y -> !with.contains(y)).toList()
            : with.isEmpty() ? List.of("any group") : List.of();
    if (without.isEmpty()) return rows;
    spec.commandLine()
        .getErr()
        .println(
            "qushi: note: no keywords for "
                + String.join(", ", without)
                + ": no term is seen "
                + (byYear ? "there" : "in one")
                + " at least "
                + CorpusNotes.times(limits.minCount)
                + " (--min-count)"
                + (method == Keywords.Method.KEYNESS
                    ? " with a rate surely above the other "
                        + (byYear ? "years'" : "groups'")
                        + " (the lower end of the 95% interval of its log ratio above 0)"
                    : ""));
    return rows;
  }
}
