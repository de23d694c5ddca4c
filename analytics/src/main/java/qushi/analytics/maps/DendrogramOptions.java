package qushi.analytics.maps;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Check;

/**
 * Settings of {@link TermClustering}; use {@link #defaults()} and the generated {@code withX}
 * copies.
 *
 * @param terms the leaves: this many terms that occur in the most passages (ties by term), ≥ 3
 * @param clusters the number of clusters the tree is cut into (≥ 2; at most the number of leaves is
 *     used)
 */
@RecordBuilder
public record DendrogramOptions(int terms, int clusters) implements DendrogramOptionsBuilder.With {
  /** Checks the settings. */
  public DendrogramOptions {
    Check.atLeast("terms", terms, 3);
    Check.atMost("terms", terms, MAX_TERMS);
    Check.atLeast("clusters", clusters, 2);
  }

  /** The most leaves a tree may have (the distance matrix grows with the square). */
  public static final int MAX_TERMS = 2000;

  /** Returns the defaults: 40 terms, 6 clusters. */
  public static DendrogramOptions defaults() {
    return new DendrogramOptions(40, 6);
  }
}
