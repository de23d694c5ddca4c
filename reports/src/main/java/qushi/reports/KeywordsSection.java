package qushi.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.Tables;
import qushi.analytics.keywords.Collocations;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.Keywords;
import tech.tablesaw.api.Table;

/** Keywords per year: a bar chart of each year's top c-TF-IDF terms and a table of its key phrases. */
public final class KeywordsSection implements Section {
  /** Fewest occurrences in a year for a term or phrase to be ranked for it. */
  public static final int MIN_COUNT = 2;

  @Override
  public String id() {
    return "keywords";
  }

  @Override
  public Map<String, Object> build(Page page) {
    Labels l = page.labels();
    ReportOptions o = page.options();
    List<Keyword> terms = Keywords.of(page.analysis(), Keywords.By.YEAR, Keywords.Method.TFIDF, o.keywords(), MIN_COUNT);
    List<Keyword> phrases = Collocations.keywords(page.analysis(), Keywords.By.YEAR, o.phrases(), MIN_COUNT);
    List<Keyword> all = new ArrayList<>(terms);
    all.addAll(phrases);
    String file = page.csv("keywords.csv", Tables.of("keywords", Keyword.class, all));

    List<Map<String, Object>> years = new ArrayList<>();
    for (int year : page.analysis().years()) {
      String y = Integer.toString(year);
      List<Keyword> ts = terms.stream().filter(k -> k.group().equals(y)).toList();
      List<Keyword> ps = phrases.stream().filter(k -> k.group().equals(y)).toList();
      page.terms(ts.stream().map(Keyword::term).toList());
      page.terms(ps.stream().map(Keyword::term).toList());
      Map<String, Object> ym = new LinkedHashMap<>();
      ym.put("year", year);
      ym.put("phrasesTitle", l.format("keywords.phrases", year));
      if (!ts.isEmpty()) {
        ym.put("chart", page.add(page.charts().terms("keywords " + y, l.format("keywords.chart", year),
            ts.stream().map(Keyword::term).toArray(String[]::new),
            ts.stream().mapToDouble(Keyword::score).toArray(), l.get("col.score"),
            ts.stream().map(k -> l.format("keywords.hover", k.term(), k.count(), k.per10k(), k.score()))
                .toArray(String[]::new))));
      }
      Table pt = Tables.of("phrases", Keyword.class, ps).selectColumns("rank", "term", "count", "per10k", "score");
      ym.put("phrases", TableView.of(pt, l, "", "term"));
      years.add(ym);
    }
    page.method("tfidf");
    page.method("phrases");
    page.parameter("param.keywords", o.keywords());
    page.parameter("param.phrases", o.phrases());
    page.parameter("param.keywords_min_count", MIN_COUNT);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("years", years);
    m.put("csv", file);
    return m;
  }
}
