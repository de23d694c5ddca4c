package qushi.analytics.topics;

/** Row types of the tables of a {@link TopicModel}. */
public final class TopicRows {
  private TopicRows() {}

  /**
   * A topic's prevalence in one year: the token-weighted mean of its passages' topic proportions,
   * with a bootstrap interval over passages.
   *
   * @param topic topic id
   * @param label topic label
   * @param year the year
   * @param prevalence Σ_d n_d θ_d(k) / Σ_d n_d over the year's passages d (n_d = model tokens)
   * @param lower lower end of the 95% percentile interval
   * @param upper upper end
   * @param passages passages of the year
   * @param note "few passages" when the year has fewer passages than the options' threshold, else
   *     ""
   */
  public record Prevalence(
      int topic,
      String label,
      int year,
      double prevalence,
      double lower,
      double upper,
      int passages,
      String note) {}

  /**
   * A word of a topic within one year, from the final token assignments of that year's passages.
   *
   * @param topic topic id
   * @param year the year
   * @param rank 1-based rank
   * @param term the word
   * @param frequency tokens of the word assigned to the topic in that year
   */
  public record YearWord(int topic, int year, int rank, String term, int frequency) {}

  /**
   * A passage that shows a topic well: among the passages with the most model tokens, those with
   * the largest proportion θ_d(k).
   *
   * @param topic topic id
   * @param rank 1-based rank
   * @param passage passage index
   * @param doc document id
   * @param year year
   * @param section section title
   * @param proportion θ_d(k)
   * @param text the passage text
   */
  public record Representative(
      int topic,
      int rank,
      int passage,
      String doc,
      int year,
      String section,
      double proportion,
      String text) {}

  /**
   * One K of a sweep.
   *
   * @param k number of topics
   * @param llPerToken final log-likelihood per token of the model on all passages
   * @param perplexity held-out perplexity by document completion (lower is better)
   * @param npmi mean NPMI over topics
   * @param umass mean UMass over topics
   * @param stability mean matched similarity of topics across seeds (see {@link TopicSweep})
   * @param chosen whether this K is the one the rule picks
   */
  public record Sweep(
      int k,
      double llPerToken,
      double perplexity,
      double npmi,
      double umass,
      double stability,
      boolean chosen) {}
}
