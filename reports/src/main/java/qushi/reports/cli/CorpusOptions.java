package qushi.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import qushi.CorpusCounts;
import qushi.Engine;
import qushi.Options;
import qushi.Qushi;
import qushi.analytics.core.RandomSource;

/**
 * Options every command shares: where the corpus is and how it is cleaned, segmented and seeded.
 */
final class CorpusOptions {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Corpus folder with a corpus.csv manifest (default: seeds/, the bundled corpus); the"
              + " files may be .txt, .md, .pdf (text layer), .docx, .html or .htm. With --engine"
              + " spark also a folder on hdfs://, s3a:// or another file system Hadoop reads.")
  String corpus;

  @Option(
      names = "--years-from-filenames",
      description =
          "Read a folder without manifest: every .txt, .md, .pdf, .docx, .html or .htm file whose"
              + " name starts with its year (2023-name.pdf).")
  boolean yearsFromFileNames;

  @Option(
      names = "--allow-files-outside",
      description =
          "Let the manifest name files outside the corpus folder (refused by default, so that a"
              + " corpus received from someone else cannot pull other files of this machine into a"
              + " report).")
  boolean allowFilesOutside;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "Extra lexicon file, one term per line as 'term [pos [freq]]' (repeatable).")
  List<Path> lexicons = new ArrayList<>();

  @Option(
      names = "--no-bundled-lexicon",
      description = "Do not load the bundled policy and technology lexicon.")
  boolean noBundledLexicon;

  @Option(
      names = "--stopwords",
      paramLabel = "FILE",
      description = "Stopword file replacing the bundled list.")
  Path stopwords;

  @Option(
      names = "--pos",
      paramLabel = "TAGS",
      split = ",",
      description =
          "Allowed part-of-speech tags for terms, comma-separated; 'n*' matches a prefix "
              + "(default: n*,g*,v,vi,vl,vg,vn).")
  List<String> pos;

  @Option(
      names = "--no-learned-terms",
      description =
          "Do not learn multiword terms from the corpus (by default they are learned and kept"
              + " whole; 'qushi terms' lists them).")
  boolean noLearnedTerms;

  @Option(
      names = "--not-terms",
      paramLabel = "FILE",
      description =
          "File of strings that are never learned terms, one per line (repeatable); a term of"
              + " --lexicon always wins over learning.")
  List<Path> notTerms = new ArrayList<>();

  @Option(
      names = "--keep-boilerplate",
      description =
          "Keep paragraphs repeated at the start or end of several documents (licence footers,"
              + " mastheads); by default they are dropped and listed by 'stats --boilerplate'.")
  boolean keepBoilerplate;

  @Option(
      names = "--t2s",
      description = "Convert traditional to simplified characters during cleanup.")
  boolean traditionalToSimplified;

  @Option(
      names = "--engine",
      paramLabel = "local|spark",
      description =
          "Where the corpus is read, cleaned, segmented and counted: local (default, in this JVM)"
              + " or spark (Apache Spark's executors; the driver receives the counts; see"
              + " README).")
  String engine = "local";

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master with --engine spark (default: local[N], N = the cores of this machine).")
  String master;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed of every random step (default: ${DEFAULT-VALUE}).")
  long seed = RandomSource.DEFAULT_SEED;

  /**
   * Returns the corpus folder: --corpus, else seeds/ in the working directory, else the
   * installation's seeds/.
   */
  Path folder() {
    if (corpus != null) return Path.of(corpus);
    Path local = Path.of("seeds");
    if (Files.isRegularFile(local.resolve("corpus.csv"))) return local;
    String home = System.getProperty("qushi.home");
    return home != null ? Path.of(home, "seeds") : local;
  }

  /** Returns the options these flags give. */
  Options options() {
    Options o = Options.defaults().withSeed(seed).withAllowFilesOutside(allowFilesOutside);
    var text =
        o.text()
            .withBundledLexicon(!noBundledLexicon)
            .withTraditionalToSimplified(traditionalToSimplified)
            .withStopwords(stopwords)
            .withDropBoilerplate(!keepBoilerplate)
            .withLearnTerms(!noLearnedTerms);
    for (Path p : notTerms) text = text.withNotTerms(p);
    for (Path p : lexicons) text = text.withLexicon(p);
    if (pos != null) text = text.withPosTags(pos);
    return o.withText(text);
  }

  /** Returns whether the corpus is prepared in this JVM (no engine). */
  boolean local() {
    return engine.equals("local");
  }

  /** Returns the distributed engine named by --engine (not for local). */
  Engine engine() {
    return Engine.named(engine);
  }

  /** Returns what the engine is asked to open, reporting on {@code err}. */
  Engine.Job job(PrintWriter err) {
    // the folder as given: a URI must keep its "//" (Path would fold it)
    return new Engine.Job(
        corpus != null ? corpus : folder().toString(),
        yearsFromFileNames,
        options(),
        master,
        progress(err));
  }

  /**
   * Returns the corpus opened through the front door, showing the preparation stages on {@code
   * err}: prepared in this JVM, or by the engine's workers and gathered here.
   */
  Qushi open(PrintWriter err) {
    if (!local()) return engine().prepare(job(err));
    CliProgress progress = progress(err);
    return yearsFromFileNames
        ? Qushi.openByFileName(folder(), options(), progress)
        : Qushi.open(folder(), options(), progress);
  }

  /**
   * Returns the corpus for the questions answered from counts alone: prepared in this JVM, or
   * counted by the engine's workers (only the counts reach this JVM). Close it when done.
   */
  CorpusCounts counts(PrintWriter err) {
    return local() ? open(err) : engine().count(job(err));
  }

  private static CliProgress progress(PrintWriter err) {
    return new CliProgress(err, System.console() != null);
  }
}
