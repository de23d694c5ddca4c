package qushi.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.topics.WorkerRunnable;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import cc.mallet.util.Randoms;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import qushi.analytics.topics.LdaChain;
import qushi.analytics.topics.LdaOptions;

/**
 * One single-threaded Gibbs sweep over the same synthetic corpus (Zipfian vocabulary, planted
 * topics), qushi's sampler against MALLET's {@code WorkerRunnable}; both chains are burnt in for 20
 * sweeps first and keep running across invocations. Divide the corpus tokens by the time per
 * operation for tokens/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
public class SamplerBenchmark {
  /** Tokens of the generated corpus. */
  @Param({"1000000"})
  public long tokens;

  /** Number of topics K. */
  @Param({"50"})
  public int topics;

  private LdaChain chain;
  private WorkerRunnable mallet;

  /** Builds both chains on the same corpus and burns them in. */
  @Setup
  public void setUp() {
    Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    SyntheticCorpus corpus = SyntheticCorpus.generate(tokens, 20_000, topics, 1);
    LdaOptions options =
        LdaOptions.defaults()
            .withTopics(topics)
            .withOptimizeInterval(0)
            .withAlphaSum(5.0)
            .withBeta(0.01)
            .withSeed(1);
    chain = LdaChain.start(corpus.docs(), corpus.vocabularySize(), options);

    Alphabet alphabet = new Alphabet();
    for (int w = 0; w < corpus.vocabularySize(); w++) {
      alphabet.lookupIndex("w" + w);
    }
    InstanceList instances = new InstanceList(alphabet, null);
    for (int d = 0; d < corpus.docs().length; d++) {
      instances.add(
          new Instance(new FeatureSequence(alphabet, corpus.docs()[d]), null, "d" + d, null));
    }
    ParallelTopicModel model = new ParallelTopicModel(topics, 5.0, 0.01);
    model.setRandomSeed(1);
    model.addInstances(instances);
    mallet =
        new WorkerRunnable(
            topics,
            model.alpha,
            model.alphaSum,
            model.beta,
            new Randoms(1),
            model.getData(),
            model.getTypeTopicCounts(),
            model.getTokensPerTopic(),
            0,
            corpus.docs().length);
    mallet.initializeAlphaStatistics(1000);
    mallet.makeOnlyThread();
    for (int i = 0; i < 20; i++) {
      chain.sweep();
      mallet.run();
    }
  }

  /** Stops the chain's threads. */
  @TearDown
  public void tearDown() {
    chain.close();
  }

  /** One sweep of qushi's sparse sampler. */
  @Benchmark
  public int qushiSweep() {
    chain.sweep();
    return chain.iteration();
  }

  /** One sweep of MALLET 2.0.8's SparseLDA worker. */
  @Benchmark
  public int malletSweep() {
    mallet.run();
    return 0;
  }
}
