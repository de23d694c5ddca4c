package qushi.analytics.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import qushi.analytics.core.Check;
import qushi.analytics.corpus.Document;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.prepare.TestUnits;
import qushi.analytics.prepare.TopDocuments;
import qushi.analytics.stats.DiscreteNull;
import qushi.analytics.stats.EffectSizes;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.stats.MultipleTesting;
import qushi.analytics.stats.TwoGroupTest;
import qushi.analytics.text.Passage;

/**
 * Distinctive terms per year, per document, or per value of a manifest column (a source, a
 * province).
 *
 * <p><b>Keyness</b> (the default) ranks the terms a group (a year, a document, a column's value)
 * uses more than all other groups together, by the passage-level keyness test of the group against
 * the rest:
 *
 * <pre>
 * for each term with ≥ 3 occurrences: a = count in group g, b = count in the rest
 *   low   = lower end of the 95% interval of the log ratio of g's rate to the rest's, widened by
 *           the passages' overdispersion ({@link EffectSizes#logRatioInterval})
 *   p     = passage-level test of g against the rest ({@link TwoGroupTest#passageLevel})
 *   score = lower end of the test-based interval ({@link EffectSizes#testDispersion}): above 0
 *           exactly when p &lt; 0.05
 *   p_adj = discrete Benjamini–Hochberg step-down over all tested terms
 * kept: terms with low &gt; 0 and at least minCount occurrences in g; those with p_adj &lt; 0.05
 * first, by score descending, then the rest by p ascending (in a group of fewer than 3 test
 * units: by G² of a and b against the token totals, descending)
 * </pre>
 *
 * A term frequent in every year (经济, 发展) has a ratio near 1 in each and stays out unless a year
 * really uses it more; a term repeated in one passage only has a wide interval and cannot pass the
 * passage-level test. Below the significant block a term's effect is not established, so the
 * evidence orders it: the words of one document, whose interval the overdispersion of a sparse term
 * barely widens, have a large low but cannot have a small p when documents are the units (on
 * generated corpora, 60 of 80 such keywords were mostly one document's when ordered by low, 10 by
 * p). A group of fewer than 3 test units — a year of one or two documents when documents are the
 * units, of one or two passages otherwise — has all its words in one or two units, and p tells only
 * how evenly a word spreads over them (a word of 4 occurrences in both documents came before one of
 * 203 in one). There the token counts' log-likelihood G² (Dunning 1993; Rayson and Garside 2000),
 * which grows with frequency and effect together, orders the rest. Reference: Hardie (2014) on the
 * log ratio as keyness effect size; Kilgarriff (2009) on keyness against a reference corpus.
 *
 * <p><b>TF-IDF</b> is class-based: the passages of a group (a year, or a document) are pooled into
 * one class, and (Grootendorst 2022, c-TF-IDF)
 *
 * <pre>
 * score(t, g) = tf(t, g) / n(g) · ln(1 + A / f(t))
 *   tf(t, g) = occurrences of term t in group g
 *   n(g)     = term tokens of group g
 *   A        = mean term tokens per group
 *   f(t)     = occurrences of t in all groups
 * </pre>
 *
 * The first factor is the term's share of the group; the second is large for terms rare in the
 * corpus as a whole. With three years, per-group document frequency ({@code ln(N/df)}) would take
 * only three values; pooling avoids that. The "+1" keeps the weight positive.
 *
 * <p><b>TextRank</b> (Mihalcea and Tarau 2004) ranks a group's terms by weighted PageRank over
 * their co-occurrence graph: an edge joins two different terms that occur within {@value #WINDOW}
 * term positions of each other in a passage (runs of non-terms break the window), weighted by how
 * often they do;
 *
 * <pre>
 * S(v) = (1 − d) + d · Σ_{u ∈ N(v)} w(u, v) / Σ_{x ∈ N(u)} w(u, x) · S(u),   d = 0.85
 * </pre>
 *
 * iterated from S = 1 until no score moves by more than 1e-9 (at most 200 rounds).
 *
 * <p>Terms seen fewer than {@code minCount} times in a group are not ranked for it. Ties break by
 * term. With every method, a term that stands mostly inside a longer keyword of the group's list (a
 * learned term whose pieces spell it, with at least {@value #WITHIN} of its frequency there) is not
 * listed beside it. Each keyword names the group's document holding most of its occurrences and
 * that document's share ({@link Keyword#topDocShare}): a keyword at 0.8 or more is mostly one
 * document's. Key phrases ({@link Collocations}) are listed after the terms with {@code kind =
 * phrase}: with keyness and more than one group, those a group uses more than the rest, by G² of
 * their counts (score = G²); otherwise by c-TF-IDF over the phrase counts.
 */
