package qushi.analytics.core;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The text search behind {@code count}, {@code kwic} and the report's search box: non-overlapping
 * occurrences of a query in a text, left to right, whole at their Latin edges. A query that starts
 * with a Latin letter or a digit does not match right after another one, and a query that ends with
 * one does not match right before another one: "AI" is not found in OpenAI, AIGC or again, "5G" not
 * in 15G, "GPT" not in ChatGPT, while 人工智能, AI芯片 and "AI" in "AI赋能" match wherever they stand.
 * Chinese has no spaces between words, so a Chinese edge matches anywhere.
 *
 * <p>The Latin letters and digits are 0–9, A–Z, a–z and U+00C0–U+024F but × and ÷; the page's
 * search uses the same set.
 */
public final class TextSearch {
  private TextSearch() {}

  /**
   * Returns the start of the first occurrence of {@code query} in {@code text} at or after {@code
   * from} that is whole at its Latin edges, or -1 (also for an empty query).
   */
  public static int find(String text, String query, int from) {
    Objects.requireNonNull(query, "query");
    if (query.isEmpty()) return -1;
    boolean head = isLatin(query.charAt(0));
    boolean tail = isLatin(query.charAt(query.length() - 1));
    for (int i = text.indexOf(query, from); i >= 0; i = text.indexOf(query, i + 1)) {
      if (head && i > 0 && isLatin(text.charAt(i - 1))) continue;
      int end = i + query.length();
      if (tail && end < text.length() && isLatin(text.charAt(end))) continue;
      return i;
    }
    return -1;
  }

  /** Returns the number of non-overlapping occurrences of {@code query} in {@code text}. */
  public static int occurrences(String text, String query) {
    int n = 0;
    for (int i = find(text, query, 0); i >= 0; i = find(text, query, i + query.length())) n++;
    return n;
  }

  /**
   * Returns, for each of {@code queries} in its order, its occurrences in all of {@code texts} as
   * {@link #occurrences(String, String)} counts them (non-overlapping, left to right, whole at
   * their Latin edges), all queries in one pass over each text (an Aho–Corasick automaton,
   * HanLP's), the texts in parallel: for many queries at once, such as every term learned from a
   * corpus. An empty query has none.
   */
  public static long[] occurrences(List<String> texts, List<String> queries) {
    TreeMap<String, Integer> keys = new TreeMap<>();
    for (String q : queries) if (!q.isEmpty()) keys.putIfAbsent(q, keys.size());
    long[] out = new long[queries.size()];
    if (keys.isEmpty() || texts.isEmpty()) return out;
    AhoCorasickDoubleArrayTrie<Integer> automaton = new AhoCorasickDoubleArrayTrie<>(keys);
    boolean[] head = new boolean[keys.size()];
    boolean[] tail = new boolean[keys.size()];
    keys.forEach(
        (q, k) -> {
          head[k] = isLatin(q.charAt(0));
          tail[k] = isLatin(q.charAt(q.length() - 1));
        });
    long[] found =
        IntStream.range(0, texts.size())
            .parallel()
            .collect(
                () -> new Scan(keys.size()),
                (scan, t) -> scan.text(automaton, texts.get(t), t, head, tail),
                Scan::add)
            .counts;
    for (int i = 0; i < out.length; i++) {
      Integer k = keys.get(queries.get(i));
      if (k != null) out[i] = found[k];
    }
    return out;
  }

  /** One thread's counts, with where the last occurrence of each query it counted ends. */
  private static final class Scan {
    final long[] counts;
    final int[] lastText;
    final int[] lastEnd;

    Scan(int keys) {
      counts = new long[keys];
      lastText = new int[keys];
      lastEnd = new int[keys];
      Arrays.fill(lastText, -1);
    }

    void text(
        AhoCorasickDoubleArrayTrie<Integer> automaton,
        String text,
        int t,
        boolean[] head,
        boolean[] tail) {
      // the hits of one query come in the order of their ends, so in the order of their starts
      automaton.parseText(
          text,
          (begin, end, k) -> {
            if (head[k] && begin > 0 && isLatin(text.charAt(begin - 1))) return;
            if (tail[k] && end < text.length() && isLatin(text.charAt(end))) return;
            if (lastText[k] == t && begin < lastEnd[k]) return;
            counts[k]++;
            lastText[k] = t;
            lastEnd[k] = end;
          });
    }

    void add(Scan other) {
      for (int k = 0; k < counts.length; k++) counts[k] += other.counts[k];
    }
  }

  /**
   * Adds to {@code into} the Latin strings of {@code text} that hold {@code query} where {@link
   * #find} does not find it, a Latin letter or digit beside one of its Latin edges (OpenAI and AIGC
   * for "AI", WWDC21 for "WWDC"), each with the times it does; none when the query has no Latin
   * edge. Such a string is the run of Latin letters and digits around the query, counted once
   * however often the query stands in it.
   */
  public static void enclosing(String text, String query, Map<String, Integer> into) {
    if (query.isEmpty()) return;
    boolean head = isLatin(query.charAt(0));
    boolean tail = isLatin(query.charAt(query.length() - 1));
    if (!head && !tail) return;
    int after = 0; // the end of the last string counted
    for (int i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + 1)) {
      int end = i + query.length();
      boolean joinedBefore = head && i > 0 && isLatin(text.charAt(i - 1));
      boolean joinedAfter = tail && end < text.length() && isLatin(text.charAt(end));
      if (i < after || !(joinedBefore || joinedAfter)) continue;
      int s = i;
      while (s > 0 && isLatin(text.charAt(s - 1))) s--;
      int e = end;
      while (e < text.length() && isLatin(text.charAt(e))) e++;
      into.merge(text.substring(s, e), 1, Integer::sum);
      after = e;
    }
  }

  /**
   * Adds to {@code into} the spellings of {@code query} in {@code text} in other letter case that
   * {@link #find} would find if typed so (PostScript and POSTSCRIPT for "postscript"), each with
   * the times it occurs; none when the query has no Latin letter.
   */
  public static void otherCase(String text, String query, Map<String, Integer> into) {
    otherCase(List.of(text), query, into);
  }

  /**
   * Adds the spellings in other letter case of {@code query} in each of {@code texts}, the same.
   */
  public static void otherCase(Iterable<String> texts, String query, Map<String, Integer> into) {
    if (query.chars().noneMatch(c -> Character.isLetter(c) && isLatin((char) c))) return;
    Pattern anyCase =
        Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (String text : texts) otherCase(text, query, anyCase.matcher(text), into);
  }

  private static void otherCase(String text, String query, Matcher m, Map<String, Integer> into) {
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      String form = m.group();
      if (!form.equals(query) && find(text, form, m.start()) == m.start()) {
        into.merge(form, 1, Integer::sum);
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
  }

  /** Returns whether {@code c} is a Latin letter or a digit (see the class comment). */
  public static boolean isLatin(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
  }
}
