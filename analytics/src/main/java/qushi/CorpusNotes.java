package qushi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.core.Display;
import qushi.analytics.core.Rows;
import qushi.analytics.core.TextSearch;
import qushi.analytics.corpus.Document;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Script;

/**
 * Documents a reader should know about before trusting the counts, named in the report's overview
 * and in a note of every command: those that appear to be written in traditional characters ({@link
 * Script}), since their words are counted apart from the simplified forms and HanLP, which learned
 * from simplified text, splits them more often; copies of other documents, whose words are counted
 * once per copy; and queries typed in the other script, which find nothing.
 */
public final class CorpusNotes {
  private CorpusNotes() {}

  /**
   * Returns the notes a reader should see before trusting the counts of {@code q}, one sentence
   * each, as the command line prints them: traditional and Latin-letter documents, Latin terms in
   * several letter cases, years without words, copies, years far from the others, files listed
   * twice, and (with {@code shapes}, for trend shapes) single documents in edge years.
   */
  public static List<String> notes(Qushi q, boolean shapes) {
    List<String> out = new ArrayList<>();
    int documents = q.corpus().documents().size();
    if (q.options().text().traditionalToSimplified()) {
      out.add(
          "--t2s: the text is converted to simplified characters before it is"
              + " cleaned and segmented; every term, count and context line is in the converted"
              + " text (queries in either script find it); run without --t2s to quote the"
              + " original wording");
    }
    List<String> traditional = traditional(q);
    // in a corpus of both scripts, a year written in the other one reads as new words
    note(
        out,
        traditional,
        "%d of "
            + documents
            + " documents are in traditional characters (share of characters that conversion"
            + " changes: %s): they are segmented as their simplified form and shown as written,"
            + " and a word's two forms count apart"
            + (traditional.size() < documents
                ? ", so where the script changes between years a word's two forms read as one"
                    + " word falling and another rising (計劃 and 计划)"
                : "")
            + "; --t2s converts the text and the queries");
    note(
        out,
        latin(q),
        "%d of "
            + documents
            + " documents are a quarter or more in Latin letters (share of their letters: %s):"
            + " those words are counted and can be terms, as they should be in technical text; if"
            + " they are a translation beside the Chinese, remove it from the file to leave it"
            + " out");
    List<String> cases = caseVariants(q);
    note(
        out,
        cases,
        (cases.size() == 1 ? "%d Latin term is" : "%d Latin terms are")
            + " written in more than one letter case (%s): each form is counted apart, in every"
            + " table and by count, which searches letters as typed");
    note(
        out,
        wordlessYears(q),
        "%d year has no word (%s): its documents hold only punctuation, symbols or nothing"
            + " after cleanup, so its per10k is blank",
        "%d years have no word (%s): their documents hold only punctuation, symbols or"
            + " nothing after cleanup, so their per10k is blank");
    note(
        out,
        emptyDocuments(q),
        "%d document has no words after cleanup (%s): its file holds only what cleanup drops"
            + " (program code, boilerplate repeated in other documents, page furniture) or"
            + " punctuation; it counts"
            + " as a document of no words (--keep-code, --keep-boilerplate keep those)",
        "%d documents have no words after cleanup (%s): their files hold only what cleanup drops"
            + " (program code, boilerplate repeated in other documents, page furniture) or"
            + " punctuation; they count"
            + " as documents of no words (--keep-code, --keep-boilerplate keep those)");
    note(
        out,
        copies(q),
        "%d document repeats most of the text of an earlier one (%s): its words are counted"
            + " once per copy",
        "%d documents repeat most of the text of an earlier one (%s): their words are"
            + " counted once per copy");
    note(
        out,
        deduplicated(q),
        "%d document repeats most of the text of an earlier one of its year (%s): the paragraphs"
            + " it shares with it are dropped, so they are counted once (--keep-copies keeps them)",
        "%d documents repeat most of the text of an earlier one of their year (%s): the"
            + " paragraphs they share with it are dropped, so they are counted once (--keep-copies"
            + " keeps them)");
    note(
        out,
        q.corpus().selfRepeating(),
        "%d document repeats a stretch of its own text (%s): the later stretch is dropped, so it"
            + " is counted once (stats --boilerplate lists it as repeat; --keep-copies keeps it)",
        "%d documents repeat a stretch of their own text (%s): the later stretch is dropped, so"
            + " it is counted once (stats --boilerplate lists it as repeat; --keep-copies keeps"
            + " it)");
    note(
        out,
        q.corpus().withNotes(),
        "%d document ends with a section of notes (%s): 注释 or 参考文献 alone in a paragraph,"
            + " then entries opened by note marks (in a PDF, the notes in small type at the foot"
            + " of its pages, gathered there); it is dropped, so its words are not counted as"
            + " the text's (stats --boilerplate lists it as notes; --keep-boilerplate keeps it)",
        "%d documents end with a section of notes (%s): 注释 or 参考文献 alone in a paragraph,"
            + " then entries opened by note marks (in a PDF, the notes in small type at the foot"
            + " of its pages, gathered there); they are dropped, so their words are not"
            + " counted as the text's (stats --boilerplate lists them as notes; --keep-boilerplate"
            + " keeps them)");
    note(
        out,
        distantYears(q),
        "%d year stands 100 years or more from the corpus's other years (%s): check the"
            + " manifest for a typo; a trend reads the years between as missing",
        "%d years stand 100 years or more from the corpus's other years (%s): check the"
            + " manifest for typos; a trend reads the years between as missing");
    note(
        out,
        shapes ? loneEdgeYears(q) : List.of(),
        "%d year at the corpus's edge holds a single document among years of several (%s): a"
            + " term that emerges, peaks or vanishes there does so in that one document, and a"
            + " rise to it or a fall from it rests on that document alone",
        "%d years at the corpus's edges hold a single document among years of several (%s): a"
            + " term that emerges, peaks or vanishes there does so in that one document, and a"
            + " rise to one or a fall from one rests on that document alone");
    if (shapes) out.addAll(mixes(q));
    out.addAll(lookAlikeValues(q));
    note(
        out,
        listedTwice(q, false),
        "%d file is listed more than once in the manifest (%s): its words are counted once"
            + " per listing",
        "%d files are listed more than once in the manifest (%s): their words are counted"
            + " once per listing");
    note(
        out,
        listedTwice(q, true),
        "%d file is listed more than once in the manifest (%s): its later listings are copies"
            + " of the first, whose shared paragraphs are dropped, so its words are counted once"
            + " (--keep-copies counts each listing)",
        "%d files are listed more than once in the manifest (%s): their later listings are"
            + " copies of the first, whose shared paragraphs are dropped, so their words are"
            + " counted once (--keep-copies counts each listing)");
    return out;
  }

