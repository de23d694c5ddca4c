package qushi.analytics.maps;

import java.util.List;
import qushi.analytics.core.Check;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tabular;
import tech.tablesaw.api.Table;

/**
 * A Ward dendrogram of terms ({@link TermClustering}): the leaves in drawing order with their
 * cluster, and the merges from the first (lowest) to the last. It prints as its leaves; a corpus
 * too small for a tree gives an empty one with the reason in {@link #note()}.
 *
 * @param leaves one row per term, in the order the tree draws them (top to bottom)
 * @param merges one row per merge, lowest first ({@code leaves − 1} rows)
 * @param clusters the number of clusters the leaves are cut into (≤ the leaves)
 * @param cut a height between the last merge kept and the first undone by the cut (0 when empty)
 * @param note why the tree is empty, or ""
 * @param options the settings
 */
public record Dendrogram(
    Rows<Leaf> leaves,
    Rows<Merge> merges,
    int clusters,
    double cut,
    String note,
    DendrogramOptions options)
    implements Tabular {

  /**
   * One leaf.
   *
   * @param order its position in the drawing, 1 = top
   * @param rank its rank by passages containing it, 1 = most (the leaf number of {@link Merge})
   * @param term the term
   * @param passages passages in which the term stands as a token (see {@link TermClustering})
   * @param cluster its cluster, 1 … {@code clusters}, numbered in drawing order
   */
  public record Leaf(int order, int rank, String term, int passages, int cluster) {}

  /**
   * One merge, in the convention of R's {@code hclust}: a negative number −r is the leaf of rank r,
   * a positive number s is the cluster formed at step s.
   *
   * @param step 1 for the first merge
   * @param left the part drawn first (above)
   * @param right the part drawn second
   * @param leftLabel the term of a leaf, or {@code #s} for the cluster of step s
   * @param rightLabel likewise for {@code right}
   * @param height the Ward height of the merge (see {@link TermClustering})
   * @param size the leaves under the merge
   */
  public record Merge(
      int step,
      int left,
      int right,
      String leftLabel,
      String rightLabel,
      double height,
      int size) {}

  /** Checks the parts. */
  public Dendrogram {
    Check.notNull("leaves", leaves, "merges", merges, "note", note, "options", options);
    if (!leaves.list().isEmpty() && merges.size() != leaves.size() - 1) {
      throw new IllegalArgumentException(
          leaves.size() + " leaves need " + (leaves.size() - 1) + " merges, had " + merges.size());
    }
  }

  /** Returns an empty tree whose reason is {@code note}. */
  static Dendrogram empty(String note, DendrogramOptions options) {
    return new Dendrogram(
        Rows.of("dendrogram", Leaf.class, List.of()),
        Rows.of("dendrogram_merges", Merge.class, List.of()),
        0,
        0,
        note,
        options);
  }

  /** Returns whether the tree has no leaves (see {@link #note()}). */
  public boolean isEmpty() {
    return leaves.size() == 0;
  }

  /** Returns the leaves as a table. */
  @Override
  public Table table() {
    return leaves.table();
  }

  /** Returns the leaves as aligned text, or the note when the tree is empty. */
  @Override
  public String toString() {
    return isEmpty() ? "Dendrogram[empty: " + note + "]" : leaves.toString();
  }
}
