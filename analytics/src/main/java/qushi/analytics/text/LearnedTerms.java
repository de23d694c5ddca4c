package qushi.analytics.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The terms learned from a corpus ({@link TermLearner}) and how they are kept whole in segmented
 * text. Immutable and thread-safe.
 *
 * <p>Applying them to a text and its tokens: every run of two or more adjacent tokens (no space
 * between) whose text is a learned term becomes one token, tagged {@code nz}. Where such runs
 * overlap, the strongest is kept first, as the rounds of learning decide between two pairs that
 * overlap ({@link TermLearner}): of two runs that overlap, and that no longer run holds, the one
 * merged with the higher NPMI where they meet beats the other; the leftmost unbeaten run is kept
 * and the runs that share a token with it are dropped; then the next. In "朝鲜半岛和平稳定", 和平稳定 (NPMI
 * 0.69) is kept and 半岛和平 (0.47) dropped, where the leftmost term took 和平 from 和平稳定 in 61 of its 346
 * occurrences on press conferences; in "中东地区和平稳定", 和平稳定 beats 地区和平 and 中东地区 is kept beside it,
 * where a rule of the left and right of one overlap kept neither. A run inside a longer one is kept
 * only where the longer one lost. A term learned without the rounds' statistics (from quotation
 * marks, a foreign name) is a unit whatever its pieces say and wins over any term it overlaps. An
 * occurrence of a learned term that the segmenter cut across a token boundary ("减税降费约" → 减税/降/费约)
 * is <i>misaligned</i>; {@link Segmenter} then segments the text again with the learned terms in
 * its dictionary and applies them to that.
 */
public final class LearnedTerms {
  /** Tag of a token made from a learned term. */
  public static final String NATURE = "nz";

  private static final LearnedTerms NONE = new LearnedTerms(List.of());

  private final List<TermLearner.Term> terms;
  private final Set<String> strings = new HashSet<>();
  private final CharTrie trie;
  // per state of the trie, the term that ends there (one string per term, shared by every token
  // of it), or null
  private final String[] ending;
  // per state of the trie, the NPMI of the term that ends there (infinite for a term without the
  // rounds' statistics)
  private final double[] score;
  private final int maxPieces;

  /** Creates the set of {@code terms}. */
  public LearnedTerms(List<TermLearner.Term> terms) {
    this.terms = List.copyOf(terms);
    int pieces = 1;
    for (TermLearner.Term t : terms) {
      strings.add(t.term());
      pieces = Math.max(pieces, t.term().length());
    }
    this.trie = new CharTrie(strings);
    this.ending = new String[trie.states()];
    this.score = new double[trie.states()];
    for (TermLearner.Term t : terms) {
      int state = trie.walk(0, t.term());
      ending[state] = t.term();
      score[state] = Double.isNaN(t.npmi()) ? Double.POSITIVE_INFINITY : t.npmi();
    }
    this.maxPieces = pieces;
  }

  /** Returns the empty set. */
  public static LearnedTerms none() {
    return NONE;
  }

  /** Returns the learned terms with the statistics they were learned with, best first. */
  public List<TermLearner.Term> terms() {
    return terms;
  }

  /** Returns the learned strings. */
  public Set<String> strings() {
    return Set.copyOf(strings);
  }

  /** Returns whether no term was learned. */
  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * Returns the terms merged from pieces or learned as transliterated names (not learned from
   * quotation marks alone or also) that a corpus cut with all these terms whole leaves with fewer
   * than {@link TermLearner#MIN_COUNT} tokens ({@code tokens}: a term's tokens there, 0 when
   * absent): a longer term took their occurrences (冈村宁 inside 冈村宁次, where the segmenter cut the
   * name two ways), so they are no terms of the corpus. In no particular order.
   */
  public Set<String> underCounted(java.util.function.ToLongFunction<String> tokens) {
    Set<String> out = new HashSet<>();
    for (TermLearner.Term t : terms) {
      if (t.quoted() == 0 && tokens.applyAsLong(t.term()) < TermLearner.MIN_COUNT)
        out.add(t.term());
    }
    return out;
  }

  /** Returns these terms without {@code dropped}, in the same order. */
  public LearnedTerms without(Set<String> dropped) {
    return dropped.isEmpty() ? this : where(t -> !dropped.contains(t));
  }

  /** Returns those of these terms that are in {@code kept}, in the same order. */
  public LearnedTerms only(Set<String> kept) {
    return where(kept::contains);
  }

