package qushi;

import java.util.List;
import java.util.ServiceLoader;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Check;
import qushi.analytics.core.Progress;
import qushi.analytics.core.Tabular;
import qushi.analytics.topics.TopicOptions;

/**
 * A distributed engine that reads, cleans, segments and counts a corpus on its workers, found at
 * run time with {@link ServiceLoader} so that nothing here depends on it (the {@code spark} module
 * provides one, named {@code spark}). The in-memory path needs no engine: it is {@link Qushi}.
 */
public interface Engine {
  /**
   * What to open and how.
   *
   * @param corpus the corpus folder: a local path, or a URI the engine can read (hdfs://, s3a://)
   * @param yearsFromFileNames read the folder without manifest, years from the file names
   * @param options how the corpus is cleaned and analysed
   * @param master where the engine runs (e.g. {@code local[2]}); null for the engine's default
   * @param progress where the stages are reported
   */
  record Job(
      String corpus,
      boolean yearsFromFileNames,
      Options options,
      String master,
      Progress progress) {
    /** Checks the components. */
    public Job {
      Check.notNull("corpus", corpus, "options", options, "progress", progress);
    }
  }

  /** Returns the name the command line selects the engine by ({@code --engine NAME}). */
  String name();

  /**
   * Returns the corpus counted by the workers: the driver receives only the counts ({@link
   * CountedCorpus}). Close it to release the engine.
   *
   * @throws BadInputException naming the file when the corpus cannot be used
   */
  CorpusCounts count(Job job);

  /**
   * Returns the corpus cleaned and segmented by the workers and gathered on the driver (cleaned
   * texts and token ids): everything {@link Qushi} answers, the same as {@link Qushi#open}.
   *
   * @throws BadInputException naming the file when the corpus cannot be used
   */
  Qushi prepare(Job job);

  /**
   * Returns topics trained on the driver over a sample of passages (within {@link
   * TopicOptions#maxTokens()}) with the mixtures of every passage inferred on the workers: the
   * topics, their top words and their prevalence per year.
   *
   * @throws BadInputException if too little text is left for a model
   */
  Tabular topics(Job job, TopicOptions options);

  /**
   * Returns the engine named {@code name} found on the class path.
   *
   * @throws BadInputException naming the engine when there is none of that name, with how to get it
   */
  static Engine named(String name) {
    List<Engine> found =
        ServiceLoader.load(Engine.class).stream().map(ServiceLoader.Provider::get).toList();
    for (Engine e : found) if (e.name().equals(name)) return e;
    if (!name.equals("spark")) {
      throw BadInputException.option("engine", "must be local or spark, was '" + name + "'");
    }
    throw BadInputException.option(
        "engine",
        "'"
            + name
            + "' is not on the class path"
            + (found.isEmpty() ? "" : " (found: " + found.stream().map(Engine::name).toList() + ")")
            + "; ./qushi puts it there (it builds the spark module and adds Spark to the class"
            + " path when the command has --engine spark), spark-submit does with the module's"
            + " jar (see README)");
  }
}
