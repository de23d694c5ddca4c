package qushi.analytics.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qushi.analytics.internal.Punctuation;

/**
 * Paragraphs repeated at the start or end of several documents of a corpus — licence footers,
 * mastheads, salutations, page furniture — found across the corpus and dropped from every document
 * before it is cut into sections. Immutable.
 *
 * <p>The <b>edges</b> of a cleaned document are its first and last {@value #WINDOW} paragraphs,
 * numbered and Markdown headings not counted, and past them where they are all boilerplate, a
 * window at a time (a footer of 18 paragraphs; see {@link #beyondTheWindow}). A paragraph's
 * <b>key</b> is its text with whitespace removed and every run of digits written as {@code 0}, so a
 * masthead that differs only in its date or page number ("（《新闻联播》 20230101 19:00）") has one key. A
 * key is <b>boilerplate</b> when it occurs at an edge of at least {@value #MIN_DOCUMENTS}
 * documents, and of at least one in {@value #SHARE} of them ({@link #leastDocuments}: an event's
 * lead that recurs each year in a long series of daily news is news) (each document counted once,
 * and the copies of one document ({@link Copies}) as one: an article saved three times is not
 * furniture). A document loses the run of boilerplate paragraphs that begins with its first
 * paragraph and the run that ends with its last, numbered and Markdown headings in the run kept but
 * not ending it (a page's "# title" above its masthead) unless they are Markdown headings that head
 * only what the run from the end drops, and stand so in at least {@value #MIN_DOCUMENTS} documents
 * ("## 订阅" above a subscription footer), and so is a first paragraph that reads as a title line
 * (the same title unmarked, in a page saved as text or Word) and a last paragraph that is a line of
 * at most {@value #FOOTER_LINE_MAX} characters, no sentence (a page's own running footer below a
 * licence footer that all pages share); a paragraph in the run that opens (closes, at the end) with
 * whole sentences of boilerplate, at least {@value #PART_MIN} characters, and goes on with text of
 * its own loses those sentences and keeps the rest, and the run goes on past it (a masthead with a
 * notice added); a key that these runs drop from fewer than {@value #MIN_DROPPED} documents is no
 * boilerplate after all (a line of text that three short posts share, every line of a short post
 * being at an edge, and next to the frame in only one of them), a document that the runs would
 * leave with no text at all not counted (furniture frames text: a comment that many people posted,
 * 好看, saved one to a file, is no furniture for standing alone in five files; a page of navigation
 * alone is no evidence either way), and so is one that stands as text (outside the runs, where no
 * other rule drops it) in more documents than the runs drop it from (in release notes, a
 * component's name that heads a list of changes stands at an edge of many short notes and inside
 * many more); the runs are found again without them. Furniture sits at the edge, so a boilerplate
 * paragraph after a paragraph of text is kept (a news headline repeated in the headline lists of
 * three programmes is text, not furniture), as is the same paragraph in the middle of a document —
 * unless the runs drop it from at least one in {@value #PERVASIVE} of the documents, and at least
 * {@value #PERVASIVE_MIN}: the furniture of the whole source is dropped wherever it stands at an
 * edge, after text too (a site's appeal for subscribers above each author's note: an author of
 * three or more documents has a note that the run passes, a one-off author's note stops it) — and
 * so is a heading ({@link Headings}: "一、过去五年工作回顾", "结束语" before its text), which repeats across the
 * reports of a series as a title, not as furniture. A corpus of fewer than {@value #MIN_DOCUMENTS}
 * documents has no boilerplate. A paragraph of hashtags alone ("#摩登兄弟# #新歌#") is the author's label
 * of a post, however many posts it opens: no boilerplate of any kind (in a file of one post every
 * line is at an edge, and dropping its tags took half of a year's mentions of a band that posts of
 * a month saved as one file kept).
 *
 * <p>Furniture also repeats <b>inside</b> documents that gather many items (a news programme's
 * transcript: "[查看原文]" after every item, "央视网消息（新闻联播）：" before each). A short paragraph (at most
 * {@value #SHORT} characters of key) that is no numbered heading nor a row of figures (a number
 * grouped by thousands, or two with decimals: a budget repeats the rows of its line items in
 * several tables, and with digits left out of the key every row of an item reads alike) and stands
 * at least twice in each of at least {@value #MIN_DOCUMENTS} documents, and of one in {@value
 * #SHARE} of them (the members present at a meeting, listed after each of its talks on a few days
 * of 1,423, are news), and twice in at least half the documents that have it, is dropped wherever
 * it stands (a short line before body text that repeats so is furniture, not a title; a component's
 * name that heads two lists of changes in a few of the many release notes naming it is text); a
 * <b>lead-in</b> — the start of a paragraph up to a colon "：", at most {@value #LEAD_IN}
 * characters, with text after it — that starts at least two paragraphs in each of at least {@value
 * #MIN_DOCUMENTS} documents, or starts one of the first {@value #OPENING} paragraphs of text (with
 * a sentence in it: not a title) of at least half the documents (a dateline before each news item
 * saved as a file of its own), is cut from every paragraph it starts, the rest of the paragraph
 * kept. Text repeats, but rarely twice in one document and in three: a heading or a title that
 * repeats across a series stands once in each of its documents.
 *
 * <p>A <b>title</b> that opens a document — its first paragraph, a numbered, Markdown or title-line
 * heading — and opens at least {@value #MIN_DOCUMENTS} documents, all of one year, but under a
 * quarter of the documents is the title of a work saved as several files (a report in chapters,
 * each file headed by the report's title): it is dropped from every document that it opens, so that
 * its words do not count once per file. A title that opens a quarter of the documents or more names
 * the series (新闻联播, 政府工作报告) and stays: the framing-heading rule makes its words no terms. One that
 * opens documents of several years is a form that texts share (a ci's tune 浣溪沙, a release's "#
 * 4.0.0-rc.1"), each file a text of its own, and stays.
 *
 * <p>A <b>trailer</b> — a bracketed note that ends a paragraph after its last sentence (…长江。（《新闻联播》
 * 20221001 19:00）) or makes up a whole paragraph, at most {@value #TRAILER} characters with a word
 * in it — that ends paragraphs in at least half the documents (and at least {@value
 * #MIN_DOCUMENTS}) is cut from every paragraph it ends: a source's sign-off, joined to the last
 * item of a list by a soft line break. Once in each of half the documents, as a masthead is; a note
 * in the text (a quotation's source, a date) does not recur so. Marked headings keep theirs.
 *
 * <p>A <b>bracket code</b> — "[" and "]" around at most {@value #CODE_MAX} characters with a letter
 * among them and no space or sentence mark (a microblog's emoticon "[嘻嘻]", "[doge]", a site's label
 * "[文章]" before each item, a forum's "[/code]") — that stands in at least {@value #MIN_DOCUMENTS}
 * documents is markup of the source, not text: it is cut wherever it stands, so that 嘻嘻 is no
 * keyword of a year of posts.
 *
 * <p>An <b>aside</b> — a note in brackets of at most eight Chinese characters, not a number, after
 * a sentence end or alone in its paragraph ({@link Asides}: （记者笑）, （鼓掌）) — that stands so in at
 * least {@value #MIN_DOCUMENTS} documents is the record of the room in a series of transcripts,
 * each of which may hold it once (cleanup removes one that its document repeats): it is cut
 * wherever it stands so, and 记者笑 is no candidate term of a year of press conferences.
 *
 * <p>A <b>copy</b> — a document that repeats most of an earlier document of the same year ({@link
 * Copies}: the same post saved twice, an article carried by two sites) — loses the paragraphs that
 * the earlier copies of its year hold word for word and figure for figure, so the repeated text is
 * counted once and what the copy adds or updates (a comment on a repost, a bulletin's new figures)
 * stays ({@link #detect(List, List, boolean)}). A copy in another year stays whole: a law
 * re-enacted, a statement repeated a year later, is that year's text.
 *
 * <p>A document that <b>repeats itself</b> — a stretch of consecutive paragraphs, at least {@value
 * #STRETCH_PARAGRAPHS} of them different and {@value #STRETCH_CHARS} characters or more, that
 * stands word for word and figure for figure earlier in the same document, the two stretches apart
 * — loses the later stretch: a text saved twice into one file (a report whose source carries it
 * twice), a page whose export repeats its article. Writing repeats a formula or a short clause of a
 * law, a paragraph at most, not a run of different paragraphs in the same order; a line repeated
 * over and over is one paragraph, however long the run.
 *
 * <p>A document's <b>section of notes</b> — its endnotes or references under a heading of their
 * own, "注释" or "参考文献" alone in a paragraph, followed by entries opened by note marks (〔1〕, [1], ①,
 * ⑴, "1.") — is the editors' or author's apparatus, not the text, and is dropped ({@link
 * NotesSection}; position {@code notes}).
 *
 * <p>Paragraphs are the lines of the cleaned text ({@link Normalizer}), so detection runs on text
 * whose wrapping has already been repaired and whose running headers within a document are gone.
 */
