package qushi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.Passage;
import qushi.analytics.text.TextOptions;

/**
 * How many occurrences of a list of expressions the prepared corpus keeps as whole tokens, under
 * the default options, with the bundled lexicon off, and with learning off as well.
 *
 * <p>The list is fixed without the segmenter: by default every run of 2 to 12 Han characters that
 * stands alone inside “…”, 「…」 or 『…』 in the cleaned text of at least two documents (the corpus's
 * own set expressions), except those written in numerals alone (the plan 九五 stands inside every
 * year 一九五八); {@code --list FILE} reads one expression per line instead. Every occurrence in a
 * passage counts, quoted or not (left to right, not overlapping). An occurrence is <em>whole</em>
 * when one token spans exactly its characters, <em>inside</em> when one longer token holds it (a
 * longer name: 国家安全部 for 国家安全; or a year, 一九五八 for the plan 九五), and split otherwise; "not split"
 * counts both, for all occurrences and for those not alone in quotation marks. Tokens are the
 * prepared corpus's own ({@link PreparedCorpus#words}), placed on the passage text in order.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.WholeTerms \
 *     [--list FILE] [--show N] CORPUS_FOLDER
 * </pre>
 */
public final class WholeTerms {
  private WholeTerms() {}

  /** Numeral characters: an expression of these alone (九五, 十四五) is left out of the list. */
  private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两";

  private static final Pattern QUOTED = Pattern.compile("[“「『](\\p{IsHan}{2,12})[”」』]");

  /** Runs the measure; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path list = null;
    int show = 15;
    Path folder = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--list" -> list = Path.of(args[++i]);
        case "--show" -> show = Integer.parseInt(args[++i]);
        default -> folder = Path.of(args[i]);
      }
    }
    if (folder == null) throw new IllegalArgumentException("usage: WholeTerms [--list F] CORPUS");
    Corpus corpus = Corpus.load(folder);
    TextOptions defaults = TextOptions.defaults();
    PreparedCorpus prepared = PreparedCorpus.of(corpus, defaults);
    Set<String> expressions = list != null ? read(list) : quoted(prepared);
    System.out.printf(
        Locale.ROOT,
        "%s: %d documents, %d expressions (%s)%n",
        folder,
        corpus.documents().size(),
        expressions.size(),
        list != null ? list : "quoted alone in >= 2 documents");
    System.out.printf(
        Locale.ROOT,
        "%-28s %8s %8s %10s %10s %10s%n",
        "options",
        "occur.",
        "whole",
        "not split",
        "unquoted:",
        "not split");
    report("defaults", prepared, expressions, show);
    report(
        "bundled lexicon off",
        PreparedCorpus.of(corpus, defaults.withBundledLexicon(false)),
        expressions,
        0);
    report(
        "lexicon off, learning off",
        PreparedCorpus.of(corpus, defaults.withBundledLexicon(false).withLearnTerms(false)),
        expressions,
        0);
  }

  private static Set<String> read(Path file) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(line.strip());
    return out;
  }

  /** Returns the expressions quoted alone in the cleaned text of at least two documents. */
  static Set<String> quoted(PreparedCorpus prepared) {
    Map<String, Integer> documents = new HashMap<>();
    for (CleanDocument d : prepared.documents()) {
      Set<String> seen = new HashSet<>();
      Matcher m = QUOTED.matcher(d.text());
      while (m.find()) seen.add(m.group(1));
      for (String s : seen) documents.merge(s, 1, Integer::sum);
    }
    Set<String> out = new TreeSet<>();
    documents.forEach(
        (s, n) -> {
          if (n >= 2 && !s.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0)) out.add(s);
        });
    return out;
  }

  private static void report(String name, PreparedCorpus p, Set<String> expressions, int show) {
    List<String> words = p.vocabularyWords();
    long all = 0, whole = 0, inside = 0, unquoted = 0, unquotedWhole = 0, unquotedInside = 0;
    Map<String, Integer> split = new TreeMap<>();
    Map<String, Integer> longer = new TreeMap<>();
    for (int i = 0; i < p.passages().size(); i++) {
      Passage passage = p.passages().get(i);
      String text = p.text(passage);
      int[] ids = p.words(i);
      int[] start = new int[ids.length];
      int[] end = new int[ids.length];
      int at = 0;
      for (int k = 0; k < ids.length; k++) {
        String w = words.get(ids[k]);
        int found = text.indexOf(w, at);
        if (found < 0) { // a word the filter folded (case): it holds no Han expression
          start[k] = end[k] = at;
          continue;
        }
        start[k] = found;
        end[k] = at = found + w.length();
      }
      for (String e : expressions) {
        for (int from = text.indexOf(e); from >= 0; from = text.indexOf(e, from + e.length())) {
          int to = from + e.length();
          int k = token(start, end, from);
          boolean isWhole = k >= 0 && start[k] == from && end[k] == to;
          boolean isInside = k >= 0 && end[k] >= to;
          boolean isQuoted =
              from > 0
                  && to < text.length()
                  && "“「『".indexOf(text.charAt(from - 1)) >= 0
                  && "”」』".indexOf(text.charAt(to)) >= 0;
          all++;
          if (isWhole) whole++;
          if (isInside) inside++;
          else split.merge(e, 1, Integer::sum);
          if (isInside && !isWhole) longer.merge(e + "⊂" + words.get(ids[k]), 1, Integer::sum);
          if (!isQuoted) {
            unquoted++;
            if (isWhole) unquotedWhole++;
            if (isInside) unquotedInside++;
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-28s %8d %7.1f%% %9.1f%% %9.1f%% %9.1f%%%n",
        name,
        all,
        100.0 * whole / all,
        100.0 * inside / all,
        100.0 * unquotedWhole / Math.max(1, unquoted),
        100.0 * unquotedInside / Math.max(1, unquoted));
    if (show > 0) {
      System.out.println(top("  most often split:", split, show));
      System.out.println(top("  most often inside a longer token:", longer, show));
    }
  }

  private static String top(String title, Map<String, Integer> counts, int n) {
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
    rows.sort((a, b) -> b.getValue() - a.getValue());
    StringBuilder sb = new StringBuilder(title);
    for (var e : rows.subList(0, Math.min(n, rows.size())))
      sb.append(' ').append(e.getKey()).append(' ').append(e.getValue());
    return sb.toString();
  }

  /** Returns the token that holds character {@code at}, or -1 if none does. */
  private static int token(int[] start, int[] end, int at) {
    int lo = 0, hi = start.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= at) lo = mid + 1;
      else if (start[mid] > at) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}
