package qushi.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import qushi.CorpusCounts;
import qushi.Engine;
import qushi.Options;
import qushi.Qushi;
import qushi.analytics.core.RandomSource;
import qushi.reports.CorpusNotes;

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
      Qushi.requireColumn(folder(), yearsFromFileNames, options(), option, column);
    }
  }

  /**
   * Checks that a document has the id {@code id} (when one is given), reading the manifest only.
   */
  void requireDocument(String id) {
    if (local() && id != null) Qushi.requireDocument(folder(), yearsFromFileNames, options(), id);
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
    int documents = q.corpus().documents().size();
    if (q.options().text().traditionalToSimplified()) {
      err.println(
          "qushi: note: --t2s: the text is converted to simplified characters before it is"
              + " cleaned and segmented; every term, count and context line is in the converted"
              + " text (queries in either script find it); run without --t2s to quote the"
              + " original wording");
    }
    note(
        err,
        CorpusNotes.traditional(q),
        "%d of "
            + documents
            + " documents are in traditional characters (share of characters that conversion"
            + " changes: %s): they are segmented as their simplified form and shown as written,"
            + " and a word's two forms count apart; --t2s converts the text and the queries");
    note(
        err,
        CorpusNotes.latin(q),
        "%d of "
            + documents
            + " documents are a quarter or more in Latin letters (share of their letters: %s):"
            + " those words are counted and can be terms, as they should be in technical text; if"
            + " they are a translation beside the Chinese, remove it from the file to leave it"
            + " out");
    List<String> cases = CorpusNotes.caseVariants(q);
    note(
        err,
        cases,
        (cases.size() == 1 ? "%d Latin term is" : "%d Latin terms are")
            + " written in more than one letter case (%s): each form is counted apart, in every"
            + " table and by count, which searches letters as typed");
    note(
        err,
        CorpusNotes.wordlessYears(q),
        "%d year has no word (%s): its documents hold only punctuation, symbols or nothing"
            + " after cleanup, so its per10k is blank",
        "%d years have no word (%s): their documents hold only punctuation, symbols or"
            + " nothing after cleanup, so their per10k is blank");
    note(
        err,
        CorpusNotes.copies(q),
        "%d document repeats most of the text of an earlier one (%s): its words are counted"
            + " once per copy",
        "%d documents repeat most of the text of an earlier one (%s): their words are"
            + " counted once per copy");
    note(
        err,
        CorpusNotes.deduplicated(q),
        "%d document repeats most of the text of an earlier one of its year (%s): the paragraphs"
            + " it shares with it are dropped, so they are counted once (--keep-copies keeps them)",
        "%d documents repeat most of the text of an earlier one of their year (%s): the"
            + " paragraphs they share with it are dropped, so they are counted once (--keep-copies"
            + " keeps them)");
    note(
        err,
        CorpusNotes.distantYears(q),
        "%d year stands 100 years or more from the corpus's other years (%s): check the"
            + " manifest for a typo; a trend reads the years between as missing",
        "%d years stand 100 years or more from the corpus's other years (%s): check the"
            + " manifest for typos; a trend reads the years between as missing");
    note(
        err,
        shapes ? CorpusNotes.loneEdgeYears(q) : List.of(),
        "%d year at the corpus's edge holds a single document among years of several (%s): a"
            + " term that emerges, peaks or vanishes there does so in that one document",
        "%d years at the corpus's edges hold a single document among years of several (%s): a"
            + " term that emerges, peaks or vanishes there does so in that one document");
    note(
        err,
        CorpusNotes.listedTwice(q),
        "%d file is listed more than once in the manifest (%s): its words are counted once"
            + " per listing",
        "%d files are listed more than once in the manifest (%s): their words are counted"
            + " once per listing");
    return q;
  }

  /** Prints a note on the {@code named} items, if any, in the wording for one or for many. */
  private static void note(PrintWriter err, List<String> named, String one, String many) {
    note(err, named, named.size() == 1 ? one : many);
  }

  /** Prints a note on the {@code named} documents, if any: their number and the first three. */
  private static void note(PrintWriter err, List<String> named, String format) {
    if (named.isEmpty()) return;
    err.println("qushi: note: " + String.format(format, named.size(), CorpusNotes.first(named, 3)));
    err.flush();
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
