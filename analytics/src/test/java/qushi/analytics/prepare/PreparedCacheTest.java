package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.core.Progress;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.text.TextOptions;
import qushi.analytics.text.TextPipeline;

class PreparedCacheTest {
  @TempDir Path dir;

  private static final String FOOTER = "本文来源于公开资料，仅供研究使用，转载请注明出处。";

  /**
   * Writes a corpus of four documents over two years: each a numbered heading, sentences in which
   * 财经纪律 (split by the segmenter, in no lexicon) recurs and is learned, and the same footer.
   */
  private Path corpus() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("corpus"));
    StringBuilder manifest = new StringBuilder("id,file,year\n");
    String[] subjects = {"国务院", "各地", "有关部门", "地方政府"};
    String[] objects = {"稳定就业", "扩大投资", "促进消费", "保障民生", "防范风险"};
    for (int d = 0; d < 4; d++) {
      StringBuilder t = new StringBuilder("一、总体要求\n\n");
      for (int i = 0; i < 20; i++) {
        t.append(subjects[(d + i) % 4]).append("加强财经纪律，").append(objects[i % 5]).append("。\n");
      }
      t.append("\n").append(FOOTER).append("\n");
      Files.writeString(folder.resolve("d" + d + ".txt"), t);
      manifest.append("d").append(d).append(",d").append(d).append(".txt,").append(2023 + d / 2);
      manifest.append('\n');
    }
    Files.writeString(folder.resolve("corpus.csv"), manifest);
    return folder;
  }

  /** Progress that records the names of the stages started. */
  private static Progress recording(List<String> stages) {
    return (name, total) -> {
      stages.add(name);
      return Progress.Stage.NONE;
    };
  }

  private static TextPipeline pipeline() {
    return TextPipeline.of(TextOptions.defaults());
  }

  /** Asserts that two prepared corpora hold the same values, part by part. */
  private static void assertSameCorpus(PreparedCorpus expected, PreparedCorpus actual) {
    assertEquals(expected.documents().size(), actual.documents().size());
    for (int d = 0; d < expected.documents().size(); d++) {
      CleanDocument e = expected.documents().get(d);
      CleanDocument a = actual.documents().get(d);
      assertEquals(e.text(), a.text());
      assertEquals(e.sections(), a.sections());
      assertEquals(e.bytes(), a.bytes());
      assertEquals(e.sha256(), a.sha256());
      assertEquals(e.boilerplate(), a.boilerplate());
      assertEquals(e.document(), a.document());
    }
    assertEquals(expected.passages(), actual.passages());
    assertArrayEquals(expected.vocabulary().terms(), actual.vocabulary().terms());
    assertArrayEquals(expected.tokenStarts(), actual.tokenStarts());
    assertArrayEquals(expected.tokenIds(), actual.tokenIds());
    assertArrayEquals(expected.tokenFlags(), actual.tokenFlags());
    assertEquals(expected.learnedTerms(), actual.learnedTerms());
    assertEquals(expected.boilerplate(), actual.boilerplate());
    assertEquals(expected.stats(), actual.stats());
    assertEquals(expected.count("财经纪律", "纪律"), actual.count("财经纪律", "纪律"));
  }

  private List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.toString().endsWith(PreparedCache.EXTENSION)).sorted().toList();
    }
  }

  @Test
  void theSecondOpeningIsReadFromTheCacheAndEqualsPreparation() throws IOException {
    Path folder = corpus();
    Path cache = dir.resolve("cache");
    PreparedCorpus fresh = PreparedCorpus.of(Corpus.load(folder), pipeline(), Progress.NONE);
    // the corpus is one a user would look at: terms learned, a footer dropped, sections found
    assertTrue(fresh.learnedTerms().stream().anyMatch(t -> t.term().equals("财经纪律")));
    assertEquals(FOOTER, fresh.boilerplate().get(0).text());
    assertEquals("一、总体要求", fresh.documents().get(0).sections().get(0).title());

    List<String> first = new ArrayList<>();
    PreparedCorpus stored =
        PreparedCache.in(cache).prepare(Corpus.load(folder), pipeline(), recording(first));
    assertTrue(first.contains("segmenting"), first.toString());
    assertTrue(first.contains("storing the prepared corpus in the cache"), first.toString());
    assertEquals(1, entries(cache).size());
    assertSameCorpus(fresh, stored);

    List<String> second = new ArrayList<>();
    PreparedCorpus read =
        PreparedCache.in(cache).prepare(Corpus.load(folder), pipeline(), recording(second));
    assertEquals(List.of("reading the prepared corpus from the cache"), second);
    assertSameCorpus(fresh, read);
    assertEquals(1, entries(cache).size());
  }

  @Test
  void aChangedFileOrOptionIsPreparedAgain() throws IOException {
    Path folder = corpus();
    Path cache = dir.resolve("cache");
    PreparedCache.in(cache).prepare(Corpus.load(folder), pipeline(), Progress.NONE);
    // one character more in one file: a new entry, and the new text is what is counted
    Files.writeString(
        folder.resolve("d3.txt"), "国务院加强财经纪律。\n", java.nio.file.StandardOpenOption.APPEND);
    List<String> stages = new ArrayList<>();
    PreparedCorpus changed =
        PreparedCache.in(cache).prepare(Corpus.load(folder), pipeline(), recording(stages));
    assertTrue(stages.contains("segmenting"), stages.toString());
    assertEquals(2, entries(cache).size());
    assertSameCorpus(PreparedCorpus.of(Corpus.load(folder), pipeline(), Progress.NONE), changed);
    assertEquals(81, changed.count("财经纪律").stream().mapToInt(TermCount::count).sum());

    // other text options: another entry, and terms are not learned
    TextPipeline unlearned = TextPipeline.of(TextOptions.defaults().withLearnTerms(false));
    PreparedCorpus plain =
        PreparedCache.in(cache).prepare(Corpus.load(folder), unlearned, Progress.NONE);
    assertTrue(plain.learnedTerms().isEmpty());
    assertEquals(3, entries(cache).size());
    assertSameCorpus(
        plain, PreparedCache.in(cache).prepare(Corpus.load(folder), unlearned, Progress.NONE));

    // a lexicon file of a term the bundled lexicon holds too: the lexicon's entries are the same,
    // but the term is now the user's, never merged into a longer one: another entry
    Path own = Files.writeString(dir.resolve("own.txt"), "风险投资\n");
    TextPipeline mine = TextPipeline.of(TextOptions.defaults().withLexicon(own));
    assertEquals(pipeline().lexicon().entries(), mine.lexicon().entries());
    PreparedCorpus frozen =
        PreparedCache.in(cache).prepare(Corpus.load(folder), mine, Progress.NONE);
    assertEquals(4, entries(cache).size());
    assertSameCorpus(PreparedCorpus.of(Corpus.load(folder), mine, Progress.NONE), frozen);
  }

  @Test
  void aDamagedEntryIsPreparedAgainAndReplaced() throws IOException {
    assertDamagedEntryIsPreparedAgain(bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 2));
  }

  @Test
  void anEntryWithADamagedCountIsPreparedAgain() throws IOException {
    // the count of documents, after the magic line and the key, made two thousand million
    assertDamagedEntryIsPreparedAgain(
        bytes -> {
          byte[] damaged = bytes.clone();
          damaged[countOfDocuments(bytes)] = 0x77;
          return damaged;
        });
  }

  /**
   * Stores the corpus, damages its entry with {@code damage}, and asserts that the next opening
   * prepares it again, equal to the first, and replaces the entry.
   */
  private void assertDamagedEntryIsPreparedAgain(java.util.function.UnaryOperator<byte[]> damage)
      throws IOException {
    Path folder = corpus();
    Path cache = dir.resolve("cache");
    PreparedCorpus fresh =
        PreparedCache.in(cache).prepare(Corpus.load(folder), pipeline(), Progress.NONE);
    Path entry = entries(cache).get(0);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, damage.apply(bytes));
    List<String> stages = new ArrayList<>();
    PreparedCorpus again =
        PreparedCache.in(cache).prepare(Corpus.load(folder), pipeline(), recording(stages));
    assertTrue(stages.contains("segmenting"), stages.toString());
    assertSameCorpus(fresh, again);
    assertArrayEquals(bytes, Files.readAllBytes(entry));
  }

  /** Returns where an entry's count of documents starts: after the magic line and the key. */
  private static int countOfDocuments(byte[] entry) {
    int magic =
        "qushi prepared corpus 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    int key = ((entry[magic] & 0xFF) << 8) | (entry[magic + 1] & 0xFF);
    return magic + 2 + key;
  }

  @Test
  void aFolderThatCannotBeWrittenLeavesTheCorpusPrepared() throws IOException {
    Path folder = corpus();
    Path notAFolder = Files.writeString(dir.resolve("cache"), "a file, not a folder");
    PreparedCorpus p =
        PreparedCache.in(notAFolder).prepare(Corpus.load(folder), pipeline(), Progress.NONE);
    assertSameCorpus(PreparedCorpus.of(Corpus.load(folder), pipeline(), Progress.NONE), p);
    assertEquals("a file, not a folder", Files.readString(notAFolder));
  }

  @Test
  void onlyTheEntriesUsedLastAreKept() throws IOException {
    Path cache = dir.resolve("cache");
    List<Path> made = new ArrayList<>();
    for (int i = 0; i <= PreparedCache.KEEP; i++) {
      Corpus c = Corpus.ofTexts(2023, "第" + i + "份文件谈财经纪律。", 2024, "财经纪律再谈。");
      PreparedCache.in(cache).prepare(c, pipeline(), Progress.NONE);
      List<Path> now = new ArrayList<>(entries(cache));
      now.removeAll(made);
      assertEquals(1, now.size(), "one new entry per corpus");
      made.add(now.get(0));
      // distinct modification times, so the order of use is unambiguous
      Files.setLastModifiedTime(
          now.get(0), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    List<Path> kept = entries(cache);
    assertEquals(PreparedCache.KEEP, kept.size());
    assertFalse(kept.contains(made.get(0)), "the entry used first is deleted");
    List<Path> expected = new ArrayList<>(made.subList(1, made.size()));
    Collections.sort(expected);
    assertEquals(expected, kept);
  }
}
