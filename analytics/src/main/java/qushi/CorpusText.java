package qushi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import qushi.analytics.compare.Period;
import qushi.analytics.context.CooccurOptions;
import qushi.analytics.context.Cooccurrence;
import qushi.analytics.context.Kwic;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.RandomSource;
import qushi.analytics.core.Rows;
import qushi.analytics.maps.Correspondence;
import qushi.analytics.maps.Dendrogram;
import qushi.analytics.maps.DendrogramOptions;
import qushi.analytics.maps.TermClustering;
import qushi.analytics.maps.TermMap;
import qushi.analytics.maps.TermMapOptions;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Lexicon;
import qushi.analytics.text.TermDiscovery;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.text.Token;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicModeler;
import qushi.analytics.topics.TopicOptions;
import qushi.analytics.topics.TopicRows;
import qushi.analytics.topics.TopicSweep;

/**
 * The questions a corpus answers from its prepared text, beyond what its passage × term counts
 * answer ({@link CorpusCounts}): the paragraphs dropped as boilerplate, words in context and their
 * co-occurrences, term maps, topics, new and learned terms, and the segmented and cleaned text.
 * Each is asked of the {@link PreparedCorpus} of {@link #corpus}; random steps draw from {@link
 * #random} and long computations report to {@link #progress}. {@link Qushi} answers them; a corpus
 * counted by a distributed {@link Engine} has no text to answer them from.
 */
public interface CorpusText {
  /** Returns the prepared corpus: cleaned documents, passages, vocabulary, tokens and counts. */
  PreparedCorpus corpus();

  /** Returns the run's source of randomness (from the options' seed). */
  RandomSource random();

  /** Returns where long computations report their progress. */
  Progress progress();

  /**
   * Returns the paragraphs dropped as boilerplate: repeated at the start or end of several
   * documents (licence footers, mastheads), with the number of documents and occurrences.
   */
  default Rows<Boilerplate.Paragraph> boilerplate() {
    return Rows.of("boilerplate", Boilerplate.Paragraph.class, corpus().boilerplate());
  }

  /**
   * Returns every occurrence of {@code term} with {@value Kwic#DEFAULT_WINDOW} characters of
   * context on each side.
   */
  default Rows<Kwic.Line> kwic(String term) {
    return kwic(term, Kwic.DEFAULT_WINDOW);
  }

  /**
   * Returns every occurrence of {@code term} with {@code window} characters of context on each
   * side.
   */
  default Rows<Kwic.Line> kwic(String term, int window) {
    // printed, the context comes before the section and position, which a wide line leaves out
    return Rows.of("kwic", Kwic.Line.class, Kwic.of(corpus(), term, window))
        .withColumnsFirst("year", "doc", "left", "match", "right");
  }

  /** Returns the 50 most associated term pairs (by NPMI) within sentences. */
  default Rows<Cooccurrence.Pair> cooccur() {
    return cooccur(CooccurOptions.defaults());
  }

  /**
   * Returns the 50 terms most associated (by NPMI) with each of {@code terms} within sentences,
   * among those that share at least 3 sentences with it: their collocates ({@link Cooccurrence}).
   */
  default Rows<Cooccurrence.Pair> cooccur(String... terms) {
    return cooccur(CooccurOptions.defaults().withTerms(List.of(terms)));
  }

  /**
   * Returns the collocates of {@code terms} within each of {@code periods} (written as {@code
   * 2013..2018,2019..2024}, one period per comma item), as {@link #cooccurByPeriod(CooccurOptions,
   * List)} with the default options: what a term was said with early, and late.
   *
   * @throws qushi.analytics.core.BadInputException on a malformed period or one of no corpus year
   */
  default Rows<Cooccurrence.Collocate> cooccurByPeriod(String periods, String... terms) {
    return cooccurByPeriod(
        CooccurOptions.defaults().withTerms(List.of(terms)), Period.parseList("periods", periods));
  }

