package qushi.analytics.compare;

import java.util.Collections;
import java.util.List;
import qushi.analytics.core.Tabular;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.PassageMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The bootstrap intervals of rates behind {@link Comparisons#interval}, {@link
 * Comparisons#intervals} and {@link Comparisons#withIntervals}: a term's rate in a year from the
 * text, every term's rate from the counts, and the keyness table with both rates' intervals beside
 * them.
 */
final class RateIntervals {
  private RateIntervals() {}

  /**
   * Returns the bootstrap interval of a term's rate in {@code year} (see {@link
   * Comparisons#interval}).
   */
  static RateInterval interval(
      Comparisons cmp, String term, int year, BootstrapOptions options, long seed) {
    cmp.checkYear(year);
    if (cmp.prepared == null) {
      throw new IllegalStateException("a term search reads the text; these counts have none");
    }
    String q = cmp.prepared.text().cleanQuery(term);
    if (cmp.tokens(year) == 0)
      return new RateInterval(Double.NaN, Double.NaN, Double.NaN, options.level());
    // resampled by unit (passage or document: TestUnits), the unit's counts the sums of its
    // passages'; a year of one document resamples its passages (onePiece)
    boolean byPassage = onePiece(cmp, year);
    int[] us = byPassage ? cmp.counts.passagesOf(year) : cmp.units.counts().passagesOf(year);
    int[] unitIndex =
        new int[byPassage ? cmp.counts.matrix().passages() : cmp.units.columns().passages()];
    for (int i = 0; i < us.length; i++) unitIndex[us[i]] = i;
    int[] found = cmp.prepared.occurrencesByPassage(q, year);
    int[] occurrences = new int[us.length];
    int[] tokens = new int[us.length];
    for (int p : cmp.counts.passagesOf(year)) {
      int i = unitIndex[byPassage ? p : cmp.units.passageUnit()[p]];
      int n = cmp.prepared.tokenCount(p);
      tokens[i] += n;
      // at most one per token, as the comparisons count (Comparisons.of)
      occurrences[i] += Math.min(n, found[p]);
    }
    return Bootstrap.rateInterval(occurrences, tokens, options, seed);
  }

  /** Returns the bootstrap intervals of every term's rate in {@code year}, by term id. */
  static List<RateInterval> intervals(
      Comparisons cmp, int year, BootstrapOptions options, long seed) {
    cmp.checkYear(year);
    if (cmp.tokens(year) == 0) {
      RateInterval none = new RateInterval(Double.NaN, Double.NaN, Double.NaN, options.level());
      return Collections.nCopies(cmp.terms.size(), none);
    }
    Counts by = onePiece(cmp, year) ? cmp.counts : cmp.units.counts();
    PassageMatrix m = by.matrix().subset(by.passagesOf(year));
    return Bootstrap.rateIntervals(m, options, seed);
  }

  /**
   * Whether the year is one document among years of several, with documents as the units: one unit
   * says nothing of the spread, so the bootstrap resamples the year's passages, as when passages
   * are the units.
   */
  private static boolean onePiece(Comparisons cmp, int year) {
    return cmp.units.documents() && cmp.units.counts().passagesOf(year).length < 2;
  }

  /**
   * Returns the keyness table with the rates' intervals (see {@link Comparisons#withIntervals}).
   */
  static Tabular withIntervals(
      Comparisons cmp,
      KeynessTable keyness,
      int target,
      Integer reference,
      BootstrapOptions options,
      long seed) {
    Table table = keyness.table();
    List<RateInterval> t = cmp.intervals(target, options, seed);
    List<RateInterval> r = reference == null ? null : cmp.intervals(reference, options, seed);
    DoubleColumn tl = DoubleColumn.create("target_lower");
    DoubleColumn tu = DoubleColumn.create("target_upper");
    DoubleColumn rl = DoubleColumn.create("reference_lower");
    DoubleColumn ru = DoubleColumn.create("reference_upper");
    for (String term : table.stringColumn(KeynessTable.TERM)) {
      int id = cmp.id(term);
      tl.append(t.get(id).lower());
      tu.append(t.get(id).upper());
      if (r != null) {
        rl.append(r.get(id).lower());
        ru.append(r.get(id).upper());
      }
    }
    table.insertColumn(table.columnIndex(KeynessTable.TARGET_PER10K) + 1, tl);
    table.insertColumn(table.columnIndex(KeynessTable.TARGET_PER10K) + 2, tu);
    if (r != null) {
      table.insertColumn(table.columnIndex(KeynessTable.REFERENCE_PER10K) + 1, rl);
      table.insertColumn(table.columnIndex(KeynessTable.REFERENCE_PER10K) + 2, ru);
    }
    return Tabular.of(table);
  }
}
