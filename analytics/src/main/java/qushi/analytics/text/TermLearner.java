package qushi.analytics.text;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import qushi.analytics.stats.LogLikelihood;

/**
 * Learns multiword terms from a segmented corpus: adjacent tokens that occur together far more
 * often than chance, that depend on each other, and that form a unit with free boundaries are
 * merged, in a few rounds, so that longer terms grow from shorter ones (as in word2phrase and
 * gensim's Phrases, with a significance test in place of a fixed threshold). Deterministic: counts
 * are made by sorting, ties are broken by position and string.
 *
 * <p><b>Pieces.</b> Every token is one of these kinds ({@link #kind}): a <i>function word</i>
 * (particles, prepositions, conjunctions, pronouns, numerals, classifiers, time words, punctuation,
 * non-Chinese tokens, stopwords tagged as adverbs or position words, the classical postpositions
 * 之上, 之下, 之间 … (条件之下 is a phrase), the light and modal verbs that only carry another verb: 进行, 给予,
 * 应当, 有权 …, and A-not-A questions: 是不是, 可不可以) never belongs to a term and cuts the text; a
 * <i>person's name</i> joins nothing but a single character or another name it stands beside in at
 * least half the occurrences of each — a name the recogniser cut short (阮富/仲, 哈/梅内伊) or cut in two
 * (梅利托/波尔), kept unless one character also stands beside the result that often (马福萨 of 拉马福萨) — and
 * never its title (主席/习近平); a <i>generic verb</i> (a stopword tagged as a verb: 推动, 加强, 指出 …) never
 * starts a term; a <i>generic verbal noun</i> (a stopword tagged {@code vn}: 发展, 建设) never starts a
 * term but may be its head (生态文明建设), and neither does a stopword tagged as a distinguishing word
 * ({@code b}: the determiners 下列, 上述, 整个, 所有, and 主要: 下列情形 and 上述活动 are no terms), which ends none
 * either when it has two or more characters (标准主要 of 本标准主要规定了), nor does a postposition of the 以
 * family (以上, 以下, 以北: 县级以上人民政府 is a term, 以上学历 none); a <i>modifier</i> (an adverb or adverbial
 * adjective) never ends a term; a <i>verb</i>, <i>verbal noun</i>, <i>adjective</i> or
 * <i>nominal</i> (any other word) may stand anywhere. Clauses and phrases are not terms: a unit
 * that ends with a generic verb must start with a verb (会议/指出 is a clause); one that ends with a
 * verb must start with a verb or a noun (防范/化解 is a pair of verbs, 乡村/振兴 and 节能/减排 are compounds;
 * 认真/贯彻 is a clause), and then its two parts must depend on each other both ways (below), which a
 * subject and its predicate do not; an adjective or modifier directly before a verbal noun modifies
 * an action (正确/处理, 健康/发展). A single character that is neither an adjective nor a distinguishing
 * word (新, 大 are) may be merged (供给 + 侧) but may not start a learned term, and may end one only as
 * a noun, its head (架构 + 师, 状态 + 机), unless it was first merged with single characters only (营 + 商,
 * then 营商 + 环境: a word the segmenter did not know). The plural suffix 们 is a function word (程序员们 is
 * 程序员 in the plural). The terms of the user's lexicon are kept exactly as the lexicon has them:
 * they are never merged into a longer term. Those of the bundled lexicon are words like the others
 * (of the kind of their tag): they are general (合作社, 集体经济, 乡村振兴), and a corpus's own terms are
 * often built on them (农民专业合作社, 农村集体经济组织), which freezing them would leave split in every analysis.
 *
 * <p><b>A round.</b> Over the token stream (units of earlier rounds count as one token; function
 * words, the user's lexicon terms, line breaks and text edges separate), every adjacent pair A B
 * that the kinds allow is counted. With N the number of units, c(A), c(B) their counts and n the
 * count of the pair, the pair is accepted when all hold:
 *
 * <pre>
 * n ≥ minCount (5)
 * G² of {{n, c(A)−n}, {c(B)−n, N−c(A)−c(B)+n}} ≥ χ²₁ quantile at 1 − α/m,  n·N &gt; c(A)·c(B)
 *     (α = 0.05, m = pairs tested in the round: Bonferroni; Dunning 1993)
 * NPMI = ln(n·N / (c(A)·c(B))) / −ln(n/N) ≥ 0.3                        (Bouma 2009)
 * max(n/c(A), n/c(B)) ≥ 0.2             one part predicts the other,
 *     or NPMI ≥ 0.45 when the unit ends in a noun or verbal noun: two frequent words that form an
 *     established compound (编程/语言, 产品/质量) each occur mostly without the other
 * a unit that starts or ends with a verb (verb + object, verb + verb, noun + verb):
 *     min(n/c(A), n/c(B)) ≥ 0.2 as well
 * at most 12 characters, not on the not-a-term list
 * </pre>
 *
 * Accepted pairs are merged left to right; where two accepted pairs overlap (A B C), the one with
 * the higher NPMI is merged (the left one on a tie). Three rounds are made.
 *
 * <p><b>The terms.</b> A merged unit is a learned term when it still occurs at least minCount times
 * as a unit and its boundaries are free: the entropy of the tokens before it and of the tokens
 * after it are each at least 1.0 nats (a unit always followed by the same word is a fragment of a
 * longer one, e.g. 中国特色 before 社会主义). A text edge, punctuation, a function word or numeral of two
 * or more characters, and before the term a generic verb or a user's lexicon term, count as a new
 * neighbour each time, since nothing can extend a term across them (Jin &amp; Tanaka-Ishii 2006,
 * branching entropy); a user's lexicon term after it counts as itself, the head that a fragment
 * lacks (上海药物 before 研究所), and so does a one-character function word (顿, 克 around 涅茨 of 顿涅茨克) and a
 * longer one that stands beside the unit in at least half its own occurrences: a piece of a name
 * the dictionary mistook for a grammatical word (阿拉, a pronoun to it, always before 格齐 of 阿拉格齐).
 *
 * <pre>
 * H = −Σ_w p(w) ln p(w),   p(w) = share of the term's occurrences with neighbour w
 * </pre>
 *
 * The prepared corpus then keeps all learned terms whole at once (of terms that overlap, the one
 * merged with the highest NPMI first, as the rounds decide; a term inside a longer one where the
 * longer one lost: {@link LearnedTerms}); a merged term left fewer than minCount tokens there (the
 * segmenter cut a name two ways, and the longer term takes the occurrences of the shorter: 冈村宁
 * inside 冈村宁次) is dropped ({@link LearnedTerms#underCounted}), and the passages whose text holds it
 * are cut again without it, until no term is left under minCount; both engines do so.
 *
 * <p><b>Quoted terms.</b> A run of two or more Han tokens that the texts put alone in quotation
 * marks in at least two passages (“放管服”, “两个维护”) is a term as well, whatever its pieces: the author
 * has named it ({@link QuotedTerms}). Such slogans often begin with a numeral or are made of single
 * characters, which the rounds never merge.
 *
 * <p><b>Transliterated names.</b> A foreign name the segmenter cut (顿涅茨克 as 顿/涅/茨/克), a run of
 * tokens written in the characters HanLP transliterates with, seen {@link #MIN_COUNT} times, with a
 * piece that stands inside it in at least half its own occurrences, is a term too ({@link
 * TransliteratedTerms}), with no merge statistics: its pieces are single characters, classifiers
 * and words of other kinds, which the rounds never merge either.
 *
 * <p><b>Cut words.</b> A word of two characters that the segmenter writes whole in some places and
 * cuts into its characters in others (胡塞, cut 胡/塞 where 胡 reads as an adverb, a function word to
 * the rounds) is a term where the pair of characters passes the rounds' tests ({@link CutWords}).
 *
 * <p><b>Torn edges.</b> A merged term whose last piece is a single character that starts another of
 * the terms with the words after it in half its runs or more (马来西亚总理/安 before 瓦尔) is dropped
 * ({@link #withoutTornEdges}): the character is a name's.
 */
