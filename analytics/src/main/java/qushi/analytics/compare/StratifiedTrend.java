package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import qushi.analytics.corpus.Document;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.stats.DiscreteNull;
import qushi.analytics.stats.EffectSizes;
import qushi.analytics.stats.LogLikelihood;
import qushi.analytics.stats.MultipleTesting;
import qushi.analytics.stats.PermutationTests;
import qushi.analytics.stats.TwoGroupTest;
import qushi.analytics.stats.Uniform;

/**
 * A term's trend within strata: when the mix of sources (or events, or any manifest column) changes
 * over the years, a term can rise because a source that uses it grew, not because any source uses
 * it more. The trend is taken within each stratum and pooled: a log-linear model of the rate with a
 * level of its own per stratum and one slope over the years,
 *
 * <pre>
 * log E[c_sy] = log n_sy + α_s + β·y
 * </pre>
 *
 * tested at β = 0 by its score. A stratum whose text lies in one year says nothing of a trend and
 * is left out (and named).
 *
 * <pre>
 * c_sy, n_sy   the term's count and the tokens of stratum s in year y;  r_s = Σ_y c_sy / Σ_y n_sy
 * U       = Σ_s Σ_y (y − ȳ_s)·c_sy,  ȳ_s = Σ_y n_sy·y / Σ_y n_sy      (the score of β at 0)
 * I       = Σ_s r_s Σ_y n_sy (y − ȳ_s)²                              (its Poisson variance)
 * φ       = max(1, X² / (P − C)),  X² = Σ_cells (S_c / r_c − C_c) over the cells stratum × year
 *           with the term (the others add 0), C all the cells, P all the units, S_c = Σ y_u² / n_u
 *           over the cell's units
 * p_quasi = P(F(1, P − C) &gt; U² / (φ·I))
 * p_perm  = the years of the test units ({@link qushi.analytics.prepare.TestUnits}: documents or
 *           passages) permuted within each stratum: U = Σ_u (y_u − ū_s)·e_u, e_u = c_u − r_s·n_u,
 *           ū_s the mean year of the stratum's P_s units (unweighted), has mean 0, variance
 *           Σ_s Σ(y_u − ū_s)²·Σe_u² / (P_s − 1) and third moment Σ_s P_s·Σ(y_u − ū_s)³·Σe_u³ /
 *           ((P_s − 1)(P_s − 2)); Pearson type III, each tail the larger of the gamma's and the
 *           normal's
 * p_drawn = for a term in at most {@value qushi.analytics.stats.TwoGroupTest#EXACT_UP_TO} units whose p is
 *           under 0.05: the p of draws of its units' years, {@value #DRAWS} of them and, below
 *           {@value #REFINED_BELOW}, up to {@value #MORE_DRAWS} more (see {@link #drawn})
 * p       = max(p_quasi, p_perm, p_drawn)
 * p_adj   = the discrete step-down procedure of Döhler, Durand and Roquain (2018; Benjamini and
 *           Hochberg's critical values with m·t/(1 − t), never below p), in which a term of at most {@value
 *           qushi.analytics.stats.TwoGroupTest#EXACT_UP_TO} units counts only from the smallest p_perm
 *           its units can give on ({@link qushi.analytics.stats.MultipleTesting#discreteStepDown(double[],
 *           java.util.List, double[])}): that of the arrangements of their years that pair them, ranked
 *           by residual, with the years ranked up or down; a term too rare to reach a small p does
 *           not dilute the others' correction there (Tarone 1990)
 * β̂       = the maximum of the likelihood conditional on each stratum's count, with size-proportional
 *           pseudo-counts (the zero correction spread over the years of a stratum with the term by
 *           their tokens; a stratum without it has none and adds nothing), so a term of the later
 *           years only has a finite slope, which the pseudo-counts set; a step or a peak within a
 *           stratum is seen as far as it tilts one line; change per year = 100·(e^β̂ − 1) %;
 *           its 95% interval is test-based: β̂ ± |β̂|·1.96 / z_p when p &lt; 0.05, else β̂ ± 1.96·√(φ/I(β̂))
 *           widened to hold 0
 * crude   = the same slope over all the text of the years as one stratum, the strata left out
 *           included: what the trend says without strata
 * </pre>
 */
final class StratifiedTrend {
  private StratifiedTrend() {}

  /** Newton steps at most for a slope. */
  private static final int STEPS = 50;

