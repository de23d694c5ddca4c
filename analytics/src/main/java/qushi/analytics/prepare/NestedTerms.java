package qushi.analytics.prepare;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import qushi.analytics.text.TermLearner;

/**
 * The terms that a learned term's tokens also count for: each term of the corpus that a run of the
 * learned term's pieces spells, short of the whole. 智能制造标准体系, merged from 智能制造/标准/体系, also counts
 * for 智能制造, 标准, 体系, 智能制造标准 and 标准体系, those of them that are terms of the corpus; 发展中国家, one piece,
 * counts for nothing inside it (not 中国: no run of pieces spells it). A token counts once for each,
 * however often its pieces spell it, so no term counts more in a passage than the passage has
 * tokens. A term learned from quotation marks or hashtags alone, or a foreign name, is a unit
 * whatever its pieces say and counts for nothing inside it (“最后一公里” is no mention of 公里, #说英雄谁是英雄#
 * none of 英雄).
 *
 * <p>So learning a term adds it to the counts and takes nothing from the words it is made of: a
 * term's frequency is its own tokens and those of the learned terms that hold it, as a text search
 * finds it wherever it stands whole. The token stream itself (topics, co-occurrence, phrases) keeps
 * the learned term as one token.
 */
public final class NestedTerms {
  private static final int[] NONE = {};

  private NestedTerms() {}

  /**
   * Returns, per word id (of {@code words} ids, {@code id} giving each word's, -1 for none), the
   * ids of the terms its tokens also count for, ascending; empty for a word that is no learned
   * term, or one learned with no merge statistics (from quotation marks or hashtags alone, or a
   * foreign name: a unit whatever its pieces say). {@code isTerm} tells the words that are a term
   * in at least one token of the corpus: only those count, and only a learned term that is one
   * counts for others.
   */
  public static int[][] of(
      int words, ToIntFunction<String> id, boolean[] isTerm, List<TermLearner.Term> learned) {
    int[][] out = new int[words][];
    Arrays.fill(out, NONE);
    for (TermLearner.Term t : learned) {
      // a term with no merge statistics is a unit whatever its pieces say: a quotation or a
      // hashtag (“最后一公里” is no mention of 公里), a foreign name cut into characters
      if (Double.isNaN(t.g2())) continue;
      int own = id.applyAsInt(t.term());
      if (own < 0 || !isTerm[own]) continue;
      String[] pieces = t.pieces().split("/");
      TreeSet<Integer> inside = new TreeSet<>();
      for (int i = 0; i < pieces.length; i++) {
        StringBuilder run = new StringBuilder();
        for (int j = i; j < pieces.length - (i == 0 ? 1 : 0); j++) {
          run.append(pieces[j]);
          int v = id.applyAsInt(run.toString());
          if (v >= 0 && v != own && isTerm[v]) inside.add(v);
        }
      }
      if (!inside.isEmpty()) out[own] = inside.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /**
   * Returns the term ids of {@code terms} (a passage's term tokens) followed by the ids each of
   * them also counts for ({@code nested}, from {@link #of}).
   */
  public static int[] with(int[] terms, int[][] nested) {
    int extra = 0;
    for (int t : terms) extra += nested[t].length;
    if (extra == 0) return terms;
    int[] out = Arrays.copyOf(terms, terms.length + extra);
    int n = terms.length;
    for (int t : terms) for (int v : nested[t]) out[n++] = v;
    return out;
  }
}
