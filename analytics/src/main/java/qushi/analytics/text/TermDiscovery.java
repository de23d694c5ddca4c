package qushi.analytics.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import qushi.analytics.core.Check;

/**
 * Proposes domain terms found in a corpus that neither the lexicon nor HanLP's core dictionary has,
 * so an analyst can extend the lexicon.
 *
 * <p>Candidates are character n-grams (2 to {@code maxLength} characters) with the statistics of
 * {@link CharNgrams}: internal cohesion ("aggregation", the smallest ratio f(w)·N / (f(a)·f(b))
 * over the ways to split the string in two, at least {@value #MIN_AGGREGATION}) and boundary
 * freedom ("entropy", the smaller of the left and right neighbour-character entropies, at least
 * {@value #MIN_ENTROPY}). A candidate is kept when it occurs at least {@code minFrequency} times,
 * is not in the lexicon or the core dictionary, is not a stopword, neither starts nor ends with a
 * one-character stopword (的, 了, 是, 等, …: "的重要", "提供了" are phrases, not terms), has no stopword
 * between its segments ("科学/与/技术"), and consists of Han characters and Latin letters (no digit,
 * punctuation or space: these end the runs {@link CharNgrams} reads). The ranking score is
 *
 * <pre>
 * score = ln(frequency) · entropy · ln(1 + aggregation)
 * </pre>
 *
 * Candidates that the current segmenter breaks into pieces one of which is a single character
 * ({@code broken}: 靶/点, 全/链条, like 新/质/生产力 before the lexicon had it) are listed first, since those
 * are the terms the lexicon most needs; then the others (compounds of known words such as 大学/教授,
 * which segmentation already handles). Within each group: score descending, ties by the candidate
 * string. Following the boundary-entropy method of new-word discovery. A candidate is proposed only
 * when its pieces may start and end a term as the term learner has it (no preposition, numeral or
 * generic verb first, no particle, directional verb or modifier last: 同/各国, 第二/步, 焕发/出 are
 * phrases), at least half its occurrences begin and end at the edges of the tokens the segmenter
 * cuts there (one that starts or ends inside a word is a fragment of longer words: 产阶级 of 无产阶级 and
 * 资产阶级, 化建设 of 现代化/建设, however free its boundary characters look), and fewer than half follow a
 * token the segmenter tags as a numeral (号航天员 of 二十/号航天员: the classifier belongs to the number).
 */
public final class TermDiscovery {
  private static final Pattern SHAPE =
      Pattern.compile("[\\p{IsHan}]{2,}|[\\p{IsHan}A-Za-z0-9]*[\\p{IsHan}][\\p{IsHan}A-Za-z0-9]*");

  /**
   * A proposed term.
   *
   * @param term the candidate string
   * @param frequency its occurrences in the texts (overlapping n-gram count)
   * @param entropy min(left, right) boundary entropy, nats
   * @param aggregation cohesion: the smallest f(w)·N / (f(a)·f(b)) over its splits a|b
   * @param score the ranking score above
   * @param segmented how the segmenter splits it now, pieces joined by "/"
   * @param broken whether one of those pieces is a single character
   */
  public record Candidate(
      String term,
      int frequency,
      double entropy,
      double aggregation,
      double score,
      String segmented,
      boolean broken) {}

  /** Least boundary entropy (nats) of a candidate. */
  static final double MIN_ENTROPY = 0.5;

  /** Least aggregation of a candidate. */
  static final double MIN_AGGREGATION = 10;

  private TermDiscovery() {}

