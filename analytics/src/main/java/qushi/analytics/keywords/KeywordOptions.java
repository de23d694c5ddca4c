package qushi.analytics.keywords;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Check;

/**
 * Settings of keywords and key phrases; use {@link #defaults()} and the generated {@code withX}
 * copies, and {@link #byColumn} to group by a manifest column.
 *
 * @param by group by year, by document, or by the value of a manifest column
 * @param column the manifest column whose values are the groups when {@code by} is {@link
 *     Keywords.By#COLUMN} (null otherwise)
 * @param method scoring of single terms (default {@link Keywords.Method#KEYNESS}: the group against
 *     the rest)
 * @param top terms per group (≥ 1)
 * @param phrases key phrases per group (≥ 0; 0 leaves them out)
 * @param minCount fewest occurrences in a group for a term to be ranked (≥ 1); key phrases need at
 *     least 2 whatever this says
 */
@RecordBuilder
public record KeywordOptions(
    Keywords.By by, String column, Keywords.Method method, int top, int phrases, int minCount)
    implements KeywordOptionsBuilder.With {
  /** Checks the settings. */
  public KeywordOptions {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(method, "method");
    if (by != Keywords.By.COLUMN) column = null;
    else if (column == null || column.isBlank()) {
      throw new BadInputException("keywords by column: name the manifest column (e.g. source)");
    }
    Check.atLeast("top", top, 1);
    Check.atLeast("phrases", phrases, 0);
    Check.atLeast("minCount", minCount, 1);
  }

  /**
   * Returns the defaults: by year, keyness of the year against the rest, 20 terms and 20 phrases
   * per year, minCount 2.
   */
  public static KeywordOptions defaults() {
    return new KeywordOptions(Keywords.By.YEAR, null, Keywords.Method.KEYNESS, 20, 20, 2);
  }

  /** Returns a copy grouped by the values of the manifest column {@code column}. */
  public KeywordOptions byColumn(String column) {
    return new KeywordOptions(Keywords.By.COLUMN, column, method, top, phrases, minCount);
  }
}