  /**
   * Returns the collocates of the node terms of {@code options} within each of {@code periods}
   * ({@link Cooccurrence#collocates(PreparedCorpus, CooccurOptions, List, List)}): each period's
   * sentences (passages) alone, in the order given.
   *
   * @throws IllegalArgumentException if the options name no node term
   * @throws qushi.analytics.core.BadInputException on a period of no corpus year, or {@code rest}
   */
  default Rows<Cooccurrence.Collocate> cooccurByPeriod(
      CooccurOptions options, List<Period> periods) {
    int[] years = corpus().years();
    List<int[]> resolved = new ArrayList<>();
    for (Period p : periods) {
      if (p.rest()) throw BadInputException.option("periods", "'rest' needs another side");
      resolved.add(p.resolve(years, null, "periods"));
    }
    return Cooccurrence.collocates(
        corpus(), options, periods.stream().map(Period::label).toList(), resolved);
  }

  /** Returns term pairs as {@code options} ask. */
  default Rows<Cooccurrence.Pair> cooccur(CooccurOptions options) {
    return Cooccurrence.rows(corpus(), options);
  }

  /**
   * Returns the Ward dendrogram of the 40 terms in the most passages, by the passages they share,
   * cut into 6 clusters (see {@link TermClustering}).
   */
  default Dendrogram dendrogram() {
    return dendrogram(DendrogramOptions.defaults());
  }

  /** Returns the Ward dendrogram of terms as {@code options} ask. */
  default Dendrogram dendrogram(DendrogramOptions options) {
    return TermClustering.of(corpus(), options);
  }

  /**
   * Returns the correspondence analysis of the 40 terms whose spread over the years departs most
   * from the years' sizes × the years: terms and years in one plane (see {@link Correspondence}).
   */
  default TermMap termMap() {
    return termMap(TermMapOptions.defaults());
  }

  /** Returns the correspondence analysis of terms × years as {@code options} ask. */
  default TermMap termMap(TermMapOptions options) {
    return Correspondence.of(corpus(), options);
  }

  /** Returns a topic model with {@code k} topics (default settings: 3 runs for stability). */
  default TopicModel topics(int k) {
    return topics(TopicOptions.defaults().withTopics(k));
  }

  /**
   * Returns a topic model fitted with {@code options}.
   *
   * @throws BadInputException if too little text is left for a model
   */
  default TopicModel topics(TopicOptions options) {
    return new TopicModeler(corpus(), options).fit(options, random(), progress());
  }

  /**
   * Returns a topic model whose K is chosen by a sweep over {@link #defaultKs} (the elbow of
   * held-out perplexity), the other settings from {@code options}.
   */
  default TopicModel topicsChoosingK(TopicOptions options) {
    return topicsChoosingK(options, sweep -> {});
  }

  /**
   * Returns a topic model whose K is chosen as {@link #topicsChoosingK(TopicOptions)} chooses it,
   * handing the sweep to {@code sweep} before the model is fitted (not called when the text can
   * tell only one K of the grid apart, and no sweep is made).
   */
  default TopicModel topicsChoosingK(
      TopicOptions options, java.util.function.Consumer<Rows<TopicRows.Sweep>> sweep) {
    int[] ks = defaultKs(options);
    int k = ks[0];
    if (ks.length > 1) {
      Rows<TopicRows.Sweep> rows = sweep(ks, options);
      sweep.accept(rows);
      k = TopicSweep.chosen(rows.list());
    }
    return topics(options.withTopics(k));
  }

  /**
   * Returns the most topics this text can tell apart under {@code options} ({@link
   * TopicModeler#maxTopics}: two passages and two terms to a topic): the largest K a fit or a sweep
   * accepts.
   */
  default int maxTopics(TopicOptions options) {
    return new TopicModeler(corpus(), options).maxTopics();
  }

  /**
   * Returns why this text is too little for topics under {@code options} (a corpus too small for a
   * model of two), or null when it is enough.
   */
  default String tooLittleForTopics(TopicOptions options) {
    return new TopicModeler(corpus(), options).tooLittleText();
  }

