package qushi.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;
import qushi.analytics.text.TextPipeline;

/**
 * Throughput of qushi's text preparation — cleanup, boilerplate, sections and passages,
 * segmentation with the bundled lexicon, term learning and re-segmentation, ids and counts —
 * against HanLP's own segmenter ({@code HanLP.newSegment()}, its defaults) on the same text, in one
 * run, on the same threads. Both run over the whole text after a warm-up on its first megabyte; the
 * reference runs before and after qushi and its mean is used.
 *
 * <pre>
 * ratio = (characters / seconds of PreparedCorpus.of) / (characters / seconds of HanLP, every line)
 * </pre>
 *
 * The text is the {@code .txt} and {@code .md} files of the given folders, read as they are and
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
    List<String> warm = take(files, 1_000_000);
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(
        Locale.ROOT,
        "%d documents, %.1f M characters, %d threads%n",
        texts.size(),
        chars / 1e6,
        Runtime.getRuntime().availableProcessors());

    hanlp(warm);
    PreparedCorpus.of(corpus(warm));
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < repeat; round++) ratios.add(round(texts, chars));
    ratios.sort(null);
    System.out.printf(
        Locale.ROOT, "median ratio of %d round(s): %.2f%n", repeat, ratios.get(ratios.size() / 2));
  }

  /** Runs one round (HanLP, qushi, HanLP), prints it and returns qushi's ratio. */
  private static double round(List<String> texts, long chars) {
    double ref1 = hanlp(texts);
    List<String> stages = new ArrayList<>();
    Progress timing =
        (name, total) -> {
          long start = System.nanoTime();
          return new Progress.Stage() {
            @Override
            public void advance(long units) {}

            @Override
            public void close() {
              stages.add(
                  String.format(Locale.ROOT, "%s %.1f s", name, (System.nanoTime() - start) / 1e9));
            }
          };
        };
    long t0 = System.nanoTime();
    PreparedCorpus prepared =
        PreparedCorpus.of(corpus(texts), TextPipeline.of(TextOptions.defaults()), timing);
    double qushi = (System.nanoTime() - t0) / 1e9;
    double ref2 = hanlp(texts);
    double ref = (ref1 + ref2) / 2;
    System.out.printf(
        Locale.ROOT,
        "%-28s %10s %14s %8s%n%-28s %10.1f %14.0f %8.2f%n%-28s %10.1f %14.0f %8.2f%n",
        "step",
        "seconds",
        "characters/s",
        "ratio",
        "HanLP newSegment (mean)",
        ref,
        chars / ref,
        1.0,
        "qushi PreparedCorpus.of",
        qushi,
        chars / qushi,
        ref / qushi);
    System.out.printf(
        Locale.ROOT,
        "(HanLP runs: %.1f s and %.1f s; qushi stages: %s; %d passages, %d learned terms)%n",
        ref1,
        ref2,
        String.join(", ", stages),
        prepared.passages().size(),
        prepared.learnedTerms().size());
    return ref / qushi;
  }

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

  /** Returns the seconds HanLP's default segmenter takes for every line of the texts. */
  private static double hanlp(List<String> texts) {
    ThreadLocal<Segment> segments = ThreadLocal.withInitial(HanLP::newSegment);
    long t0 = System.nanoTime();
    long tokens =
        texts.parallelStream()
            .flatMap(String::lines)
            .filter(l -> !l.isBlank())
            .mapToLong(l -> segments.get().seg(l).size())
            .sum();
    if (tokens == 0) throw new IllegalStateException("no tokens");
    return (System.nanoTime() - t0) / 1e9;
  }
}
