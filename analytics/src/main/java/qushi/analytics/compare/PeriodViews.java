package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import qushi.analytics.core.BadInputException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The views over several periods that {@link Comparisons} builds from its pairwise keyness tables:
 * the multi-period view ({@link Comparisons#all}: every year against the rest and consecutive
 * years) and the view over consecutive periods ({@link Comparisons#periods}), both one row per term
 * with its rates and each comparison's statistics side by side, in the same order.
 */
final class PeriodViews {
  private PeriodViews() {}

  /** Returns the multi-period view of {@code cmp} (see {@link Comparisons#all}). */
  static PeriodTable all(Comparisons cmp, KeynessOptions options, int top) {
    // a year without word tokens has no rates to compare; it is left out
    int[] years = Arrays.stream(cmp.years).filter(y -> cmp.tokens(y) > 0).toArray();
    // each year against the rest, then each year against the one before
    List<String> names = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>(); // {target, reference}, or {target}: against the rest
    for (int y : years) {
      if (years.length < 2) break;
      names.add(y + "_vs_rest");
      pairs.add(new int[] {y});
    }
    for (int i = 0; i + 1 < years.length; i++) {
      names.add(years[i] + "_to_" + years[i + 1]);
      pairs.add(new int[] {years[i + 1], years[i]});
    }
    // the comparisons are independent: they run in parallel, each table in its place
    List<KeynessTable> tables =
        pairs.parallelStream()
            .map(c -> cmp.compare(c[0], c.length == 1 ? null : c[1], options))
            .toList();
    long[] tokens = new long[years.length];
    long[][] byYear = new long[years.length][];
    for (int y = 0; y < years.length; y++) {
      tokens[y] = cmp.tokens(years[y]);
      byYear[y] = cmp.counts.year(years[y]).count();
    }
    List<Map<String, KeynessRow>> byTerm = byTerm(tables);
    List<String> kept = kept(cmp.terms, byYear, options);
    List<String> keep = ranked(kept, ranks(kept, byTerm, options), top);

    Table out = Table.create("compare_all", StringColumn.create("term", keep));
    for (int y = 0; y < years.length; y++) {
      out.addColumns(rates(cmp, "per10k_" + years[y], keep, tokens[y], byYear[y]));
    }
    for (int k = 0; k < tables.size(); k++) {
      String name = names.get(k);
      Map<String, KeynessRow> rows = byTerm.get(k);
      out.addColumns(
          stat("g2_" + name, keep, rows, KeynessRow::g2),
          stat("p_adj_" + name, keep, rows, KeynessRow::pAdjusted),
          stat("log_ratio_" + name, keep, rows, KeynessRow::logRatio),
          stat("z_" + name, keep, rows, KeynessRow::z));
    }
    return new PeriodTable(out, compared(names, tables), options.level());
  }

  /** Returns the view of {@code cmp} over consecutive periods (see {@link Comparisons#periods}). */
  static PeriodTable periods(
      Comparisons cmp, List<Period> periods, KeynessOptions options, int top) {
    if (periods.size() < 2) {
      throw BadInputException.option("periods", "needs at least two periods, was " + periods);
    }
    // each period is named by the corpus years it covers (2013..2025 of a corpus that ends in
    // 2022 is 2013..2022)
    periods = periods.stream().map(p -> p.within(cmp.years)).toList();
    List<int[]> years = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (Period p : periods) {
      if (p.rest()) throw BadInputException.option("periods", "cannot contain rest");
      int[] y = p.resolve(cmp.years, null, "periods");
      for (int x : y) {
        if (!seen.add(x)) throw BadInputException.option("periods", "overlap in " + x);
      }
      years.add(y);
    }
    List<KeynessTable> tables = new ArrayList<>();
    for (int i = 0; i + 1 < periods.size(); i++) {
      tables.add(cmp.compare(periods.get(i + 1), periods.get(i), options));
    }
    long[] tokens = new long[periods.size()];
    long[][] byPeriod = new long[periods.size()][];
    for (int i = 0; i < periods.size(); i++) {
      int[] y = years.get(i);
      var g = cmp.counts.period(x -> Arrays.binarySearch(y, x) >= 0);
      tokens[i] = g.tokens();
      byPeriod[i] = g.count();
    }
    List<Map<String, KeynessRow>> byTerm = byTerm(tables);
    List<String> kept = kept(cmp.terms, byPeriod, options);
    Map<String, Rank> rank = ranks(kept, byTerm, options);
    List<String> keep = ranked(kept, rank, top);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++)
      names.add(periods.get(i).label() + "_to_" + periods.get(i + 1).label());
    Table out = Table.create("compare_periods", StringColumn.create("term", keep));
    for (int i = 0; i < periods.size(); i++) {
      out.addColumns(rates(cmp, "per10k_" + periods.get(i).label(), keep, tokens[i], byPeriod[i]));
    }
    for (int i = 0; i < tables.size(); i++) {
      String name = names.get(i);
      Map<String, KeynessRow> rows = byTerm.get(i);
      StringColumn dir = StringColumn.create("direction_" + name);
      for (String term : keep) {
        KeynessRow r = rows.get(term);
        dir.append(r == null ? "" : r.direction().name());
      }
      out.addColumns(
          stat("log_ratio_" + name, keep, rows, KeynessRow::logRatio),
          stat("log_ratio_lower_" + name, keep, rows, KeynessRow::logRatioLower),
          stat("log_ratio_upper_" + name, keep, rows, KeynessRow::logRatioUpper),
          stat("p_adj_" + name, keep, rows, KeynessRow::pAdjusted),
          stat("z_" + name, keep, rows, KeynessRow::z),
          dir);
    }
    // a term's top document is that of the comparison that ranks it, as that comparison's own
    // table gives it: on the side where the term is more frequent, so that a share of 0.8 or more
    // means here what it means there and in the notes' count of changes mostly from one document
    StringColumn topDoc = StringColumn.create(KeynessTable.TOP_DOC);
    DoubleColumn topShare = DoubleColumn.create(KeynessTable.TOP_DOC_SHARE);
    for (String term : keep) {
      KeynessRow r = rank.get(term).deciding();
      topDoc.append(r == null || r.topDocument() == null ? "" : r.topDocument());
      topShare.append(r == null ? Double.NaN : r.topDocumentShare());
    }
    out.addColumns(topDoc, topShare);
    return new PeriodTable(out, compared(names, tables), options.level());
  }

  /** Returns each named comparison with what its table found over all the terms it tested. */
  private static List<PeriodTable.Comparison> compared(
      List<String> names, List<KeynessTable> tables) {
    List<PeriodTable.Comparison> out = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++)
      out.add(new PeriodTable.Comparison(names.get(i), tables.get(i).tested()));
    return out;
  }

  /**
   * Returns the column {@code name} of each kept term's rate per 10,000 tokens in a group of {@code
   * tokens} tokens whose counts by term id are {@code counts} (0 when the group has no tokens).
   */
  private static DoubleColumn rates(
      Comparisons cmp, String name, List<String> keep, long tokens, long[] counts) {
    DoubleColumn c = DoubleColumn.create(name);
    for (String term : keep) c.append(tokens == 0 ? 0 : 1e4 * counts[cmp.id(term)] / tokens);
    return c;
  }

  /**
   * Returns the column {@code name} of {@code value} of each kept term's row in one comparison,
   * missing where the comparison has no row for the term.
   */
  private static DoubleColumn stat(
      String name,
      List<String> keep,
      Map<String, KeynessRow> rows,
      ToDoubleFunction<KeynessRow> value) {
    DoubleColumn c = DoubleColumn.create(name);
    for (String term : keep) {
      KeynessRow r = rows.get(term);
      if (r == null) {
        c.appendMissing();
      } else {
        c.append(value.applyAsDouble(r));
      }
    }
    return c;
  }

  /**
   * Returns the terms (in id order) seen at least {@code minCount} times in the groups, whose
   * counts by term id are {@code byGroup}.
   */
  private static List<String> kept(List<String> terms, long[][] byGroup, KeynessOptions options) {
    List<String> keep = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      long n = 0;
      for (long[] row : byGroup) n += row[t];
      if (n >= options.minCount()) keep.add(terms.get(t));
    }
    return keep;
  }

  /**
   * How a term ranks in a view: the largest |z| among the comparisons where it is significant (0 if
   * none), the largest |z| of any, and the row of the comparison that decides its place — the one
   * of the first largest, else of the second (the earlier on ties), null when no comparison has a
   * row.
   */
  private record Rank(double significant, double any, KeynessRow deciding) {}

  /** Returns how each of {@code keep} ranks over the comparisons' rows {@code byTerm}. */
  private static Map<String, Rank> ranks(
      List<String> keep, List<Map<String, KeynessRow>> byTerm, KeynessOptions options) {
    Map<String, Rank> out = new HashMap<>();
    for (String term : keep) {
      KeynessRow bestSignificant = null;
      KeynessRow best = null;
      for (Map<String, KeynessRow> kt : byTerm) {
        KeynessRow r = kt.get(term);
        if (r == null) continue;
        if (best == null || Math.abs(r.z()) > Math.abs(best.z())) best = r;
        if (r.significant(options.level())
            && (bestSignificant == null || Math.abs(r.z()) > Math.abs(bestSignificant.z())))
          bestSignificant = r;
      }
      out.put(
          term,
          new Rank(
              bestSignificant == null ? 0 : Math.abs(bestSignificant.z()),
              best == null ? 0 : Math.abs(best.z()),
              bestSignificant != null ? bestSignificant : best));
    }
    return out;
  }

  /**
   * Returns the first {@code top} of {@code keep}, sorted in place: by the largest |z| among the
   * comparisons where the term is significant, then by the largest |z| overall, then by term.
   */
  private static List<String> ranked(List<String> keep, Map<String, Rank> rank, int top) {
    keep.sort(
        Comparator.<String>comparingDouble(s -> -rank.get(s).significant())
            .thenComparingDouble(s -> -rank.get(s).any())
            .thenComparing(Comparator.naturalOrder()));
    return keep.subList(0, Math.min(top, keep.size()));
  }

  /** Returns each table's rows by term. */
  private static List<Map<String, KeynessRow>> byTerm(List<KeynessTable> tables) {
    List<Map<String, KeynessRow>> out = new ArrayList<>();
    for (KeynessTable kt : tables) {
      Map<String, KeynessRow> m = new HashMap<>();
      for (KeynessRow r : kt.rows()) m.put(r.term(), r);
      out.add(m);
    }
    return out;
  }
}
