package qushi.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import qushi.CountedCorpus;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.GroupCounts;
import qushi.analytics.prepare.PassageTokens;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TextPipeline;
import scala.Tuple2;

/**
 * A corpus prepared on Spark's executors: each executor reads, cleans, cuts and tokenizes its
 * documents with one segmenter per partition, built from the driver's text pipeline ({@link
 * PipelineSpec}); the prepared documents stay cached on the executors for the jobs that follow.
 * From them the driver asks for:
 *
 * <ul>
 *   <li>the counts ({@link #counted()}): the vocabulary (a distinct over the executors, sorted on
 *       the driver as the local path sorts it), and per year and term the {@link GroupCounts}
 *       entries summed on the executors (count, passages containing the term, Σ y²/n in fixed
 *       point, whose integer sums do not depend on the order of addition); nothing else reaches the
 *       driver;
 *   <li>the whole prepared corpus ({@link #prepared()}): cleaned texts and tokens gathered on the
 *       driver, for questions that read passages (context lines, co-occurrence, the report).
 * </ul>
 */
final class SparkCorpus implements AutoCloseable {
  private final JavaSparkContext spark;
  private final Corpus corpus;
  private final TextPipeline text;
  private final Progress progress;
  private final JavaRDD<PreparedDocument> documents;
  private final Runnable onClose;

  private SparkCorpus(
      JavaSparkContext spark,
      Corpus corpus,
      TextPipeline text,
      Progress progress,
      JavaRDD<PreparedDocument> documents,
      Runnable onClose) {
    this.spark = spark;
    this.corpus = corpus;
    this.text = text;
    this.progress = progress;
    this.documents = documents;
    this.onClose = onClose;
  }

