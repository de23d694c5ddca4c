package qushi.analytics.text;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tells text written in traditional characters from simplified text: the share of its Chinese
 * characters that HanLP's traditional-to-simplified conversion changes. Simplified text scores
 * close to 0, traditional text well above {@link #TRADITIONAL}. A corpus that mixes both counts
 * 社會主義 and 社会主义 as two words unless it is converted ({@code TextOptions.traditionalToSimplified}).
 */
public final class Script {
  /** Share of changed characters from which a text counts as written in traditional characters. */
  public static final double TRADITIONAL = 0.05;

  /** Characters read from the start of a text; enough to tell the script, bounded in time. */
  static final int SAMPLE = 5_000;

  /**
   * Share of Latin letters among the letters of a document from which it is noted as largely
   * written in Latin letters (a translation beside the Chinese): Chinese policy text writes a few
   * (GDP, 5G, AI), well under a tenth of its letters.
   */
  public static final double LATIN = 0.25;

  /**
   * Fewest characters of a document noted as largely in Latin letters: in a line or two, one
   * acronym (GPT-4) is a large share.
   */
  public static final int LATIN_MIN_CHARACTERS = 200;

  private Script() {}

  /**
   * Returns, for the Chinese characters of {@code texts}, the other form a reader may type for each
   * — its simplified or traditional counterpart by HanLP's conversion of the single character —
   * mapped to the form the texts write, where that other form stands nowhere in them (in a mixed
   * text both forms find themselves). Sorted, so the same texts give the same map.
   */
  public static SortedMap<String, String> variants(Iterable<String> texts) {
    return pairs(han(texts), false);
  }

  /**
   * Returns, for the Chinese characters of {@code texts} whose other form (as in {@link #variants})
   * the texts write too, that other form: in a corpus of both scripts, how the documents in the
   * other script write a word. Sorted, so the same texts give the same map.
   */
  public static SortedMap<String, String> bothForms(Iterable<String> texts) {
    return pairs(han(texts), true);
  }

  /** The {@link #variants} and the {@link #bothForms} of the same texts. */
  public record Forms(SortedMap<String, String> variants, SortedMap<String, String> bothForms) {}

  /** Returns the {@link #variants} and the {@link #bothForms} of {@code texts}, read once. */
  public static Forms forms(Iterable<String> texts) {
    Set<Character> seen = han(texts);
    return new Forms(pairs(seen, false), pairs(seen, true));
  }

  /**
   * Returns the pairs of a character of the texts, whose Chinese characters are {@code seen}, and
   * its other form: where the texts write {@code both}, each character to its other form ({@link
   * #bothForms}); else the other forms they do not write, each to the character they write ({@link
   * #variants}).
   */
  private static SortedMap<String, String> pairs(Set<Character> seen, boolean both) {
    SortedMap<String, String> out = new TreeMap<>();
    for (char c : seen) {
      String own = String.valueOf(c);
      for (String other : counterparts(own)) {
        if (seen.contains(other.charAt(0)) != both) continue;
        if (both) out.putIfAbsent(own, other);
        else out.putIfAbsent(other, own);
      }
    }
    return out;
  }

  /** Returns the Chinese characters of {@code texts}, sorted. */
  private static Set<Character> han(Iterable<String> texts) {
    Set<Character> seen = new TreeSet<>();
    for (String t : texts) {
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) seen.add(c);
      }
    }
    return seen;
  }

  /**
   * Returns the simplified and the traditional forms of the character {@code own} ({@link
   * #simplified}, and HanLP's conversions of the single character to traditional and to Hong Kong's
   * forms: 衛 and 衞 for 卫) that are one other character, simplified first, without repeats.
   */
  private static List<String> counterparts(String own) {
    List<String> out = new ArrayList<>(3);
    for (String other :
        new String[] {
          String.valueOf(simplified(own.charAt(0))),
          HanLP.convertToTraditionalChinese(own),
          HanLP.s2hk(own)
        }) {
      if (other.length() == 1 && !other.equals(own) && !out.contains(other)) out.add(other);
    }
    return out;
  }

  /**
   * Returns the forms of {@code query} in the other script that differ from it — its traditional
   * form by HanLP's phrase conversion and its simplified form ({@link #simplifiedText}) — and, for
   * a query of two characters or more, its form with each character that the conversion keeps as
   * Taiwan writes it ({@link Taiwan#READING}: 随著 for 随着, as a text converted with --t2s still
   * writes it), without repeats, traditional first: what a corpus written in the other script would
   * write for it. The other spellings a corpus holds are found in its text ({@code
   * PreparedCorpus.otherScript}).
   */
  public static List<String> otherForms(String query) {
    Set<String> out = new LinkedHashSet<>();
    out.add(HanLP.convertToTraditionalChinese(query));
    out.add(simplifiedText(query));
    if (query.codePointCount(0, query.length()) >= 2) {
      char[] kept = query.toCharArray();
      for (int i = 0; i < kept.length; i++) kept[i] = Taiwan.FORM.getOrDefault(kept[i], kept[i]);
      out.add(new String(kept));
    }
    out.remove(query);
    return List.copyOf(out);
  }

  /**
   * The characters that HanLP's general conversion leaves but its conversion from Taiwan's forms
   * ({@code tw2s}) changes into another single Chinese character: Taiwan's 著 for 着 (隨著, 著力), which
   * the general conversion keeps, since 著 is a simplified character of its own too (显著, 著名) and
   * which one it is depends on the word; 矽 for 硅. Read from HanLP's tables over the CJK block, the
   * first time a spelling is looked for.
   */
  private static final class Taiwan {
    /** Each such character, to the character it stands for (著 → 着). */
    static final java.util.Map<Character, Character> READING = taiwanReadings();

    /** The inverse of {@link #READING}: Taiwan's form of a simplified character (着 → 著). */
    static final java.util.Map<Character, Character> FORM = inverse(READING);
  }

  /**
   * Returns, for each simplified character that Taiwan writes with another that the conversion
   * keeps ({@link Taiwan#READING}), that other: 着 → 著. Sorted.
   */
  public static SortedMap<String, String> taiwanForms() {
    SortedMap<String, String> out = new TreeMap<>();
    Taiwan.FORM.forEach((s, t) -> out.put(String.valueOf(s), String.valueOf(t)));
    return out;
  }

  private static java.util.Map<Character, Character> taiwanReadings() {
    java.util.Map<Character, Character> out = new java.util.TreeMap<>();
    for (char c = '\u4e00'; c <= '\u9fff'; c++) {
      String one = String.valueOf(c);
      if (!HanLP.convertToSimplifiedChinese(one).equals(one)) continue;
      String t = HanLP.tw2s(one);
      if (t.length() == 1
          && t.charAt(0) != c
          && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN) {
        out.put(c, t.charAt(0));
      }
    }
    return java.util.Map.copyOf(out);
  }

  private static java.util.Map<Character, Character> inverse(
      java.util.Map<Character, Character> m) {
    java.util.Map<Character, Character> out = new java.util.TreeMap<>();
    new java.util.TreeMap<>(m).forEach((k, v) -> out.putIfAbsent(v, k));
    return java.util.Map.copyOf(out);
  }

  /**
   * Returns each Chinese character of {@code texts} that {@link #readingShadow} reads as another,
   * with that other (衞 → 卫, 臺 → 台, 著 → 着): the page reads its texts so to find a query's spellings,
   * as {@code PreparedCorpus.otherScript} does. Sorted, so the same texts give the same map.
   */
  public static SortedMap<String, String> readings(Iterable<String> texts) {
    SortedMap<String, String> out = new TreeMap<>();
    for (char c : han(texts)) {
      String own = String.valueOf(c);
      String read = readingShadow(own);
      if (!read.equals(own)) out.put(own, read);
    }
    return out;
  }

  /**
   * Returns {@code text} as {@link #simplifiedShadow} reads it, and with each character Taiwan
   * writes for another ({@link Taiwan#READING}) as that other (著 → 着): the reading by which a
   * text's spellings of a query are found, both read so (隨著 reads 随着, as the query 随着 does; 顯著
   * reads 显着, as the query 显著 does). Same length, every offset holds.
   */
  public static String readingShadow(String text) {
    return reading(simplifiedShadow(text));
  }

  /**
   * Returns a text's simplified shadow ({@link #simplifiedShadow}) as {@link #readingShadow} reads
   * the text: for a caller that holds the shadow already.
   */
  public static String reading(String shadow) {
    String s = shadow;
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      Character t = Taiwan.READING.get(s.charAt(i));
      if (t != null) {
        if (out == null) out = s.toCharArray();
        out[i] = t;
      }
    }
    return out == null ? s : new String(out);
  }

  /**
   * Returns {@code text} in simplified characters: HanLP's phrase conversion ({@code
   * convertToSimplifiedChinese}), then each character that it leaves and that HanLP converts from
   * Hong Kong's forms alone ({@link #hongKongOnly}: 衞 → 卫, 敍 → 叙, 痺 → 痹) in that form. The
   * conversion keeps a traditional character only where a phrase keeps it (乾隆), so a text written
   * with Hong Kong's forms (衞生) converts as one written with Taiwan's (衛生).
   */
  public static String simplifiedText(String text) {
    String converted = HanLP.convertToSimplifiedChinese(text);
    char[] out = null;
    for (int i = 0; i < converted.length(); i++) {
      char c = converted.charAt(i);
      if (c < '\u3400') continue;
      char h = hongKongOnly(c);
      if (h != c) {
        if (out == null) out = converted.toCharArray();
        out[i] = h;
      }
    }
    return out == null ? converted : new String(out);
  }

  /**
   * Each character's simplified form by HanLP's conversion from Hong Kong's forms ({@code hk2s}) of
   * the character alone, where the general conversion leaves it (itself otherwise); 0 where not yet
   * looked up.
   */
  private static final char[] HONG_KONG_ONLY = new char[Character.MAX_VALUE + 1];

  /**
   * Returns {@code c}'s simplified form by HanLP's conversion from Hong Kong's forms where its
   * general conversion of the character alone leaves it: the variants only Hong Kong writes (衞 for
   * 衛, 敍 for 敘, 痺 for 痹), which would otherwise stay and count apart.
   */
  private static char hongKongOnly(char c) {
    char s = HONG_KONG_ONLY[c];
    if (s == 0) {
      s = c;
      if (!Character.isSurrogate(c)
          && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        String one = String.valueOf(c);
        String h = HanLP.hk2s(one);
        if (h.length() == 1 && HanLP.convertToSimplifiedChinese(one).equals(one)) s = h.charAt(0);
      }
      HONG_KONG_ONLY[c] = s; // a char is written whole: threads that race write the same value
    }
    return s;
  }

  /**
   * Returns the share of Latin letters among the letters of {@code text} (Han characters, Latin
   * letters and any other; 0 when it has none).
   */
  public static double latinShare(String text) {
    long letters = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
    }
    return letters == 0 ? 0 : (double) latin / letters;
  }

  /**
   * Each character's simplified form by HanLP's conversion of the character alone (itself when it
   * has none, or none of one character); 0 where not yet looked up.
   */
  private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];

  /**
   * Returns {@code c}'s simplified form by HanLP's conversion of the character alone, or else of
   * the character as Hong Kong writes it ({@link #hongKongOnly}).
   */
  static char simplified(char c) {
    char s = SIMPLIFIED[c];
    if (s == 0) {
      s = c;
      if (!Character.isSurrogate(c)
          && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        String t = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        if (t.length() == 1) s = t.charAt(0);
        if (s == c) s = hongKongOnly(c);
      }
      SIMPLIFIED[c] = s; // a char is written whole: threads that race write the same value
    }
    return s;
  }

  /**
   * Returns {@code text} with each Chinese character in its simplified form, character by character
   * ({@link #simplified}), so the result has the same length and every offset holds: the text
   * HanLP, which learned from simplified text, segments for text written in traditional characters.
   * The same instance when no character changes.
   */
  public static String simplifiedShadow(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u3400') continue; // below the CJK blocks nothing changes
      char s = simplified(c);
      if (s != c) {
        if (out == null) out = text.toCharArray();
        out[i] = s;
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * Share of its Chinese characters that must differ in its shadow for a passage to read as
   * traditional: a traditional text differs in a quarter or more, a simplified one in the rare
   * character that converts alone.
   */
  static final double SHADOW = 0.1;

  /**
   * Whether {@code text} reads as traditional: at least three and at least {@value #SHADOW} of its
   * Chinese characters differ in its {@code shadow} ({@link #simplifiedShadow}). Fewer are not
   * enough: simplified text keeps characters that convert alone (乾隆皇帝下令修建乾清宫 has two).
   */
  public static boolean readsTraditional(String text, String shadow) {
    if (shadow == text) return false;
    long han = 0;
    long changed = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u3400' || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
      han++;
      if (shadow.charAt(i) != c) changed++;
    }
    return changed >= 3 && changed >= SHADOW * han;
  }

  /**
   * Returns the share of the Chinese characters among the first {@value #SAMPLE} characters of
   * {@code text} that the conversion to simplified characters changes (0 when there are none).
   */
  public static double traditionalShare(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    String simplified = HanLP.convertToSimplifiedChinese(sample);
    // phrase conversions keep the length almost always; otherwise compare character by character
    boolean aligned = simplified.length() == sample.length();
    long han = 0;
    long changed = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
      han++;
      char s =
          aligned
              ? simplified.charAt(i)
              : HanLP.convertToSimplifiedChinese(String.valueOf(c)).charAt(0);
      if (s != c) changed++;
    }
    return han == 0 ? 0 : (double) changed / han;
  }

  /**
   * Returns the entries of {@code variants} ({@link #variants}) that turn a traditional character
   * into its simplified form, as {@code --t2s} converts a query (the simplified form the texts
   * write): the page's search box converts a query character by character with them. HanLP converts
   * a query by phrases too; the two differ only in the rare phrase that keeps a traditional
   * character (乾隆).
   */
  public static SortedMap<String, String> toSimplified(SortedMap<String, String> variants) {
    SortedMap<String, String> out = new TreeMap<>();
    variants.forEach(
        (other, own) -> {
          if (simplifiedText(other).equals(own)) out.put(other, own);
        });
    return out;
  }
}
