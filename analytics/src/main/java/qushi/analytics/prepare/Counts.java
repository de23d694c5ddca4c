package qushi.analytics.prepare;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import qushi.analytics.core.BadInputException;

/**
 * The shared count stage of a prepared corpus, computed once and read by every analysis:
 *
 * <ul>
 *   <li>the passage × term matrix ({@link PassageMatrix}: sparse counts and word tokens per
 *       passage),
 *   <li>per year, the {@link GroupCounts} of its passages: term counts, passages containing each
 *       term, the fixed-point Σ y²/n for the overdispersion estimate, word tokens and passages,
 *   <li>per term, its corpus total and the passages containing it.
 * </ul>
 *
 * Any period (a set of years) is the sum of its years' groups ({@link #period}). These sums are
 * exactly what a distributed engine computes on its executors; the statistics read nothing else.
 * Counts made from the year groups alone ({@link #ofYears}) have no passage matrix.
 */
public final class Counts {
  private final int[] years;
  private final int[] passageYear;
  private final PassageMatrix matrix;
  private final GroupCounts[] byYear;
  private final long[] termTotals;
  private final int[] termPassages;

  private Counts(
      int[] years, int[] passageYear, PassageMatrix matrix, GroupCounts[] byYear, int terms) {
    this.years = years;
    this.passageYear = passageYear;
    this.matrix = matrix;
    this.byYear = byYear;
    this.termTotals = new long[terms];
    this.termPassages = new int[terms];
    for (GroupCounts g : byYear) {
      for (int t = 0; t < termTotals.length; t++) {
        termTotals[t] += g.count()[t];
        termPassages[t] += g.presence()[t];
      }
    }
  }

  /**
   * Returns the counts of a passage × term matrix whose passage {@code p} belongs to year {@code
   * passageYears[p]}.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Counts of(PassageMatrix matrix, int[] passageYears) {
    if (passageYears.length != matrix.passages()) {
      throw new IllegalArgumentException(
          "passageYears has " + passageYears.length + " entries, expected " + matrix.passages());
    }
    int[] years = IntStream.of(passageYears).distinct().sorted().toArray();
    int[] index = new int[passageYears.length];
    for (int p = 0; p < index.length; p++) index[p] = Arrays.binarySearch(years, passageYears[p]);
    GroupCounts[] groups = new GroupCounts[years.length];
    for (int y = 0; y < years.length; y++) {
      boolean[] mask = new boolean[index.length];
      for (int p = 0; p < index.length; p++) mask[p] = index[p] == y;
      groups[y] = matrix.group(mask);
    }
    return new Counts(years, index, matrix, groups, matrix.terms());
  }

  /**
   * Returns the counts of the year groups {@code byYear[i]} of years {@code years[i]} (strictly
   * ascending), summed elsewhere (by a distributed engine): everything but the passage matrix.
   *
   * @throws IllegalArgumentException if the lengths differ, the years are not ascending or the
   *     groups have different numbers of terms
   */
  public static Counts ofYears(int[] years, GroupCounts[] byYear) {
    if (years.length != byYear.length) {
      throw new IllegalArgumentException(
          "years has " + years.length + " entries but byYear has " + byYear.length);
    }
    for (int y = 1; y < years.length; y++) {
      if (years[y] <= years[y - 1])
        throw new IllegalArgumentException("years must be strictly ascending");
    }
    int terms = byYear.length == 0 ? 0 : byYear[0].terms();
    for (GroupCounts g : byYear) {
      if (g.terms() != terms)
        throw new IllegalArgumentException("every year must have " + terms + " terms");
    }
    return new Counts(years.clone(), null, null, byYear.clone(), terms);
  }

  /** Returns the years that have passages, ascending (a copy). */
  public int[] years() {
    return years.clone();
  }

  /** Returns the number of terms (columns of the matrix, ids of the vocabulary). */
  public int terms() {
    return termTotals.length;
  }

  /**
   * Returns the passage × term matrix.
   *
   * @throws IllegalStateException if these counts were made from year groups alone
   */
  public PassageMatrix matrix() {
    return passages();
  }

  /** Returns the year of passage {@code p}. */
  public int passageYear(int p) {
    passages();
    return years[passageYear[p]];
  }

  /** Returns the indices of the passages of year {@code year}, ascending. */
  public int[] passagesOf(int year) {
    passages();
    int y = index(year);
    return IntStream.range(0, passageYear.length).filter(p -> passageYear[p] == y).toArray();
  }

  /**
   * Returns the counts of year {@code year}.
   *
   * @throws BadInputException if the corpus has no passage in that year
   */
  public GroupCounts year(int year) {
    return byYear[index(year)];
  }

  /**
   * Returns the summed counts of the years that pass {@code inPeriod} (an empty group when none
   * does).
   */
  public GroupCounts period(IntPredicate inPeriod) {
    GroupCounts sum = GroupCounts.empty(terms());
    for (int y = 0; y < years.length; y++) if (inPeriod.test(years[y])) sum = sum.plus(byYear[y]);
    return sum;
  }

  /** Returns term {@code t}'s occurrences in the whole corpus. */
  public long termTotal(int t) {
    return termTotals[t];
  }

  /** Returns the number of passages that contain term {@code t}. */
  public int termPassages(int t) {
    return termPassages[t];
  }

  /** Returns the word tokens of year {@code year}. */
  public long tokens(int year) {
    return year(year).tokens();
  }

  /**
   * Returns the word tokens of year {@code year} of the corpus: none for a year without passages
   * (one whose documents are empty after cleanup, a file of lost characters).
   */
  public long tokensOrNone(int year) {
    return Arrays.binarySearch(years, year) >= 0 ? tokens(year) : 0;
  }

  private PassageMatrix passages() {
    if (matrix == null) {
      throw new IllegalStateException("counts made from year groups alone have no passages");
    }
    return matrix;
  }

  private int index(int year) {
    int y = Arrays.binarySearch(years, year);
    if (y < 0) {
      throw new BadInputException(
          "year " + year + " is not in the corpus (years: " + Arrays.toString(years) + ")");
    }
    return y;
  }

  /** Returns a summary: years, passages and terms. */
  @Override
  public String toString() {
    long passages = 0;
    for (GroupCounts g : byYear) passages += g.passages();
    return "Counts[years "
        + Arrays.toString(years)
        + ", "
        + passages
        + " passages, "
        + terms()
        + " terms]";
  }
}