  /** Adds a note on the {@code named} items, if any, in the wording for one or for many. */
  private static void note(List<String> out, List<String> named, String one, String many) {
    note(out, named, named.size() == 1 ? one : many);
  }

  /** Adds a note on the {@code named} documents, if any: their number and the first three. */
  private static void note(List<String> out, List<String> named, String format) {
    if (!named.isEmpty()) out.add(String.format(format, named.size(), first(named, 3)));
  }

  /**
   * Returns the traditional documents as "id share%" (share of the Chinese characters that change
   * under conversion to simplified ones), in corpus order.
   */
  public static List<String> traditional(Qushi q) {
    List<String> out = new ArrayList<>();
    for (CleanDocument d : q.corpus().documents()) {
      double share = Script.traditionalShare(d.text());
      if (share >= Script.TRADITIONAL) {
        out.add(String.format(Locale.ROOT, "%s %.0f%%", d.id(), 100 * share));
      }
    }
    return out;
  }

  /**
   * Returns the years without a word (no token: their documents hold only punctuation, symbols or
   * nothing after cleanup), as "year: id + id", ascending: their rates per 10,000 words are
   * undefined and left blank.
   */
  public static List<String> wordlessYears(Qushi q) {
    java.util.TreeMap<Integer, List<String>> ids = idsByYear(q);
    List<String> out = new ArrayList<>();
    for (qushi.analytics.prepare.YearStats y : q.corpus().stats()) {
      if (y.tokens() == 0) out.add(y.year() + ": " + joined(ids.get(y.year())));
    }
    return out;
  }

  /**
   * Returns the documents with no word after cleanup (no letter or digit), as "id (file)" in corpus
   * order, where their year has other text (a year of no words is {@link #wordlessYears}'s): a file
   * of only what cleanup drops — a Markdown file of code, boilerplate repeated in other documents,
   * page furniture — would otherwise count as a document of zero words without a word said. A copy
   * whose paragraphs were dropped as a copy of another document is not named here: the note on
   * copies says why it has no words.
   */
  public static List<String> emptyDocuments(Qushi q) {
    java.util.Set<String> copies = new java.util.HashSet<>();
    for (var c : q.corpus().copies()) if (c.deduplicated()) copies.add(c.document());
    java.util.Set<Integer> wordless = new java.util.HashSet<>();
    for (qushi.analytics.prepare.YearStats y : q.corpus().stats()) {
      if (y.tokens() == 0) wordless.add(y.year());
    }
    List<String> out = new ArrayList<>();
    for (CleanDocument d : q.corpus().documents()) {
      if (d.text().codePoints().noneMatch(Character::isLetterOrDigit)
          && !wordless.contains(d.document().year())
          && !copies.contains(d.id())) {
        out.add(d.id() + " (" + d.document().file() + ")");
      }
    }
    return out;
  }

