package qushi.reports;

import java.util.List;
import java.util.Objects;

/**
 * A fitted topic model as the report shows it: the extension point for a topic model computed
 * elsewhere (e.g. by {@code qushi.analytics.topics}). Pass one to {@link Report#withTopics} and the
 * page gets a topics section; without one the section is left out.
 *
 * @param method     one sentence on how the model was fitted (shown in the methods section)
 * @param topics     the topics, in display order
 * @param years      the years of the prevalence table, ascending
 * @param prevalence {@code prevalence[topic][year]}: the topic's share of the tokens of that year, in [0, 1]
 */
public record TopicSummary(String method, List<Topic> topics, int[] years, double[][] prevalence) {
  /**
   * One topic.
   *
   * @param label   a short label (e.g. its top three words)
   * @param words   its top words, most probable first
   * @param weights the words' probabilities in the topic, aligned with {@code words}
   */
  public record Topic(String label, List<String> words, double[] weights) {
    /** Copies and checks the arrays. */
    public Topic {
      words = List.copyOf(words);
      weights = weights.clone();
      if (words.size() != weights.length) {
        throw new IllegalArgumentException("topic has " + words.size() + " words but " + weights.length + " weights");
      }
    }
  }

  /** Copies and checks the arrays. */
  public TopicSummary {
    Objects.requireNonNull(method, "method");
    topics = List.copyOf(topics);
    years = years.clone();
    prevalence = java.util.Arrays.stream(prevalence).map(double[]::clone).toArray(double[][]::new);
    if (prevalence.length != topics.size()) {
      throw new IllegalArgumentException("prevalence has " + prevalence.length + " rows for " + topics.size() + " topics");
    }
    for (double[] row : prevalence) {
      if (row.length != years.length) throw new IllegalArgumentException("prevalence rows need one value per year");
    }
  }
}
