package qushi.analytics.prepare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.corpus.RawText;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Punctuation;
import qushi.analytics.text.Section;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TermFilter;
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

    ConcurrentHashMap<String, Integer> provisional = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    int[][] ids = new int[passages.size()][];
    byte[][] flags = new byte[passages.size()][];
    ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(text::segmenter);
    TermFilter filter = text.filter();
    try (Progress.Stage stage = progress.start("segmenting", passages.size())) {
      IntStream.range(0, passages.size())
          .parallel()
          .forEach(
              i -> {
                Passage p = passages.get(i);
                String s = clean[p.document()].text().substring(p.start(), p.end());
                List<Token> tokens = segmenters.get().segment(s);
                int[] w = new int[tokens.size()];
                byte[] f = new byte[tokens.size()];
                int n = 0;
                boolean sentenceEnded = true;
                boolean broken = false;
                int lastEnd = 0;
                for (Token tok : tokens) {
                  // a sentence ends at 。！？；…!?; and at a line break (tokens never span one)
                  if (s.indexOf('\n', lastEnd) >= 0 && s.indexOf('\n', lastEnd) < tok.offset())
                    sentenceEnded = true;
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
        text,
        Arrays.asList(clean),
        boilerplate,
        passages,
        vocabulary,
        start,
        tokens,
        allFlags);
  }

  /** Returns the number of non-whitespace characters (code points) of the text. */
  static long visible(String text) {
    return text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
  }
}
