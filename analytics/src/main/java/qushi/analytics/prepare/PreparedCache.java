package qushi.analytics.prepare;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import qushi.analytics.core.Progress;
import qushi.analytics.core.Versions;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.corpus.RawText;
import qushi.analytics.internal.Vocabulary;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.LearnedTerms;
import qushi.analytics.text.Lexicon;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Section;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextPipeline;

/**
 * A folder of prepared corpora, so that a corpus is cleaned, segmented and its terms learned once,
 * not again by every command that opens it.
 *
 * <p>An entry is found by a key that is the SHA-256 of everything preparation depends on: the bytes
 * of every document's file (or its text, when held in memory), each document's id, file, year,
 * title, source and manifest columns in corpus order, the text options, the lexicon's entries, the
 * terms of the user's lexicon files (a term the bundled lexicon holds too changes no entry, but is
 * never merged into a longer one), the stopwords and not-a-term strings in force, and qushi's own
 * code (the bytes of the jar or class folder it runs from) and library versions. Change any of them
 * and the key changes: the entry is not used, the corpus is prepared again and stored under the new
 * key. A prepared corpus read from the cache equals the one preparation makes, value for value, so
 * every output is byte-identical with and without it.
 *
 * <p>An entry is written to a temporary file and moved into place, so a reader never sees half an
 * entry; one that cannot be read (damaged, another format) is prepared again and replaced. The
 * {@value #KEEP} entries used last are kept; older ones are deleted. A folder that cannot be
 * written leaves the corpus prepared and uncached.
 */
public final class PreparedCache {
  /** The number of entries kept, the most recently used. */
  public static final int KEEP = 8;

  /** The extension of an entry. */
  static final String EXTENSION = ".prepared";

  private static final byte[] MAGIC = "qushi prepared corpus 1\n".getBytes(StandardCharsets.UTF_8);
  private static volatile String code;

  private final Path folder;

  private PreparedCache(Path folder) {
    this.folder = folder;
  }

  /** Returns the cache in {@code folder} (made when the first entry is written). */
  public static PreparedCache in(Path folder) {
    return new PreparedCache(folder);
  }

