package qushi.spark;

import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import qushi.CorpusCounts;
import qushi.CountedCorpus;
import qushi.Engine;
import qushi.Qushi;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Tabular;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.text.TextPipeline;
import qushi.analytics.topics.TopicOptions;

/**
 * The Apache Spark engine ({@code --engine spark}): documents are read, cleaned, segmented and
 * counted on Spark's executors ({@link SparkCorpus}); the driver runs qushi's statistics on the
 * counts it receives. Without a master it runs Spark embedded, {@code local[N]} with N the
 * available cores; under {@code spark-submit} it takes the master given there.
 */
public final class SparkEngine implements Engine {
  /** Creates the engine (found by {@link java.util.ServiceLoader}). */
  public SparkEngine() {}

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public CorpusCounts count(Job job) {
    SparkCorpus corpus = open(job);
    boolean counted = false;
    try {
      CorpusCounts c = corpus.counted();
      counted = true;
      return c;
    } finally {
      if (!counted) corpus.close();
    }
  }

  @Override
  public Qushi prepare(Job job) {
    try (SparkCorpus corpus = open(job)) {
      return Qushi.of(corpus.prepared(), job.options(), job.progress());
    }
  }

  @Override
  public Tabular topics(Job job, TopicOptions options) {
    try (SparkCorpus corpus = open(job)) {
      CountedCorpus counts = corpus.counted();
      return SparkTopics.fit(corpus, counts, options, job.options().random()).table();
    }
  }

  /**
   * Returns the corpus of {@code job} prepared on a Spark context made for it (stopped when the
   * corpus is closed).
   */
  static SparkCorpus open(Job job) {
    TextPipeline text = TextPipeline.of(job.options().text());
    JavaSparkContext spark = context(job.master());
    boolean opened = false;
    try {
      Corpus corpus = listing(job, spark.hadoopConfiguration());
      SparkCorpus c = SparkCorpus.of(spark, corpus, text, job.progress(), () -> stop(spark));
      opened = true;
      return c;
    } finally {
      if (!opened) stop(spark);
    }
  }

  /**
   * Stops the context once the tasks still running have ended (for at most 10 seconds): when a task
   * fails (a file that cannot be read), the others of its stage run on, and stopping the context
   * under them makes Spark print an exception of its own after qushi's one-line error.
   */
  private static void stop(JavaSparkContext spark) {
    if (spark.sc().isStopped()) return;
    spark.cancelAllJobs();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline && running(spark)) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    spark.stop();
  }

  /** Returns whether an executor is running a task. */
  private static boolean running(JavaSparkContext spark) {
    for (var e : spark.sc().statusTracker().getExecutorInfos()) {
      if (e.numRunningTasks() > 0) return true;
    }
    return false;
  }

  /**
   * Returns the corpus listing of {@code job}: its manifest, or its files' names. A folder given as
   * a URI of another file system than this machine's (hdfs://…, s3a://…) is read through Hadoop's
   * client with {@code hadoop} (see {@link HadoopFiles}).
   */
  static Corpus listing(Job job, Configuration hadoop) {
    String where = job.corpus();
    boolean uri = where.matches("^[A-Za-z][A-Za-z0-9+.-]+:/.*");
    if (uri && !where.startsWith("file:")) {
      if (job.yearsFromFileNames()) {
        throw BadInputException.option(
            "years-from-filenames", "needs a local folder, not " + where);
      }
      URI folder;
      try {
        // Hadoop's reading of a path: spaces and other characters may stand unescaped
        folder = new org.apache.hadoop.fs.Path(where).toUri();
      } catch (IllegalArgumentException e) {
        throw BadInputException.option("corpus", "is not a folder URI: " + where);
      }
      return HadoopFiles.load(folder, hadoop);
    }
    Path folder = uri ? Path.of(URI.create(where)) : Path.of(where);
    return job.yearsFromFileNames()
        ? Corpus.loadByFileName(folder, job.options().allowFilesOutside())
        : Corpus.load(folder, job.options().allowFilesOutside());
  }

  /**
   * Returns a Spark context: on {@code master} when given, else on the master that spark-submit
   * set, else embedded on all cores ({@code local[N]}).
   */
  static JavaSparkContext context(String master) {
    SparkConf conf = new SparkConf().setAppName("qushi");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[" + Runtime.getRuntime().availableProcessors() + "]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // embedded: no web UI, no network beyond the loopback
      conf.setIfMissing("spark.ui.enabled", "false")
          .setIfMissing("spark.driver.host", "127.0.0.1")
          .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    JavaSparkContext spark = new JavaSparkContext(conf);
    spark.setLogLevel("WARN");
    return spark;
  }
}
