package qushi;

/**
 * The text of {@link Qushi#help}: the questions one can ask an opened corpus, one per line, each
 * with the command of the command line that answers it.
 */
final class Help {
  private Help() {}

  /** Returns the help text. */
  static String text() {
    return String.join(
        "\n",
        "qushi — questions to ask an opened corpus (q = Qushi.open(\"folder\"))",
        "  q.stats()                        documents, passages, characters, tokens per year     "
            + " (qushi stats)",
        "  q.boilerplate()                  paragraphs dropped as boilerplate                   "
            + " (stats --boilerplate)",
        "  q.count(\"词\", …)                 occurrences and per10k per year                       "
            + " (qushi count)",
        "  q.count(List.of(\"词\"), BootstrapOptions.defaults())   … with 95% bootstrap intervals "
            + " (count --ci)",
        "  q.keywords() / q.keywords(10)    distinctive terms and key phrases per year           "
            + " (qushi keywords)",
        "  q.compare(2026, 2024)            keyness of one year against another                "
            + " (qushi compare)",
        "  q.compare(2026)                  one year against all the others",
        "  q.compare(\"2018..2025\", \"2013..2017\")  periods: a year, FROM..TO, a list, rest     "
            + " (compare --target P --reference P)",
        "  q.comparePeriods(\"2013..2017,2018..2025\")  consecutive periods side by side           "
            + " (compare --periods)",
        "  q.compareByStratum(\"source\", \"2024\", \"2021\")  within sources (Mantel–Haenszel)"
            + "    (compare --strata source)",
        "  q.trendsByStratum(\"source\")     one slope over the years within sources            "
            + " (compare --trend --strata source)",
        "  q.compareAll()                   every year vs the rest and consecutive pairs        "
            + " (compare --all)",
        "  q.trends()                       trend shape of every term: onset, peak, last year   "
            + " (compare --trend)",
        "  q.trends(\"新质生产力\", \"碳达峰\")  trends of phrases (text search)                     "
            + " (compare --trend --terms …)",
        "  q.documentUnits()                whether the tests take documents as units (most years"
            + " have ≥ 2)",
        "  q.kwic(\"词\")                     every occurrence in context                          "
            + " (qushi kwic)",
        "  q.cooccur()                      term pairs by NPMI within sentences                 "
            + " (qushi cooccur)",
        "  q.cooccur(\"人工智能\")          collocates: the terms that share sentences with it  "
            + " (cooccur 人工智能)",
        "  q.cooccurByPeriod(\"2013..2018,2019..2024\", \"人工智能\")  its collocates in each period"
            + " (cooccur 人工智能 --periods …)",
        "  q.termMap()                      terms × years in one plane (correspondence analysis)"
            + " (qushi map)",
        "  q.dendrogram()                   Ward tree of terms by shared passages               "
            + " (map --show leaves)",
        "  q.topics(8) / q.sweep(5, 20, 5)  LDA topics; choosing K                              "
            + " (qushi topics)",
        "  q.infer(model, \"text\")           topic proportions of a new text",
        "  q.terms()                        multiword terms learned from the corpus             "
            + " (qushi terms)",
        "  q.discover(6, 3, 30)             candidate terms the lexicon lacks                   "
            + " (qushi discover)",
        "  q.segmented(\"doc-id\")            segmented passages of a document                     "
            + " (qushi segment)",
        "  q.report(\"out\")                  the HTML report                                      "
            + " (qushi report)",
        "Every result prints as a table; .show() prints every row, .table() gives the Tablesaw"
            + " table;",
        "lists of rows (count, keywords, terms …) slice with first(n), where(…), sortedBy(column,"
            + " descending),",
        "keyness and trend tables with first(n), any table with Tablesaw. Options:"
            + " Options.defaults().withLexicon(Path.of(\"my.txt\")).");
  }
}
