package qushi.analytics.text;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import qushi.analytics.core.BadInputException;
import qushi.analytics.internal.TextFiles;

/**
 * The text steps of a corpus under one set of {@link TextOptions}: the cleanup, the cutting into
 * sections and passages, the lexicon, the term filter, and a factory of segmenters (a segmenter is
 * not thread-safe; take one per thread). Built once per corpus; immutable.
 *
 * @param options the options it was built from
 * @param normalizer the cleanup
 * @param splitter sections and passages
 * @param lexicon the lexicon in force (bundled plus user files)
 * @param filter the term filter in force (learned terms included once they are learned)
 * @param lexiconTerms the terms of the user's lexicon files: each is kept as it is, never merged
 *     into a learned term (a dictionary word across its edge still stands: 卫生部门). The bundled
 *     lexicon's terms are kept whole too, but a learned term may hold one: 合作社 in 农民专业合作社, 集体经济 in
 *     农村集体经济组织
 * @param notTerms strings never learned (the user's not-a-term files, cleaned like the text)
 * @param learned the terms learned from the corpus (none until the corpus is prepared)
 */
public record TextPipeline(
    TextOptions options,
    Normalizer normalizer,
    Splitter splitter,
    Lexicon lexicon,
    TermFilter filter,
    Set<String> lexiconTerms,
    Set<String> notTerms,
    LearnedTerms learned) {

  /** Copies the sets. */
  public TextPipeline {
    lexiconTerms = Set.copyOf(lexiconTerms);
    notTerms = Set.copyOf(notTerms);
  }

  /**
   * Returns the pipeline of {@code options}: reads the user's lexicon and stopword files.
   *
   * @throws BadInputException naming the file when one of them cannot be used
   */
  public static TextPipeline of(TextOptions options) {
    Lexicon lex = options.bundledLexicon() ? Lexicon.bundled() : Lexicon.empty();
    Set<String> terms = new HashSet<>();
    for (Path p : options.lexicons()) {
      Lexicon own = Lexicon.empty().with(p);
      for (Lexicon.Entry e : own.entries()) terms.add(e.term());
      lex = lex.with(own);
    }
    TermFilter f = TermFilter.defaults(lex).withPosTags(options.posTags());
    if (options.stopwords() != null) f = f.withStopwords(options.stopwords());
    Normalizer n =
        Normalizer.defaults()
            .withTraditionalToSimplified(options.traditionalToSimplified())
            .withKeepCode(options.keepCode());
    Set<String> not = new HashSet<>();
    for (Path p : options.notTerms()) {
      for (String t : TextFiles.readList(p, "not-a-term file")) {
        String cleaned = n.normalize(t).strip();
        not.add(cleaned.isEmpty() ? t : cleaned);
      }
    }
    return new TextPipeline(
        options, n, Splitter.defaults(), lex, f, terms, not, LearnedTerms.none());
  }

  /**
   * Returns this pipeline with {@code learned} terms: its segmenters keep them whole and its filter
   * counts them as terms.
   */
  public TextPipeline withLearned(LearnedTerms learned) {
    return new TextPipeline(
        options,
        normalizer,
        splitter,
        lexicon,
        filter.withTerms(learned.strings()),
        lexiconTerms,
        notTerms,
        learned);
  }

  /** Returns a new segmenter with this pipeline's lexicon and learned terms (one per thread). */
  public Segmenter segmenter() {
    return new Segmenter(lexicon, learned);
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
