package qushi.analytics.prepare;

import java.util.Arrays;

/**
 * An immutable passage × term count matrix stored by rows in compressed sparse form, with each
 * passage's token total. It is the input of passage-level keyness, trend classes and bootstrap
 * intervals; term {@code j} is the {@code j}-th of the caller's term list.
 *
 * <p>Every count is at most its passage's token total, so a term never has a positive count in an
 * empty passage.
 */
public final class PassageMatrix {
  private final int terms;
  private final int[] rowStart;
  private final int[] termIds;
  private final int[] counts;
  private final int[] tokens;

  private PassageMatrix(int terms, int[] rowStart, int[] termIds, int[] counts, int[] tokens) {
    this.terms = terms;
    this.rowStart = rowStart;
    this.termIds = termIds;
    this.counts = counts;
    this.tokens = tokens;
  }

  /**
   * Returns a matrix from dense rows: {@code counts[passage][term]}, all rows of equal length.
   *
   * @param counts per-passage term counts (copied), each ≥ 0 and ≤ the passage's tokens
   * @param tokens per-passage token totals, each ≥ 0
   * @throws IllegalArgumentException if lengths differ or a count is out of range
   */
  public static PassageMatrix ofDense(int[][] counts, int[] tokens) {
    if (counts.length != tokens.length) {
      throw new IllegalArgumentException(
          "counts has " + counts.length + " rows but tokens has " + tokens.length);
    }
    int width = counts.length == 0 ? 0 : counts[0].length;
    Builder b = builder(width);
    for (int p = 0; p < counts.length; p++) {
      if (counts[p].length != width) {
        throw new IllegalArgumentException(
            "counts[" + p + "] has " + counts[p].length + " terms, expected " + width);
      }
      int nonZero = 0;
      for (int c : counts[p]) {
        nonZero += c != 0 ? 1 : 0;
      }
      int[] ids = new int[nonZero];
      int[] values = new int[nonZero];
      for (int j = 0, k = 0; j < width; j++) {
        if (counts[p][j] != 0) {
          ids[k] = j;
          values[k++] = counts[p][j];
        }
      }
      b.add(tokens[p], ids, values);
    }
    return b.build();
  }

  /** Returns a builder for a matrix over {@code terms} terms (≥ 0). */
  public static Builder builder(int terms) {
    if (terms < 0) {
      throw new IllegalArgumentException("terms must be ≥ 0, was " + terms);
    }
    return new Builder(terms);
  }

  /** Collects passages one at a time; {@link #build()} may be called once. */
  public static final class Builder {
    private final int terms;
    private int[] rowStart = new int[16];
    private int[] termIds = new int[64];
    private int[] counts = new int[64];
    private int[] tokens = new int[16];
    private int rows;
    private int size;

    private Builder(int terms) {
      this.terms = terms;
    }

