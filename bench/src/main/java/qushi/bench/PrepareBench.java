package qushi.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TextOptions;
import qushi.analytics.text.TextPipeline;

/**
 * Throughput of qushi's text preparation — cleanup, boilerplate, sections and passages,
 * segmentation with the bundled lexicon, term learning and re-segmentation, ids and counts —
 * against HanLP's own segmenter ({@code HanLP.newSegment()}, its defaults) on the same text, in one
 * run, on the same threads. Both run over the whole text after a warm-up round over the whole text
 * (not counted: a warm-up on a megabyte left qushi's first round a third slower than the next, as
 * the compiler was still at work); the reference runs before and after qushi and its mean is used.
 * Between them, qushi's {@link Segmenter} alone runs over the same lines: the one segmentation pass
 * that preparation cannot do without, which bounds the ratio preparation can reach.
 *
 * <pre>
 * ratio = (characters / seconds of PreparedCorpus.of) / (characters / seconds of HanLP, every line)
 * </pre>
 *
 * The row "of which clean+seg+learn" times the stages of cleanup, segmentation and term learning
 * (learning and keeping learned terms whole) only: preparation without boilerplate and sections,
 * passages, ids and counts.
 *
 * <p>Each step is timed twice: wall-clock seconds, and the CPU seconds of the whole process (all
 * threads, the garbage collector and the compiler included). Other work on the machine stretches
 * wall-clock time and leaves CPU time nearly unchanged, so the CPU ratio is the steadier figure on
 * a shared machine; the two agree when the steps keep the cores equally busy.
 *
 * <p>The text is the {@code .txt} and {@code .md} files of the given folders, read as they are and
 * repeated in turn until it reaches {@code --mb} megabytes of UTF-16 characters (20 by default);
 * each copy of a file is one document, years cycling over 2000–2024.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.PrepareBench \
 *     --mb 20 /work/corpora/gwr /work/corpora/xwlb
 * </pre>
 */
public final class PrepareBench {
  private PrepareBench() {}

  /**
   * Runs the benchmark; arguments: {@code [--mb N] [--repeat R] FOLDER...} (default folder: seeds;
   * R rounds of HanLP, qushi, HanLP, the median ratio printed last).
   */
  public static void main(String[] args) throws IOException {
    double mb = 20;
    int repeat = 1;
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--mb")) mb = Double.parseDouble(args[++i]);
      else if (args[i].equals("--repeat")) repeat = Integer.parseInt(args[++i]);
      else folders.add(Path.of(args[i]));
    }
    if (folders.isEmpty()) folders.add(Path.of("seeds"));
    List<String> files = new ArrayList<>();
    for (Path f : folders) {
      try (Stream<Path> s = Files.list(f)) {
        for (Path p : s.filter(x -> x.toString().matches(".*\\.(txt|md)$")).sorted().toList()) {
          files.add(Files.readString(p));
        }
      }
    }
    List<String> texts = take(files, (long) (mb * 1_000_000));
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(
        Locale.ROOT,
        "%d documents, %.1f M characters, %d threads%n",
        texts.size(),
        chars / 1e6,
        Runtime.getRuntime().availableProcessors());