public final class TermLearner {
  /** Kind of a function word: never in a term, cuts the stream. */
  public static final byte FUNCTION = 0;

  /**
   * Kind of a generic verb (a stopword tagged as a verb): never starts a term, and ends one only
   * after a verb.
   */
  public static final byte GENERIC_VERB = 1;

  /**
   * Kind of a generic verbal noun (a stopword tagged {@code vn}: 发展, 建设), which never starts a term
   * but may be its head (生态文明建设), and of a stopword tagged as a distinguishing word ({@code b}: the
   * determiners 下列, 上述, 整个, 所有, and 主要, and the stopwords that point at the speaker's own place,
   * 我国, 本市), which qualifies what follows it and so never starts one either (下列情形, 上述活动, 我国公民), but
   * may stand inside one.
   */
  public static final byte GENERIC_HEAD = 5;

  /**
   * The first characters of a stopword that points at the speaker's own place (我国, 我省, 本市): it
   * qualifies what follows it, as a determiner does (我国公民, 我国可再生能源), so it is of the kind {@link
   * #GENERIC_HEAD} and starts no term.
   */
  private static final String DEICTIC = "我本";

  /** Kind of a verb that is not a stopword. */
  public static final byte VERB = 2;

  /** Kind of a modifier: an adverb or adverbial adjective that is not a stopword. */
  public static final byte MODIFIER = 3;

