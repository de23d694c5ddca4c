package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import qushi.analytics.topics.Topic;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicRows;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Topics: the table of topics (label, top and relevant words, stability, coherence), each topic's
 * top words as a bar chart, prevalence by year with bootstrap intervals, the intertopic distance
 * map, each topic's words within each year and its most representative passages. Topic numbers are
 * the model's, so they match the CSV files and the API.
 */
public final class TopicsSection implements Section {
  /** Words per topic chart. */
  public static final int WORDS = 10;

  @Override
  public String id() {
    return "topics";
  }

  @Override
  public SectionModel build(ReportData data, Labels l) {
    SectionModel.Builder page = SectionModel.builder(id());
    TopicModel model = data.topics();
    List<Figure> charts = new ArrayList<>();
    for (Topic t : model.topics()) {
      double[] phi = model.topicWords(t.id());
      String[] words =
          t.words().subList(0, Math.min(WORDS, t.words().size())).toArray(String[]::new);
      double[] weights =
          Arrays.stream(words).mapToDouble(w -> phi[model.vocabulary().indexOf(w)]).toArray();
      page.terms(t.words());
      page.terms(t.relevant());
      String title =
          l.format("topics.chart", t.id(), t.label())
              + (t.unstable() ? " " + l.get("topics.unstable") : "");
      charts.add(
          page.chart(
              Charts.terms("topic " + t.id(), title, words, weights, l.get("col.weight"), null)));
    }
    String topicsCsv = page.csv("topics.csv", model.table());
    Table overview =
        Table.create(
            "topics",
            IntColumn.create("id"),
            StringColumn.create("label"),
            StringColumn.create("relevant"),
            DoubleColumn.create("share"),
            DoubleColumn.create("stability"),
            StringColumn.create("unstable"),
            DoubleColumn.create("npmi"));
    for (Topic t : model.topics()) {
      overview.intColumn("id").append(t.id());
      overview.stringColumn("label").append(t.label());
      overview.stringColumn("relevant").append(String.join(" ", t.relevant()));
      overview.doubleColumn("share").append(t.share());
      overview.doubleColumn("stability").append(t.stability());
      overview.stringColumn("unstable").append(t.unstable() ? l.get("topics.unstable") : "");
      overview.doubleColumn("npmi").append(t.npmi());
    }

    int[] years = data.q().years();
    List<Charts.Series> series = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Topic t : model.topics()) {
      double[] p = new double[years.length];
      double[] lo = new double[years.length];
      double[] hi = new double[years.length];
      for (TopicRows.Prevalence r : model.prevalence()) {
        if (r.topic() != t.id()) continue;
        int y = Arrays.binarySearch(years, r.year());
        p[y] = 100 * r.prevalence();
        lo[y] = 100 * r.lower();
        hi[y] = 100 * r.upper();
      }
      series.add(new Charts.Series(t.id() + " " + t.label(), p, lo, hi));
    }
    model.prevalence().stream()
        .filter(r -> r.topic() == 1 && !r.note().isEmpty())
        .forEach(r -> notes.add(l.format("topics.few", r.year(), r.passages())));
    Figure prevalence =
        page.chart(
            Charts.lines(
                "topics prevalence",
                l.get("topics.prevalence"),
                years,
                series,
                l.get("topics.percent")));
    String prevalenceCsv = page.csv("topic_prevalence.csv", model.prevalenceTable().table());

    double[][] xy = model.map();
    List<Charts.Node> nodes = new ArrayList<>();
    for (Topic t : model.topics()) {
      nodes.add(
          new Charts.Node(
              t.id() + " " + t.label(),
              xy[t.id() - 1][0],
              xy[t.id() - 1][1],
              (int) Math.round(1000 * t.share())));
    }
    Figure map =
        page.chart(
            Charts.network(
                "topics map", l.get("topics.map"), nodes, List.of(), new String[] {"", "", ""}));

    Table byYear =
        Table.create(
            "topic_year_words",
            IntColumn.create("topic"),
            IntColumn.create("year"),
            StringColumn.create("words"));
    for (Topic t : model.topics()) {
      for (int y : years) {
        List<String> ws =
            model.yearWords().stream()
                .filter(w -> w.topic() == t.id() && w.year() == y)
                .map(w -> w.term() + " " + w.count())
                .toList();
        byYear.intColumn("topic").append(t.id());
        byYear.intColumn("year").append(y);
        byYear.stringColumn("words").append(String.join("  ", ws));
      }
    }
    String wordsCsv = page.csv("topic_year_words.csv", model.yearWordsTable().table());
    Table reps =
        Table.create(
            "topic_passages",
            IntColumn.create("topic"),
            IntColumn.create("year"),
            StringColumn.create("doc"),
            StringColumn.create("section"),
            DoubleColumn.create("proportion"),
            StringColumn.create("text"));
    for (TopicRows.Representative r : model.representatives()) {
      if (r.rank() > 2) continue;
      reps.intColumn("topic").append(r.topic());
      reps.intColumn("year").append(r.year());
      reps.stringColumn("doc").append(r.doc());
      reps.stringColumn("section").append(r.section());
      reps.doubleColumn("proportion").append(r.proportion());
      reps.stringColumn("text")
          .append(r.text().length() > 160 ? r.text().substring(0, 160) + "…" : r.text());
    }
    String repsCsv = page.csv("topic_passages.csv", model.representativesTable().table());
    page.method("topics");
    page.method("topics_stability");
    page.parameter(
        "param.topic_method",
        l.format(
            "topics.settings",
            model.topics().size(),
            model.budget().trainedPassages(),
            model.budget().passages(),
            model.budget().tokens(),
            model.budget().sweeps(),
            model.options().iterations(),
            model.options().runs(),
            data.q().options().seed()));
    return page.put("overview", TableView.of(overview, l, topicsCsv))
        .put("charts", charts)
        .put("prevalence", prevalence)
        .put("notes", notes)
        .put("map", map)
        .put("years", TableView.of(byYear, l, wordsCsv))
        .put("passages", TableView.of(reps, l, repsCsv))
        .put("csv", List.of(topicsCsv, prevalenceCsv, wordsCsv, repsCsv))
        .build();
  }
}
