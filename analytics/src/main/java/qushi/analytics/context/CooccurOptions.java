package qushi.analytics.context;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;
import qushi.analytics.core.Check;

/**
 * Settings of {@link Cooccurrence}; use {@link #defaults()} and the generated {@code withX} copies.
 *
 * @param unit the co-occurrence unit: a sentence or a passage
 * @param vocabulary only the this many most frequent terms (by units containing them) are paired (≥
 *     2)
 * @param minCount fewest units containing both terms of a pair (≥ 1)
 * @param top pairs returned, best first (≥ 1)
 */
@RecordBuilder
public record CooccurOptions(Cooccurrence.Unit unit, int vocabulary, int minCount, int top)
    implements CooccurOptionsBuilder.With {
  /** Checks the settings. */
  public CooccurOptions {
    Objects.requireNonNull(unit, "unit");
    Check.atLeast("vocabulary", vocabulary, 2);
    Check.atLeast("minCount", minCount, 1);
    Check.atLeast("top", top, 1);
  }

  /**
   * Returns the defaults: sentences, the 200 most frequent terms, pairs in at least 3 units, top
   * 50.
   */
  public static CooccurOptions defaults() {
    return new CooccurOptions(Cooccurrence.Unit.SENTENCE, 200, 3, 50);
  }
}