  /**
   * One stratum: its units, its years and the sums of its units in each, and for the smallest p a
   * term can reach, its units by tokens descending and their years ascending.
   */
  private record Stratum(
      String name,
      boolean[] units,
      int[] years,
      GroupCounts[] cells,
      int[] byTokens,
      double[] labels) {}

  /**
   * Returns the trend within the strata of the manifest column {@code column} of every term with at
   * least the least count in the informative strata.
   *
   * @param unitDocument the index in {@code documents} of each test unit's document
   * @param unitYear the year of each test unit
   * @param years the years of the trend, ascending
   */
  static StratifiedTrendTable test(
      List<String> terms,
      TermColumns columns,
      PassageMatrix matrix,
      List<Document> documents,
      String column,
      int[] unitDocument,
      int[] unitYear,
      int[] years,
      KeynessOptions o) {
    TreeMap<String, List<Integer>> byValue = new TreeMap<>();
    for (int u = 0; u < unitDocument.length; u++) {
      if (matrix.tokens(u) == 0 || Arrays.binarySearch(years, unitYear[u]) < 0) continue;
      byValue
          .computeIfAbsent(documents.get(unitDocument[u]).value(column), x -> new ArrayList<>())
          .add(u);
    }
    List<Stratum> strata = new ArrayList<>();
    List<Stratum> oneYear = new ArrayList<>(); // left out, but in the crude slope
    List<StratifiedTrendTable.Years> used = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (var e : byValue.entrySet()) {
      TreeSet<Integer> own = new TreeSet<>();
      for (int u : e.getValue()) own.add(unitYear[u]);
      int[] ys = own.stream().mapToInt(Integer::intValue).toArray();
      boolean[] all = new boolean[unitDocument.length];
      GroupCounts[] cells = new GroupCounts[ys.length];
      for (int y = 0; y < ys.length; y++) {
        boolean[] cell = new boolean[unitDocument.length];
        for (int u : e.getValue()) {
          if (unitYear[u] == ys[y]) {
            cell[u] = true;
            all[u] = true;
          }
        }
        cells[y] = matrix.group(cell);
      }
      if (ys.length < 2) {
        dropped.add(e.getKey());
        oneYear.add(new Stratum(e.getKey(), all, ys, cells, null, null));
        continue;
      }
      int[] byTokens =
          e.getValue().stream()
              .sorted(
                  Comparator.comparingInt((Integer u) -> -matrix.tokens(u)).thenComparing(u -> u))
              .mapToInt(Integer::intValue)
              .toArray();
      double[] labels = e.getValue().stream().mapToDouble(u -> unitYear[u]).sorted().toArray();
      strata.add(new Stratum(e.getKey(), all, ys, cells, byTokens, labels));
      used.add(new StratifiedTrendTable.Years(e.getKey(), List.copyOf(own)));
    }
    int k = strata.size();
    int units = 0;
    int cellCount = 0;
    long tokens = 0;
    double[][] powers = new double[k][];
    double[] b2 = new double[k];
    double[] b3 = new double[k];
    int[] size = new int[k];
    for (int s = 0; s < k; s++) {
      Stratum st = strata.get(s);
      powers[s] = columns.powers(st.units());
      double mean = 0;
      for (int y = 0; y < st.years().length; y++) {
        size[s] += st.cells()[y].passages();
        mean += (double) st.years()[y] * st.cells()[y].passages();
        tokens += st.cells()[y].tokens();
      }
      mean /= size[s];
      for (int y = 0; y < st.years().length; y++) {
        double d = st.years()[y] - mean;
        b2[s] += st.cells()[y].passages() * d * d;
        b3[s] += st.cells()[y].passages() * d * d * d;
      }
      units += size[s];
      cellCount += st.years().length;
    }
    int df = units - cellCount;
    long allTokens = tokens;
    double c0 = o.zeroCorrection();
    // each term's test reads only its own column: the terms run in parallel, each into its slot
    StratifiedTrendRow[] tested = new StratifiedTrendRow[terms.size()];
    double[] floorOf = new double[terms.size()];
    IntStream.range(0, k > 0 ? terms.size() : 0)
        .parallel()
        .forEach(
            t -> {
              double[][] c = new double[k][];
              double[][] n = new double[k][];
              double[][] y = new double[k][];
              long[] held = new long[k]; // the term's count in each stratum
              long total = 0;
              int present = 0;
              double x2 = 0;
              for (int s = 0; s < k; s++) {
                Stratum st = strata.get(s);
                int g = st.years().length;
                c[s] = new double[g];
                n[s] = new double[g];
                y[s] = new double[g];
                long in = 0;
                for (int j = 0; j < g; j++) {
                  GroupCounts cell = st.cells()[j];
                  c[s][j] = cell.count()[t];
                  n[s][j] = cell.tokens();
                  y[s][j] = st.years()[j];
                  in += cell.count()[t];
                  x2 += cell.pearson(t);
                }
                held[s] = in;
                total += in;
                present += in > 0 ? 1 : 0;
              }
              if (total < o.minCount()) return;
              double u = 0;
              double info = 0;
              double var = 0;
              double mu3 = 0;
              for (int s = 0; s < k; s++) {
                double[] m = moments(c[s], n[s], y[s]);
                u += m[0];
                info += m[1];
                double rate = held[s] / sum(n[s]);
                double[] e = columns.residualMoments(t, strata.get(s).units(), rate, powers[s]);
                if (size[s] >= 2) var += b2[s] * e[0] / (size[s] - 1);
                if (size[s] >= 3)
                  mu3 += size[s] * b3[s] * e[1] / ((double) (size[s] - 1) * (size[s] - 2));
              }
              double phi = df >= 1 ? Math.max(1, x2 / df) : 1;
              double f = info > 0 ? u * u / (phi * info) : 0;
              double pQuasi = df >= 1 ? LogLikelihood.fP(f, 1, df) : LogLikelihood.chiSquaredP(f);
              double pPerm = var > 0 ? PermutationTests.pearsonThree(u, var, mu3) : 1;
              double p = info > 0 ? Math.max(pQuasi, pPerm) : 1;
              boolean rare = containing(columns, t, strata) <= TwoGroupTest.EXACT_UP_TO;
              // Pearson type III undershoots where a few units hold the term (one unit alone in
              // its year: 0.043 for an exact 0.10): a rare term that it calls significant is
              // guarded by drawing its units' years (exact permutations of Σ_u (y_u − ū_s)·c_u,
              // the units without it left out)
              if (rare && p < GUARDED_BELOW) p = drawn(columns, t, strata, unitYear, p);
              // the smallest p the permutation can give, at the most extreme arrangements of the
              // units' years (p is at least that): a term that cannot reach a small p does not
              // dilute the others' correction there
              double floor = 0;
              if (var > 0 && rare) {
                // (a stratum without the term has residuals of 0; the walk over a stratum's
                // units is skipped where they are many, its floor then 0, which only counts the
                // term more)
                int walked = 0;
                for (int s = 0; s < k; s++) if (held[s] > 0) walked += size[s];
                if (walked <= MAX_WALKED) {
                  double high = 0;
                  double low = 0;
                  for (int s = 0; s < k; s++) {
                    if (held[s] == 0) continue;
                    double[] ends =
                        extremes(columns, matrix, t, strata.get(s), held[s] / sum(n[s]));
                    high += ends[0];
                    low += ends[1];
                  }
                  floor =
                      Math.min(
                          p,
                          Math.max(
                              2.0 / (MORE_DRAWS + 1),
                              Math.min(
                                  PermutationTests.pearsonThree(high, var, mu3),
                                  PermutationTests.pearsonThree(low, var, mu3))));
                }
              }
              Direction direction =
                  Math.abs(u) < 1e-9 || info <= 0
                      ? Direction.NONE
                      : u > 0 ? Direction.UP : Direction.DOWN;
              double[] fit =
                  direction == Direction.NONE ? new double[] {0, info} : slope(c, n, y, c0);
              double half =
                  EffectSizes.testHalfWidth(
                      fit[0],
                      p,
                      fit[1] > 0 ? Keyness.Z95 * Math.sqrt(phi / fit[1]) : 0,
                      Keyness.Z95);
              double crude = crude(c, n, y, oneYear, t, c0);
              tested[t] =
                  new StratifiedTrendRow(
                      terms.get(t),
                      total,
                      total * 1e4 / allTokens,
                      percent(fit[0]),
                      percent(fit[0] - half),
                      percent(fit[0] + half),
                      percent(crude),
                      p,
                      Double.NaN,
                      direction,
                      phi,
                      present);
              floorOf[t] = floor;
            });
    List<StratifiedTrendRow> rows = new ArrayList<>();
    List<Double> floors = new ArrayList<>();
    for (int t = 0; t < tested.length; t++) {
      if (tested[t] == null) continue;
      rows.add(tested[t]);
      floors.add(floorOf[t]);
    }
    double[] adjusted =
        MultipleTesting.discreteStepDown(
            rows.stream().mapToDouble(StratifiedTrendRow::p).toArray(),
            Collections.nCopies(rows.size(), DiscreteNull.UNIFORM),
            floors.stream().mapToDouble(Double::doubleValue).toArray());
    StratifiedTrendRow[] out = new StratifiedTrendRow[rows.size()];
    for (int i = 0; i < out.length; i++) out[i] = rows.get(i).withPAdjusted(adjusted[i]);
    Arrays.sort(out, StratifiedTrendTable.ranking(o.level()));
    return StratifiedTrendTable.of(Arrays.asList(out), column, used, dropped, o);
  }

