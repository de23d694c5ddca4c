package qushi.analytics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import qushi.analytics.text.TermFilter;

/**
 * How a corpus is cleaned, segmented and filtered. Immutable; change it with the {@code withX}
 * copies.
 *
 * <pre>
 * var opts = Options.defaults().withLexicon(Path.of("my-terms.txt")).withSeed(7);
 * </pre>
 *
 * @param bundledLexicon          use the bundled policy and technology lexicon
 * @param lexicons                user lexicon files, added after the bundled one
 * @param stopwords               a stopword file that replaces the bundled list, or null for the bundled list
 * @param traditionalToSimplified convert traditional characters to simplified during cleanup
 * @param posTags                 part-of-speech tags a term may have ({@code n*} matches a prefix)
 * @param seed                    seed for every random choice (bootstrap, topic models)
 */
public record Options(
    boolean bundledLexicon, List<Path> lexicons, Path stopwords, boolean traditionalToSimplified,
    List<String> posTags, long seed) {

  /** The default seed. */
  public static final long DEFAULT_SEED = 42;

  /** Copies the lists and checks them. */
  public Options {
    lexicons = List.copyOf(lexicons);
    posTags = List.copyOf(posTags);
    if (posTags.isEmpty()) throw new IllegalArgumentException("posTags must not be empty");
  }

  /** Returns the defaults: bundled lexicon and stopwords, no conversion, default tags, seed 42. */
  public static Options defaults() {
    return new Options(true, List.of(), null, false, TermFilter.DEFAULT_POS, DEFAULT_SEED);
  }

  /** Returns a copy that also loads the lexicon file {@code file}. */
  public Options withLexicon(Path file) {
    List<Path> all = new ArrayList<>(lexicons);
    all.add(file);
    return new Options(bundledLexicon, all, stopwords, traditionalToSimplified, posTags, seed);
  }

  /** Returns a copy with or without the bundled lexicon. */
  public Options withBundledLexicon(boolean use) {
    return new Options(use, lexicons, stopwords, traditionalToSimplified, posTags, seed);
  }

  /** Returns a copy that replaces the bundled stopwords with {@code file}. */
  public Options withStopwords(Path file) {
    return new Options(bundledLexicon, lexicons, file, traditionalToSimplified, posTags, seed);
  }

  /** Returns a copy that converts traditional to simplified characters, or not. */
  public Options withTraditionalToSimplified(boolean convert) {
    return new Options(bundledLexicon, lexicons, stopwords, convert, posTags, seed);
  }

  /** Returns a copy that allows these part-of-speech tags. */
  public Options withPosTags(List<String> tags) {
    return new Options(bundledLexicon, lexicons, stopwords, traditionalToSimplified, tags, seed);
  }

  /** Returns a copy with this seed. */
  public Options withSeed(long seed) {
    return new Options(bundledLexicon, lexicons, stopwords, traditionalToSimplified, posTags, seed);
  }
}
