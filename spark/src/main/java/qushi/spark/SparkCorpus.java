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
import qushi.analytics.prepare.NestedTerms;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.PassageTokens;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.YearStats;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Segmenter;
import qushi.analytics.text.TextPipeline;

/**
 * A corpus prepared on Spark's executors: each executor reads, cleans, cuts and tokenizes its
 * documents with one segmenter per partition, built from the driver's text pipeline ({@link
 * PipelineSpec}); the prepared documents stay cached on the executors for the jobs that follow.
 * From them the driver asks for:
 *
 * <ul>
 *   <li>the counts ({@link #counted()}): the vocabulary (a distinct over the executors, sorted on
 *       the driver as the local path sorts it), and the sparse passage × term counts made on the
 *       executors (per passage its word tokens and the counts of the terms it contains); the
 *       passage-level tests need them, and they are a fraction of the text's size; no text reaches
 *       the driver;
 *   <li>the whole prepared corpus ({@link #prepared()}): cleaned texts and tokens gathered on the
 *       driver, for questions that read passages (context lines, co-occurrence, the report).
 * </ul>
 *
 * @param spark the Spark context
 * @param corpus the corpus as listed
 * @param text the driver's text pipeline
 * @param boilerplate the corpus's boilerplate, dropped from every document
 * @param progress where stages are reported
 * @param documents the prepared documents, cached on the executors
 * @param onClose what runs when the corpus is closed
 */
