package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import qushi.analytics.core.BadInputException;

/**
 * A set of years to compare: one year ({@code 2021}), a range ({@code 2013..2017}, both ends
 * included; {@code 2013-2017} and {@code 2013至2017} read as it), a comma list of years and ranges
 * ({@code 2013..2015,2018}), or {@code rest} (every year of the corpus not in the other side of the
 * comparison). A period's rate of a term is its occurrences in the period's years divided by the
 * period's tokens.
 *
 * @param label the period as written, normalised (no spaces): the name printed with results
 * @param years the years named, ascending (copied; empty for {@code rest})
 */
public record Period(String label, int[] years) {
  /** The label of the period of every other year. */
  public static final String REST_LABEL = "rest";

  /** Every year of the corpus not in the other side of the comparison. */
  public static final Period REST = new Period(REST_LABEL, new int[0]);

  /** Copies the years and checks them. */
  public Period {
    years = IntStream.of(years).distinct().sorted().toArray();
    if (years.length == 0 && !REST_LABEL.equals(label)) {
      throw new IllegalArgumentException("a period needs at least one year");
    }
  }

  /** Returns the period of the given years, labelled by them (runs written as ranges). */
  public static Period of(int... years) {
    int[] y = IntStream.of(years).distinct().sorted().toArray();
    if (y.length == 0) throw BadInputException.option("period", "needs at least one year");
    return new Period(label(y), y);
  }

  /** Returns the years {@code from..to}, both included. */
  public static Period range(int from, int to) {
    if (to < from) {
      throw BadInputException.option("period", "range " + from + ".." + to + " runs backwards");
    }
    return new Period(from + ".." + to, IntStream.rangeClosed(from, to).toArray());
  }

  /**
   * Returns whether {@code text} is written as a range of years, FROM..TO (spaces aside): a period,
   * never a term. A range with a dash is not, as a text may hold it (2021-2025).
   */
  public static boolean writtenAsRange(String text) {
    return text != null && text.replaceAll("\\s+", "").matches("\\d{1,4}\\.\\.\\d{1,4}");
  }

  /**
   * Returns the period written as {@code text}: a year, {@code FROM..TO}, a comma list of both, or
   * {@code rest}.
   *
   * @throws BadInputException naming the setting {@code period} when the text is not a period
   */
  public static Period parse(String text) {
    return parse("period", text);
  }

