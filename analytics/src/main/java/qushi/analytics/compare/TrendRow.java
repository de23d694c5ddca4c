package qushi.analytics.compare;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Arrays;

/**
 * One term's trend over the years: its shape, rate series, the trend test and the statistics of the
 * last year against all earlier years. The {@code withX} copies are generated for every component.
 *
 * @param term the term
 * @param trend the shape
 * @param per10k the frequency (or occurrences, see {@link Counted}) per 10,000 tokens in each year
 *     of the table, oldest first (copied)
 * @param lastFrequency the term tokens in the last year (in a table of given terms, the occurrences
 *     a text search finds: see {@link Counted})
 * @param earlierFrequency the term tokens (or occurrences) in all earlier years
 * @param logRatio log₂ ratio of the last-year rate to the earlier rate, size-proportional
 *     pseudo-counts (see {@link Keyness#logRatio})
 * @param g2 the trend test's scaled deviance (D₀ − D₁)/φ, ≥ 0
 * @param pAdjusted the adjusted p-value over all tested terms (discrete Benjamini–Hochberg
 *     step-down)
 * @param z the weighted log-odds z-score of the last year against the earlier years
 * @param frequency the term tokens in all years (how often the segmenter produced the term), or its
 *     occurrences
 * @param passages passages that contain the term
 * @param onset the first year the term is established (see {@link TrendOptions#established()})
 * @param peak the year of its highest rate
 * @param trough the year of its lowest rate between its onset and its last year
 * @param last the last year the term is established
 * @param change log₂ of the observed rate of the late years (from {@code lateStart} on) over that
 *     of the early years (up to {@code earlyEnd}), with pseudo-counts as in {@code logRatio};
 *     computed for every term, but it names the shape only of RISING, FALLING and STABLE ones
 *     ({@link TrendClass#measuredByChange}), and the table and this row's summary leave it out for
 *     the others (a term that rose and fell has no one change)
 * @param earlyEnd the last of the early years {@code change} compares: from the first year on, as
 *     few as would hold the term {@value TrendClassifier#END_EVIDENCE} times at its rate over all
 *     years, times the dispersion of the years around its fitted curve, at most a third of them
 * @param lateStart the first of the late years, the same from the last year back
 * @param yearScatter the dispersion of the years around the fitted curve, max(1, D₁ / (G − q₁)) (1
 *     when the curve passes through every year), by which the ends' evidence is multiplied
 * @param p the trend test's p-value
 * @param dispersion the dispersion φ ≥ 1 of passages around their year's rate
 * @param topDocument the document with most of the term's counts ("" when not computed)
 * @param topDocumentShare its share of them; NaN when not computed or when it is its year's only
 *     document
 */
@RecordBuilder
public record TrendRow(
    String term,
    TrendClass trend,
    double[] per10k,
    long lastFrequency,
    long earlierFrequency,
    double logRatio,
    double g2,
    double pAdjusted,
    double z,
    long frequency,
    int passages,
    int onset,
    int peak,
    int trough,
    int last,
    double change,
    int earlyEnd,
    int lateStart,
    double yearScatter,
    double p,
    double dispersion,
    String topDocument,
    double topDocumentShare)
    implements TrendRowBuilder.With {

  /** Copies the rate series. */
  public TrendRow {
    per10k = per10k.clone();
  }

  /** Returns a copy of the rate series. */
  @Override
  public double[] per10k() {
    return per10k.clone();
  }

  /** Returns a copy with another class and adjusted p-value. */
  TrendRow with(TrendClass shape, double adjusted) {
    return with(b -> b.trend(shape).pAdjusted(adjusted));
  }

  /** Returns a copy with the term's top document and its share. */
  TrendRow withTopDocument(String document, double share) {
    return with(b -> b.topDocument(document).topDocumentShare(share));
  }

  /** Returns whether at least 80% of the term's counts come from one document. */
  public boolean concentrated() {
    return topDocumentShare >= KeynessRow.CONCENTRATED;
  }

  /** Returns whether the other row holds the same values, comparing the series element-wise. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TrendRow r
        && term.equals(r.term)
        && trend == r.trend
        && Arrays.equals(per10k, r.per10k)
        && lastFrequency == r.lastFrequency
        && earlierFrequency == r.earlierFrequency
        && Double.compare(logRatio, r.logRatio) == 0
        && Double.compare(g2, r.g2) == 0
        && Double.compare(pAdjusted, r.pAdjusted) == 0
        && Double.compare(z, r.z) == 0
        && frequency == r.frequency
        && passages == r.passages
        && onset == r.onset
        && peak == r.peak
        && trough == r.trough
        && last == r.last
        && Double.compare(change, r.change) == 0
        && earlyEnd == r.earlyEnd
        && lateStart == r.lateStart
        && Double.compare(yearScatter, r.yearScatter) == 0
        && Double.compare(p, r.p) == 0
        && Double.compare(dispersion, r.dispersion) == 0
        && topDocument.equals(r.topDocument)
        && Double.compare(topDocumentShare, r.topDocumentShare) == 0;
  }

  /** Returns a hash consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return 31 * (31 * term.hashCode() + trend.hashCode()) + Arrays.hashCode(per10k);
  }

  /**
   * Returns a short summary: term, class, years, change (for the shapes read from it, as the table
   * gives it) and adjusted p.
   */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "TrendRow[%s %s, onset=%d, peak=%d, last=%d, %sfrequency=%d, pAdjusted=%.3g]",
        term,
        trend,
        onset,
        peak,
        last,
        trend.measuredByChange()
            ? String.format(java.util.Locale.ROOT, "change=%.2f, ", change)
            : "",
        frequency,
        pAdjusted);
  }
}
