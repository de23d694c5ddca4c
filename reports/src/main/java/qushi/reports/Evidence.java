package qushi.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import qushi.analytics.context.Kwic;
import qushi.analytics.core.Rows;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.Section;

/**
 * What the page's search reads, gzip-compressed and base64-encoded like the Plotly bundle: the
 * cleaned text of every document (the text {@code qushi count} and {@code qushi kwic} scan), its
 * sections, each year's word tokens (the denominator of every rate), and each term's count as a
 * segmenter token per year. With it the page finds any term or phrase, counts its occurrences per
 * year exactly as {@code qushi count} does and shows every context line.
 *
 * <p>A corpus of more than {@link ReportOptions#embedChars()} cleaned characters is not embedded
 * (the page would grow by about a third of a byte per character); the page then carries, for each
 * term a chart or table shows, its per-year counts and a representative sample of its lines ({@link
 * Kwic#sample}), and points to {@code qushi kwic} for other terms.
 *
 * <pre>
 * {
 *   "years": [2021, …], "tokens": [word tokens per year], "window": 30, "sample": 50,
 *   "embedded": true,
 *   "docs": [[id, year, title, source, text | null, [[section title, start, end], …],
 *             word tokens], …],
 *   "terms": {term: {"counts": [per year], "lines": [[doc index, position, left, match, right,
 *             section], …]}}        (only when not embedded)
 *   "words": {term: [year index, token count, year index, token count, …]}
 *   "filtered": [the word tokens that are never terms (stopwords, adjectives …), sorted]
 *   "phrases": {key phrase: [index of each year of which it is a key phrase, …]}
 * }
 * </pre>
 */
final class Evidence {
  private Evidence() {}

  /** Returns the evidence of {@code data} as base64 of gzip-compressed JSON. */
  static String encoded(ReportData data, Set<String> shown) {
    return Base64.getEncoder().encodeToString(gzip(ScriptJson.of(model(data, shown))));
  }

  /** Returns whether the cleaned text of {@code data}'s corpus is embedded. */
  static boolean embedded(ReportData data) {
    long chars = 0;
    for (CleanDocument d : data.q().corpus().documents()) chars += d.text().length();
    return chars <= data.options().embedChars();
  }

  /** Returns the evidence model (before compression). */
  static Map<String, Object> model(ReportData data, Set<String> shown) {
    PreparedCorpus corpus = data.q().corpus();
    int[] years = data.q().years();
    Counts counts = corpus.counts();
    boolean embedded = embedded(data);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("years", years);
    long[] tokens = new long[years.length];
    for (int y = 0; y < years.length; y++) tokens[y] = counts.tokensOrNone(years[y]);
    out.put("tokens", tokens);
    out.put("window", data.options().kwicWindow());
    out.put("sample", data.options().kwicLines());
    out.put("embedded", embedded);

    List<CleanDocument> documents = corpus.documents();
    // each document's word tokens: the page's rate of a term within a source (qushi count --by)
    long[] docTokens = corpus.documentTokens();
    Map<String, Integer> docIndex = new TreeMap<>();
    List<List<Object>> docs = new ArrayList<>();
    for (CleanDocument d : documents) {
      docIndex.put(d.id(), docs.size());
      List<List<Object>> sections = new ArrayList<>();
      for (Section s : d.sections()) sections.add(List.of(s.title(), s.start(), s.end()));
      List<Object> doc = new ArrayList<>();
      doc.add(d.id());
      doc.add(d.year());
      doc.add(d.document().title());
      doc.add(d.document().source());
      doc.add(embedded ? d.text() : null);
      doc.add(sections);
      doc.add(docTokens[docs.size()]);
      docs.add(doc);
    }
    out.put("docs", docs);

    if (!embedded) {
      Map<String, Object> terms = new TreeMap<>();
      for (String term : shown) {
        Rows<Kwic.Line> all = data.q().kwic(term, data.options().kwicWindow());
        int[] perYear = new int[years.length];
        for (Kwic.Line k : all) perYear[java.util.Arrays.binarySearch(years, k.year())]++;
        List<List<Object>> lines = new ArrayList<>();
        for (Kwic.Line k : Kwic.sample(all.list(), data.options().kwicLines())) {
          lines.add(
              List.of(
                  docIndex.get(k.doc()),
                  k.position(),
                  k.left(),
                  k.match(),
                  k.right(),
                  k.section()));
        }
        terms.put(
            all.size() == 0 ? term : all.get(0).match(), Map.of("counts", perYear, "lines", lines));
      }
      out.put("terms", terms);
    }

    // each term's count as a segmenter token per year, sparse: year index, count, …
    String[] vocabulary = corpus.vocabularyWords().toArray(String[]::new);
    long[][] byYear = new long[years.length][];
    for (int y = 0; y < years.length; y++) {
      // a year of empty documents has no passage and counts nothing
      byYear[y] =
          counts.tokensOrNone(years[y]) > 0
              ? counts.year(years[y]).count()
              : new long[vocabulary.length];
    }
    Map<String, int[]> words = new TreeMap<>();
    // the word tokens that are never terms: the page tells them from words the segmenter never cut
    List<String> filtered = new ArrayList<>();
    for (int t = 0; t < vocabulary.length; t++) {
      int nonzero = 0;
      for (long[] c : byYear) if (c[t] > 0) nonzero++;
      if (nonzero == 0) {
        filtered.add(vocabulary[t]);
        continue;
      }
      int[] sparse = new int[2 * nonzero];
      int i = 0;
      for (int y = 0; y < years.length; y++) {
        int c = (int) byYear[y][t];
        if (c == 0) continue;
        sparse[i++] = y;
        sparse[i++] = c;
      }
      words.put(vocabulary[t], sparse);
    }
    out.put("words", words);
    out.put("filtered", filtered);
    // the years of which each key phrase is one: the page says so where the segmenter never cut
    // the phrase as one word (a run of terms, which keyness, trends and topics count apart)
    Map<String, java.util.SortedSet<Integer>> phrases = new TreeMap<>();
    for (Keyword k : data.keywords().list()) {
      if (!k.isPhrase()) continue;
      int y = java.util.Arrays.binarySearch(years, Integer.parseInt(k.group()));
      if (y >= 0) phrases.computeIfAbsent(k.term(), x -> new java.util.TreeSet<>()).add(y);
    }
    out.put("phrases", phrases);
    return out;
  }

  /**
   * Returns {@code text} as UTF-8, gzip-compressed at the best level (the header carries no time
   * and no name, so the same text gives the same bytes).
   */
  static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    try (GZIPOutputStream gz =
        new GZIPOutputStream(bytes, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
