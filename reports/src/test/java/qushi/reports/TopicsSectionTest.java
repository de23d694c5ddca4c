package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.topics.Topic;
import qushi.reports.Labels.Lang;

class TopicsSectionTest {
  private static final Labels EN = Labels.of(Lang.EN);

  private static Topic topic(int id, boolean unstable, double npmi) {
    return new Topic(id, "t" + id, List.of("a"), List.of("a"), 0.5, 0.9, unstable, npmi, -1);
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
