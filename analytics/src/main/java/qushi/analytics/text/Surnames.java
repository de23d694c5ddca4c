package qushi.analytics.text;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

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

  private Surnames() {}

  /** Whether {@code c} is one of the {@value #COMMON} commonest surnames. */
  static boolean isCommon(char c) {
    return COMMON_SET.get(c);
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