public final class Keywords {
  /** How terms are grouped. */
  public enum By {
    /** One group per year. */
    YEAR,
    /** One group per document. */
    DOC,
    /** One group per value of a manifest column ({@link KeywordOptions#column}). */
    COLUMN
  }

  /** How terms are scored. */
  public enum Method {
    KEYNESS,
    TFIDF,
    TEXTRANK
  }

  /** Window of TextRank's co-occurrence graph, in term positions. */
  public static final int WINDOW = 5;

  private static final double DAMPING = 0.85;

  private Keywords() {}

  /**
   * Returns the top {@code top} keywords of each year or document, groups in corpus order, best
   * first.
   *
   * @throws qushi.analytics.core.BadInputException if {@code top < 1} or {@code minCount < 1}, or
   *     {@code by} is {@link By#COLUMN} (use {@link #of(PreparedCorpus, KeywordOptions)})
   */
  public static List<Keyword> of(PreparedCorpus a, By by, Method method, int top, int minCount) {
    return of(a, new KeywordOptions(by, null, method, top, 0, minCount));
  }

  /**
   * Returns the keywords and then the key phrases ({@link Collocations}) of each group, as {@code
   * options} ask: groups in corpus order (a column's values in text order), best first.
   *
   * @throws qushi.analytics.core.BadInputException if the options group by a column the manifest
   *     does not have
   */
  public static List<Keyword> of(PreparedCorpus a, KeywordOptions options) {
    Grouping grouping = Grouping.of(a, options);
    List<Document> documents = a.documents().stream().map(CleanDocument::document).toList();
    List<Keyword> rows =
        new ArrayList<>(
            of(
                grouping,
                documents,
                a.counts().matrix(),
                a.vocabulary()::term,
                options.method(),
                options.top(),
                options.minCount(),
                a,
                Pieces.of(a, options.minCount()),
                a::termsInside));
    if (options.phrases() > 0) {
      rows.addAll(
          Collocations.keywords(
              a,
              grouping,
              documents,
              options.method(),
              options.phrases(),
              Math.max(2, options.minCount())));
    }
    return rows;
  }

  /**
   * Returns the top keywords of each group from passage × term counts alone (made elsewhere, e.g.
   * by a distributed engine): the same groups and ranking as {@link #of(PreparedCorpus,
   * KeywordOptions)} for keyness and c-TF-IDF.
   *
   * @param documents the documents
   * @param passageDocument the index in {@code documents} of each passage's document
   * @param years the corpus's years, ascending
   * @param m the passage × term counts
   * @param terms the term of each id
   * @param piece by term id, whether it is a piece of a split word and no keyword ({@link Pieces},
   *     from the evidence the workers gathered)
   * @param inside by term id, the terms its tokens also count for ({@link
   *     qushi.analytics.prepare.NestedTerms}): a term that stands mostly inside a longer keyword of
   *     the list is not listed beside it ({@link #listed})
   * @param options the grouping, the method, the number of keywords and their least count
   * @throws qushi.analytics.core.BadInputException if {@code options} ask for key phrases or
   *     TextRank (they read the term sequences), or group by a column the manifest does not have
   */
  public static List<Keyword> of(
      List<Document> documents,
      int[] passageDocument,
      int[] years,
      PassageMatrix m,
      IntFunction<String> terms,
      boolean[] piece,
      IntFunction<int[]> inside,
      KeywordOptions options) {
    if (options.phrases() > 0) {
      throw new qushi.analytics.core.BadInputException(
          "key phrases read the term sequences, which a distributed engine leaves on its workers:"
              + " use --no-phrases");
    }
    if (options.method() == Method.TEXTRANK) {
      throw new qushi.analytics.core.BadInputException(
          "TextRank reads the term sequences, which a distributed engine leaves on its workers:"
              + " use keyness or c-TF-IDF (--method keyness|tfidf)");
    }
    return of(
        Grouping.of(documents, passageDocument, years, options),
        documents,
        m,
        terms,
        options.method(),
        options.top(),
        options.minCount(),
        null,
        piece,
        inside);
  }