  private LearnedTerms where(Predicate<String> keep) {
    List<TermLearner.Term> kept = new ArrayList<>(terms.size());
    for (TermLearner.Term t : terms) if (keep.test(t.term())) kept.add(t);
    return new LearnedTerms(kept);
  }

  /** Returns whether one of these terms stands in {@code text}. */
  public boolean in(String text) {
    for (int p = 0; p < text.length(); p++) {
      if (!trie.mayStart(text, p)) continue;
      for (int n = trie.step(0, text.charAt(p)), q = p + 1; n >= 0; q++) {
        if (trie.isWord(n)) return true;
        n = q < text.length() ? trie.step(n, text.charAt(q)) : -1;
      }
    }
    return false;
  }

  /** Returns whether {@code s} is a learned term. */
  public boolean contains(String s) {
    return strings.contains(s);
  }

  /**
   * Returns the tokens with every run of adjacent tokens that spells a learned term merged into
   * one, as the class's description says ({@link #keep}): {@code tokens} itself when there is none.
   *
   * @param tokens the tokens of a text, in order
   */
  public List<Token> apply(List<Token> tokens) {
    if (terms.isEmpty()) return tokens;
    List<Token> out = null; // the tokens before i, once a run is merged (until then: tokens)
    List<Run> runs = new ArrayList<>(); // the runs of a stretch of overlapping runs
    int i = 0;
    while (i < tokens.size()) {
      // the runs from i, and from every token they cover (a run from there may reach further)
      runs.clear();
      int reach = -1;
      for (int k = i; k < tokens.size() && (k == i || k <= reach); k++) {
        // most tokens start no term: their first two characters (with the next token's) tell
        if (mayStart(tokens, k)) reach = Math.max(reach, runsFrom(tokens, k, runs));
      }
      if (runs.isEmpty()) {
        if (out != null) out.add(tokens.get(i));
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.size());
        for (int j = 0; j < i; j++) out.add(tokens.get(j));
      }
      Run[] kept = new Run[reach + 1 - i]; // by first token
      for (Run r : keep(runs)) kept[r.from - i] = r;
      for (int k = i; k <= reach; ) {
        Run r = kept[k - i];
        if (r == null) {
          out.add(tokens.get(k++));
        } else {
          out.add(new Token(ending[r.state], NATURE, tokens.get(k).offset()));
          k = r.to + 1;
        }
      }
      i = reach + 1;
    }
    return out != null ? out : tokens;
  }

  /**
   * A run of adjacent tokens that spells a term: its first and last token, and the trie's state at
   * its end.
   */
  private record Run(int from, int to, int state) {
    boolean holds(Run o) {
      return from <= o.from && o.to <= to;
    }

    boolean overlaps(Run o) {
      return from <= o.to && o.from <= to;
    }
  }

  /**
   * Adds to {@code runs} every run of two or more adjacent tokens from token {@code k} that spells
   * a term, and returns the last token of the longest, or -1.
   */
  private int runsFrom(List<Token> tokens, int k, List<Run> runs) {
    int last = -1;
    int n = 0;
    int pos = tokens.get(k).offset();
    for (int j = k; j < tokens.size() && j - k < maxPieces && n >= 0; j++) {
      Token t = tokens.get(j);
      if (t.offset() != pos) break; // a space or a line break between
      n = trie.walk(n, t.word());
      pos = t.end();
      if (n >= 0 && trie.isWord(n) && j > k) {
        runs.add(new Run(k, j, n));
        last = j;
      }
    }
    return last;
  }

  /**
   * Returns which of the overlapping {@code runs} are kept whole. Only a run that no other run left
   * holds competes (a run inside a longer one is kept only where the longer one lost: 营商环境 inside
   * 营商环境优化). Of two such runs that overlap, the one merged with the higher NPMI where they meet
   * beats the other ({@link #beats}); the leftmost run that beats every run it overlaps is kept,
   * and the runs that share a token with it are dropped, until none is left. Along a chain 中东地区
   * &lt; 地区和平 &lt; 和平稳定, 和平稳定 is kept first, and 中东地区 then has no rival left.
   */
  private List<Run> keep(List<Run> runs) {
    if (runs.size() == 1) return runs;
    List<Run> left = new ArrayList<>(runs);
    List<Run> kept = new ArrayList<>();
    while (!left.isEmpty()) {
      List<Run> open = new ArrayList<>();
      for (Run a : left) {
        boolean held = false;
        for (Run b : left) held |= b != a && b.holds(a);
        if (!held) open.add(a);
      }
      Run pick = null;
      for (Run a : open) {
        boolean unbeaten = true;
        for (Run b : open) unbeaten &= b == a || !a.overlaps(b) || beats(a, b, left);
        if (unbeaten) {
          pick = a;
          break;
        }
      }
      if (pick == null) { // the runs beat one another round a circle: the highest NPMI
        for (Run a : open) if (pick == null || score[a.state] > score[pick.state]) pick = a;
      }
      kept.add(pick);
      Run p = pick;
      left.removeIf(a -> a.overlaps(p));
    }
    return kept;
  }

  /**
   * Returns whether run {@code a} beats the run {@code b} it overlaps: the higher NPMI of a term
   * each holds (itself included, of {@code left}) across the tokens they share, the pair the rounds
   * of learning weighed there (人才队伍 of 人才队伍建设 against 高端人才; 药品监管 of 药品监管信息化标准 does not reach 标准体系);
   * on a tie the leftmost, then the longer.
   */
  private boolean beats(Run a, Run b, List<Run> left) {
    int c = Double.compare(strength(a, b, left), strength(b, a, left));
    if (c != 0) return c > 0;
    if (a.from != b.from) return a.from < b.from;
    return a.to > b.to;
  }

  /**
   * Returns the highest NPMI of a run of {@code left} held by {@code a} that overlaps {@code b} but
   * is not held by it: a term both hold (固定资产投资 of 控制固定资产投资 and 固定资产投资总规模) tells nothing between
   * them.
   */
  private double strength(Run a, Run b, List<Run> left) {
    double s = score[a.state];
    for (Run r : left) {
      if (a.holds(r) && r.overlaps(b) && !b.holds(r)) s = Math.max(s, score[r.state]);
    }
    return s;
  }

  /**
   * Returns whether a run of two or more adjacent tokens from token {@code i} may spell a term: the
   * first two characters of the run start one ({@link CharTrie#mayStart}).
   */
  private boolean mayStart(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.word();
    if (trie.holdsSingle() || w.isEmpty()) return true;
    if (w.length() > 1) return trie.mayStart(w.charAt(0), w.charAt(1));
    if (i + 1 == tokens.size()) return false;
    Token next = tokens.get(i + 1);
    return next.offset() == t.end() && trie.mayStart(w.charAt(0), next.word().charAt(0));
  }

  /**
   * Returns the occurrences of learned terms in {@code text} that cross a boundary of these tokens
   * without being a whole run of them (start or end inside a token that does not hold them
   * entirely), as {@code [start, end)} character ranges in text order; not one cut by the token of
   * another learned term, which took the place where the two overlap ({@link #apply}).
   */
  public List<int[]> misaligned(String text, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    if (terms.isEmpty()) return out;
    int k = 0; // the first token that ends after p
    for (int p = 0; p < text.length(); p++) {
      if (!trie.mayStart(text, p)) continue;
      int n = trie.step(0, text.charAt(p));
      if (n < 0) continue;
      while (k < tokens.size() && tokens.get(k).end() <= p) k++;
      int a = owner(tokens, k, p);
      int q = p;
      while (n >= 0) {
        q++;
        if (trie.isWord(n)) {
          int b = owner(tokens, k, q - 1);
          boolean inside = a >= 0 && a == b;
          boolean aligned =
              a >= 0 && b >= 0 && tokens.get(a).offset() == p && tokens.get(b).end() == q;
          // cut by the token of a learned term that took the place: an overlap resolved
          boolean lost =
              (a >= 0 && tokens.get(a).offset() < p && isLearned(tokens.get(a)))
                  || (b >= 0 && tokens.get(b).end() > q && isLearned(tokens.get(b)));
          if (!inside && !aligned && !lost) out.add(new int[] {p, q});
        }
        n = q < text.length() ? trie.step(n, text.charAt(q)) : -1;
      }
    }
    return out;
  }

  /** Returns whether the token is one of a learned term, as {@link #apply} makes them. */
  private boolean isLearned(Token t) {
    return t.nature().equals(NATURE) && strings.contains(t.word());
  }

  /**
   * Returns the index of the token that holds character {@code c}, or -1 (a space between tokens),
   * looking from token {@code k} on (the first token that ends after some character at or before
   * c).
   */
  private static int owner(List<Token> tokens, int k, int c) {
    while (k < tokens.size() && tokens.get(k).end() <= c) k++;
    return k < tokens.size() && tokens.get(k).offset() <= c ? k : -1;
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "LearnedTerms[" + terms.size() + " terms]";
  }
}
