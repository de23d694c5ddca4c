package qushi.analytics.prepare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.core.TextSearch;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Script;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextOptions;
import qushi.analytics.text.TextPipeline;

/**
 * A corpus read, cleaned, cut into passages, segmented and counted once: the one value every
 * analysis reads. Immutable and thread-safe.
 *
 * <pre>
 * files → manifest → documents → cleaned text → sections, passages → word tokens (ids in one
 * vocabulary, primitive arrays) → {@link Counts} (year × term, passage × term, presence, Σy²/n)
 * </pre>
 *
 * <p>Every passage's word tokens (tokens with a letter or digit) are stored as ids into one {@link
 * Vocabulary} in sorted order, with a flag per token: whether it is a term (see {@link
 * qushi.analytics.text.TermFilter}), whether a sentence starts at it, and whether anything other
 * than a term stood between it and the previous term. Building is deterministic: the same corpus
 * and options give the same ids, passages and counts whatever the number of threads.
 */
public final class PreparedCorpus {
  /** Marks, in a {@link #sequence}, where tokens that are not terms stood. */
  public static final int GAP = -1;

  static final byte TERM = 1;
  static final byte SENTENCE = 2;
  static final byte BREAK = 4;

  private final Corpus corpus;
  private final TextPipeline text;
  private final List<CleanDocument> documents;
  private final Boilerplate boilerplate;
  private final List<Passage> passages;
  private final int[] years;
  private final Vocabulary vocabulary;
  private final int[] tokenStart;
  private final int[] tokens;
  private final byte[] flags;
  private final Counts counts;

  /** Per word id, the terms its tokens also count for ({@link NestedTerms}). */
  private final int[][] nested;

  PreparedCorpus(
      Corpus corpus,
      TextPipeline text,
      List<CleanDocument> documents,
      Boilerplate boilerplate,
      List<Passage> passages,
      Vocabulary vocabulary,
      int[] tokenStart,
      int[] tokens,
      byte[] flags) {
    this.corpus = corpus;
    this.text = text;
    this.documents = List.copyOf(documents);
    this.boilerplate = boilerplate;
    this.passages = List.copyOf(passages);
    this.years = corpus.years().stream().mapToInt(Integer::intValue).toArray();
    this.vocabulary = vocabulary;
    this.tokenStart = tokenStart;
    this.tokens = tokens;
    this.flags = flags;
    PassageMatrix.Builder b = PassageMatrix.builder(vocabulary.size());
    int[] passageYears = new int[passages.size()];
    boolean[] isTerm = new boolean[vocabulary.size()];
    for (int k = 0; k < tokens.length; k++) if ((flags[k] & TERM) != 0) isTerm[tokens[k]] = true;
    nested = NestedTerms.of(vocabulary.size(), vocabulary::id, isTerm, text.learned().terms());
    for (Passage p : passages) {
      int[] ids = NestedTerms.with(terms(p.index()), nested);
      Arrays.sort(ids);
      int n = 0;
      int[] distinct = new int[ids.length];
      int[] values = new int[ids.length];
      for (int k = 0; k < ids.length; k++) {
        if (n > 0 && distinct[n - 1] == ids[k]) {
          values[n - 1]++;
        } else {
          distinct[n] = ids[k];
          values[n++] = 1;
        }
      }
      b.add(tokenCount(p.index()), Arrays.copyOf(distinct, n), Arrays.copyOf(values, n));
      passageYears[p.index()] = p.year();
    }
    this.counts = Counts.of(b.build(), passageYears);
  }

  /** Returns the boilerplate found across the corpus, as preparation found it (for the cache). */
  Boilerplate boilerplateDetected() {
    return boilerplate;
  }

  /** Returns where each passage's tokens start in {@link #tokenIds}, and their end (not copied). */
  int[] tokenStarts() {
    return tokenStart;
  }

  /** Returns the word id of every token, passage after passage (not copied). */
  int[] tokenIds() {
    return tokens;
  }

  /** Returns the flags of every token (not copied). */
  byte[] tokenFlags() {
    return flags;
  }

  /** Returns the corpus prepared with the default text options. */
  public static PreparedCorpus of(Corpus corpus) {
    return of(corpus, TextOptions.defaults());
  }

