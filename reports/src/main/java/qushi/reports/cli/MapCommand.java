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
@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false)
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

  @Option(names = "--show", paramLabel = "WHAT")
  Show show = Show.points;

  @Option(names = "--terms", paramLabel = "N")
  int terms = MAP.terms();

  @Option(names = "--min-count", paramLabel = "N")
  int minCount = MAP.minCount();

  @Option(names = "--min-years", paramLabel = "N")
  int minYears = MAP.minYears();

  @Option(names = "--clusters", paramLabel = "K")
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
