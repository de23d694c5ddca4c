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
}