  /** Returns the corpus prepared with {@code options}. */
  public static PreparedCorpus of(Corpus corpus, TextOptions options) {
    return of(corpus, TextPipeline.of(options), Progress.NONE);
  }

  /**
   * Returns the corpus prepared by {@code text}, reporting each stage to {@code progress}.
   * Documents are cleaned and passages segmented in parallel; results are merged in corpus order.
   *
   * @throws BadInputException naming the file when a document cannot be read as text
   */
  public static PreparedCorpus of(Corpus corpus, TextPipeline text, Progress progress) {
    return Preparation.run(corpus, text, progress);
  }

  /**
   * Returns the corpus prepared from documents cleaned and passages tokenized elsewhere (by a
   * distributed engine's workers, with {@link CleanDocument#of} and {@link PassageTokens#of}): the
   * passages are cut from the cleaned documents again, in corpus order, and the words get ids in
   * sorted order, so the result equals {@link #of(Corpus, TextPipeline, Progress)}.
   *
   * @param clean the cleaned documents, in corpus order
   * @param tokens the tokens of every passage, in corpus order
   * @throws IllegalArgumentException if the number of passages differs
   */
  public static PreparedCorpus assemble(
      Corpus corpus,
      TextPipeline text,
      List<CleanDocument> clean,
      Boilerplate boilerplate,
      List<PassageTokens> tokens) {
    return Preparation.assemble(
        corpus, text, clean, boilerplate, Preparation.passages(clean, text), tokens);
  }

  /** Returns the corpus as listed. */
  public Corpus corpus() {
    return corpus;
  }

  /** Returns the text pipeline in force (cleanup, lexicon, filter, segmenters). */
  public TextPipeline text() {
    return text;
  }

  /** Returns the cleaned documents in corpus order. */
  public List<CleanDocument> documents() {
    return documents;
  }