    System.out.println("warm-up round (not counted):");
    round(texts, chars);
    cpuRatios.clear();
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < repeat; round++) ratios.add(round(texts, chars));
    ratios.sort(null);
    cpuRatios.sort(null);
    System.out.printf(
        Locale.ROOT,
        "median ratio of %d round(s): %.2f (CPU time: %.2f)%n",
        repeat,
        ratios.get(ratios.size() / 2),
        cpuRatios.get(cpuRatios.size() / 2));
  }

  /** Runs one round (HanLP, qushi, HanLP), prints it and returns qushi's ratio. */
  private static double round(List<String> texts, long chars) {
    double[] ref1 = hanlp(texts);
    List<String> stages = new ArrayList<>();
    double[] named = new double[2]; // wall-clock and CPU seconds of the steps the issue names
    Progress timing =
        (name, total) -> {
          long start = System.nanoTime();
          long startCpu = ProcessCpu.nanos();
          return new Progress.Stage() {
            @Override
            public void advance(long units) {}

            @Override
            public void close() {
              double wall = (System.nanoTime() - start) / 1e9;
              double cpu = (ProcessCpu.nanos() - startCpu) / 1e9;
              stages.add(String.format(Locale.ROOT, "%s %.1f s (CPU %.1f s)", name, wall, cpu));
              if (!name.startsWith("finding boilerplate")) {
                named[0] += wall;
                named[1] += cpu;
              }
            }
          };
        };
    long t0 = System.nanoTime();
    long c0 = ProcessCpu.nanos();
    PreparedCorpus prepared =
        PreparedCorpus.of(corpus(texts), TextPipeline.of(TextOptions.defaults()), timing);
    double qushiCpu = (ProcessCpu.nanos() - c0) / 1e9;
    double qushi = (System.nanoTime() - t0) / 1e9;
    double[] own = segmenter(texts);
    double[] ref2 = hanlp(texts);
    double ref = (ref1[0] + ref2[0]) / 2;
    double refCpu = (ref1[1] + ref2[1]) / 2;
    String row = "%-26s %8.1f %13.0f %6.2f %8.1f %6.2f%n";
    System.out.printf(
        Locale.ROOT,
        "%-26s %8s %13s %6s %8s %6s%n",
        "step",
        "seconds",
        "characters/s",
        "ratio",
        "CPU s",
        "ratio");
    System.out.printf(
        Locale.ROOT, row, "HanLP newSegment (mean)", ref, chars / ref, 1.0, refCpu, 1.0);
    System.out.printf(
        Locale.ROOT,
        row,
        "qushi PreparedCorpus.of",
        qushi,
        chars / qushi,
        ref / qushi,
        qushiCpu,
        refCpu / qushiCpu);
    System.out.printf(
        Locale.ROOT,
        row,
        "  of which clean+seg+learn",
        named[0],
        chars / named[0],
        ref / named[0],
        named[1],
        refCpu / named[1]);
    System.out.printf(
        Locale.ROOT,
        row,
        "qushi Segmenter alone",
        own[0],
        chars / own[0],
        ref / own[0],
        own[1],
        refCpu / own[1]);
    System.out.printf(
        Locale.ROOT,
        "(HanLP runs: %.1f s and %.1f s; qushi stages: %s; %d passages, %d learned terms)%n",
        ref1[0],
        ref2[0],
        String.join(", ", stages),
        prepared.passages().size(),
        prepared.learnedTerms().size());
    cpuRatios.add(refCpu / qushiCpu);
    return ref / qushi;
  }

  /** The CPU ratio of every round run so far. */
  private static final List<Double> cpuRatios = new ArrayList<>();

  /** Returns the files repeated in turn until their characters reach {@code chars}. */
  private static List<String> take(List<String> files, long chars) {
    List<String> out = new ArrayList<>();
    long n = 0;
    for (int i = 0; n < chars; i++) {
      String t = files.get(i % files.size());
      out.add(t);
      n += t.length();
    }
    return out;
  }

  private static Corpus corpus(List<String> texts) {
    Object[] pairs = new Object[2 * texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      pairs[2 * i] = 2000 + i % 25;
      pairs[2 * i + 1] = texts.get(i);
    }
    return Corpus.ofTexts(pairs);
  }

  /**
   * Returns the wall-clock and CPU seconds qushi's segmenter (bundled lexicon, no learned terms)
   * takes for every line of the texts, as they are: the one pass of HanLP that preparation cannot
   * do without, with nothing else.
   */
  private static double[] segmenter(List<String> texts) {
    TextPipeline pipeline = TextPipeline.of(TextOptions.defaults());
    ThreadLocal<Segmenter> segments = ThreadLocal.withInitial(pipeline::segmenter);
    return everyLine(texts, l -> segments.get().segmentPlain(l).size());
  }

  /**
   * Returns the wall-clock and CPU seconds HanLP's default segmenter takes for every line of the
   * texts.
   */
  private static double[] hanlp(List<String> texts) {
    ThreadLocal<Segment> segments = ThreadLocal.withInitial(HanLP::newSegment);
    return everyLine(texts, l -> segments.get().seg(l).size());
  }

  /**
   * Returns the wall-clock and CPU seconds that {@code tokens} takes over every non-blank line of
   * the texts, in parallel.
   */
  private static double[] everyLine(List<String> texts, ToLongFunction<String> tokens) {
    long t0 = System.nanoTime();
    long c0 = ProcessCpu.nanos();
    long n =
        texts.parallelStream()
            .flatMap(String::lines)
            .filter(l -> !l.isBlank())
            .mapToLong(tokens)
            .sum();
    if (n == 0) throw new IllegalStateException("no tokens");
    return new double[] {(System.nanoTime() - t0) / 1e9, (ProcessCpu.nanos() - c0) / 1e9};
  }
}
