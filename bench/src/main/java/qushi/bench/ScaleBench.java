package qushi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The report at scale: builds corpora of 1×, 10×, 100× (and 1,000×) the seeds — each copy of a
 * document with its paragraphs reshuffled, distinct ids and titles — and runs {@code qushi report}
 * on each as a user does (a separate JVM on the command line's jar), recording the wall time and
 * the peak resident memory of every stage the report announces on stderr, and the ratios against 1×
 * measured in the same run.
 *
 * <pre>
 * mvn -q package -DskipTests -pl bench,reports -am
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.ScaleBench \
 *     --scales 1,10,100 [--jvm "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"] [--xmx 2g] [--no-topics]
 * </pre>
 */
public final class ScaleBench {
  private static final Pattern DONE = Pattern.compile("qushi: (.+): done in ([0-9.]+) s");

  private ScaleBench() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    List<Integer> scales = List.of(1, 10, 100);
    String jvm = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    String xmx = "";
    Path seeds = Path.of("seeds");
    Path work = Path.of("target", "scale");
    boolean topics = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scales" ->
            scales = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--jvm" -> jvm = args[++i];
        case "--xmx" -> xmx = args[++i];
        case "--seeds" -> seeds = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--no-topics" -> topics = false;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path jar = Path.of("reports", "target", "qushi.jar");
    if (!Files.isRegularFile(jar))
      throw new IllegalStateException("build the command line first: " + jar);
    Map<Integer, Map<String, double[]>> results = new LinkedHashMap<>();
    for (int scale : scales) {
      Path corpus = build(seeds, work.resolve("x" + scale), scale);
      results.put(scale, run(jar, corpus, work.resolve("out" + scale), jvm, xmx, topics));
    }
    print(results, jvm, xmx);
  }

  /**
   * Writes {@code scale} copies of every seed document, paragraphs reshuffled per copy (copy 0 as
   * is).
   */
  static Path build(Path seeds, Path dir, int scale) throws IOException {
    if (Files.isRegularFile(dir.resolve("corpus.csv"))) return dir;
    Files.createDirectories(dir);
    List<CSVRecord> rows;
    try (CSVParser p =
        CSVParser.parse(
            seeds.resolve("corpus.csv"),
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      rows = p.getRecords();
    }
    StringBuilder manifest = new StringBuilder("id,file,year,title,source\n");
    for (int c = 0; c < scale; c++) {
      SplittableRandom rnd = new SplittableRandom(c);
      for (CSVRecord r : rows) {
        List<String> paragraphs =
            new ArrayList<>(List.of(Files.readString(seeds.resolve(r.get("file"))).split("\n\n")));
        if (c > 0) Collections.shuffle(paragraphs, new java.util.Random(rnd.nextLong()));
        String id = r.get("id") + "-" + c;
        Files.writeString(dir.resolve(id + ".txt"), String.join("\n\n", paragraphs));
        manifest
            .append(id)
            .append(',')
            .append(id)
            .append(".txt,")
            .append(r.get("year"))
            .append(",\"")
            .append(r.get("title").replace("\"", "\"\""))
            .append(" (")
            .append(c)
            .append(")\",")
            .append(r.get("source"))
            .append('\n');
      }
    }
    Files.writeString(dir.resolve("corpus.csv"), manifest);
    return dir;
  }

  /**
   * Runs the report in a new JVM and returns, per stage (and "total"), {seconds, peak RSS in MB};
   * the stage names come from the progress lines, "other" is the time outside them.
   */
  static Map<String, double[]> run(
      Path jar, Path corpus, Path out, String jvm, String xmx, boolean topics)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(Path.of(ProcessHandle.current().info().command().orElseThrow()).toString()));
    if (!jvm.isBlank()) cmd.addAll(List.of(jvm.strip().split("\\s+")));
    if (!xmx.isBlank()) cmd.add("-Xmx" + xmx);
    cmd.addAll(
        List.of(
            "--sun-misc-unsafe-memory-access=allow",
            "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8",
            "-Dqushi.progress=all",
            "-jar",
            jar.toString(),
            "report",
            "--corpus",
            corpus.toString(),
            "--out",
            out.toString(),
            // the copies repeat the seeds' paragraphs at their edges, which the boilerplate rule
            // would drop: kept, the report reads the full volume of every copy
            "--keep-boilerplate"));
    if (!topics) cmd.add("--no-topics");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    AtomicLong peak = new AtomicLong();
    AtomicLong stagePeak = new AtomicLong();
    AtomicReference<String> failure = new AtomicReference<>();
    Thread sampler =
        new Thread(
            () -> {
              Path status = Path.of("/proc", Long.toString(p.pid()), "status");
              while (p.isAlive()) {
                long kb = rssKb(status);
                peak.accumulateAndGet(kb, Math::max);
                stagePeak.accumulateAndGet(kb, Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    Map<String, double[]> stages = new LinkedHashMap<>();
    double inStages = 0;
    try (BufferedReader err =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = err.readLine()) != null; ) {
        Matcher m = DONE.matcher(line);
        if (m.find()) {
          String name = m.group(1).replaceAll("\\d[\\d,]*", "N");
          double s = Double.parseDouble(m.group(2));
          inStages += s;
          double[] prev = stages.getOrDefault(name, new double[2]);
          stages.put(
              name, new double[] {prev[0] + s, Math.max(prev[1], stagePeak.getAndSet(0) / 1024.0)});
        } else if (!line.contains(" …") && !line.isBlank()) {
          failure.set(line);
        }
      }
    }
    int code = p.waitFor();
    sampler.join();
    if (code != 0)
      throw new IllegalStateException("report failed (" + code + "): " + failure.get());
    double total = (System.nanoTime() - start) / 1e9;
    stages.put(
        "other (start-up, writing)", new double[] {total - inStages, stagePeak.get() / 1024.0});
    stages.put("total", new double[] {total, peak.get() / 1024.0});
    return stages;
  }

  private static long rssKb(Path status) {
    try {
      for (String l : Files.readAllLines(status)) {
        if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D+", ""));
      }
    } catch (IOException | UncheckedIOException e) {
      // the process has ended
    }
    return 0;
  }

  private static void print(Map<Integer, Map<String, double[]>> results, String jvm, String xmx) {
    System.out.println("JVM flags: " + jvm + (xmx.isBlank() ? "" : " -Xmx" + xmx));
    Map<String, double[]> base = results.values().iterator().next();
    int first = results.keySet().iterator().next();
    for (var e : results.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "%n%d× the seeds%n%-44s %10s %10s %10s%n",
          e.getKey(),
          "stage",
          "seconds",
          "peak MB",
          "time ×" + first);
      for (var s : e.getValue().entrySet()) {
        double[] b = base.get(s.getKey());
        System.out.printf(
            Locale.ROOT,
            "%-44s %10.2f %10.0f %10s%n",
            s.getKey(),
            s.getValue()[0],
            s.getValue()[1],
            b == null || b[0] < 0.05
                ? ""
                : String.format(Locale.ROOT, "%.1f", s.getValue()[0] / b[0]));
      }
    }
  }
}
