package qushi.reports.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import qushi.CorpusCounts;
import qushi.Qushi;

/** A command that opens a corpus: the shared corpus options and the way to open it. */
abstract class CorpusCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;
  @Spec CommandSpec spec;

  /** Returns the corpus opened through the front door, with progress on stderr. */
  Qushi open() {
    return corpus.open(spec.commandLine().getErr(), showsShapes());
  }

  /**
   * Returns whether this command shows what a term does over the years (its trend shapes), so that
   * the notes on the years that decide them are printed: a year at the corpus's edge that holds a
   * single document among years of several.
   */
  boolean showsShapes() {
    return false;
  }

  /**
   * Returns the corpus for questions answered from counts alone (with --engine spark only the
   * counts reach this JVM); close it when done.
   */
  CorpusCounts counts() {
    return corpus.counts(spec.commandLine().getErr(), showsShapes());
  }
}