  /**
   * Returns the Ks of {@link TopicSweep#DEFAULT_KS} that this text can tell apart ({@link
   * TopicModeler#maxTopics}: two passages and two terms to a topic), or the most it can when it
   * cannot tell five apart; at least 2 (a model of 2 then reports that there is too little text).
   */
  default int[] defaultKs(TopicOptions options) {
    int max = maxTopics(options);
    int[] ks =
        TopicSweep.DEFAULT_KS.stream().mapToInt(Integer::intValue).filter(k -> k <= max).toArray();
    return ks.length > 0 ? ks : new int[] {Math.max(2, max)};
  }

  /** Returns the K sweep over {@code from..to} in steps of {@code step}, the chosen K marked. */
  default Rows<TopicRows.Sweep> sweep(int from, int to, int step) {
    if (from < 2 || to < from || step < 1) {
      throw BadInputException.option(
          "sweep", "needs 2 ≤ from ≤ to and step ≥ 1, was " + from + ".." + to + ":" + step);
    }
    return sweep(
        IntStream.iterate(from, k -> k <= to, k -> k + step).toArray(), TopicOptions.defaults());
  }

  /** Returns the K sweep over {@code ks} with the other settings from {@code options}. */
  default Rows<TopicRows.Sweep> sweep(int[] ks, TopicOptions options) {
    int[] distinct = Arrays.stream(ks).distinct().sorted().toArray();
    for (int k : distinct) options.withTopics(k); // checks every K before any work
    return Rows.of(
        "sweep",
        TopicRows.Sweep.class,
        TopicSweep.run(
            new TopicModeler(corpus(), options), distinct, options, random(), progress()));
  }

  /**
   * Returns the topic proportions of {@code text} under {@code model}, indexed by topic id − 1: the
   * text is cleaned and segmented like the corpus, and its terms are scored with the model.
   */
  default double[] infer(TopicModel model, String text) {
    TextPipeline p = corpus().text();
    List<Token> tokens = p.segmenter().segment(p.normalizer().normalize(text));
    return model.infer(tokens.stream().filter(p.filter()::isTerm).map(Token::word).toList());
  }

  /**
   * Returns candidate terms found in the corpus that the lexicon and HanLP's core dictionary lack,
   * best first (see {@link TermDiscovery}).
   */
  default Rows<TermDiscovery.Candidate> discover(int maxLength, int minFrequency, int top) {
    Set<String> known = new HashSet<>();
    for (Lexicon.Entry e : corpus().text().lexicon().entries()) known.add(e.term());
    List<String> texts = corpus().documents().stream().map(CleanDocument::text).toList();
    return Rows.of(
        "discover",
        TermDiscovery.Candidate.class,
        TermDiscovery.discover(
            texts,
            corpus().text().segmenter(),
            known,
            corpus().text().filter().stopwords(),
            maxLength,
            minFrequency,
            top));
  }

  /**
   * Returns the multiword terms learned from the corpus and kept whole in every analysis, largest
   * G² first, then those learned from quotation marks alone, with their counts as tokens and the
   * statistics they were learned with (see {@link TermLearner}); empty when learning is off ({@code
   * TextOptions.learnTerms}).
   */
  default Rows<TermLearner.Term> terms() {
    return Rows.of("terms", TermLearner.Term.class, corpus().learnedTerms());
  }

  /**
   * Returns the segmented text of each passage of document {@code docId} (every document when
   * null): one line per passage, all tokens (punctuation too) separated by single spaces.
   *
   * @throws BadInputException if there is no such document
   */
  default List<String> segmented(String docId) {
    return corpus().segmented(docId);
  }

  /**
   * Returns the cleaned text of document {@code docId} (every document's, in corpus order, when
   * null), paragraphs separated by line breaks.
   *
   * @throws BadInputException if there is no such document
   */
  default List<String> cleaned(String docId) {
    if (docId != null) return List.of(corpus().document(docId).text());
    return corpus().documents().stream().map(CleanDocument::text).toList();
  }
}