  /**
   * Returns {@code corpus} prepared on the executors of {@code spark}; {@code onClose} runs when it
   * is closed (e.g. stops a context made for it).
   */
  static SparkCorpus of(
      JavaSparkContext spark,
      Corpus corpus,
      TextPipeline text,
      Progress progress,
      Runnable onClose) {
    List<DocumentRef> refs = new ArrayList<>();
    for (int d = 0; d < corpus.documents().size(); d++)
      refs.add(DocumentRef.of(d, corpus.documents().get(d)));
    Broadcast<PipelineSpec> spec = spark.broadcast(PipelineSpec.of(text));
    int slices = Math.max(1, Math.min(refs.size(), 4 * spark.defaultParallelism()));
    JavaRDD<PreparedDocument> docs =
        spark
            .parallelize(refs, slices)
            .mapPartitions(
                it -> {
                  TextPipeline pipeline = spec.value().pipeline();
                  Segmenter segmenter = pipeline.segmenter();
                  List<PreparedDocument> out = new ArrayList<>();
                  while (it.hasNext()) out.add(PreparedDocument.of(it.next(), pipeline, segmenter));
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    SparkCorpus c = new SparkCorpus(spark, corpus, text, progress, docs, onClose);
    c.stage(
        "spark: cleaning and segmenting " + refs.size() + " documents", () -> c.run(docs::count));
    return c;
  }

  /** Returns the Spark context. */
  JavaSparkContext spark() {
    return spark;
  }

  /** Returns the corpus as listed. */
  Corpus corpus() {
    return corpus;
  }

  /** Returns the driver's text pipeline. */
  TextPipeline text() {
    return text;
  }

  /** Returns the prepared documents, cached on the executors. */
  JavaRDD<PreparedDocument> documents() {
    return documents;
  }

  /** Returns where stages are reported. */
  Progress progress() {
    return progress;
  }

  /**
   * Returns the corpus known by its counts: vocabulary, per-year {@link GroupCounts} and size
   * figures, summed on the executors.
   */
  CountedCorpus counted() {
    return stage("spark: counting", this::count);
  }

  private CountedCorpus count() {
    List<String> terms = vocabulary();
    Map<String, Integer> ids = new HashMap<>(terms.size() * 2);
    for (int i = 0; i < terms.size(); i++) ids.put(terms.get(i), i);
    List<Tuple2<Tuple2<Integer, String>, long[]>> stats =
        run(
            () ->
                documents
                    .flatMapToPair(
                        d -> {
                          List<Tuple2<Tuple2<Integer, String>, long[]>> out = new ArrayList<>();
                          d.termStats()
                              .forEach((w, s) -> out.add(new Tuple2<>(new Tuple2<>(d.year, w), s)));
                          return out.iterator();
                        })
                    .reduceByKey(SparkCorpus::sum)
                    .collect());
    // per year: tokens, passages, documents, sections, characters
    Map<Integer, long[]> sizes =
        new TreeMap<>(
            run(
                () ->
                    documents
                        .mapToPair(
                            d ->
                                new Tuple2<>(
                                    d.year,
                                    new long[] {
                                      d.tokens(), d.passages.length, 1, d.sections, d.characters
                                    }))
                        .reduceByKey(SparkCorpus::sum)
                        .collectAsMap()));
    int v = terms.size();
    Map<Integer, long[][]> arrays = new TreeMap<>();
    for (int y : sizes.keySet())
      arrays.put(y, new long[][] {new long[v], new long[v], new long[v]});
    for (var e : stats) {
      long[][] a = arrays.get(e._1()._1());
      int t = ids.get(e._1()._2());
      for (int i = 0; i < 3; i++) a[i][t] = e._2()[i];
    }
    Map<Integer, GroupCounts> groups = new TreeMap<>();
    sizes.forEach((y, s) -> groups.put(y, group(s[0], s[1], arrays.get(y))));
    List<Integer> withPassages =
        groups.entrySet().stream()
            .filter(e -> e.getValue().passages() > 0)
            .map(Map.Entry::getKey)
            .toList();
    int[] years = withPassages.stream().mapToInt(Integer::intValue).toArray();
    GroupCounts[] byYear = withPassages.stream().map(groups::get).toArray(GroupCounts[]::new);
    List<YearStats> yearStats = new ArrayList<>();
    for (int y : corpus.years()) {
      long[] s = sizes.getOrDefault(y, new long[5]);
      GroupCounts g = groups.getOrDefault(y, GroupCounts.empty(terms.size()));
      yearStats.add(YearStats.of(y, (int) s[2], (int) s[3], s[4], g));
    }
    return new CountedCorpus(
        corpus, text, terms, Counts.ofYears(years, byYear), yearStats, new Workers(this, ids));
  }

  /**
   * Returns the vocabulary of word tokens: the distinct words over the executors, sorted on the
   * driver in the order in which the local path gives ids (strings in their natural order).
   */
  List<String> vocabulary() {
    List<String> words =
        run(
            () ->
                documents
                    .flatMap(
                        d -> {
                          Set<String> seen = new HashSet<>();
                          for (PassageTokens p : d.passages)
                            for (int k = 0; k < p.size(); k++) seen.add(p.word(k));
                          return seen.iterator();
                        })
                    .distinct()
                    .collect());
    String[] sorted = words.toArray(new String[0]);
    Arrays.sort(sorted);
    return List.of(sorted);
  }

  /**
   * Returns the prepared corpus gathered on the driver: cleaned texts and tokens of every passage,
   * ids assigned there in sorted word order ({@link PreparedCorpus#assemble}), so it equals the
   * local path's.
   */
  PreparedCorpus prepared() {
    return stage("spark: gathering the prepared corpus", this::gather);
  }

  private PreparedCorpus gather() {
    List<PreparedDocument> all = new ArrayList<>(run(documents::collect));
    all.sort(Comparator.comparingInt(d -> d.index));
    List<CleanDocument> clean = new ArrayList<>();
    List<PassageTokens> tokens = new ArrayList<>();
    for (PreparedDocument d : all) {
      Document doc = corpus.documents().get(d.index);
      clean.add(
          new CleanDocument(doc, d.text, text.splitter().sections(d.text), d.bytes, d.sha256));
      tokens.addAll(Arrays.asList(d.passages));
    }
    return PreparedCorpus.assemble(corpus, text, clean, tokens);
  }

  /**
   * Runs a Spark action; a {@link BadInputException} thrown on an executor (a file that cannot be
   * read as text) reaches the caller as itself.
   */
  <T> T run(Supplier<T> action) {
    try {
      return action.get();
    } catch (Exception e) { // Spark's actions throw SparkException undeclared
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BadInputException bad) throw bad;
      }
      String m = e.getMessage() == null ? "" : e.getMessage();
      int at = m.indexOf(BadInputException.class.getName() + ": ");
      if (at >= 0) {
        String rest = m.substring(at + BadInputException.class.getName().length() + 2);
        int end = rest.indexOf('\n');
        throw new BadInputException(end < 0 ? rest : rest.substring(0, end));
      }
      if (e instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getClass().getSimpleName() + ": " + m, e);
    }
  }

