package qushi.analytics.keywords;

import java.util.Arrays;

/**
 * Dense term counts of a few groups (years or documents) over one vocabulary: {@code counts[g][t]}
 * occurrences of term {@code t} in group {@code g}.
 */
final class TermCounts {
  private final long[][] counts;
  private final long[] totals;
  private final long[] termTotals;

  /** Creates counts for {@code groups} groups over {@code vocabularySize} terms, all zero. */
  public TermCounts(int groups, int vocabularySize) {
    counts = new long[groups][vocabularySize];
    totals = new long[groups];
    termTotals = new long[vocabularySize];
  }

  /** Adds {@code n} occurrences of term {@code t} to group {@code g}. */
  public void add(int g, int t, long n) {
    counts[g][t] += n;
    termTotals[t] += n;
    totals[g] += n;
  }

  /** Adds every id of {@code ids} to group {@code g}. */
  public void add(int g, int[] ids) {
    for (int id : ids) {
      counts[g][id]++;
      termTotals[id]++;
    }
    totals[g] += ids.length;
  }

  /** Returns the number of groups. */
  public int groups() {
    return counts.length;
  }

  /** Returns the vocabulary size. */
  public int size() {
    return termTotals.length;
  }

  /** Returns the count of term {@code t} in group {@code g}. */
  public long count(int g, int t) {
    return counts[g][t];
  }

  /** Returns the total count of group {@code g}. */
  public long total(int g) {
    return totals[g];
  }

  /** Returns the count of term {@code t} over all groups. */
  public long termTotal(int t) {
    return termTotals[t];
  }

  /** Returns a copy of group {@code g}'s counts. */
  public long[] row(int g) {
    return Arrays.copyOf(counts[g], counts[g].length);
  }
}
