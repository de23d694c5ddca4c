package qushi.analytics.prepare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TermFilter;
import qushi.analytics.text.TextPipeline;

/**
 * Builds a {@link PreparedCorpus} in two parallel stages with a deterministic merge:
 *
 * <ol>
 *   <li>each document is read, hashed, cleaned and cut into sections ({@link CleanDocument#of}, in
 *       parallel over documents); passages are then numbered in corpus order;
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

  static PreparedCorpus run(Corpus corpus, TextPipeline text, Progress progress) {
    List<Document> docs = corpus.documents();
    CleanDocument[] clean = new CleanDocument[docs.size()];
    try (Progress.Stage stage = progress.start("cleaning", docs.size())) {
      IntStream.range(0, docs.size())
          .parallel()
          .forEach(
              d -> {
                Document doc = docs.get(d);
                clean[d] = CleanDocument.of(doc, doc.read(), text);
                stage.advance(1);
              });
    }
    List<Passage> passages = passages(Arrays.asList(clean), text);
    PassageTokens[] tokens = new PassageTokens[passages.size()];
    ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(text::segmenter);
    TermFilter filter = text.filter();
    try (Progress.Stage stage = progress.start("segmenting", passages.size())) {
      IntStream.range(0, passages.size())
          .parallel()
          .forEach(
              i -> {
                Passage p = passages.get(i);
                String s = clean[p.document()].text().substring(p.start(), p.end());
                tokens[i] = PassageTokens.of(s, segmenters.get(), filter);
                stage.advance(1);
              });
    }
    return assemble(corpus, text, Arrays.asList(clean), passages, Arrays.asList(tokens));
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
    return new PreparedCorpus(corpus, text, clean, passages, vocabulary, start, ids, flags);
  }
}
