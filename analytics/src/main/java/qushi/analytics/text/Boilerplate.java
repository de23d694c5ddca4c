package qushi.analytics.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Paragraphs repeated at the start or end of several documents of a corpus — licence footers,
 * mastheads, salutations, page furniture — found across the corpus and dropped from every document
 * before it is cut into sections. Immutable.
 *
 * <p>The <b>edges</b> of a cleaned document are its first and last {@value #WINDOW} paragraphs. A
 * paragraph's <b>key</b> is its text with whitespace removed and every run of digits written as
 * {@code 0}, so a masthead that differs only in its date or page number ("（《新闻联播》 20230101 19:00）")
 * has one key. A key is <b>boilerplate</b> when it occurs at an edge of at least {@value
 * #MIN_DOCUMENTS} documents (each document counted once). A document loses the run of boilerplate
 * paragraphs that begins with its first paragraph and the run that ends with its last: furniture
 * sits at the edge, so a boilerplate paragraph after a paragraph of text is kept (a news headline
 * repeated in the headline lists of three programmes is text, not furniture), as is the same
 * paragraph in the middle of a document, and so is a heading ({@link Headings}: "一、过去五年工作回顾", "结束语"
 * before its text), which repeats across the reports of a series as a title, not as furniture. A
 * corpus of fewer than {@value #MIN_DOCUMENTS} documents has no boilerplate.
 *
 * <p>Paragraphs are the lines of the cleaned text ({@link Normalizer}), so detection runs on text
 * whose wrapping has already been repaired and whose running headers within a document are gone.
 */
public final class Boilerplate implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Paragraphs at each edge of a document in which boilerplate is looked for. */
  public static final int WINDOW = 8;

  /** Fewest documents whose edges must share a paragraph for it to be boilerplate. */
  public static final int MIN_DOCUMENTS = 3;

  /**
   * One paragraph found to be boilerplate.
   *
   * @param text the paragraph as it stands in the first document that has it (corpus order)
   * @param documents documents from whose edges it was dropped
   * @param occurrences times it was dropped in all
   * @param position where it stood: {@code start}, {@code end} or {@code start+end}
   */
  public record Paragraph(String text, int documents, int occurrences, String position)
      implements java.io.Serializable {}

  private static final Boilerplate NONE = new Boilerplate(Set.of(), List.of());

  private final Set<String> keys;
  private final List<Paragraph> paragraphs;

  private Boilerplate(Set<String> keys, List<Paragraph> paragraphs) {
    this.keys = Set.copyOf(keys);
    this.paragraphs = List.copyOf(paragraphs);
  }

  /** Returns the detector that finds nothing (boilerplate left in). */
  public static Boilerplate none() {
    return NONE;
  }

  /** Returns the boilerplate of a corpus given as the cleaned texts of its documents, in order. */
  public static Boilerplate detect(List<String> cleanedTexts) {
    if (cleanedTexts.size() < MIN_DOCUMENTS) return NONE;
    Map<String, Integer> documents = new HashMap<>();
    for (String text : cleanedTexts) {
      Set<String> seen = new HashSet<>();
      List<String> paras = Splitter.paragraphs(text).stream().map(s -> slice(text, s)).toList();
      for (int i = 0; i < paras.size(); i++) {
        if (atEdge(i, paras.size()) && !heading(paras, i)) {
          String key = key(paras.get(i));
          if (!key.isEmpty() && seen.add(key)) documents.merge(key, 1, Integer::sum);
        }
      }
    }
    Set<String> keys = new HashSet<>();
    documents.forEach(
        (k, n) -> {
          if (n >= MIN_DOCUMENTS) keys.add(k);
        });
    if (keys.isEmpty()) return NONE;
    Boilerplate found = new Boilerplate(keys, List.of());
    // what was dropped, for the record: first wording, documents, occurrences, positions
    Map<String, String> first = new HashMap<>();
    Map<String, int[]> tally = new TreeMap<>(); // key -> {documents, occurrences, start, end}
    List<String> order = new ArrayList<>();
    for (String text : cleanedTexts) {
      Set<String> seen = new HashSet<>();
      List<String> paras = Splitter.paragraphs(text).stream().map(s -> slice(text, s)).toList();
      boolean[] drop = found.dropped(paras);
      for (int i = 0; i < paras.size(); i++) {
        if (!drop[i]) continue;
        String key = key(paras.get(i));
        if (first.putIfAbsent(key, paras.get(i).strip()) == null) order.add(key);
        int[] t = tally.computeIfAbsent(key, k -> new int[4]);
        if (seen.add(key)) t[0]++;
        t[1]++;
        t[i < paras.size() / 2 ? 2 : 3] = 1;
      }
    }
    List<Paragraph> out = new ArrayList<>();
    for (String key : order) {
      int[] t = tally.get(key);
      String position = t[2] == 1 && t[3] == 1 ? "start+end" : t[2] == 1 ? "start" : "end";
      out.add(new Paragraph(first.get(key), t[0], t[1], position));
    }
    return new Boilerplate(keys, out);
  }

  /**
   * Returns the cleaned text without its boilerplate paragraphs at the edges, paragraphs still
   * separated by single line breaks.
   */
  public String strip(String cleanedText) {
    if (keys.isEmpty()) return cleanedText;
    List<String> paras =
        Splitter.paragraphs(cleanedText).stream().map(s -> slice(cleanedText, s)).toList();
    boolean[] drop = dropped(paras);
    StringBuilder out = new StringBuilder(cleanedText.length());
    for (int i = 0; i < paras.size(); i++) {
      String para = paras.get(i);
      if (drop[i]) continue;
      if (para.isBlank()) continue;
      if (!out.isEmpty()) out.append('\n');
      out.append(para);
    }
    return out.toString();
  }

  /** Returns the paragraphs found to be boilerplate, in order of first appearance. */
  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /** Returns whether nothing was found. */
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** Returns the key of a paragraph: no whitespace, each run of digits as one {@code 0}. */
  static String key(String paragraph) {
    return paragraph.replaceAll("\\s+", "").replaceAll("\\d+", "0");
  }

  /**
   * Returns which paragraphs are dropped: the run of boilerplate paragraphs that starts at the
   * first paragraph, and the run that ends at the last, each as long as every paragraph in it is
   * boilerplate and no heading.
   */
  private boolean[] dropped(List<String> paras) {
    boolean[] drop = new boolean[paras.size()];
    for (int i = 0; i < paras.size() && isBoilerplate(paras, i); i++) drop[i] = true;
    for (int i = paras.size() - 1; i >= 0 && !drop[i] && isBoilerplate(paras, i); i--) {
      drop[i] = true;
    }
    return drop;
  }

  private boolean isBoilerplate(List<String> paras, int i) {
    return keys.contains(key(paras.get(i))) && !heading(paras, i);
  }

  /** Returns whether paragraph i is a heading (numbered, or a title line before body text). */
  private static boolean heading(List<String> paras, int i) {
    return Headings.looksLikeHeading(paras.get(i), i + 1 < paras.size() ? paras.get(i + 1) : "");
  }

  private static boolean atEdge(int i, int n) {
    return i < WINDOW || i >= n - WINDOW;
  }

  private static String slice(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Boilerplate[" + paragraphs.size() + " paragraphs]";
  }
}
