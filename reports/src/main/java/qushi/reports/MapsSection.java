package qushi.reports;

import java.util.List;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.DendrogramOptions;
import qushi.analytics.maps.TermMap;
import qushi.analytics.maps.TermMapOptions;
import tech.tablesaw.api.Table;

/**
 * Term maps: the correspondence analysis of terms × years as a biplot (terms and years in one
 * plane, the axes' shares of the inertia in their titles) and the Ward dendrogram of the terms in
 * the most passages, each with its tables. A corpus too small for either shows the reason instead.
 */
public final class MapsSection extends BuilderSection {
  /** Term rows of the map table shown in the page (the CSV has all). */
  static final int SHOWN = 40;

  @Override
  void fill(SectionModel.Builder s, ReportData data, Labels l) {
    TermMap map = data.termMap();
    Dendrogram tree = data.dendrogram();

    TermMapOptions mo = map.options();
    String status = "maps.status." + map.status().name().toLowerCase(java.util.Locale.ROOT);
    if (map.isEmpty()) {
      s.put("mapNote", l.format(status, mo.minCount(), mo.minYears()));
    } else {
      if (map.status() != TermMap.Status.MAPPED) s.put("mapLimit", l.get(status));
      List<String> supplementary =
          map.years().list().stream()
              .filter(TermMap.Point::supplementary)
              .map(TermMap.Point::label)
              .toList();
      if (!supplementary.isEmpty()) {
        s.put("mapSupplementary", l.format("maps.supplementary", String.join(", ", supplementary)));
      }
      s.put("map", s.chart(MapCharts.biplot("term map", map, l)));
      s.terms(map.terms().list().stream().map(TermMap.Point::label).toList());
      String points = s.csv("term_map.csv", map.points().table());
      String axes = s.csv("term_map_axes.csv", map.axes().table());
      Table shown = map.terms().first(SHOWN).table().removeColumns("kind", "supplementary");
      s.put("mapTable", TableView.of(shown, l, points, "label"));
      s.put("axesTable", TableView.of(map.axes().first(6).table(), l, axes));
      s.put("inertia", l.format("maps.inertia", map.totalInertia(), map.chi2(), map.total()));
    }

    if (tree.isEmpty()) {
      s.put("treeNote", l.get("maps.tree_missing"));
    } else {
      s.put("tree", s.chart(MapCharts.dendrogram("dendrogram", tree, l)));
      s.terms(tree.leaves().list().stream().map(Dendrogram.Leaf::term).toList());
      String leaves = s.csv("dendrogram.csv", tree.leaves().table());
      s.csv("dendrogram_merges.csv", tree.merges().table());
      s.put("treeTable", TableView.of(tree.leaves().table(), l, leaves, "term"));
    }

    DendrogramOptions to = tree.options();
    s.method("ca")
        .method("ward")
        .parameter("param.map_terms", mo.terms())
        .parameter("param.map_min_count", mo.minCount())
        .parameter("param.map_min_years", mo.minYears())
        .parameter("param.tree_terms", to.terms())
        .parameter("param.tree_clusters", to.clusters());
  }
}