  /**
   * Returns up to {@code top} candidates from {@code texts}, best first.
   *
   * @param texts cleaned texts
   * @param segmenter the segmenter whose splits are shown (with the lexicon in force)
   * @param known terms already known (lexicon), never proposed
   * @param stopwords words never proposed
   * @param maxLength longest candidate, characters (2..8)
   * @param minFrequency fewest occurrences (≥ 2)
   * @param top how many to return (≥ 1)
   */
  public static List<Candidate> discover(
      List<String> texts,
      Segmenter segmenter,
      Set<String> known,
      Set<String> stopwords,
      int maxLength,
      int minFrequency,
      int top) {
    Check.atLeast("maxLength", maxLength, 2);
    Check.atMost("maxLength", maxLength, 8);
    Check.atLeast("minFrequency", minFrequency, 2);
    Check.atLeast("top", top, 1);
    // the texts are joined by line breaks, which no n-gram crosses
    String joined = String.join("\n", texts);
    List<Candidate> out = new ArrayList<>();
    for (CharNgrams.Gram w :
        CharNgrams.of(joined, maxLength, minFrequency, MIN_ENTROPY, MIN_AGGREGATION)) {
      String t = w.text();
      if (!SHAPE.matcher(t).matches()) continue;
      // a candidate in traditional characters is judged as its simplified form (這些 as 这些)
      String s = Script.simplifiedShadow(t);
      if (known.contains(t) || stopwords.contains(s) || CoreDictionary.contains(s)) continue;
      if (known.contains(s) || stopwords.contains(t) || CoreDictionary.contains(t)) continue;
      if (stopwords.contains(t.substring(0, 1))
          || stopwords.contains(t.substring(t.length() - 1))
          || stopwords.contains(s.substring(0, 1))
          || stopwords.contains(s.substring(s.length() - 1))) continue;
      double score = Math.log(w.frequency()) * w.entropy() * Math.log1p(w.aggregation());
      List<Token> tokens = segmenter.segment(t);
      List<String> pieces = tokens.stream().map(Token::word).toList();
      if (pieces.size() > 2
          && pieces.subList(1, pieces.size() - 1).stream().anyMatch(stopwords::contains)) continue;
      if (pieces.size() > 1 && !termEdges(tokens, stopwords, known)) continue;
      boolean broken =
          pieces.size() > 1 && pieces.stream().anyMatch(x -> x.codePointCount(0, x.length()) == 1);
      out.add(
          new Candidate(
              t,
              w.frequency(),
              w.entropy(),
              w.aggregation(),
              score,
              String.join("/", pieces),
              broken));
    }
    out.sort(
        Comparator.comparing((Candidate c) -> !c.broken())
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparing(Candidate::term));
    // a fragment of longer words (产阶级 of 无产阶级 and 资产阶级, 国人民 of 中国/人民) starts or ends inside
    // a token where it stands: keep a candidate most of whose occurrences begin and end at token
    // edges, checked in rank order until enough are kept
    BitSet edges = new BitSet();
    BitSet afterNumeral = new BitSet();
    int base = 0;
    for (String text : texts) {
      for (Token tok : segmenter.segment(text)) {
        edges.set(base + tok.offset());
        edges.set(base + tok.end());
        if (tok.nature().startsWith("m")) afterNumeral.set(base + tok.end());
      }
      base += text.length() + 1;
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      if (kept.size() == top) break;
      if (aligned(joined, c.term(), edges, afterNumeral)) kept.add(c);
    }
    return List.copyOf(kept);
  }

  /**
   * Whether the pieces may start and end a term as the term learner's kinds have it ({@link
   * TermLearner#kind}): no function word, numeral or generic verb first (同/各国, 极/少数, 第二/步, 加强/党),
   * no function word, numeral or modifier last (焕发/出, 建立/起).
   */
  private static boolean termEdges(List<Token> pieces, Set<String> stopwords, Set<String> known) {
    Token first = pieces.get(0);
    Token last = pieces.get(pieces.size() - 1);
    int a = edgeKind(first, stopwords, known);
    int b = edgeKind(last, stopwords, known);
    return a != TermLearner.FUNCTION
        && a != TermLearner.NUMERAL
        && a != TermLearner.GRAMMATICAL
        && a != TermLearner.GENERIC_VERB
        && b != TermLearner.FUNCTION
        && b != TermLearner.NUMERAL
        && b != TermLearner.GRAMMATICAL
        && b != TermLearner.MODIFIER;
  }

  /**
   * Returns the learner's kind of an edge piece; a single character tagged as a classifier counts
   * as a noun here (点 of 靶/点: a new word's last character, whatever the dictionary tags it).
   */
  private static int edgeKind(Token t, Set<String> stopwords, Set<String> known) {
    int k = TermLearner.kind(t.word(), t.nature(), stopwords, known) & ~TermLearner.INNER_ONLY;
    boolean classifier =
        t.nature().startsWith("q") && t.word().codePointCount(0, t.word().length()) == 1;
    return k == TermLearner.NUMERAL && classifier ? TermLearner.NOMINAL : k;
  }

  /**
   * Whether at least half the occurrences of {@code term} begin and end at token edges, and fewer
   * than half follow a numeral, a token the segmenter tags {@code m} (positions in {@code
   * afterNumeral}): 号航天员 of 神舟二十/号航天员, 件大事 of 一/件大事 begin with the classifier of a number (but 大飞机
   * of C919/大飞机 and 大市场 of 统一/大市场 do not).
   */
  private static boolean aligned(String text, String term, BitSet edges, BitSet afterNumeral) {
    int all = 0;
    int whole = 0;
    int counted = 0;
    for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
      all++;
      if (edges.get(i) && edges.get(i + term.length())) whole++;
      if (afterNumeral.get(i)) counted++;
    }
    return 2 * whole >= all && 2 * counted < all;
  }
}