  private static List<Keyword> of(
      Grouping grouping,
      List<Document> documents,
      PassageMatrix m,
      IntFunction<String> terms,
      Method method,
      int top,
      int minCount,
      PreparedCorpus a,
      boolean[] piece,
      IntFunction<int[]> inside) {
    Check.atLeast("top", top, 1);
    Check.atLeast("minCount", minCount, 1);
    List<String> groups = grouping.groups;
    int[] passageGroup = grouping.passageGroup;
    // the shared passage × term counts, summed by group: nothing is recounted from tokens
    TermCounts counts = new TermCounts(groups.size(), m.terms());
    long[] tokens = new long[groups.size()];
    for (int i = 0; i < passageGroup.length; i++) {
      for (int k = m.rowStart(i); k < m.rowStart(i + 1); k++)
        counts.add(passageGroup[i], m.termId(k), m.countAt(k));
      tokens[passageGroup[i]] += m.tokens(i);
    }
    List<Keyword> out = new ArrayList<>();
    // a piece of a longer word the segmenter split is no keyword (Pieces)
    TermColumns columns = TermColumns.of(m);
    TopDocuments topDocuments = new TopDocuments(documents, grouping.passageDocument, columns);
    // years and column values are groups of whole documents: their test takes the documents as
    // units when most of the text is in years of several (TestUnits); a document is one unit, so
    // its own test keeps the passages
    TestUnits units =
        method != Method.KEYNESS || grouping.byDocument
            ? null
            : TestUnits.of(
                a != null
                    ? a.counts()
                    : Counts.of(
                        m,
                        IntStream.of(grouping.passageDocument)
                            .map(d -> documents.get(d).year())
                            .toArray()),
                columns,
                grouping.passageDocument);
    // a group's keyness test reads only the shared counts: the groups run in parallel
    IntStream each = IntStream.range(0, groups.size());
    if (method == Method.KEYNESS) each = each.parallel();
    each.mapToObj(
            g -> {
              boolean[] in = grouping.in(g);
              IntFunction<Object[]> topDocument = topDocuments.over(in)::top;
              if (method == Method.KEYNESS) {
                return keyness(
                    terms,
                    units == null ? m : units.counts().matrix(),
                    units == null ? columns : units.columns(),
                    units == null ? in : units.of(in),
                    g,
                    groups.get(g),
                    counts,
                    tokens,
                    top,
                    minCount,
                    topDocument,
                    piece,
                    inside);
              }
              double[] score =
                  method == Method.TFIDF
                      ? cTfIdf(counts, g)
                      : textRank(a, passageGroup, g, counts, minCount);
              for (int t = 0; t < score.length; t++) if (piece[t]) score[t] = 0;
              return rank(
                  groups.get(g),
                  Keyword.TERM,
                  counts,
                  g,
                  tokens[g],
                  score,
                  minCount,
                  top,
                  terms,
                  topDocument,
                  inside);
            })
        .toList()
        .forEach(out::addAll);
    return out;
  }

