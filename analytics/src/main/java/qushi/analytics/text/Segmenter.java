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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits cleaned Chinese text into tokens with HanLP's standard (Viterbi) segmenter and a
 * dictionary of its own: HanLP's bundled custom dictionary, read-only and shared, plus this
 * segmenter's {@link Lexicon} in a private trie. Nothing global is changed, so segmenters with
 * different lexicons can be used side by side in one JVM.
 *
 * <p>Terms learned from the corpus ({@link LearnedTerms}) are kept whole too: see {@link
 * #withLearned}.
 *
 * <p>Person-name recognition is on; place and organisation recognition are off (slow and noisy on
 * this kind of text). Part-of-speech tagging from context is off: a token's tag is its word's most
 * frequent tag in HanLP's dictionaries (a lexicon term's: the lexicon's tag), so a dictionary word
 * gets the same tag everywhere and is a term everywhere or nowhere; tagging from context doubled
 * the time of segmentation and changed which terms were learned only at the margin. A segmenter is
 * not thread-safe: use one per thread.
 */
public final class Segmenter {
  private final Lexicon lexicon;
  private final LearnedTerms learned;
  private final Segment segment;
  private Segment withLearned;

  /** Creates a segmenter that keeps the terms of {@code lexicon} whole. */
  public Segmenter(Lexicon lexicon) {
    this(lexicon, LearnedTerms.none());
  }

  /**
   * Creates a segmenter that keeps the terms of {@code lexicon} whole, and the {@code learned}
   * terms too (see {@link LearnedTerms}).
   */
  public Segmenter(Lexicon lexicon, LearnedTerms learned) {
    this.lexicon = lexicon;
    this.learned = learned;
    this.segment = hanlp(lexicon, LearnedTerms.none());
  }

  private static Segment hanlp(Lexicon lexicon, LearnedTerms learned) {
    DynamicCustomDictionary dictionary =
        new DynamicCustomDictionary(
            CustomDictionary.DEFAULT.dat, new BinTrie<CoreDictionary.Attribute>(), null);
    Set<String> lexiconTerms = new HashSet<>();
    for (Lexicon.Entry e : lexicon.entries()) {
      dictionary.insert(e.term(), e.nature() + " " + e.frequency());
      if (!learned.isEmpty()) lexiconTerms.add(e.term());
    }
    for (TermLearner.Term t : learned.terms()) {
      if (!lexiconTerms.contains(t.term())) {
        dictionary.insert(t.term(), LearnedTerms.NATURE + " " + Lexicon.DEFAULT_FREQUENCY);
      }
    }
    return new ViterbiSegment()
        .enableCustomDictionary(dictionary)
        .enableCustomDictionaryForcing(false)
        .enablePartOfSpeechTagging(false)
        .enableNameRecognize(true)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableOffset(true);
  }

  /** Returns the learned terms this segmenter keeps whole. */
  public LearnedTerms learned() {
    return learned;
  }

  /** Returns the lexicon this segmenter keeps whole. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Returns the tokens of {@code text} in order, whitespace tokens removed, learned terms whole;
   * offsets index into {@code text}.
   */
  public List<Token> segment(String text) {
    return withLearned(text, segment(segment, text));
  }

  /**
   * Returns {@code tokens}, the tokens of {@code text} as this segmenter cuts it without learned
   * terms, with the learned terms made whole: adjacent tokens that spell one are merged; where an
   * occurrence was cut across a token boundary, the sentence around it (between marks of {@link
   * Punctuation#UNIT_FINAL} or line breaks, widened so that no token crosses its edges) is
   * segmented again with the learned terms in the dictionary, and they are merged in that.
   */
  public List<Token> withLearned(String text, List<Token> tokens) {
    if (learned.isEmpty()) return tokens;
    List<Token> merged = learned.apply(text, tokens);
    List<int[]> misaligned = learned.misaligned(text, merged);
    if (misaligned.isEmpty()) return merged;
    if (withLearned == null) withLearned = hanlp(lexicon, learned);
    List<Token> out = new ArrayList<>(tokens.size());
    int k = 0;
    for (int[] r : sentences(text, misaligned, tokens)) {
      while (k < tokens.size() && tokens.get(k).end() <= r[0]) out.add(tokens.get(k++));
      for (Token t : segment(withLearned, text.substring(r[0], r[1]))) {
        out.add(new Token(t.word(), t.nature(), r[0] + t.offset()));
      }
      while (k < tokens.size() && tokens.get(k).offset() < r[1]) k++;
    }
    while (k < tokens.size()) out.add(tokens.get(k++));
    return learned.apply(text, out);
  }

  /**
   * Returns the sentences holding the {@code spans} (in text order) as {@code [start, end)} ranges,
   * merged where they touch, each widened so that none of the {@code tokens} crosses an edge.
   */
  private static List<int[]> sentences(String text, List<int[]> spans, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int k = 0;
    for (int[] span : spans) {
      int start = span[0];
      while (start > 0 && !endsSentence(text.charAt(start - 1))) start--;
      int end = span[1];
      while (end < text.length() && !endsSentence(text.charAt(end))) end++;
      if (end < text.length() && text.charAt(end) != '\n') end++;
      while (k < tokens.size() && tokens.get(k).end() <= start) k++;
      if (k < tokens.size() && tokens.get(k).offset() < start) start = tokens.get(k).offset();
      for (int j = k; j < tokens.size() && tokens.get(j).offset() < end; j++) {
        end = Math.max(end, tokens.get(j).end());
      }
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last[1] >= start) last[1] = Math.max(last[1], end);
      else out.add(new int[] {start, end});
    }
    return out;
  }

  private static boolean endsSentence(char c) {
    return c == '\n' || Punctuation.endsUnit(c);
  }

  /** Returns the tokens of {@code text} without learned terms (the segmenter's own cut). */
  public List<Token> segmentPlain(String text) {
    return segment(segment, text);
  }

  private static List<Token> segment(Segment segment, String text) {
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
