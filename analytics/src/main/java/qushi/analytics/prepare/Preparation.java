package qushi.analytics.prepare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.corpus.RawText;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.LearnedTerms;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Punctuation;
import qushi.analytics.text.Section;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TermFilter;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.text.Token;

/**
 * Builds a {@link PreparedCorpus} in two parallel stages with a deterministic merge:
 *
 * <ol>
 *   <li>each document is read, hashed and cleaned (in parallel over documents); paragraphs repeated
 *       at the edges of several documents are found across the corpus and dropped ({@link
 *       Boilerplate}); each document is cut into sections, and passages are numbered in corpus
 *       order;
 *   <li>each passage is segmented (in parallel over passages, one segmenter per thread); words get
 *       provisional ids from a shared map, which are renumbered in sorted order at the end, so the
 *       final ids do not depend on which thread saw a word first.
 * </ol>
 *
 * Raw texts are dropped as soon as they are cleaned: only the cleaned text is kept.
 */
final class Preparation {
  private Preparation() {}

  static PreparedCorpus run(Corpus corpus, TextPipeline text, Progress progress) {
    List<Document> docs = corpus.documents();
    String[] cleaned = new String[docs.size()];
    RawText[] raws = new RawText[docs.size()];
    try (Progress.Stage stage = progress.start("cleaning", docs.size())) {
      IntStream.range(0, docs.size())
          .parallel()
          .forEach(
              d -> {
                RawText raw = docs.get(d).read();
                // keep the hash and size only: the raw text is not needed again
                raws[d] = new RawText("", raw.bytes(), raw.sha256());
                cleaned[d] = text.normalizer().normalize(raw.text());
                stage.advance(1);
              });
    }
    Boilerplate boilerplate =
        text.options().dropBoilerplate()
            ? Boilerplate.detect(Arrays.asList(cleaned))
            : Boilerplate.none();
    CleanDocument[] clean = new CleanDocument[docs.size()];
    IntStream.range(0, docs.size())
        .parallel()
        .forEach(
            d -> {
              String kept = boilerplate.strip(cleaned[d]);
              clean[d] =
                  new CleanDocument(
                      docs.get(d),
                      kept,
                      text.splitter().sections(kept),
                      raws[d].bytes(),
                      raws[d].sha256(),
                      visible(cleaned[d]) - visible(kept));
            });
    List<Passage> passages = new ArrayList<>();
    for (int d = 0; d < clean.length; d++) {
      CleanDocument c = clean[d];
      List<Section> sections = c.sections();
      passages.addAll(
          text.splitter().passages(d, c.id(), c.year(), c.text(), sections, passages.size()));
    }

    String[] texts = new String[passages.size()];
    for (int i = 0; i < texts.length; i++) {
      Passage p = passages.get(i);
      texts[i] = clean[p.document()].text().substring(p.start(), p.end());
    }
    Plain learnedFrom = null;
    TextPipeline learned = text;
    if (text.options().learnTerms()) {
      learnedFrom = new Plain(texts.length);
      learned = text.withLearned(learn(text, texts, learnedFrom, progress));
    }
    Plain plain = learnedFrom;
    TextPipeline pipeline = learned;
    ConcurrentHashMap<String, Integer> provisional = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    int[][] ids = new int[passages.size()][];
    byte[][] flags = new byte[passages.size()][];
    ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(pipeline::segmenter);
    TermFilter filter = pipeline.filter();
    try (Progress.Stage stage = progress.start("segmenting", passages.size())) {
      IntStream.range(0, passages.size())
          .parallel()
          .forEach(
              i -> {
                String s = texts[i];
                Segmenter seg = segmenters.get();
                List<Token> tokens =
                    plain != null ? seg.withLearned(s, plain.tokens(i)) : seg.segment(s);
                encode(s, tokens, filter, provisional, next, ids, flags, i);
                stage.advance(1);
              });
    }

    Vocabulary vocabulary = new Vocabulary(provisional.keySet());
    int[] remap = new int[next.get()];
    provisional.forEach((word, id) -> remap[id] = vocabulary.id(word));
    int[] start = new int[passages.size() + 1];
    for (int i = 0; i < ids.length; i++) start[i + 1] = start[i] + ids[i].length;
    int[] tokens = new int[start[ids.length]];
    byte[] allFlags = new byte[tokens.length];
    for (int i = 0; i < ids.length; i++) {
      for (int k = 0; k < ids[i].length; k++) tokens[start[i] + k] = remap[ids[i][k]];
      System.arraycopy(flags[i], 0, allFlags, start[i], flags[i].length);
    }
    return new PreparedCorpus(
        corpus,
        pipeline,
        Arrays.asList(clean),
        boilerplate,
        passages,
        vocabulary,
        start,
        tokens,
        allFlags);
  }

