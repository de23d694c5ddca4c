package qushi.analytics.text;

import com.hankcs.hanlp.corpus.tag.Nature;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Resources;
import qushi.analytics.internal.TextFiles;

/**
 * Decides which tokens count as word tokens and which of those are terms.
 *
 * <p>A <b>word token</b> is a token with at least one letter or digit; punctuation, symbols and
 * whitespace are not words and are never counted. Word tokens are the denominator of every rate
 * ("per 10,000 tokens").
 *
 * <p>A word token is a <b>term</b> when all of these hold, in this order:
 *
 * <ol>
 *   <li>it is in the lexicon (then it is a term whatever its tag), or
 *   <li>it is not a stopword, nor a question of the form A-not-A ({@link #questionForm}: 是不是, 可不可以,
 *       有没有),
 *   <li>it is not a number (digits with separators, a quantity with a unit of at most three letters
 *       such as 100km, 8GB, 3D — 5G, 6G are lexicon terms — or tagged {@code m}/{@code mq}), it
 *       does not start or end with a bracket, dash, slash, underscore or quote (code and markup:
 *       &lt;stdio, iso_),
 *   <li>it is longer than one character, or is in the single-character whitelist,
 *   <li>its part-of-speech tag is allowed: a tag equal to one of {@link #posTags} or, for tags
 *       given with a trailing {@code *}, starting with that prefix. An adjective ({@code a}) of the
 *       bundled list of nominal adjectives ({@link #BUNDLED_NOMINAL}: 民主, 公平, 健康, 团结 …) is judged
 *       as {@code an}.
 * </ol>
 *
 * Lexicon terms that are also stopwords are dropped: an explicit stopword wins.
 *
 * @param stopwords words never counted as terms
 * @param singles single characters kept as terms despite their length
 * @param posTags allowed tags; {@code n*} allows every tag that starts with {@code n}
 * @param lexicon terms kept whatever their tag
 */
