package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Topics: the top words of each topic of a fitted model and each topic's prevalence by year. The
 * report includes this section only when a {@link TopicSummary} is supplied ({@link Report#withTopics}).
 */
public final class TopicsSection implements Section {
  /** Words per topic chart. */
  public static final int WORDS = 10;

  private final TopicSummary topics;

  /** Creates the section for {@code topics}. */
  public TopicsSection(TopicSummary topics) {
    this.topics = topics;
  }

  @Override
  public String id() {
    return "topics";
  }

  @Override
  public Map<String, Object> build(Page page) {
    Labels l = page.labels();
    IntColumn topic = IntColumn.create("topic");
    IntColumn rank = IntColumn.create("rank");
    StringColumn word = StringColumn.create("term");
    DoubleColumn weight = DoubleColumn.create("weight");
    List<Chart> charts = new ArrayList<>();
    for (int t = 0; t < topics.topics().size(); t++) {
      TopicSummary.Topic tp = topics.topics().get(t);
      int k = Math.min(WORDS, tp.words().size());
      for (int r = 0; r < tp.words().size(); r++) {
        topic.append(t + 1);
        rank.append(r + 1);
        word.append(tp.words().get(r));
        weight.append(tp.weights()[r]);
      }
      String[] words = tp.words().subList(0, k).toArray(String[]::new);
      page.terms(List.of(words));
      charts.add(page.add(page.charts().terms("topic " + (t + 1), l.format("topics.chart", t + 1, tp.label()), words,
          Arrays.copyOf(tp.weights(), k), l.get("col.weight"), null)));
    }
    String file = page.csv("topics.csv", Table.create("topics", topic, rank, word, weight));
    String[] labels = new String[topics.topics().size()];
    for (int t = 0; t < labels.length; t++) labels[t] = (t + 1) + " " + topics.topics().get(t).label();
    Chart prevalence = page.add(page.charts().heatmap("topics prevalence", l.get("topics.prevalence"),
        Arrays.stream(topics.years()).mapToObj(Integer::toString).toArray(String[]::new), labels, topics.prevalence(),
        l.get("col.share")));
    page.parameter("param.topic_method", topics.method());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("charts", charts);
    m.put("prevalence", prevalence);
    m.put("csv", file);
    return m;
  }
}
