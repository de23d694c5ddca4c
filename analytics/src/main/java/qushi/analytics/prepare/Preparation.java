package qushi.analytics.prepare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.corpus.RawText;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.LearnedTerms;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TermFilter;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.text.Token;

/**
 * Builds a {@link PreparedCorpus} in parallel stages with a deterministic merge:
 *
 * <ol>
 *   <li>each document is read, hashed and cleaned (in parallel over documents); paragraphs repeated
 *       at the edges of several documents are found across the corpus and dropped ({@link
 *       Boilerplate}); each document is cut into sections, passages are numbered in corpus order,
 *       and the section headings that frame the documents are found ({@link FramingHeadings});
 *   <li>unless turned off, multiword terms are learned from the passages as the segmenter cuts them
 *       ({@link TermLearner}), and the pipeline keeps them whole from then on;
 *   <li>each passage is segmented ({@link PassageTokens#of}, in parallel over passages, one
 *       segmenter per thread);
 *   <li>the words get ids in sorted order ({@link #assemble}), so the ids do not depend on which
 *       thread saw a word first.
 * </ol>
 *
 * Raw texts are dropped as soon as they are cleaned: only the cleaned text is kept.
 */
final class Preparation {
  private Preparation() {}

  @SuppressWarnings("try") // a stage that reports only its start and end
  static PreparedCorpus run(Corpus corpus, TextPipeline text, Progress progress) {
    List<Document> docs = corpus.documents();
    String[] cleaned = new String[docs.size()];
    long[] bytes = new long[docs.size()];
    String[] sha256 = new String[docs.size()];
    // a document that cannot be read fails the corpus; of several, the first in corpus order, so
    // that the message does not depend on which thread came to its document first
    RuntimeException[] failed = new RuntimeException[docs.size()];
    try (Progress.Stage stage = progress.start("cleaning", docs.size())) {
      IntStream.range(0, docs.size())
          .parallel()
          .forEach(
              d -> {
                try {
                  RawText raw = docs.get(d).read();
                  // keep the size and hash only: the raw text is not needed again
                  bytes[d] = raw.bytes();
                  sha256[d] = raw.sha256();
                  cleaned[d] = text.normalizer().normalize(raw);
                } catch (RuntimeException e) {
                  failed[d] = e;
                }
                stage.advance(1);
              });
    }
    for (RuntimeException e : failed) if (e != null) throw e;
    Structure structure;
    try (Progress.Stage stage = progress.start("finding boilerplate and sections", 0)) {
      structure = Structure.of(docs, cleaned, bytes, sha256, text);
    }
    Boilerplate boilerplate = structure.boilerplate();
    CleanDocument[] clean = structure.clean();
    List<Passage> passages = structure.passages();
    List<List<FramingHeadings.Heading>> headings = structure.headings();
    String[] texts = new String[passages.size()];
    for (int i = 0; i < texts.length; i++) {
      Passage p = passages.get(i);
      texts[i] = clean[p.document()].text().substring(p.start(), p.end());
    }
    Plain learnedFrom = null;
    TextPipeline learned = text;
    if (text.options().learnTerms()) {
      learnedFrom = new Plain(texts.length);
      learned = text.withLearned(learn(text, texts, headings, learnedFrom, progress));
    }
    PassageTokens[] tokens = new PassageTokens[passages.size()];
    String name = learnedFrom != null ? "keeping learned terms whole" : "segmenting";
    try (Progress.Stage stage = progress.start(name, passages.size())) {
      segment(learned, learnedFrom, texts, headings, all(tokens), tokens, stage);
    }
    // a learned term that the corpus cut with all of them whole leaves under the least count is
    // dropped, and the passages whose text holds it are cut again without it, until none is left
    // (a drop can take tokens from another term: the merge resolves overlaps); only the passages
    // cut again change their tokens and are counted again: a term that does not stand in a text
    // changes neither its cut nor the merge
    Map<String, Long> counts =
        learnedFrom == null ? Map.of() : learnedTokens(tokens, all(tokens), learned.learned());
    while (learnedFrom != null) {
      Map<String, Long> current = counts;
      Set<String> under = learned.learned().underCounted(t -> current.getOrDefault(t, 0L));
      if (under.isEmpty()) break;
      LearnedTerms dropped = learned.learned().only(under);
      learned = text.withLearned(learned.learned().without(under));
      int[] holding =
          IntStream.range(0, passages.size())
              .parallel()
              .filter(i -> dropped.in(texts[i]))
              .toArray();
      Map<String, Long> before = learnedTokens(tokens, holding, learned.learned());
      segment(learned, learnedFrom, texts, headings, holding, tokens, Progress.Stage.NONE);
      Map<String, Long> after = learnedTokens(tokens, holding, learned.learned());
      counts = new HashMap<>();
      for (String t : learned.learned().strings()) {
        long n =
            current.getOrDefault(t, 0L) - before.getOrDefault(t, 0L) + after.getOrDefault(t, 0L);
        if (n > 0) counts.put(t, n);
      }
    }
    return assemble(
        corpus, learned, Arrays.asList(clean), boilerplate, passages, Arrays.asList(tokens));
  }