public record TermFilter(
    Set<String> stopwords, Set<String> singles, List<String> posTags, Set<String> lexicon) {
  /** Resource path of the bundled stopword list. */
  public static final String BUNDLED_STOPWORDS = "/qushi/stopwords.txt";

  /** Resource path of the bundled single-character whitelist. */
  public static final String BUNDLED_SINGLES = "/qushi/single-char-whitelist.txt";

  /**
   * Resource path of the bundled nominal adjectives: words HanLP tags as adjectives ({@code a})
   * that policy text uses as names of concepts (民主, 公平, 健康, 团结), judged as {@code an}.
   */
  public static final String BUNDLED_NOMINAL = "/qushi/nominal-adjectives.txt";

  private static final Set<String> NOMINAL = readResource(BUNDLED_NOMINAL);

  /**
   * Default allowed tags: nouns and proper nouns ({@code n*}: n, nr, ns, nt, nz, nx for English
   * words and acronyms, …), academic nouns ({@code g*}), abbreviations ({@code j}: 四中全会, 北约, 以军,
   * 广交会, 美联储 — names shortened, which the dictionary tags apart from the nouns they are), verbs
   * ({@code v}, {@code vi}, {@code vl}, {@code vg}), verbal nouns ({@code vn}) and nominal
   * adjectives ({@code an}: 安全, 困难, 矛盾, 腐败, whose dictionary tag is that of the noun they mostly
   * are in policy text); not 是/有 ({@code vshi}, {@code vyou}), directional or formal verbs ({@code
   * vf}, {@code vx}), other adjectives (伟大, 深刻), adverbs or function words.
   */
  public static final List<String> DEFAULT_POS =
      List.of("n*", "g*", "j", "v", "vi", "vl", "vg", "vn", "an");

  private static final Pattern NUMBER =
      Pattern.compile(
          "[\\p{N}.,:%‰％．·\\-+~～/]+|[0-9]+(?:\\.[0-9]+)?(?:st|nd|rd|th|[A-Za-z]{1,3})?");

  /**
   * Copies the sets into hash sets, which are looked up for every token faster than the sets {@link
   * Set#copyOf} makes.
   */
  public TermFilter {
    stopwords = Collections.unmodifiableSet(new HashSet<>(stopwords));
    singles = Collections.unmodifiableSet(new HashSet<>(singles));
    posTags = List.copyOf(posTags);
    lexicon = Collections.unmodifiableSet(new HashSet<>(lexicon));
  }

  /**
   * Returns the filter with the bundled stopwords and whitelist, default tags, and {@code
   * lexicon}'s terms.
   */
  public static TermFilter defaults(Lexicon lexicon) {
    return new TermFilter(
        readResource(BUNDLED_STOPWORDS),
        readResource(BUNDLED_SINGLES),
        DEFAULT_POS,
        terms(lexicon));
  }

  /**
   * Returns a copy that uses the stopwords of {@code file} (one per line, {@code #} comments)
   * instead.
   */
  public TermFilter withStopwords(Path file) {
    return new TermFilter(
        Set.copyOf(TextFiles.readList(file, "stopword file")), singles, posTags, lexicon);
  }

  /** Returns a copy that allows these tags ({@code n*} style prefixes allowed). */
  public TermFilter withPosTags(List<String> tags) {
    if (tags.isEmpty()) throw new IllegalArgumentException("posTags must not be empty");
    for (String tag : tags) requireKnown(tag);
    return new TermFilter(stopwords, singles, tags, lexicon);
  }

  /**
   * Refuses a tag that HanLP never gives (a typo would silently leave only lexicon and learned
   * terms): a tag must be one of HanLP's, a prefix with {@code *} must start one of them.
   *
   * @throws BadInputException naming the tag
   */
  static void requireKnown(String tag) {
    boolean prefix = tag.endsWith("*");
    String stem = prefix ? tag.substring(0, tag.length() - 1) : tag;
    boolean known =
        Arrays.stream(Nature.values())
            .map(Nature::toString)
            .anyMatch(n -> prefix ? n.startsWith(stem) : n.equals(stem));
    if (!known) {
      throw new BadInputException(
          "unknown part-of-speech tag \""
              + tag
              + "\" among the allowed tags: HanLP's tags are such as n, nr, ns, nt, nz, v, vn, a,"
              + " an, d, and n* allows every tag that starts with n");
    }
  }

  /** Returns a copy that keeps the terms of {@code lexicon} whatever their tag. */
  public TermFilter withLexicon(Lexicon lexicon) {
    return new TermFilter(stopwords, singles, posTags, terms(lexicon));
  }

  /** Returns a copy that also keeps {@code terms} (learned terms) whatever their tag. */
  public TermFilter withTerms(java.util.Collection<String> terms) {
    Set<String> all = new HashSet<>(lexicon);
    all.addAll(terms);
    return new TermFilter(stopwords, singles, posTags, all);
  }

  /**
   * Marks that no term starts or ends with: brackets, dashes, slashes, underscores, quotes and the
   * like, which the segmenter leaves on a Latin string cut out of code or markup (&lt;stdio of
   * &lt;stdio.h&gt;, ECMA- of ECMA-262, iso_ of iso_8859); + and # (C++, C#) and . (.NET) may.
   */
  static final String FRAYED = "<>()[]{}-_/\\|=~^`'\":;,!?*&%$@";

  /**
   * Returns true if {@code word} is a word token: it has a letter or digit (\p{L} or \p{N}) that is
   * no enclosed number ({@link #isMark}).
   */
  public static boolean isWord(String word) {
    return isWord(word, 0, word.length());
  }

  /** Returns true if {@code text[from, to)} has a letter or digit, as {@link #isWord(String)}. */
  public static boolean isWord(CharSequence text, int from, int to) {
    for (int i = from; i < to; ) {
      int c = Character.codePointAt(text, i);
      if (Character.isLetter(c) || (isNumeric(c) && !isMark(c))) return true;
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * Returns whether {@code c} is a number enclosed in a circle or parentheses or followed by a full
   * stop (① ⑴ ⒈ ❶ ➀ ㉑ ㊀ 🄁): a mark of a list item or of a note ("成都会议⑴上"), no word.
   */
  static boolean isMark(int c) {
    return (c >= 0x2460 && c <= 0x24FF) // enclosed alphanumerics
        || (c >= 0x2776 && c <= 0x2793) // dingbats: circled digits
        || (c >= 0x3251 && c <= 0x325F) // circled numbers 21–35
        || (c >= 0x3280 && c <= 0x3289) // circled ideographs 一 to 十
        || (c >= 0x32B1 && c <= 0x32BF) // circled numbers 36–50
        || (c >= 0x1F100 && c <= 0x1F10C); // digits with a full stop or comma, circled zero
  }

  private static boolean isNumeric(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Returns whether {@code w} is written as a number ({@link #NUMBER}). */
  private static boolean isNumber(String w) {
    char first = w.charAt(0);
    // a CJK ideograph is neither a digit nor one of the number's marks
    if (first >= '\u4e00' && first <= '\u9fff') return false;
    return NUMBER.matcher(w).matches();
  }

  /**
   * Returns whether {@code word} asks a yes-no question by repeating a verb or adjective around 不
   * or 没 (沒) — A不A, A没A, A不AB, AB不AB (是不是, 有没有, 可不可以, 喜欢不喜欢) — a grammatical form, whichever verb
   * it asks with.
   */
  public static boolean questionForm(String word) {
    int n = word.length();
    if (n >= 3 && isNot(word.charAt(1)) && word.charAt(0) == word.charAt(2)) return true;
    return n == 5 && isNot(word.charAt(2)) && word.regionMatches(0, word, 3, 2);
  }

  private static boolean isNot(char c) {
    return c == '不' || c == '没' || c == '沒';
  }

  /** Returns true if the token is a term under the rules above. */
  public boolean isTerm(Token token) {
    String w = token.word();
    // a word written in traditional characters is judged as its simplified form (這些 as 这些)
    String s = Script.simplifiedShadow(w);
    // simplifiedShadow returns the word itself when nothing changes: one look-up then, not two
    if (!isWord(w) || stopwords.contains(w) || (s != w && stopwords.contains(s))) return false;
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (lower != w && stopwords.contains(lower)) return false;
    if (lexicon.contains(w) || (s != w && lexicon.contains(s))) return true;
    if (questionForm(w)) return false;
    if (FRAYED.indexOf(w.charAt(0)) >= 0 || FRAYED.indexOf(w.charAt(w.length() - 1)) >= 0) {
      return false;
    }
    String tag = token.nature();
    if (tag.equals("m") || tag.equals("mq") || isNumber(w)) return false;
    if (tag.equals("a") && NOMINAL.contains(s)) tag = "an";
    if (w.codePointCount(0, w.length()) == 1
        && !singles.contains(w)
        && (s == w || !singles.contains(s))) {
      return false;
    }
    for (String allowed : posTags) {
      if (allowed.endsWith("*")
          ? tag.regionMatches(0, allowed, 0, allowed.length() - 1)
          : tag.equals(allowed)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a memo of {@link #isTerm} for one thread: a corpus says the same few thousand words
   * millions of times, mostly with one tag each.
   */
  public Memo memo() {
    return new Memo(this);
  }

  /**
   * {@link #isTerm} remembered per word, for the tag the word was first judged with (another tag is
   * judged anew). Not thread-safe: one per thread.
   */
  public static final class Memo {
    private final TermFilter filter;
    private final java.util.HashMap<String, Judged> judged = new java.util.HashMap<>();

    private record Judged(String tag, boolean term) {}

    private Memo(TermFilter filter) {
      this.filter = filter;
    }

    /** Returns {@link TermFilter#isTerm}{@code (token)}. */
    public boolean isTerm(Token token) {
      Judged j = judged.get(token.word());
      if (j != null && j.tag().equals(token.nature())) return j.term();
      boolean term = filter.isTerm(token);
      if (j == null) judged.put(token.word(), new Judged(token.nature(), term));
      return term;
    }
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "TermFilter["
        + stopwords.size()
        + " stopwords, "
        + singles.size()
        + " single characters, tags "
        + posTags
        + "]";
  }

  private static Set<String> terms(Lexicon lexicon) {
    Set<String> out = new HashSet<>();
    for (Lexicon.Entry e : lexicon.entries()) out.add(e.term());
    return out;
  }

  private static Set<String> readResource(String path) {
    return parseList(Resources.text(path));
  }

  static Set<String> parseList(String text) {
    return new HashSet<>(TextFiles.listEntries(text));
  }
}
