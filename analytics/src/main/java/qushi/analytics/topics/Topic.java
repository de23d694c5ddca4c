package qushi.analytics.topics;

import java.util.List;

/**
 * One topic of a {@link TopicModel}.
 *
 * @param id 1-based number, the same in every table, chart and file of one run
 * @param label automatic label: the three most relevant words joined by " / "
 * @param words top words by probability φ_k(w), best first
 * @param relevant top words by relevance (λ as in the options), best first
 * @param share share of all tokens assigned to the topic
 * @param stability mean similarity (1 − Jensen–Shannon distance) to its matched topic in the other
 *     runs; 1 with one run
 * @param unstable whether stability is below the options' threshold, or the topic holds no token
 *     (its words are then the vocabulary's first, at the prior alone)
 * @param npmi coherence: mean NPMI of the top 10 words
 * @param umass coherence: UMass of the top 10 words
 */
public record Topic(
    int id,
    String label,
    List<String> words,
    List<String> relevant,
    double share,
    double stability,
    boolean unstable,
    double npmi,
    double umass) {
  /** Copies the lists. */
  public Topic {
    words = List.copyOf(words);
    relevant = List.copyOf(relevant);
  }
}
