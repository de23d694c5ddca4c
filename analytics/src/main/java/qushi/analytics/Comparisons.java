package qushi.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import qushi.analytics.compare.Bootstrap;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.Keyness;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.KeynessRow;
import qushi.analytics.compare.KeynessTable;
import qushi.analytics.compare.PassageMatrix;
import qushi.analytics.compare.RateInterval;
import qushi.analytics.compare.TrendClassifier;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Cross-year comparisons of an {@link Analysis}: keyness between two years (or a year and the
 * rest), the multi-period view, trend classes and bootstrap intervals of rates. The statistics are
 * those of {@link Keyness} computed from passage counts, so each term's test accounts for how
 * unevenly it is spread over passages (quasi-likelihood; see {@link KeynessOptions}).
 */
public final class Comparisons {
  private final Analysis analysis;
  private final PassageMatrix matrix;
  private final List<String> terms;
  private final int[] passageYears;

  /** Creates the comparisons of {@code analysis} (builds its passage × term matrix once). */
  public Comparisons(Analysis analysis) {
    this.analysis = analysis;
    this.terms = List.of(analysis.vocabulary().terms());
    PassageMatrix.Builder b = PassageMatrix.builder(terms.size());
    passageYears = new int[analysis.passages().size()];
    for (Passage p : analysis.passages()) {
      int[] ids = analysis.terms(p.index());
      int[] ones = new int[ids.length];
      Arrays.fill(ones, 1);
      b.add(analysis.tokenCount(p.index()), ids, ones);
      passageYears[p.index()] = p.year();
    }
    this.matrix = b.build();
  }

  /** Returns the passage × term count matrix (columns are vocabulary ids; token totals are word tokens). */
  public PassageMatrix matrix() {
    return matrix;
  }

  /**
   * Returns the keyness of every term of {@code target} against {@code reference}: a year, or
   * null for all other years ("rest").
   *
   * @throws BadInputException if a year is not in the corpus or both are the same
   */
  public KeynessTable compare(int target, Integer reference, KeynessOptions options) {
    checkYear(target);
    if (reference != null) {
      checkYear(reference);
      if (reference == target) throw new BadInputException("--target and --reference must differ, both were " + target);
    }
    boolean[] t = new boolean[passageYears.length];
    boolean[] r = new boolean[passageYears.length];
    for (int p = 0; p < passageYears.length; p++) {
      t[p] = passageYears[p] == target;
      r[p] = reference == null ? !t[p] : passageYears[p] == reference;
    }
    return Keyness.compare(terms, matrix, t, r, options);
  }

  /** Returns the trend class of every term: the last year against all earlier years pooled. */
  public TrendTable trend(TrendOptions options) {
    if (analysis.years().length < 2) throw new BadInputException("trends need at least two years, the corpus has " + analysis.years().length);
    return TrendClassifier.classify(terms, matrix, passageYears, options);
  }

