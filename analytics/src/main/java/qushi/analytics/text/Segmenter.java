package qushi.analytics.text;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned Chinese text into tokens with HanLP's standard (Viterbi) segmenter and a
 * dictionary of its own: HanLP's bundled custom dictionary, read-only and shared, plus this
 * segmenter's {@link Lexicon} in a private trie. Nothing global is changed, so segmenters with
 * different lexicons can be used side by side in one JVM.
 *
 * <p>Part-of-speech tagging and person-name recognition are on; place and organisation recognition
 * are off (slow and noisy on this kind of text). A segmenter is not thread-safe: use one per
 * thread.
 */
public final class Segmenter {
  private final Lexicon lexicon;
  private final Segment segment;

  /** Creates a segmenter that keeps the terms of {@code lexicon} whole. */
  public Segmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
    DynamicCustomDictionary dictionary =
        new DynamicCustomDictionary(
            CustomDictionary.DEFAULT.dat, new BinTrie<CoreDictionary.Attribute>(), null);
    for (Lexicon.Entry e : lexicon.entries()) {
      dictionary.insert(e.term(), e.nature() + " " + e.frequency());
    }
    this.segment =
        new ViterbiSegment()
            .enableCustomDictionary(dictionary)
            .enableCustomDictionaryForcing(false)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableOffset(true);
  }

  /** Returns the lexicon this segmenter keeps whole. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Returns the tokens of {@code text} in order, whitespace tokens removed; offsets index into
   * {@code text}.
   */
  public List<Token> segment(String text) {
    List<Token> out = new ArrayList<>();
    // HanLP works line by line well; segmenting per line keeps offsets exact and bounds memory.
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart) {
        for (Term t : segment.seg(text.substring(lineStart, lineEnd))) {
          if (t.word.isBlank()) continue;
          Nature nature = t.nature;
          out.add(
              new Token(t.word, nature == null ? "x" : nature.toString(), lineStart + t.offset));
        }
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return out;
  }

  /** Returns the words of {@code text} joined by single spaces (for inspection). */
  public String segmentToString(String text) {
    StringBuilder sb = new StringBuilder();
    for (Token t : segment(text)) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(t.word());
    }
    return sb.toString();
  }
}