  /**
   * Returns the documents written largely in Latin letters, as "id share" in corpus order: at least
   * {@link Script#LATIN} of their letters (an English translation beside the Chinese), in at least
   * {@link Script#LATIN_MIN_CHARACTERS} characters.
   */
  public static List<String> latin(Qushi q) {
    List<String> out = new ArrayList<>();
    for (CleanDocument d : q.corpus().documents()) {
      if (d.characters() < Script.LATIN_MIN_CHARACTERS) continue;
      double share = Script.latinShare(d.text());
      if (share >= Script.LATIN)
        out.add(String.format(Locale.ROOT, "%s %.0f%%", d.id(), 100 * share));
    }
    return out;
  }

  /**
   * Returns the Latin terms the corpus writes in more than one letter case, each group as its forms
   * joined by "/" (most frequent form first), the group with most term tokens first (ties: by its
   * first form): i18n/I18n, TypeScript/Typescript. Only forms the segmenter made a term at least
   * twice count. Each form is counted apart, as {@code count} searches letters as typed.
   */
  public static List<String> caseVariants(Qushi q) {
    qushi.analytics.prepare.Counts counts = q.corpus().counts();
    List<String> words = q.corpus().vocabularyWords();
    Map<String, List<Integer>> groups = new java.util.TreeMap<>();
    for (int t = 0; t < words.size(); t++) {
      String w = words.get(t);
      if (counts.termTotal(t) < 2 || w.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
        continue;
      }
      groups.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
    }
    java.util.Comparator<Integer> byFrequency =
        java.util.Comparator.<Integer>comparingLong(t -> -counts.termTotal(t))
            .thenComparing(words::get);
    return groups.values().stream()
        .filter(g -> g.size() > 1)
        .map(g -> g.stream().sorted(byFrequency).toList())
        .sorted(
            java.util.Comparator.<List<Integer>>comparingLong(
                    g -> -g.stream().mapToLong(counts::termTotal).sum())
                .thenComparing(g -> words.get(g.get(0))))
        .map(g -> String.join("/", g.stream().map(words::get).toList()))
        .toList();
  }

  /**
   * Returns the documents that repeat most of the text of an earlier one and are analysed as they
   * stand (a copy in another year, or copies kept), as "copy ≈ original", in corpus order (see
   * {@link qushi.analytics.prepare.PreparedCorpus#copies}).
   */
  public static List<String> copies(Qushi q) {
    return copies(q, false);
  }

  /**
   * Returns the documents that have lost the paragraphs an earlier copy of their year holds, as
   * "copy ≈ original", in corpus order: what they repeat is counted once.
   */
  public static List<String> deduplicated(Qushi q) {
    return copies(q, true);
  }

  private static List<String> copies(Qushi q, boolean deduplicated) {
    return q.corpus().copies().stream()
        .filter(c -> c.deduplicated() == deduplicated)
        .map(c -> c.document() + " ≈ " + c.of())
        .toList();
  }

  /**
   * Returns the files that the manifest lists more than once, under several ids, as "file (id, id)"
   * in corpus order: each listing is a document, so the file's words are counted once per listing,
   * unless its later listings were found to be copies of the first and their shared paragraphs
   * dropped ({@link #listedTwice(Qushi, boolean)}).
   */
  public static List<String> listedTwice(Qushi q) {
    return listedTwice(q, false);
  }

  /**
   * Returns the files that the manifest lists more than once as {@link #listedTwice(Qushi)} does:
   * with {@code dropped}, those whose every later listing was dropped as a copy (of the first, in
   * the same year: counted once), else the others (counted once per listing).
   */
  public static List<String> listedTwice(Qushi q, boolean dropped) {
    java.util.Set<String> copies = new java.util.HashSet<>();
    for (var c : q.corpus().copies()) if (c.deduplicated()) copies.add(c.document());
    Map<Path, List<String>> ids = new LinkedHashMap<>();
    Map<Path, String> names = new HashMap<>();
    for (Document d : q.corpus().corpus().documents()) {
      if (!(d.content() instanceof Document.OnDisk f)) continue;
      Path p = f.path().toAbsolutePath().normalize();
      ids.computeIfAbsent(p, x -> new ArrayList<>()).add(d.id());
      names.putIfAbsent(p, d.file());
    }
    return ids.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .filter(e -> copies.containsAll(e.getValue().subList(1, e.getValue().size())) == dropped)
        .map(e -> names.get(e.getKey()) + " (" + String.join(", ", e.getValue()) + ")")
        .toList();
  }