  /**
   * The most units of the strata with a term whose walk finds its smallest p (a corpus of that many
   * passages per source takes about a millisecond a term).
   */
  static final int MAX_WALKED = 20_000;

  /** Below this p a rare term's p is guarded by draws of its units' years. */
  static final double GUARDED_BELOW = 0.05;

  /** The draws of that guard. */
  static final int DRAWS = 19_999;

  /**
   * At or below this p of the first {@value #DRAWS} draws, a rare term's p is drawn again, further:
   * a p that small is known only to its order of magnitude.
   */
  static final double REFINED_BELOW = 0.002;

  /** The most draws of the second stage of {@link #drawn}. */
  static final int MORE_DRAWS = 199_999;

  /** The draws beyond the observed statistic that end the second stage (Besag and Clifford). */
  static final int BEYOND = 20;

  /**
   * Returns the larger of {@code other} (the term's p from the F test and Pearson type III) and the
   * two-sided p of T = Σ_s Σ_u (y_u − ū_s)·c_u over the units with term {@code t}, their years
   * drawn from those of their stratum's units without replacement (a permutation of the years
   * within strata, the units without the term having c = 0), in two stages:
   *
   * <ol>
   *   <li>{@value #DRAWS} draws: p₁ = 2·min((1 + #{T* ≥ T}) / (DRAWS + 1), (1 + #{T* ≤ T}) / (DRAWS
   *       + 1)), at most 1, the p when it is above {@value #REFINED_BELOW};
   *   <li>else fresh draws in the tail p₁ took, until {@value #BEYOND} of them reach T (g = BEYOND
   *       after n draws: p = 2·g / n) or {@value #MORE_DRAWS} have been drawn (p = 2·(g + 1) /
   *       (MORE_DRAWS + 1)): the sequential p of Besag and Clifford (1991), never below 10⁻⁵, and
   *       cheap where it is not small. The draws stop early, too, once 2·BEYOND / n ≤ {@code
   *       other}: whatever the draws after, their p would not be above other, which is returned.
   * </ol>
   *
   * The p is valid: for α ≥ REFINED_BELOW, p ≤ α only where p₁ ≤ α, and p₁ is valid; for α below
   * it, p ≤ α only where 2·q ≤ α for the one-sided sequential p q of the upper tail or of the lower
   * on the second stage's draws, each valid whatever the tail the first stage chose, so that the
   * union is at most α. The second stage can put the p above p₁. The draws are seeded by the term's
   * index, so the same corpus gives the same p.
   */
  private static double drawn(
      TermColumns columns, int t, List<Stratum> strata, int[] unitYear, double other) {
    Draws draws = new Draws(columns, t, strata, unitYear);
    SplittableRandom random = new SplittableRandom(0x5EED_0000L + t);
    long[] first = draws.run(random, DRAWS, Long.MAX_VALUE, true);
    double p = Math.min(1, 2 * Math.min(first[0] + 1.0, first[1] + 1.0) / (DRAWS + 1));
    if (p > REFINED_BELOW) return Math.max(other, p);
    boolean upper = first[0] <= first[1];
    int most = (int) Math.min(MORE_DRAWS, Math.ceil(2.0 * BEYOND / other));
    long[] more = draws.run(random.split(), most, BEYOND, upper);
    long g = upper ? more[0] : more[1];
    double q;
    if (g >= BEYOND) q = (double) g / more[2];
    else if (more[2] < MORE_DRAWS) return other; // no p the draws after could give is above it
    else q = (g + 1.0) / (MORE_DRAWS + 1);
    return Math.max(other, Math.min(1, 2 * q));
  }

