package qushi.analytics.keywords;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;
import qushi.analytics.core.Check;

/**
 * Settings of keywords and key phrases; use {@link #defaults()} and the generated {@code withX}
 * copies.
 *
 * @param by group by year or by document
 * @param method scoring of single terms (default {@link Keywords.Method#KEYNESS}: the group against
 *     the rest)
 * @param top terms per group (≥ 1)
 * @param phrases key phrases per group (≥ 0; 0 leaves them out)
 * @param minCount fewest occurrences in a group for a term to be ranked (≥ 1); key phrases need at
 *     least 2 whatever this says
 */
@RecordBuilder
public record KeywordOptions(
    Keywords.By by, Keywords.Method method, int top, int phrases, int minCount)
    implements KeywordOptionsBuilder.With {
  /** Checks the settings. */
  public KeywordOptions {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(method, "method");
    Check.atLeast("top", top, 1);
    Check.atLeast("phrases", phrases, 0);
    Check.atLeast("minCount", minCount, 1);
  }

  /**
   * Returns the defaults: by year, keyness of the year against the rest, 20 terms and 20 phrases
   * per year, minCount 2.
   */
  public static KeywordOptions defaults() {
    return new KeywordOptions(Keywords.By.YEAR, Keywords.Method.KEYNESS, 20, 20, 2);
  }
}