  /** Fewest years between an outermost year and the next one for the note on distant years. */
  public static final int DISTANT_YEARS = 100;

  /**
   * Returns the first and the last year of a corpus of three years or more when it stands at least
   * {@link #DISTANT_YEARS} years from the next one and further than the other years span, as "year
   * (id + id)": 3020 among 2010–2023 is likely a typo in the manifest, and a trend would read the
   * years between as missing. Of two years (1921 and 2021 compared) neither is named.
   */
  public static List<String> distantYears(Qushi q) {
    java.util.TreeMap<Integer, List<String>> ids = idsByYear(q);
    List<String> out = new ArrayList<>();
    if (ids.size() < 3) return out; // of two years, neither is the odd one
    int first = ids.firstKey();
    int last = ids.lastKey();
    int second = ids.higherKey(first);
    int penultimate = ids.lowerKey(last);
    if (second - first >= DISTANT_YEARS && second - first > last - second) {
      out.add(named(ids, first));
    }
    if (last - penultimate >= DISTANT_YEARS && last - penultimate > penultimate - first) {
      out.add(named(ids, last));
    }
    return out;
  }

  /**
   * Returns the first and the last year of a corpus of three years or more whose tests take
   * documents as units (most years hold several: {@link Qushi#documentUnits}) when it holds a
   * single document, as "year (id)": a term that emerges, peaks or vanishes there does so in that
   * one document, and the trend's test cannot tell the document from its year.
   */
  public static List<String> loneEdgeYears(Qushi q) {
    java.util.TreeMap<Integer, List<String>> ids = idsByYear(q);
    List<String> out = new ArrayList<>();
    if (ids.size() < 3 || !q.documentUnits()) return out;
    for (int year : new int[] {ids.firstKey(), ids.lastKey()}) {
      if (ids.get(year).size() == 1) out.add(named(ids, year));
    }
    return out;
  }

  /**
   * Least difference between a value's share of the tokens of the corpus's early and late halves
   * for the note on a manifest column whose mix changes over the years.
   */
  public static final double MIX_CHANGE = 1.0 / 3;

  /**
   * Returns a note for each manifest column whose mix of values changes over the years. The years
   * are cut in two halves of about as many tokens each (the early years up to the one in which half
   * the tokens are reached, and the rest); the note is made where one value's share of the tokens
   * of the early half and of the late half differ by at least {@link #MIX_CHANGE} (a news source
   * that makes none of the early text and most of the late), in a column of at least two values,
   * each shared by documents (at most half as many values as documents), whose values of two
   * documents or more in each half hold at least a quarter of the tokens of each half, so that a
   * comparison within the values has something to compare (not a column that is another name of the
   * era: the author of one report a year, a volume of collected works, an edition or a month, which
   * --strata cannot use). A column that groups the documents as an earlier one does gets no note of
   * its own. A term of that value then rises or falls with the mix, whatever its use within each
   * value: a trend, or a change between periods, can be a change of sources, which {@code compare
   * --strata} takes out.
   */
  public static List<String> mixes(Qushi q) {
    return mixChanges(q).stream().map(Mix::note).toList();
  }

  /**
   * A manifest column whose mix changes over the years ({@link #mixes}): the value whose share
   * changes most, its share (%) of the tokens of the early years and of the late years, and those
   * years ("2008–2022").
   */
  public record Mix(
      String column, String value, long earlyShare, String early, long lateShare, String late) {
    /** Returns the note as the command line prints it. */
    public String note() {
      return String.format(
          Locale.ROOT,
          "the mix of %1$s changes over the years (%2$s: %3$d%% of the tokens of %4$s, %5$d%%"
              + " of %6$s): a term of one %1$s rises or falls with the mix, whatever its use"
              + " within each, so a trend or a change between periods can be a change of %1$s;"
              + " compare --trend --strata %1$s and compare --target P --reference P --strata"
              + " %1$s compare within its values",
          column,
          value,
          earlyShare,
          early,
          lateShare,
          late);
    }
  }

