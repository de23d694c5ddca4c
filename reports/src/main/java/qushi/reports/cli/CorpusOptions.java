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
  @Option(names = "--corpus", paramLabel = "DIR")
  String corpus;

  @Option(names = "--years-from-filenames")
  boolean yearsFromFileNames;

  @Option(names = "--allow-files-outside")
  boolean allowFilesOutside;

  @Option(names = "--lexicon", paramLabel = "FILE")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--no-bundled-lexicon")
  boolean noBundledLexicon;

  @Option(names = "--stopwords", paramLabel = "FILE")
  Path stopwords;

  @Option(names = "--pos", paramLabel = "TAGS", split = ",")
  List<String> pos;

  @Option(names = "--no-learned-terms")
  boolean noLearnedTerms;

  @Option(names = "--not-terms", paramLabel = "FILE")
  List<Path> notTerms = new ArrayList<>();

  @Option(names = "--keep-boilerplate")
  boolean keepBoilerplate;

  @Option(names = "--t2s")
  boolean traditionalToSimplified;

  @Option(names = "--engine", paramLabel = "local|spark")
  String engine = "local";

  @Option(names = "--master", paramLabel = "URL")
  String master;

  @Option(names = "--seed", paramLabel = "N")
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
