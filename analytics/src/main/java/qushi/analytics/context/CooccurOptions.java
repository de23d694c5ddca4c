package qushi.analytics.context;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Objects;
import qushi.analytics.core.Check;

/**
 * Settings of {@link Cooccurrence}; use {@link #defaults()} and the generated {@code withX} copies.
 *
 * @param unit the co-occurrence unit: a sentence or a passage
 * @param vocabulary only the this many most frequent terms (by units containing them) are paired (≥
 *     2)
 * @param minCount fewest units containing both terms of a pair (≥ 1)
 * @param top pairs returned, best first (≥ 1); per node term when {@code terms} names some
 * @param terms node terms: when not empty, the pairs are each of these terms with every other term
 *     of the corpus (its collocates), not the pairs among the {@code vocabulary} most frequent
 */
@RecordBuilder
public record CooccurOptions(
    Cooccurrence.Unit unit, int vocabulary, int minCount, int top, List<String> terms)
    implements CooccurOptionsBuilder.With {
  /** Checks the settings and copies the terms. */
  public CooccurOptions {
    Objects.requireNonNull(unit, "unit");
    terms = List.copyOf(terms);
    Check.atLeast("vocabulary", vocabulary, 2);
    Check.atLeast("minCount", minCount, 1);
    Check.atLeast("top", top, 1);
  }

  /**
   * Returns the defaults: sentences, the 200 most frequent terms, pairs in at least 3 units, top
   * 50, no node terms.
   */
  public static CooccurOptions defaults() {
    return new CooccurOptions(Cooccurrence.Unit.SENTENCE, 200, 3, 50, List.of());
  }
}
