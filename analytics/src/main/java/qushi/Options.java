package qushi;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.nio.file.Path;
import java.util.Objects;
import qushi.analytics.core.RandomSource;
import qushi.analytics.text.TextOptions;

/**
 * How a corpus is opened and analysed: its text options, the run's seed and whether the manifest
 * may name files outside the corpus folder. Immutable; {@code withX} copies are generated for every
 * component.
 *
 * <pre>
 * var opts = Options.defaults().withLexicon(Path.of("my-terms.txt")).withSeed(7);
 * var q = Qushi.open("my-corpus", opts);
 * </pre>
 *
 * @param text cleanup, lexicon, stopwords and term filter
 * @param seed the seed of every random step of the run (see {@link RandomSource})
 * @param allowFilesOutside whether the manifest may name files outside the corpus folder
 */
@RecordBuilder
public record Options(TextOptions text, long seed, boolean allowFilesOutside)
    implements OptionsBuilder.With {
  /** Checks the components. */
  public Options {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the defaults: default text options, seed {@value RandomSource#DEFAULT_SEED}, files
   * inside the folder only.
   */
  public static Options defaults() {
    return new Options(TextOptions.defaults(), RandomSource.DEFAULT_SEED, false);
  }

  /** Returns a copy that also loads the lexicon file {@code file}. */
  public Options withLexicon(Path file) {
    return withText(text.withLexicon(file));
  }

  /** Returns the run's source of randomness. */
  public RandomSource random() {
    return new RandomSource(seed);
  }
}
