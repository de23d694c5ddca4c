package qushi.reports;

import java.util.List;
import java.util.Objects;
import qushi.analytics.Options;
import qushi.reports.Labels.Lang;

/**
 * What the report shows and how; use {@link #defaults()} and the {@code withX} copies.
 *
 * @param lang        the page language
 * @param seed        seed of the bootstrap and the network layout (default {@value Options#DEFAULT_SEED})
 * @param watch       terms whose rates are followed across years; empty for the strongest risers
 *                    and fallers of the trend table
 * @param topics      topics K requested for the topic section, or 0 when none was asked for
 * @param keywords    keywords per year in the bar charts (≥ 1)
 * @param phrases     key phrases listed per year (≥ 1)
 * @param keyness     terms per side in each diverging keyness chart (≥ 1)
 * @param heatmap     terms in the heatmap (≥ 1)
 * @param network     terms in the co-word network (≥ 2)
 * @param kwicLines   context lines embedded per term (≥ 1)
 * @param kwicWindow  context characters on each side (≥ 1)
 * @param resamples   bootstrap resamples (≥ 10)
 * @param stamp       whether to print the generation time (makes the page differ between runs)
 */
public record ReportOptions(
    Lang lang, long seed, List<String> watch, int topics, int keywords, int phrases, int keyness, int heatmap,
    int network, int kwicLines, int kwicWindow, int resamples, boolean stamp) {

  /** Checks every setting. */
  public ReportOptions {
    Objects.requireNonNull(lang, "lang");
    watch = List.copyOf(watch);
    if (topics != 0 && topics < 2) throw new IllegalArgumentException("--topics must be ≥ 2, was " + topics);
    positive("keywords", keywords, 1);
    positive("phrases", phrases, 1);
    positive("keyness", keyness, 1);
    positive("heatmap", heatmap, 1);
    positive("network", network, 2);
    positive("kwicLines", kwicLines, 1);
    positive("kwicWindow", kwicWindow, 1);
    positive("resamples", resamples, 10);
  }

  /** Returns the defaults: Chinese, seed 42, automatic watch list, no topics, 15/10/12/25/40 items, 50 lines of ±30 characters, 1000 resamples. */
  public static ReportOptions defaults() {
    return new ReportOptions(Lang.ZH, Options.DEFAULT_SEED, List.of(), 0, 15, 10, 12, 25, 40, 50, 30, 1000, false);
  }

  /** Returns a copy in another language. */
  public ReportOptions withLang(Lang lang) {
    return new ReportOptions(lang, seed, watch, topics, keywords, phrases, keyness, heatmap, network, kwicLines,
        kwicWindow, resamples, stamp);
  }

  /** Returns a copy with another seed. */
  public ReportOptions withSeed(long seed) {
    return new ReportOptions(lang, seed, watch, topics, keywords, phrases, keyness, heatmap, network, kwicLines,
        kwicWindow, resamples, stamp);
  }

  /** Returns a copy that follows these terms (empty: the automatic watch list). */
  public ReportOptions withWatch(List<String> watch) {
    return new ReportOptions(lang, seed, watch, topics, keywords, phrases, keyness, heatmap, network, kwicLines,
        kwicWindow, resamples, stamp);
  }

  /** Returns a copy that asks for K topics (0: none). */
  public ReportOptions withTopics(int topics) {
    return new ReportOptions(lang, seed, watch, topics, keywords, phrases, keyness, heatmap, network, kwicLines,
        kwicWindow, resamples, stamp);
  }

  /** Returns a copy with another number of bootstrap resamples. */
  public ReportOptions withResamples(int resamples) {
    return new ReportOptions(lang, seed, watch, topics, keywords, phrases, keyness, heatmap, network, kwicLines,
        kwicWindow, resamples, stamp);
  }

  /** Returns a copy that prints, or does not print, the generation time. */
  public ReportOptions withStamp(boolean stamp) {
    return new ReportOptions(lang, seed, watch, topics, keywords, phrases, keyness, heatmap, network, kwicLines,
        kwicWindow, resamples, stamp);
  }

  private static void positive(String name, int value, int min) {
    if (value < min) throw new IllegalArgumentException(name + " must be ≥ " + min + ", was " + value);
  }
}