  /** Returns the group of {tokens, passages} and {count, presence, squares} by term id. */
  static GroupCounts group(long tokens, long passages, long[][] terms) {
    int[] presence = new int[terms[1].length];
    for (int t = 0; t < presence.length; t++) presence[t] = Math.toIntExact(terms[1][t]);
    return new GroupCounts(tokens, Math.toIntExact(passages), terms[0], presence, terms[2]);
  }

  /** Runs {@code work} as a stage of the progress. */
  <T> T stage(String name, Supplier<T> work) {
    Progress.Stage s = progress.start(name, 0);
    try {
      return work.get();
    } finally {
      s.close();
    }
  }

  static long[] sum(long[] a, long[] b) {
    long[] s = new long[a.length];
    for (int i = 0; i < a.length; i++) s[i] = a[i] + b[i];
    return s;
  }

  /** Releases the cached documents and runs the close action. */
  @Override
  public void close() {
    documents.unpersist(false);
    onClose.run();
  }

  /** What the executors answer on request for the counted corpus. */
  private static final class Workers implements CountedCorpus.Workers {
    private final SparkCorpus corpus;
    private final Map<String, Integer> ids;

    Workers(SparkCorpus corpus, Map<String, Integer> ids) {
      this.corpus = corpus;
      this.ids = ids;
    }

    @Override
    public int[][] occurrences(List<String> cleanedTerms) {
      int[] years = corpus.corpus.years().stream().mapToInt(Integer::intValue).toArray();
      Broadcast<String[]> terms = corpus.spark.broadcast(cleanedTerms.toArray(new String[0]));
      Map<Integer, long[]> byYear =
          corpus.run(
              () ->
                  corpus
                      .documents
                      .mapToPair(
                          d -> {
                            String[] q = terms.value();
                            long[] n = new long[q.length];
                            for (int i = 0; i < q.length; i++)
                              n[i] = PreparedCorpus.occurrences(d.text, q[i]);
                            return new Tuple2<>(d.year, n);
                          })
                      .reduceByKey(SparkCorpus::sum)
                      .collectAsMap());
      int[][] out = new int[cleanedTerms.size()][years.length];
      for (int y = 0; y < years.length; y++) {
        long[] n = byYear.get(years[y]);
        if (n == null) continue;
        for (int i = 0; i < n.length; i++) out[i][y] = Math.toIntExact(n[i]);
      }
      return out;
    }

    @Override
    public List<GroupCounts> documents() {
      Map<Integer, Tuple2<long[], Map<String, long[]>>> byDoc =
          corpus.run(
              () ->
                  corpus
                      .documents
                      .mapToPair(
                          d ->
                              new Tuple2<>(
                                  d.index,
                                  new Tuple2<>(
                                      new long[] {d.tokens(), d.passages.length}, d.termStats())))
                      .collectAsMap());
      int v = ids.size();
      List<GroupCounts> out = new ArrayList<>();
      for (int d = 0; d < corpus.corpus.documents().size(); d++) {
        Tuple2<long[], Map<String, long[]>> e = byDoc.get(d);
        long[][] a = {new long[v], new long[v], new long[v]};
        e._2()
            .forEach(
                (w, s) -> {
                  int t = ids.get(w);
                  for (int i = 0; i < 3; i++) a[i][t] = s[i];
                });
        GroupCounts g = group(e._1()[0], e._1()[1], a);
        out.add(g);
      }
      return out;
    }

    @Override
    public void close() {
      corpus.close();
    }
  }
}
