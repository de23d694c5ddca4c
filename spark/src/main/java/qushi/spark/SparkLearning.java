package qushi.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.FramingHeadings;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.LearnedTerms;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.text.Token;
import scala.Tuple2;

/**
 * What {@link SparkCorpus} learns from the whole corpus before it segments the documents: the
 * boilerplate repeated at the edges of documents and the multiword terms to keep whole. The
 * executors do the per-document work; the driver gathers it in corpus order and learns as the local
 * path does.
 */
final class SparkLearning {
  private SparkLearning() {}

  /**
   * Returns the boilerplate of the cleaned documents: the paragraphs at their edges are gathered on
   * the driver, in corpus order, and found as the local path finds them ({@link
   * Boilerplate#detect}).
   */
  static Boilerplate boilerplate(JavaRDD<CleanedText> cleaned, boolean copies) {
    List<Tuple2<Integer, CleanedText>> texts =
        new ArrayList<>(cleaned.map(c -> new Tuple2<>(c.ref().index, c)).collect());
    texts.sort(Comparator.comparingInt(Tuple2::_1));
    return Boilerplate.detect(
        texts.stream().map(t -> t._2().text()).toList(),
        texts.stream().map(t -> t._2().ref().document().year()).toList(),
        copies);
  }

  /**
   * Returns the section titles that frame the documents ({@link FramingHeadings#framing}), each
   * document's titles found on the executors.
   */
  static Set<String> framing(
      JavaRDD<CleanedText> cleaned,
      Broadcast<PipelineSpec> base,
      Broadcast<Boilerplate> boilerplate) {
    List<Set<String>> keys =
        CleanedText.cutEach(
                cleaned, base, boilerplate, (c, b, t, s) -> FramingHeadings.keys(c.clean(b, t)))
            .collect();
    return FramingHeadings.framing(keys);
  }

  /**
   * Returns the terms learned from the corpus: the executors cut every passage as the segmenter
   * does without learned terms and give each token its kind ({@link TermLearner#kind}); the driver
   * gathers the token sequences in corpus order and learns from them as the local path does.
   */
  static LearnedTerms learn(
      JavaRDD<CleanedText> cleaned,
      Broadcast<PipelineSpec> base,
      Broadcast<Boilerplate> boilerplate,
      Broadcast<Set<String>> framing,
      TextPipeline text) {
    List<PlainDocument> plain =
        new ArrayList<>(
            CleanedText.cutEach(
                    cleaned,
                    base,
                    boilerplate,
                    (c, b, t, s) -> PlainDocument.of(c, b, t, s, framing.value()))
                .collect());
    plain.sort(Comparator.comparingInt(PlainDocument::index));
    Map<String, Integer> atomIds = new HashMap<>();
    List<String> atoms = new ArrayList<>();
    List<int[]> sequences = new ArrayList<>();
    List<byte[]> kinds = new ArrayList<>();
    List<int[]> lineStarts = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    for (PlainDocument d : plain) {
      for (int i = 0; i < d.words().length; i++) {
        FramingHeadings.mask(d.kinds()[i], d.offsets()[i], d.headings().get(i));
        String[] w = d.words()[i];
        int[] ids = new int[w.length];
        for (int k = 0; k < w.length; k++) {
          ids[k] =
              atomIds.computeIfAbsent(
                  w[k],
                  x -> {
                    atoms.add(x);
                    return atoms.size() - 1;
                  });
        }
        sequences.add(ids);
        kinds.add(d.kinds()[i]);
        lineStarts.add(d.lineStarts()[i]);
        offsets.add(d.offsets()[i]);
      }
    }
    return new LearnedTerms(
        TermLearner.learn(
            sequences, kinds, lineStarts, offsets, atoms.toArray(new String[0]), text.notTerms()));
  }

  /**
   * The passages of one document as the segmenter cuts them without learned terms: per passage its
   * words, their kinds for the term learner, their offsets, the tokens that start a line and its
   * framing headings ({@link FramingHeadings}).
   */
  record PlainDocument(
      int index,
      String[][] words,
      byte[][] kinds,
      int[][] offsets,
      int[][] lineStarts,
      List<List<FramingHeadings.Heading>> headings)
      implements java.io.Serializable {
    static PlainDocument of(
        CleanedText cleaned,
        Boilerplate boilerplate,
        TextPipeline text,
        Segmenter segmenter,
        Set<String> framing) {
      CleanDocument clean = cleaned.clean(boilerplate, text);
      List<Passage> cut = clean.passages(text, 0, 0);
      String[][] words = new String[cut.size()][];
      byte[][] kinds = new byte[cut.size()][];
      int[][] offsets = new int[cut.size()][];
      int[][] lineStarts = new int[cut.size()][];
      List<List<FramingHeadings.Heading>> headings = new ArrayList<>();
      for (int i = 0; i < cut.size(); i++) {
        Passage p = cut.get(i);
        headings.add(new ArrayList<>(FramingHeadings.headings(clean, p, framing)));
        String passage = clean.text().substring(p.start(), p.end());
        List<Token> tokens = segmenter.segmentPlain(passage);
        words[i] = new String[tokens.size()];
        kinds[i] = new byte[tokens.size()];
        offsets[i] = new int[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) offsets[i][k] = tokens.get(k).offset();
        lineStarts[i] = TermLearner.lineStarts(passage, offsets[i]);
        for (int k = 0; k < tokens.size(); k++) {
          Token t = tokens.get(k);
          words[i][k] = t.word();
          kinds[i][k] =
              TermLearner.kind(
                  t.word(), t.nature(), text.filter().stopwords(), text.lexiconTerms());
        }
      }
      return new PlainDocument(cleaned.ref().index, words, kinds, offsets, lineStarts, headings);
    }
  }
}
