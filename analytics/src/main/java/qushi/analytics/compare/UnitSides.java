package qushi.analytics.compare;

import qushi.analytics.stats.PermutationTests;

/**
 * The test units (documents or passages) on each side of a comparison of two periods.
 *
 * @param target the units of the target period
 * @param reference the units of the reference period
 * @param documents whether the units are documents (else passages)
 */
public record UnitSides(int target, int reference, boolean documents) {
  /**
   * Returns the smallest two-sided p that relabelling the units can give, 2 / C(n_t + n_r, n_t)
   * (every unit that holds a term on one side), at most 1: where it is not below the level, no term
   * can be significant, whatever its G² and z (3 against 3 documents: 0.1).
   */
  public double smallestP() {
    return PermutationTests.smallestTwoSided(target, reference);
  }
}