  /**
   * Returns the multi-period view: for every term seen at least {@code minCount} times, its per10k
   * in every year, then for each comparison (every year against the rest, and every pair of
   * consecutive years, earlier → later) its G², BH-adjusted p, log ratio and z, side by side.
   * Rows are ordered by the largest |z| among the comparisons where the term is significant, then
   * by the largest |z| overall, then by term.
   */
  public Table all(KeynessOptions options, int top) {
    int[] years = analysis.years();
    List<String> names = new ArrayList<>();
    List<KeynessTable> tables = new ArrayList<>();
    for (int y : years) {
      names.add(y + "_vs_rest");
      tables.add(compare(y, null, options));
    }
    for (int i = 0; i + 1 < years.length; i++) {
      names.add(years[i] + "_to_" + years[i + 1]);
      tables.add(compare(years[i + 1], years[i], options));
    }
    long[] tokens = analysis.tokensByYear().values().stream().mapToLong(Long::longValue).toArray();
    long[][] byYear = new long[years.length][terms.size()];
    for (int p = 0; p < passageYears.length; p++) {
      int y = Arrays.binarySearch(years, passageYears[p]);
      for (int id : analysis.terms(p)) byYear[y][id]++;
    }
    List<String> keep = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      long n = 0;
      for (long[] row : byYear) n += row[t];
      if (n >= options.minCount()) keep.add(terms.get(t));
    }
    java.util.Map<String, double[]> rank = new java.util.HashMap<>();
    for (String term : keep) {
      double sig = 0;
      double any = 0;
      for (KeynessTable kt : tables) {
        KeynessRow r = kt.row(term).orElse(null);
        if (r == null) continue;
        any = Math.max(any, Math.abs(r.z()));
        if (r.pAdjusted() < options.level()) sig = Math.max(sig, Math.abs(r.z()));
      }
      rank.put(term, new double[] {sig, any});
    }
    keep.sort(Comparator.<String>comparingDouble(s -> -rank.get(s)[0]).thenComparingDouble(s -> -rank.get(s)[1])
        .thenComparing(Comparator.naturalOrder()));
    keep = keep.subList(0, Math.min(top, keep.size()));

    Table out = Table.create("compare_all", StringColumn.create(Columns.TERM, keep));
    for (int y = 0; y < years.length; y++) {
      DoubleColumn c = DoubleColumn.create(Columns.PER10K + "_" + years[y]);
      for (String term : keep) c.append(tokens[y] == 0 ? 0 : 1e4 * byYear[y][analysis.vocabulary().id(term)] / tokens[y]);
      out.addColumns(c);
    }
    for (int k = 0; k < tables.size(); k++) {
      DoubleColumn g2 = DoubleColumn.create("g2_" + names.get(k));
      DoubleColumn padj = DoubleColumn.create("p_adj_" + names.get(k));
      DoubleColumn lr = DoubleColumn.create("log_ratio_" + names.get(k));
      DoubleColumn z = DoubleColumn.create("z_" + names.get(k));
      for (String term : keep) {
        KeynessRow r = tables.get(k).row(term).orElse(null);
        if (r == null) {
          g2.appendMissing();
          padj.appendMissing();
          lr.appendMissing();
          z.appendMissing();
        } else {
          g2.append(r.g2());
          padj.append(r.pAdjusted());
          lr.append(r.logRatio());
          z.append(r.z());
        }
      }
      out.addColumns(g2, padj, lr, z);
    }
    return out;
  }

  /**
   * Returns the bootstrap interval of a term's rate per 10,000 tokens in {@code year}: passages of
   * that year are resampled with replacement; the term's count in a passage is the number of
   * non-overlapping occurrences in the passage text (as {@link Analysis#count}).
   */
  public RateInterval interval(String term, int year, BootstrapOptions options) {
    checkYear(year);
    String q = analysis.cleanQuery(term);
    List<Passage> ps = analysis.passages().stream().filter(p -> p.year() == year).toList();
    int[] counts = new int[ps.size()];
    int[] tokens = new int[ps.size()];
    for (int i = 0; i < ps.size(); i++) {
      counts[i] = Analysis.occurrences(ps.get(i).text(), q);
      tokens[i] = analysis.tokenCount(ps.get(i).index());
    }
    return Bootstrap.rateInterval(counts, tokens, options);
  }

  /** Returns bootstrap intervals of every term's rate among the passages of {@code year}, by term id. */
  public List<RateInterval> intervals(int year, BootstrapOptions options) {
    checkYear(year);
    int[] rows = java.util.stream.IntStream.range(0, passageYears.length).filter(p -> passageYears[p] == year).toArray();
    return Bootstrap.rateIntervals(matrix.subset(rows), options);
  }

  private void checkYear(int year) {
    if (Arrays.binarySearch(analysis.years(), year) < 0) {
      throw new BadInputException("year " + year + " is not in the corpus (years: " + Arrays.toString(analysis.years()) + ")");
    }
  }
}