  /** Kind of any other word: nouns, verbal nouns, adjectives, idioms, abbreviations. */
  public static final byte NOMINAL = 4;

  /**
   * Flag added to a kind: a single character that may not start a term (and ends one only as a
   * noun).
   */
  public static final byte INNER_ONLY = 8;

  /**
   * Kind of a numeral or classifier ({@code m}, {@code q}): a function word to the rounds, but a
   * piece of a quoted term (“两个维护”, “三去一降一补”).
   */
  public static final byte NUMERAL = 32;

  /**
   * Kind of a word that only points or joins — a preposition, pronoun, modal or interjection
   * ({@code p r y e o}), or the particles 的 地 得 了 过 — a function word that marks a phrase, so that
   * it is not a piece of a quoted term either.
   */
  public static final byte GRAMMATICAL = 64;

  /**
   * Verbs that only carry another verb, grammatical words whatever tag the dictionaries give them
   * (进行 and 给予 are {@code vn} there, 有权 {@code nz}): the light verbs, whose object is the action
   * (进行讯问, 给予处分), and the modal verbs of rules. A term never holds one: 医师进行, 代表有权 and 依法给予处分 are
   * clauses.
   */
  static final Set<String> AUXILIARY_VERBS =
      Set.of(
          "进行", "加以", "给予", "给以", "予以", "作出", "做出", "应当", "应该", "可以", "能够", "必须", "不得", "有权", "无权");

  /** Kind of a term of the user's lexicon: kept as it is, never merged. */
  public static final byte FROZEN = 16;

  /**
   * Kind of a person's name ({@code nr*}): merged with nothing but a single character or another
   * name it nearly always stands beside, both ways — a name the recogniser cut short (阮富/仲, 哈/梅内伊)
   * or cut in two (梅利托/波尔) — so a name and its title stay apart (主席/习近平).
   */
  public static final byte NAME = (byte) 0x80;

  /**
   * Fewest share of each piece's occurrences a name and a single character must stand together in
   * to be merged.
   */
  public static final double NAME_DEPENDENCE = 0.5;

  /**
   * Kind of an adjective ({@code a}): may start a term, but not right before a verb or verbal noun.
   */
  public static final byte ADJECTIVE = 6;

  /** Kind of a verbal noun ({@code vn}) that is not a stopword. */
  public static final byte VERBAL_NOUN = 7;

  /** Fewest occurrences of a pair, and of a learned term. */
  public static final int MIN_COUNT = 5;

  /** Family-wise significance level of a round's tests (Bonferroni). */
  public static final double ALPHA = 0.05;

  /** Lowest normalised PMI of a pair. */
  public static final double MIN_NPMI = 0.3;

  /** Lowest share of one part's occurrences that the pair takes. */
  public static final double MIN_DEPENDENCE = 0.2;

  /**
   * Normalised PMI at which a pair that ends in a noun or verbal noun needs no dependence: an
   * established compound of two frequent words (编程语言, 产品质量), each mostly used without the other.
   */
  public static final double COMPOUND_NPMI = 0.45;

  /** Lowest boundary entropy of a learned term on either side, nats. */
  public static final double MIN_ENTROPY = 1.0;

  /** Rounds of merging. */
  public static final int ROUNDS = 3;

  /** Longest learned term, characters. */
  public static final int MAX_LENGTH = 12;