  /** Returns the index of every passage of {@code tokens}, in order. */
  private static int[] all(PassageTokens[] tokens) {
    return IntStream.range(0, tokens.length).toArray();
  }

  /**
   * Returns the tokens of each of the {@code learned} terms in the tokens of the passages {@code
   * which}.
   */
  private static Map<String, Long> learnedTokens(
      PassageTokens[] tokens, int[] which, LearnedTerms learned) {
    return Arrays.stream(which)
        .parallel()
        .mapToObj(i -> tokens[i])
        .flatMap(t -> t.wordsWhere(learned::contains).stream())
        .collect(Collectors.groupingByConcurrent(w -> w, Collectors.counting()));
  }

  /**
   * Segments the passages {@code which} of {@code texts} into {@code out} (in parallel, one
   * segmenter per thread): from the tokens of the first pass ({@code plain}) with the pipeline's
   * learned terms kept whole, or, when plain is null, from the text.
   */
  private static void segment(
      TextPipeline pipeline,
      Plain plain,
      String[] texts,
      List<List<FramingHeadings.Heading>> headings,
      int[] which,
      PassageTokens[] out,
      Progress.Stage stage) {
    ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(pipeline::segmenter);
    TermFilter filter = pipeline.filter();
    ThreadLocal<TermFilter.Memo> judged = ThreadLocal.withInitial(filter::memo);
    Arrays.stream(which)
        .parallel()
        .forEach(
            i -> {
              String s = texts[i];
              Segmenter seg = segmenters.get();
              out[i] =
                  PassageTokens.of(
                      s,
                      plain != null ? seg.withLearned(s, plain.tokens(i)) : seg.segment(s),
                      judged.get()::isTerm,
                      headings.get(i));
              stage.advance(1);
            });
  }

  /**
   * The cleaned documents cut into sections and passages: the boilerplate found across the corpus
   * ({@link Boilerplate}), each document without it, the passages numbered in corpus order, and the
   * section headings that frame each passage ({@link FramingHeadings}).
   */
  private record Structure(
      Boilerplate boilerplate,
      CleanDocument[] clean,
      List<Passage> passages,
      List<List<FramingHeadings.Heading>> headings) {
    static Structure of(
        List<Document> docs, String[] cleaned, long[] bytes, String[] sha256, TextPipeline text) {
      Boilerplate boilerplate =
          text.options().dropBoilerplate()
              ? Boilerplate.detect(
                  Arrays.asList(cleaned),
                  docs.stream().map(Document::year).toList(),
                  !text.options().keepCopies())
              : Boilerplate.none();
      CleanDocument[] clean = new CleanDocument[docs.size()];
      IntStream.range(0, docs.size())
          .parallel()
          .forEach(
              d ->
                  clean[d] =
                      CleanDocument.of(
                          docs.get(d), d, cleaned[d], boilerplate, bytes[d], sha256[d], text));
      List<Passage> passages = Preparation.passages(Arrays.asList(clean), text);
      Set<String> framing =
          FramingHeadings.framing(Arrays.stream(clean).map(FramingHeadings::keys).toList());
      List<List<FramingHeadings.Heading>> headings =
          framing.isEmpty()
              ? Collections.nCopies(passages.size(), List.of())
              : passages.stream()
                  .map(p -> FramingHeadings.headings(clean[p.document()], p, framing))
                  .toList();
      return new Structure(boilerplate, clean, passages, headings);
    }
  }

