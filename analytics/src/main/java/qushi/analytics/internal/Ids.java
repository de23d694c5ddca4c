package qushi.analytics.internal;

import java.util.Arrays;

/** Arrays of term ids. */
public final class Ids {
  private Ids() {}

  /**
   * Returns the distinct ids of {@code ids}, ascending: a unit's terms as a set (what a passage or
   * sentence holds, however often). Sorts {@code ids} in place.
   */
  public static int[] distinct(int[] ids) {
    Arrays.sort(ids);
    int n = 0;
    for (int k = 0; k < ids.length; k++) if (n == 0 || ids[n - 1] != ids[k]) ids[n++] = ids[k];
    return Arrays.copyOf(ids, n);
  }
}
