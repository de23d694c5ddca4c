package qushi.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.keywords.Keyword;
import tech.tablesaw.api.Table;

/**
 * Keywords per year: a bar chart of each year's top terms (keyness of the year against the others)
 * and a table of its key phrases; beyond {@value #COMPACT_YEARS} years, one row per year with its
 * terms and phrases in rank order (a chart per year would run to dozens of screens).
 */
public final class KeywordsSection extends BuilderSection {
  /**
   * Returns the sentence before the keyword lists on how many of the {@code shown} keywords the
   * test over the test units finds, with what the charts' colours mean where there are charts
   * ({@code compact}: many years, tables alone); the sentence on "the others" only where there are
   * others.
   */
  static String significance(long significant, int shown, boolean compact, Labels l) {
    String key =
        significant == 0
            ? "keywords.none_significant"
            : significant == shown ? "keywords.all_significant" : "keywords.significant";
    String said =
        significant == 0 || significant == shown
            ? l.format(key, shown)
            : l.format(key, significant, shown);
    return compact ? said : said + " " + l.get(key + "_charts");
  }

  /** The most years shown as charts; more are shown as one compact table. */
  public static final int COMPACT_YEARS = 6;

  @Override
  void fill(SectionModel.Builder s, ReportData data, Labels l) {
    ReportOptions o = data.options();
    List<Keyword> all = data.keywords().list();
    String file = s.csv("keywords.csv", data.keywords().table());
    // how many of the keywords shown the test over the test units finds, said before the lists:
    // a list can hold only terms the token counts' interval finds and none the test does
    List<Keyword> terms = all.stream().filter(k -> k.kind().equals("term")).toList();
    boolean tested = terms.stream().anyMatch(k -> !Double.isNaN(k.pAdj()));
    long significant = terms.stream().filter(Keyword::significant).count();
    boolean compact = data.q().years().length > COMPACT_YEARS;
    if (tested && !terms.isEmpty()) {
      s.put("significance", significance(significant, terms.size(), compact, l));
    }
    List<Map<String, Object>> years = new ArrayList<>();
    if (data.q().years().length < 2) s.put("status", l.get("keywords.one_year"));
    for (int year : data.q().years()) {
      String y = Integer.toString(year);
      List<Keyword> ts = all.stream().filter(k -> k.group().equals(y) && !k.isPhrase()).toList();
      List<Keyword> ps = all.stream().filter(k -> k.group().equals(y) && k.isPhrase()).toList();
      s.terms(ts.stream().map(Keyword::term).toList());
      s.terms(ps.stream().map(Keyword::term).toList());
      Map<String, Object> ym = new LinkedHashMap<>();
      ym.put("year", year);
      ym.put("phrasesTitle", l.format("keywords.phrases", year));
      if (compact) {
        ym.put("terms", ts.stream().map(KeywordsSection::marked).toList());
        ym.put("phraseTerms", ps.stream().map(KeywordsSection::marked).toList());
        years.add(ym);
        continue;
      }
      if (!ts.isEmpty()) {
        ym.put(
            "chart",
            s.chart(
                Charts.diverging(
                    "keywords " + y,
                    tested
                        ? l.format(
                            "keywords.chart_tested",
                            year,
                            ts.stream().filter(Keyword::significant).count())
                        : l.format("keywords.chart", year),
                    ts.stream().map(Keyword::term).toArray(String[]::new),
                    ts.stream()
                        .map(k -> k.concentrated() ? k.term() + " *" : k.term())
                        .toArray(String[]::new),
                    ts.stream().mapToDouble(Keyword::score).toArray(),
                    // below the significant block the bars go by p, not by length: grey says so
                    ts.stream()
                        .map(k -> !tested || k.significant() ? Charts.BAR : Charts.NOT_SIGNIFICANT)
                        .toArray(String[]::new),
                    l.get("col.score"),
                    ts.stream()
                        .map(
                            k ->
                                l.format(
                                    "keywords.hover",
                                    Charts.text(k.term()),
                                    k.frequency(),
                                    k.per10k(),
                                    k.score(),
                                    (Double.isNaN(k.pAdj())
                                            ? ""
                                            : l.format("keywords.p_adj", k.pAdj()))
                                        + (Double.isNaN(k.topDocShare())
                                            ? ""
                                            : l.format(
                                                "keywords.top_doc",
                                                Charts.text(k.topDoc()),
                                                // rounded down: 79.6% is not shown as the 80% of *
                                                Math.floor(100 * k.topDocShare())))))
                        .toArray(String[]::new))));
      }
      Table pt =
          qushi.analytics.core.Tables.of("phrases", Keyword.class, ps)
              .selectColumns(
                  "rank", "term", "frequency", "per10k", "score", "top_doc", "top_doc_share");
      ym.put("phrases", TableView.of(pt, l, "", "term"));
      years.add(ym);
    }
    s.put("years", years)
        .put("compact", compact)
        .put("csv", file)
        .method("words")
        .method("keywords")
        .method("phrases")
        .parameter("param.keywords", o.keywords())
        .parameter("param.phrases", o.phrases())
        .parameter(
            "param.keywords_min_count",
            qushi.analytics.keywords.KeywordOptions.defaults().minCount());
  }

  /** A keyword of the compact table: the term, and whether it is mostly one document's. */
  private static Map<String, Object> marked(Keyword k) {
    return Map.of("term", k.term(), "concentrated", k.concentrated());
  }
}