  /** Returns the passages of the cleaned documents, numbered in corpus order. */
  static List<Passage> passages(List<CleanDocument> clean, TextPipeline text) {
    List<Passage> passages = new ArrayList<>();
    for (int d = 0; d < clean.size(); d++)
      passages.addAll(clean.get(d).passages(text, d, passages.size()));
    return passages;
  }

  /**
   * Returns the prepared corpus of cleaned documents and the tokens of their passages: word ids are
   * assigned in sorted word order, so they depend only on the set of words.
   */
  static PreparedCorpus assemble(
      Corpus corpus,
      TextPipeline text,
      List<CleanDocument> clean,
      Boilerplate boilerplate,
      List<Passage> passages,
      List<PassageTokens> tokens) {
    if (tokens.size() != passages.size()) {
      throw new IllegalArgumentException(
          "tokens has " + tokens.size() + " passages, expected " + passages.size());
    }
    int[] start = new int[passages.size() + 1];
    for (int i = 0; i < tokens.size(); i++) start[i + 1] = start[i] + tokens.get(i).size();
    Set<String> words = ConcurrentHashMap.newKeySet();
    IntStream.range(0, tokens.size())
        .parallel()
        .forEach(
            i -> {
              PassageTokens t = tokens.get(i);
              for (int k = 0; k < t.size(); k++) words.add(t.word(k));
            });
    Vocabulary vocabulary = new Vocabulary(words);
    int[] ids = new int[start[passages.size()]];
    byte[] flags = new byte[ids.length];
    IntStream.range(0, tokens.size())
        .parallel()
        .forEach(
            i -> {
              PassageTokens t = tokens.get(i);
              for (int k = 0; k < t.size(); k++) {
                ids[start[i] + k] = vocabulary.id(t.word(k));
                flags[start[i] + k] = t.flags(k);
              }
            });
    return new PreparedCorpus(
        corpus, text, clean, boilerplate, passages, vocabulary, start, ids, flags);
  }

  /**
   * Returns the terms learned from the passages: each is segmented without learned terms (in
   * parallel), its tokens are kept in compact form for the second pass, and the learner runs over
   * the token streams, where the tokens of the passages' {@code framing} headings ({@link
   * FramingHeadings}) count as function words.
   */
  @SuppressWarnings("try") // the learning stage reports only its start and end
  private static LearnedTerms learn(
      TextPipeline base,
      String[] texts,
      List<List<FramingHeadings.Heading>> framing,
      Plain tokens,
      Progress progress) {
    ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(base::segmenter);
    try (Progress.Stage stage = progress.start("segmenting", texts.length)) {
      IntStream.range(0, texts.length)
          .parallel()
          .forEach(
              i -> {
                tokens.put(i, segmenters.get().segmentPlain(texts[i]));
                stage.advance(1);
              });
    }
    try (Progress.Stage stage = progress.start("learning terms", 0)) {
      byte[][] kinds = tokens.kinds(base.filter().stopwords(), base.lexiconTerms());
      for (int i = 0; i < kinds.length; i++) {
        FramingHeadings.mask(kinds[i], tokens.offsets[i], framing.get(i));
      }
      List<int[]> lineStarts =
          IntStream.range(0, texts.length)
              .parallel()
              .mapToObj(i -> TermLearner.lineStarts(texts[i], tokens.offsets[i]))
              .toList();
      return new LearnedTerms(
          TermLearner.learn(
              Arrays.asList(tokens.ids),
              Arrays.asList(kinds),
              lineStarts,
              Arrays.asList(tokens.offsets),
              tokens.atoms(),
              base.notTerms()));
    }
  }

