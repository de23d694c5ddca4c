package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.Qushi;
import qushi.analytics.core.Tabular;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.DendrogramOptions;
import qushi.analytics.maps.TermMap;
import qushi.analytics.maps.TermMapOptions;

/** {@code qushi map}: term maps — correspondence analysis of terms × years, Ward dendrogram. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print a term map. points (default): correspondence analysis of the terms whose spread over"
          + " the years departs most from the years' sizes (largest chi-square) x the years; terms"
          + " and years in principal coordinates on axes 1 and 2, with mass, quality (cos2 on the"
          + " plane) and share of the inertia. axes: every axis with its principal inertia and"
          + " share (total inertia = chi2 / n).",
      "leaves, merges: Ward dendrogram (R's ward.D2) of the terms in the most passages;"
          + " distance = sqrt(2 - 2 cos), cos = n(ab) / sqrt(n(a) n(b)) over passages; the leaves"
          + " in drawing order with their cluster, or the merges (negative = leaf of that rank,"
          + " positive = cluster of that step) with their heights.",
      "A corpus too small for a map (one year, fewer than 3 terms) prints the reason on stderr and"
          + " an empty table.",
      ""
    })
final class MapCommand extends TableCommand {
  private static final TermMapOptions MAP = TermMapOptions.defaults();
  private static final DendrogramOptions TREE = DendrogramOptions.defaults();

  /** What to print. */
  enum Show {
    points,
    axes,
    leaves,
    merges
  }

  @Option(
      names = "--show",
      paramLabel = "WHAT",
      description = "points (default), axes, leaves or merges.")
  Show show = Show.points;

  @Option(
      names = "--terms",
      paramLabel = "N",
      description = "Terms in the map or the tree (default: ${DEFAULT-VALUE}).")
  int terms = MAP.terms();

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description = "Least count of a term in the map (default: ${DEFAULT-VALUE}).")
  int minCount = MAP.minCount();

  @Option(
      names = "--min-years",
      paramLabel = "N",
      description =
          "Least number of years a term of the map occurs in (default: ${DEFAULT-VALUE}; terms of"
              + " one year all land on one spot and pull the axes towards that year).")
  int minYears = MAP.minYears();

  @Option(
      names = "--clusters",
      paramLabel = "K",
      description = "Clusters the tree is cut into (default: ${DEFAULT-VALUE}).")
  int clusters = TREE.clusters();

  @Override
  public Integer call() {
    TermMapOptions mapOptions = MAP.withTerms(terms).withMinCount(minCount).withMinYears(minYears);
    DendrogramOptions treeOptions = TREE.withTerms(terms).withClusters(clusters);
    Qushi q = open();
    String note;
    Tabular table;
    if (show == Show.points || show == Show.axes) {
      TermMap m = q.termMap(mapOptions);
      note = m.note();
      table = show == Show.points ? m.points() : m.axes();
    } else {
      Dendrogram d = q.dendrogram(treeOptions);
      note = d.note();
      table = show == Show.leaves ? d.leaves() : d.merges();
    }
    if (!note.isEmpty()) spec.commandLine().getErr().println("qushi: " + note);
    return print(table);
  }
}
