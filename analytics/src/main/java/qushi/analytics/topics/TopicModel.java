package qushi.analytics.topics;

import java.util.Arrays;
import java.util.List;
import qushi.analytics.core.Rows;
import qushi.analytics.core.Tables;
import qushi.analytics.core.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The topics of a corpus: an LDA model trained on its passages, with topics ordered once by share
 * of tokens (largest first, ties by label) and numbered from 1 in that order; every table, chart
 * and file of one run uses these numbers. Built by {@link TopicModeler}.
 *
 * @param options the settings
 * @param vocabulary the model's words, id order (sorted)
 * @param topics the topics, id order
 * @param prevalence prevalence of each topic in each year, topic then year
 * @param yearWords each topic's top words within each year
 * @param representatives each topic's most representative passages
 * @param phi φ_k(w), topic k (0-based, id − 1) by word
 * @param distances Jensen–Shannon distances between topics (base 2)
 * @param map 2-D intertopic map: classical MDS of the distances
 * @param wordShare p(w): each word's share of the tokens the model was trained on, by word (the
 *     p(w) of relevance)
 * @param llPerToken final log-likelihood per token of the main run
 * @param tokens tokens the model was trained on
 * @param sampler the trained sampler state, for inference on new text
 */
public record TopicModel(
    TopicOptions options,
    List<String> vocabulary,
    List<Topic> topics,
    List<TopicRows.Prevalence> prevalence,
    List<TopicRows.YearWord> yearWords,
    List<TopicRows.Representative> representatives,
    double[][] phi,
    double[][] distances,
    double[][] map,
    double[] wordShare,
    double llPerToken,
    long tokens,
    Sampler sampler,
    Budget budget)
    implements Tabular {

  /**
   * What a model was trained on and how long: the methods section states it.
   *
   * @param trainedPassages passages the model was trained on (a sample when the corpus exceeds the
   *     token budget; the others' mixtures are inferred)
   * @param passages passages of the corpus
   * @param tokens tokens the model was trained on
   * @param sweeps Gibbs sweeps of the main run (fewer than the most when it converged)
   * @param totalSweeps sweeps of all runs together
   */
  public record Budget(
      int trainedPassages, int passages, long tokens, int sweeps, int totalSweeps) {}

  /**
   * The trained LDA model and the order of its topics: topic id {@code i + 1} is the model's topic
   * {@code order[i]}.
   *
   * @param model the trained model
   * @param order model topic of each id, id order
   * @param seed seed of the inference sampler for new text
   */
  public record Sampler(LdaModel model, int[] order, long seed) {
    /** Copies the order. */
    public Sampler {
      order = order.clone();
    }

    @Override
    public int[] order() {
      return order.clone();
    }
  }

  /**
   * Returns the topic proportions of a new text given as its terms (terms unknown to the model are
   * ignored), indexed by topic id − 1: θ inferred by Gibbs sampling with the trained topic–word
   * counts fixed ({@link LdaModel#infer}), 200 sweeps, the sampler's seed.
   */
  public double[] infer(List<String> terms) {
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    for (int w = 0; w < vocabulary.size(); w++) ids.put(vocabulary.get(w), w);
    int[] doc =
        terms.stream()
            .map(ids::get)
            .filter(java.util.Objects::nonNull)
            .mapToInt(Integer::intValue)
            .toArray();
    double[] raw = sampler.model().infer(doc, 200, sampler.seed());
    double[] out = new double[raw.length];
    int[] order = sampler.order();
    for (int i = 0; i < out.length; i++) out[i] = raw[order[i]];
    return out;
  }

  /** Copies the lists and arrays. */
  public TopicModel {
    vocabulary = List.copyOf(vocabulary);
    topics = List.copyOf(topics);
    prevalence = List.copyOf(prevalence);
    yearWords = List.copyOf(yearWords);
    representatives = List.copyOf(representatives);
    phi = deep(phi);
    distances = deep(distances);
    map = deep(map);
    wordShare = wordShare.clone();
  }

  /**
   * Returns the topic with this id (1-based, as the tables and the report number topics).
   *
   * @throws qushi.analytics.core.BadInputException if {@code id} is not between 1 and K
   */
  public Topic topic(int id) {
    if (id < 1 || id > topics.size()) {
      throw new qushi.analytics.core.BadInputException(
          "topic " + id + ": topics are numbered 1 to " + topics.size());
    }
    return topics.get(id - 1);
  }

  /**
   * Returns the topics as a table: id, label, words, relevant, share, stability, unstable, npmi,
   * umass.
   */
  @Override
  public Table table() {
    return Tables.of("topics", Topic.class, topics);
  }

  /** Returns the topics as printable rows (id, label, words, relevant, share, stability, …). */
  public Rows<Topic> topicsTable() {
    return Rows.of("topics", Topic.class, topics);
  }

  /**
   * Returns the prevalence table (topic, label, year, prevalence, lower, upper, passages, note).
   */
  public Rows<TopicRows.Prevalence> prevalenceTable() {
    return Rows.of("topic_prevalence", TopicRows.Prevalence.class, prevalence);
  }

  /** Returns the per-year top words table (topic, year, rank, term, count). */
  public Rows<TopicRows.YearWord> yearWordsTable() {
    return Rows.of("topic_year_words", TopicRows.YearWord.class, yearWords);
  }

  /** Returns the representative passages table. */
  public Rows<TopicRows.Representative> representativesTable() {
    return Rows.of("topic_passages", TopicRows.Representative.class, representatives);
  }

  /**
   * Returns one row per topic: id, label, words, share, stability, unstable, npmi, then its
   * prevalence in each year ({@code prevalence_YEAR}) and, where a year has few passages, a note
   * ({@code note_YEAR}).
   */
  public Tabular summary() {
    Table t = Table.create("topics");
    Table all = table();
    t.addColumns(
        all.column("id"),
        all.column("label"),
        all.column("words"),
        all.column("share"),
        all.column("stability"),
        all.column("unstable"),
        all.column("npmi"));
    int[] years =
        prevalence.stream().mapToInt(TopicRows.Prevalence::year).distinct().sorted().toArray();
    for (int y : years) {
      DoubleColumn prev = DoubleColumn.create("prevalence_" + y);
      StringColumn note = StringColumn.create("note_" + y);
      for (Topic topic : topics) {
        TopicRows.Prevalence p =
            prevalence.stream()
                .filter(r -> r.topic() == topic.id() && r.year() == y)
                .findFirst()
                .orElseThrow();
        prev.append(p.prevalence());
        note.append(p.note());
      }
      t.addColumns(prev);
      if (note.asList().stream().anyMatch(s -> !s.isEmpty())) t.addColumns(note);
    }
    return Tabular.of(t);
  }

  /** Returns φ of topic {@code id} (a copy). */
  public double[] topicWords(int id) {
    return phi[id - 1].clone();
  }

  @Override
  public double[][] phi() {
    return deep(phi);
  }

  @Override
  public double[][] distances() {
    return deep(distances);
  }

  @Override
  public double[][] map() {
    return deep(map);
  }

  @Override
  public double[] wordShare() {
    return wordShare.clone();
  }

  /**
   * Returns the relevance of every word to topic {@code id} (1-based), by word: λ · ln φ_k(w) + (1
   * − λ) · ln(φ_k(w) / p(w)) (Sievert and Shirley 2014), −∞ for a word with p(w) = 0.
   */
  public double[] relevance(int id, double lambda) {
    return TopicMath.relevance(phi[id - 1], wordShare, lambda);
  }

  /** Returns a summary: K, tokens, LL/token and the labels. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            "TopicModel[K="
                + topics.size()
                + ", "
                + tokens
                + " tokens, ll/token="
                + String.format(java.util.Locale.ROOT, "%.4f", llPerToken)
                + "]");
    // as many topics as jshell shows whole, then how many more
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      String line = "\n  " + t.id() + ". " + t.label() + (t.unstable() ? "  (unstable)" : "");
      String more = "\n  … " + (topics.size() - i) + " more (topics() lists all)";
      if (sb.length() + line.length() + more.length() > qushi.analytics.core.TextTable.PREVIEW_CHARS
          && i < topics.size() - 1) {
        return sb.append(more).toString();
      }
      sb.append(line);
    }
    return sb.toString();
  }

  private static double[][] deep(double[][] a) {
    return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
  }
}
