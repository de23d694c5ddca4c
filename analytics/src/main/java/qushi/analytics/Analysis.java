package qushi.analytics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.Lexicon;
import qushi.analytics.text.Normalizer;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.Splitter;
import qushi.analytics.text.TermFilter;
import qushi.analytics.text.Token;

/**
 * A corpus cleaned, split into passages and segmented once, shared by every analysis: the front
 * door of the API.
 *
 * <pre>
 * var a = Analysis.of(Corpus.load("seeds"));
 * a.stats();                         // per-year sizes
 * a.count("新质生产力", "具身智能");      // counts and rates per year
 * </pre>
 *
 * <p>Every passage is segmented into word tokens; word-token and term ids index one
 * {@link Vocabulary} in sorted order. Building is deterministic: the same corpus and options give
 * the same ids, passages and counts.
 */
public final class Analysis {
  /** Marks, in a {@link #sequence}, where tokens that are not terms stood. */
  public static final int GAP = -1;

  /** Characters that end a sentence (a line break does too). */
  public static final String SENTENCE_ENDS = "。！？；!?;";

  private final Corpus corpus;
  private final Options options;
  private final Normalizer normalizer;
  private final Lexicon lexicon;
  private final TermFilter filter;
  private final List<CleanDocument> documents;
  private final List<Passage> passages;
  private final Vocabulary vocabulary;
  private final int[][] words;
  private final int[][] terms;
  private final int[][] sequences;
  /** sentenceStarts[i]: indices into terms[i] at which a new sentence begins (the first is 0). */
  private final int[][] sentenceStarts;
  private final int[] years;

  private Analysis(Corpus corpus, Options options) {
    this.corpus = corpus;
    this.options = options;
    this.normalizer = Normalizer.defaults().withTraditionalToSimplified(options.traditionalToSimplified());
    Lexicon lex = options.bundledLexicon() ? Lexicon.bundled() : Lexicon.empty();
    for (Path p : options.lexicons()) lex = lex.with(p);
    this.lexicon = lex;
    TermFilter f = TermFilter.defaults(lexicon).withPosTags(options.posTags());
    if (options.stopwords() != null) f = f.withStopwords(options.stopwords());
    this.filter = f;

    Splitter splitter = Splitter.defaults();
    List<CleanDocument> docs = new ArrayList<>();
    List<Passage> ps = new ArrayList<>();
    for (Document d : corpus.documents()) {
      String clean = normalizer.normalize(d.rawText());
      docs.add(new CleanDocument(d, clean, splitter.sections(clean)));
      ps.addAll(splitter.passages(d.id(), d.year(), clean, ps.size()));
    }
    this.documents = List.copyOf(docs);
    this.passages = List.copyOf(ps);
    this.years = corpus.years().stream().mapToInt(Integer::intValue).toArray();

    // Segment in parallel, one segmenter per thread; results land by passage index, so the
    // outcome does not depend on scheduling.
    List<List<Token>> tokens = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) tokens.add(null);
    ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(() -> new Segmenter(lexicon));
    IntStream.range(0, passages.size()).parallel()
        .forEach(i -> tokens.set(i, segmenters.get().segment(passages.get(i).text())));