  /**
   * Returns the period written as {@code text}, a bad one reported under the setting {@code
   * option}.
   *
   * @throws BadInputException naming {@code option} when the text is not a period
   */
  public static Period parse(String option, String text) {
    String s = dashes(text);
    if (s.equalsIgnoreCase(REST_LABEL)) return REST;
    if (s.isEmpty()) throw BadInputException.option(option, "is empty (a year, FROM..TO or rest)");
    TreeSet<Integer> years = new TreeSet<>();
    for (String part : s.split(",", -1)) years.addAll(item(option, part, text));
    return new Period(s, years.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Returns the periods of a list such as {@code 2013..2017,2018..2025}: every comma-separated item
   * (a year or a range) is one period, in the order given.
   *
   * @throws BadInputException naming {@code option} on a bad item or overlapping periods
   */
  public static List<Period> parseList(String option, String text) {
    String s = dashes(text);
    if (s.isEmpty())
      throw BadInputException.option(option, "is empty (e.g. 2013..2017,2018..2025)");
    List<Period> out = new ArrayList<>();
    TreeSet<Integer> seen = new TreeSet<>();
    for (String part : s.split(",", -1)) {
      List<Integer> years = item(option, part, text);
      for (int y : years) {
        if (!seen.add(y)) {
          throw BadInputException.option(option, "year " + y + " is in two periods of " + text);
        }
      }
      Period period = new Period(part, years.stream().mapToInt(Integer::intValue).toArray());
      // each is compared with the one before as later against earlier: the order is the years'
      Period before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (before != null && period.years[0] < before.years[before.years.length - 1]) {
        throw BadInputException.option(
            option,
            "lists "
                + part
                + " after "
                + before.label()
                + ": give the periods in time order, earliest first");
      }
      out.add(period);
    }
    return List.copyOf(out);
  }

  /**
   * A dash or tilde between two years, as a range is often written: 2020-2024, 2020～2024,
   * 2020至2024.
   */
  private static final Pattern DASH = Pattern.compile("(\\d)[-–—~～至](\\d)");

  /**
   * Returns {@code text} without spaces, a range written with a dash ({@link #DASH}) as FROM..TO.
   */
  private static String dashes(String text) {
    String s = text == null ? "" : text.replaceAll("\\s+", "");
    return DASH.matcher(s).replaceAll("$1..$2");
  }

  private static List<Integer> item(String option, String part, String text) {
    String[] ends = part.split("\\.\\.", -1);
    try {
      if (ends.length == 1) return List.of(Integer.parseInt(ends[0]));
      if (ends.length == 2) {
        int from = Integer.parseInt(ends[0]);
        int to = Integer.parseInt(ends[1]);
        if (to < from) {
          throw BadInputException.option(option, "range " + part + " runs backwards");
        }
        if (to - from > 10_000) {
          throw BadInputException.option(option, "range " + part + " is too long");
        }
        return IntStream.rangeClosed(from, to).boxed().toList();
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw BadInputException.option(
        option, "must be a year, FROM..TO, a comma list of those, or rest; was '" + text + "'");
  }

  /** Returns whether this is {@link #REST}. */
  public boolean rest() {
    return years.length == 0;
  }

  /** Returns a copy of the years named. */
  @Override
  public int[] years() {
    return years.clone();
  }

  /** Returns whether the period names {@code year}. */
  public boolean contains(int year) {
    return Arrays.binarySearch(years, year) >= 0;
  }

  /**
   * Returns the corpus years this period covers: the named years that the corpus has, or for {@link
   * #REST} the corpus years not in {@code other}. A year named alone must be in the corpus; a range
   * may cover years it lacks.
   *
   * @param corpusYears the corpus's years, ascending
   * @param other the other side of the comparison (null when there is none)
   * @param option the setting to name in an error
   * @throws BadInputException if no corpus year is left, or a year named alone is not in the corpus
   */
  public int[] resolve(int[] corpusYears, Period other, String option) {
    // a year named alone in a list is meant as that year, as a period of one year is: a range may
    // cover years the corpus lacks, a year named alone may not
    if (!rest() && years.length > 1) {
      for (String part : label.split(",")) {
        if (part.matches("\\d+") && Arrays.binarySearch(corpusYears, Integer.parseInt(part)) < 0) {
          throw BadInputException.option(
              option,
              "names year "
                  + part
                  + ", which is not in the corpus (years: "
                  + Arrays.toString(corpusYears)
                  + ")");
        }
      }
    }
    int[] out =
        rest()
            ? IntStream.of(corpusYears).filter(y -> other == null || !other.contains(y)).toArray()
            : IntStream.of(corpusYears).filter(this::contains).toArray();
    if (out.length == 0 && years.length == 1) {
      throw new BadInputException(
          "year "
              + years[0]
              + " is not in the corpus (years: "
              + Arrays.toString(corpusYears)
              + ")");
    }
    if (out.length == 0) {
      throw BadInputException.option(
          option,
          label + " covers no year of the corpus (years: " + Arrays.toString(corpusYears) + ")");
    }
    return out;
  }

  /**
   * Returns this period named by what it covers of the corpus: each range's ends drawn in to the
   * first and last corpus year inside it (2013..2025 of a corpus that ends in 2022 is 2013..2022),
   * the years unchanged; a year named alone, {@link #REST} and a range that covers no corpus year
   * stay as written.
   *
   * @param corpusYears the corpus's years, ascending
   */
  public Period within(int[] corpusYears) {
    if (rest()) return this;
    List<String> parts = new ArrayList<>();
    for (String part : label.split(",")) {
      String[] ends = part.split("\\.\\.");
      // a year alone, or a label that names no range of years (a Period made by hand), stays
      if (ends.length != 2 || !ends[0].matches("\\d+") || !ends[1].matches("\\d+")) {
        parts.add(part);
        continue;
      }
      int from = Integer.parseInt(ends[0]);
      int to = Integer.parseInt(ends[1]);
      int[] in = IntStream.of(corpusYears).filter(y -> y >= from && y <= to).toArray();
      parts.add(
          in.length == 0
              ? part
              : in[0] == in[in.length - 1]
                  ? Integer.toString(in[0])
                  : in[0] + ".." + in[in.length - 1]);
    }
    String named = String.join(",", parts);
    return named.equals(label) ? this : new Period(named, years);
  }

  /** Returns the label of a set of years: runs of consecutive years written FROM..TO. */
  static String label(int[] years) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < years.length; ) {
      int j = i;
      while (j + 1 < years.length && years[j + 1] == years[j] + 1) j++;
      parts.add(j == i ? Integer.toString(years[i]) : years[i] + ".." + years[j]);
      i = j + 1;
    }
    return parts.stream().collect(Collectors.joining(","));
  }

  /** Returns whether the other period has the same label and years. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Period p && label.equals(p.label) && Arrays.equals(years, p.years);
  }

  /** Returns a hash consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return 31 * label.hashCode() + Arrays.hashCode(years);
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
