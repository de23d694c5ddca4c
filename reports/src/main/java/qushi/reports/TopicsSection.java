package qushi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import qushi.analytics.topics.Topic;
import qushi.analytics.topics.TopicModel;
import qushi.analytics.topics.TopicOptions;
import qushi.analytics.topics.TopicRows;
import qushi.analytics.topics.TopicSweep;
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
public final class TopicsSection extends BuilderSection {
  /** Words per topic chart. */
  public static final int WORDS = 10;

  @Override
  void fill(SectionModel.Builder page, ReportData data, Labels l) {
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
              Charts.terms(
                  "topic " + t.id(),
                  title,
                  words,
                  weights,
                  l.get("col.weight"),
                  IntStream.range(0, words.length)
                      .mapToObj(
                          i -> l.format("topics.word_hover", Charts.text(words[i]), weights[i]))
                      .toArray(String[]::new))));
    }
    String topicsCsv = page.csv("topics.csv", model.table());
    page.script("topics", explorer(model, data.q().years()));
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
      series.add(new Charts.Series(t.id() + " " + t.label(), p, lo, hi, Charts.topic(t.id())));
    }
    List<TopicRows.Prevalence> few =
        model.prevalence().stream().filter(r -> r.topic() == 1 && !r.note().isEmpty()).toList();
    if (few.size() == 1)
      notes.add(l.format("topics.few", few.get(0).year(), few.get(0).passages()));
    if (few.size() > 1) {
      notes.add(
          l.format(
              "topics.few_years",
              few.size(),
              String.join(
                  ", ", few.stream().map(r -> r.year() + " (" + r.passages() + ")").toList())));
    }
    // one line per topic reads well up to a handful; more get a small chart each, same scale
    Figure prevalence =
        page.chart(
            series.size() > MULTIPLES_FROM
                ? Charts.multiples(
                    "topics prevalence",
                    l.get("topics.prevalence"),
                    years,
                    series,
                    l.get("topics.percent"))
                : Charts.lines(
                    "topics prevalence",
                    l.get("topics.prevalence"),
                    years,
                    series,
                    l.get("topics.percent")));
    // the note in the page's language, as the columns' names are
    Table prevalenceTable = model.prevalenceTable().table();
    StringColumn note = prevalenceTable.stringColumn("note");
    for (int r = 0; r < note.size(); r++) {
      if (!note.get(r).isEmpty()) {
        note.set(r, l.format("topics.few_note", prevalenceTable.intColumn("passages").get(r)));
      }
    }
    String prevalenceCsv = page.csv("topic_prevalence.csv", prevalenceTable);

    double[][] xy = model.map();
    List<Charts.Node> nodes = new ArrayList<>();
    List<String> hover = new ArrayList<>();
    for (Topic t : model.topics()) {
      String first = t.relevant().isEmpty() ? "" : " " + t.relevant().get(0);
      nodes.add(
          new Charts.Node(
              t.id() + first,
              xy[t.id() - 1][0],
              xy[t.id() - 1][1],
              (int) Math.round(1000 * t.share()),
              Charts.topic(t.id())));
      hover.add(
          Charts.text(l.format("topics.chart", t.id(), t.label()))
              + "<br>"
              + l.format("topics.map_hover", 100 * t.share()));
    }
    Figure map =
        page.chart(
            Charts.bubbles("topics map", l.get("topics.map"), nodes, hover.toArray(String[]::new)));
    Figure choice = null;
    String choiceNote = "";
    if (data.sweep() != null && data.sweep().size() > 1) {
      List<TopicRows.Sweep> sweep = data.sweep().list();
      double[] ks = sweep.stream().mapToDouble(TopicRows.Sweep::k).toArray();
      int chosen = -1;
      for (int i = 0; i < sweep.size(); i++) if (sweep.get(i).chosen()) chosen = i;
      choice =
          page.chart(
              Charts.small(
                  "topics choice",
                  l.get("topics.choice"),
                  ks,
                  "K",
                  List.of(
                      new Charts.Panel(
                          l.get("topics.perplexity"),
                          sweep.stream().mapToDouble(TopicRows.Sweep::perplexity).toArray()),
                      new Charts.Panel(
                          l.get("topics.coherence"),
                          sweep.stream().mapToDouble(TopicRows.Sweep::npmi).toArray()),
                      new Charts.Panel(
                          l.get("topics.stability_k"),
                          sweep.stream().mapToDouble(TopicRows.Sweep::stability).toArray())),
                  chosen));
      choiceNote =
          choiceNote(sweep, l)
              + modelStability(
                  model.topics(), model.budget().sweeps(), model.options().runs() - 1, l);
    }
    String warning = warning(model.topics(), l);

    String wordsCsv = page.csv("topic_year_words.csv", model.yearWordsTable().table());
    String repsCsv = page.csv("topic_passages.csv", model.representativesTable().table());
    page.method("topics");
    page.method("topics_stability");
    TopicModel.Budget budget = model.budget();
    page.parameter(
        "param.topic_method",
        l.format(
            "topics.settings",
            model.topics().size(),
            budget.trainedPassages(),
            budget.passages(),
            budget.tokens(),
            budget.sweeps(),
            model.options().iterations(),
            model.options().runs(),
            data.q().options().seed()));
    page.put("overview", TableView.of(overview, l, topicsCsv, Set.of(), "id"))
        .put("choice", choice)
        .put("choiceNote", choiceNote)
        .put("warning", warning)
        .put("charts", charts)
        .put("prevalence", prevalence)
        .put("notes", notes)
        .put("map", map)
        .put("csv", List.of(topicsCsv, prevalenceCsv, wordsCsv, repsCsv));
  }

  /** Topics from which prevalence is drawn as small multiples instead of one line each. */
  static final int MULTIPLES_FROM = 6;

  /** Candidate words per topic for the relevance slider: the top words at every λ step. */
  static final int EXPLORER_WORDS = 30;

  /** Characters of a representative passage shown in the explorer. */
  static final int PASSAGE_CHARS = 300;

  /**
   * Returns the note under the chart of the sweep: why its chosen K was chosen (the elbow of
   * held-out perplexity, the largest K when there is none, the K below the first K whose topics
   * another seed did not find again, or the most stable K when none up to the elbow is stable).
   */
  static String choiceNote(List<TopicRows.Sweep> sweep, Labels l) {
    TopicRows.Sweep picked =
        sweep.stream().filter(TopicRows.Sweep::chosen).findFirst().orElseThrow();
    int elbow = TopicSweep.elbow(sweep);
    int last = sweep.get(sweep.size() - 1).k();
    double unstable = unstableChoice(sweep);
    if (!Double.isNaN(unstable)) {
      return l.format("topics.choice_unstable", picked.k(), elbow, picked.k(), unstable);
    }
    if (picked.k() < elbow) {
      // the K after the chosen one, whose topics another seed did not find again
      TopicRows.Sweep next =
          sweep.stream().filter(r -> r.k() > picked.k()).findFirst().orElseThrow();
      return l.format(
          "topics.choice_stable",
          picked.k(),
          elbow,
          next.k(),
          next.stability(),
          picked.k(),
          picked.stability());
    }
    return elbow < last
        ? l.get("topics.choice_note")
        : l.format(
            "topics.choice_no_elbow", sweep.get(0).k(), last, Math.round(100 * TopicSweep.ELBOW));
  }

  /**
   * Returns the sentence, after the note on the choice of K, that gives the shown model's own
   * stability: the mean over its topics of their stability against its refits, and how many are
   * unstable. The sweep's figures come from one refit of shorter fits and move with the seed, so
   * the model shown can fall under the level a K was chosen by (on press conferences: 0.55 in the
   * sweep at K = 10, 0.45 for the model, 6 of 10 topics unstable). "" when there are no refits.
   *
   * @param sweeps the sweeps of the model's main run
   * @param refits the fits with other seeds its stability was measured against
   */
  static String modelStability(List<Topic> topics, int sweeps, int refits, Labels l) {
    if (refits < 1 || topics.isEmpty()) return "";
    double sum = 0;
    int unstable = 0;
    for (Topic t : topics) {
      sum += t.stability();
      if (t.unstable()) unstable++;
    }
    return " "
        + l.format(
            "topics.choice_model", topics.size(), sweeps, refits, sum / topics.size(), unstable);
  }

  /**
   * Returns the command line's note (stderr) for a sweep in which no K up to the elbow reached the
   * stability under which a topic is called unstable, so that its chosen K ({@code how}: marked,
   * chosen) is the largest of the most stable, or null when one reached it (or there is no
   * stability).
   */
  public static String unstable(List<TopicRows.Sweep> rows, String how) {
    double unstable = unstableChoice(rows);
    if (Double.isNaN(unstable)) return null;
    return String.format(
        Locale.ROOT,
        "qushi: note: no K up to the elbow of perplexity (K = %d) found its topics again with a"
            + " stability of %.1f when refitted with another seed, so the %s K = %d is the"
            + " largest of the most stable (%.2f, smoothed over K): read its topics as tentative",
        TopicSweep.elbow(rows),
        TopicOptions.defaults().unstableBelow(),
        how,
        TopicSweep.chosen(rows),
        unstable);
  }

  /**
   * Returns the stability, smoothed over K, of the chosen K of a sweep of two Ks or more when it is
   * under the level of an unstable topic (then no K up to the elbow reached it, and the chosen K is
   * the largest of the most stable); NaN when it reaches the level or there is no stability.
   */
  private static double unstableChoice(List<TopicRows.Sweep> sweep) {
    if (sweep.size() < 2) return Double.NaN;
    int k = TopicSweep.chosen(sweep);
    double[] smoothed = TopicSweep.smoothedStability(sweep);
    for (int i = 0; i < sweep.size(); i++) {
      if (sweep.get(i).k() == k && smoothed[i] < TopicOptions.defaults().unstableBelow()) {
        return smoothed[i];
      }
    }
    return Double.NaN;
  }

  /**
   * Returns what the topic explorer shows of each topic: its words with φ and p(w) (the union of
   * the top {@value #EXPLORER_WORDS} by relevance at λ = 0, 0.1, …, 1, so the page can rank them at
   * any λ of its slider), prevalence by year with intervals, top words by year and the
   * representative passages.
   */
  static Map<String, Object> explorer(TopicModel model, int[] years) {
    double[] pw = model.wordShare();
    List<String> vocabulary = model.vocabulary();
    List<Map<String, Object>> list = new ArrayList<>();
    for (Topic t : model.topics()) {
      double[] phi = model.topicWords(t.id());
      Set<Integer> candidates = new TreeSet<>();
      for (int step = 0; step <= 10; step++) {
        double[] r = model.relevance(t.id(), step / 10.0);
        java.util.stream.IntStream.range(0, r.length)
            .boxed()
            .filter(w -> pw[w] > 0)
            .sorted(
                java.util.Comparator.<Integer>comparingDouble(w -> -r[w])
                    .thenComparing(vocabulary::get))
            .limit(EXPLORER_WORDS)
            .forEach(candidates::add);
      }
      List<List<Object>> words = new ArrayList<>();
      candidates.stream()
          .sorted(
              java.util.Comparator.<Integer>comparingDouble(w -> -phi[w])
                  .thenComparing(vocabulary::get))
          .forEach(w -> words.add(List.of(vocabulary.get(w), phi[w], pw[w])));
      List<List<Object>> prevalence = new ArrayList<>();
      for (TopicRows.Prevalence p : model.prevalence()) {
        if (p.topic() == t.id())
          prevalence.add(List.of(p.year(), p.prevalence(), p.lower(), p.upper()));
      }
      List<List<Object>> byYear = new ArrayList<>();
      for (int y : years) {
        List<List<Object>> ws = new ArrayList<>();
        for (TopicRows.YearWord w : model.yearWords()) {
          if (w.topic() == t.id() && w.year() == y) ws.add(List.of(w.term(), w.frequency()));
        }
        byYear.add(List.of(y, ws));
      }
      List<List<Object>> passages = new ArrayList<>();
      for (TopicRows.Representative r : model.representatives()) {
        if (r.topic() != t.id()) continue;
        String text =
            r.text().length() > PASSAGE_CHARS
                ? r.text()
                        .substring(
                            0,
                            Character.isHighSurrogate(r.text().charAt(PASSAGE_CHARS - 1))
                                ? PASSAGE_CHARS - 1
                                : PASSAGE_CHARS)
                    + "…"
                : r.text();
        passages.add(List.of(r.year(), r.doc(), r.section(), r.proportion(), text));
      }
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("id", t.id());
      m.put("label", t.label());
      m.put("share", t.share());
      m.put("stability", t.stability());
      m.put("unstable", t.unstable());
      m.put("npmi", t.npmi());
      m.put("words", words);
      m.put("prevalence", prevalence);
      m.put("years", byYear);
      m.put("passages", passages);
      list.add(m);
    }
    return Map.of("lambda", model.options().lambda(), "list", list);
  }

  /**
   * Returns the warning over the topics, or "": when most of them are unstable, and when every
   * one's coherence is below 0 (its top words stand together less often than chance).
   */
  public static String warning(List<Topic> topics, Labels l) {
    long unstable = topics.stream().filter(Topic::unstable).count();
    List<String> out = new ArrayList<>();
    if (2 * unstable > topics.size()) {
      out.add(l.format("topics.most_unstable", unstable, topics.size()));
    }
    if (!topics.isEmpty() && topics.stream().allMatch(t -> t.npmi() < 0)) {
      out.add(l.get("topics.incoherent"));
    }
    return String.join(" ", out);
  }
}
