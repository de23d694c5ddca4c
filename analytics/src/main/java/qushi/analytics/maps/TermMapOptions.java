package qushi.analytics.maps;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Check;

/**
 * Settings of {@link Correspondence}; use {@link #defaults()} and the generated {@code withX}
 * copies.
 *
 * @param terms the rows of the map: this many terms whose spread over the years departs most from
 *     the years' sizes (largest χ², ties by term), ≥ 3
 * @param minCount least count in the whole corpus for a term to be considered (≥ 1); rarer terms
 *     have χ² driven by chance
 * @param minYears least number of years a term occurs in to be considered (≥ 1). Terms of one year
 *     only have the largest χ² when that year is small, yet they all land on one spot far out on
 *     that year's side and pull the first axes towards it; the default 2 leaves them out
 */
@RecordBuilder
public record TermMapOptions(int terms, int minCount, int minYears)
    implements TermMapOptionsBuilder.With {
  /** Checks the settings. */
  public TermMapOptions {
    Check.atLeast("terms", terms, 3);
    Check.atMost("terms", terms, MAX_TERMS);
    Check.atLeast("minCount", minCount, 1);
    Check.atLeast("minYears", minYears, 1);
  }

  /** The most terms a map may have. */
  public static final int MAX_TERMS = 2000;

  /** Returns the defaults: 40 terms seen at least 10 times in at least 2 years. */
  public static TermMapOptions defaults() {
    return new TermMapOptions(40, 10, 2);
  }
}