  /**
   * Appends the word tokens of passage i to {@code ids} and {@code flags}: a provisional id per
   * word token and its flags (term, sentence start, something else since the last term).
   */
  private static void encode(
      String s,
      List<Token> tokens,
      TermFilter filter,
      ConcurrentHashMap<String, Integer> provisional,
      AtomicInteger next,
      int[][] ids,
      byte[][] flags,
      int i) {
    int[] w = new int[tokens.size()];
    byte[] f = new byte[tokens.size()];
    int n = 0;
    boolean sentenceEnded = true;
    boolean broken = false;
    int lastEnd = 0;
    for (Token tok : tokens) {
      // a sentence ends at 。！？；…!?; and at a line break (tokens never span one)
      int nl = s.indexOf('\n', lastEnd);
      if (nl >= 0 && nl < tok.offset()) sentenceEnded = true;
      lastEnd = tok.end();
      if (Punctuation.endsUnit(tok.word().charAt(0))) sentenceEnded = true;
      boolean term = false;
      if (TermFilter.isWord(tok.word())) {
        w[n] = provisional.computeIfAbsent(tok.word(), k -> next.getAndIncrement());
        if (filter.isTerm(tok)) {
          term = true;
          byte flag = PreparedCorpus.TERM;
          if (sentenceEnded) flag |= PreparedCorpus.SENTENCE;
          if (broken) flag |= PreparedCorpus.BREAK;
          f[n] = flag;
          sentenceEnded = false;
          broken = false;
        }
        n++;
      }
      if (!term) broken = true;
    }
    ids[i] = Arrays.copyOf(w, n);
    flags[i] = Arrays.copyOf(f, n);
  }

  /**
   * Returns the terms learned from the passages: each is segmented without learned terms (in
   * parallel), its tokens are kept in compact form for the second pass, and the learner runs over
   * the token streams.
   */
  private static LearnedTerms learn(
      TextPipeline base, String[] texts, Plain tokens, Progress progress) {
    ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(base::segmenter);
    Set<String> stopwords = base.filter().stopwords();
    Set<String> frozen = base.lexiconTerms();
    byte[][] kinds = new byte[texts.length][];
    try (Progress.Stage stage = progress.start("learning terms", texts.length)) {
      IntStream.range(0, texts.length)
          .parallel()
          .forEach(
              i -> {
                List<Token> t = segmenters.get().segmentPlain(texts[i]);
                tokens.put(i, t);
                byte[] k = new byte[t.size()];
                for (int j = 0; j < k.length; j++) {
                  Token tok = t.get(j);
                  k[j] = TermLearner.kind(tok.word(), tok.nature(), stopwords, frozen);
                }
                kinds[i] = k;
                stage.advance(1);
              });
    }
    List<TermLearner.Term> terms =
        TermLearner.learn(
            Arrays.asList(tokens.ids), Arrays.asList(kinds), tokens.atoms(), base.notTerms());
    return new LearnedTerms(terms);
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
        a[k] = atomIds.computeIfAbsent(tok.word(), w -> nextAtom.getAndIncrement());
        t[k] = (byte) (int) tagIds.computeIfAbsent(tok.nature(), w -> nextTag.getAndIncrement());
        o[k] = tok.offset();
      }
      ids[i] = a;
      tags[i] = t;
      offsets[i] = o;
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

    List<Token> tokens(int i) {
      String[] words = atoms();
      List<Token> out = new ArrayList<>(ids[i].length);
      for (int k = 0; k < ids[i].length; k++) {
        out.add(new Token(words[ids[i][k]], tagNames[tags[i][k] & 0xFF], offsets[i][k]));
      }
      return out;
    }
  }

  /** Returns the number of non-whitespace characters (code points) of the text. */
  static long visible(String text) {
    return text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
  }
}
