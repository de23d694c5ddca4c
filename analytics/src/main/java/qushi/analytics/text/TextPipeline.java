package qushi.analytics.text;

import java.nio.file.Path;
import qushi.analytics.core.BadInputException;

/**
 * The text steps of a corpus under one set of {@link TextOptions}: the cleanup, the cutting into
 * sections and passages, the lexicon, the term filter, and a factory of segmenters (a segmenter is
 * not thread-safe; take one per thread). Built once per corpus; immutable.
 *
 * @param options the options it was built from
 * @param normalizer the cleanup
 * @param splitter sections and passages
 * @param lexicon the lexicon in force (bundled plus user files)
 * @param filter the term filter in force
 */
public record TextPipeline(
    TextOptions options,
    Normalizer normalizer,
    Splitter splitter,
    Lexicon lexicon,
    TermFilter filter) {

  /**
   * Returns the pipeline of {@code options}: reads the user's lexicon and stopword files.
   *
   * @throws BadInputException naming the file when one of them cannot be used
   */
  public static TextPipeline of(TextOptions options) {
    Lexicon lex = options.bundledLexicon() ? Lexicon.bundled() : Lexicon.empty();
    for (Path p : options.lexicons()) lex = lex.with(p);
    TermFilter f = TermFilter.defaults(lex).withPosTags(options.posTags());
    if (options.stopwords() != null) f = f.withStopwords(options.stopwords());
    Normalizer n =
        Normalizer.defaults().withTraditionalToSimplified(options.traditionalToSimplified());
    return new TextPipeline(options, n, Splitter.defaults(), lex, f);
  }

  /** Returns a new segmenter with this pipeline's lexicon (one per thread). */
  public Segmenter segmenter() {
    return new Segmenter(lexicon);
  }

  /**
   * Returns {@code query} cleaned as the characters of the corpus text are ({@link
   * Normalizer#query}), so it can be searched in it; the query itself, stripped, when nothing is
   * left.
   *
   * @throws BadInputException if the query is empty or blank
   */
  public String cleanQuery(String query) {
    if (query == null || query.isBlank()) throw new BadInputException("a term must not be empty");
    String q = normalizer.query(query);
    return q.isEmpty() ? query.strip() : q;
  }
}
