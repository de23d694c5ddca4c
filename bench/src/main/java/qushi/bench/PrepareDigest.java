package qushi.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.Passage;

/**
 * Prints a digest of everything preparation makes of each given corpus folder — the cleaned texts,
 * the boilerplate, the passages, every passage's words and term sequence, and the learned terms
 * with their scores and counts — so that a change meant only to make preparation faster can be
 * checked to leave its output the same, byte for byte.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) qushi.bench.PrepareDigest \
 *     seeds /work/corpora/gwr
 * </pre>
 */
public final class PrepareDigest {
  private PrepareDigest() {}

  /** Prints one line per folder: the digest of its prepared corpus and a few sizes. */
  public static void main(String[] args) throws Exception {
    for (String folder : args) {
      PreparedCorpus p = PreparedCorpus.of(Corpus.load(Path.of(folder)));
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      p.documents().forEach(d -> add(md, d.id() + "\n" + d.text()));
      p.boilerplate().forEach(b -> add(md, b.toString()));
      p.copies().forEach(c -> add(md, c.toString()));
      List<String> words = p.vocabularyWords();
      for (Passage s : p.passages()) {
        add(md, s.toString());
        StringBuilder sb = new StringBuilder();
        for (int w : p.words(s.index())) sb.append(words.get(w)).append(' ');
        sb.append('|');
        for (int w : p.sequence(s.index())) sb.append(w).append(' ');
        add(md, sb.toString());
      }
      p.learnedTerms().forEach(t -> add(md, t.toString()));
      System.out.printf(
          "%s %s passages=%d words=%d learned=%d%n",
          HexFormat.of().formatHex(md.digest()).substring(0, 16),
          folder,
          p.passages().size(),
          words.size(),
          p.learnedTerms().size());
    }
  }

  private static void add(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }
}
