package qushi;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.nio.file.Path;
import java.util.Objects;
import qushi.analytics.core.RandomSource;
import qushi.analytics.prepare.PreparedCache;
import qushi.analytics.text.TextOptions;

/**
 * How a corpus is opened and analysed: its text options, the run's seed, whether the manifest may
 * name files outside the corpus folder, and where prepared corpora are cached. Immutable; {@code
 * withX} copies are generated for every component.
 *
 * <pre>
 * var opts = Options.defaults().withLexicon("my-terms.txt").withNotTerms("not-terms.txt").withSeed(7);
 * var q = Qushi.open("my-corpus", opts);
 * </pre>
 *
 * @param text cleanup, lexicon, stopwords and term filter
 * @param seed the seed of every random step of the run (see {@link RandomSource})
 * @param allowFilesOutside whether the manifest may name files outside the corpus folder
 * @param cache the folder of prepared corpora ({@link PreparedCache}: a corpus opened again with
 *     the same files and text options is read from it, not prepared again), or null for none (the
 *     default; the command line uses {@link #defaultCache()})
 */
@RecordBuilder
public record Options(TextOptions text, long seed, boolean allowFilesOutside, Path cache)
    implements OptionsBuilder.With {
  /** Checks the components. */
  public Options {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the defaults: default text options, seed {@value RandomSource#DEFAULT_SEED}, files
   * inside the folder only, no cache.
   */
  public static Options defaults() {
    return new Options(TextOptions.defaults(), RandomSource.DEFAULT_SEED, false, null);
  }

  /** Returns a copy that also loads the lexicon file {@code file}. */
  public Options withLexicon(Path file) {
    return withText(text.withLexicon(file));
  }

  /** Returns a copy that also loads the lexicon file {@code file} (a path as jshell types it). */
  public Options withLexicon(String file) {
    return withLexicon(Path.of(file));
  }

  /** Returns a copy that never learns or keeps the strings of the file {@code file} as terms. */
  public Options withNotTerms(Path file) {
    return withText(text.withNotTerms(file));
  }

  /** Returns a copy with the not-terms file {@code file} (a path as jshell types it). */
  public Options withNotTerms(String file) {
    return withNotTerms(Path.of(file));
  }

  /**
   * Returns a copy that learns no terms from the corpus (the command line's --no-learned-terms).
   */
  public Options withoutLearnedTerms() {
    return withText(text.withLearnTerms(false));
  }

  /**
   * Returns the folder the command line caches prepared corpora in ({@link
   * PreparedCache#defaultFolder()}: {@code ~/.cache/qushi} unless the environment names another);
   * {@code withCache(Options.defaultCache())} makes an API run share it.
   */
  public static Path defaultCache() {
    return PreparedCache.defaultFolder();
  }

  /** Returns the run's source of randomness. */
  public RandomSource random() {
    return new RandomSource(seed);
  }
}