  /**
   * A learned term.
   *
   * @param term the term
   * @param pieces the segmenter tokens it was merged from, joined by "/"
   * @param frequency its tokens as a unit when it was learned; {@link
   *     qushi.analytics.prepare.PreparedCorpus#learnedTerms} gives its frequency in the prepared
   *     corpus: its tokens, and those of the longer learned terms whose pieces spell it ({@link
   *     qushi.analytics.prepare.NestedTerms})
   * @param occurrences its occurrences in the cleaned text, as {@code count} finds them
   *     (non-overlapping, left to right), which {@link
   *     qushi.analytics.prepare.PreparedCorpus#learnedTerms} gives; more than the frequency where
   *     the term stands inside a longer word of the dictionary, across the segmenter's cuts, or in
   *     a heading that frames the documents. Equal to the frequency when the term was learned,
   *     before the text is searched
   * @param g2 G² of the merge that made it
   * @param npmi normalised PMI of that merge
   * @param forward n/c(A) of that merge: how often its first part goes on to the rest
   * @param backward n/c(B) of that merge: how often its last part has the rest before it
   * @param leftEntropy entropy of the tokens before it, nats
   * @param rightEntropy entropy of the tokens after it, nats
   * @param quoted passages in which the texts put it alone in quotation marks ({@link
   *     QuotedTerms}); a term learned from quotation marks alone has no merge statistics (they are
   *     NaN)
   * @param transliterated whether it is a foreign name the segmenter cut, learned from its
   *     transliteration characters and its pieces ({@link TransliteratedTerms}); such a term has no
   *     merge statistics (NaN) either
   */
  public record Term(
      String term,
      String pieces,
      int frequency,
      int occurrences,
      double g2,
      double npmi,
      double forward,
      double backward,
      double leftEntropy,
      double rightEntropy,
      int quoted,
      boolean transliterated)
      implements java.io.Serializable {

    /**
     * Returns a term learned without the rounds' statistics (NaN): from quotation marks ({@code
     * quoted} passages) or as a transliterated name.
     */
    static Term unscored(
        String term, String pieces, int frequency, int quoted, boolean transliterated) {
      double nan = Double.NaN;
      return new Term(
          term, pieces, frequency, frequency, nan, nan, nan, nan, nan, nan, quoted, transliterated);
    }

    /** Returns this term with its frequency and occurrences replaced. */
    public Term withCounts(int frequency, int occurrences) {
      return with(frequency, occurrences, quoted);
    }

    Term withQuoted(int passages) {
      return with(frequency, occurrences, passages);
    }

    private Term with(int n, int found, int passages) {
      return new Term(
          term,
          pieces,
          n,
          found,
          g2,
          npmi,
          forward,
          backward,
          leftEntropy,
          rightEntropy,
          passages,
          transliterated);
    }
  }

  private final String[] atoms;
  private final Set<String> notTerms;

  private final TermUnits units;

  private TermLearner(String[] atoms, byte[] atomKinds, Set<String> notTerms) {
    this.atoms = atoms;
    this.notTerms = notTerms;
    this.units = new TermUnits(atoms, atomKinds);
  }

  /**
   * Returns the kind of a token ({@link #FUNCTION}, {@link #GENERIC_VERB}, {@link #VERB}, {@link
   * #MODIFIER}, {@link #NOMINAL}, possibly with {@link #INNER_ONLY}) from its text and HanLP tag.
   *
   * @param stopwords the stopwords in force
   * @param frozen terms of the user's lexicon, never merged
   */
  public static byte kind(String word, String tag, Set<String> stopwords, Set<String> frozen) {
    String shadow = Script.simplifiedShadow(word);
    if (frozen.contains(word) || frozen.contains(shadow)) return FROZEN;
    if (word.isEmpty() || !allHan(word)) return FUNCTION;
    char c = tag.isEmpty() ? 'x' : tag.charAt(0);
    if (c == 'm' || c == 'q') return NUMERAL;
    if (AUXILIARY_VERBS.contains(word)
        || AUXILIARY_VERBS.contains(shadow)
        || TermFilter.questionForm(shadow)) {
      return GRAMMATICAL;
    }
    if ("pryeo".indexOf(c) >= 0 || tag.startsWith("ude") || tag.equals("ule") || tag.equals("uguo"))
      return GRAMMATICAL;
    boolean stop = stopwords.contains(word) || stopwords.contains(shadow);
    if ("pcueyowxmqrt".indexOf(c) >= 0
        || tag.startsWith("vshi")
        || tag.startsWith("vyou")
        || tag.equals("vf")
        || tag.equals("vx")
        || tag.equals("nx")) return FUNCTION;
    boolean single = word.codePointCount(0, word.length()) == 1;
    if ((c == 'd' || c == 'f') && (stop || single || word.charAt(0) == '之') || word.equals("们")) {
      return FUNCTION;
    }
    // a postposition of the 以 family (以上, 以下, 以内, 以北 …) closes the phrase before it: it
    // ends a term (县级以上) or stands inside one (县级以上人民政府), but starts none (以上不满, 以上学历, 以北地区)
    if (c == 'f' && word.charAt(0) == '以') return GENERIC_HEAD;
    // a phrase of place, time or condition (范围内, 批准后) belongs to no term
    if (c == 'f' && Segmenter.locative(word)) return FUNCTION;
    if (tag.startsWith("nr")) {
      // the recogniser's "name" that ends in a particle is a misreading (有/关的): no name
      return "的地得了过".indexOf(word.charAt(word.length() - 1)) >= 0 ? FUNCTION : NAME;
    }
    // a word that ends in the particle 的 and is no noun (目的 is one) is a modifier with its
    // particle, the dictionary's 新的 or 真正的: a phrase such as 新的历史 or 新的证据 is no term
    if (!single && word.endsWith("的") && c != 'n') return FUNCTION;
    boolean pureVerb =
        tag.equals("v")
            || tag.equals("vi")
            || tag.equals("vd")
            || tag.equals("vl")
            || tag.equals("vg");
    byte kind;
    if (stop && pureVerb) kind = GENERIC_VERB;
    else if (stop && tag.equals("vn")) kind = GENERIC_HEAD;
    // a determiner or a word that points at the speaker's place qualifies what follows it: it
    // neither starts nor ends a term (标准主要 of 本标准主要规定了 is none), but may stand inside one; a
    // single character tagged so may end one (优先权日)
    else if (stop && (c == 'b' || DEICTIC.indexOf(word.charAt(0)) >= 0)) {
      kind = single ? GENERIC_HEAD : GENERIC_HEAD | INNER_ONLY;
    } else if (pureVerb) kind = VERB;
    else if (tag.equals("vn")) kind = VERBAL_NOUN;
    else if (c == 'd' || tag.equals("ad")) kind = MODIFIER;
    else if (tag.equals("a")) kind = ADJECTIVE;
    else kind = NOMINAL;
    if (single && c != 'a' && c != 'b') kind |= INNER_ONLY;
    return kind;
  }