  /**
   * Returns the default folder: the system property {@code qushi.cache} when set, else the
   * environment's {@code QUSHI_CACHE}, else {@code qushi} in {@code XDG_CACHE_HOME}, else {@code
   * ~/.cache/qushi}.
   */
  public static Path defaultFolder() {
    String property = System.getProperty("qushi.cache");
    if (property != null && !property.isBlank()) return Path.of(property);
    String own = System.getenv("QUSHI_CACHE");
    if (own != null && !own.isBlank()) return Path.of(own);
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "qushi");
    return Path.of(System.getProperty("user.home"), ".cache", "qushi");
  }

  /** Returns the folder. */
  public Path folder() {
    return folder;
  }

  /**
   * Returns {@code corpus} prepared by {@code text}: read from this cache when it holds the entry,
   * else prepared ({@link PreparedCorpus#of(Corpus, TextPipeline, Progress)}) and stored.
   *
   * @throws qushi.analytics.core.BadInputException as preparation does
   */
  @SuppressWarnings("try") // a stage that reports only its start and end
  public PreparedCorpus prepare(Corpus corpus, TextPipeline text, Progress progress) {
    String key = key(corpus, text);
    if (key == null) return PreparedCorpus.of(corpus, text, progress);
    Path entry = folder.resolve(key + EXTENSION);
    if (Files.isRegularFile(entry)) {
      PreparedCorpus read = null;
      try (Progress.Stage stage = progress.start("reading the prepared corpus from the cache", 0)) {
        read = read(entry, key, corpus, text);
      } catch (IOException | RuntimeException damaged) {
        // an entry that cannot be read is prepared again and replaced below
      }
      if (read != null) {
        used(entry);
        return read;
      }
    }
    PreparedCorpus prepared = PreparedCorpus.of(corpus, text, progress);
    try (Progress.Stage stage = progress.start("storing the prepared corpus in the cache", 0)) {
      write(prepared, key, entry);
      prune();
    } catch (IOException | UncheckedIOException unwritable) {
      // a cache that cannot be written leaves the corpus prepared, uncached
    }
    return prepared;
  }

  /**
   * Returns the key of {@code corpus} prepared by {@code text}, or null when a document's text
   * cannot be read here (preparation then reports it, or it lives elsewhere).
   */
  static String key(Corpus corpus, TextPipeline text) {
    MessageDigest digest = sha256();
    try (DataOutputStream out =
        new DataOutputStream(
            new OutputStream() {
              @Override
              public void write(int b) {
                digest.update((byte) b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                digest.update(b, off, len);
              }
            })) {
      out.write(MAGIC);
      out.writeUTF(code());
      out.writeUTF(Versions.qushi() + "; " + Versions.libraries() + "; " + readers());
      var o = text.options();
      out.writeUTF(
          o.bundledLexicon()
              + " "
              + o.traditionalToSimplified()
              + " "
              + o.posTags()
              + " "
              + o.dropBoilerplate()
              + " "
              + o.learnTerms()
              + " "
              + o.keepCode()
              + " "
              + o.keepCopies());
      List<Lexicon.Entry> entries = text.lexicon().entries();
      out.writeInt(entries.size());
      for (Lexicon.Entry e : entries) {
        string(out, e.term());
        string(out, e.nature());
        out.writeInt(e.frequency());
      }
      // the user's lexicon terms, which are never merged: one the bundled lexicon also holds
      // leaves the entries as they were
      strings(out, new TreeSet<>(text.lexiconTerms()));
      strings(out, new TreeSet<>(text.filter().stopwords()));
      strings(out, new TreeSet<>(text.notTerms()));
      out.writeInt(corpus.documents().size());
      for (Document d : corpus.documents()) {
        string(out, d.id());
        string(out, d.file());
        out.writeInt(d.year());
        string(out, d.title());
        string(out, d.source());
        Map<String, String> columns = new TreeMap<>(d.metadata());
        out.writeInt(columns.size());
        for (var c : columns.entrySet()) {
          string(out, c.getKey());
          string(out, c.getValue());
        }
        switch (d.content()) {
          case Document.OnDisk f -> {
            if (!Files.isRegularFile(f.path())) return null;
            out.writeUTF("file " + f.path().getFileName());
            out.writeUTF(RawText.sha256(Files.readAllBytes(f.path())));
          }
          case Document.InMemory m -> {
            out.writeUTF("text");
            string(out, m.text());
          }
          case Document.Located l -> {
            return null;
          }
        }
      }
    } catch (IOException unreadable) {
      return null;
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Returns an identity of qushi's code: the SHA-256 of the jar it runs from, or of every file of
   * its class folder (names and bytes, in name order).
   */
  private static String code() {
    String c = code;
    if (c != null) return c;
    try {
      Path at =
          Path.of(PreparedCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest digest = sha256();
      if (Files.isDirectory(at)) {
        try (Stream<Path> files = Files.walk(at)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            digest.update(at.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(f));
          }
        }
      } else {
        digest.update(Files.readAllBytes(at));
      }
      c = HexFormat.of().formatHex(digest.digest());
    } catch (IOException | URISyntaxException | RuntimeException unknown) {
      // no readable code location: a fresh identity, so no entry is ever shared
      c = "unknown " + System.nanoTime();
    }
    code = c;
    return c;
  }

  /**
   * Returns the files (names and sizes) that the libraries reading documents come from — PDFBox,
   * POI, jsoup, commonmark, juniversalchardet, HanLP — so that another version of one is another
   * key even where qushi's own jar is byte for byte the same.
   */
  private static String readers() {
    StringBuilder out = new StringBuilder();
    for (String name :
        List.of(
            "org.apache.pdfbox.pdmodel.PDDocument",
            "org.apache.poi.xwpf.usermodel.XWPFDocument",
            "org.jsoup.Jsoup",
            "org.commonmark.parser.Parser",
            "org.mozilla.universalchardet.UniversalDetector",
            "com.hankcs.hanlp.HanLP")) {
      try {
        var source = Class.forName(name).getProtectionDomain().getCodeSource();
        Path at = Path.of(source.getLocation().toURI());
        out.append(at.getFileName()).append(' ').append(Files.size(at)).append(';');
      } catch (ReflectiveOperationException
          | URISyntaxException
          | IOException
          | RuntimeException e) {
        out.append(name).append(" ?;");
      }
    }
    return out.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Writes {@code p} as the entry {@code key} at {@code entry}, through a temporary file. */
  private void write(PreparedCorpus p, String key, Path entry) throws IOException {
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, key, ".tmp");
    try {
      try (DataOutputStream out =
          new DataOutputStream(
              new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.write(MAGIC);
        out.writeUTF(key);
        List<CleanDocument> docs = p.documents();
        out.writeInt(docs.size());
        for (CleanDocument d : docs) {
          string(out, d.text());
          out.writeInt(d.sections().size());
          for (Section s : d.sections()) {
            string(out, s.title());
            out.writeInt(s.start());
            out.writeInt(s.end());
          }
          out.writeLong(d.bytes());
          out.writeUTF(d.sha256());
          out.writeLong(d.boilerplate());
        }
        object(out, p.boilerplateDetected());
        boolean learned = p.text().options().learnTerms();
        out.writeBoolean(learned);
        if (learned) object(out, new ArrayList<>(p.text().learned().terms()));
        strings(out, List.of(p.vocabulary().terms()));
        ints(out, p.tokenStarts());
        ints(out, p.tokenIds());
        byte[] flags = p.tokenFlags();
        out.writeInt(flags.length);
        out.write(flags);
        out.write(MAGIC);
      }
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Returns the entry at {@code entry}, written for {@code key}, as {@code corpus}'s. */
  private static PreparedCorpus read(Path entry, String key, Corpus corpus, TextPipeline text)
      throws IOException {
    long size = Files.size(entry);
    try (DataInputStream in =
        new DataInputStream(
            new java.io.BufferedInputStream(Files.newInputStream(entry), 1 << 16))) {
      magic(in);
      if (!in.readUTF().equals(key)) throw new IOException("another key");
      int n = count(in, size);
      List<Document> documents = corpus.documents();
      if (n != documents.size()) throw new IOException("another corpus");
      List<CleanDocument> clean = new ArrayList<>(n);
      for (int d = 0; d < n; d++) {
        String cleaned = string(in, size);
        int k = count(in, size);
        List<Section> sections = new ArrayList<>(k);
        for (int s = 0; s < k; s++)
          sections.add(new Section(string(in, size), in.readInt(), in.readInt()));
        clean.add(
            new CleanDocument(
                documents.get(d), cleaned, sections, in.readLong(), in.readUTF(), in.readLong()));
      }
      Boilerplate boilerplate = (Boilerplate) object(in, size);
      TextPipeline pipeline = text;
      if (in.readBoolean()) {
        @SuppressWarnings("unchecked")
        List<TermLearner.Term> terms = (List<TermLearner.Term>) object(in, size);
        pipeline = text.withLearned(new LearnedTerms(terms));
      }
      Vocabulary vocabulary = new Vocabulary(strings(in, size));
      int[] start = ints(in, size);
      int[] ids = ints(in, size);
      byte[] flags = new byte[count(in, size)];
      in.readFully(flags);
      magic(in);
      List<Passage> passages = Preparation.passages(clean, pipeline);
      if (start.length != passages.size() + 1 || flags.length != ids.length) {
        throw new IOException("tokens do not fit the passages");
      }
      return new PreparedCorpus(
          corpus, pipeline, clean, boilerplate, passages, vocabulary, start, ids, flags);
    }
  }

  /** Deletes all but the {@value #KEEP} entries used last. */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(folder)) {
      entries =
          s.filter(f -> f.getFileName().toString().endsWith(EXTENSION))
              .sorted(Comparator.comparing(PreparedCache::lastUsed).reversed())
              .toList();
    }
    for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
      Files.deleteIfExists(old);
    }
  }

  /** Marks {@code entry} used now, so that pruning keeps it (not at all in a read-only folder). */
  private static void used(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException readOnly) {
      // the entry is read all the same
    }
  }

  private static FileTime lastUsed(Path entry) {
    try {
      return Files.getLastModifiedTime(entry);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }

  private static void magic(DataInputStream in) throws IOException {
    byte[] m = new byte[MAGIC.length];
    in.readFully(m);
    if (!java.util.Arrays.equals(m, MAGIC)) throw new IOException("not an entry of this format");
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /**
   * Returns a count read from an entry of {@code size} bytes: no count of things an entry holds
   * exceeds its bytes, so a damaged count is found before anything is made of it.
   */
  private static int count(DataInputStream in, long size) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > size) throw new IOException("a damaged count: " + n);
    return n;
  }

  private static String string(DataInputStream in, long size) throws IOException {
    byte[] b = new byte[count(in, size)];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void strings(DataOutputStream out, java.util.Collection<String> all)
      throws IOException {
    out.writeInt(all.size());
    for (String s : all) string(out, s);
  }

  private static List<String> strings(DataInputStream in, long size) throws IOException {
    int n = count(in, size);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(string(in, size));
    return out;
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.BIG_ENDIAN);
    for (int i = 0; i < a.length; ) {
      int m = Math.min(a.length - i, b.capacity() / 4);
      b.clear();
      b.asIntBuffer().put(a, i, m);
      out.write(b.array(), 0, 4 * m);
      i += m;
    }
  }

  private static int[] ints(DataInputStream in, long size) throws IOException {
    int[] a = new int[count(in, size / 4)];
    byte[] chunk = new byte[1 << 16];
    for (int i = 0; i < a.length; ) {
      int m = Math.min(a.length - i, chunk.length / 4);
      in.readFully(chunk, 0, 4 * m);
      ByteBuffer.wrap(chunk, 0, 4 * m).asIntBuffer().get(a, i, m);
      i += m;
    }
    return a;
  }

  private static void object(DataOutputStream out, Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
      objects.writeObject(o);
    }
    out.writeInt(bytes.size());
    bytes.writeTo(out);
  }

  /** Reads an object of qushi's or of java.lang and java.util only: an entry runs no other code. */
  private static Object object(DataInputStream in, long size) throws IOException {
    byte[] b = new byte[count(in, size)];
    in.readFully(b);
    try (InputStream bytes = new ByteArrayInputStream(b);
        ObjectInputStream objects = new ObjectInputStream(bytes)) {
      objects.setObjectInputFilter(
          ObjectInputFilter.Config.createFilter(
              "maxdepth=16;maxrefs=10000000;maxarray=100000000;"
                  + "qushi.**;java.lang.*;java.util.*;!*"));
      return objects.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
  }
}
