package qushi.analytics.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Corrections of p-values for testing many terms at once. */
public final class MultipleTesting {
  private MultipleTesting() {}

  /**
   * Returns Benjamini–Hochberg adjusted p-values (the step-up false discovery rate procedure), in
   * the order of the input.
   *
   * <pre>
   * sort p ascending: p₍₁₎ ≤ … ≤ p₍ₘ₎
   * p̃₍ᵢ₎ = min(1, min over j ≥ i of m·p₍ⱼ₎ / j)
   * </pre>
   *
   * Rejecting every hypothesis with {@code p̃ < q} controls the false discovery rate at q for
   * independent or positively dependent tests. Reference: Benjamini, Y. &amp; Hochberg, Y. (1995),
   * "Controlling the false discovery rate", J. R. Stat. Soc. B 57(1):289–300.
   *
   * @param p raw p-values, each in [0, 1]; not modified
   * @return a new array of adjusted p-values in [0, 1], monotone in p; empty for empty input
   * @throws IllegalArgumentException if a p-value is NaN or outside [0, 1]
   */
  public static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    for (int i = 0; i < m; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in [0, 1], was " + p[i]);
      }
    }
    // Stable sort of indices keeps equal p-values in input order; they get equal adjusted values.
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      adjusted[i] = running;
    }
    return adjusted;
  }
}