  /**
   * A rare term's units in each stratum, with their counts, and the stratum's years from their
   * mean, to be drawn for the units ({@link #drawn}).
   */
  private static final class Draws {
    private final double[][] labels;
    private final double[][] counts;
    private final double observed;
    private final double tolerance;

    Draws(TermColumns columns, int t, List<Stratum> strata, int[] unitYear) {
      int k = strata.size();
      labels = new double[k][];
      counts = new double[k][];
      double sum = 0;
      for (int s = 0; s < k; s++) {
        Stratum st = strata.get(s);
        int[] with = columns.passagesOf(t, st.units());
        int[] c = columns.values(t, st.units());
        labels[s] = st.labels().clone();
        double mean = 0;
        for (double y : labels[s]) mean += y;
        mean /= labels[s].length;
        for (int i = 0; i < labels[s].length; i++) labels[s][i] -= mean;
        counts[s] = new double[with.length];
        for (int i = 0; i < with.length; i++) {
          counts[s][i] = c[i];
          sum += (unitYear[with[i]] - mean) * c[i];
        }
      }
      observed = sum;
      tolerance = 1e-9 * Math.max(1, Math.abs(sum));
    }

    /**
     * Draws up to {@code most} times, and stops once {@code stop} draws reach the observed T in the
     * upper tail ({@code upper}) or the lower; returns {#{T* ≥ T}, #{T* ≤ T}, draws made}.
     */
    long[] run(SplittableRandom random, int most, long stop, boolean upper) {
      long up = 0;
      long down = 0;
      int draw = 0;
      while (draw < most && (upper ? up : down) < stop) {
        double sum = 0;
        for (int s = 0; s < labels.length; s++) {
          double[] l = labels[s];
          // a partial Fisher–Yates shuffle: the first counts.length places get the drawn years
          for (int i = 0; i < counts[s].length; i++) {
            int j = i + Uniform.below(random, l.length - i);
            double swap = l[i];
            l[i] = l[j];
            l[j] = swap;
            sum += l[i] * counts[s][i];
          }
        }
        draw++;
        if (sum >= observed - tolerance) up++;
        if (sum <= observed + tolerance) down++;
      }
      return new long[] {up, down, draw};
    }
  }

