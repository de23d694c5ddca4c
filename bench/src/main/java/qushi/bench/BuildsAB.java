package qushi.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of the analytics module timed in one JVM, in turn: a speed change is judged against
 * the build before it under the same load. On a shared machine two runs minutes apart can differ by
 * a third (other work on the host), more than most single changes gain; here each build gets its
 * own class loader (HanLP's dictionaries loaded twice), and the rounds alternate A B, B A, A B … so
 * that a drift of the machine's speed falls on both.
 *
 * <p>The step timed is qushi's {@code Segmenter} alone on every non-blank line ({@code
 * --segmenter}, one thread: the segmenter is the largest part of preparation), or {@code
 * PreparedCorpus.of} on the documents (the whole preparation, in parallel as it runs). The text is
 * the {@code .txt} and {@code .md} files of the given folders, each read as it is.
 *
 * <pre>
 * # the build before, and this one
 * git stash &amp;&amp; mvn -q -o compile -pl analytics &amp;&amp; cp -r analytics/target/classes /tmp/a \
 *     &amp;&amp; git stash pop &amp;&amp; mvn -q -o compile -pl analytics &amp;&amp; cp -r analytics/target/classes /tmp/b
 * java -cp bench/target/classes qushi.bench.BuildsAB --rounds 8 --segmenter /tmp/a /tmp/b \
 *     /work/corpora/gwr /work/corpora/xwlb
 * </pre>
 *
 * It prints each round's wall-clock and CPU seconds (the whole process's, all threads: steadier
 * than wall-clock time when other work shares the machine), and per build the medians and the
 * fastest round, and the ratios of the medians (B's speed over A's). The libraries are those of
 * {@code bench/target/classpath.txt}.
 */
public final class BuildsAB {
  private BuildsAB() {}

  /**
   * Runs the comparison; arguments: {@code [--rounds R] [--segmenter] [--repeat N] A B FOLDER...}
   * (R rounds per build, 6 by default, after two uncounted; N passes over the text a round, 1 by
   * default).
   */
  public static void main(String[] args) throws Exception {
    int rounds = 6;
    int repeat = 1;
    boolean segmenter = false;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--segmenter" -> segmenter = true;
        default -> rest.add(args[i]);
      }
    }
    if (rest.size() < 3) {
      System.err.println("usage: BuildsAB [--rounds R] [--segmenter] [--repeat N] A B FOLDER...");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>();
    for (String folder : rest.subList(2, rest.size())) {
      try (Stream<Path> s = Files.list(Path.of(folder))) {
        for (Path p : s.filter(x -> x.toString().matches(".*\\.(txt|md)$")).sorted().toList()) {
          texts.add(Files.readString(p));
        }
      }
    }
    List<String> lines = texts.stream().flatMap(String::lines).filter(l -> !l.isBlank()).toList();
    System.out.printf(
        Locale.ROOT,
        "%d documents, %d lines, %.2f M characters%n",
        texts.size(),
        lines.size(),
        texts.stream().mapToLong(String::length).sum() / 1e6);
    Step[] builds = {
      new Step(rest.get(0), segmenter, texts, lines), new Step(rest.get(1), segmenter, texts, lines)
    };
    double[][] seconds = new double[2][rounds];
    double[][] cpuSeconds = new double[2][rounds];
    for (int r = -2; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int b = (r & 1) == 0 ? k : 1 - k; // A B, then B A
        long t0 = System.nanoTime();
        long c0 = ProcessCpu.nanos();
        long n = 0;
        for (int i = 0; i < repeat; i++) n += builds[b].run();
        double s = (System.nanoTime() - t0) / 1e9;
        double c = (ProcessCpu.nanos() - c0) / 1e9;
        if (r >= 0) {
          seconds[b][r] = s;
          cpuSeconds[b][r] = c;
        }
        System.out.printf(
            Locale.ROOT,
            "round %d %s %.3f s, CPU %.3f s (%d %s)%s%n",
            r,
            b == 0 ? "A" : "B",
            s,
            c,
            n,
            segmenter ? "tokens" : "passages",
            r < 0 ? " (not counted)" : "");
      }
    }
    double[] median = new double[2];
    double[] medianCpu = new double[2];
    for (int b = 0; b < 2; b++) {
      double[] x = seconds[b].clone();
      Arrays.sort(x);
      median[b] = x[rounds / 2];
      double[] c = cpuSeconds[b].clone();
      Arrays.sort(c);
      medianCpu[b] = c[rounds / 2];
      System.out.printf(
          Locale.ROOT,
          "%s %s: median %.3f s, fastest %.3f s; CPU median %.3f s, least %.3f s%n",
          b == 0 ? "A" : "B",
          rest.get(b),
          median[b],
          x[0],
          medianCpu[b],
          c[0]);
    }
    System.out.printf(
        Locale.ROOT,
        "B's speed over A's (medians): %.3f (CPU time: %.3f)%n",
        median[0] / median[1],
        medianCpu[0] / medianCpu[1]);
  }

  /** One build's step, called through its own class loader. */
  private static final class Step {
    private final boolean segmenter;
    private final List<String> lines;
    private final Object target;
    private final Method method;
    private final Object argument;

    Step(String classes, boolean segmenter, List<String> texts, List<String> lines)
        throws IOException, ReflectiveOperationException {
      this.segmenter = segmenter;
      this.lines = lines;
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(classes).toUri().toURL());
      for (String p : Files.readString(Path.of("bench/target/classpath.txt")).trim().split(":")) {
        if (!p.isEmpty() && !p.contains("qushi-analytics")) urls.add(Path.of(p).toUri().toURL());
      }
      ClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> options = loader.loadClass("qushi.analytics.text.TextOptions");
      Class<?> pipeline = loader.loadClass("qushi.analytics.text.TextPipeline");
      Object defaults = options.getMethod("defaults").invoke(null);
      if (segmenter) {
        Object p = pipeline.getMethod("of", options).invoke(null, defaults);
        target = pipeline.getMethod("segmenter").invoke(p);
        method = target.getClass().getMethod("segmentPlain", String.class);
        argument = null;
      } else {
        Class<?> corpus = loader.loadClass("qushi.analytics.corpus.Corpus");
        Object[] pairs = new Object[2 * texts.size()];
        for (int i = 0; i < texts.size(); i++) {
          pairs[2 * i] = 2000 + i % 25;
          pairs[2 * i + 1] = texts.get(i);
        }
        argument = corpus.getMethod("ofTexts", Object[].class).invoke(null, (Object) pairs);
        Class<?> prepared = loader.loadClass("qushi.analytics.prepare.PreparedCorpus");
        target = defaults;
        method = prepared.getMethod("of", corpus, options);
      }
    }

    /** Runs the step once; returns the tokens (segmenter) or the passages it made. */
    long run() throws ReflectiveOperationException {
      if (segmenter) {
        long n = 0;
        for (String l : lines) n += ((List<?>) method.invoke(target, l)).size();
        return n;
      }
      Object p = method.invoke(null, argument, target);
      return ((List<?>) p.getClass().getMethod("passages").invoke(p)).size();
    }
  }
}