    Set<String> all = new HashSet<>();
    for (List<Token> ts : tokens) for (Token t : ts) if (TermFilter.isWord(t.word())) all.add(t.word());
    this.vocabulary = new Vocabulary(all);
    this.words = new int[passages.size()][];
    this.terms = new int[passages.size()][];
    this.sequences = new int[passages.size()][];
    this.sentenceStarts = new int[passages.size()][];
    for (int i = 0; i < passages.size(); i++) {
      List<Token> ts = tokens.get(i);
      String text = passages.get(i).text();
      int[] starts = new int[ts.size() + 1];
      int nstarts = 0;
      boolean sentenceEnded = true;
      int lastEnd = 0;
      int[] w = new int[ts.size()];
      int[] t = new int[ts.size()];
      int[] s = new int[ts.size()];
      int nw = 0;
      int nt = 0;
      int ns = 0;
      for (Token tok : ts) {
        boolean term = false;
        // a sentence ends at 。！？；!?; and at a line break (tokens never span one)
        if (text.substring(lastEnd, tok.offset()).indexOf('\n') >= 0) sentenceEnded = true;
        lastEnd = tok.end();
        if (SENTENCE_ENDS.indexOf(tok.word().charAt(0)) >= 0) sentenceEnded = true;
        if (TermFilter.isWord(tok.word())) {
          int id = vocabulary.id(tok.word());
          w[nw++] = id;
          if (filter.isTerm(tok)) {
            if (sentenceEnded) starts[nstarts++] = nt;
            sentenceEnded = false;
            t[nt++] = id;
            s[ns++] = id;
            term = true;
          }
        }
        if (!term && ns > 0 && s[ns - 1] != GAP) s[ns++] = GAP;
      }
      words[i] = java.util.Arrays.copyOf(w, nw);
      terms[i] = java.util.Arrays.copyOf(t, nt);
      sequences[i] = java.util.Arrays.copyOf(s, ns);
      sentenceStarts[i] = java.util.Arrays.copyOf(starts, nstarts);
    }
  }

  /** Returns the analysis of {@code corpus} with default options. */
  public static Analysis of(Corpus corpus) {
    return new Analysis(corpus, Options.defaults());
  }

  /** Returns the analysis of {@code corpus} with {@code options}. */
  public static Analysis of(Corpus corpus, Options options) {
    return new Analysis(corpus, options);
  }

  /** Returns the corpus as loaded. */
  public Corpus corpus() {
    return corpus;
  }

  /** Returns the options in force. */
  public Options options() {
    return options;
  }

  /** Returns the lexicon in force (bundled plus user files). */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** Returns the term filter in force. */
  public TermFilter filter() {
    return filter;
  }

  /** Returns the normalizer used to clean the texts. */
  public Normalizer normalizer() {
    return normalizer;
  }

  /** Returns the cleaned documents in corpus order. */
  public List<CleanDocument> documents() {
    return documents;
  }

  /** Returns the cleaned document with this id. */
  public CleanDocument document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new BadInputException("unknown document id '" + id + "' (ids: "
            + documents.stream().map(CleanDocument::id).toList() + ")"));
  }

  /** Returns all passages; {@code passages().get(i).index() == i}. */
  public List<Passage> passages() {
    return passages;
  }

  /** Returns the years, ascending. */
  public int[] years() {
    return years.clone();
  }

  /** Returns the vocabulary of word tokens (term ids are ids in it). */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Returns the ids of the word tokens of passage {@code i}, in text order (a copy). */
  public int[] words(int i) {
    return words[i].clone();
  }

  /** Returns the ids of the terms of passage {@code i}, in text order (a copy). */
  public int[] terms(int i) {
    return terms[i].clone();
  }

  /**
   * Returns the term ids of passage {@code i} in text order with {@link #GAP} wherever one or more
   * non-term tokens (stopwords, punctuation, numbers) stood between them (a copy). Two terms are
   * adjacent in the text exactly when they are adjacent here.
   */
  public int[] sequence(int i) {
    return sequences[i].clone();
  }

  /**
   * Returns the term ids of passage {@code i} grouped by sentence (text up to 。！？；!?; or a line
   * break); sentences without terms are left out.
   */
  public List<int[]> sentences(int i) {
    List<int[]> out = new ArrayList<>();
    int[] starts = sentenceStarts[i];
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : terms[i].length;
      out.add(java.util.Arrays.copyOfRange(terms[i], starts[k], end));
    }
    return out;
  }

  /** Returns the number of word tokens of passage {@code i}. */
  public int tokenCount(int i) {
    return words[i].length;
  }

  /** Returns the number of word tokens in each year, keyed by year. */
  public Map<Integer, Long> tokensByYear() {
    Map<Integer, Long> out = new TreeMap<>();
    for (int y : years) out.put(y, 0L);
    for (Passage p : passages) out.merge(p.year(), (long) words[p.index()].length, Long::sum);
    return out;
  }

  /** Returns size figures per year, ascending by year. */
  public List<YearStats> stats() {
    List<YearStats> out = new ArrayList<>();
    for (int y : years) {
      int docs = 0;
      int sections = 0;
      long chars = 0;
      for (CleanDocument d : documents) {
        if (d.year() != y) continue;
        docs++;
        sections += d.sections().size();
        chars += d.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
      }
      int np = 0;
      long tokens = 0;
      long termTokens = 0;
      Set<Integer> distinct = new HashSet<>();
      for (Passage p : passages) {
        if (p.year() != y) continue;
        np++;
        tokens += words[p.index()].length;
        termTokens += terms[p.index()].length;
        for (int t : terms[p.index()]) distinct.add(t);
      }
      out.add(new YearStats(y, docs, sections, np, chars, tokens, termTokens, distinct.size()));
    }
    return out;
  }

  /**
   * Returns the count and rate of each term or phrase in each year: non-overlapping occurrences in
   * the cleaned text, whatever the segmenter made of them (see {@link TermCount}). Queries are
   * cleaned like the text first, so full-width or spaced forms find the same occurrences.
   */
  public List<TermCount> count(String... queries) {
    Map<Integer, Long> tokens = tokensByYear();
    List<TermCount> out = new ArrayList<>();
    for (String q : queries) {
      String term = cleanQuery(q);
      for (int y : years) {
        int n = 0;
        for (CleanDocument d : documents) if (d.year() == y) n += occurrences(d.text(), term);
        long tok = tokens.get(y);
        out.add(new TermCount(term, y, n, tok == 0 ? 0.0 : 1e4 * n / tok));
      }
    }
    return out;
  }

  /** Returns {@code query} cleaned as the corpus text is (so it can be searched in it). */
  public String cleanQuery(String query) {
    if (query == null || query.isBlank()) throw new BadInputException("a term must not be empty");
    String q = normalizer.normalize(query).strip();
    return q.isEmpty() ? query.strip() : q;
  }

  /** Returns the number of non-overlapping occurrences of {@code term} in {@code text}, left to right. */
  public static int occurrences(String text, String term) {
    int n = 0;
    for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) n++;
    return n;
  }

  /**
   * Returns the segmented text of each passage of document {@code docId} (or of every document
   * when null): one line per passage, tokens separated by single spaces.
   */
  public List<String> segmented(String docId) {
    Segmenter seg = new Segmenter(lexicon);
    List<String> out = new ArrayList<>();
    for (Passage p : passages) {
      if (docId == null || p.docId().equals(docId)) out.add(seg.segmentToString(p.text()));
    }
    return out;
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    long tokens = tokensByYear().values().stream().mapToLong(Long::longValue).sum();
    return "Analysis[" + documents.size() + " documents, " + passages.size() + " passages, " + tokens
        + " tokens, years " + java.util.Arrays.toString(years) + "]";
  }
}
