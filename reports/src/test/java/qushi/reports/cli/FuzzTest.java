package qushi.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random corpora — random bytes, random Unicode with surrogates, emoji, right-to-left text,
 * zero-width and control characters, punctuation at line edges, broken manifests — through load,
 * cleanup, segmentation, counting and a report without topics. Whatever the input, the command line
 * exits 0 or 2, and a failure is one line that starts with "qushi: " and shows no stack trace.
 * {@code -Dqushi.fuzz.cases=N} sets the number of corpora (default 200; {@code -Pfuzz} runs 3,000).
 */
@Tag("slow")
class FuzzTest {
  @TempDir Path dir;

  private static final String[] POOLS = {
    "人工智能科技创新发展新质生产力碳中和数字经济产业链供应链高质量发展改革开放", // Han
    ",:;?!()[]{}<>\"'-_/\\|=+@#$%^&*~`", // ASCII punctuation, also at line edges
    "，。：；？！（）【】《》、…—“”‘’", // Chinese punctuation
    "＋％ＡＢＣ１２３　", // full-width forms
    "\u200B\u200C\u200D\u2060\uFEFF\u00AD", // invisible
    "\u0001\u0007\u001b\u007f\u0085\u2028\u2029\r\f\u000b", // controls and line separators (NUL:
    // raw bytes)
    "مرحبا بالعالم שלום עולם", // right to left
    "abc XYZ 2021 3.14 GPT-4 AI:", // Latin and digits
  };

  private static final String[] EMOJI = {"😀", "🚀", "👩‍🔬", "🇨🇳", "𠀀", "𝔸"};

  record Result(int code, String out, String err) {}

  static Result run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void noInputMakesTheCommandLineCrash() throws IOException {
    int cases = Integer.getInteger("qushi.fuzz.cases", 200);
    int failures = 0;
    for (int i = 0; i < cases; i++) {
      SplittableRandom r = new SplittableRandom(1000 + i);
      Path corpus = Files.createDirectories(dir.resolve("c" + i));
      writeCorpus(corpus, r);
      List<List<String>> commands = new ArrayList<>();
      commands.add(List.of("stats", "--corpus", corpus.toString()));
      commands.add(
          List.of(
              "count",
              "--corpus",
              corpus.toString(),
              text(r, 1 + r.nextInt(6)).strip() + "x",
              "人工智能"));
      if (i % 5 == 0)
        commands.add(List.of("keywords", "--corpus", corpus.toString(), "--format", "csv"));
      if (i % 5 == 1)
        commands.add(
            List.of("compare", "--corpus", corpus.toString(), "--all", "--format", "json"));
      if (i % 10 == 2) {
        commands.add(
            List.of(
                "report",
                "--corpus",
                corpus.toString(),
                "--no-topics",
                "--resamples",
                "20",
                "--out",
                dir.resolve("out" + i).toString()));
      }
      for (List<String> args : commands) {
        Result res = run(args);
        String what = "case " + i + " " + args.get(0) + ": ";
        if (res.code() != 0 && res.code() != 2)
          fail(what + "exit " + res.code() + "\n" + res.err());
        if (res.err().contains("Exception") || res.err().contains("\tat "))
          fail(what + "stack trace\n" + res.err());
        if (res.code() == 2) {
          failures++;
          if (System.getProperty("qushi.fuzz.show") != null)
            System.err.println("FUZZ " + res.err().strip());
          List<String> lines = res.err().lines().filter(l -> !l.isBlank()).toList();
          assertEquals(1, lines.size(), what + res.err());
          assertTrue(lines.get(0).startsWith("qushi: "), what + res.err());
        }
      }
    }
    // the generator makes bad corpora as well as good ones: both kinds must have been tried
    assertTrue(
        failures > cases / 20 && failures < 2 * cases,
        "bad inputs tried: " + failures + " of " + cases);
  }

  /** Writes a manifest (sometimes broken) and one to four documents (sometimes raw bytes). */
  static void writeCorpus(Path corpus, SplittableRandom r) throws IOException {
    int docs = 1 + r.nextInt(4);
    StringBuilder manifest =
        new StringBuilder(r.nextInt(30) == 0 ? "id,file\n" : "id,file,year,title\n");
    for (int d = 0; d < docs; d++) {
      String year =
          switch (r.nextInt(40)) {
            case 0 -> "20x1";
            case 1 -> "";
            default -> Integer.toString(2019 + r.nextInt(8));
          };
      String id = r.nextInt(50) == 0 ? "bad id" : "d" + d;
      String title =
          r.nextInt(10) == 0
              ? "\"=HYPERLINK(\"\"x\"\")\""
              : text(r, 6).replace(",", "").replace("\"", "").replace("\n", "");
      manifest
          .append(id)
          .append(",f")
          .append(d)
          .append(".txt,")
          .append(year)
          .append(',')
          .append(title)
          .append('\n');
      Path file = corpus.resolve("f" + d + ".txt");
      if (r.nextInt(25) == 0) {
        byte[] bytes = new byte[r.nextInt(200)];
        for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) r.nextInt(256);
        Files.write(file, bytes);
      } else {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + r.nextInt(30);
        for (int l = 0; l < lines; l++) {
          sb.append(text(r, r.nextInt(60))).append(r.nextInt(4) == 0 ? "\n\n" : "\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(20) == 0)
          bytes = new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}; // a lone surrogate
        Files.write(file, bytes);
      }
    }
    Files.writeString(corpus.resolve("corpus.csv"), manifest.toString(), StandardCharsets.UTF_8);
  }

  /** Returns {@code n} characters drawn from the pools (Han most often) and sometimes an emoji. */
  static String text(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (r.nextInt(40) == 0) {
        sb.append(EMOJI[r.nextInt(EMOJI.length)]);
        continue;
      }
      // mostly Han; punctuation and other scripts now and then; controls rarely, as in real files
      int k = r.nextInt(300);
      String pool =
          k < 200 ? POOLS[0] : k < 299 ? POOLS[1 + r.nextInt(POOLS.length - 1)] : POOLS[5];
      if (pool == POOLS[5] && k < 299) pool = POOLS[4];
      sb.append(pool.charAt(r.nextInt(pool.length())));
    }
    return sb.toString();
  }
}
