package qushi.analytics.prepare;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import qushi.analytics.internal.Punctuation;
import qushi.analytics.text.DocumentNumbers;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TermFilter;
import qushi.analytics.text.Token;

/**
 * The word tokens of one passage, in text order, with a flag per token: whether it is a term,
 * whether a sentence starts at it, whether anything other than a term stood between it and the
 * previous term. The one tokenization of a passage, called by the local preparation and by a
 * distributed engine's workers alike, so both give the same words and flags. Serializable, so a
 * worker can send it.
 */
public final class PassageTokens implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] words;
  private final byte[] flags;

  private PassageTokens(String[] words, byte[] flags) {
    this.words = words;
    this.flags = flags;
  }

  /**
   * Returns the word tokens (tokens with a letter or digit) of the cleaned passage text {@code
   * passage}, segmented by {@code segmenter} and marked as terms by {@code filter}, except on the
   * passage's {@code framing} headings ({@link FramingHeadings}) and in the office codes of
   * document numbers ({@link DocumentNumbers}). A sentence ends at 。！？；…!?; and at a line break.
   */
  public static PassageTokens of(
      String passage,
      Segmenter segmenter,
      TermFilter filter,
      List<FramingHeadings.Heading> framing) {
    return of(passage, segmenter.segment(passage), filter, framing);
  }

  /**
   * Returns the word tokens among {@code tokens}, the tokens of the cleaned passage text {@code
   * passage} as a segmenter cut it, marked as terms by {@code filter}, except on the passage's
   * {@code framing} headings.
   */
  public static PassageTokens of(
      String passage,
      List<Token> tokens,
      TermFilter filter,
      List<FramingHeadings.Heading> framing) {
    return of(passage, tokens, filter::isTerm, framing);
  }

  /**
   * Returns the word tokens among {@code tokens}, as {@link #of(String, List, TermFilter, List)}
   * does, with {@code isTerm} telling the terms ({@link TermFilter#isTerm}, or its {@link
   * TermFilter.Memo}).
   */
  static PassageTokens of(
      String passage,
      List<Token> tokens,
      Predicate<Token> isTerm,
      List<FramingHeadings.Heading> framing) {
    String[] w = new String[tokens.size()];
    byte[] f = new byte[tokens.size()];
    int n = 0;
    boolean sentenceEnded = true;
    boolean broken = false;
    // the next line break not yet passed (tokens never span one)
    int nl = passage.indexOf('\n');
    List<int[]> codes = DocumentNumbers.codes(passage);
    for (Token tok : tokens) {
      if (nl >= 0 && nl < tok.offset()) {
        sentenceEnded = true;
        nl = passage.indexOf('\n', tok.offset());
      }
      if (Punctuation.endsUnit(tok.word().charAt(0))) sentenceEnded = true;
      boolean term = false;
      if (TermFilter.isWord(tok.word())) {
        w[n] = tok.word();
        if (isTerm.test(tok)
            && (framing.isEmpty() || !FramingHeadings.within(tok.offset(), framing))
            && (codes.isEmpty() || !DocumentNumbers.within(tok.offset(), codes))) {
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
    return new PassageTokens(Arrays.copyOf(w, n), Arrays.copyOf(f, n));
  }

  /** Returns the number of word tokens. */
  public int size() {
    return words.length;
  }

  /** Returns word token {@code k}. */
  public String word(int k) {
    return words[k];
  }

  /**
   * Returns the word tokens that {@code keep} accepts, in order (the learned terms' tokens, which
   * both engines count to drop a term left under the least count).
   */
  public List<String> wordsWhere(Predicate<String> keep) {
    return Arrays.stream(words).filter(keep).toList();
  }

  /** Returns whether word token {@code k} is a term. */
  public boolean isTerm(int k) {
    return (flags[k] & PreparedCorpus.TERM) != 0;
  }

  /** Returns the flags of word token {@code k} (as stored by {@link PreparedCorpus}). */
  byte flags(int k) {
    return flags[k];
  }

  /** Returns a summary: tokens and terms. */
  @Override
  public String toString() {
    int terms = 0;
    for (byte f : flags) terms += (f & PreparedCorpus.TERM) != 0 ? 1 : 0;
    return "PassageTokens[" + words.length + " words, " + terms + " terms]";
  }
}
