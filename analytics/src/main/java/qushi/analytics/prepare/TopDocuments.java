package qushi.analytics.prepare;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import qushi.analytics.corpus.Document;

/**
 * Finds the document behind a term's figure: of the passages on the sides of a comparison (or of
 * one group, for keywords), the document holding most of the term's occurrences, and its share of
 * them (the {@code top_doc} columns of the keyness, stratified, trend and keyword tables).
 */
public final class TopDocuments {
  private final List<Document> documents;
  private final int[] passageDocument;
  private final TermColumns columns;

  /**
   * Creates the finder over the passage × term counts {@code columns}, whose passage p is in
   * document {@code documents.get(passageDocument[p])}.
   */
  public TopDocuments(List<Document> documents, int[] passageDocument, TermColumns columns) {
    this.documents = documents;
    this.passageDocument = passageDocument;
    this.columns = columns;
  }

  /**
   * Returns the finder for the passages of the {@code sides} of one comparison: their union and the
   * number of documents of each side are counted once here, not once per term.
   */
  public Over over(boolean[]... sides) {
    boolean[] mask = new boolean[columns.passages()];
    for (boolean[] side : sides) for (int p = 0; p < mask.length; p++) mask[p] |= side[p];
    int[] documentsOf = new int[sides.length];
    for (int s = 0; s < sides.length; s++) documentsOf[s] = documentsIn(sides[s]);
    return new Over(sides, mask, documentsOf);
  }

  /** The top documents of terms over the passages of the sides of one comparison. */
  public final class Over {
    private final boolean[][] sides;
    private final boolean[] mask;
    private final int[] documentsOf;

    private Over(boolean[][] sides, boolean[] mask, int[] documentsOf) {
      this.sides = sides;
      this.mask = mask;
      this.documentsOf = documentsOf;
    }

    /**
     * Returns {document id, share} of the document holding most of term {@code t}'s occurrences in
     * the passages of the sides (ties: the earlier document), or null when it has none there. The
     * share is NaN when the top document is the only document of its side: a period of one document
     * says nothing about whether one document made the difference.
     */
    public Object[] top(int t) {
      return TopDocuments.this.top(t, sides, mask, documentsOf);
    }

    /**
     * Returns {document id, share} as {@link #top} does, over the passages of side {@code side}
     * alone: in a comparison, the side where the term is more frequent, whose excess one document
     * may carry (a speech that says 马克思 83 times in a year that says it nowhere else holds all of
     * that year's, though only three quarters of the term's in both periods).
     */
    public Object[] top(int t, int side) {
      return TopDocuments.this.top(
          t, new boolean[][] {sides[side]}, sides[side], new int[] {documentsOf[side]});
    }
  }

  private Object[] top(int t, boolean[][] sides, boolean[] mask, int[] documentsOf) {
    int[] where = columns.passagesOf(t, mask);
    int[] values = columns.values(t, mask);
    if (where.length == 0) return null;
    long total = 0;
    for (int v : values) total += v;
    // the document with most occurrences (the first of them on a tie) and its last passage: the
    // passages taken by document, each document's one run
    int[] order = byDocument(where);
    int top = -1;
    long best = -1;
    int topPassage = -1;
    for (int i = 0; i < order.length; ) {
      int document = passageDocument[where[order[i]]];
      long sum = 0;
      for (; i < order.length && passageDocument[where[order[i]]] == document; i++) {
        sum += values[order[i]];
      }
      if (sum > best) {
        best = sum;
        top = document;
        topPassage = where[order[i - 1]];
      }
    }
    for (int s = 0; s < sides.length; s++) {
      if (sides[s][topPassage] && documentsOf[s] < 2) {
        return new Object[] {documents.get(top).id(), Double.NaN};
      }
    }
    return new Object[] {documents.get(top).id(), (double) best / total};
  }

  /**
   * Returns the indices of the passages {@code where} (ascending) in order of document, each
   * document's in passage order: as they are when the passages are in document order (a corpus's
   * are), else sorted.
   */
  private int[] byDocument(int[] where) {
    int[] order = new int[where.length];
    boolean sorted = true;
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      sorted &= i == 0 || passageDocument[where[i]] >= passageDocument[where[i - 1]];
    }
    if (sorted) return order;
    return IntStream.range(0, where.length)
        .boxed()
        .sorted(Comparator.comparingInt(i -> passageDocument[where[i]]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Returns the number of documents with a passage in {@code mask}. */
  private int documentsIn(boolean[] mask) {
    BitSet docs = new BitSet();
    for (int p = 0; p < mask.length; p++) if (mask[p]) docs.set(passageDocument[p]);
    return docs.cardinality();
  }
}