  /**
   * The tokens of every passage as the segmenter cut them without learned terms, kept compactly
   * between learning and the second pass: per token an atom id, a tag id and an offset.
   */
  private static final class Plain {
    final int[][] ids;
    final byte[][] tags;
    final int[][] offsets;
    final ConcurrentHashMap<String, Integer> atomIds = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, Integer> tagIds = new ConcurrentHashMap<>();
    final AtomicInteger nextAtom = new AtomicInteger();
    final AtomicInteger nextTag = new AtomicInteger();
    private String[] atoms;
    private String[] tagNames;

    Plain(int passages) {
      ids = new int[passages][];
      tags = new byte[passages][];
      offsets = new int[passages][];
    }

    void put(int i, List<Token> tokens) {
      int[] a = new int[tokens.size()];
      byte[] t = new byte[tokens.size()];
      int[] o = new int[tokens.size()];
      for (int k = 0; k < a.length; k++) {
        Token tok = tokens.get(k);
        a[k] = id(atomIds, tok.word(), nextAtom);
        t[k] = (byte) id(tagIds, tok.nature(), nextTag);
        o[k] = tok.offset();
      }
      ids[i] = a;
      tags[i] = t;
      offsets[i] = o;
    }

    /** Returns the id of {@code key}, a new one if it has none (a plain look-up first: no lock). */
    private static int id(ConcurrentHashMap<String, Integer> ids, String key, AtomicInteger next) {
      Integer id = ids.get(key);
      return id != null ? id : ids.computeIfAbsent(key, w -> next.getAndIncrement());
    }

    synchronized String[] atoms() {
      if (atoms == null) {
        atoms = new String[nextAtom.get()];
        atomIds.forEach((w, id) -> atoms[id] = w);
        tagNames = new String[nextTag.get()];
        tagIds.forEach((w, id) -> tagNames[id] = w);
      }
      return atoms;
    }

    /**
     * Returns the kind of every token ({@link TermLearner#kind}), worked out once per word and tag:
     * the kind of a word with the tag it first has in corpus order is kept, and a later token of
     * the word with another tag gets its own.
     */
    byte[][] kinds(Set<String> stopwords, Set<String> frozen) {
      String[] words = atoms();
      byte[] atomKind = new byte[words.length];
      int[] atomTag = new int[words.length];
      Arrays.fill(atomTag, -1);
      byte[][] out = new byte[ids.length][];
      for (int i = 0; i < ids.length; i++) {
        byte[] k = new byte[ids[i].length];
        for (int j = 0; j < k.length; j++) {
          int w = ids[i][j];
          int tag = tags[i][j] & 0xFF;
          if (atomTag[w] < 0) {
            atomTag[w] = tag;
            atomKind[w] = TermLearner.kind(words[w], tagNames[tag], stopwords, frozen);
          }
          k[j] =
              atomTag[w] == tag
                  ? atomKind[w]
                  : TermLearner.kind(words[w], tagNames[tag], stopwords, frozen);
        }
        out[i] = k;
      }
      return out;
    }

    List<Token> tokens(int i) {
      String[] words = atoms();
      List<Token> out = new ArrayList<>(ids[i].length);
      for (int k = 0; k < ids[i].length; k++) {
        out.add(new Token(words[ids[i][k]], tagNames[tags[i][k] & 0xFF], offsets[i][k]));
      }
      return out;
    }
  }
}
