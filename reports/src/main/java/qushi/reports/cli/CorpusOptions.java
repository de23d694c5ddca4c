package qushi.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.CorpusCounts;
import qushi.CorpusNotes;
import qushi.Engine;
import qushi.Inputs;
import qushi.Options;
import qushi.Qushi;
import qushi.analytics.core.RandomSource;

/**
 * Options every command shares: where the corpus is, how it is cleaned and segmented ({@link
 * CleaningOptions}), where it is counted and how it is seeded.
 */
final class CorpusOptions {
  @Option(names = "--corpus", paramLabel = "DIR")
  String corpus;

  @Option(names = "--years-from-filenames")
  boolean yearsFromFileNames;

  @Option(names = "--allow-files-outside")
  boolean allowFilesOutside;

  @Mixin CleaningOptions cleaning;

  @Option(names = "--engine", paramLabel = "local|spark")
  String engine = "local";

  @Option(names = "--master", paramLabel = "URL")
  String master;

  @Option(names = "--no-cache")
  boolean noCache;

  @Option(names = "--seed", paramLabel = "N")
  long seed = RandomSource.DEFAULT_SEED;

  @Option(names = "--no-corpus-notes")
  boolean noCorpusNotes;

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

  /**
   * Checks, before anything is prepared, that {@code column} is a column of the local corpus's
   * manifest (an engine's corpus is checked where it is read).
   *
   * @throws qushi.analytics.core.BadInputException naming {@code option} and the columns when not
   */
  void requireColumn(String option, String column) {
    if (local() && column != null) {
      Inputs.requireColumn(folder(), yearsFromFileNames, options(), option, column);
    }
  }

  /**
   * Checks that a document has the id {@code id} (when one is given), reading the manifest only.
   */
  void requireDocument(String id) {
    if (local() && id != null) Inputs.requireDocument(folder(), yearsFromFileNames, options(), id);
  }

  /** Returns the options these flags give. */
  Options options() {
    Options o =
        Options.defaults()
            .withSeed(seed)
            .withAllowFilesOutside(allowFilesOutside)
            .withCache(noCache ? null : Options.defaultCache());
    return o.withText(cleaning.applyTo(o.text()));
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
  Qushi open(PrintWriter err, boolean shapes) {
    Qushi q;
    if (!local()) {
      q = engine().prepare(job(err));
    } else {
      CliProgress progress = progress(err);
      q =
          yearsFromFileNames
              ? Qushi.openByFileName(folder(), options(), progress)
              : Qushi.open(folder(), options(), progress);
    }
    if (!noCorpusNotes) {
      for (String note : CorpusNotes.notes(q, shapes)) err.println("qushi: note: " + note);
    }
    err.flush();
    return q;
  }

  /**
   * Returns the corpus for the questions answered from counts alone: prepared in this JVM, or
   * counted by the engine's workers (only the counts reach this JVM). Close it when done.
   */
  CorpusCounts counts(PrintWriter err, boolean shapes) {
    return local() ? open(err, shapes) : engine().count(job(err));
  }

  private static CliProgress progress(PrintWriter err) {
    return new CliProgress(err, System.console() != null);
  }
}