    /**
     * Adds the next passage and returns this builder.
     *
     * @param passageTokens the passage's token total, ≥ 0
     * @param ids term ids in [0, terms), in any order; repeated ids are summed
     * @param values counts aligned with {@code ids}, ≥ 0; zeros are dropped
     * @throws IllegalArgumentException on a bad id, a negative count, or a term count above the
     *     passage's tokens
     */
    public Builder add(int passageTokens, int[] ids, int[] values) {
      if (passageTokens < 0) {
        throw new IllegalArgumentException("passageTokens must be ≥ 0, was " + passageTokens);
      }
      if (ids.length != values.length) {
        throw new IllegalArgumentException(
            "ids has " + ids.length + " entries but values has " + values.length);
      }
      int[] merged = new int[ids.length];
      int[] order = sortedOrder(ids);
      if (rows + 2 > rowStart.length) {
        rowStart = Arrays.copyOf(rowStart, rowStart.length * 2);
        tokens = Arrays.copyOf(tokens, tokens.length * 2);
      }
      int n = 0;
      int[] mergedIds = new int[ids.length];
      for (int k : order) {
        int id = ids[k];
        if (id < 0 || id >= terms) {
          throw new IllegalArgumentException("term id must be in [0, " + terms + "), was " + id);
        }
        if (values[k] < 0) {
          throw new IllegalArgumentException(
              "count of term " + id + " must be ≥ 0, was " + values[k]);
        }
        if (n > 0 && mergedIds[n - 1] == id) {
          merged[n - 1] = Math.addExact(merged[n - 1], values[k]);
        } else {
          mergedIds[n] = id;
          merged[n++] = values[k];
        }
      }
      rowStart[rows] = size;
      for (int k = 0; k < n; k++) {
        if (merged[k] > passageTokens) {
          throw new IllegalArgumentException(
              "count "
                  + merged[k]
                  + " of term "
                  + mergedIds[k]
                  + " exceeds the passage's "
                  + passageTokens
                  + " tokens");
        }
        if (merged[k] == 0) {
          continue;
        }
        if (size == termIds.length) {
          termIds = Arrays.copyOf(termIds, size * 2);
          counts = Arrays.copyOf(counts, size * 2);
        }
        termIds[size] = mergedIds[k];
        counts[size++] = merged[k];
      }
      tokens[rows++] = passageTokens;
      rowStart[rows] = size;
      return this;
    }

    /** Returns the indices of {@code ids} in ascending id order (stable), without boxing. */
    private static int[] sortedOrder(int[] ids) {
      boolean sorted = true;
      for (int k = 1; k < ids.length && sorted; k++) sorted = ids[k - 1] <= ids[k];
      int[] order = new int[ids.length];
      if (sorted) {
        for (int k = 0; k < order.length; k++) order[k] = k;
        return order;
      }
      long[] keyed = new long[ids.length];
      for (int k = 0; k < ids.length; k++) keyed[k] = ((long) ids[k] << 32) | k;
      Arrays.sort(keyed);
      for (int k = 0; k < order.length; k++) order[k] = (int) keyed[k];
      return order;
    }

    /** Returns the matrix of the passages added so far. */
    public PassageMatrix build() {
      rowStart[rows] = size;
      return new PassageMatrix(
          terms,
          Arrays.copyOf(rowStart, rows + 1),
          Arrays.copyOf(termIds, size),
          Arrays.copyOf(counts, size),
          Arrays.copyOf(tokens, rows));
    }
  }

  /** Returns the number of passages (rows). */
  public int passages() {
    return tokens.length;
  }

  /** Returns the number of terms (columns). */
  public int terms() {
    return terms;
  }

  /** Returns the token total of passage {@code p}. */
  public int tokens(int p) {
    return tokens[p];
  }

  /** Returns the count of term {@code term} in passage {@code p} (0 when absent). */
  public int count(int p, int term) {
    int k = Arrays.binarySearch(termIds, rowStart[p], rowStart[p + 1], term);
    return k >= 0 ? counts[k] : 0;
  }

  /** Returns the matrix restricted to the given passages, in the given order (repeats allowed). */
  public PassageMatrix subset(int[] passages) {
    Builder b = builder(terms);
    for (int p : passages) {
      int from = rowStart[p];
      int to = rowStart[p + 1];
      b.add(tokens[p], Arrays.copyOfRange(termIds, from, to), Arrays.copyOfRange(counts, from, to));
    }
    return b.build();
  }