  /** Returns the units of the strata that contain term {@code t}. */
  private static int containing(TermColumns columns, int t, List<Stratum> strata) {
    int n = 0;
    for (Stratum s : strata) n += columns.containing(t, s.units());
    return n;
  }

  /**
   * Returns {max, min} of Σ_u y_π(u)·e_u over the permutations π of the stratum's units' years, e_u
   * = c_u − r·n_u the residuals of term {@code t} at rate {@code r} (see {@link #extremes(double[],
   * double[], double[])}): the residuals of the units without the term, −r·n_u, ascend with the
   * units by tokens descending.
   */
  private static double[] extremes(
      TermColumns columns, PassageMatrix matrix, int t, Stratum s, double r) {
    int[] with = columns.passagesOf(t, s.units());
    int[] counts = columns.values(t, s.units());
    double[] own = new double[with.length];
    for (int i = 0; i < with.length; i++) own[i] = counts[i] - r * matrix.tokens(with[i]);
    double[] others = new double[s.byTokens().length - with.length];
    int o = 0;
    for (int u : s.byTokens()) {
      if (Arrays.binarySearch(with, u) < 0) others[o++] = -r * matrix.tokens(u);
    }
    return extremes(s.labels(), others, own);
  }

  /**
   * Returns {max, min} of Σ_i y_π(i)·e_i over the permutations π of the {@code years} (ascending),
   * the e_i being {@code others} (ascending) and {@code own} (any order): the years ascending
   * paired with the residuals ascending, and with them descending (the rearrangement inequality),
   * the two lists merged.
   */
  static double[] extremes(double[] years, double[] others, double[] own) {
    double[] mine = own.clone();
    Arrays.sort(mine);
    int last = years.length - 1;
    double high = 0;
    double low = 0;
    int rank = 0;
    int a = 0;
    int b = 0;
    while (a < others.length || b < mine.length) {
      double e =
          b == mine.length || (a < others.length && others[a] <= mine[b]) ? others[a++] : mine[b++];
      high += years[rank] * e;
      low += years[last - rank++] * e;
    }
    return new double[] {high, low};
  }

