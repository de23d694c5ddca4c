package qushi.analytics.text;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The commonest Chinese surnames: the single characters that HanLP's person-name dictionary sees
 * most often as a surname (role {@code B}, counted in its tagged corpus). The hundred commonest
 * surnames are borne by most people in China, so a recognised name that starts with one is probably
 * a name.
 */
final class Surnames {
  /** How many of the commonest surnames count as common. */
  static final int COMMON = 100;

  private static final BitSet COMMON_SET = common();

  private static final Comparator<Map.Entry<NR, Integer>> MOST_FREQUENT =
      Map.Entry.<NR, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()));

  private Surnames() {}

  /** Whether {@code c} is one of the {@value #COMMON} commonest surnames. */
  static boolean isCommon(char c) {
    return COMMON_SET.get(c);
  }

  /**
   * Whether {@code pieces} read as a full name by HanLP's person-name dictionary: a surname (a
   * character the dictionary has as a surname at all) and then two or more single characters each
   * mostly a given name's ({@code C D E}, not a word before or after a name): 向/警/予, not 项/至/第 (至
   * mostly precedes a name), 向/社会 or 向/其 (a two-character "name" of a rare surname is too often a
   * word and a particle).
   */
  static boolean readAsName(List<String> pieces) {
    if (pieces.size() < 3 || pieces.get(0).length() != 1) return false;
    EnumItem<NR> surname = PersonDictionary.dictionary.get(pieces.get(0));
    if (surname == null || !surname.labelMap.containsKey(NR.B)) return false;
    for (String p : pieces.subList(1, pieces.size())) {
      if (p.length() != 1) return false;
      NR most = commonestRole(p);
      if (most != NR.C && most != NR.D && most != NR.E) return false;
    }
    return true;
  }

  /**
   * Returns the role HanLP's person-name dictionary gives {@code word} most often (the first in the
   * enum's order on a tie), or null when the dictionary does not have it.
   */
  private static NR commonestRole(String word) {
    EnumItem<NR> item = PersonDictionary.dictionary.get(word);
    return item == null ? null : Collections.max(item.labelMap.entrySet(), MOST_FREQUENT).getKey();
  }

  /**
   * Whether HanLP's person-name dictionary sees {@code c} mostly beside a name rather than in one:
   * its most frequent role is {@code K} (the word before a name) or {@code L} (the word after it),
   * as for 有, 称, 说, 将, 是 (on a tie, the first in the enum's order).
   */
  static boolean mostlyBesideNames(char c) {
    NR most = commonestRole(String.valueOf(c));
    return most == NR.K || most == NR.L;
  }

  private static BitSet common() {
    record Surname(char c, int frequency) {}
    List<Surname> all = new ArrayList<>();
    for (char c = '\u4e00'; c <= '\u9fff'; c++) {
      EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
      Integer f = item == null ? null : item.labelMap.get(NR.B);
      if (f != null) all.add(new Surname(c, f));
    }
    all.sort(Comparator.comparingInt(Surname::frequency).reversed().thenComparingInt(Surname::c));
    BitSet out = new BitSet();
    for (int i = 0; i < Math.min(COMMON, all.size()); i++) out.set(all.get(i).c());
    return out;
  }
}