  /**
   * Returns the matrix whose row {@code g} is the sum of the passages {@code p} with {@code
   * group[p] == g} (their tokens and their counts): the documents, when {@code group} gives each
   * passage's document.
   *
   * @param group the row of each passage, in [0, groups)
   * @param groups the number of rows
   * @throws IllegalArgumentException if {@code group} does not have one entry per passage or one is
   *     out of range
   */
  public PassageMatrix merged(int[] group, int groups) {
    if (group.length != passages()) {
      throw new IllegalArgumentException(
          "group must have one entry per passage (" + passages() + "), had " + group.length);
    }
    int[] size = new int[groups];
    int[] rowTokens = new int[groups];
    for (int p = 0; p < group.length; p++) {
      if (group[p] < 0 || group[p] >= groups) {
        throw new IllegalArgumentException("group must be in [0, " + groups + "), was " + group[p]);
      }
      size[group[p]] += rowStart[p + 1] - rowStart[p];
      rowTokens[group[p]] = Math.addExact(rowTokens[group[p]], tokens[p]);
    }
    int[][] ids = new int[groups][];
    int[][] values = new int[groups][];
    for (int g = 0; g < groups; g++) {
      ids[g] = new int[size[g]];
      values[g] = new int[size[g]];
    }
    int[] fill = new int[groups];
    for (int p = 0; p < group.length; p++) {
      int g = group[p];
      int n = rowStart[p + 1] - rowStart[p];
      System.arraycopy(termIds, rowStart[p], ids[g], fill[g], n);
      System.arraycopy(counts, rowStart[p], values[g], fill[g], n);
      fill[g] += n;
    }
    Builder b = builder(terms);
    for (int g = 0; g < groups; g++) b.add(rowTokens[g], ids[g], values[g]);
    return b.build();
  }

  /**
   * Returns the sufficient statistics ({@link GroupCounts}) of the passages selected by {@code
   * mask}, one entry per passage.
   */
  public GroupCounts group(boolean[] mask) {
    if (mask.length != passages()) {
      throw new IllegalArgumentException(
          "mask must have one entry per passage (" + passages() + "), had " + mask.length);
    }
    long[] count = new long[terms];
    int[] presence = new int[terms];
    long[] squares = new long[terms];
    long total = 0;
    int n = 0;
    for (int p = 0; p < passages(); p++) {
      if (!mask[p]) continue;
      n++;
      total += tokens[p];
      for (int k = rowStart[p]; k < rowStart[p + 1]; k++) {
        int t = termIds[k];
        count[t] += counts[k];
        presence[t]++;
        squares[t] += GroupCounts.square(counts[k], tokens[p]);
      }
    }
    return new GroupCounts(total, n, count, presence, squares);
  }

  /** Returns each term's total count over the passages selected by {@code mask}. */
  public long[] termTotals(boolean[] mask) {
    long[] totals = new long[terms];
    for (int p = 0; p < passages(); p++) {
      if (mask[p]) {
        for (int k = rowStart[p]; k < rowStart[p + 1]; k++) {
          totals[termIds[k]] += counts[k];
        }
      }
    }
    return totals;
  }

  /** Returns the token total of the passages selected by {@code mask}. */
  public long tokenTotal(boolean[] mask) {
    long total = 0;
    for (int p = 0; p < passages(); p++) {
      total += mask[p] ? tokens[p] : 0;
    }
    return total;
  }

  /**
   * Returns where row {@code p}'s entries begin in the stored order: row p holds entries {@code
   * rowStart(p) … rowStart(p + 1) − 1}, by ascending term id; read them with {@link #termId} and
   * {@link #countAt}. For {@code p == passages()} it returns the number of stored entries.
   */
  public int rowStart(int p) {
    return rowStart[p];
  }

  /** Returns the term id of stored entry {@code k}. */
  public int termId(int k) {
    return termIds[k];
  }

  /** Returns the count of stored entry {@code k} (&gt; 0). */
  public int countAt(int k) {
    return counts[k];
  }

  /** Returns a summary: passages, terms, stored non-zero counts and total tokens. */
  @Override
  public String toString() {
    long total = 0;
    for (int t : tokens) {
      total += t;
    }
    return "PassageMatrix[passages="
        + passages()
        + ", terms="
        + terms
        + ", nonZero="
        + counts.length
        + ", tokens="
        + total
        + "]";
  }
}