  /**
   * Returns a keyword; {@code top} is its top document and share ({@link TopDocuments.Over#top}),
   * or null when it has none.
   */
  private static Keyword keyword(
      String group,
      String kind,
      int rank,
      String term,
      long frequency,
      long tokens,
      double score,
      double p,
      double pAdj,
      Object[] top) {
    return new Keyword(
        group,
        kind,
        rank,
        term,
        frequency,
        tokens == 0 ? 0 : 1e4 * frequency / tokens,
        score,
        p,
        pAdj,
        top == null ? "" : (String) top[0],
        top == null ? Double.NaN : (Double) top[1]);
  }

  /**
   * The groups of a keyword list in order, the group of each passage and the document of each
   * passage (its index in the corpus's documents).
   */
  record Grouping(
      List<String> groups, int[] passageGroup, int[] passageDocument, boolean byDocument) {
    /** Returns the groups {@code options} ask for, over the prepared corpus. */
    static Grouping of(PreparedCorpus a, KeywordOptions options) {
      List<Document> documents = a.documents().stream().map(CleanDocument::document).toList();
      Map<String, Integer> documentIndex = new HashMap<>();
      for (int d = 0; d < documents.size(); d++) documentIndex.put(documents.get(d).id(), d);
      List<Passage> passages = a.passages();
      int[] passageDocument = new int[passages.size()];
      for (int p = 0; p < passages.size(); p++) {
        passageDocument[p] = documentIndex.get(passages.get(p).docId());
      }
      return of(documents, passageDocument, a.years(), options);
    }

    /**
     * Returns the groups {@code options} ask for: the {@code years} (as text), the documents, or
     * the column's values in text order ({@link Document#NO_VALUE} for documents without one), with
     * the group of each passage, whose document is {@code documents.get(passageDocument[p])}.
     *
     * @throws qushi.analytics.core.BadInputException if the column is not in the manifest
     */
    static Grouping of(
        List<Document> documents, int[] passageDocument, int[] years, KeywordOptions options) {
      // the key of each document's group
      List<String> keys = new ArrayList<>();
      for (Document d : documents) {
        keys.add(
            switch (options.by()) {
              case YEAR -> Integer.toString(d.year());
              case DOC -> d.id();
              case COLUMN -> d.value(options.column());
            });
      }
      List<String> groups =
          switch (options.by()) {
            case YEAR -> java.util.Arrays.stream(years).mapToObj(Integer::toString).toList();
            case DOC -> List.copyOf(keys);
            case COLUMN -> {
              Document.requireColumn(documents, "by", options.column());
              yield List.copyOf(new java.util.TreeSet<>(keys));
            }
          };
      Map<String, Integer> groupIndex = new HashMap<>();
      for (int g = 0; g < groups.size(); g++) groupIndex.put(groups.get(g), g);
      int[] passageGroup = new int[passageDocument.length];
      for (int p = 0; p < passageGroup.length; p++) {
        passageGroup[p] = groupIndex.get(keys.get(passageDocument[p]));
      }
      return new Grouping(groups, passageGroup, passageDocument, options.by() == By.DOC);
    }

    /** Returns the passages of each group, in order. */
    int[][] passagesByGroup() {
      int[] n = new int[groups.size()];
      for (int g : passageGroup) n[g]++;
      int[][] out = new int[groups.size()][];
      for (int g = 0; g < out.length; g++) out[g] = new int[n[g]];
      int[] at = new int[groups.size()];
      for (int p = 0; p < passageGroup.length; p++) out[passageGroup[p]][at[passageGroup[p]]++] = p;
      return out;
    }

    /** Returns which passages are in group {@code g}. */
    boolean[] in(int g) {
      boolean[] in = new boolean[passageGroup.length];
      for (int p = 0; p < in.length; p++) in[p] = passageGroup[p] == g;
      return in;
    }
  }

  /** Returns c-TF-IDF scores of every term for group {@code g}. */
  static double[] cTfIdf(TermCounts counts, int g) {
    double mean = 0;
    for (int k = 0; k < counts.groups(); k++) mean += counts.total(k);
    mean /= counts.groups();
    double[] score = new double[counts.size()];
    long n = counts.total(g);
    if (n == 0) return score;
    for (int t = 0; t < score.length; t++) {
      long tf = counts.count(g, t);
      if (tf > 0) score[t] = (double) tf / n * Math.log(1 + mean / counts.termTotal(t));
    }
    return score;
  }