  /**
   * Returns the terms learned from token streams.
   *
   * @param sequences per passage, the atom id of each token, -1 where a token is no word
   * @param atoms the text of each atom id, each word once
   * @param atomKinds per passage, the kind of each token ({@link #kind})
   * @param notTerms strings never learned
   * @return the learned terms, largest G² first (ties by term), then the terms learned from
   *     quotation marks alone ({@link QuotedTerms}), most quoted first, then the transliterated
   *     names that are neither ({@link TransliteratedTerms}), most frequent first, then the cut
   *     words that are none of these ({@link CutWords}), largest G² first
   */
  public static List<Term> learn(
      List<int[]> sequences, List<byte[]> atomKinds, String[] atoms, Set<String> notTerms) {
    return learn(sequences, atomKinds, null, atoms, notTerms);
  }

  /**
   * Returns the terms learned from token streams that hold line breaks: nothing is merged across a
   * line break (a heading and the first words below it), quotations are found per passage.
   *
   * @param lineStarts per passage, the indices of its tokens that start a line after its first
   *     ({@link #lineStarts}); null for none
   */
  public static List<Term> learn(
      List<int[]> sequences,
      List<byte[]> atomKinds,
      List<int[]> lineStarts,
      String[] atoms,
      Set<String> notTerms) {
    return learn(sequences, atomKinds, lineStarts, null, atoms, notTerms);
  }

