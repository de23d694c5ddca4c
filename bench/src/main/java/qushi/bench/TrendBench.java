package qushi.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import qushi.analytics.compare.Comparisons;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.keywords.Collocations;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.Passage;

/**
 * Benchmark of keywords (c-TF-IDF and keyness), key phrases, compare, --all and the trend test on
 * the seeds and on a corpus {@code --scale} times larger made by resampling the seeds' passages
 * within each year (fixed seed). Prints one row per corpus with the seconds of each stage and the
 * ratio to the seeds, measured in the same run; the expected ratio of a linear-time stage is the
 * scale.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.TrendBench --scale 100
 * </pre>
 */
public final class TrendBench {
  private TrendBench() {}

  /** Runs the benchmark; arguments: {@code [--scale N] [--seeds DIR] [--repeat R]}. */
  public static void main(String[] args) {
    int scale = 100;
    int repeat = 3;
    Path seeds = Path.of("seeds");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scale" -> scale = Integer.parseInt(args[++i]);
        case "--seeds" -> seeds = Path.of(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Corpus small = Corpus.load(seeds);
    long t0 = System.nanoTime();
    PreparedCorpus base = PreparedCorpus.of(small);
    double baseBuild = seconds(t0);
    Corpus big = resample(base, scale, 7);
    t0 = System.nanoTime();
    PreparedCorpus large = PreparedCorpus.of(big);
    double largeBuild = seconds(t0);

    double[] baseStages = stages(base, repeat);
    double[] largeStages = stages(large, repeat);
    System.out.printf(
        Locale.ROOT,
        "%-8s %12s %10s %10s %10s %10s %10s %10s %10s%n",
        "corpus",
        "tokens",
        "build_s",
        "keywords_s",
        "phrases_s",
        "compare_s",
        "all_s",
        "kw_keyness_s",
        "trend_s");
    row("seeds", base, baseBuild, baseStages);
    row("x" + scale, large, largeBuild, largeStages);
    System.out.printf(
        Locale.ROOT,
        "%-8s %12s %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f   (ratio, x%d vs seeds)%n",
        "ratio",
        "",
        largeBuild / baseBuild,
        largeStages[0] / baseStages[0],
        largeStages[1] / baseStages[1],
        largeStages[2] / baseStages[2],
        largeStages[3] / baseStages[3],
        largeStages[4] / baseStages[4],
        largeStages[5] / baseStages[5],
        scale);
  }

  /**
   * Returns the best-of-{@code repeat} seconds of keywords, key phrases, one comparison and --all.
   */
  static double[] stages(PreparedCorpus a, int repeat) {
    double[] best = new double[6];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    int[] years = a.years();
    for (int r = 0; r < repeat; r++) {
      long t = System.nanoTime();
      Keywords.of(a, Keywords.By.YEAR, Keywords.Method.TFIDF, 20, 2);
      best[0] = Math.min(best[0], seconds(t));
      t = System.nanoTime();
      Collocations.keywords(a, Keywords.By.YEAR, 20, 2);
      best[1] = Math.min(best[1], seconds(t));
      t = System.nanoTime();
      Comparisons c = new Comparisons(a);
      c.compare(years[years.length - 1], years[years.length - 2], KeynessOptions.defaults());
      best[2] = Math.min(best[2], seconds(t));
      t = System.nanoTime();
      c.all(KeynessOptions.defaults(), 100);
      best[3] = Math.min(best[3], seconds(t));
      t = System.nanoTime();
      Keywords.of(a, Keywords.By.YEAR, Keywords.Method.KEYNESS, 20, 2);
      best[4] = Math.min(best[4], seconds(t));
      t = System.nanoTime();
      c.trend(TrendOptions.defaults());
      best[5] = Math.min(best[5], seconds(t));
    }
    return best;
  }

  /**
   * Returns a corpus with {@code scale} times the passages of each year, drawn with replacement.
   */
  static Corpus resample(PreparedCorpus a, int scale, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Object> pairs = new ArrayList<>();
    for (int y : a.years()) {
      List<Passage> ps = a.passages().stream().filter(p -> p.year() == y).toList();
      // ten documents per year, so that per-document statistics have something to work with
      for (int d = 0; d < 10; d++) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ps.size() * scale / 10; i++)
          sb.append(a.text(ps.get(rnd.nextInt(ps.size())))).append('\n');
        pairs.add(y);
        pairs.add(sb.toString());
      }
    }
    return Corpus.ofTexts(pairs.toArray());
  }

  private static void row(String name, PreparedCorpus a, double build, double[] s) {
    long tokens = a.tokensByYear().values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        Locale.ROOT,
        "%-8s %12d %10.2f %10.3f %10.3f %10.3f %10.3f %10.3f %10.3f%n",
        name,
        tokens,
        build,
        s[0],
        s[1],
        s[2],
        s[3],
        s[4],
        s[5]);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