  /** The normal quantile of the 95% interval of the log ratio. */
  static final double Z95 = 1.959963984540054;

  /**
   * The fewest test units a group needs for its keywords below the significant block to be ordered
   * by p; a group of fewer orders them by G².
   */
  static final int FEW_UNITS = 3;

  /** Returns the keyness keywords of group {@code g} (see the type comment). */
  private static List<Keyword> keyness(
      IntFunction<String> terms,
      PassageMatrix m,
      TermColumns columns,
      boolean[] in,
      int g,
      String group,
      TermCounts counts,
      long[] tokens,
      int top,
      int minCount,
      IntFunction<Object[]> topDocument,
      boolean[] piece,
      IntFunction<int[]> inside) {
    boolean[] out = new boolean[in.length];
    boolean[] all = new boolean[in.length];
    for (int p = 0; p < in.length; p++) {
      out[p] = !in[p];
      all[p] = true;
    }
    GroupCounts t = m.group(in);
    GroupCounts r = m.group(out);
    long nt = t.tokens();
    long nr = r.tokens();
    if (nt == 0 || nr == 0 || t.passages() + r.passages() < 3) return List.of();
    double[] powers = columns.powers(all);
    List<Integer> ids = new ArrayList<>();
    List<double[]> stats = new ArrayList<>();
    List<DiscreteNull> nulls = new ArrayList<>();
    int passages = t.passages() + r.passages();
    // below the significant block: the evidence, the test's p; in a group of one or two units
    // every word is one or two units' own and p tells only how evenly it spreads over them, so
    // the token counts' G² (frequency and effect together) orders it
    boolean fewUnits = t.passages() < FEW_UNITS;
    for (int id = 0; id < counts.size(); id++) {
      long x = t.count()[id];
      long y = r.count()[id];
      if (x + y < 3) continue;
      int k = t.presence()[id] + r.presence()[id];
      boolean exact = TwoGroupTest.exact(k, passages);
      int[] values = exact ? columns.values(id, all) : null;
      boolean[] inGroup = exact ? columns.inGroup(id, all, in) : null;
      double rate = (double) (x + y) / ((double) nt + nr);
      double[] moments = exact ? null : columns.residualMoments(id, all, rate, powers);
      TwoGroupTest.Result test =
          TwoGroupTest.passageLevel(
              new TwoGroupTest.Counts(x, y, nt, nr, t.squares(id), r.squares(id)),
              passages,
              t.passages(),
              values,
              inGroup,
              moments,
              true);
      // the group uses the term more (the interval at the passages' φ is above 0); its score is
      // the interval that matches the test's p, above 0 exactly when p < 0.05
      double low = EffectSizes.logRatioInterval(x, y, nt, nr, test.dispersion(), Z95 * Z95)[0];
      double score =
          EffectSizes.testInterval(x, y, nt, nr, test.p(), test.dispersion(), Z95 * Z95)[0];
      ids.add(id);
      double below = fewUnits ? -LogLikelihood.keyness(x, y, nt, nr) : test.p();
      stats.add(new double[] {low, test.p(), below, score});
      nulls.add(test.nulls());
    }
    double[] adjusted =
        MultipleTesting.discreteStepDown(stats.stream().mapToDouble(v -> v[1]).toArray(), nulls);
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++)
      if (stats.get(i)[0] > 0 && t.count()[ids.get(i)] >= minCount && !piece[ids.get(i)])
        ranked.add(i);
    ranked.sort(
        Comparator.<Integer>comparingInt(i -> adjusted[i] < Keyword.LEVEL ? 0 : 1)
            .thenComparingDouble(i -> adjusted[i] < Keyword.LEVEL ? 0 : stats.get(i)[2])
            .thenComparingDouble(i -> -stats.get(i)[3])
            .thenComparingDouble(i -> -stats.get(i)[0])
            .thenComparing(i -> terms.apply(ids.get(i))));
    List<Keyword> rows = new ArrayList<>();
    List<Integer> listed = listed(ranked, top, ids::get, inside, i -> t.count()[ids.get(i)]);
    for (int r2 = 0; r2 < listed.size(); r2++) {
      int i = listed.get(r2);
      int id = ids.get(i);
      rows.add(
          keyword(
              group,
              Keyword.TERM,
              r2 + 1,
              terms.apply(id),
              t.count()[id],
              tokens[g],
              stats.get(i)[3],
              stats.get(i)[1],
              adjusted[i],
              topDocument.apply(id)));
    }
    return rows;
  }

  private static double[] textRank(
      PreparedCorpus a, int[] passageGroup, int g, TermCounts counts, int minCount) {
    int v = counts.size();
    java.util.Map<Long, Double> edges = new java.util.TreeMap<>();
    for (int i = 0; i < passageGroup.length; i++) {
      if (passageGroup[i] != g) continue;
      int[] seq = a.sequence(i);
      for (int x = 0; x < seq.length; x++) {
        if (seq[x] == PreparedCorpus.GAP || counts.count(g, seq[x]) < minCount) continue;
        for (int y = x + 1; y < Math.min(seq.length, x + WINDOW); y++) {
          if (seq[y] == PreparedCorpus.GAP) break;
          if (seq[y] == seq[x] || counts.count(g, seq[y]) < minCount) continue;
          int lo = Math.min(seq[x], seq[y]);
          int hi = Math.max(seq[x], seq[y]);
          edges.merge((long) lo * v + hi, 1.0, Double::sum);
        }
      }
    }
    double[] strength = new double[v];
    for (var e : edges.entrySet()) {
      strength[(int) (e.getKey() / v)] += e.getValue();
      strength[(int) (e.getKey() % v)] += e.getValue();
    }
    double[] s = new double[v];
    for (int t = 0; t < v; t++) if (strength[t] > 0) s[t] = 1;
    for (int round = 0; round < 200; round++) {
      double[] next = new double[v];
      for (int t = 0; t < v; t++) if (strength[t] > 0) next[t] = 1 - DAMPING;
      for (var e : edges.entrySet()) {
        int lo = (int) (e.getKey() / v);
        int hi = (int) (e.getKey() % v);
        double w = e.getValue();
        next[hi] += DAMPING * w / strength[lo] * s[lo];
        next[lo] += DAMPING * w / strength[hi] * s[hi];
      }
      double moved = 0;
      for (int t = 0; t < v; t++) moved = Math.max(moved, Math.abs(next[t] - s[t]));
      s = next;
      if (moved < 1e-9) break;
    }
    return s;
  }

  /**
   * The least share of a term's frequency in a group that a longer keyword of the list must have
   * for the term to be left out of the group's list ({@link #listed}).
   */
  static final double WITHIN = 0.8;

  /**
   * Returns the first {@code top} of {@code ranked} as {@link #listed(List, int,
   * java.util.function.ToIntFunction, IntFunction, java.util.function.ToLongFunction)} does, the
   * entries' terms ({@code term}) looked up in the prepared corpus {@code corpus}: a list of terms
   * other than a year's keywords (the terms that change between periods, or over the years).
   */
  public static <E> List<E> listed(
      PreparedCorpus corpus,
      List<E> ranked,
      int top,
      java.util.function.Function<E, String> term,
      java.util.function.ToLongFunction<E> frequency) {
    return listed(corpus, ranked, top, term, frequency, e -> 0);
  }

  /**
   * Returns the first {@code top} of {@code ranked} as {@link #listed(PreparedCorpus, List, int,
   * java.util.function.Function, java.util.function.ToLongFunction)} does, in a list whose entries
   * are on two or more sides ({@code side}: the terms that rose and those that fell, each counted
   * by the frequency of its own side): a term leaves the list only for a longer term of its side.
   */
  public static <E> List<E> listed(
      PreparedCorpus corpus,
      List<E> ranked,
      int top,
      java.util.function.Function<E, String> term,
      java.util.function.ToLongFunction<E> frequency,
      java.util.function.Function<E, ?> side) {
    return listed(
        ranked,
        top,
        e -> corpus.vocabulary().id(term.apply(e)),
        corpus::termsInside,
        frequency,
        side);
  }

  /**
   * Returns the first {@code top} entries of {@code ranked} (best first; {@code termOf} gives each
   * entry's term id, -1 for none, and {@code frequency} its frequency in the group the list ranks)
   * but those whose term stands mostly inside a longer keyword of the list: a learned term whose
   * pieces spell the term ({@code inside}, {@link qushi.analytics.prepare.NestedTerms}) and whose
   * frequency in the group is at least {@value #WITHIN} of the term's, listed before or after it.
   * Each token of the longer term counts for the term once, so the term is then mostly that keyword
   * again: 在线 beside 演员演技在线, 研究 beside 调查研究 in the year that says 调查研究 22 of its 23 times; a piece
   * often ranks above the longer term, as it has its tokens and a few more. The list is filled from
   * the ranking as if the term had not been there, in order, and numbered again. The term keeps its
   * counts and statistics everywhere else, and is listed where it stands on its own often enough
   * (智能制造 inside 25 longer terms, none of which holds most of it).
   */
  public static <E> List<E> listed(
      List<E> ranked,
      int top,
      java.util.function.ToIntFunction<E> termOf,
      IntFunction<int[]> inside,
      java.util.function.ToLongFunction<E> frequency) {
    return listed(ranked, top, termOf, inside, frequency, e -> 0);
  }

  static <E> List<E> listed(
      List<E> ranked,
      int top,
      java.util.function.ToIntFunction<E> termOf,
      IntFunction<int[]> inside,
      java.util.function.ToLongFunction<E> frequency,
      java.util.function.Function<E, ?> side) {
    List<E> out = new ArrayList<>();
    // per side and term inside a listed entry's term, the largest frequency of such an entry
    Map<List<Object>, Long> within = new HashMap<>();
    java.util.function.Predicate<E> heldWithin =
        e ->
            within.getOrDefault(List.of(side.apply(e), termOf.applyAsInt(e)), 0L)
                >= WITHIN * frequency.applyAsLong(e);
    for (E entry : ranked) {
      if (out.size() == top) break;
      if (heldWithin.test(entry)) continue;
      int id = termOf.applyAsInt(entry);
      int[] parts = id < 0 ? new int[0] : inside.apply(id);
      for (int v : parts)
        within.merge(List.of(side.apply(entry), v), frequency.applyAsLong(entry), Math::max);
      if (parts.length > 0) out.removeIf(heldWithin);
      out.add(entry);
    }
    return out;
  }

  static List<Keyword> rank(
      String group,
      String kind,
      TermCounts counts,
      int g,
      long tokens,
      double[] score,
      int minCount,
      int top,
      IntFunction<String> name,
      IntFunction<Object[]> topDocument,
      IntFunction<int[]> inside) {
    List<Integer> ids = new ArrayList<>();
    for (int t = 0; t < score.length; t++)
      if (counts.count(g, t) >= minCount && score[t] > 0) ids.add(t);
    ids.sort(Comparator.<Integer>comparingDouble(t -> -score[t]).thenComparing(name::apply));
    List<Keyword> out = new ArrayList<>();
    List<Integer> listed = listed(ids, top, t -> t, inside, t -> counts.count(g, t));
    for (int r = 0; r < listed.size(); r++) {
      int t = listed.get(r);
      out.add(
          keyword(
              group,
              kind,
              r + 1,
              name.apply(t),
              counts.count(g, t),
              tokens,
              score[t],
              Double.NaN,
              Double.NaN,
              topDocument.apply(t)));
    }
    return out;
  }
}
