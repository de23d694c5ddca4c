package qushi.reports;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import qushi.analytics.compare.Period;
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
 * @param periods the periods "what changed" compares, in order; empty for automatic: with more than
 *     three years, {@link #AUTO_PERIODS} consecutive periods, otherwise the years
 * @param strata the manifest column whose values the comparisons are also made within; ""
 *     (automatic) for {@code source} when the manifest has it with at least two values, {@link
 *     #NO_STRATA} for none
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
    String stamp,
    List<Period> periods,
    String strata)
    implements ReportOptionsBuilder.With {

  /**
   * How automatic periods are cut: n years make k = min(4, max(2, round(n / 5))) periods of
   * consecutive years, those that keep the years of each period closest together (least squares of
   * the years about their period's mean, exact by dynamic programming). An annual series gets
   * periods of equal length, the earlier ones a year longer when n is not a multiple of k; a series
   * with gaps is cut at them (congress reports of 1921, 1923, 1969, 1973, … 2022 make 1921–1923,
   * 1969–1992 and 1997–2022, where equal numbers of years put 1921 and 1977 in one period).
   */
  public static final String AUTO_PERIODS =
      "min(4, max(2, round(n/5))) periods of consecutive years, each as close in time as can be";

  /** Value of {@code strata} that leaves the stratified comparison out. */
  public static final String NO_STRATA = "-";

  /** Value of {@code topics} that chooses K by a sweep. */
  public static final int CHOOSE_TOPICS = 0;

  /**
   * The largest corpus embedded by default: 20 million cleaned characters (about 60 MB of UTF-8,
   * some 20 MB of page once compressed), a hundred times the size of a year of a large annual
   * report series.
   */
  public static final int EMBED_CHARS = 20_000_000;

  /**
   * Returns the automatic periods of these years (see {@link #AUTO_PERIODS}); the years themselves
   * when there are at most three.
   */
  public static List<Period> autoPeriods(int[] years) {
    List<Period> out = new java.util.ArrayList<>();
    int n = years.length;
    if (n <= 3) {
      for (int y : years) out.add(Period.of(y));
      return out;
    }
    int k = Math.min(4, Math.max(2, (int) Math.round(n / 5.0)));
    // prefix sums of the years (less the first, to keep the squares small)
    double[] sum = new double[n + 1];
    double[] squares = new double[n + 1];
    for (int i = 0; i < n; i++) {
      double d = years[i] - years[0];
      sum[i + 1] = sum[i] + d;
      squares[i + 1] = squares[i] + d * d;
    }
    // cost[j][i]: least squares of years[0, i) in j periods; cut[j][i]: where the last one starts
    double[][] cost = new double[k + 1][n + 1];
    int[][] cut = new int[k + 1][n + 1];
    for (double[] row : cost) java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    cost[0][0] = 0;
    for (int j = 1; j <= k; j++) {
      for (int i = j; i <= n; i++) {
        // the latest start first: of equal costs, the shorter last period (earlier ones longer)
        for (int s = i - 1; s >= j - 1; s--) {
          double within = squares[i] - squares[s] - (sum[i] - sum[s]) * (sum[i] - sum[s]) / (i - s);
          double c = cost[j - 1][s] + within;
          if (c < cost[j][i] - 1e-9) {
            cost[j][i] = c;
            cut[j][i] = s;
          }
        }
      }
    }
    int end = n;
    for (int j = k; j >= 1; j--) {
      int start = cut[j][end];
      out.add(
          0,
          end - start == 1 ? Period.of(years[start]) : Period.range(years[start], years[end - 1]));
      end = start;
    }
    return out;
  }

  /** Value of {@code topics} that leaves the topics section out. */
  public static final int NO_TOPICS = -1;

  /** Checks every setting. */
  public ReportOptions {
    Check.notNull("lang", lang, "stamp", stamp, "strata", strata);
    watch = List.copyOf(watch);
    periods = List.copyOf(periods);
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
   * characters, CSV files as shown on the page, 1000 resamples, no stamp, automatic periods and
   * strata.
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
        "",
        List.of(),
        "");
  }
}