  /**
   * Returns the terms learned from token streams with line breaks whose tokens' offsets are known,
   * so that hashtags, whose words touch, are read too ({@link QuotedTerms}).
   *
   * @param offsets per passage, the offset of each token in its text; null: no hashtags are read
   */
  public static List<Term> learn(
      List<int[]> sequences,
      List<byte[]> atomKinds,
      List<int[]> lineStarts,
      List<int[]> offsets,
      String[] atoms,
      Set<String> notTerms) {
    // the quotations, the cut names and the cut words are found while the rounds run: they read
    // the streams, which the rounds copy
    var quoted =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> QuotedTerms.find(sequences, atomKinds, atoms, offsets, notTerms));
    var names =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> TransliteratedTerms.find(sequences, atomKinds, lineStarts, atoms, notTerms));
    var cut =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> CutWords.find(sequences, atomKinds, lineStarts, atoms, notTerms));
    UnitStreams units = UnitStreams.of(sequences, atomKinds, lineStarts, atoms);
    TermLearner learner = new TermLearner(units.text, units.kinds, notTerms);
    List<Term> learned = learner.run(units.streams, units::marked);
    List<Term> all = withNames(QuotedTerms.withQuoted(learned, quoted.join()), names.join());
    return withoutTornEdges(withCutWords(all, cut.join()), sequences, atoms);
  }

  /**
   * Returns the terms followed by the cut words ({@link CutWords}) none of them is, in their order
   * (largest G² first), with their pair's statistics and no boundary entropies (NaN): the segmenter
   * writes them whole elsewhere.
   */
  private static List<Term> withCutWords(List<Term> terms, List<CutWords.Word> words) {
    if (words.isEmpty()) return terms;
    Set<String> known = new HashSet<>();
    for (Term t : terms) known.add(t.term());
    List<Term> out = new ArrayList<>(terms);
    double nan = Double.NaN;
    for (CutWords.Word w : words) {
      if (known.contains(w.text())) continue;
      double[] s = w.stats();
      int tokens = w.cut() + w.whole();
      out.add(
          new Term(
              w.text(), w.pieces(), tokens, tokens, s[0], s[1], s[2], s[3], nan, nan, 0, false));
    }
    return out;
  }

  /**
   * Returns the terms without those whose last character belongs to the word after them: a term
   * merged by the rounds (not quoted) whose last piece is a single character that, in at least half
   * of the term's runs of pieces in the token streams, starts another of the terms with the one to
   * three tokens after it. The segmenter cut a foreign name after a title or a place (马来西亚 总理/安/瓦尔
   * of 安瓦尔, 北部/杰/巴利耶 of 杰巴利耶), and the rounds joined its first character to the words before it
   * (马来西亚总理安), which, kept whole from the left, would take that character from the name wherever
   * the two stand together. In the order given.
   */
  static List<Term> withoutTornEdges(List<Term> terms, List<int[]> sequences, String[] atoms) {
    // the candidates: merged terms whose last piece is a single character
    List<Term> candidates = new ArrayList<>();
    List<String[]> candidatePieces = new ArrayList<>();
    for (Term t : terms) {
      String[] p = t.pieces().split("/");
      if (t.quoted() > 0 || t.transliterated() || p.length < 2) continue;
      if (p[p.length - 1].codePointCount(0, p[p.length - 1].length()) != 1) continue;
      candidates.add(t);
      candidatePieces.add(p);
    }
    if (candidates.isEmpty()) return terms;
    Map<String, Integer> atomIds = new HashMap<>();
    for (int a = 0; a < atoms.length; a++) atomIds.putIfAbsent(atoms[a], a);
    // their pieces as atom ids (none when a piece is no atom), listed under their first atom (and
    // marked there, so that the scan looks the list up only at such atoms)
    List<int[]> pieces = new ArrayList<>();
    boolean[] first = new boolean[atoms.length];
    Map<Integer, List<Integer>> byFirst = new HashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      String[] p = candidatePieces.get(c);
      int[] ids = new int[p.length];
      for (int k = 0; k < p.length; k++) ids[k] = atomIds.getOrDefault(p[k], -1);
      pieces.add(ids);
      if (Arrays.stream(ids).anyMatch(id -> id < 0)) continue;
      byFirst.computeIfAbsent(ids[0], x -> new ArrayList<>()).add(c);
      first[ids[0]] = true;
    }
    Set<String> strings = new HashSet<>();
    for (Term t : terms) strings.add(t.term());
    int[] runs = new int[candidates.size()];
    int[] torn = new int[candidates.size()];
    for (int[] seq : sequences) {
      for (int i = 0; i < seq.length; i++) {
        if (seq[i] < 0 || !first[seq[i]]) continue;
        for (int c : byFirst.get(seq[i])) {
          int[] ids = pieces.get(c);
          int end = i + ids.length;
          if (end > seq.length || !Arrays.equals(seq, i, end, ids, 0, ids.length)) continue;
          runs[c]++;
          StringBuilder after = new StringBuilder(atoms[ids[ids.length - 1]]);
          for (int j = end; j < Math.min(end + 3, seq.length) && seq[j] >= 0; j++) {
            after.append(atoms[seq[j]]);
            if (strings.contains(after.toString())) {
              torn[c]++;
              break;
            }
          }
        }
      }
    }
    Set<String> dropped = new HashSet<>();
    for (int c = 0; c < runs.length; c++) {
      if (runs[c] > 0 && 2 * torn[c] >= runs[c]) dropped.add(candidates.get(c).term());
    }
    if (dropped.isEmpty()) return terms;
    List<Term> out = new ArrayList<>(terms.size());
    for (Term t : terms) if (!dropped.contains(t.term())) out.add(t);
    return out;
  }

  /**
   * Returns the terms followed by the transliterated names none of them is (most frequent first,
   * ties by text).
   */
  private static List<Term> withNames(List<Term> terms, List<TransliteratedTerms.Name> names) {
    Set<String> known = new HashSet<>();
    for (Term t : terms) known.add(t.term());
    List<Term> out = new ArrayList<>(terms);
    List<TransliteratedTerms.Name> rest = new ArrayList<>();
    for (TransliteratedTerms.Name n : names) if (!known.contains(n.text())) rest.add(n);
    rest.sort(
        java.util.Comparator.comparingInt(TransliteratedTerms.Name::count)
            .reversed()
            .thenComparing(TransliteratedTerms.Name::text));
    for (TransliteratedTerms.Name n : rest) {
      out.add(Term.unscored(n.text(), n.pieces(), n.count(), 0, true));
    }
    return out;
  }

  /**
   * Returns the indices of the tokens (at {@code offsets} in {@code text}, in order) that follow a
   * line break.
   */
  public static int[] lineStarts(String text, int[] offsets) {
    int[] out = new int[offsets.length];
    int n = 0;
    for (int k = 1; k < offsets.length; k++) {
      int nl = text.indexOf('\n', offsets[k - 1]);
      if (nl >= 0 && nl < offsets[k]) out[n++] = k;
    }
    return Arrays.copyOf(out, n);
  }

  private List<Term> run(List<int[]> seqs, IntFunction<String> marked) {
    for (int round = 0; round < ROUNDS; round++) {
      Kinds kinds = new Kinds(units);
      Long2ObjectOpenHashMap<double[]> accepted = acceptPairs(seqs, kinds);
      if (accepted.isEmpty()) break;
      // the units are made before the streams are merged (in parallel): in pair order, so their
      // ids do not depend on the threads
      boolean[] starts = new boolean[units.unitText.size()];
      long[] keys = accepted.keySet().toLongArray();
      Arrays.sort(keys);
      for (long key : keys) {
        starts[(int) (key >>> 32)] = true;
        units.unit((int) (key >>> 32), (int) key, accepted.get(key));
      }
      IntStream.range(0, seqs.size())
          .parallel()
          .forEach(k -> seqs.set(k, merge(seqs.get(k), accepted, starts)));
    }
    return TermSelection.terms(seqs, units, atoms.length, marked, notTerms);
  }

  /** The kinds of the units of a round, in arrays (the units do not change during a count). */
  private record Kinds(byte[] first, byte[] last, boolean[] names, boolean[] singles) {
    Kinds(TermUnits units) {
      this(
          new byte[units.unitText.size()],
          new byte[units.unitText.size()],
          new boolean[units.unitText.size()],
          new boolean[units.unitText.size()]);
      for (int u = 0; u < first.length; u++) {
        first[u] = units.firstKind.get(u);
        last[u] = units.lastKind.get(u);
        names[u] = units.names.get(u);
        singles[u] = units.singles.get(u);
      }
    }
  }

  /** Returns the accepted pairs of this round with {g2, npmi, forward, backward}. */
  private Long2ObjectOpenHashMap<double[]> acceptPairs(List<int[]> seqs, Kinds kinds) {
    int size = units.unitText.size();
    long[] count =
        IntStream.range(0, seqs.size())
            .parallel()
            .collect(
                () -> new long[size],
                (c, k) -> {
                  for (int u : seqs.get(k)) if (u >= 0) c[u]++;
                },
                (x, y) -> {
                  for (int u = 0; u < size; u++) x[u] += y[u];
                });
    long total = 0;
    for (long c : count) total += c;
    long[] keys =
        IntStream.range(0, seqs.size())
            .parallel()
            .mapToObj(k -> pairKeys(seqs.get(k), kinds))
            .flatMapToLong(Arrays::stream)
            .toArray();
    Arrays.parallelSort(keys);
    // distinct pairs with their counts, in key order
    List<long[]> candidates = new ArrayList<>();
    for (int i = 0; i < keys.length; ) {
      int j = i;
      while (j < keys.length && keys[j] == keys[i]) j++;
      if (j - i >= MIN_COUNT) candidates.add(new long[] {keys[i], j - i});
      i = j;
    }
    Long2ObjectOpenHashMap<double[]> accepted = new Long2ObjectOpenHashMap<>();
    if (candidates.isEmpty()) return accepted;
    double critical =
        new ChiSquaredDistribution(1).inverseCumulativeProbability(1 - ALPHA / candidates.size());
    double bigN = total;
    // tested in parallel, kept in key order
    List<double[]> stats =
        candidates.parallelStream()
            .map(c -> test(c[0], c[1], count, bigN, critical, kinds))
            .toList();
    for (int i = 0; i < stats.size(); i++) {
      if (stats.get(i) != null) accepted.put(candidates.get(i)[0], stats.get(i));
    }
    return accepted;
  }

  /** Returns the keys of the pairs of adjacent units of a stream that may be merged. */
  private long[] pairKeys(int[] s, Kinds kinds) {
    long[] out = new long[Math.max(0, s.length - 1)];
    int n = 0;
    for (int i = 0; i + 1 < s.length; i++) {
      if (mayPair(s[i], s[i + 1], kinds)) out[n++] = key(s[i], s[i + 1]);
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * Returns {g2, npmi, forward, backward} of the pair {@code key} that occurs {@code n} times, or
   * null when it is not accepted.
   */
  private double[] test(long key, long n, long[] count, double bigN, double critical, Kinds kinds) {
    int a = (int) (key >>> 32);
    int b = (int) key;
    double nab = n;
    double ca = count[a];
    double cb = count[b];
    String joined = units.unitText.get(a) + units.unitText.get(b);
    if (joined.codePointCount(0, joined.length()) > MAX_LENGTH || notTerms.contains(joined)) {
      return null;
    }
    double[] stats = association(nab, ca, cb, bigN, critical);
    if (stats == null) return null;
    double npmi = stats[1];
    double forward = stats[2];
    double backward = stats[3];
    int first = kinds.first[a] & 7;
    int last = kinds.last[b] & 7;
    boolean compound =
        npmi >= COMPOUND_NPMI && (last == NOMINAL || last == VERBAL_NOUN || last == GENERIC_HEAD);
    if (npmi < MIN_NPMI || (Math.max(forward, backward) < MIN_DEPENDENCE && !compound)) {
      return null;
    }
    if ((kinds.names[a] || kinds.names[b]) && Math.min(forward, backward) < NAME_DEPENDENCE) {
      return null; // a name merges only with the character it was cut from
    }
    if ((first == VERB || last == VERB) && Math.min(forward, backward) < MIN_DEPENDENCE) {
      return null; // a free verb + object, a subject + its verb, or two verbs that merely follow
    }
    return stats;
  }

  /**
   * Returns {g2, npmi, forward, backward} of a pair that occurs {@code n} times beside parts that
   * occur {@code ca} and {@code cb} times among {@code total} units, or null when the pair is not
   * more frequent than chance or its G² is under {@code critical}.
   */
  static double[] association(double n, double ca, double cb, double total, double critical) {
    if (n * total <= ca * cb) return null;
    double g2 = LogLikelihood.g2(n, ca - n, cb - n, total - ca - cb + n);
    if (g2 < critical) return null;
    double npmi = Math.log(n * total / (ca * cb)) / -Math.log(n / total);
    return new double[] {g2, npmi, n / ca, n / cb};
  }

  /**
   * Returns whether units a and b may be merged: the first piece may start a term and the last may
   * end one; a generic verb ends a unit only after a verb (no subject + reporting verb), a verb not
   * after a modifier (no adverb + verb). A single character may stand at the edge of a unit here
   * (供给 + 侧, then 供给侧 + 结构性改革), but not at the edge of a learned term.
   */
  private static boolean mayPair(int a, int b, Kinds kinds) {
    if (a < 0 || b < 0) return false;
    if (kinds.names[a] || kinds.names[b]) {
      // a name cut short joins its character, and two pieces of one transliterated name join
      // each other (梅利托/波尔): both only where each nearly always stands by the other
      return kinds.names[a] ? kinds.singles[b] || kinds.names[b] : kinds.singles[a];
    }
    int first = kinds.first[a] & 7;
    int last = kinds.last[b] & 7;
    if (first == GENERIC_VERB || first == GENERIC_HEAD || last == MODIFIER) return false;
    // a generic verb ends a unit only after a verb: 杂志/发表, 会议/指出 are clauses; a verb ends
    // one after a verb or a noun (乡村/振兴, 节能/减排), and then only when the two depend on each
    // other both ways (see pairs), which a subject and its predicate do not
    if (last == GENERIC_VERB && first != VERB) return false;
    if (last == VERB && first != VERB && first != NOMINAL && first != VERBAL_NOUN) return false;
    // an adjective or adverb before a verbal noun modifies an action: 正确/处理, 健康/发展
    return !((first == ADJECTIVE || first == MODIFIER)
        && (last == VERBAL_NOUN || last == GENERIC_HEAD));
  }

  /**
   * Returns the stream with this round's accepted pairs merged ({@code starts}: the units that
   * start an accepted pair).
   */
  private int[] merge(int[] s, Long2ObjectOpenHashMap<double[]> accepted, boolean[] starts) {
    int[] out = new int[s.length];
    int n = 0;
    int i = 0;
    while (i < s.length) {
      double[] here =
          i + 1 < s.length && s[i] >= 0 && starts[s[i]] ? accepted.get(key(s[i], s[i + 1])) : null;
      double[] next =
          here != null && i + 2 < s.length && s[i + 1] >= 0 && starts[s[i + 1]]
              ? accepted.get(key(s[i + 1], s[i + 2]))
              : null;
      if (here != null && (next == null || here[1] >= next[1])) {
        out[n++] = units.made(s[i], s[i + 1]);
        i += 2;
      } else {
        out[n++] = s[i++];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFFFFFFL);
  }

  static boolean allHan(String w) {
    for (int i = 0; i < w.length(); ) {
      int c = w.codePointAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return false;
      i += Character.charCount(c);
    }
    return true;
  }
}
