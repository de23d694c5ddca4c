package qushi.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.IDSorter;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import qushi.analytics.topics.Coherence;
import qushi.analytics.topics.LdaChain;
import qushi.analytics.topics.LdaModel;
import qushi.analytics.topics.LdaOptions;

/**
 * Compares qushi's LDA sampler with MALLET's {@code ParallelTopicModel} on the same corpus, priors,
 * burn-in, optimisation interval, iterations and thread counts, and prints one row per run:
 * tokens/s (tokens × iterations / sampling seconds, initialisation excluded for both), final
 * LL/token (MALLET's definition for both), seconds, speed ratio to MALLET at the same thread count,
 * and mean UMass coherence of the top 10 words.
 *
 * <pre>
 * --tokens N        generate about N tokens (default 2000000), unless --file is given
 * --file PATH       read a pre-tokenised file instead
 * --vocabulary V    generated vocabulary size (default 20000)
 * --topics K        topics (default 50)
 * --iterations N    sweeps (default 200)
 * --burn-in N       sweeps before hyperparameter optimisation (default 50)
 * --optimize N      optimisation interval (default 10; 0 = off)
 * --threads LIST    comma-separated thread counts (default 1,2)
 * --seed S          seed for corpus and samplers (default 1)
 * </pre>
 */
public final class LdaVersusMallet {
  private static final double ALPHA_SUM = 5.0;
  private static final double BETA = 0.01;

  private LdaVersusMallet() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) {
    long tokens = 2_000_000;
    Path file = null;
    int vocabulary = 20_000;
    int topics = 50;
    int iterations = 200;
    int burnIn = 50;
    int optimize = 10;
    String threadList = "1,2";
    int seed = 1;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--tokens" -> tokens = Long.parseLong(value);
        case "--file" -> file = Path.of(value);
        case "--vocabulary" -> vocabulary = Integer.parseInt(value);
        case "--topics" -> topics = Integer.parseInt(value);
        case "--iterations" -> iterations = Integer.parseInt(value);
        case "--burn-in" -> burnIn = Integer.parseInt(value);
        case "--optimize" -> optimize = Integer.parseInt(value);
        case "--threads" -> threadList = value;
        case "--seed" -> seed = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Logger.getLogger("").setLevel(Level.WARNING);
    Logger.getLogger("cc.mallet").setLevel(Level.WARNING);
    PrintStream out = System.out;
    SyntheticCorpus corpus =
        file == null
            ? SyntheticCorpus.generate(tokens, vocabulary, topics, seed)
            : SyntheticCorpus.read(file);
    out.printf(
        Locale.ROOT,
        "corpus: %d documents, %d tokens, V=%d; K=%d, %d iterations,"
            + " burn-in %d, optimise every %d, alphaSum %.1f, beta %.2f%n",
        corpus.docs().length,
        corpus.tokens(),
        corpus.vocabularySize(),
        topics,
        iterations,
        burnIn,
        optimize,
        ALPHA_SUM,
        BETA);
    Coherence coherence = new Coherence(corpus.docs(), corpus.vocabularySize());
    LdaOptions options =
        new LdaOptions(topics, iterations, burnIn, optimize, ALPHA_SUM, BETA, true, 1, seed, 0);

    out.println("impl\tthreads\ttokens/s\tLL/token\tseconds\tratio\tumass@10");
    for (String t : threadList.split(",")) {
      int threads = Integer.parseInt(t.strip());
      Row mallet = mallet(corpus, options.withThreads(threads), coherence);
      print(out, "mallet", threads, mallet, mallet);
      Row ours = qushi(corpus, options.withThreads(threads), coherence);
      print(out, "qushi", threads, ours, mallet);
    }
  }

  private record Row(double seconds, double tokensPerSecond, double llPerToken, double umass) {}

  private static void print(PrintStream out, String impl, int threads, Row row, Row mallet) {
    out.printf(
        Locale.ROOT,
        "%s\t%d\t%.0f\t%.4f\t%.2f\t%.2f\t%.2f%n",
        impl,
        threads,
        row.tokensPerSecond(),
        row.llPerToken(),
        row.seconds(),
        row.tokensPerSecond() / mallet.tokensPerSecond(),
        row.umass());
  }

  static Row qushi(SyntheticCorpus corpus, LdaOptions options, Coherence coherence) {
    try (LdaChain chain = LdaChain.start(corpus.docs(), corpus.vocabularySize(), options)) {
      long start = System.nanoTime();
      for (int i = 0; i < options.iterations(); i++) {
        chain.sweep();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      LdaModel model = chain.model();
      int[][] top = new int[model.topics()][];
      for (int k = 0; k < top.length; k++) {
        top[k] = model.topWords(k, 10);
      }
      return new Row(
          seconds,
          corpus.tokens() * (double) options.iterations() / seconds,
          model.logLikelihoodPerToken(),
          meanUmass(coherence, top));
    }
  }

  static Row mallet(SyntheticCorpus corpus, LdaOptions options, Coherence coherence) {
    Alphabet alphabet = new Alphabet();
    for (int w = 0; w < corpus.vocabularySize(); w++) {
      alphabet.lookupIndex("w" + w);
    }
    InstanceList instances = new InstanceList(alphabet, null);
    int[][] docs = corpus.docs();
    for (int d = 0; d < docs.length; d++) {
      instances.add(new Instance(new FeatureSequence(alphabet, docs[d]), null, "d" + d, null));
    }
    ParallelTopicModel model =
        new ParallelTopicModel(options.topics(), options.alphaSum(), options.beta());
    model.setRandomSeed((int) options.seed());
    model.setNumIterations(options.iterations());
    model.setBurninPeriod(options.burnIn());
    model.setOptimizeInterval(options.optimizeInterval());
    model.setNumThreads(options.threads());
    model.setTopicDisplay(0, 0);
    model.printLogLikelihood = false;
    model.addInstances(instances);
    long start = System.nanoTime();
    try {
      model.estimate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double ll = model.modelLogLikelihood() / corpus.tokens();
    List<TreeSet<IDSorter>> sorted = new ArrayList<>(model.getSortedWords());
    int[][] top = new int[sorted.size()][];
    for (int k = 0; k < top.length; k++) {
      top[k] = new int[Math.min(10, sorted.get(k).size())];
      Iterator<IDSorter> it = sorted.get(k).iterator();
      for (int i = 0; i < top[k].length; i++) {
        top[k][i] = it.next().getID();
      }
    }
    return new Row(
        seconds,
        corpus.tokens() * (double) options.iterations() / seconds,
        ll,
        meanUmass(coherence, top));
  }

  /**
   * Returns the mean over topics of the UMass coherence (Mimno et al.'s sum over pairs) of their
   * top words.
   */
  static double meanUmass(Coherence coherence, int[][] topWords) {
    double sum = 0;
    for (int[] top : topWords) sum += coherence.umassSum(top);
    return sum / topWords.length;
  }
}
