package qushi.reports;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Objects;
import qushi.analytics.core.Check;
import qushi.analytics.topics.LdaOptions;

/**
 * What the report shows and how; use {@link #defaults()} and the generated {@code withX} copies.
 * The seed is the run's ({@link qushi.Options#seed()}).
 *
 * @param lang the page language
 * @param watch terms whose rates are followed across years; empty for the strongest risers and
 *     fallers of the trend table
 * @param topics topics K for the topic section: 0 chooses K by a sweep, -1 leaves topics out
 * @param keywords keywords per year in the bar charts (≥ 1)
 * @param phrases key phrases listed per year (≥ 1)
 * @param keyness terms per side in each diverging keyness chart (≥ 1)
 * @param heatmap terms in the heatmap (≥ 1)
 * @param network terms in the co-word network (≥ 2)
 * @param kwicLines context lines embedded per term (≥ 1)
 * @param kwicWindow context characters on each side (≥ 1)
 * @param embedChars the largest corpus (in cleaned characters) whose text the page embeds for its
 *     search (≥ 0; 0 never embeds); a larger one gets the shown terms' lines only
 * @param exactCsv whether the CSV files hold machine column names and numbers in full precision (as
 *     the CLI's {@code --format csv}) instead of headings in the page's language and numbers
 *     rounded as on the page
 * @param resamples bootstrap resamples (≥ 10)
 * @param stamp the generation time to print in the methods section, "" for none (a stamped page
 *     differs from run to run)
 */
@RecordBuilder
public record ReportOptions(
    Labels.Lang lang,
    List<String> watch,
    int topics,
    int keywords,
    int phrases,
    int keyness,
    int heatmap,
    int network,
    int kwicLines,
    int kwicWindow,
    int embedChars,
    boolean exactCsv,
    int resamples,
    String stamp)
    implements ReportOptionsBuilder.With {

  /** Value of {@code topics} that chooses K by a sweep. */
  public static final int CHOOSE_TOPICS = 0;

  /**
   * The largest corpus embedded by default: 20 million cleaned characters (about 60 MB of UTF-8,
   * some 20 MB of page once compressed), a hundred times the size of a year of a large annual
   * report series.
   */
  public static final int EMBED_CHARS = 20_000_000;

  /** Value of {@code topics} that leaves the topics section out. */
  public static final int NO_TOPICS = -1;

  /** Checks every setting. */
  public ReportOptions {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(stamp, "stamp");
    watch = List.copyOf(watch);
    if (topics != CHOOSE_TOPICS && topics != NO_TOPICS) {
      Check.atLeast("topics", topics, 2);
      Check.atMost("topics", topics, LdaOptions.MAX_TOPICS);
    }
    Check.atLeast("keywords", keywords, 1);
    Check.atLeast("phrases", phrases, 1);
    Check.atLeast("keyness", keyness, 1);
    Check.atLeast("heatmap", heatmap, 1);
    Check.atLeast("network", network, 2);
    Check.atLeast("kwicLines", kwicLines, 1);
    Check.atLeast("kwicWindow", kwicWindow, 1);
    Check.atLeast("embedChars", embedChars, 0);
    Check.atLeast("resamples", resamples, 10);
  }

  /**
   * Returns the defaults: Chinese, automatic watch list, K chosen by a sweep, 15/10/12/25/40 items,
   * 50 representative lines of ±30 characters, the text embedded up to {@value #EMBED_CHARS}
   * characters, CSV files as shown on the page, 1000 resamples, no stamp.
   */
  public static ReportOptions defaults() {
    return new ReportOptions(
        Labels.Lang.ZH,
        List.of(),
        CHOOSE_TOPICS,
        15,
        10,
        12,
        25,
        40,
        50,
        30,
        EMBED_CHARS,
        false,
        1000,
        "");
  }
}
