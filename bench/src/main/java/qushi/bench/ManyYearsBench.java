package qushi.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import qushi.Qushi;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.keywords.KeywordOptions;

/**
 * The report's statistics on a corpus of many years — keywords of every year (keyness), the trends
 * of every term, every year against the rest and against the year before (compare --all) — each run
 * on one thread and on all threads in the same run: the single-thread run is the reference, and the
 * digest of each result shows that both give the same table.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.ManyYearsBench \
 *     --rounds 3 /tmp/many-years
 * </pre>
 *
 * The folder is any corpus with a manifest (e.g. the government work reports, the laws and the news
 * transcripts of {@code bench/corpora} in one folder: 57 years).
 */
public final class ManyYearsBench {
  private ManyYearsBench() {}

  /** Runs the benchmark; arguments: {@code [--rounds R] FOLDER}. */
  public static void main(String[] args) throws Exception {
    int rounds = 3;
    String folder = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds")) rounds = Integer.parseInt(args[++i]);
      else folder = args[i];
    }
    if (folder == null) throw new IllegalArgumentException("give a corpus folder");
    Qushi q = Qushi.open(folder);
    System.out.printf(
        Locale.ROOT,
        "%d years, %d passages, %d threads%n",
        q.years().length,
        q.corpus().passages().size(),
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "%-6s %-12s %10s %10s %7s  %s%n",
        "round",
        "step",
        "1 thread",
        "all",
        "ratio",
        "digest (1 thread = all)");
    for (int r = 0; r <= rounds; r++) {
      String round = r == 0 ? "warm" : String.valueOf(r);
      step(round, "keywords", () -> q.keywords(KeywordOptions.defaults().withTop(30)).list());
      step(round, "trends", () -> q.trends().rows());
      step(round, "compare_all", () -> q.compareAll(KeynessOptions.defaults(), 60).table().print());
    }
  }

  /** Runs {@code work} on one thread and on the common pool, and prints both times and digests. */
  private static void step(String round, String name, Supplier<Object> work) throws Exception {
    ForkJoinPool one = new ForkJoinPool(1);
    long t0 = System.nanoTime();
    Object single = one.submit(work::get).get();
    double s1 = (System.nanoTime() - t0) / 1e9;
    one.shutdown();
    t0 = System.nanoTime();
    Object all = work.get();
    double s2 = (System.nanoTime() - t0) / 1e9;
    String d1 = digest(single);
    String d2 = digest(all);
    System.out.printf(
        Locale.ROOT,
        "%-6s %-12s %9.2fs %9.2fs %7.2f  %s%n",
        round,
        name,
        s1,
        s2,
        s1 / s2,
        d1.equals(d2) ? d1 : d1 + " ≠ " + d2);
  }

  private static String digest(Object result) throws NoSuchAlgorithmException {
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest(String.valueOf(result).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 6);
  }
}
