package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.topics.Topic;
import qushi.analytics.topics.TopicRows;
import qushi.reports.Labels.Lang;

class TopicsSectionTest {
  private static final Labels EN = Labels.of(Lang.EN);

  private static Topic topic(int id, boolean unstable, double npmi) {
    return new Topic(id, "t" + id, List.of("a"), List.of("a"), 0.5, 0.9, unstable, npmi, -1);
  }

  private static List<TopicRows.Sweep> sweep(double[] perplexity, double[] stability, int chosen) {
    List<TopicRows.Sweep> out = new java.util.ArrayList<>();
    for (int i = 0; i < perplexity.length; i++) {
      int k = 5 * (i + 1);
      out.add(new TopicRows.Sweep(k, -7, perplexity[i], 0.1, -1, stability[i], k == chosen));
    }
    return out;
  }

  @Test
  void theNoteSaysWhichRuleChoseK() {
    // the laws: every step improves perplexity by 5% or more (556, 424, 378, 358: the last 5.3%),
    // so perplexity alone takes K = 20; stability falls under 0.5 at K = 15 (0.458), and K = 10 is
    // the largest K below it
    double[] laws = {556, 424, 378, 358};
    assertEquals(
        EN.format("topics.choice_stable", 10, 20, 15, 0.458, 10, 0.62),
        TopicsSection.choiceNote(sweep(laws, new double[] {0.8, 0.62, 0.458, 0.414}, 10), EN));
    assertTrue(
        TopicsSection.choiceNote(sweep(laws, new double[] {0.8, 0.62, 0.458, 0.414}, 10), EN)
            .contains("K = 20"));
    // the news transcripts: K = 20 passes again (0.501) after K = 15 failed (0.435); the note
    // names K = 15 and its stability, not K = 20's
    assertEquals(
        EN.format("topics.choice_stable", 10, 20, 15, 0.435, 10, 0.522),
        TopicsSection.choiceNote(
            sweep(new double[] {1950, 1640, 1470, 1370}, new double[] {.711, .522, .435, .501}, 10),
            EN));
    // the elbow stands: 15 improves on 10 by less than 5%
    assertEquals(
        EN.get("topics.choice_note"),
        TopicsSection.choiceNote(
            sweep(new double[] {556, 424, 410, 400}, new double[] {0.8, 0.7, 0.6, 0.5}, 10), EN));
    // every day of 1,423 news transcripts: no elbow, and no K stable (0.453, 0.496, 0.445, 0.389;
    // smoothed 0.4745, 0.4745, 0.445, 0.389): K = 10, the largest of the most stable
    assertEquals(
        EN.format("topics.choice_unstable", 10, 20, 10, (0.453 + 0.496) / 2),
        TopicsSection.choiceNote(
            sweep(new double[] {4226, 3519, 3300, 3077}, new double[] {.453, .496, .445, .389}, 10),
            EN));
    // no elbow, and the largest K is stable
    assertEquals(
        EN.format("topics.choice_no_elbow", 5, 20, 5L),
        TopicsSection.choiceNote(sweep(laws, new double[] {0.8, 0.7, 0.6, 0.55}, 20), EN));
  }

  @Test
  void theNoteGivesTheShownModelsOwnStability() {
    // three topics of stability 0.6, 0.45 and 0.3 (two unstable): mean 0.45
    List<Topic> topics =
        List.of(
            new Topic(1, "t1", List.of("a"), List.of("a"), 0.5, 0.6, false, 0.1, -1),
            new Topic(2, "t2", List.of("b"), List.of("b"), 0.3, 0.45, true, 0.1, -1),
            new Topic(3, "t3", List.of("c"), List.of("c"), 0.2, 0.3, true, 0.1, -1));
    assertEquals(
        " The model shown (K = 3, 412 sweeps, refitted with 2 other seeds) finds its topics again"
            + " with a mean stability of 0.45, 2 of its 3 topics under 0.5: the figures of the"
            + " sweep above rest on one refit of shorter fits each and move with the seed.",
        TopicsSection.modelStability(topics, 412, 2, EN));
    assertEquals("", TopicsSection.modelStability(topics, 412, 0, EN));
    assertEquals("", TopicsSection.modelStability(List.of(), 412, 2, EN));
  }

  @Test
  void warnsWhenMostTopicsAreUnstableAndWhenNoTopicIsCoherent() {
    assertEquals(
        "", TopicsSection.warning(List.of(topic(1, false, 0.1), topic(2, true, -0.2)), EN));
    assertEquals(
        EN.get("topics.incoherent"),
        TopicsSection.warning(List.of(topic(1, false, -0.01), topic(2, true, -0.2)), EN));
    assertEquals(
        EN.format("topics.most_unstable", 2L, 3) + " " + EN.get("topics.incoherent"),
        TopicsSection.warning(
            List.of(topic(1, true, -0.1), topic(2, true, -0.2), topic(3, false, -0.3)), EN));
    assertEquals("", TopicsSection.warning(List.of(), EN));
  }
}
