package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Planted shapes over 40 years whose first 20 are small (5,000–20,000 tokens) and last 20 large
 * (100,000–300,000), as in a corpus of early reports and later news: each shape at base rates 2, 5
 * and 20 per 10k, with and without year-to-year scatter (log-normal, σ = 0.3), among 200 steady
 * terms, ten corpora. The labels must find the shapes and leave the steady terms alone: a fitted
 * curve read at its ends ran into the small early years, and a rise of the last two years was a
 * peak.
 */
class TrendShapesTest {
  private static final int YEARS = 40;
  private static final int CORPORA = 10;

  private enum Planted {
    STEADY(t -> 1),
    RISING(t -> Math.pow(4, t - 0.5)),
    FALLING(t -> Math.pow(4, 0.5 - t)),
    PEAKED(t -> 0.5 + 3 * Math.exp(-Math.pow((t - 0.5) / 0.15, 2))),
    HUMP(t -> t < 0.55 ? 1 + 5 * t / 0.55 : 6 - 3.5 * (t - 0.55) / 0.45),
    LATE_RISE(t -> t < 0.8 ? 0.7 : 3),
    EARLY_FALL(t -> t < 0.2 ? 3 : 0.7),
    LAST_TWO_YEARS_UP(t -> t > (YEARS - 2.5) / (YEARS - 1) ? 3 : 1),
    ONE_LATE_YEAR(t -> Math.abs(t - (YEARS - 3.0) / (YEARS - 1)) < 1e-9 ? 8 : 1),
    EMERGES(t -> t < 0.3 ? 0 : 1.5),
    RISES_FROM_RARE(t -> Math.pow(8, t - 0.5));

    final DoubleUnaryOperator rate;

    Planted(DoubleUnaryOperator rate) {
      this.rate = rate;
    }
  }

  @Test
  void plantedShapesAreFoundAndSteadyTermsStayStable() {
    SplittableRandom random = new SplittableRandom(11);
    int[] years = new int[YEARS];
    for (int y = 0; y < YEARS; y++) years[y] = 1980 + y;
    Map<Planted, Map<TrendClass, Integer>> found = new EnumMap<>(Planted.class);
    int fillers = 0;
    int fillersChanged = 0;
    for (int corpus = 0; corpus < CORPORA; corpus++) {
      long[] tokens = new long[YEARS];
      for (int y = 0; y < YEARS; y++)
        tokens[y] =
            y < YEARS / 2 ? 5_000 + random.nextInt(15_000) : 100_000 + random.nextInt(200_000);
      List<String> terms = new ArrayList<>();
      List<long[]> counts = new ArrayList<>();
      List<Planted> truth = new ArrayList<>();
      for (Planted shape : Planted.values()) {
        for (double base : new double[] {2e-4, 5e-4, 20e-4}) {
          for (double scatter : new double[] {0, 0.3}) {
            long[] c = new long[YEARS];
            for (int y = 0; y < YEARS; y++) {
              double f = shape.rate.applyAsDouble((double) y / (YEARS - 1));
              double noise =
                  scatter == 0 ? 1 : Math.exp(scatter * gaussian(random) - scatter * scatter / 2);
              c[y] = poisson(random, base * f * noise * tokens[y]);
            }
            terms.add(shape + "-" + terms.size());
            counts.add(c);
            truth.add(shape);
          }
        }
      }
      for (int i = 0; i < 200; i++) {
        long[] c = new long[YEARS];
        for (int y = 0; y < YEARS; y++) c[y] = poisson(random, 5e-4 * tokens[y]);
        terms.add("steady-" + i);
        counts.add(c);
        truth.add(null);
      }
      TrendTable table =
          TrendClassifier.classify(
              terms, years, counts.toArray(long[][]::new), tokens, TrendOptions.defaults());
      for (int i = 0; i < terms.size(); i++) {
        TrendClass shape = table.row(terms.get(i)).orElseThrow().trend();
        if (truth.get(i) == null) {
          fillers++;
          if (shape.changed()) fillersChanged++;
        } else {
          found
              .computeIfAbsent(truth.get(i), s -> new EnumMap<>(TrendClass.class))
              .merge(shape, 1, Integer::sum);
        }
      }
    }
    System.out.println("shapes found: " + found + "; steady terms changed: " + fillersChanged);
    // of 60 planted terms each (measured: 53, 58, 57, 55, 59, 60, 43, 60, 58, 59 and the steady
    // ones 47)
    atLeast(found, Planted.RISING, TrendClass.RISING, 0.75);
    atLeast(found, Planted.FALLING, TrendClass.FALLING, 0.85);
    atLeast(found, Planted.PEAKED, TrendClass.PEAKED, 0.9);
    // low, six times higher, then back to 2.5: the curve's peak stands twice above both ends
    atLeast(found, Planted.HUMP, TrendClass.PEAKED, 0.75);
    atLeast(found, Planted.LATE_RISE, TrendClass.RISING, 0.85);
    atLeast(found, Planted.EARLY_FALL, TrendClass.FALLING, 0.8);
    atLeast(found, Planted.LAST_TWO_YEARS_UP, TrendClass.RISING, 0.65);
    atLeast(found, Planted.ONE_LATE_YEAR, TrendClass.PEAKED, 0.9);
    atLeast(found, Planted.EMERGES, TrendClass.EMERGING, 0.9);
    // eightfold from rare: no occurrence in a small first year is no emergence where the term is
    // rare at the start, though its average rate would have put a few occurrences there
    atLeast(found, Planted.RISES_FROM_RARE, TrendClass.RISING, 0.85);
    // a steady term with year-to-year scatter is a change at the token level now and then (this is
    // the test without passages); without scatter it stays STABLE
    atLeast(found, Planted.STEADY, TrendClass.STABLE, 0.7);
    // 14 of 2,000 measured (13 before the step part)
    assertTrue(fillersChanged <= fillers / 100, fillersChanged + " of " + fillers + " changed");
  }

  private static void atLeast(
      Map<Planted, Map<TrendClass, Integer>> found,
      Planted planted,
      TrendClass shape,
      double share) {
    Map<TrendClass, Integer> labels = found.get(planted);
    int all = labels.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(
        labels.getOrDefault(shape, 0) >= share * all,
        planted + " → " + labels + " (of " + all + ")");
  }

  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  /** Returns a Poisson draw: by multiplication of uniforms, or normal beyond a mean of 50. */
  private static long poisson(SplittableRandom r, double mean) {
    if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
    double limit = Math.exp(-mean);
    double p = 1;
    long k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > limit);
    return k - 1;
  }
}
