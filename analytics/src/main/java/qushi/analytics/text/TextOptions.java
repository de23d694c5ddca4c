package qushi.analytics.text;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import qushi.analytics.core.Check;

/**
 * How a corpus is cleaned, segmented and filtered into terms. Immutable; {@code withX} copies are
 * generated for every component.
 *
 * <pre>
 * var text = TextOptions.defaults().withLexicon(Path.of("my-terms.txt")).withTraditionalToSimplified(true);
 * </pre>
 *
 * @param bundledLexicon use the bundled policy and technology lexicon
 * @param lexicons user lexicon files, added after the bundled one
 * @param stopwords a stopword file that replaces the bundled list, or null for the bundled list
 * @param traditionalToSimplified convert traditional characters to simplified during cleanup
 * @param posTags part-of-speech tags a term may have ({@code n*} matches a prefix)
 * @param dropBoilerplate drop paragraphs repeated at the start or end of several documents (see
 *     {@link Boilerplate})
 * @param learnTerms learn multiword terms from the corpus and keep them whole (see {@link
 *     TermLearner})
 * @param notTerms files of strings that are never learned terms, one per line
 * @param keepCode keep the lines of code blocks (Markdown's fenced and indented code, a page's
 *     {@code <pre>}), which are dropped by default (see {@link Normalizer})
 * @param keepCopies keep the paragraphs that a document repeats from an earlier copy of it of the
 *     same year, which are dropped with the boilerplate by default, so that a post saved twice is
 *     counted once (see {@link Boilerplate#detect(List, List, boolean)}); without {@code
 *     dropBoilerplate} they are kept anyway
 */
@RecordBuilder
public record TextOptions(
    boolean bundledLexicon,
    List<Path> lexicons,
    Path stopwords,
    boolean traditionalToSimplified,
    List<String> posTags,
    boolean dropBoilerplate,
    boolean learnTerms,
    List<Path> notTerms,
    boolean keepCode,
    boolean keepCopies)
    implements TextOptionsBuilder.With {

  /** Copies the lists and checks them. */
  public TextOptions {
    lexicons = List.copyOf(lexicons);
    notTerms = List.copyOf(notTerms);
    // "n*, v" as typed after a comma: the tags without the spaces
    posTags = posTags.stream().map(String::strip).toList();
    Check.that(!posTags.isEmpty(), "posTags", "must not be empty");
    posTags.forEach(TermFilter::requireKnown);
  }

  /**
   * Returns the defaults: bundled lexicon and stopwords, no conversion, the default tags of {@link
   * TermFilter}, boilerplate dropped, terms learned, code dropped.
   */
  public static TextOptions defaults() {
    return new TextOptions(
        true, List.of(), null, false, TermFilter.DEFAULT_POS, true, true, List.of(), false, false);
  }

  /** Returns a copy that also reads the not-a-term file {@code file}. */
  public TextOptions withNotTerms(Path file) {
    List<Path> all = new ArrayList<>(notTerms);
    all.add(file);
    return withNotTerms(all);
  }

  /** Returns a copy that also loads the lexicon file {@code file}, after those already given. */
  public TextOptions withLexicon(Path file) {
    List<Path> all = new ArrayList<>(lexicons);
    all.add(file);
    return withLexicons(all);
  }
}
