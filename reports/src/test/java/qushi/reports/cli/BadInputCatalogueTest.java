package qushi.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad or odd input the command line meets, one case each: the exit code, and for a
 * failure exactly one line on stderr that names the file or flag and the problem, with no stack
 * trace. Odd but valid input (punctuation at a line edge, a year of punctuation only, a legacy
 * encoding) is not a failure.
 */
class BadInputCatalogueTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * One case: a corpus (manifest rows after the header {@code id,file,year,title}, then file name /
   * text pairs), the arguments after the command, and what must happen.
   */
  record Case(
      String name, String rows, List<String> files, List<String> args, int code, String fragment) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case ok(String name, String rows, List<String> files, String... args) {
    return new Case(name, rows, files, List.of(args), 0, "");
  }

  /** A case that runs (exit 0) and says {@code fragment} on stderr: an odd corpus, no mistake. */
  static Case notes(String name, String rows, List<String> files, String fragment, String... args) {
    return new Case(name, rows, files, List.of(args), 0, fragment);
  }

  static Case fails(String name, String rows, List<String> files, String fragment, String... args) {
    return new Case(name, rows, files, List.of(args), 2, fragment);
  }

  static final String TWO = "a,a.txt,2021,\nb,b.txt,2024,\n";

  static List<String> texts(String b) {
    return List.of("a.txt", "人工智能发展很快。人工智能赋能千行百业。", "b.txt", b);
  }

  static Stream<Arguments> cases() {
    List<Case> c = new ArrayList<>();
    // 1. punctuation at a line edge once stopped every command
    for (String line :
        List.of("(1) 第一", "Hello (world)", "人工智能发展很快(AI)", "AI:", "﹙1﹚第一", "?", ")")) {
      c.add(ok("edge punctuation " + line, TWO, texts("人工智能。\n" + line + "\n"), "stats"));
    }
    c.add(ok("query with brackets", TWO, texts("GPT(4)很强。"), "count", "GPT(4)", "AI:"));
    // the spark engine is not on the CLI's class path: one line that says how to get it
    c.add(
        fails(
            "engine not on the class path",
            TWO,
            texts("人工智能。"),
            "--engine 'spark' is not on the class path; ./qushi puts it there",
            "stats",
            "--engine",
            "spark"));
    c.add(
        fails(
            "no such engine",
            TWO,
            texts("人工智能。"),
            "--engine must be local or spark, was 'foo'",
            "stats",
            "--engine",
            "foo"));
    c.add(
        fails(
            "terms --top 0",
            TWO,
            texts("人工智能。"),
            "--top must be ≥ 1, was 0",
            "terms",
            "--top",
            "0"));
    c.add(
        notes(
            "compare --all on one year",
            "a,a.txt,2021,\n",
            List.of("a.txt", "人工智能发展很快。"),
            "only 2021 of the corpus has word tokens (a letter or digit): there is no other year",
            "compare",
            "--all"));
    c.add(
        fails(
            "report --periods with one period",
            TWO,
            texts("数字经济持续发展。"),
            "--periods needs at least two periods, was [2021]",
            "report",
            "--no-topics",
            "--periods",
            "2021"));
    c.add(
        notes(
            "compare --trend on one year",
            "a,a.txt,2021,\n",
            List.of("a.txt", "人工智能发展很快。"),
            "there is no other year to compare with, so there are no rows",
            "compare",
            "--trend"));
    c.add(
        notes(
            "compare --target against the rest of one year",
            "a,a.txt,2021,\n",
            List.of("a.txt", "人工智能发展很快。"),
            "only 2021 of the corpus has word tokens (a letter or digit): there is no other year",
            "compare",
            "--target",
            "2021"));
    c.add(
        fails(
            "compare --target of a year not in a corpus of one year",
            "a,a.txt,2021,\n",
            List.of("a.txt", "人工智能发展很快。"),
            "year 2030 is not in the corpus (years: [2021])",
            "compare",
            "--target",
            "2030"));
    // an option that the mode would ignore is refused, not dropped silently
    for (String[] ignored :
        new String[][] {
          {"--strata", "source", "--all"},
          {"--years", "2021..2024", "--target", "2024"},
          {"--reference", "2021", "--trend"},
          {"--min-log-ratio", "5", "--target", "2024"},
          {"--strata", "source", "--target", "2024", "--ci"}
        }) {
      List<String> args = new ArrayList<>(List.of("compare"));
      args.addAll(List.of(ignored));
      c.add(
          fails(
              String.join(" ", args),
              TWO,
              texts("人工智能。"),
              ignored[0] + " ",
              args.toArray(new String[0])));
    }
    c.add(ok("kwic query ending in a colon", TWO, texts("AI: 人工智能。"), "kwic", "AI:"));
    c.add(
        ok(
            "watch term with brackets",
            TWO,
            texts("GPT(4)很强。"),
            "report",
            "--no-topics",
            "--watch",
            "GPT(4)"));
    // 2. files outside the corpus folder
    c.add(
        fails(
            "manifest reaches up",
            "a,../outside.txt,2021,\n",
            List.of(),
            "lies outside the corpus folder",
            "stats"));
    c.add(
        fails(
            "manifest names an absolute path",
            "a,/etc/passwd,2021,\n",
            List.of(),
            "lies outside the corpus folder",
            "stats"));
    c.add(
        fails(
            "manifest names /dev/zero",
            "a,/dev/zero,2021,\n",
            List.of(),
            "lies outside the corpus folder",
            "stats"));
    c.add(
        fails(
            "/dev/zero with --allow-files-outside",
            "a,/dev/zero,2021,\n",
            List.of(),
            "not a regular file",
            "stats",
            "--allow-files-outside"));
    // 9. a year whose text is only punctuation
    c.add(
        ok(
            "punctuation-only year: count --ci",
            TWO,
            texts("。。。！？"),
            "count",
            "--ci",
            "--resamples",
            "50",
            "人工智能"));
    c.add(ok("punctuation-only year: compare --all", TWO, texts("。。。！？"), "compare", "--all"));
    c.add(
        fails(
            "punctuation-only year as target",
            TWO,
            texts("。。。！？"),
            "year 2024 has no word tokens",
            "compare",
            "--target",
            "2024"));
    c.add(ok("punctuation-only year: report", TWO, texts("。。。！？"), "report", "--no-topics"));
    c.add(
        notes(
            "punctuation-only year: compare --trend over two years",
            TWO,
            texts("。。。！？"),
            "only 2021 of the corpus has word tokens (a letter or digit)",
            "compare",
            "--trend"));
    // 9b. a year whose only document is empty after cleanup (a lost character, U+FFFD, and
    // nothing else): it has no passage at all, and counts nothing
    for (String[] args :
        List.of(
            new String[] {"count", "人工智能"},
            new String[] {"stats"},
            new String[] {"compare", "--all"},
            new String[] {"report", "--no-topics"})) {
      c.add(ok("empty-after-cleanup year: " + args[0], TWO, texts("\uFFFD"), args));
    }
    // 10. usage errors: one line and where the help is
    c.add(
        fails(
            "seed not a number",
            TWO,
            texts("文本。"),
            "'abc' is not a long",
            "stats",
            "--seed",
            "abc"));
    c.add(fails("unknown format", TWO, texts("文本。"), "--format", "stats", "--format", "xml"));
    c.add(
        fails(
            "lda without --k",
            "",
            List.of(),
            "--k",
            "lda",
            "--tokens",
            "x.txt",
            "--iterations",
            "5"));
    c.add(fails("count without a term", TWO, texts("文本。"), "give at least one TERM", "count"));
    c.add(fails("compare without a mode", TWO, texts("文本。"), "--target", "compare"));
    c.add(fails("unknown option", TWO, texts("文本。"), "--frobnicate", "stats", "--frobnicate"));
    // a mistyped tag once left only lexicon and learned terms, without a word
    c.add(
        fails(
            "unknown part-of-speech tag",
            TWO,
            texts("文本。"),
            "unknown part-of-speech tag \"zz\"",
            "keywords",
            "--pos",
            "n*,zz"));
    c.add(ok("a tag prefix HanLP has", TWO, texts("人工智能。"), "stats", "--pos", "q*,vn"));
    // 11. bounds
    // threads are capped at the cores: more would only copy the count tables
    c.add(
        ok(
            "lda with 1000 threads",
            "",
            List.of("tokens.txt", "a b c\nb c d\n"),
            "lda",
            "--tokens",
            "tokens.txt",
            "--k",
            "2",
            "--iterations",
            "5",
            "--threads",
            "1000"));
    c.add(
        fails("100000 topics", TWO, texts("文本。"), "--k must be ≤ 1000", "topics", "--k", "100000"));
    c.add(fails("1 topic", TWO, texts("文本。"), "--k must be ≥ 2", "topics", "--k", "1"));
    c.add(
        fails(
            "report with 1 topic",
            TWO,
            texts("文本。"),
            "--topics must be ≥ 2",
            "report",
            "--topics",
            "1"));
    // 0 is not "choose K" (that is leaving --topics out): refused as 1 is
    c.add(
        fails(
            "report with 0 topics",
            TWO,
            texts("文本。"),
            "--topics must be ≥ 2, was 0",
            "report",
            "--topics",
            "0"));
    // 12. an empty token file
    c.add(
        fails(
            "lda on an empty file",
            "",
            List.of("tokens.txt", ""),
            "has no tokens",
            "lda",
            "--tokens",
            "tokens.txt",
            "--k",
            "2",
            "--iterations",
            "5"));
    // cases handled before: missing, empty, binary, encodings, manifest errors
    c.add(fails("no manifest", null, List.of(), "manifest not found", "stats"));
    c.add(
        fails(
            "listed file missing",
            "a,gone.txt,2021,\n",
            List.of(),
            "gone.txt: listed in",
            "stats"));
    c.add(
        fails(
            "empty file",
            "a,a.txt,2021,\n",
            List.of("a.txt", ""),
            "a.txt: file is empty",
            "stats"));
    c.add(
        fails(
            "blank file",
            "a,a.txt,2021,\n",
            List.of("a.txt", " \n\n "),
            "a.txt: file has no text",
            "stats"));
    c.add(
        fails(
            "duplicate ids",
            "a,a.txt,2021,\na,a.txt,2022,\n",
            List.of("a.txt", "文本。"),
            "duplicate id 'a'",
            "stats"));
    c.add(
        fails(
            "bad year",
            "a,a.txt,20x1,\n",
            List.of("a.txt", "文本。"),
            "year '20x1' is not a number",
            "stats"));
    c.add(
        fails(
            "year out of range",
            "a,a.txt,99999,\n",
            List.of("a.txt", "文本。"),
            "between 1 and 9999",
            "stats"));
    c.add(
        fails(
            "missing column",
            null,
            List.of("corpus.csv", "id,file\na,a.txt\n", "a.txt", "文本。"),
            "missing column 'year'",
            "stats"));
    c.add(
        fails(
            "ragged row",
            null,
            List.of("corpus.csv", "id,file,year\na,a.txt,2021,extra\n", "a.txt", "文本。"),
            "expected 3 fields",
            "stats"));
    c.add(
        fails("bad id", "a b,a.txt,2021,\n", List.of("a.txt", "文本。"), "id 'a b' must be", "stats"));
    // the manifest was read as a document of CSV text
    c.add(
        fails(
            "the manifest as a document",
            "a,a.txt,2021,\nb,./corpus.csv,2024,\n",
            List.of("a.txt", "文本。"),
            "corpus.csv: line 3: the file of 'b' is this manifest itself",
            "stats"));
    c.add(
        fails(
            "unknown document",
            TWO,
            texts("文本。"),
            "unknown document id 'zz'",
            "segment",
            "--doc",
            "zz"));
    c.add(
        fails(
            "unknown year",
            TWO,
            texts("文本。"),
            "year 1999 is not in the corpus",
            "compare",
            "--target",
            "1999"));
    c.add(
        fails(
            "corpus folder missing",
            null,
            List.of(),
            "corpus folder not found",
            "stats",
            "--corpus",
            "NOWHERE"));
    c.add(
        fails(
            "bad lexicon line", TWO, texts("文本。"), "lex.txt: line 1", "stats", "--lexicon", "LEX"));
    c.add(
        fails(
            "lexicon missing",
            TWO,
            texts("文本。"),
            "lexicon file not found",
            "stats",
            "--lexicon",
            "missing.txt"));
    c.add(
        fails(
            "watch file missing",
            TWO,
            texts("文本。"),
            "watch file not found",
            "report",
            "--no-topics",
            "--watch-file",
            "missing.txt"));
    c.add(
        fails(
            "--out is a file",
            TWO,
            texts("文本。"),
            "--out must be a folder",
            "report",
            "--out",
            "OUTFILE"));
    c.add(
        fails(
            "--out names a page, not a folder",
            TWO,
            texts("文本。"),
            "--out names the folder the report is written to (index.html and its CSV files), not"
                + " the page: out/report.html would become a folder; give a folder such as"
                + " out/report",
            "report",
            "--out",
            "out/report.html"));
    c.add(
        fails(
            "--out is the root",
            TWO,
            texts("文本。"),
            "--out must be a folder below the root",
            "report",
            "--out",
            "/"));
    c.add(
        fails(
            "--out holds other files",
            TWO,
            texts("文本。"),
            "holds other files",
            "report",
            "--out",
            "OTHER"));
    c.add(fails("unknown language", TWO, texts("文本。"), "--lang", "report", "--lang", "fr"));
    return c.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneLineAndTheRightExitCode(Case c) throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    if (c.rows() != null)
      Files.writeString(corpus.resolve("corpus.csv"), "id,file,year,title\n" + c.rows());
    for (int i = 0; i < c.files().size(); i += 2)
      Files.writeString(corpus.resolve(c.files().get(i)), c.files().get(i + 1));
    Files.writeString(dir.resolve("lex.txt"), "人工 智能 nz 1000\n");
    Files.writeString(dir.resolve("outfile"), "x");
    Files.createDirectories(dir.resolve("other"));
    Files.writeString(dir.resolve("other/notes.docx"), "x");
    List<String> args = new ArrayList<>();
    args.add(c.args().get(0));
    boolean lda = c.args().get(0).equals("lda");
    boolean corpusGiven = c.args().contains("--corpus");
    if (!lda && !corpusGiven) args.addAll(List.of("--corpus", corpus.toString()));
    boolean report = c.args().get(0).equals("report");
    if (report && !c.args().contains("--out"))
      args.addAll(List.of("--out", dir.resolve("out").toString()));
    for (String a : c.args().subList(1, c.args().size())) {
      args.add(
          switch (a) {
            case "NOWHERE" -> dir.resolve("nowhere").toString();
            case "LEX" -> dir.resolve("lex.txt").toString();
            case "OUTFILE" -> dir.resolve("outfile").toString();
            case "OTHER" -> dir.resolve("other").toString();
            case "tokens.txt", "x.txt", "missing.txt" -> corpus.resolve(a).toString();
            default -> a;
          });
    }
    Result r = run(args);
    assertEquals(c.code(), r.code(), c + ": " + r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    if (c.code() == 2) {
      List<String> lines =
          r.err()
              .lines()
              .filter(
                  l ->
                      !l.isBlank()
                          && !l.startsWith("qushi: segmenting")
                          && !l.startsWith("qushi: cleaning")
                          // a note on the corpus read before the error (a year without a word)
                          && !l.startsWith("qushi: note: "))
              .toList();
      assertEquals(1, lines.size(), c + ": " + r.err());
      assertTrue(
          lines.get(0).startsWith("qushi: ") && lines.get(0).contains(c.fragment()),
          c + ": " + r.err());
      assertEquals("", r.out(), c.toString());
    } else if (!c.fragment().isEmpty()) {
      assertTrue(r.err().contains("qushi: note: ") && r.err().contains(c.fragment()), r.err());
    }
  }

  @Test
  void legacyEncodingsAreReadAndMislabelledBytesAreNamed() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(
        corpus.resolve("corpus.csv"), "id,file,year\na,gb.txt,2021\nb,big5.txt,2024\n");
    Files.write(
        corpus.resolve("gb.txt"), "人工智能赋能千行百业，人工智能发展迅速。".getBytes(Charset.forName("GB18030")));
    Files.write(corpus.resolve("big5.txt"), "人工智慧發展迅速，人工智慧應用廣泛。".getBytes(Charset.forName("Big5")));
    Result r = run(List.of("count", "--corpus", corpus.toString(), "--format", "csv", "人工智能"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("人工智能,2021,2,"), r.out());
    // UTF-8 cut off inside its last character (a truncated copy) is read up to the cut
    byte[] whole = "人工智能，人工智能。发展".getBytes(StandardCharsets.UTF_8);
    Files.write(corpus.resolve("gb.txt"), java.util.Arrays.copyOf(whole, whole.length - 1));
    Result cut = run(List.of("count", "--corpus", corpus.toString(), "--format", "csv", "人工智能"));
    assertEquals(0, cut.code(), cut.err());
    assertTrue(cut.out().contains("人工智能,2021,2,"), cut.out());
    // UTF-16 without a byte-order mark (as some Windows tools save) is read as text
    Files.write(corpus.resolve("gb.txt"), "人工智能，人工智能。".getBytes(StandardCharsets.UTF_16LE));
    Result u16 = run(List.of("count", "--corpus", corpus.toString(), "--format", "csv", "人工智能"));
    assertEquals(0, u16.code(), u16.err());
    assertTrue(u16.out().contains("人工智能,2021,2,"), u16.out());
    // random bytes with NULs are named as binary
    Files.write(
        corpus.resolve("gb.txt"), new byte[] {0x01, 0x00, (byte) 0x9F, 0x00, 0x02, 0x00, 0x7F});
    Result bin = run(List.of("stats", "--corpus", corpus.toString()));
    assertEquals(2, bin.code());
    assertTrue(bin.err().contains("gb.txt: binary"), bin.err());
    // invalid UTF-8 that no legacy encoding reads either
    Files.write(
        corpus.resolve("gb.txt"),
        new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, 0x00, (byte) 0xFF});
    assertEquals(2, run(List.of("stats", "--corpus", corpus.toString())).code());
  }

  @Test
  void aDirectoryAFifoAndASymlinkOutsideAreNamed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("corpus.csv"), "id,file,year\na,sub,2021\n");
    Result d = run(List.of("stats", "--corpus", corpus.toString()));
    assertEquals(2, d.code());
    assertTrue(
        d.err().contains("sub: listed in") && d.err().contains("not a regular file"), d.err());
    Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Files.writeString(corpus.resolve("corpus.csv"), "id,file,year\na,pipe,2021\n");
    Result f = run(List.of("stats", "--corpus", corpus.toString()));
    assertEquals(2, f.code());
    assertTrue(f.err().contains("not a regular file"), f.err());
    Files.createSymbolicLink(corpus.resolve("link.txt"), Path.of("/etc/hostname"));
    Files.writeString(corpus.resolve("corpus.csv"), "id,file,year\na,link.txt,2021\n");
    Result s = run(List.of("stats", "--corpus", corpus.toString()));
    assertEquals(2, s.code());
    assertTrue(s.err().contains("lies outside the corpus folder"), s.err());
  }

  @Test
  void controlCharactersNeverReachTheTerminal() {
    // a terminal escape that would set the window title, in a path the message names
    String evil = dir.resolve("x\u001b]0;PWNED\u0007").toString();
    Result r = run(List.of("stats", "--corpus", evil));
    assertEquals(2, r.code());
    assertTrue(r.err().chars().noneMatch(ch -> ch < 0x20 && ch != '\n'), r.err());
    assertTrue(r.err().contains("PWNED") && r.err().contains("corpus folder not found"), r.err());
  }
}
