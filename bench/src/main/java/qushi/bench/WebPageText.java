package qushi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;

/**
 * How much of a web page's article the extraction of {@code .html} files keeps, and how much else
 * it takes, against reference texts a person cut out of the same pages ({@code
 * bench/corpora/web.sh}).
 *
 * <p>Both texts are compared as multisets of Han characters (a character counts as often as it
 * stands): recall = shared / reference, precision = shared / extracted, per page, then averaged
 * over the pages. A page the reader rejects has recall and precision 0. Han characters only, so
 * that layout, spacing, Latin navigation words and punctuation do not count either way.
 *
 * <pre>
 * bench/corpora/web.sh /tmp/web
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.WebPageText /tmp/web
 * </pre>
 */
public final class WebPageText {
  private WebPageText() {}

  /** Runs the measurement; argument: the folder web.sh wrote. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/web");
    Corpus corpus = Corpus.load(folder);
    double recall = 0;
    double precision = 0;
    int rejected = 0;
    int poor = 0;
    List<String> rows = new ArrayList<>();
    for (Document d : corpus.documents()) {
      Map<Integer, Integer> reference =
          han(
              new String(
                  Files.readAllBytes(folder.resolve(d.id() + ".ref.txt")), StandardCharsets.UTF_8));
      Map<Integer, Integer> extracted;
      try {
        extracted = han(d.read().text());
      } catch (BadInputException e) {
        rejected++;
        extracted = Map.of();
      }
      long shared = 0;
      for (Map.Entry<Integer, Integer> e : reference.entrySet()) {
        shared += Math.min(e.getValue(), extracted.getOrDefault(e.getKey(), 0));
      }
      double r = shared / (double) Math.max(1, total(reference));
      double p = shared / (double) Math.max(1, total(extracted));
      recall += r;
      precision += p;
      if (r < 0.5) poor++;
      rows.add(String.format(Locale.ROOT, "%-40s %6.2f %9.2f", d.id(), r, p));
    }
    int n = corpus.documents().size();
    System.out.printf(Locale.ROOT, "%-40s %6s %9s%n", "page", "recall", "precision");
    rows.forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "%d pages: mean recall %.3f, mean precision %.3f; %d with recall below 0.5, %d rejected%n",
        n,
        recall / n,
        precision / n,
        poor,
        rejected);
  }

  private static Map<Integer, Integer> han(String text) {
    Map<Integer, Integer> out = new HashMap<>();
    text.codePoints()
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .forEach(c -> out.merge(c, 1, Integer::sum));
    return out;
  }

  private static long total(Map<Integer, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) n += c;
    return n;
  }
}