  /** Returns the manifest columns whose mix changes over the years ({@link #mixes}). */
  public static List<Mix> mixChanges(Qushi q) {
    List<CleanDocument> docs = q.corpus().documents();
    long[] tokens = new long[docs.size()];
    for (var p : q.corpus().passages()) tokens[p.document()] += q.corpus().tokenCount(p.index());
    java.util.TreeMap<Integer, Long> byYear = new java.util.TreeMap<>();
    for (int d = 0; d < docs.size(); d++) byYear.merge(docs.get(d).year(), tokens[d], Long::sum);
    long total = byYear.values().stream().mapToLong(Long::longValue).sum();
    if (byYear.size() < 2 || total == 0) return List.of();
    // the early half: the years up to the one in which half the tokens are reached, but not all
    int lastEarly = byYear.firstKey();
    long sum = 0;
    for (var y : byYear.entrySet()) {
      sum += y.getValue();
      lastEarly = y.getKey();
      if (2 * sum >= total) break;
    }
    if (lastEarly == byYear.lastKey()) lastEarly = byYear.lowerKey(lastEarly);
    long early = 0;
    for (var y : byYear.headMap(lastEarly, true).values()) early += y;
    long late = total - early;
    List<Mix> out = new ArrayList<>();
    Set<List<Integer>> partitions = new java.util.HashSet<>();
    for (var column : sharedColumns(docs).entrySet()) {
      // per value: its tokens and documents in each half; the partition of the documents; the
      // values of each year
      Map<String, long[]> byValue = new java.util.TreeMap<>();
      Map<String, Integer> index = new HashMap<>();
      List<Integer> partition = new ArrayList<>();
      Map<Integer, Set<String>> perYear = new HashMap<>();
      for (int d = 0; d < docs.size(); d++) {
        String v = column.getValue()[d];
        partition.add(index.computeIfAbsent(v, x -> index.size()));
        perYear.computeIfAbsent(docs.get(d).year(), y -> new java.util.HashSet<>()).add(v);
        boolean isEarly = docs.get(d).year() <= lastEarly;
        long[] t = byValue.computeIfAbsent(v, x -> new long[4]);
        t[isEarly ? 0 : 1] += tokens[d];
        t[isEarly ? 2 : 3]++;
      }
      // one value a year (one value at all, too) is another name of the year, whatever the halves
      if (!partitions.add(partition) || perYear.values().stream().allMatch(v -> v.size() == 1)) {
        continue;
      }
      // the values of two documents or more in each half, which a comparison within them can
      // use, must hold a quarter of each half's tokens: else the column is another name of the era
      long[] within = new long[2];
      for (long[] t : byValue.values()) {
        if (t[2] < 2 || t[3] < 2) continue;
        within[0] += t[0];
        within[1] += t[1];
      }
      if (4 * within[0] < early || 4 * within[1] < late) continue;
      String worst = null;
      double change = 0;
      for (var e : byValue.entrySet()) {
        double rise = e.getValue()[1] / (double) late - e.getValue()[0] / (double) early;
        double d = Math.abs(rise);
        // of two values that change as much (the two of a column of two), the one that rises
        if (d >= MIX_CHANGE && (d > change + 1e-9 || (d > change - 1e-9 && rise > 0))) {
          worst = e.getKey();
          change = d;
        }
      }
      if (worst == null) continue;
      out.add(
          new Mix(
              column.getKey(),
              worst,
              Math.round(100.0 * byValue.get(worst)[0] / early),
              span(byYear.firstKey(), lastEarly),
              Math.round(100.0 * byValue.get(worst)[1] / late),
              span(byYear.higherKey(lastEarly), byYear.lastKey())));
    }
    return out;
  }

  /**
   * Returns the manifest columns other than id, file and year whose values the documents share (at
   * most half as many values as documents: a source, a genre, not a title or a date), in manifest
   * order, each with the value of every document ({@link qushi.analytics.corpus.Document#value}).
   */
  private static Map<String, String[]> sharedColumns(List<CleanDocument> docs) {
    Map<String, String[]> out = new LinkedHashMap<>();
    Set<String> columns = Document.columns(docs.stream().map(CleanDocument::document).toList());
    columns.removeAll(List.of("id", "file", "year"));
    for (String column : columns) {
      String[] values = new String[docs.size()];
      for (int d = 0; d < values.length; d++) values[d] = docs.get(d).document().value(column);
      if (2 * java.util.Arrays.stream(values).distinct().count() <= docs.size()) {
        out.put(column, values);
      }
    }
    return out;
  }

  /** Returns "first–last", or the year alone. */
  private static String span(int first, int last) {
    return first == last ? Integer.toString(first) : first + "–" + last;
  }

  /**
   * Returns a note for each manifest column of shared values (at most half as many values as
   * documents) in which values differ only in letter case, full- or half-width forms or whitespace
   * (gwr and GWR, 新华社 and 新华 社): each is a group of its own for {@code --by} and a stratum of its
   * own for {@code --strata}, which a typo in the manifest should not make.
   */
  public static List<String> lookAlikeValues(Qushi q) {
    List<String> out = new ArrayList<>();
    lookAlikes(q)
        .forEach(
            (column, alike) ->
                out.add(
                    String.format(
                        Locale.ROOT,
                        "values of %s differ only in letter case, width or spaces (%s): each is a"
                            + " value of its own for --by %1$s and --strata %1$s; write them alike"
                            + " in the manifest if they are one",
                        column,
                        first(alike, 3))));
    return out;
  }

