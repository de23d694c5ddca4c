package qushi.bench;

import java.util.Locale;
import qushi.Qushi;
import qushi.analytics.core.RandomSource;
import qushi.analytics.topics.LdaModel;
import qushi.analytics.topics.LdaOptions;
import qushi.analytics.topics.LdaTrainer;
import qushi.analytics.topics.TopicModeler;
import qushi.analytics.topics.TopicOptions;

/**
 * What stopping at convergence costs in topic quality and saves in time: LDA fitted with every
 * sweep of a fixed budget against fits that stop when the log-likelihood per token has converged
 * ({@link LdaOptions#convergence()}), on corpora with planted topics (quality = mean cosine of each
 * planted topic to its best-matching fitted topic) and on the seeds (similarity of the fitted
 * topics to those of the full-budget run).
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.TopicBudgetBench
 * </pre>
 */
public final class TopicBudgetBench {
  private TopicBudgetBench() {}

  /** Runs the comparison; {@code --budgets} compares fixed numbers of sweeps instead. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--budgets")) {
      budgets();
      return;
    }
    if (args.length > 0 && args[0].equals("--rules")) {
      rules();
      return;
    }
    double[] tolerances = {0, 2e-3, 1e-3, 5e-4};
    System.out.printf(
        Locale.ROOT,
        "%-22s %6s %10s %8s %10s %12s%n",
        "corpus",
        "tol",
        "sweeps",
        "seconds",
        "time_ratio",
        "quality");
    for (int[] spec : new int[][] {{40_000, 3_000, 10}, {400_000, 10_000, 20}}) {
      for (long seed = 1; seed <= 3; seed++) {
        SyntheticCorpus c = SyntheticCorpus.generate(spec[0], spec[1], spec[2], seed);
        double base = -1;
        for (double tol : tolerances) {
          LdaOptions o = options(spec[2], 1000, 200, seed, tol);
          long t0 = System.nanoTime();
          LdaModel m = LdaTrainer.train(c.docs(), c.vocabularySize(), o);
          double s = (System.nanoTime() - t0) / 1e9;
          if (tol == 0) base = s;
          System.out.printf(
              Locale.ROOT,
              "%-22s %6.0e %10d %8.2f %10.2f %12.4f%n",
              "planted " + spec[0] / 1000 + "k s" + seed,
              tol,
              m.sweeps(),
              s,
              s / base,
              matched(c.planted(), m));
        }
      }
    }
    Qushi q = Qushi.open("seeds");
    TopicOptions to = TopicOptions.defaults();
    int[][] docs = new TopicModeler(q.corpus(), to).documents();
    int v = new TopicModeler(q.corpus(), to).vocabulary().size();
    LdaModel full = null;
    double base = -1;
    for (double tol : tolerances) {
      long seed = RandomSource.defaults().seed(RandomSource.Step.TOPIC_RUNS, 0);
      LdaOptions o = options(10, 1000, 200, seed, tol);
      long t0 = System.nanoTime();
      LdaModel m = LdaTrainer.train(docs, v, o);
      double s = (System.nanoTime() - t0) / 1e9;
      if (tol == 0) {
        base = s;
        full = m;
      }
      double[][] fullPhi = phi(full);
      System.out.printf(
          Locale.ROOT,
          "%-22s %6.0e %10d %8.2f %10.2f %12.4f%n",
          "seeds K=10",
          tol,
          m.sweeps(),
          s,
          s / base,
          matched(fullPhi, m));
    }
  }

  /** Mean quality over seeds of fixed sweep budgets (burn-in a fifth), planted corpora. */
  static void budgets() {
    System.out.printf(
        Locale.ROOT, "%-14s %7s %9s %9s %9s%n", "corpus", "sweeps", "quality", "min", "seconds");
    for (int[] spec : new int[][] {{40_000, 3_000, 10}, {400_000, 10_000, 20}}) {
      for (int sweeps : new int[] {150, 300, 500, 1000}) {
        Trials t = trials(spec, sweeps, sweeps / 5, 0);
        System.out.printf(
            Locale.ROOT,
            "%-14s %7d %9.4f %9.4f %9.2f%n",
            "planted " + spec[0] / 1000 + "k",
            sweeps,
            t.quality(),
            t.min(),
            t.seconds());
      }
    }
  }

  /** Mean quality and sweeps over seeds of stopping rules (burn-in, tolerance), planted corpora. */
  static void rules() {
    System.out.printf(
        Locale.ROOT,
        "%-14s %7s %8s %7s %9s %9s %9s%n",
        "corpus",
        "burnin",
        "tol",
        "sweeps",
        "quality",
        "min",
        "seconds");
    double[][] rules = {{100, 2e-4}, {100, 1e-4}, {200, 2e-4}, {200, 1e-4}, {100, 5e-5}};
    for (int[] spec : new int[][] {{40_000, 3_000, 10}, {400_000, 10_000, 20}}) {
      for (double[] rule : rules) {
        Trials t = trials(spec, 1000, (int) rule[0], rule[1]);
        System.out.printf(
            Locale.ROOT,
            "%-14s %7.0f %8.0e %7.0f %9.4f %9.4f %9.2f%n",
            "planted " + spec[0] / 1000 + "k",
            rule[0],
            rule[1],
            t.sweeps(),
            t.quality(),
            t.min(),
            t.seconds());
      }
    }
  }

  /**
   * Means over seeds of the fits of one planted corpus: quality, its least value, seconds, sweeps.
   */
  private record Trials(double quality, double min, double seconds, double sweeps) {}

  /**
   * Fits the planted corpus {@code spec} (tokens, vocabulary, topics) of seeds 1 to 5, each with
   * the given sweeps, burn-in and convergence tolerance, and returns the means over the seeds.
   */
  private static Trials trials(int[] spec, int iterations, int burnIn, double convergence) {
    double sum = 0;
    double min = 1;
    double secs = 0;
    double sweeps = 0;
    int n = 5;
    for (long seed = 1; seed <= n; seed++) {
      SyntheticCorpus c = SyntheticCorpus.generate(spec[0], spec[1], spec[2], seed);
      LdaOptions o = options(spec[2], iterations, burnIn, seed, convergence);
      long t0 = System.nanoTime();
      LdaModel m = LdaTrainer.train(c.docs(), c.vocabularySize(), o);
      secs += (System.nanoTime() - t0) / 1e9;
      double q = matched(c.planted(), m);
      sum += q;
      min = Math.min(min, q);
      sweeps += m.sweeps();
    }
    return new Trials(sum / n, min, secs / n, sweeps / n);
  }

  /** Returns the default options with these topics, sweeps, burn-in, seed and tolerance. */
  private static LdaOptions options(
      int topics, int iterations, int burnIn, long seed, double convergence) {
    return LdaOptions.defaults()
        .withTopics(topics)
        .withIterations(iterations)
        .withBurnIn(burnIn)
        .withSeed(seed)
        .withConvergence(convergence);
  }

  private static double[][] phi(LdaModel m) {
    double[][] out = new double[m.topics()][];
    for (int k = 0; k < out.length; k++) out[k] = m.topicWords(k);
    return out;
  }

  /**
   * Returns the mean over reference topics of the cosine to the most similar topic of {@code m}.
   */
  static double matched(double[][] reference, LdaModel m) {
    double sum = 0;
    for (double[] p : reference) {
      double best = 0;
      for (int k = 0; k < m.topics(); k++) best = Math.max(best, cosine(p, m.topicWords(k)));
      sum += best;
    }
    return sum / reference.length;
  }

  static double cosine(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }
}