public final class Boilerplate implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Share of the documents (one in so many) from whose edges the runs must drop a key for it to be
   * dropped near an edge after text too ({@link #reasons(List)}): the furniture of a whole source,
   * such as a site's appeal for subscribers above each author's note.
   */
  static final int PERVASIVE = 4;

  /**
   * Fewest documents from whose edges the runs must drop a key for it to be dropped near an edge
   * after text too: in a handful of documents a quarter is one or two, and a paragraph that two of
   * four documents open with may be text that the other two quote.
   */
  static final int PERVASIVE_MIN = 10;

  /** Paragraphs at each edge of a document in which boilerplate is looked for. */
  public static final int WINDOW = 8;

  /** Fewest documents whose edges must share a paragraph for it to be boilerplate. */
  public static final int MIN_DOCUMENTS = 3;

  /**
   * Share of the documents (one in so many) whose edges, or insides, a paragraph must stand in to
   * be boilerplate or furniture, when that is more than {@value #MIN_DOCUMENTS} documents: the
   * furniture of a source stands in a good share of its documents, while in a long series a few
   * documents share the lead of an event that recurs (the same sentence but for its date in three
   * of 1,423 daily news transcripts: a meeting held each April) or a stock sentence of news (the
   * members present at a meeting).
   */
  static final int SHARE = 100;

  /**
   * Returns the fewest documents an edge or inside paragraph must stand in, out of {@code groups}
   * documents (copies of one counted once): {@value #MIN_DOCUMENTS}, or one in {@value #SHARE}
   * (rounded up) when that is more.
   */
  static int leastDocuments(long groups) {
    return (int) Math.max(MIN_DOCUMENTS, (groups + SHARE - 1) / SHARE);
  }

  /** Longest key of a paragraph that is furniture inside documents, characters. */
  public static final int SHORT = 20;

  /** Longest lead-in before its colon, characters. */
  public static final int LEAD_IN = 12;

  /** Longest text of a bracket code, brackets not included, characters. */
  public static final int CODE_MAX = 8;

  /** Longest trailer, brackets included, characters. */
  public static final int TRAILER = 24;

  /** Fewest different paragraphs of a stretch that a document repeats of itself. */
  public static final int STRETCH_PARAGRAPHS = 3;

  /** Fewest characters (whitespace not counted) of a stretch that a document repeats of itself. */
  public static final int STRETCH_CHARS = 200;

  /**
   * Most earlier places of a paragraph from which a stretch that repeats it is looked for: a line
   * that stands hundreds of times in a document ("（一）") does not make the search quadratic.
   */
  private static final int STRETCH_STARTS = 16;

  /** Fewest times a short paragraph or lead-in repeats in each document that counts for it. */
  public static final int REPEATS = 2;

  /**
   * Fewest documents from which the runs of furniture at their edges must drop a key: one could be
   * chance (a line of text that happens to stand next to the frame), two is a pattern.
   */
  static final int MIN_DROPPED = 2;

  /**
   * One paragraph found to be boilerplate.
   *
   * @param text the paragraph as it stands in the first document that has it (corpus order)
   * @param documents documents from whose edges it was dropped
   * @param occurrences times it was dropped in all
   * @param position where it stood: {@code start}, {@code end} or {@code start+end} (the edges),
   *     {@code inside} (a short paragraph repeated inside documents), {@code lead-in} (the start of
   *     paragraphs, cut from them), {@code trailer} (the end of paragraphs, cut from them), {@code
   *     copy} (a paragraph of a document that an earlier copy of it, of the same year, holds),
   *     {@code code} (a bracket code, cut wherever it stands), {@code repeat} (a paragraph of a
   *     stretch that its document repeats of itself), {@code notes} (a paragraph of a section of
   *     notes, its heading too) or {@code aside} (a note in brackets between sentences, cut
   *     wherever it stands so)
   * @param wordings the different wordings dropped as this paragraph: 1 when every copy reads the
   *     same, more when they differ only in their numbers or whitespace (2007年3月21日…第171次…,
   *     2009年…第4次…), which a paragraph's key reads as one (so {@code text} is found once in the
   *     files, the rest in other numbers)
   */
  public record Paragraph(
      String text, int documents, int occurrences, String position, int wordings)
      implements java.io.Serializable {
    /** A paragraph every copy of which reads the same. */
    public Paragraph(String text, int documents, int occurrences, String position) {
      this(text, documents, occurrences, position, 1);
    }

    /**
     * Returns how the paragraph was dropped, as the notes on a search name it: {@code copy}, {@code
     * notes}, or {@code boilerplate} (any other position).
     */
    public String droppedAs() {
      return position.equals("copy") || position.equals("notes") ? position : "boilerplate";
    }
  }

  private static final Boilerplate NONE =
      new Boilerplate(
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          List.of(),
          new int[0],
          Map.of(),
          Set.of(),
          Map.of(),
          Map.of());

  private final Set<String> keys;
  private final Set<String> inside;
  private final Set<String> leadIns;

  /** The bracket codes (see the class): cut wherever they stand. */
  private final Set<String> codes;

  /**
   * The asides that stand between sentences in several documents (see the class), brackets
   * included: cut wherever they stand so.
   */
  private final Set<String> asides;

  private final Set<String> trailers;
  private final Set<String> titles;
  private final Set<String> closers;

  /**
   * The keys the edge runs drop from a quarter of the documents or more, and from at least {@value
   * #PERVASIVE_MIN}: dropped wherever they stand near an edge ({@link #PERVASIVE}).
   */
  private final Set<String> pervasive;

  private final List<Paragraph> paragraphs;
  private final int[] copyOf;

  /**
   * Per document that copies an earlier one of its year: the keys of its paragraphs that such an
   * earlier copy holds.
   */
  private final Map<Integer, Set<String>> repeats;

  /** The documents that repeat a stretch of their own text (see the class). */
  private final Set<Integer> selfRepeating;

  /**
   * Per document with a section of notes ({@link NotesSection}), the paragraphs that belong to one,
   * found once, when the corpus is read.
   */
  private final Map<Integer, java.util.BitSet> notes;

  /** Per document that repeats an aside of its own ({@link Asides#repeated}), those asides. */
  private final Map<Integer, Set<String>> ownAsides;

  /** The length of the longest key in {@link #keys}. */
  private final int longestKey;

  /** The length of the longest key in {@link #inside}. */
  private final int longestInside;

  private Boilerplate(
      Set<String> keys,
      Set<String> inside,
      Set<String> leadIns,
      Set<String> codes,
      Set<String> asides,
      Set<String> trailers,
      Set<String> titles,
      Set<String> closers,
      Set<String> pervasive,
      List<Paragraph> paragraphs,
      int[] copyOf,
      Map<Integer, Set<String>> repeats,
      Set<Integer> selfRepeating,
      Map<Integer, java.util.BitSet> notes,
      Map<Integer, Set<String>> ownAsides) {
    this.ownAsides = Map.copyOf(ownAsides);
    this.copyOf = copyOf.clone();
    this.selfRepeating = Set.copyOf(selfRepeating);
    this.notes = Map.copyOf(notes);
    this.pervasive = Set.copyOf(pervasive);
    this.repeats = Map.copyOf(repeats);
    this.titles = Set.copyOf(titles);
    this.closers = Set.copyOf(closers);
    this.keys = Set.copyOf(keys);
    this.longestKey = keys.stream().mapToInt(String::length).max().orElse(0);
    this.inside = Set.copyOf(inside);
    this.longestInside = inside.stream().mapToInt(String::length).max().orElse(0);
    this.leadIns = Set.copyOf(leadIns);
    this.codes = Set.copyOf(codes);
    this.asides = Set.copyOf(asides);
    this.trailers = Set.copyOf(trailers);
    this.paragraphs = List.copyOf(paragraphs);
  }

  /** Returns the detector that finds nothing (boilerplate left in). */
  public static Boilerplate none() {
    return NONE;
  }

  /**
   * Returns the boilerplate of a corpus given as the cleaned texts of its documents, in order, all
   * of one year.
   */
  public static Boilerplate detect(List<String> cleanedTexts) {
    return detect(cleanedTexts, java.util.Collections.nCopies(cleanedTexts.size(), 0));
  }

  /**
   * Returns the boilerplate of a corpus given as the cleaned texts of its documents, in order, and
   * their years, the paragraphs that copies repeat from an earlier copy of their year included.
   */
  public static Boilerplate detect(List<String> cleanedTexts, List<Integer> years) {
    return detect(cleanedTexts, years, true);
  }

  /**
   * Returns the boilerplate of a corpus given as the cleaned texts of its documents, in order, and
   * their years; with {@code copies}, a document that copies an earlier one of its year ({@link
   * Copies}) also loses the paragraphs that such an earlier copy holds: a post saved twice, an
   * article carried by two sites, is counted once, and what a copy adds of its own (a comment on a
   * repost) stays. A copy in another year is that year's text and stays whole (a law re-enacted, a
   * statement repeated a year later).
   */
  public static Boilerplate detect(List<String> cleanedTexts, List<Integer> years, boolean copies) {
    if (cleanedTexts.size() != years.size()) {
      throw new IllegalArgumentException(
          years.size() + " years for " + cleanedTexts.size() + " documents");
    }
    // fewer than MIN_DOCUMENTS documents hold no furniture (no key reaches the threshold), but
    // may hold copies
    Map<String, Set<Integer>> edgeDocuments = new HashMap<>();
    Map<String, Set<Integer>> insideDocuments = new HashMap<>();
    Map<String, Set<Integer>> leadInDocuments = new HashMap<>();
    Map<String, Set<Integer>> trailerDocuments = new HashMap<>();
    Map<String, Set<Integer>> codeDocuments = new HashMap<>();
    Map<String, Set<Integer>> asideDocuments = new HashMap<>();
    Map<String, Set<Integer>> titleDocuments = new HashMap<>();
    Map<String, Set<Integer>> titleYears = new HashMap<>();
    Map<String, Set<Integer>> openingLeadInDocuments = new HashMap<>();
    // each document is cut into paragraphs once and its keys found, in parallel; the documents
    // are counted in order, a group of copies of one document as one
    List<List<String>> paragraphs =
        cleanedTexts.parallelStream().map(Boilerplate::paragraphs).toList();
    List<Keys> all = paragraphs.parallelStream().map(Boilerplate::keys).toList();
    int[] group = Copies.groups(all.stream().map(Keys::paragraphs).toList());
    for (int d = 0; d < all.size(); d++) {
      Keys keys = all.get(d);
      count(edgeDocuments, keys.edge(), group[d]);
      count(insideDocuments, keys.repeated(), group[d]);
      count(leadInDocuments, keys.leadIns(), group[d]);
      if (keys.openingLeadIn() != null) {
        count(openingLeadInDocuments, List.of(keys.openingLeadIn()), group[d]);
      }
      count(trailerDocuments, keys.trailers(), group[d]);
      count(codeDocuments, keys.codes(), group[d]);
      count(asideDocuments, keys.asides(), group[d]);
      if (keys.opening() != null) {
        count(titleDocuments, List.of(keys.opening()), group[d]);
        count(titleYears, List.of(keys.opening()), years.get(d));
      }
    }
    long groups = Arrays.stream(group).distinct().count();
    int least = leastDocuments(groups);
    beyondTheWindow(paragraphs, group, edgeDocuments, least);
    // the title of a work saved as several files opens each of them, all of one year; one that
    // opens a quarter of the documents or more names the series, and the framing rule keeps it as
    // text; one that opens documents of several years is a form that texts share (a ci's tune, a
    // release's "# 4.0.0-rc.1"), each file its own text
    Set<String> titles = common(titleDocuments, MIN_DOCUMENTS);
    titles.removeIf(
        k -> 4 * titleDocuments.get(k).size() >= groups || titleYears.get(k).size() > 1);
    Boilerplate found =
        new Boilerplate(
            common(edgeDocuments, least),
            furniture(common(insideDocuments, least), insideDocuments, all, group),
            leadIns(leadInDocuments, openingLeadInDocuments, groups),
            common(codeDocuments, MIN_DOCUMENTS),
            common(asideDocuments, MIN_DOCUMENTS),
            common(trailerDocuments, (int) Math.max(MIN_DOCUMENTS, (groups + 1) / 2)),
            titles,
            Set.of(),
            Set.of(),
            List.of(),
            group,
            copies ? repeats(paragraphs, group, years) : Map.of(),
            copies ? selfRepeating(paragraphs) : Set.of(),
            notes(paragraphs),
            ownAsides(paragraphs));
    if (!found.keys.isEmpty()) found = found.droppedAtEdges(paragraphs, group, groups);
    return found.isEmpty() && groups == group.length ? NONE : found.recorded(paragraphs);
  }

  /**
   * Returns, per document that copies an earlier one of its year ({@code group}: the first document
   * of each one's group of copies), its paragraphs ({@link #exact}) that those earlier copies hold
   * word for word and figure for figure: a paragraph whose numbers were updated is the copy's own.
   */
  private static Map<Integer, Set<String>> repeats(
      List<List<String>> paragraphs, int[] group, List<Integer> years) {
    Map<Integer, Set<String>> out = new HashMap<>();
    // the paragraphs held so far by each group's documents of each year
    Map<List<Integer>, Set<String>> held = new HashMap<>();
    for (int d = 0; d < group.length; d++) {
      Set<String> own = new HashSet<>();
      for (String p : paragraphs.get(d)) {
        String e = exact(p);
        if (!e.isEmpty()) own.add(e);
      }
      Set<String> before =
          held.computeIfAbsent(List.of(group[d], years.get(d)), k -> new HashSet<>());
      Set<String> repeated = new HashSet<>(own);
      repeated.retainAll(before);
      if (!repeated.isEmpty()) out.put(d, repeated);
      before.addAll(own);
    }
    return out;
  }

  /**
   * Returns, per document that holds a section of notes ({@link NotesSection}), the paragraphs of
   * its sections.
   */
  private static Map<Integer, java.util.BitSet> notes(List<List<String>> paragraphs) {
    java.util.BitSet[] found =
        paragraphs.parallelStream().map(NotesSection::of).toArray(java.util.BitSet[]::new);
    Map<Integer, java.util.BitSet> out = new HashMap<>();
    for (int d = 0; d < found.length; d++) if (!found[d].isEmpty()) out.put(d, found[d]);
    return out;
  }

  /** Returns, per document that repeats an aside of its own, those asides. */
  private static Map<Integer, Set<String>> ownAsides(List<List<String>> paragraphs) {
    List<Set<String>> found = paragraphs.parallelStream().map(Asides::repeated).toList();
    Map<Integer, Set<String>> out = new HashMap<>();
    for (int d = 0; d < found.size(); d++) {
      if (!found.get(d).isEmpty()) out.put(d, Set.copyOf(found.get(d)));
    }
    return out;
  }

  /** Returns the documents that repeat a stretch of their own text ({@link #stretches}). */
  private static Set<Integer> selfRepeating(List<List<String>> paragraphs) {
    return java.util.stream.IntStream.range(0, paragraphs.size())
        .parallel()
        .filter(d -> stretches(paragraphs.get(d)).cardinality() > 0)
        .boxed()
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * Returns the paragraphs of the later stretches that a document repeats of itself (see the
   * class): from the first paragraph on, where a paragraph stands earlier too, the longest run from
   * there that repeats, word for word and figure for figure ({@link #exact}), a run that ends
   * before it starts; a run of at least {@value #STRETCH_PARAGRAPHS} different paragraphs and
   * {@value #STRETCH_CHARS} characters is a later stretch, and the search goes on after it.
   */
  static java.util.BitSet stretches(List<String> paras) {
    int n = paras.size();
    java.util.BitSet out = new java.util.BitSet(n);
    // most documents repeat no paragraph at all: told by a hash of each paragraph's exact form,
    // without making it
    it.unimi.dsi.fastutil.ints.IntOpenHashSet hashes =
        new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
    boolean repeated = false;
    for (int i = 0; i < n && !repeated; i++) repeated = !hashes.add(exactHash(paras.get(i)));
    if (!repeated) return out;
    String[] e = new String[n];
    for (int i = 0; i < n; i++) e[i] = exact(paras.get(i));
    Map<String, List<Integer>> earlier = new HashMap<>();
    for (int i = 0; i < n; ) {
      int longest = 0;
      for (int j : e[i].isEmpty() ? List.<Integer>of() : earlier.getOrDefault(e[i], List.of())) {
        int k = 0;
        int chars = 0;
        Set<String> distinct = new HashSet<>();
        while (i + k < n && j + k < i && !e[i + k].isEmpty() && e[i + k].equals(e[j + k])) {
          chars += e[i + k].codePointCount(0, e[i + k].length());
          distinct.add(e[i + k]);
          k++;
        }
        if (distinct.size() >= STRETCH_PARAGRAPHS && chars >= STRETCH_CHARS)
          longest = Math.max(longest, k);
      }
      if (longest > 0) {
        out.set(i, i + longest);
        i += longest;
        continue;
      }
      List<Integer> at = earlier.computeIfAbsent(e[i], k -> new ArrayList<>());
      if (at.size() < STRETCH_STARTS) at.add(i);
      i++;
    }
    return out;
  }

  /** Returns the hash of {@link #exact}'s result, worked out without making it. */
  private static int exactHash(String paragraph) {
    int h = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) h = 31 * h + c;
    }
    return h;
  }

  /** Returns a paragraph without its whitespace, digits as written (unlike {@link #key}). */
  private static String exact(String paragraph) {
    StringBuilder out = new StringBuilder(paragraph.length());
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) out.append(c);
    }
    return out.toString();
  }

  /**
   * Returns the short paragraphs of {@code repeated} (keys that stand twice in each of {@code
   * repeatedIn}'s documents) that stand twice in at least half the documents that have them: a
   * programme's "[查看原文]" after every item of every transcript, not a component's name that heads
   * two lists of changes in a few of the many release notes that name it once.
   */
  private static Set<String> furniture(
      Set<String> repeated, Map<String, Set<Integer>> repeatedIn, List<Keys> all, int[] group) {
    if (repeated.isEmpty()) return repeated;
    Map<String, Set<Integer>> present = new HashMap<>();
    for (int d = 0; d < all.size(); d++) {
      Set<String> here = all.get(d).paragraphs();
      for (String k : repeated) {
        if (here.contains(k)) present.computeIfAbsent(k, x -> new HashSet<>()).add(group[d]);
      }
    }
    repeated.removeIf(k -> 2 * repeatedIn.get(k).size() < present.get(k).size());
    return repeated;
  }

  /**
   * Returns this boilerplate with the edge keys that its edge runs drop from at least {@value
   * #MIN_DROPPED} documents (copies of one counted once) and from at least as many documents as
   * stand them as text (outside the runs, where no other rule drops them), as often as one goes: in
   * short documents every paragraph is at an edge, and a line of text that three posts share
   * ("高考英语") is furniture only if it sits in the run of furniture at an edge more than once; a line
   * that text holds more often than the edges do (a component's name heading a release note's list
   * of changes, "TypeScript") is text that happens to stand at an edge. Once the runs are settled,
   * its closers are the Markdown headings that stand, in at least {@value #MIN_DOCUMENTS}
   * documents, right above what the run from the end drops, heading only that ("## 订阅" above a
   * subscription footer); a heading that closes one document so is a headline whose item has no
   * text, and stays.
   */
  private Boilerplate droppedAtEdges(List<List<String>> paras, int[] group, long groups) {
    Boilerplate b = this;
    while (true) {
      Boilerplate current = b;
      // per document: the keys its edge runs drop, the keys it holds as text, and its closings
      List<List<Collection<String>>> found =
          paras.parallelStream()
              .map(
                  ps -> {
                    byte[] why = current.reasons(ps);
                    Set<String> dropped = new HashSet<>();
                    Set<String> text = new HashSet<>();
                    // furniture frames text: a document that the runs would leave with none is no
                    // evidence that its paragraphs are furniture (a comment many people posted,
                    // 好看, saved one to a file), nor that they are text (a page of navigation)
                    boolean whole = wholeAtEdges(why);
                    for (int i = 0; i < ps.size(); i++) {
                      String key = key(ps.get(i), null, current.longestKey);
                      if (key == null || !current.keys.contains(key)) continue;
                      if (why[i] == EDGE && !whole) dropped.add(key);
                      else if (why[i] == KEPT && !markedHeading(ps, i)) text.add(key);
                    }
                    return List.of(dropped, text, closings(ps, why, null, false));
                  })
              .toList();
      Map<String, Set<Integer>> droppedFrom = new HashMap<>();
      Map<String, Set<Integer>> textIn = new HashMap<>();
      for (int d = 0; d < found.size(); d++) {
        count(droppedFrom, found.get(d).get(0), group[d]);
        count(textIn, found.get(d).get(1), group[d]);
      }
      Set<String> kept = common(droppedFrom, MIN_DROPPED);
      kept.removeIf(k -> textIn.getOrDefault(k, Set.of()).size() > droppedFrom.get(k).size());
      if (kept.size() == b.keys.size()) {
        // the runs are settled: the headings that close them in enough documents are closers
        Map<String, Set<Integer>> closing = new HashMap<>();
        for (int d = 0; d < found.size(); d++) count(closing, found.get(d).get(2), group[d]);
        Set<String> closers = common(closing, MIN_DOCUMENTS);
        Set<String> pervasive = new HashSet<>(kept);
        pervasive.removeIf(
            k ->
                droppedFrom.get(k).size() < PERVASIVE_MIN
                    || PERVASIVE * droppedFrom.get(k).size() < groups);
        return b.with(kept, closers, pervasive, List.of());
      }
      b = b.with(kept, closers, Set.of(), List.of());
    }
  }

  /**
   * Returns whether the edge runs ({@code why}) drop every paragraph of a document, and it has one.
   */
  private static boolean wholeAtEdges(byte[] why) {
    for (byte w : why) if (w != EDGE) return false;
    return why.length > 0;
  }

  /**
   * Returns this boilerplate with these edge keys, closers, pervasive keys and record of what it
   * drops, all else as it is.
   */
  private Boilerplate with(
      Set<String> keys, Set<String> closers, Set<String> pervasive, List<Paragraph> paragraphs) {
    return new Boilerplate(
        keys,
        inside,
        leadIns,
        codes,
        asides,
        trailers,
        titles,
        closers,
        pervasive,
        paragraphs,
        copyOf,
        repeats,
        selfRepeating,
        notes,
        ownAsides);
  }

  /**
   * Returns the keys of the Markdown headings kept right above what the run from the end drops
   * ({@code why}), with only dropped paragraphs and such headings after them, that are among {@code
   * closers} (any, when null); with {@code drop}, marks them dropped.
   */
  private static List<String> closings(
      List<String> paras, byte[] why, Set<String> closers, boolean drop) {
    List<String> out = new ArrayList<>();
    boolean droppedAfter = false;
    for (int i = paras.size() - 1; i >= 0; i--) {
      if (why[i] == EDGE) {
        droppedAfter = true;
        continue;
      }
      String k = why[i] == KEPT && droppedAfter ? key(paras.get(i)) : null;
      if (k == null
          || !Headings.looksLikeMarkdownHeading(paras.get(i))
          || (closers != null && !closers.contains(k))) {
        break;
      }
      out.add(k);
      if (drop) why[i] = EDGE;
    }
    return out;
  }

  /**
   * The keys of one document: of the paragraphs at its edges, of the short paragraphs and the
   * lead-ins that stand at least {@link #REPEATS} times in it, of its trailers, and of all its
   * paragraphs (for {@link Copies}).
   */
  private record Keys(
      Set<String> edge,
      List<String> repeated,
      List<String> leadIns,
      Set<String> codes,
      Set<String> asides,
      Set<String> trailers,
      Set<String> paragraphs,
      String opening,
      String openingLeadIn) {}

  /** The most windows an edge grows by past a run of boilerplate ({@link #beyondTheWindow}). */
  static final int MAX_WINDOWS = 8;

  /**
   * Adds to {@code edgeDocuments} the keys past the window of the documents whose edge is
   * boilerplate to its inner end: a footer or a masthead longer than {@value #WINDOW} paragraphs (a
   * newsletter's sponsors, links and subscription notes, the same in each of its issues) is
   * boilerplate as far as it goes. Where the paragraphs of text from a document's end (its start)
   * are boilerplate for {@value #WINDOW} paragraphs or more, the next {@value #WINDOW} before them
   * (after them) are at its edge too; keys found so in {@code least} documents ({@link
   * #leastDocuments}) join, and the edge grows again, at most {@value #MAX_WINDOWS} times.
   */
  private static void beyondTheWindow(
      List<List<String>> paragraphs,
      int[] group,
      Map<String, Set<Integer>> edgeDocuments,
      int least) {
    // each document's paragraphs of text, their keys and which are title lines: made once, for
    // every round
    List<TextKeys> text = paragraphs.stream().map(TextKeys::of).toList();
    for (int round = 0; round < MAX_WINDOWS; round++) {
      Set<String> edge = common(edgeDocuments, least);
      Map<String, Set<Integer>> further = new HashMap<>();
      for (int d = 0; d < text.size(); d++) count(further, text.get(d).further(edge), group[d]);
      boolean grew = false;
      for (String k : common(further, least)) {
        if (!edge.contains(k)) grew = true;
      }
      if (!grew) return;
      further.forEach((k, ds) -> edgeDocuments.computeIfAbsent(k, x -> new HashSet<>()).addAll(ds));
    }
  }

  /**
   * A document's paragraphs of text (marked headings and empty keys left out, as at the window):
   * their keys, and whether each is a title line ({@link #heading}), which is no boilerplate.
   */
  private record TextKeys(String[] keys, boolean[] titles) {
    static TextKeys of(List<String> paras) {
      List<String> keys = new ArrayList<>();
      List<Boolean> titles = new ArrayList<>();
      for (int i = 0; i < paras.size(); i++) {
        String key = key(paras.get(i));
        if (markedHeading(paras, i) || key.isEmpty()) continue;
        keys.add(key);
        titles.add(heading(paras, i));
      }
      boolean[] t = new boolean[titles.size()];
      for (int k = 0; k < t.length; k++) t[k] = titles.get(k);
      return new TextKeys(keys.toArray(String[]::new), t);
    }

    /**
     * Returns the keys of the {@value #WINDOW} paragraphs past each run of {@code edge} keys of at
     * least {@value #WINDOW} paragraphs that starts or ends the document, title lines left out.
     */
    Set<String> further(Set<String> edge) {
      int n = keys.length;
      int fromEnd = 0;
      while (fromEnd < n && edge.contains(keys[n - 1 - fromEnd])) fromEnd++;
      int fromStart = 0;
      while (fromStart < n && edge.contains(keys[fromStart])) fromStart++;
      Set<String> out = new HashSet<>();
      if (fromEnd >= WINDOW) {
        for (int t = Math.max(0, n - fromEnd - WINDOW); t < n - fromEnd; t++) add(out, t);
      }
      if (fromStart >= WINDOW) {
        for (int t = fromStart; t < Math.min(n, fromStart + WINDOW); t++) add(out, t);
      }
      return out;
    }

    private void add(Set<String> out, int t) {
      if (!titles[t]) out.add(keys[t]);
    }
  }

  private static Keys keys(List<String> paras) {
    Set<String> edge = new HashSet<>();
    Map<String, Integer> shortHere = new HashMap<>();
    Map<String, Integer> leadInsHere = new HashMap<>();
    Set<String> trailers = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<String> asides = new HashSet<>();
    Set<String> all = new HashSet<>();
    boolean[] marked = new boolean[paras.size()];
    for (int i = 0; i < paras.size(); i++) marked[i] = markedHeading(paras, i);
    boolean[] atEdge = textEdges(marked);
    for (int i = 0; i < paras.size(); i++) {
      String key = key(paras.get(i));
      if (key.isEmpty()) continue;
      // a numbered line is compared for copies ("1. #话题#" items are what tells posts apart), but
      // is no boilerplate
      all.add(key);
      if (marked[i] || QuotedTerms.onlyHashtags(paras.get(i))) continue;
      if (atEdge[i] && !heading(paras, i)) edge.add(key);
      // a row of a table's figures is data, however often a budget repeats it: its key, digits
      // collapsed, is the key of every row of its line item
      if (key.codePointCount(0, key.length()) <= SHORT && !Unwrapper.holdsFigures(paras.get(i))) {
        shortHere.merge(key, 1, Integer::sum);
      }
      String lead = leadIn(paras.get(i));
      if (lead != null) leadInsHere.merge(key(lead), 1, Integer::sum);
      String trailer = trailer(paras.get(i));
      if (trailer != null) trailers.add(key(trailer));
      codes(paras.get(i), codes);
      Asides.notes(paras.get(i), asides::add);
    }
    String opening =
        !paras.isEmpty()
                && (markedHeading(paras, 0) || heading(paras, 0))
                && !QuotedTerms.onlyHashtags(paras.get(0))
            ? key(paras.get(0))
            : null;
    // the first lead-in among the first paragraphs of text (a dateline "央视网消息（新闻联播）："
    // before an item, under its title); a title, a heading or a line without a sentence is none
    String openingLeadIn = null;
    for (int i = 0, text = 0; i < paras.size() && text < OPENING && openingLeadIn == null; i++) {
      String p = paras.get(i);
      if (marked[i] || !Punctuation.hasUnitEnd(p) || heading(paras, i)) {
        continue;
      }
      text++;
      String lead = leadIn(p);
      if (lead != null) openingLeadIn = key(lead);
    }
    return new Keys(
        edge,
        repeated(shortHere),
        repeated(leadInsHere),
        codes,
        asides,
        trailers,
        all,
        opening == null || opening.isEmpty() ? null : opening,
        openingLeadIn);
  }

  /** Returns the keys that stand at least {@link #REPEATS} times. */
  private static List<String> repeated(Map<String, Integer> here) {
    List<String> out = new ArrayList<>();
    here.forEach(
        (k, n) -> {
          if (n >= REPEATS) out.add(k);
        });
    return out;
  }

  /** Adds the document (its group of copies) to the documents of each of the keys. */
  private static void count(Map<String, Set<Integer>> documents, Iterable<String> keys, int group) {
    for (String k : keys) documents.computeIfAbsent(k, x -> new HashSet<>()).add(group);
  }

  /**
   * Returns the lead-ins of furniture: those that start at least {@link #REPEATS} paragraphs in
   * each of at least {@value #MIN_DOCUMENTS} documents, and those that start one of the first
   * {@value #OPENING} paragraphs of text of at least half the documents (and {@value
   * #MIN_DOCUMENTS}): a source's dateline before each item saved as a file of its own.
   */
  private static Set<String> leadIns(
      Map<String, Set<Integer>> repeated, Map<String, Set<Integer>> opening, long groups) {
    Set<String> out = common(repeated, MIN_DOCUMENTS);
    out.addAll(common(opening, (int) Math.max(MIN_DOCUMENTS, (groups + 1) / 2)));
    return out;
  }

  /** Paragraphs of text at a document's start in which its opening lead-in is looked for. */
  static final int OPENING = 3;

  /** Returns the keys counted in at least {@code min} documents. */
  private static Set<String> common(Map<String, Set<Integer>> documents, int min) {
    Set<String> keys = new HashSet<>();
    documents.forEach(
        (k, n) -> {
          if (n.size() >= min) keys.add(k);
        });
    return keys;
  }

  /**
   * Returns this boilerplate with the record of what it drops from the texts (cut into their {@code
   * paragraphs}): per paragraph or lead-in its first wording, documents, occurrences, positions and
   * number of wordings, in order of first appearance.
   */
  private Boilerplate recorded(List<List<String>> paragraphs) {
    Map<String, String> first = new HashMap<>();
    Map<String, Set<String>> wordings = new HashMap<>();
    // key -> {documents, occurrences, start, end, inside, lead-in, trailer}
    Map<String, int[]> tally = new TreeMap<>();
    List<String> order = new ArrayList<>();
    // what each document drops is found in parallel, and tallied in document order
    List<List<Dropped>> dropped =
        java.util.stream.IntStream.range(0, paragraphs.size())
            .parallel()
            .mapToObj(d -> dropped(d, paragraphs.get(d)))
            .toList();
    for (List<Dropped> here : dropped) {
      Set<String> seen = new HashSet<>();
      for (Dropped d : here) {
        if (first.putIfAbsent(d.key(), d.text()) == null) order.add(d.key());
        wordings.computeIfAbsent(d.key(), k -> new HashSet<>()).add(d.text());
        int[] t = tally.computeIfAbsent(d.key(), k -> new int[12]);
        if (seen.add(d.key())) t[0]++;
        t[1]++;
        t[d.where()] = 1;
      }
    }
    List<Paragraph> out = new ArrayList<>();
    for (String key : order) {
      int[] t = tally.get(key);
      List<String> positions = new ArrayList<>();
      String[] names = {
        "start", "end", "inside", "lead-in", "trailer", "copy", "code", "repeat", "notes", "aside"
      };
      for (int p = 0; p < names.length; p++) if (t[p + 2] == 1) positions.add(names[p]);
      out.add(
          new Paragraph(
              first.get(key), t[0], t[1], String.join("+", positions), wordings.get(key).size()));
    }
    return with(keys, closers, pervasive, out);
  }

  /**
   * A piece of text dropped from a document: its key (a lead-in's, trailer's or copy's marked apart
   * from a whole paragraph's), its wording, and where it stood (2 start, 3 end, 4 inside, 5
   * lead-in, 6 trailer, 7 copy, 8 code, 9 a stretch the document repeats of itself, 10 a section of
   * notes, 11 an aside).
   */
  private record Dropped(String key, String text, int where) {}

  /**
   * Returns what this boilerplate drops from the {@code d}-th document, cut into {@code paras}, in
   * text order.
   */
  private List<Dropped> dropped(int d, List<String> paras) {
    List<Dropped> out = new ArrayList<>();
    byte[] why = reasons(d, paras);
    Set<String> drop = asides(d, paras);
    for (int i = 0; i < paras.size(); i++) {
      if (why[i] == PART_START || why[i] == PART_END) {
        add(out, splitPart(paras, i, why[i])[0], why[i] == PART_START ? 2 : 3);
      } else if (why[i] == COPY) {
        add(out, paras.get(i).strip(), 7);
      } else if (why[i] == STRETCH) {
        add(out, paras.get(i).strip(), 9);
      } else if (why[i] == NOTES) {
        add(out, paras.get(i).strip(), 10);
      } else if (why[i] != KEPT) {
        add(out, paras.get(i).strip(), why[i] == EDGE ? (i < paras.size() / 2 ? 2 : 3) : 4);
      } else {
        String lead = cutLeadIn(paras, i);
        if (lead != null) add(out, lead, 5);
        String trailer = cutTrailer(withoutLeadIn(paras, i));
        if (trailer != null) add(out, trailer, 6);
      }
      if (why[i] == KEPT || why[i] == PART_START || why[i] == PART_END) {
        Matcher m = codes.isEmpty() ? null : CODE.matcher(paras.get(i));
        while (m != null && m.find()) if (codes.contains(m.group())) add(out, m.group(), 8);
        if (!drop.isEmpty()) {
          Asides.notes(
              withoutCodes(kept(paras, i, why[i])),
              n -> {
                if (drop.contains(n)) add(out, n, 11);
              });
        }
      }
    }
    return out;
  }

  /**
   * Returns the asides cut from the {@code d}-th document, cut into {@code paras}: those that stand
   * between sentences in several documents, and those it repeats itself ({@link Asides#repeated},
   * found when the corpus was; a text from outside the corpus has its own found now, when some
   * document of the corpus had any).
   */
  private Set<String> asides(int d, List<String> paras) {
    Set<String> own =
        d >= 0 && d < copyOf.length
            ? ownAsides.getOrDefault(d, Set.of())
            : ownAsides.isEmpty() ? Set.of() : Asides.repeated(paras);
    if (own.isEmpty()) return asides;
    Set<String> all = new HashSet<>(asides);
    all.addAll(own);
    return all;
  }

  private static void add(List<Dropped> out, String text, int where) {
    // a lead-in, trailer, copy or code has keys of its own: the same words can be a whole paragraph
    out.add(new Dropped("\u0000".repeat(Math.max(0, where - 4)) + key(text), text, where));
  }

  /**
   * Returns the cleaned text without its boilerplate: the paragraphs at the edges, the short
   * paragraphs repeated inside documents, the lead-ins and the trailers; paragraphs still separated
   * by single line breaks.
   */
  public String strip(String cleanedText) {
    return strip(-1, cleanedText);
  }

  /**
   * Returns the cleaned text of the {@code document}-th document of the corpus (counted from 0)
   * without its boilerplate ({@link #strip(String)}) and, when it copies an earlier document of its
   * year, without the paragraphs that copy holds.
   */
  public String strip(int document, String cleanedText) {
    if (isEmpty()) return cleanedText;
    List<String> paras = paragraphs(cleanedText);
    byte[] why = reasons(document, paras);
    Set<String> drop = asides(document, paras);
    StringBuilder out = new StringBuilder(cleanedText.length());
    for (int i = 0; i < paras.size(); i++) {
      if (why[i] != KEPT && why[i] != PART_START && why[i] != PART_END) continue;
      String para = Asides.without(withoutCodes(kept(paras, i, why[i])), drop);
      if (para.isBlank()) continue;
      if (!out.isEmpty()) out.append('\n');
      out.append(para);
    }
    return out.toString();
  }

  /**
   * Returns what a paragraph that is kept, or loses a part ({@code why}), keeps of itself: without
   * the lead-in or the sentences of boilerplate that it loses, and without its trailer; its bracket
   * codes and asides still in it.
   */
  private String kept(List<String> paras, int i, byte why) {
    String para = why == KEPT ? withoutLeadIn(paras, i) : splitPart(paras, i, why)[1];
    String trailer = cutTrailer(para);
    if (trailer == null) return para;
    String kept = para.strip();
    return kept.substring(0, kept.length() - trailer.length()).stripTrailing();
  }

  /** Returns the paragraphs found to be boilerplate, in order of first appearance. */
  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /**
   * Returns, for each document (in corpus order) that is a copy of an earlier one ({@link Copies}),
   * its index and the index of the first document of its group; in corpus order.
   */
  public List<int[]> copies() {
    List<int[]> out = new ArrayList<>();
    for (int d = 0; d < copyOf.length; d++) if (copyOf[d] != d) out.add(new int[] {d, copyOf[d]});
    return out;
  }

  /** Returns the first document of the {@code d}-th document's group of copies (itself if none). */
  public int copyGroup(int d) {
    return d < copyOf.length ? copyOf[d] : d;
  }

  /**
   * Returns whether the {@code d}-th document loses paragraphs that an earlier copy of it of the
   * same year holds.
   */
  public boolean dropsRepeats(int d) {
    return repeats.containsKey(d);
  }

  /**
   * Returns whether the {@code d}-th document loses a stretch that repeats an earlier one of its
   * own text (see the class).
   */
  public boolean repeatsItself(int d) {
    return selfRepeating.contains(d);
  }

  /** Returns whether the {@code d}-th document loses a section of notes ({@link NotesSection}). */
  public boolean dropsNotes(int d) {
    return notes.containsKey(d);
  }

  /** Returns whether nothing was found to drop. */
  public boolean isEmpty() {
    return keys.isEmpty()
        && inside.isEmpty()
        && leadIns.isEmpty()
        && codes.isEmpty()
        && asides.isEmpty()
        && ownAsides.isEmpty()
        && trailers.isEmpty()
        && titles.isEmpty()
        && closers.isEmpty()
        && repeats.isEmpty()
        && selfRepeating.isEmpty()
        && notes.isEmpty();
  }

  /**
   * Returns the key of a paragraph: no whitespace, each run of digits as one {@code 0}, and a range
   * of numbers (305-310, 12—15, 13--14, 3~4) as one number too, so a source line that cites other
   * pages in each document ("第305页", "第305-310页") has one key.
   */
  static String key(String paragraph) {
    return key(paragraph, null, Integer.MAX_VALUE);
  }

  /**
   * Returns whether the key of {@code paragraph} ({@link #key(String)}) is one of {@code keys},
   * whose longest is {@code longest} characters: a paragraph whose key would be longer is told so
   * without its key being made (most text is longer than any boilerplate).
   */
  private static boolean keyIn(Set<String> keys, int longest, String paragraph) {
    if (keys.isEmpty()) return false;
    String key = key(paragraph, null, longest);
    return key != null && keys.contains(key);
  }

  /** The marks between the two numbers of a range. */
  private static final String RANGE = "-‐‑‒–—―−~～〜至";

  /** Whether a key leaves {@code c} out: ASCII whitespace. */
  private static boolean space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * Returns the key of a paragraph ({@link #key(String)}), or null when it would be longer than
   * {@code limit}; and in {@code at}, when not null (one longer than the paragraph), the length of
   * the key before each character and at the end.
   */
  private static String key(String paragraph, int[] at, int limit) {
    char[] key = new char[Math.min(paragraph.length(), limit)];
    int n = 0;
    boolean same = true; // the key is the paragraph so far, but for what was left out
    boolean digits = false; // inside a run of digits (whitespace does not end it: it is removed)
    for (int i = 0; i < paragraph.length(); i++) {
      if (at != null) at[i] = n;
      char c = paragraph.charAt(i);
      if (space(c)) continue;
      boolean digit = c >= '0' && c <= '9';
      if (digits && RANGE.indexOf(c) >= 0) {
        int j = i + 1;
        while (j < paragraph.length()
            && (RANGE.indexOf(paragraph.charAt(j)) >= 0 || space(paragraph.charAt(j)))) {
          j++;
        }
        char d = j < paragraph.length() ? paragraph.charAt(j) : ' ';
        if (d >= '0' && d <= '9') continue; // a range: its second number joins the first's run
      }
      if (!digit || !digits) {
        if (n == limit) return null;
        key[n++] = digit ? '0' : c;
      }
      same &= !digit || c == '0';
      digits = digit;
    }
    if (at != null) at[paragraph.length()] = n;
    return same && n == paragraph.length() ? paragraph : new String(key, 0, n);
  }

  private static final byte KEPT = 0;
  private static final byte EDGE = 1;
  private static final byte INSIDE = 2;
  private static final byte PART_START = 3;
  private static final byte PART_END = 4;
  private static final byte COPY = 5;
  private static final byte STRETCH = 6;
  private static final byte NOTES = 7;

  /**
   * Returns why each paragraph of the {@code d}-th document is dropped ({@link #reasons(List)}),
   * and {@link #COPY} for a paragraph that an earlier copy of the same year holds.
   */
  private byte[] reasons(int d, List<String> paras) {
    byte[] why = reasons(paras);
    java.util.BitSet section = notes.get(d);
    for (int i = section == null ? -1 : section.nextSetBit(0);
        i >= 0;
        i = section.nextSetBit(i + 1)) {
      if (why[i] == KEPT && !paras.get(i).isBlank()) why[i] = NOTES;
    }
    if (selfRepeating.contains(d)) {
      java.util.BitSet later = stretches(paras);
      for (int i = later.nextSetBit(0); i >= 0; i = later.nextSetBit(i + 1)) {
        if (why[i] == KEPT) why[i] = STRETCH;
      }
    }
    Set<String> repeated = repeats.get(d);
    if (repeated == null) return why;
    for (int i = 0; i < paras.size(); i++) {
      if (why[i] == KEPT && repeated.contains(exact(paras.get(i)))) why[i] = COPY;
    }
    return why;
  }

  /**
   * Returns why each paragraph is dropped, or {@link #KEPT}: the run of edge boilerplate that
   * starts at the first paragraph and the run that ends at the last ({@link #EDGE}, see {@link
   * #edgeRun}), a paragraph of the source's furniture ({@link #pervasive}) anywhere at an edge, and
   * any short paragraph repeated inside documents that is no numbered heading ({@link #INSIDE}).
   */
  private byte[] reasons(List<String> paras) {
    byte[] why = new byte[paras.size()];
    boolean title = !paras.isEmpty() && titles.contains(key(paras.get(0)));
    if (title) why[0] = EDGE;
    edgeRun(paras, why, title ? 1 : 0, 1);
    edgeRun(paras, why, paras.size() - 1, -1);
    // a closer (a Markdown heading that stands so in several documents) heads only furniture there
    if (!closers.isEmpty()) closings(paras, why, closers, true);
    if (!pervasive.isEmpty()) {
      boolean[] marked = new boolean[paras.size()];
      for (int i = 0; i < paras.size(); i++) marked[i] = markedHeading(paras, i);
      boolean[] atEdge = textEdges(marked); // the edges as detection measures them
      for (int i = 0; i < paras.size(); i++) {
        if (why[i] == KEPT
            && atEdge[i]
            && pervasive.contains(key(paras.get(i)))
            && !heading(paras, i)) {
          why[i] = EDGE;
        }
      }
    }
    for (int i = 0; i < paras.size() && !inside.isEmpty(); i++) {
      if (why[i] == KEPT
          && keyIn(inside, longestInside, paras.get(i))
          && !markedHeading(paras, i)) {
        why[i] = INSIDE;
      }
    }
    return why;
  }

  /** Longest last line, in characters, that the run from the end passes over. */
  static final int FOOTER_LINE_MAX = 60;

  /**
   * Marks {@link #EDGE} the boilerplate paragraphs from paragraph {@code from} on in direction
   * {@code step} until one that is neither boilerplate nor a marked heading, or one already marked:
   * a numbered or Markdown heading in the run is kept and the run goes on past it, and so is a
   * document's first paragraph when it is no boilerplate but reads as a title line (the unmarked
   * title of a page saved as text or Word, above its masthead, as a Markdown page's "# title"), and
   * its last paragraph when it is a line of at most {@value #FOOTER_LINE_MAX} characters, no
   * sentence (a page's own running footer, "GNU coreutils 9.1 2022年9月 LS(1)", below a licence
   * footer that every page shares). A paragraph that opens (closes, in the run from the end) with
   * whole sentences of boilerplate, at least {@value #PART_MIN} characters, and goes on with text
   * of its own (a masthead with a notice added: "这里记录每周值得分享的科技内容，周五发布。（下周休息。）") loses those
   * sentences ({@link #PART_START}, {@link #PART_END}), keeps the rest, and the run goes on past
   * it.
   */
  private void edgeRun(List<String> paras, byte[] why, int from, int step) {
    for (int i = from; i >= 0 && i < paras.size() && why[i] == KEPT; i += step) {
      if (markedHeading(paras, i)) continue;
      if (!isBoilerplate(paras, i)) {
        if (i == 0 && step > 0 && Headings.looksLikeTitleLine(paras.get(0).strip())) continue;
        if (edgePart(paras.get(i), step > 0) != null) {
          why[i] = step > 0 ? PART_START : PART_END;
          continue;
        }
        if (i == paras.size() - 1
            && step < 0
            && Headings.looksLikeLine(paras.get(i).strip(), FOOTER_LINE_MAX)) continue;
        return;
      }
      why[i] = EDGE;
    }
  }

  /**
   * Fewest characters of boilerplate key that a paragraph at an edge loses from its start or end.
   */
  static final int PART_MIN = 10;

  /**
   * Returns the whole sentences of boilerplate that {@code paragraph} opens with ({@code start}) or
   * closes with, as written, the longest that leaves text of its own: a prefix ending with a
   * sentence mark (a suffix after one) whose key is boilerplate and at least {@value #PART_MIN}
   * characters long; or null.
   */
  private String edgePart(String paragraph, boolean start) {
    String s = paragraph.strip();
    if (keys.isEmpty()) return null;
    // the key of s and where each character's key begins: the key of a prefix, or of a suffix
    // after a sentence mark (no digit, so no run of digits goes on across it), is a slice of it,
    // and no slice longer than the longest key is looked up (a paragraph of one long line stays
    // linear)
    int n = s.length();
    int[] at = new int[n + 1];
    String key = key(s, at, Integer.MAX_VALUE);
    String found = null;
    for (int j = 0; j < n - 1; j++) {
      if ("。！？!?".indexOf(s.charAt(j)) < 0) continue;
      // a suffix is stripped as String.strip does (U+3000 and other Unicode white space too)
      int after = j + 1;
      while (!start && after < n && Character.isWhitespace(s.charAt(after))) after++;
      int from = start ? 0 : at[after];
      int to = start ? at[j + 1] : key.length();
      if (to - from > longestKey) {
        if (start) break;
        continue;
      }
      boolean restHasText = start ? to < key.length() : from > 0;
      String k = key.substring(from, to);
      if (restHasText && k.codePointCount(0, k.length()) >= PART_MIN && keys.contains(k)) {
        String part = start ? s.substring(0, j + 1) : s.substring(j + 1).strip();
        if (found == null || part.length() > found.length()) found = part;
      }
    }
    return found;
  }

  /**
   * Returns the boilerplate sentences that paragraph i loses at an edge ({@code why}: {@link
   * #PART_START} or {@link #PART_END}) and the rest of it.
   */
  private String[] splitPart(List<String> paras, int i, byte why) {
    String s = paras.get(i).strip();
    String part = edgePart(s, why == PART_START);
    return why == PART_START
        ? new String[] {part, s.substring(part.length()).strip()}
        : new String[] {part, s.substring(0, s.length() - part.length()).strip()};
  }

  /** Returns the lead-in that paragraph i loses (see the class), or null. */
  private String cutLeadIn(List<String> paras, int i) {
    String lead = leadIns.isEmpty() ? null : leadIn(paras.get(i));
    return lead != null && leadIns.contains(key(lead)) && !markedHeading(paras, i) ? lead : null;
  }

  /**
   * Returns the start of the paragraph up to and with its first colon "：" when it is at most {@link
   * #LEAD_IN} characters long, has no sentence or clause mark before the colon and text after it;
   * else null.
   */
  static String leadIn(String paragraph) {
    String s = paragraph.strip();
    int colon = s.indexOf('：');
    if (colon <= 0 || s.codePointCount(0, colon) > LEAD_IN || s.substring(colon + 1).isBlank()) {
      return null;
    }
    for (int k = 0; k < colon; k++) if ("，。；！？、".indexOf(s.charAt(k)) >= 0) return null;
    return s.substring(0, colon + 1);
  }

  /** Returns paragraph i without the lead-in it loses (as it is if it loses none). */
  private String withoutLeadIn(List<String> paras, int i) {
    String lead = cutLeadIn(paras, i);
    return lead == null ? paras.get(i) : paras.get(i).strip().substring(lead.length());
  }

  /**
   * A bracket code: "[" and "]" around one to {@value #CODE_MAX} characters, no space, bracket or
   * sentence or clause mark among them (at least one a letter, Chinese or Latin: {@link #codes}).
   */
  private static final Pattern CODE =
      Pattern.compile("\\[[^\\[\\]\\s。，；！？、：]{1," + CODE_MAX + "}\\]");

  /** Adds the bracket codes of {@code paragraph} ({@link #CODE}) to {@code out}. */
  private static void codes(String paragraph, Set<String> out) {
    if (paragraph.indexOf('[') < 0) return;
    Matcher m = CODE.matcher(paragraph);
    while (m.find()) {
      String c = m.group();
      if (c.codePoints().anyMatch(Character::isLetter)) out.add(c);
    }
  }

  /** Returns {@code paragraph} without the bracket codes of this boilerplate. */
  private String withoutCodes(String paragraph) {
    if (codes.isEmpty() || paragraph.indexOf('[') < 0) return paragraph;
    Matcher m = CODE.matcher(paragraph);
    StringBuilder out = new StringBuilder(paragraph.length());
    int last = 0;
    while (m.find()) {
      if (!codes.contains(m.group())) continue;
      out.append(paragraph, last, m.start());
      last = m.end();
    }
    return last == 0 ? paragraph : out.append(paragraph, last, paragraph.length()).toString();
  }

  /** Returns the trailer that a kept paragraph loses (see the class), or null. */
  private String cutTrailer(String paragraph) {
    if (trailers.isEmpty() || Headings.looksLikeMarkedHeading(paragraph)) return null;
    String trailer = trailer(paragraph);
    return trailer != null && trailers.contains(key(trailer)) ? trailer : null;
  }

  /**
   * Returns the bracketed group that ends the paragraph — （…）, (…), 【…】 or […], at most {@link
   * #TRAILER} characters with a letter or Chinese character in it — when it is the whole paragraph
   * or follows the end of a sentence (。！？；, a closing quotation mark after one); else null.
   */
  static String trailer(String paragraph) {
    String s = paragraph.strip();
    int kind = s.isEmpty() ? -1 : CLOSERS.indexOf(s.charAt(s.length() - 1));
    if (kind < 0) return null;
    int open = s.lastIndexOf(OPENERS.charAt(kind));
    if (open < 0 || s.indexOf(CLOSERS.charAt(kind), open) != s.length() - 1) return null;
    String trailer = s.substring(open);
    if (trailer.codePointCount(0, trailer.length()) > TRAILER
        || trailer.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    String before = s.substring(0, open).stripTrailing();
    return before.isEmpty() || endsSentence(before) ? trailer : null;
  }

  private static final String OPENERS = "（(【[";
  private static final String CLOSERS = "）)】]";

  private static boolean endsSentence(String text) {
    int last = text.length() - 1;
    char c = text.charAt(last);
    if ((c == '”' || c == '’' || c == '」' || c == '』') && last > 0) c = text.charAt(last - 1);
    return "。！？；!?;".indexOf(c) >= 0;
  }

  private static List<String> paragraphs(String text) {
    return Splitter.paragraphs(text).stream().map(span -> slice(text, span)).toList();
  }

  private boolean isBoilerplate(List<String> paras, int i) {
    return keyIn(keys, longestKey, paras.get(i)) && !heading(paras, i);
  }

  /** Returns whether paragraph i is a numbered or Markdown heading. */
  private static boolean markedHeading(List<String> paras, int i) {
    return Headings.looksLikeMarkedHeading(paras.get(i));
  }

  /** Returns whether paragraph i is a heading (numbered, or a title line before body text). */
  private static boolean heading(List<String> paras, int i) {
    return Headings.looksLikeHeading(paras.get(i), i + 1 < paras.size() ? paras.get(i + 1) : "");
  }

  /**
   * Returns whether each paragraph is one of text (not {@code marked}: a numbered or Markdown
   * heading) among the first or last {@value #WINDOW} paragraphs of text: the edges are counted in
   * paragraphs of text, so the headings of a page's closing sections ("## 内推", "## 说明", "## 关注我们")
   * do not push its footer out of them.
   */
  private static boolean[] textEdges(boolean[] marked) {
    int text = 0;
    for (boolean m : marked) if (!m) text++;
    boolean[] out = new boolean[marked.length];
    for (int i = 0, t = 0; i < marked.length; i++) {
      if (marked[i]) continue;
      out[i] = t < WINDOW || t >= text - WINDOW;
      t++;
    }
    return out;
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