  /**
   * Returns, per manifest column in manifest order, its groups of values that differ only in letter
   * case, width or whitespace, each as "GWR / gwr" ({@link #lookAlikeValues}).
   */
  public static Map<String, List<String>> lookAlikes(Qushi q) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (var column : sharedColumns(q.corpus().documents()).entrySet()) {
      Map<String, Set<String>> byKey = new java.util.TreeMap<>();
      for (String v : column.getValue()) {
        String key =
            java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
        byKey.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(v);
      }
      List<String> alike = new ArrayList<>();
      for (Set<String> group : byKey.values()) {
        if (group.size() > 1) alike.add(String.join(" / ", group));
      }
      if (!alike.isEmpty()) out.put(column.getKey(), alike);
    }
    return out;
  }

  /** Returns the ids of the documents of each year, in corpus order. */
  private static java.util.TreeMap<Integer, List<String>> idsByYear(Qushi q) {
    java.util.TreeMap<Integer, List<String>> ids = new java.util.TreeMap<>();
    for (CleanDocument d : q.corpus().documents()) {
      ids.computeIfAbsent(d.document().year(), y -> new ArrayList<>()).add(d.id());
    }
    return ids;
  }

  /** Returns "year (id + id + …)", at most three ids named. */
  private static String named(Map<Integer, List<String>> ids, int year) {
    return year + " (" + joined(ids.get(year)) + ")";
  }

  /** Returns "id + id + id + …", at most three ids named. */
  private static String joined(List<String> ids) {
    return String.join(" + ", ids.subList(0, Math.min(3, ids.size())))
        + (ids.size() > 3 ? " + …" : "");
  }

  /**
   * A query that occurs nowhere while its form in the other script, or in other letter case, does:
   * the form and how often.
   *
   * @param query the query as typed
   * @param form its traditional or simplified form ({@link Script#otherForms}), or the query in
   *     capitals, small letters or with a capital first letter
   * @param count occurrences of the form
   * @param queryCount occurrences of the query itself
   */
  public record OtherForm(String query, String form, long count, long queryCount) {}

  /**
   * Returns, for each term of {@code counted}, its forms in the other script that occur, as {@code
   * count} counts them, most frequent first: 国安法 on a corpus that writes 國安法, or 资本主义 on one that
   * writes it so in some documents and 資本主義 in others — its conversions ({@link Script#otherForms})
   * and the spellings {@code otherScript} finds in the text (台灣 beside 臺灣); for a term that occurs
   * nowhere, its spellings in other letter case too: those {@code otherCase} finds in the text, or
   * where it finds none (the text is elsewhere) the query in capitals, small letters and with a
   * capital first letter.
   */
  public static List<OtherForm> otherForms(
      Rows<TermCount> counted,
      Function<List<String>, Rows<TermCount>> count,
      Function<String, List<String>> otherScript,
      Function<String, List<String>> otherCase) {
    Map<String, Long> totals = totals(counted);
    // the other forms of every query that finds nothing, counted in one search
    Map<String, List<String>> forms = new LinkedHashMap<>();
    totals.forEach(
        (query, total) -> {
          Set<String> candidates = new LinkedHashSet<>(Script.otherForms(query));
          candidates.addAll(otherScript.apply(query));
          if (total == 0) {
            List<String> written = otherCase.apply(query);
            candidates.addAll(written.isEmpty() ? caseForms(query) : written);
          }
          candidates.remove(query);
          if (!candidates.isEmpty()) forms.put(query, List.copyOf(candidates));
        });
    List<String> all = forms.values().stream().flatMap(List::stream).distinct().toList();
    Map<String, Long> found = all.isEmpty() ? Map.of() : totals(count.apply(all));
    List<OtherForm> out = new ArrayList<>();
    forms.forEach(
        (query, candidates) ->
            candidates.stream()
                .filter(f -> found.getOrDefault(f, 0L) > 0)
                .sorted(
                    java.util.Comparator.comparingLong((String f) -> -found.get(f))
                        .thenComparing(f -> f))
                .forEach(f -> out.add(new OtherForm(query, f, found.get(f), totals.get(query)))));
    return out;
  }

  /**
   * Returns {@code query} in capitals, in small letters and with a capital first letter, those that
   * differ from it (none without a Latin letter): a search counts letters as typed.
   */
  static List<String> caseForms(String query) {
    if (query.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) return List.of();
    Set<String> out = new LinkedHashSet<>();
    out.add(query.toUpperCase(Locale.ROOT));
    out.add(query.toLowerCase(Locale.ROOT));
    out.add(
        query.substring(0, 1).toUpperCase(Locale.ROOT)
            + query.substring(1).toLowerCase(Locale.ROOT));
    out.remove(query);
    return List.copyOf(out);
  }

  /** Returns each term's count summed over the years, in order of first appearance. */
  private static Map<String, Long> totals(Rows<TermCount> rows) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (TermCount r : rows) totals.merge(r.term(), (long) r.count(), Long::sum);
    return totals;
  }

  /** Returns the first {@code max} of {@code named}, "…" after them when there are more. */
  public static String first(List<String> named, int max) {
    return Display.first(named, max);
  }

  /**
   * Returns the terms of {@code terms} that stand there in more than one spelling — strings that
   * read alike with each character in its simplified form ({@link Script#simplifiedShadow}, as
   * --t2s reads them) — each group as "现代化建设 / 現代化建設", in the order of their first spelling: in a
   * corpus of both scripts, or of Taiwan's and Hong Kong's forms, one word is several terms, each
   * counted apart.
   */
  public static List<String> spellings(List<String> terms) {
    Map<String, Set<String>> byReading = new LinkedHashMap<>();
    for (String t : terms) {
      byReading.computeIfAbsent(Script.simplifiedShadow(t), k -> new LinkedHashSet<>()).add(t);
    }
    return byReading.values().stream()
        .filter(s -> s.size() > 1)
        .map(s -> String.join(" / ", s))
        .toList();
  }

  /**
   * Returns the note on {@code terms} that stand in more than one spelling ({@link #spellings}), or
   * null when none does; {@code what} names them ("learned terms", "keywords").
   */
  public static String spellingsNote(List<String> terms, String what) {
    List<String> pairs = spellings(terms);
    if (pairs.isEmpty()) return null;
    return String.format(
        Locale.ROOT,
        "%d of these %s stand in more than one spelling (%s): each is counted apart;"
            + " --t2s reads the text as simplified characters and counts them as one",
        pairs.size(),
        what,
        first(pairs, 3));
  }

  /** The longer Latin strings a search note names, the commonest first. */
  static final int NAMED_STRINGS = 3;

  /** A lexicon line: a word, then a part-of-speech tag, a frequency, or both. */
  private static final java.util.regex.Pattern LEXICON_LINE =
      java.util.regex.Pattern.compile("(\\S+)(?:\\s+[A-Za-z]{1,5}(?:\\s+\\d+)?|\\s+\\d+)");

  /**
   * Returns the notes on rate intervals ({@link Qushi#count(List,
   * qushi.analytics.compare.BootstrapOptions)}): how many start at 0 where the term occurs, and
   * what that means, and that the intervals resample documents when {@code documentUnits}. One line
   * each, without a prefix.
   */
  public static List<String> intervals(List<TermInterval> rows, boolean documentUnits) {
    List<String> out = new ArrayList<>();
    long atZero = rows.stream().filter(r -> r.count() > 0 && r.lower() == 0).count();
    if (atZero > 0) {
      out.add(
          atZero
              + (atZero == 1 ? " interval starts" : " intervals start")
              + " at 0 where the term occurs: it stands in so few of that year's "
              + (documentUnits ? "documents" : "passages")
              + " that 1 in 40 or more of the bootstrap samples holds none of them, so the"
              + " year's rate rests on those few ('qushi kwic' or q.kwic shows which)");
    }
    if (documentUnits) {
      out.add(
          "the intervals resample documents, not passages: most of the text is in years of two or"
              + " more, and the passages of one document share its subject (a year of one document"
              + " resamples its passages)");
    }
    return out;
  }

  /**
   * Returns the notes of a text search for {@code terms} ({@code count}, {@code kwic}): where the
   * search did not count a term asked for — in paragraphs dropped as boilerplate or from copies,
   * inside longer Latin strings (WWDC21 for WWDC) — and a query that finds nothing because it is a
   * lexicon line ("人工智能 nz 1000") while its word occurs. One line each, without a prefix; the
   * command line prints them on stderr, a result in jshell under its rows.
   */
  public static List<String> search(Qushi q, List<String> terms) {
    List<String> out = new ArrayList<>();
    List<Boilerplate.Paragraph> dropped = q.corpus().boilerplate();
    // a term asked for twice gets its notes once
    List<String> queries = terms.stream().map(q.corpus().text()::cleanQuery).distinct().toList();
    for (String query : queries) {
      Map<String, List<Boilerplate.Paragraph>> with =
          dropped.stream()
              .filter(p -> TextSearch.find(p.text(), query, 0) >= 0)
              .collect(Collectors.groupingBy(Boilerplate.Paragraph::droppedAs));
      DROPPED_AS.forEach(
          (kind, note) -> {
            List<Boilerplate.Paragraph> here = with.get(kind);
            if (here != null) {
              out.add(
                  String.format(
                      note,
                      query,
                      times(within(here, query)),
                      paragraphs(here.size()),
                      dropped(here)));
            }
          });
    }
    for (String query : queries) latinNeighbours(q, query, out);
    lexiconLines(q, terms.stream().distinct().toList(), out);
    return out;
  }

  /** Adds the note on the longer Latin strings that hold the cleaned {@code query}, if any. */
  private static void latinNeighbours(Qushi q, String query, List<String> out) {
    Map<String, Integer> found = new java.util.TreeMap<>();
    for (CleanDocument d : q.corpus().documents()) TextSearch.enclosing(d.text(), query, found);
    if (found.isEmpty()) return;
    List<Map.Entry<String, Integer>> order = new ArrayList<>(found.entrySet());
    // the commonest first, ties in string order (the map's)
    order.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    int times = found.values().stream().mapToInt(Integer::intValue).sum();
    List<String> named = new ArrayList<>();
    for (var e : order.subList(0, Math.min(NAMED_STRINGS, order.size())))
      named.add(e.getKey() + " ×" + e.getValue());
    String more =
        order.size() > NAMED_STRINGS ? " and " + (order.size() - NAMED_STRINGS) + " more" : "";
    out.add(
        String.format(
            "“%s” also stands %s inside longer Latin strings, which are not counted as it: %s%s"
                + " (count them by name)",
            query, times(times), String.join(", ", named), more));
  }

  /**
   * Adds a note for each query that finds nothing and reads like a lexicon line ("人工智能 nz 1000": a
   * terms file given a lexicon) while its word occurs: the search looked for the whole line.
   */
  private static void lexiconLines(Qushi q, List<String> terms, List<String> out) {
    for (String t : terms) {
      java.util.regex.Matcher m = LEXICON_LINE.matcher(t.strip());
      if (!m.matches()) continue;
      long n = total(q, m.group(1));
      if (n > 0 && total(q, t) == 0) {
        out.add(
            String.format(
                "“%s” does not occur, but “%s” does (%s): a terms file holds one term or phrase per"
                    + " line, without the tag and frequency of a lexicon line",
                t.strip(), m.group(1), times(n)));
      }
    }
  }

  /** Returns the occurrences of {@code query} over all years. */
  private static long total(Qushi q, String query) {
    return q.corpus().count(List.of(query)).stream().mapToLong(TermCount::count).sum();
  }

  /**
   * Returns the occurrences of {@code query} that the dropped {@code paragraphs} took from the
   * text: in each, as a search counts them, times the times it was dropped.
   */
  private static long within(List<Boilerplate.Paragraph> paragraphs, String query) {
    return paragraphs.stream()
        .mapToLong(p -> (long) TextSearch.occurrences(p.text(), query) * p.occurrences())
        .sum();
  }

  /**
   * The notes on a query that also stands in dropped paragraphs, by how they were dropped ({@link
   * Boilerplate.Paragraph#droppedAs}), in the order they are given: the query, its occurrences
   * there, the paragraphs, how often they were dropped.
   */
  private static final Map<String, String> DROPPED_AS = new LinkedHashMap<>();

  static {
    DROPPED_AS.put(
        "boilerplate",
        "“%s” also stands %s in boilerplate, which is not counted: %s, %s (qushi stats"
            + " --boilerplate or q.boilerplate()"
            + " lists them; --keep-boilerplate keeps them in the text)");
    DROPPED_AS.put(
        "notes",
        "“%s” also stands %s in sections of notes (注释, 参考文献 after the text), which are not"
            + " counted: %s, %s (qushi stats"
            + " --boilerplate or q.boilerplate() lists them, position notes; --keep-boilerplate"
            + " keeps them in the text)");
    DROPPED_AS.put(
        "copy",
        "“%s” also stands %s in copies of %s from an earlier document of their year, %s from"
            + " the copies: counted once, where it first stands (--keep-copies counts every"
            + " copy)");
  }

  /** Returns "1 distinct paragraph", "2 distinct paragraphs". */
  private static String paragraphs(int n) {
    return n == 1 ? "1 distinct paragraph" : n + " distinct paragraphs";
  }

  /** Returns how often the paragraphs were dropped: "dropped once", "dropped 545 times in all". */
  private static String dropped(List<Boilerplate.Paragraph> paragraphs) {
    long times = paragraphs.stream().mapToLong(Boilerplate.Paragraph::occurrences).sum();
    return "dropped " + (times == 1 ? "once" : times(times) + " in all");
  }

  /** Returns how often something occurs, in words: "once", "2 times". */
  public static String times(long n) {
    return n == 1 ? "once" : n + " times";
  }
}
