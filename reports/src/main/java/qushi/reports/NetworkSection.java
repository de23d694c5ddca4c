package qushi.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qushi.analytics.context.Cooccurrence;
import qushi.analytics.core.RandomSource;
import qushi.analytics.core.Tables;
import tech.tablesaw.api.Table;

/**
 * The co-word network: the most frequent terms joined when they share sentences more often than
 * chance (NPMI &gt; 0, at least {@value ReportData#NETWORK_MIN_COUNT} sentences), laid out by
 * {@link NetworkLayout}; and what the first watch terms were said with in each period, their
 * collocates ({@link ReportData#collocates()}).
 */
public final class NetworkSection extends BuilderSection {
  @Override
  void fill(SectionModel.Builder page, ReportData data, Labels l) {
    int n = data.options().network();
    List<Cooccurrence.Pair> pairs = data.network().list();
    Table table = Tables.of("cooccurrence", Cooccurrence.Pair.class, pairs);
    String file = page.csv("cooccurrence.csv", table);

    // nodes in sorted term order, so indices (and the layout) do not depend on pair order
    Map<String, Integer> size = new TreeMap<>();
    for (Cooccurrence.Pair p : pairs) {
      size.put(p.term1(), p.count1());
      size.put(p.term2(), p.count2());
    }
    List<String> terms = new ArrayList<>(size.keySet());
    int[][] edges = new int[pairs.size()][];
    double[] weights = new double[pairs.size()];
    List<Charts.Edge> chartEdges = new ArrayList<>();
    for (int e = 0; e < pairs.size(); e++) {
      Cooccurrence.Pair p = pairs.get(e);
      edges[e] = new int[] {terms.indexOf(p.term1()), terms.indexOf(p.term2())};
      weights[e] = p.npmi();
      chartEdges.add(
          new Charts.Edge(edges[e][0], edges[e][1], p.npmi(), p.term1() + " – " + p.term2()));
    }
    double[][] xy =
        NetworkLayout.layout(
            terms.size(),
            edges,
            weights,
            data.q().random().seed(RandomSource.Step.NETWORK_LAYOUT, 0));
    List<Charts.Node> nodes = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++)
      nodes.add(new Charts.Node(terms.get(i), xy[i][0], xy[i][1], size.get(terms.get(i))));
    page.terms(terms);

    if (!nodes.isEmpty()) {
      page.put(
          "chart",
          page.chart(
              Charts.network(
                  "network",
                  l.format("network.chart", nodes.size(), n, pairs.size()),
                  nodes,
                  chartEdges,
                  new String[] {
                    l.get("network.weak"), l.get("network.medium"), l.get("network.strong")
                  })));
    }
    if (pairs.isEmpty()) {
      page.put("empty", l.format("network.empty", n, ReportData.NETWORK_MIN_COUNT));
    }
    page.put("pairs", TableView.of(table.first(30), l, file, "term1", "term2"));
    List<Cooccurrence.Collocate> collocates = data.collocates().list();
    if (!collocates.isEmpty()) {
      Table byPeriod = Tables.of("collocates", Cooccurrence.Collocate.class, collocates);
      String collocatesFile = page.csv("collocates.csv", byPeriod);
      page.put("collocates", TableView.of(byPeriod, l, collocatesFile, "term1", "term2"));
      page.method("collocates");
    }
    page.method("npmi");
    page.method("layout");
    page.parameter("param.network", n);
    page.parameter("param.network_min_count", ReportData.NETWORK_MIN_COUNT);
    page.parameter("param.network_edges", (int) Math.round(ReportData.EDGES_PER_NODE * n));
  }
}
