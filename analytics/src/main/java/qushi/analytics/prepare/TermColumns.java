package qushi.analytics.prepare;

/**
 * The passage × term matrix by columns: for each term, the passages that contain it and its count
 * in each. The passage-level tests read what {@link GroupCounts} does not hold from it: the counts
 * of a rare term's passages (for exact permutation tests) and the moment sums of a frequent term's
 * residuals (for the moments of its permutation distribution). All are sums over the passages that
 * contain the term plus sums of passage sizes, so a distributed engine can compute them per group.
 */
public final class TermColumns {
  private final int[] start;
  private final int[] passage;
  private final int[] count;
  private final int[] tokens;

  private TermColumns(int[] start, int[] passage, int[] count, int[] tokens) {
    this.start = start;
    this.passage = passage;
    this.count = count;
    this.tokens = tokens;
  }

  /** Returns the columns of {@code m}. */
  public static TermColumns of(PassageMatrix m) {
    int terms = m.terms();
    int entries = m.rowStart(m.passages());
    int[] start = new int[terms + 1];
    for (int k = 0; k < entries; k++) start[m.termId(k) + 1]++;
    for (int t = 0; t < terms; t++) start[t + 1] += start[t];
    int[] fill = start.clone();
    int[] passage = new int[entries];
    int[] count = new int[entries];
    int[] tokens = new int[m.passages()];
    for (int p = 0; p < m.passages(); p++) {
      tokens[p] = m.tokens(p);
      for (int k = m.rowStart(p); k < m.rowStart(p + 1); k++) {
        int t = m.termId(k);
        passage[fill[t]] = p;
        count[fill[t]++] = m.countAt(k);
      }
    }
    return new TermColumns(start, passage, count, tokens);
  }

  /** Returns the number of terms. */
  public int terms() {
    return start.length - 1;
  }

  /** Returns the number of passages. */
  public int passages() {
    return tokens.length;
  }

  /** Returns the tokens of passage {@code p}. */
  public int tokens(int p) {
    return tokens[p];
  }

  /** Returns the number of passages (among those of {@code mask}) that contain term {@code t}. */
  public int containing(int t, boolean[] mask) {
    int n = 0;
    for (int k = start[t]; k < start[t + 1]; k++) if (mask[passage[k]]) n++;
    return n;
  }

  /** Returns the passages of {@code mask} that contain term {@code t}, ascending. */
  public int[] passagesOf(int t, boolean[] mask) {
    int[] out = new int[containing(t, mask)];
    int n = 0;
    for (int k = start[t]; k < start[t + 1]; k++) if (mask[passage[k]]) out[n++] = passage[k];
    return out;
  }

  /**
   * Returns, for each passage of {@code mask} that contains term {@code t} (in the order of {@link
   * #values}), whether {@code group} holds it.
   */
  public boolean[] inGroup(int t, boolean[] mask, boolean[] group) {
    boolean[] out = new boolean[containing(t, mask)];
    int n = 0;
    for (int k = start[t]; k < start[t + 1]; k++) {
      if (mask[passage[k]]) out[n++] = group[passage[k]];
    }
    return out;
  }

  /** Returns the counts of term {@code t} in the passages of {@code mask} that contain it. */
  public int[] values(int t, boolean[] mask) {
    int[] out = new int[containing(t, mask)];
    int n = 0;
    for (int k = start[t]; k < start[t + 1]; k++) if (mask[passage[k]]) out[n++] = count[k];
    return out;
  }

  /**
   * Returns {Σ e², Σ e³} over the passages of {@code mask} of the residuals e_p = y_p − n_p·r of
   * term {@code t} at rate {@code r}, given the passages' Σ n² and Σ n³ ({@link #powers}):
   *
   * <pre>
   * Σe² = Σy² − 2r Σny + r² Σn²
   * Σe³ = Σy³ − 3r Σny² + 3r² Σn²y − r³ Σn³
   * </pre>
   *
   * (the sums of y are over the passages that contain the term).
   */
  public double[] residualMoments(int t, boolean[] mask, double r, double[] powers) {
    double y2 = 0;
    double y3 = 0;
    double ny = 0;
    double ny2 = 0;
    double n2y = 0;
    for (int k = start[t]; k < start[t + 1]; k++) {
      int p = passage[k];
      if (!mask[p]) continue;
      double y = count[k];
      double n = tokens[p];
      y2 += y * y;
      y3 += y * y * y;
      ny += n * y;
      ny2 += n * y * y;
      n2y += n * n * y;
    }
    double e2 = y2 - 2 * r * ny + r * r * powers[0];
    double e3 = y3 - 3 * r * ny2 + 3 * r * r * n2y - r * r * r * powers[1];
    return new double[] {Math.max(0, e2), e3};
  }

  /** Returns {Σ n², Σ n³} over the passages of {@code mask}. */
  public double[] powers(boolean[] mask) {
    double n2 = 0;
    double n3 = 0;
    for (int p = 0; p < tokens.length; p++) {
      if (!mask[p]) continue;
      double n = tokens[p];
      n2 += n * n;
      n3 += n * n * n;
    }
    return new double[] {n2, n3};
  }

  /** Returns a summary: terms, passages and stored counts. */
  @Override
  public String toString() {
    return "TermColumns[" + terms() + " terms, " + passages() + " passages, " + count.length + "]";
  }
}
