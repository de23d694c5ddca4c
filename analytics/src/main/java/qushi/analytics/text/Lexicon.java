package qushi.analytics.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Resources;
import qushi.analytics.internal.TextFiles;

/**
 * A list of domain terms the segmenter must keep whole, each with a part-of-speech tag and a
 * frequency (HanLP's custom-dictionary line format {@code term [nature [frequency]]}; {@code #}
 * starts a comment). The bundled lexicon covers current policy, economic, science-and-technology
 * and governance vocabulary: a hand-made part ({@value #BUNDLED}) and a part selected from free
 * dictionaries ({@value #BUNDLED_SOURCES}, sources and licences in its header and in {@code
 * /qushi/lexicon-NOTICE.txt}); users add their own files with {@link #with(Path)}.
 *
 * @param entries the terms, first definition wins, in load order
 */
public record Lexicon(List<Entry> entries) {
  /** Resource path of the bundled lexicon, part 1: written by hand. */
  public static final String BUNDLED = "/qushi/lexicon.txt";

  /**
   * Resource path of the bundled lexicon, part 2: selected from free dictionaries (jieba, HanLP,
   * CC-CEDICT, jcseg) and screened by hand; its header names the sources and their licences.
   */
  public static final String BUNDLED_SOURCES = "/qushi/policy-lexicon.txt";

  /** Nature given to entries that name none: {@code nz}, a proper or technical noun. */
  public static final String DEFAULT_NATURE = "nz";

  /** Frequency given to entries that name none; high so that Viterbi prefers the whole term. */
  public static final int DEFAULT_FREQUENCY = 1000;

  /**
   * One lexicon term.
   *
   * @param term the term, no whitespace
   * @param nature HanLP part-of-speech tag
   * @param frequency dictionary frequency (≥ 1)
   */
  public record Entry(String term, String nature, int frequency) {}

  /** Copies the entries. */
  public Lexicon {
    entries = List.copyOf(entries);
  }

  /** Returns the empty lexicon. */
  public static Lexicon empty() {
    return new Lexicon(List.of());
  }

  /** Returns the bundled lexicon: part 1, then part 2. */
  public static Lexicon bundled() {
    List<Entry> all = new ArrayList<>(parse(Resources.text(BUNDLED), BUNDLED, null));
    all.addAll(parse(Resources.text(BUNDLED_SOURCES), BUNDLED_SOURCES, null));
    return new Lexicon(dedupe(all));
  }

  /**
   * Returns this lexicon plus the terms of a user file (same format); terms already present keep
   * their first definition.
   *
   * @throws BadInputException if the file is missing, unreadable or has a malformed line
   */
  public Lexicon with(Path file) {
    TextFiles.requireFile(file, "lexicon file");
    return with(new Lexicon(parse(TextFiles.read(file), file.toString(), file)));
  }

  /**
   * Returns this lexicon plus the terms of {@code other}; terms already present keep their first
   * definition.
   */
  public Lexicon with(Lexicon other) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new Lexicon(dedupe(all));
  }

  /** Returns this lexicon plus {@code terms} (nature {@value #DEFAULT_NATURE}). */
  public Lexicon with(String... terms) {
    List<Entry> all = new ArrayList<>(entries);
    for (String t : terms) all.add(new Entry(t.strip(), DEFAULT_NATURE, DEFAULT_FREQUENCY));
    return new Lexicon(dedupe(all));
  }

  /** Returns true if {@code term} is in the lexicon. */
  public boolean contains(String term) {
    return entries.stream().anyMatch(e -> e.term().equals(term));
  }

  /** Returns the number of terms. */
  public int size() {
    return entries.size();
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Lexicon[" + entries.size() + " terms]";
  }

  private static List<Entry> parse(String text, String name, Path file) {
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] parts = qushi.analytics.internal.TextFiles.unescaped(line).split("\\s+");
      if (parts.length > 3) {
        String problem =
            "line " + (i + 1) + ": expected 'term [nature [frequency]]', found '" + line + "'";
        throw file != null
            ? new BadInputException(file, problem)
            : new IllegalStateException(name + ": " + problem);
      }
      int freq = DEFAULT_FREQUENCY;
      if (parts.length == 3) {
        try {
          freq = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
          String problem = "line " + (i + 1) + ": frequency '" + parts[2] + "' is not a number";
          throw file != null
              ? new BadInputException(file, problem)
              : new IllegalStateException(name + ": " + problem);
        }
      }
      out.add(
          new Entry(parts[0], parts.length >= 2 ? parts[1] : DEFAULT_NATURE, Math.max(1, freq)));
    }
    return dedupe(out);
  }

  private static List<Entry> dedupe(List<Entry> entries) {
    Map<String, Entry> seen = new LinkedHashMap<>();
    for (Entry e : entries) seen.putIfAbsent(e.term(), e);
    return new ArrayList<>(seen.values());
  }
}
