package qushi.analytics.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/** The word class of a word out of context, as HanLP's core dictionary gives it. */
public final class WordClasses {
  private WordClasses() {}

  /** The Chinese numerals and number units: a word of these alone is a number. */
  private static final String NUMERALS = "零〇○一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";

  /**
   * Returns whether {@code word} is a noun out of context: a word of Chinese characters whose first
   * (most frequent) tag in HanLP's core dictionary is a noun's (n…), a verbal noun's (vn) or an
   * abbreviation's (j: 德 of 以德治国), or one of two or more Chinese characters that the dictionary
   * lacks and that is not a number (新冠, 之路: the piece of a compound). A function word, a localizer
   * (上, 下), a verb (实施), an adverb and a number are not.
   */
  public static boolean isNoun(String word) {
    if (word.isEmpty() || !TermLearner.allHan(word)) return false;
    if (word.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0)) return false;
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) return word.length() >= 2;
    String tag = a.nature[0].toString();
    return tag.startsWith("n") || tag.equals("vn") || tag.equals("j");
  }

  /**
   * Returns whether {@code word} is one Chinese character of content out of context: its first tag
   * in HanLP's core dictionary is a noun's, a verb's or an adjective's (n…, v…, a…), a
   * distinguishing word's (b) or an abbreviation's (j) — 稳, 表, 权 — but not 是, 有, a directional verb
   * (来, 去) or a formal one, and not a numeral. A character beside a term in most of its occurrences
   * is then a piece of a longer word the segmenter split (稳 / 致远 of 行稳致远).
   */
  public static boolean isContentCharacter(String word) {
    if (word.length() != 1 || !TermLearner.allHan(word) || NUMERALS.indexOf(word.charAt(0)) >= 0) {
      return false;
    }
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) return false;
    String tag = a.nature[0].toString();
    if (tag.equals("vshi") || tag.equals("vyou") || tag.equals("vf") || tag.equals("vx")) {
      return false;
    }
    return tag.startsWith("n")
        || tag.startsWith("v")
        || tag.startsWith("a")
        || tag.equals("b")
        || tag.equals("j");
  }
}