record SparkCorpus(
    JavaSparkContext spark,
    Corpus corpus,
    TextPipeline text,
    Boilerplate boilerplate,
    Progress progress,
    JavaRDD<PreparedDocument> documents,
    Runnable onClose)
    implements AutoCloseable {
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
    int slices = Math.max(1, Math.min(refs.size(), 4 * spark.defaultParallelism()));
    Broadcast<PipelineSpec> base = spark.broadcast(PipelineSpec.of(text));
    // the driver's Hadoop settings, for the executors that read located files
    boolean located = refs.stream().anyMatch(r -> r.uri != null);
    Broadcast<Map<String, String>> hadoop =
        spark.broadcast(
            located ? HadoopFiles.settings(spark.hadoopConfiguration()) : Map.<String, String>of());
    JavaRDD<CleanedText> cleaned =
        spark
            .parallelize(refs, slices)
            .map(ref -> CleanedText.of(ref, base.value().pipeline(), hadoop.value()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Stages stages = new Stages(progress);
    try {
      stages.run(
          "spark: reading and cleaning " + refs.size() + " documents", () -> cleaned.count());
      Boilerplate boilerplate =
          text.options() != null && text.options().dropBoilerplate()
              ? stages.run(
                  "spark: finding boilerplate",
                  () -> SparkLearning.boilerplate(cleaned, !text.options().keepCopies()))
              : Boilerplate.none();
      Broadcast<Boilerplate> dropped = spark.broadcast(boilerplate);
      Broadcast<Set<String>> framing =
          spark.broadcast(
              stages.run(
                  "spark: finding framing headings",
                  () -> SparkLearning.framing(cleaned, base, dropped)));
      TextPipeline pipeline =
          text.options() != null && text.options().learnTerms()
              ? text.withLearned(
                  stages.run(
                      "spark: learning terms",
                      () -> SparkLearning.learn(cleaned, base, dropped, framing, text)))
              : text;
      Broadcast<PipelineSpec> spec = spark.broadcast(PipelineSpec.of(pipeline));
      JavaRDD<PreparedDocument> cut =
          CleanedText.cutEach(
                  cleaned,
                  spec,
                  dropped,
                  (c, b, t, s) -> PreparedDocument.of(c, b, t, s, framing.value()))
              .persist(StorageLevel.MEMORY_AND_DISK());
      stages.run("spark: segmenting " + refs.size() + " documents", () -> cut.count());
      JavaRDD<PreparedDocument> docs = cut;
      // as the local engine does: a learned term that the corpus cut with all of them whole leaves
      // under the least count is dropped, and the documents whose text holds it are cut again
      // without it, until none is left (LearnedTerms#underCounted)
      while (!pipeline.learned().isEmpty()) {
        Broadcast<Set<String>> strings =
            spark.broadcast(new HashSet<>(pipeline.learned().strings()));
        Map<String, Long> counts =
            docs.flatMap(
                    d ->
                        Arrays.stream(d.passages())
                            .flatMap(t -> t.wordsWhere(strings.value()::contains).stream())
                            .iterator())
                .countByValue();
        Set<String> under = pipeline.learned().underCounted(t -> counts.getOrDefault(t, 0L));
        if (under.isEmpty()) break;
        pipeline = text.withLearned(pipeline.learned().without(under));
        Broadcast<PipelineSpec> again = spark.broadcast(PipelineSpec.of(pipeline));
        Broadcast<Set<String>> gone = spark.broadcast(new HashSet<>(under));
        // cut maps cleaned partition by partition, one document for one: the two zip
        JavaRDD<PreparedDocument> before = docs;
        docs =
            cleaned
                .zip(before)
                .mapPartitions(
                    it -> {
                      TextPipeline p = again.value().pipeline();
                      Segmenter segmenter = p.segmenter();
                      List<PreparedDocument> out = new ArrayList<>();
                      while (it.hasNext()) {
                        var pair = it.next();
                        boolean holds = gone.value().stream().anyMatch(pair._1().text()::contains);
                        out.add(
                            holds
                                ? PreparedDocument.of(
                                    pair._1(), dropped.value(), p, segmenter, framing.value())
                                : pair._2());
                      }
                      return out.iterator();
                    })
                .persist(StorageLevel.MEMORY_AND_DISK());
        docs.count();
        before.unpersist(false);
      }
      cleaned.unpersist(false);
      return new SparkCorpus(spark, corpus, pipeline, boilerplate, progress, docs, onClose);
    } catch (RuntimeException e) {
      cleaned.unpersist(false);
      onClose.run();
      throw e;
    }
  }

  /** Stages of the preparation, reported to the progress. */
  private record Stages(Progress progress) {
    <T> T run(String name, Supplier<T> work) {
      Progress.Stage s = progress.start(name, 0);
      try {
        return SparkCorpus.run(work);
      } finally {
        s.close();
      }
    }
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
    boolean[] isTerm = new boolean[terms.size()];
    for (String w : words(true)) isTerm[ids.get(w)] = true;
    Broadcast<Map<String, Integer>> vocabulary = spark.broadcast(ids);
    Broadcast<int[][]> nested =
        spark.broadcast(
            NestedTerms.of(
                terms.size(), w -> ids.getOrDefault(w, -1), isTerm, text.learned().terms()));
    List<DocumentCounts> counted =
        new ArrayList<>(
            run(
                () ->
                    documents
                        .map(d -> DocumentCounts.of(d, vocabulary.value(), nested.value()))
                        .collect()));
    counted.sort(Comparator.comparingInt(DocumentCounts::index));
    PassageMatrix.Builder b = PassageMatrix.builder(terms.size());
    List<Integer> passageYears = new ArrayList<>();
    List<Integer> passageDocument = new ArrayList<>();
    // per year: documents, sections, characters, boilerplate characters, term tokens
    Map<Integer, long[]> sizes = new TreeMap<>();
    for (DocumentCounts d : counted) {
      for (int p = 0; p < d.tokens().length; p++) {
        b.add(d.tokens()[p], d.ids()[p], d.values()[p]);
        passageYears.add(d.year());
        passageDocument.add(d.index());
      }
      long[] s = sizes.computeIfAbsent(d.year(), y -> new long[5]);
      s[0]++;
      s[1] += d.sections();
      s[2] += d.characters();
      s[3] += d.boilerplate();
      s[4] += d.termTokens();
    }
    Counts counts =
        Counts.of(b.build(), passageYears.stream().mapToInt(Integer::intValue).toArray());
    List<YearStats> yearStats = new ArrayList<>();
    for (int y : corpus.years()) {
      long[] s = sizes.getOrDefault(y, new long[5]);
      GroupCounts g =
          Arrays.binarySearch(counts.years(), y) >= 0
              ? counts.year(y)
              : GroupCounts.empty(terms.size());
      yearStats.add(YearStats.of(y, (int) s[0], (int) s[1], s[2], s[3], s[4], g));
    }
    return new CountedCorpus(
        corpus,
        text,
        terms,
        counts,
        nested.value(),
        passageDocument.stream().mapToInt(Integer::intValue).toArray(),
        yearStats,
        new SparkWorkers(this));
  }

  /**
   * The counts of one document's passages, made on an executor: per passage its word tokens and the
   * ids (ascending) and counts of its terms, a learned term's token counting also for the terms
   * inside it ({@link NestedTerms}); and the document's term tokens.
   */
  record DocumentCounts(
      int index,
      int year,
      int sections,
      long characters,
      long boilerplate,
      long termTokens,
      int[] tokens,
      int[][] ids,
      int[][] values)
      implements java.io.Serializable {
    static DocumentCounts of(PreparedDocument d, Map<String, Integer> vocabulary, int[][] nested) {
      int n = d.passages().length;
      int[] tokens = new int[n];
      int[][] ids = new int[n][];
      int[][] values = new int[n][];
      long termTokens = 0;
      for (int p = 0; p < n; p++) {
        PassageTokens pt = d.passages()[p];
        int[] terms = new int[pt.size()];
        int own = 0;
        for (int k = 0; k < pt.size(); k++) {
          if (pt.isTerm(k)) terms[own++] = vocabulary.get(pt.word(k));
        }
        termTokens += own;
        TreeMap<Integer, Integer> row = new TreeMap<>();
        for (int t : NestedTerms.with(Arrays.copyOf(terms, own), nested)) {
          row.merge(t, 1, Integer::sum);
        }
        tokens[p] = pt.size();
        ids[p] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
        values[p] = row.values().stream().mapToInt(Integer::intValue).toArray();
      }
      return new DocumentCounts(
          d.index(),
          d.year(),
          d.sections(),
          d.characters(),
          d.boilerplate(),
          termTokens,
          tokens,
          ids,
          values);
    }
  }

  /**
   * Returns the distinct words of the tokens over the executors, in no order: every word, or with
   * {@code termsOnly} those that are a term in at least one token.
   */
  private List<String> words(boolean termsOnly) {
    return run(
        () ->
            documents
                .flatMap(
                    d -> {
                      Set<String> seen = new HashSet<>();
                      for (PassageTokens p : d.passages())
                        for (int k = 0; k < p.size(); k++)
                          if (!termsOnly || p.isTerm(k)) seen.add(p.word(k));
                      return seen.iterator();
                    })
                .distinct()
                .collect());
  }

  /**
   * Returns the vocabulary of word tokens: the distinct words over the executors, sorted on the
   * driver in the order in which the local path gives ids (strings in their natural order).
   */
  List<String> vocabulary() {
    String[] sorted = words(false).toArray(new String[0]);
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
    all.sort(Comparator.comparingInt(d -> d.index()));
    List<CleanDocument> clean = new ArrayList<>();
    List<PassageTokens> tokens = new ArrayList<>();
    for (PreparedDocument d : all) {
      Document doc = corpus.documents().get(d.index());
      clean.add(
          new CleanDocument(
              doc, d.text(), d.sectionList(), d.bytes(), d.sha256(), d.boilerplate()));
      tokens.addAll(Arrays.asList(d.passages()));
    }
    return PreparedCorpus.assemble(corpus, text, clean, boilerplate, tokens);
  }

  /**
   * Runs a Spark action; a {@link BadInputException} thrown on an executor (a file that cannot be
   * read as text) reaches the caller as itself.
   */
  static <T> T run(Supplier<T> action) {
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

  /** Runs {@code work} as a stage of the progress. */
  <T> T stage(String name, Supplier<T> work) {
    return new Stages(progress).run(name, work);
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
}
