package qushi.analytics.prepare;

import java.util.Arrays;

/**
 * The sufficient statistics of one group of passages (a year, a period, one side of a comparison)
 * for every term: all that keyness, trend and overdispersion statistics need, so they can run
 * unchanged on sums computed anywhere — here, or by a distributed engine.
 *
 * <pre>
 * tokens        N_g   = Σ_p n_p                    word tokens of the group's passages
 * passages      P_g   = number of passages
 * count[t]      C_gt  = Σ_p y_pt                   occurrences of term t
 * presence[t]   K_gt  = #{p : y_pt &gt; 0}          passages that contain t
 * squares[t]    S_gt  = Σ_p y_pt² / n_p            in fixed point: round(2³² · y²/n) summed
 * </pre>
 *
 * S is kept in 2⁻³² fixed point so that its sum is exact and does not depend on the order in which
 * passages are added (integer addition is associative; floating-point addition is not).
 *
 * @param tokens N_g
 * @param passages P_g
 * @param count C_gt by term id
 * @param presence K_gt by term id
 * @param squares S_gt by term id, fixed point (divide by {@link #SCALE})
 */
public record GroupCounts(long tokens, int passages, long[] count, int[] presence, long[] squares) {
  /** The fixed-point scale of {@code squares}: 2³². */
  public static final double SCALE = 4294967296.0;

  /** Checks the arrays have one entry per term. */
  public GroupCounts {
    if (count.length != presence.length || count.length != squares.length) {
      throw new IllegalArgumentException(
          "count, presence and squares must have one entry per term, had "
              + count.length
              + ", "
              + presence.length
              + ", "
              + squares.length);
    }
  }

  /** Returns an all-zero group over {@code terms} terms. */
  public static GroupCounts empty(int terms) {
    return new GroupCounts(0, 0, new long[terms], new int[terms], new long[terms]);
  }

  /** Returns the fixed-point value of y²/n for a passage of n tokens with y occurrences. */
  public static long square(int y, int n) {
    return Math.round((double) y * y / n * SCALE);
  }

  /** Returns the number of terms. */
  public int terms() {
    return count.length;
  }

  /** Returns S_gt as a number. */
  public double squares(int t) {
    return squares[t] / SCALE;
  }

  /**
   * Returns the Pearson X² of the group's passages around the group's own rate of term {@code t}, Σ
   * y²/n − C = S_gt · N / C − C (0 when the term is absent): its part of a dispersion pooled over
   * groups.
   */
  public double pearson(int t) {
    return count[t] > 0 ? squares(t) * tokens / count[t] - count[t] : 0;
  }

  /** Returns the sum of this group and {@code other} (disjoint passages). */
  public GroupCounts plus(GroupCounts other) {
    int v = terms();
    long[] c = new long[v];
    int[] k = new int[v];
    long[] s = new long[v];
    for (int t = 0; t < v; t++) {
      c[t] = count[t] + other.count[t];
      k[t] = presence[t] + other.presence[t];
      s[t] = squares[t] + other.squares[t];
    }
    return new GroupCounts(tokens + other.tokens, passages + other.passages, c, k, s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupCounts g
        && tokens == g.tokens
        && passages == g.passages
        && Arrays.equals(count, g.count)
        && Arrays.equals(presence, g.presence)
        && Arrays.equals(squares, g.squares);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(tokens) * 31 + Arrays.hashCode(count);
  }

  /** Returns a summary: tokens, passages and terms. */
  @Override
  public String toString() {
    return "GroupCounts[" + tokens + " tokens, " + passages + " passages, " + terms() + " terms]";
  }
}
