package qushi.analytics.core;

import java.util.SplittableRandom;

/**
 * The one source of randomness of a run: a seed, split in a fixed order into one generator per
 * stochastic step, so each step's draws depend on the seed alone, never on which other steps ran or
 * in what order.
 *
 * <pre>
 * root        = SplittableRandom(seed)
 * step s      = the (ordinal(s) + 1)-th split() of root          (Step order below)
 * b_s         = the first nextLong() of step s
 * unit i of s = SplittableRandom(b_s + i · 0x9E3779B97F4A7C15)   (a run, a year, a passage)
 * </pre>
 *
 * A step that draws for several units (topic runs, the years of a prevalence bootstrap) takes a
 * unit's generator, or its {@link #seed(Step, int) seed} when a component takes a {@code long}.
 *
 * @param seed the run's seed ({@value #DEFAULT_SEED} unless the user gives another)
 */
public record RandomSource(long seed) {
  /** The default seed of every run. */
  public static final long DEFAULT_SEED = 42;

  /** The stochastic steps, in the order in which the root generator is split. */
  public enum Step {
    /** Bootstrap intervals of rates per 10,000 tokens (count, compare, trends). */
    RATE_BOOTSTRAP,
    /** Topic model runs: unit 0 is the main run, the others the stability runs. */
    TOPIC_RUNS,
    /** The held-out passages and the runs of a K sweep. */
    TOPIC_SWEEP,
    /** Bootstrap intervals of topic prevalence: unit = the year's index. */
    TOPIC_PREVALENCE,
    /** Topic inference for held-out or new text: unit = the document's index. */
    TOPIC_INFERENCE,
    /** Start positions of the co-word network layout. */
    NETWORK_LAYOUT,
    /** Permutations and simulations of the statistics (null distributions). */
    PERMUTATION,
    /** The passages a topic model is trained on when the corpus is larger than its token budget. */
    TOPIC_SAMPLE
  }

  /** Returns the source of the default seed. */
  public static RandomSource defaults() {
    return new RandomSource(DEFAULT_SEED);
  }

  /** Returns the generator of {@code step}: a fresh object on every call, in the same state. */
  public SplittableRandom of(Step step) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom s = root.split();
    for (int k = 0; k < step.ordinal(); k++) s = root.split();
    return s;
  }

  /**
   * Returns the generator of unit {@code unit} (≥ 0) of {@code step}, in constant time whatever the
   * unit (SplittableRandom mixes its seed, so neighbouring units give unrelated streams).
   */
  public SplittableRandom of(Step step, long unit) {
    if (unit < 0) throw BadInputException.option("unit", "must be ≥ 0, was " + unit);
    return new SplittableRandom(of(step).nextLong() + unit * 0x9E3779B97F4A7C15L);
  }

  /**
   * Returns a seed for unit {@code unit} of {@code step}, for components that take a {@code long}.
   */
  public long seed(Step step, long unit) {
    return of(step, unit).nextLong();
  }
}