  /**
   * Returns the cleaned document with this id.
   *
   * @throws BadInputException if there is none
   */
  public CleanDocument document(String id) {
    return documents.stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                qushi.analytics.corpus.Document.unknownId(
                    id, documents.stream().map(CleanDocument::id).toList()));
  }

  /**
   * Returns the paragraphs dropped as boilerplate (repeated at the start or end of several
   * documents), in order of first appearance; empty when none were found or dropping was off.
   */
  public List<Boilerplate.Paragraph> boilerplate() {
    return boilerplate.paragraphs();
  }

  /**
   * Returns the documents that repeat most of the text of an earlier document ({@link
   * Boilerplate#copies}), in corpus order: a copy of an earlier document of its year has lost the
   * paragraphs that one holds (unless copies were kept); the others are analysed as they stand, and
   * the list says where counts include one text twice.
   */
  public List<Copy> copies() {
    List<int[]> copies = boilerplate.copies();
    List<Copy> out = new ArrayList<>(copies.size());
    for (int[] c : copies) {
      boolean deduplicated = boilerplate.dropsRepeats(c[0]);
      out.add(
          new Copy(
              documents.get(c[0]).id(),
              documents.get(deduplicated ? firstOfItsYear(c[0], c[1]) : c[1]).id(),
              deduplicated));
    }
    return out;
  }

  /**
   * Returns the ids of the documents that repeat a stretch of their own text ({@link Boilerplate}:
   * three or more paragraphs, 200 characters or more, word for word), in corpus order: the later
   * stretch is dropped, so it is counted once (unless copies were kept).
   */
  public List<String> selfRepeating() {
    return idsWhere(boilerplate::repeatsItself);
  }

  /**
   * Returns the ids of the documents that lose a section of notes ({@link Boilerplate}: a heading
   * such as 注释 or 参考文献 alone in a paragraph, followed by entries opened by note marks), in corpus
   * order.
   */
  public List<String> withNotes() {
    return idsWhere(boilerplate::dropsNotes);
  }

  /** Returns the ids of the documents whose index passes {@code test}, in corpus order. */
  private List<String> idsWhere(java.util.function.IntPredicate test) {
    List<String> out = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      if (test.test(d)) out.add(documents.get(d).document().id());
    }
    return out;
  }

  /**
   * Returns the first document of the group of copies that starts at {@code first} in the year of
   * document {@code d}: the one whose paragraphs {@code d} lost.
   */
  private int firstOfItsYear(int d, int first) {
    int year = documents.get(d).year();
    for (int e = first; e < d; e++) {
      if (documents.get(e).year() == year && boilerplate.copyGroup(e) == first) return e;
    }
    return first;
  }

  /**
   * A document that repeats most of the text of an earlier one.
   *
   * @param document the copy's id
   * @param of the id of the first document of its group (in corpus order); for a deduplicated copy,
   *     the first of its group in its own year
   * @param deduplicated whether it lost the paragraphs an earlier copy of its year holds, so that
   *     they are counted once; false when they are counted again (a copy in another year, or copies
   *     kept)
   */
  public record Copy(String document, String of, boolean deduplicated) {}

  /**
   * Returns the terms learned from this corpus (see {@link TermLearner}), largest G² first, then
   * those learned from quotation marks alone, each with its frequency in the prepared corpus (its
   * tokens, and those of the longer learned terms whose pieces spell it, {@link NestedTerms}) and
   * its occurrences in the cleaned text (as {@link #count(List)} finds them); empty when learning
   * was off. Counted when first asked for.
   */
  public List<TermLearner.Term> learnedTerms() {
    List<TermLearner.Term> out = learnedTerms;
    if (out == null) {
      List<TermLearner.Term> learned = text.learned().terms();
      long[] found =
          TextSearch.occurrences(
              documents.stream().map(CleanDocument::text).toList(),
              learned.stream().map(t -> text.cleanQuery(t.term())).toList());
      // its tokens, and the tokens of the longer learned terms that count for it: the counts'
      // total beyond its own term tokens (a learned term that is no term has neither)
      int[] tally = new int[vocabulary.size()];
      int[] asTerm = new int[vocabulary.size()];
      for (int k = 0; k < tokens.length; k++) {
        tally[tokens[k]]++;
        if ((flags[k] & TERM) != 0) asTerm[tokens[k]]++;
      }
      out = new ArrayList<>(learned.size());
      for (int i = 0; i < learned.size(); i++) {
        TermLearner.Term t = learned.get(i);
        int id = vocabulary.id(t.term());
        int frequency = id < 0 ? 0 : tally[id] + Math.toIntExact(counts.termTotal(id)) - asTerm[id];
        out.add(t.withCounts(frequency, Math.toIntExact(found[i])));
      }
      out = List.copyOf(out);
      learnedTerms = out;
    }
    return out;
  }

  /** The learned terms with their counts, made when first asked for; null until then. */
  private volatile List<TermLearner.Term> learnedTerms;

  /** Returns all passages; {@code passages().get(i).index() == i}. */
  public List<Passage> passages() {
    return passages;
  }

  /** Returns the text of passage {@code p}: its span of its document's cleaned text. */
  public String text(Passage p) {
    return documents.get(p.document()).text().substring(p.start(), p.end());
  }

  /** Returns the years, ascending (a copy). */
  public int[] years() {
    return years.clone();
  }

  /** Returns the vocabulary of word tokens (term ids are ids in it). */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Returns the ids of the terms that each token of word {@code id} also counts for, ascending: the
   * terms its pieces spell when it is a learned term ({@link NestedTerms}), else none.
   */
  public int[] termsInside(int id) {
    return nested[id].clone();
  }

  /** Returns every word of the vocabulary by id (sorted order): the names of the count columns. */
  public List<String> vocabularyWords() {
    return List.of(vocabulary.terms());
  }

  /** Returns the shared counts. */
  public Counts counts() {
    return counts;
  }

  /** Returns the ids of the word tokens of passage {@code i}, in text order (a copy). */
  public int[] words(int i) {
    return Arrays.copyOfRange(tokens, tokenStart[i], tokenStart[i + 1]);
  }

  /** Returns the number of word tokens of passage {@code i}. */
  public int tokenCount(int i) {
    return tokenStart[i + 1] - tokenStart[i];
  }

  /** Returns the ids of the terms of passage {@code i}, in text order (a copy). */
  public int[] terms(int i) {
    int n = 0;
    for (int k = tokenStart[i]; k < tokenStart[i + 1]; k++) if ((flags[k] & TERM) != 0) n++;
    int[] out = new int[n];
    n = 0;
    for (int k = tokenStart[i]; k < tokenStart[i + 1]; k++)
      if ((flags[k] & TERM) != 0) out[n++] = tokens[k];
    return out;
  }

  /**
   * Returns the term ids of passage {@code i} in text order with {@link #GAP} between two terms
   * wherever anything else (a stopword, punctuation, a number) or a sentence end (a line break
   * included) stood between them. Two terms are adjacent here exactly when they stand side by side
   * on one line of the text, so a pair of them is found by a text search for the two joined.
   */
  public int[] sequence(int i) {
    int[] out = new int[2 * tokenCount(i)];
    int n = 0;
    for (int k = tokenStart[i]; k < tokenStart[i + 1]; k++) {
      if ((flags[k] & TERM) == 0) continue;
      if (n > 0 && (flags[k] & (BREAK | SENTENCE)) != 0) out[n++] = GAP;
      out[n++] = tokens[k];
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Returns, for each element of {@link #sequence}{@code (i)}, the index in {@link #words}{@code
   * (i)} of its token, or −1 where the sequence holds a {@link #GAP}.
   */
  public int[] sequenceWords(int i) {
    int[] out = new int[2 * tokenCount(i)];
    int n = 0;
    for (int k = tokenStart[i]; k < tokenStart[i + 1]; k++) {
      if ((flags[k] & TERM) == 0) continue;
      if (n > 0 && (flags[k] & (BREAK | SENTENCE)) != 0) out[n++] = -1;
      out[n++] = k - tokenStart[i];
    }
    return Arrays.copyOf(out, n);
  }

  /** Returns whether word token {@code k} of passage {@code i} is a term. */
  public boolean isTerm(int i, int k) {
    Objects.checkIndex(k, tokenCount(i));
    return (flags[tokenStart[i] + k] & TERM) != 0;
  }

  /**
   * Returns the term ids of passage {@code i} grouped by sentence (text up to 。！？；…!?; or a line
   * break); sentences without terms are left out.
   */
  public List<int[]> sentences(int i) {
    List<int[]> out = new ArrayList<>();
    int[] current = new int[tokenCount(i)];
    int n = 0;
    for (int k = tokenStart[i]; k < tokenStart[i + 1]; k++) {
      if ((flags[k] & TERM) == 0) continue;
      if ((flags[k] & SENTENCE) != 0 && n > 0) {
        out.add(Arrays.copyOf(current, n));
        n = 0;
      }
      current[n++] = tokens[k];
    }
    if (n > 0) out.add(Arrays.copyOf(current, n));
    return out;
  }

  /** Returns the number of word tokens in each year, keyed by year. */
  public Map<Integer, Long> tokensByYear() {
    Map<Integer, Long> out = new TreeMap<>();
    for (int y : years) out.put(y, counts.tokensOrNone(y));
    return out;
  }

  /** Returns size figures per year, ascending by year. */
  public List<YearStats> stats() {
    // the tokens that are terms, per year: the counts also count a learned term's token for the
    // terms inside it (NestedTerms)
    Map<Integer, Long> termTokens = new HashMap<>();
    for (Passage p : passages) {
      long n = 0;
      for (int k = tokenStart[p.index()]; k < tokenStart[p.index() + 1]; k++) {
        if ((flags[k] & TERM) != 0) n++;
      }
      termTokens.merge(p.year(), n, Long::sum);
    }
    List<YearStats> out = new ArrayList<>();
    for (int y : years) {
      int docs = 0;
      int sections = 0;
      long chars = 0;
      long dropped = 0;
      for (CleanDocument d : documents) {
        if (d.year() != y) continue;
        docs++;
        sections += d.sections().size();
        chars += d.characters();
        dropped += d.boilerplate();
      }
      // a year whose text was all boilerplate (or empty) has no passages
      GroupCounts g =
          Arrays.binarySearch(counts.years(), y) >= 0
              ? counts.year(y)
              : GroupCounts.empty(vocabulary.size());
      out.add(YearStats.of(y, docs, sections, chars, dropped, termTokens.getOrDefault(y, 0L), g));
    }
    return out;
  }

  /** Returns the count and rate of each term or phrase in each year; see {@link #count(List)}. */
  public List<TermCount> count(String... queries) {
    return count(List.of(queries));
  }

  /**
   * Returns the count and rate of each term or phrase in each year: non-overlapping occurrences in
   * the cleaned text, whatever the segmenter made of them (see {@link TermCount}). Queries are
   * cleaned like the text first, so full-width or spaced forms find the same occurrences.
   *
   * @throws BadInputException if a query is empty
   */
  public List<TermCount> count(List<String> queries) {
    List<TermCount> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String q : queries) {
      String term = text.cleanQuery(q);
      if (!seen.add(term)) continue;
      for (int y : years) {
        int n = 0;
        for (CleanDocument d : documents)
          if (d.year() == y) n += TextSearch.occurrences(d.text(), term);
        out.add(TermCount.of(term, y, n, counts.tokensOrNone(y)));
      }
    }
    return out;
  }

  /**
   * Returns the spellings of {@code query} in other letter case that the cleaned text holds, most
   * frequent first (ties by spelling), with their counts: a search counts letters as typed, and
   * "postscript" finds nothing in a corpus that writes PostScript.
   */
  public Map<String, Integer> otherCase(String query) {
    String term = text.cleanQuery(query);
    Map<String, Integer> found = new HashMap<>();
    TextSearch.otherCase(documents.stream().map(CleanDocument::text).toList(), term, found);
    return byCount(found);
  }

  /**
   * Returns the spellings of {@code query} in other characters that the cleaned text holds, most
   * frequent first (ties by spelling), with the times they stand there (left to right, not
   * overlapping): strings whose characters, each in its simplified form ({@link
   * Script#readingShadow}: 隨著 reads 随着), read as the query's, the query itself left out. A corpus
   * in traditional characters may write one word in several ways, as Taiwan and Hong Kong do (台灣
   * and 臺灣, 衛生 and 衞生), and a conversion of the query finds one of them.
   */
  public Map<String, Integer> otherScript(String query) {
    String term = text.cleanQuery(query);
    String shadow = Script.readingShadow(term);
    Map<String, Integer> found = new HashMap<>();
    // only a Chinese character has another form
    if (term.codePoints()
        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) return found;
    Traditional traditional = traditional();
    for (int k = 0; k < traditional.documents().length; k++) {
      String t = documents.get(traditional.documents()[k]).text();
      String s = traditional.readings()[k];
      for (int i = s.indexOf(shadow); i >= 0; i = s.indexOf(shadow, i + shadow.length())) {
        String form = t.substring(i, i + shadow.length());
        if (!form.equals(term)) found.merge(form, 1, Integer::sum);
      }
    }
    return byCount(found);
  }

  /**
   * Returns the indexes of the documents whose cleaned text reads as traditional ({@link
   * Script#readsTraditional}), ascending: those in which {@link #otherScript} looks for spellings.
   */
  public int[] traditionalDocuments() {
    return traditional().documents().clone();
  }

  /**
   * The documents that read as traditional and their cleaned texts as {@link Script#readingShadow}
   * reads them.
   */
  private record Traditional(int[] documents, String[] readings) {}

  /** The documents that read as traditional, found when first asked for; null until then. */
  private volatile Traditional traditional;

  private Traditional traditional() {
    Traditional out = traditional;
    if (out == null) {
      List<Integer> found = new ArrayList<>();
      List<String> readings = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        String text = documents.get(d).text();
        String shadow = Script.simplifiedShadow(text);
        if (Script.readsTraditional(text, shadow)) {
          found.add(d);
          readings.add(Script.reading(shadow));
        }
      }
      out =
          new Traditional(
              found.stream().mapToInt(Integer::intValue).toArray(),
              readings.toArray(String[]::new));
      traditional = out;
    }
    return out;
  }

  /** Returns the spellings found, most frequent first, ties by spelling. */
  private static Map<String, Integer> byCount(Map<String, Integer> found) {
    Map<String, Integer> out = new LinkedHashMap<>();
    found.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Returns the count and rate of each term or phrase in each year within each value of the
   * manifest column {@code column} (see {@link GroupCount}): the years and values that have
   * documents, in year and then value order. The counts of a year's groups add up to its {@link
   * #count}.
   *
   * @throws BadInputException if the column is not in the manifest, or a query is empty
   */
  public List<GroupCount> count(List<String> queries, String column) {
    Document.requireColumn(corpus.documents(), "by", column);
    // the documents and word tokens of each year and value, in year and value order
    Map<Integer, TreeMap<String, Group>> groups = new TreeMap<>();
    Group[] of = new Group[documents.size()];
    for (int d = 0; d < documents.size(); d++) {
      CleanDocument doc = documents.get(d);
      of[d] =
          groups
              .computeIfAbsent(doc.year(), y -> new TreeMap<>())
              .computeIfAbsent(doc.document().value(column), g -> new Group());
      of[d].documents.add(d);
    }
    long[] tokens = documentTokens();
    for (int d = 0; d < documents.size(); d++) of[d].tokens += tokens[d];
    List<GroupCount> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String q : queries) {
      String term = text.cleanQuery(q);
      if (!seen.add(term)) continue;
      groups.forEach(
          (year, byValue) ->
              byValue.forEach(
                  (value, g) -> {
                    int n = 0;
                    for (int d : g.documents)
                      n += TextSearch.occurrences(documents.get(d).text(), term);
                    out.add(
                        new GroupCount(
                            term, year, value, n, g.tokens == 0 ? Double.NaN : 1e4 * n / g.tokens));
                  }));
    }
    return out;
  }

  /**
   * Returns the word tokens of each document, in document order: the sum over its passages, the
   * denominator of a rate within a group of documents ({@link #count(List, String)}).
   */
  public long[] documentTokens() {
    long[] out = new long[documents.size()];
    for (int p = 0; p < passages.size(); p++) {
      out[passages.get(p).document()] += counts.matrix().tokens(p);
    }
    return out;
  }

  /** The documents of one year and column value, and their word tokens. */
  private static final class Group {
    final List<Integer> documents = new ArrayList<>();
    long tokens;
  }

  /**
   * Returns the segmented text of each passage of document {@code docId} (every document when
   * null): one line per passage, all tokens (punctuation too) separated by single spaces.
   *
   * @throws BadInputException if there is no such document
   */
  public List<String> segmented(String docId) {
    if (docId != null) document(docId);
    Segmenter seg = text.segmenter();
    List<String> out = new ArrayList<>();
    for (Passage p : passages) {
      if (docId == null || p.docId().equals(docId)) out.add(seg.segmentToString(text(p)));
    }
    return out;
  }

  /**
   * Returns the occurrences of {@code term} (cleaned, as {@link TextPipeline#cleanQuery} gives it)
   * in each passage, by passage index: the non-overlapping occurrences that {@link #count} finds in
   * each document's text, each counted in the passage where it starts (where it starts in
   * punctuation that is no passage, in the passage before it in its document, or the first). They
   * sum to the count even where an occurrence runs across a passage boundary ("。因此"), but for the
   * occurrences of a query without letters or digits in a document without passages.
   */
  public int[] occurrencesByPassage(String term) {
    return occurrencesByPassage(term, null);
  }

  /**
   * Returns {@link #occurrencesByPassage(String)} for the passages of {@code year} only (the others
   * 0), reading only that year's documents; all years when {@code year} is null.
   */
  public int[] occurrencesByPassage(String term, Integer year) {
    Objects.requireNonNull(term, "term");
    int[] out = new int[passages.size()];
    if (term.isEmpty()) return out;
    int first = 0; // the first passage of document d; passages run in corpus and text order
    for (int d = 0; d < documents.size(); d++) {
      if (year != null && documents.get(d).year() != year) {
        while (first < passages.size() && passages.get(first).document() == d) first++;
        continue;
      }
      int k = first;
      // a document without passages (its text all punctuation) has no place for an occurrence
      if (k == passages.size() || passages.get(k).document() != d) continue;
      String text = documents.get(d).text();
      for (int i = TextSearch.find(text, term, 0);
          i >= 0;
          i = TextSearch.find(text, term, i + term.length())) {
        while (k + 1 < passages.size()
            && passages.get(k + 1).document() == d
            && passages.get(k + 1).start() <= i) k++;
        out[k]++;
      }
      while (first < passages.size() && passages.get(first).document() == d) first++;
    }
    return out;
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    long total = 0;
    for (int y : years) total += counts.tokensOrNone(y);
    return "PreparedCorpus["
        + documents.size()
        + " documents, "
        + passages.size()
        + " passages, "
        + total
        + " tokens, years "
        + Arrays.toString(years)
        + "]";
  }
}