  /** Returns 100·(e^β − 1): the change per year in percent. */
  private static double percent(double beta) {
    return 100 * Math.expm1(beta);
  }

  /**
   * Returns {U, I} of one stratum at β = 0: Σ (y − ȳ)·c and (Σc / Σn)·Σ n·(y − ȳ)², ȳ the
   * token-weighted mean year.
   */
  static double[] moments(double[] c, double[] n, double[] y) {
    double tokens = sum(n);
    double mean = 0;
    for (int j = 0; j < y.length; j++) mean += n[j] * y[j];
    mean /= tokens;
    double u = 0;
    double spread = 0;
    for (int j = 0; j < y.length; j++) {
      u += (y[j] - mean) * c[j];
      spread += n[j] * (y[j] - mean) * (y[j] - mean);
    }
    return new double[] {u, sum(c) / tokens * spread};
  }

  /**
   * Returns {β̂, I(β̂)}: the slope that maximises the likelihood conditional on each stratum's
   * count (each stratum's counts c_s, tokens n_s and years y_s), after {@code pseudo} counts are
   * spread over the years of each stratum with the term in proportion to their tokens; Newton's
   * method from 0.
   */
  static double[] slope(double[][] c, double[][] n, double[][] y, double pseudo) {
    double beta = 0;
    double info = 0;
    for (int step = 0; step < STEPS; step++) {
      double score = 0;
      info = 0;
      for (int s = 0; s < c.length; s++) {
        // a stratum without the term says nothing of its slope: no pseudo-counts there, which would
        // pull the slope towards 0 the more such strata the column has
        if (sum(c[s]) == 0) continue;
        double tokens = sum(n[s]);
        double count = sum(c[s]) + pseudo;
        // years from the middle of the stratum's, so that the sums are exact
        double mid = (y[s][0] + y[s][y[s].length - 1]) / 2;
        // the weights e^(β·d) relative to the largest, which the mean and variance do not see
        double top = Math.max(beta * (y[s][0] - mid), beta * (y[s][y[s].length - 1] - mid));
        double w = 0;
        double wd = 0;
        double wdd = 0;
        for (int j = 0; j < y[s].length; j++) {
          double d = y[s][j] - mid;
          double a = n[s][j] * Math.exp(beta * d - top);
          w += a;
          wd += a * d;
          wdd += a * d * d;
          score += (c[s][j] + pseudo * n[s][j] / tokens) * d;
        }
        double mean = wd / w;
        score -= count * mean;
        info += count * (wdd / w - mean * mean);
      }
      if (info <= 0) return new double[] {0, 0};
      // a step of at most 1 (e-fold a year): the likelihood is concave, and this keeps Newton's
      // method from overshooting where the slope is steep
      double next = beta + Math.max(-1, Math.min(1, score / info));
      boolean done = Math.abs(next - beta) < 1e-10;
      beta = next;
      if (done) break;
    }
    return new double[] {beta, info};
  }

  /**
   * Returns the slope of term {@code t} in all the text as one stratum: the strata used (their
   * counts c, tokens n and years y) and those of {@code oneYear}.
   */
  private static double crude(
      double[][] c, double[][] n, double[][] y, List<Stratum> oneYear, int t, double pseudo) {
    TreeMap<Double, double[]> byYear = new TreeMap<>();
    for (int s = 0; s < c.length; s++) {
      for (int j = 0; j < y[s].length; j++) {
        double[] cell = byYear.computeIfAbsent(y[s][j], x -> new double[2]);
        cell[0] += c[s][j];
        cell[1] += n[s][j];
      }
    }
    for (Stratum s : oneYear) {
      double[] cell = byYear.computeIfAbsent((double) s.years()[0], x -> new double[2]);
      cell[0] += s.cells()[0].count()[t];
      cell[1] += s.cells()[0].tokens();
    }
    double[] cc = new double[byYear.size()];
    double[] nn = new double[byYear.size()];
    double[] yy = new double[byYear.size()];
    int j = 0;
    for (var e : byYear.entrySet()) {
      yy[j] = e.getKey();
      cc[j] = e.getValue()[0];
      nn[j++] = e.getValue()[1];
    }
    return slope(new double[][] {cc}, new double[][] {nn}, new double[][] {yy}, pseudo)[0];
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double x : a) s += x;
    return s;
  }
}
