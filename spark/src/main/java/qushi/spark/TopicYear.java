package qushi.spark;

/**
 * One row of the Spark engine's topics table: a topic in one year.
 *
 * @param topic id, from 1, by share of the training tokens (largest first, ties by label)
 * @param label its three most probable words
 * @param words its ten most probable words
 * @param share its share of the training tokens
 * @param year the year
 * @param prevalence Σ n_p θ_pk / Σ n_p over the year's passages (n_p = model words of passage p)
 * @param passages the year's passages
 */
public record TopicYear(
    int topic,
    String label,
    String words,
    double share,
    int year,
    double prevalence,
    int passages) {}
