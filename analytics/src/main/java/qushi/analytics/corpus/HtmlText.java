package qushi.analytics.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import qushi.analytics.core.BadInputException;
import qushi.analytics.internal.TextFiles;

/**
 * The main text of a saved web page, read with jsoup: the article, not the navigation, scripts,
 * link lists and page furniture around it.
 *
 * <p>A page whose bytes read as UTF-8 is UTF-8, whatever its {@code meta} charset says (a page
 * saved as UTF-8 keeps the gb2312 tag it was served with; the bytes of Chinese text in a legacy
 * encoding do not read as UTF-8). Another page that names its encoding (a byte-order mark, a {@code
 * meta} charset) is decoded so, unless it names UTF-8; one that names none, or names UTF-8 in vain,
 * is decoded as a text file is (UTF-8, UTF-16, GB18030 or Big5, whichever reads it). A page that
 * names gb2312 or GBK is decoded as GB18030, their superset, as browsers decode it (the Encoding
 * Standard's "gbk" decoder): pages that name gb2312 hold GBK's characters (镕, 堃, 喆 …), which Java's
 * GB2312 decoder turns into U+FFFD and the characters after it into others, and Java's GB2312 reads
 * the middle dot and the dash of a GB2312 page as ・ and ―, where browsers show · and —.
 *
 * <ol>
 *   <li>{@code script}, {@code style}, {@code noscript}, {@code template}, {@code svg}, {@code
 *       iframe}, {@code button}, {@code select}, {@code nav}, {@code header}, {@code footer} and
 *       {@code aside} elements are removed, and {@code form} elements but one that holds half the
 *       page's text or more (ASP.NET Web Forms put a whole page in one), and so is the page's
 *       navigation within itself: an element holding {@value #IN_PAGE_LINKS} or more links to
 *       places on the page ({@code href="#…"}) that make up more than half its text (a manual's
 *       table of contents).
 *   <li>Every <i>text block</i> — {@code p}, {@code h1}–{@code h6}, {@code li}, {@code blockquote},
 *       {@code pre}, {@code dd}, {@code dt}, {@code td}, {@code th}, {@code caption}, and a {@code
 *       div} or {@code section} with text of its own but no block inside, or with blocks inside but
 *       most of its text its own (an article written straight into a {@code div}, its lines parted
 *       by {@code br}, a picture's box inside) — gets a weight: the characters of its text that are
 *       not inside a link, a Chinese character counting as two. A block whose link text is more
 *       than half of its text is a <i>link block</i> and weighs nothing.
 *   <li>Each block adds its weight to its parent and half of it to its grandparent; the element
 *       with the largest total is the main content (as in Arc90's Readability), together with the
 *       elements beside it or beside its parent that hold one scoring at least {@value #SIBLING} of
 *       it: a forum thread's replies beside its post, or the post beside its replies. A document
 *       cut into titled parts of one kind (a manual saved as one page: {@code div class="section"}
 *       after {@code div class="section"}, each with a heading) is taken whole: where the main
 *       content, or an element around it, is such a part, the parts of its kind beside it are taken
 *       with it, however short (the main content alone was a manual's longest section, a licence in
 *       English, and the short chapters before it were lost).
 *   <li>The text blocks inside it, in document order, are the paragraphs, one per line, but for the
 *       link blocks before its first weighted block and after its last (a list of tags, "上一篇 …",
 *       related articles): link blocks between weighted ones are the text's own (a digest's item
 *       titles, a cited source), as the same text saved as Markdown keeps them. A heading keeps
 *       Markdown's marks ("## 新闻"), so that it starts a section as it does in Markdown. A page
 *       whose main text has fewer than {@value #MIN_WEIGHT} weight (fewer than about ten Chinese
 *       characters) has no main text and is rejected.
 *   <li>The page's one {@code h1}, where it stands before the main text and outside it (a news
 *       page's headline above the article body), heads the text as "# headline", as a Markdown copy
 *       of the page keeps its title, unless the main text opens with it.
 * </ol>
 */
final class HtmlText {
  /** The names Java gives the charsets of the gb2312 and GBK labels, which browsers read as GBK. */
  private static final Set<String> GBK_FAMILY = Set.of("GB2312", "GBK", "x-mswin-936", "x-EUC-CN");

  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Returns the charset browsers decode a page named in {@code named} with: GB18030 for GBK's. */
  static Charset browsers(Charset named) {
    return GBK_FAMILY.contains(named.name()) ? GB18030 : named;
  }

  /** Least weight of a page's main text. */
  static final int MIN_WEIGHT = 20;

  private static final String REMOVE =
      "script, style, noscript, template, svg, iframe, button, select, nav, header, footer, aside";
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "pre",
          "dd",
          "dt",
          "td",
          "th",
          "caption");
  private static final Set<String> CONTAINERS =
      Set.of(
          "div", "section", "article", "main", "body", "ul", "ol", "table", "tbody", "tr", "dl",
          "center", "font", "span");

  private static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlText() {}

  /**
   * Returns the main text of the page whose bytes these are, one paragraph per line.
   *
   * @throws BadInputException naming the file when the page has no main text
   */
  static DocumentReader.Extracted of(Path file, byte[] bytes) {
    return of(file, bytes, file.getFileName().toString());
  }

  /**
   * Returns the main text of the page whose bytes these are, one paragraph per line, where {@code
   * page} is the last segment of the page's own address (a link to it with a {@code #…} is a link
   * within the page).
   *
   * @throws BadInputException naming the file when the page has no main text
   */
  static DocumentReader.Extracted of(Path file, byte[] bytes, String page) {
    Document doc = null;
    if (declaresCharset(bytes)) {
      boolean utf8 = "UTF-8".equals(TextFiles.detect(bytes));
      // a page that names gb2312 or GBK is read as GB18030 at once (jsoup would decode it by the
      // name it gives)
      String charset = utf8 ? "UTF-8" : namesGbk(bytes) ? GB18030.name() : null;
      try {
        doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
      } catch (IOException e) {
        throw new BadInputException(file, "unreadable HTML (" + e.getMessage() + ")");
      }
      if (!utf8 && doc.charset().equals(StandardCharsets.UTF_8)) doc = null; // said in vain
    }
    if (doc == null) {
      // no byte-order mark and no declared charset: decoded as a text file is (a GBK page saved
      // without its meta tag), and a binary or empty file is named as such
      doc = Jsoup.parse(TextFiles.decode(file, bytes));
    }
    removeFurniture(doc.body());
    unwrapChinese(doc.body());
    removeInPageNavigation(doc.body(), page);
    List<Element> blocks = new ArrayList<>();
    Map<Element, Integer> weights = new IdentityHashMap<>();
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : doc.body().getAllElements()) {
      if (!isBlock(e) || e.text().isBlank()) continue;
      int weight = weight(e);
      blocks.add(e);
      weights.put(e, weight);
      if (weight == 0) continue;
      Element parent = e.parent();
      if (parent != null) {
        scores.merge(parent, (double) weight, Double::sum);
        if (parent.parent() != null) scores.merge(parent.parent(), weight / 2.0, Double::sum);
      }
    }
    Element main = null;
    double best = 0;
    for (Element e : doc.body().getAllElements()) {
      Double s = scores.get(e);
      if (s != null && s > best) {
        best = s;
        main = e;
      }
    }
    // the blocks whose text is the main text, in document order (ancestors before descendants): a
    // block inside one already taken is in its text; a link block around weighted blocks (a cell
    // of paragraphs and a list of related links) is a container, and its blocks are taken instead
    List<Element> inMain = new ArrayList<>();
    Map<Element, Boolean> taken = new IdentityHashMap<>();
    if (main != null) {
      List<Element> parts = parts(main, scores, best);
      for (Element b : blocks) {
        if (parts.stream().noneMatch(m -> b == m || isInside(b, m))) continue;
        if (inBlock(b, taken)) continue;
        if (weights.get(b) == 0 && holdsWeighted(b, weights)) continue;
        taken.put(b, true);
        inMain.add(b);
      }
    }
    // link blocks at the edges of the main text are navigation; those between its paragraphs stay;
    // a heading left last heads nothing but them ("相关文章" over a list of related links)
    int first = 0;
    while (first < inMain.size() && weights.get(inMain.get(first)) == 0) first++;
    int last = inMain.size() - 1;
    while (last >= first && weights.get(inMain.get(last)) == 0) last--;
    if (last < inMain.size() - 1) {
      while (last >= first && HEADINGS.contains(inMain.get(last).normalName())) last--;
    }
    List<String> lines = new ArrayList<>();
    List<Integer> code = new ArrayList<>();
    int total = 0;
    for (Element b : inMain.subList(first, last + 1)) {
      boolean inPre = b.closest("pre") != null || b.selectFirst("pre") != null;
      String text = inPre ? b.text().strip() : shown(b);
      int level = HEADINGS.indexOf(b.normalName()) + 1;
      // Markdown marks, unless the title has # of its own (C#, #话题#) that they would run into
      boolean mark = level > 0 && !text.startsWith("#") && !text.endsWith("#");
      // the lines of a block (of a pre) without blank ones: a blank line would read as the
      // paragraph breaks of a wrapped layout, and every other line break as a wrap
      for (String line : (mark ? "#".repeat(level) + " " + text : text).split("\n")) {
        if (line.isBlank()) continue;
        if (inPre && DocumentReader.isProgram(line)) code.add(lines.size());
        lines.add(line.stripTrailing());
      }
      total += weights.get(b);
    }
    boolean noBlock =
        doc.body().getAllElements().stream()
            .skip(1)
            .noneMatch(e -> BLOCKS.contains(e.normalName()) || CONTAINERS.contains(e.normalName()));
    int bodyWeight = noBlock && total < MIN_WEIGHT ? weight(doc.body()) : 0;
    if (bodyWeight > 0) {
      // text in the body without a block element (a plain text saved as .html) is the text
      List<String> plain =
          doc.body().wholeText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (bodyWeight >= MIN_WEIGHT) {
        return new DocumentReader.Extracted(String.join("\n", plain), List.of());
      }
      throw new BadInputException(
          file,
          "HTML page has too little text (the width of "
              + width(doc.body().text()) / 2
              + " Chinese characters; a page needs "
              + MIN_WEIGHT / 2
              + ")");
    }
    if (total < MIN_WEIGHT) {
      throw new BadInputException(
          file, "HTML page has no main text (only navigation, links or scripts)");
    }
    String headline = headline(doc, inMain.subList(first, last + 1));
    if (headline != null) {
      lines.add(0, "# " + headline);
      code.replaceAll(i -> i + 1);
    }
    return new DocumentReader.Extracted(String.join("\n", lines), code);
  }

  /**
   * Returns the page's headline where the main text lacks it: the text of its one {@code h1}, when
   * that stands before the main text's first block and outside it (a news page puts the headline
   * above the article body, and Markdown of the same page keeps its title), holds no link or image
   * (a site's logo), and neither it nor the main text's first block holds the other's text; else
   * null.
   */
  private static String headline(Document doc, List<Element> main) {
    Elements h1 = doc.body().select("h1");
    if (h1.size() != 1 || main.isEmpty()) return null;
    Element h = h1.first();
    String text = h.text().strip();
    if (text.isEmpty() || text.startsWith("#") || text.endsWith("#")) return null;
    // a site's logo is an h1 that links home, or holds an image; a headline is text
    if (h.closest("a[href]") != null || !h.select("a[href], img").isEmpty()) return null;
    for (Element b : main) if (b == h || isInside(h, b) || isInside(b, h)) return null;
    // the body's own first line repeats the title (在…的讲话 under 习近平：在…的讲话)
    String opening = main.get(0).text().replaceAll("[\\s\u3000]", "");
    String bare = text.replaceAll("[\\s\u3000]", "");
    if (!opening.isEmpty() && (bare.contains(opening) || opening.contains(bare))) return null;
    List<Element> all = doc.body().getAllElements();
    return all.indexOf(h) < all.indexOf(main.get(0)) ? text : null;
  }

  /**
   * Least score, as a share of the best, of an element beside the main content that is taken with
   * it (Readability's sibling step).
   */
  static final double SIBLING = 0.1;

  /**
   * Returns the main content {@code main} and the elements beside it or beside its parent (the
   * other children of its parent and grandparent) that hold an element scoring at least {@link
   * #SIBLING} of the {@code best} score: the replies beside a forum thread's post or beside the
   * article that holds it, the post beside its replies.
   */
  private static List<Element> parts(Element main, Map<Element, Double> scores, double best) {
    List<Element> out = new ArrayList<>(List.of(main));
    // the other parts of a document cut into titled parts of one kind: the sections of a manual
    // or a book saved as one page, each in an element of the same tag and class, under a heading
    for (Element inner = main; inner.parent() != null; inner = inner.parent()) {
      if (!isPart(inner)) continue;
      boolean cut = false;
      for (Element e : inner.parent().children()) {
        if (e != inner && sameKind(e, inner) && bestScore(e, scores) > 0) {
          out.add(e);
          cut = true;
        }
      }
      if (cut && inner != main) out.add(inner); // its heading and the text around the main part
    }
    // beside the main content, and beside the element that holds it (an article's body, whose
    // replies follow the article)
    Element inner = main;
    for (int level = 0; level < 2 && inner.parent() != null; level++, inner = inner.parent()) {
      for (Element e : inner.parent().children()) {
        if (e != inner && bestScore(e, scores) >= SIBLING * best) out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether an element can be one of a document's parts: a {@code section} or {@code article}, or
   * another element with a class (a {@code div class="section"}) — not an unmarked {@code div},
   * which a page's banner and footer are too — that holds a heading.
   */
  private static boolean isPart(Element e) {
    String tag = e.normalName();
    return (tag.equals("section") || tag.equals("article") || !e.className().isBlank())
        && hasHeading(e);
  }

  private static boolean hasHeading(Element e) {
    return e.selectFirst("h1, h2, h3, h4, h5, h6") != null;
  }

  /** Whether {@code e} is a part of the same kind as the part {@code part}, titled too. */
  private static boolean sameKind(Element e, Element part) {
    return e.normalName().equals(part.normalName())
        && e.className().equals(part.className())
        && hasHeading(e);
  }

  /**
   * Returns the score of {@code e}: that of the best element in it (a post's body inside its
   * article), 0 when nothing in it holds text.
   */
  private static double bestScore(Element e, Map<Element, Double> scores) {
    double score = 0;
    for (Element d : e.getAllElements()) score = Math.max(score, scores.getOrDefault(d, 0.0));
    return score;
  }

  /**
   * Removes scripts, styles, controls and the page's navigation, banner, footer and asides, and its
   * forms (a search box, a login, a comment form) — but not a form that holds half the page's text
   * or more: a page built with ASP.NET Web Forms has all of its body in one.
   */
  private static void removeFurniture(Element body) {
    body.select(REMOVE).remove();
    Elements forms = body.select("form");
    if (forms.isEmpty()) return;
    int all = width(body.text());
    for (Element form : forms) {
      if (form.parent() != null && width(form.text()) * 2 < all) form.remove();
    }
  }

  /** A Chinese character or a CJK or full-width punctuation mark, as a regular expression class. */
  static final String CJK = "[\\p{IsHan}\u3000-\u303F\uFF00-\uFFEF]";

  /** White space with a line break between two CJK characters: where the source was wrapped. */
  private static final Pattern CJK_WRAP =
      Pattern.compile("(" + CJK + ")[ \t]*[\r\n]\\s*(?=" + CJK + ")");

  /**
   * Removes the line breaks with which the source wraps Chinese text (outside {@code pre}): a page
   * shows them as spaces, and a space between two words of Chinese separates them ("数字经济\n发展" is
   * "数字经济发展", not "数字经济 发展").
   */
  private static void unwrapChinese(Element body) {
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t
              && (t.getWholeText().indexOf('\n') >= 0 || t.getWholeText().indexOf('\r') >= 0)
              && !(t.parent() instanceof Element p && p.closest("pre") != null)) {
            t.text(CJK_WRAP.matcher(t.getWholeText()).replaceAll("$1"));
          }
        },
        body);
  }

  private static final char JOINT = '\u0001';
  private static final char BREAK = '\u0002';
  private static final Pattern JOINTS = Pattern.compile("\\s*\u0001[\\s\u0001]*");
  private static final Pattern WHITE = Pattern.compile("\\s+");

  /** Two line breaks or more in a row, with nothing but white space between: a paragraph's end. */
  private static final Pattern PARAGRAPH_END =
      Pattern.compile("\u0002[\\s\u00A0\u3000\u0001]*\u0002[\\s\u00A0\u3000\u0001\u0002]*");

  private static final Pattern PARAGRAPH_ENDS = Pattern.compile("\\s*\u0003\\s*");

  /**
   * Returns the text of a block as a page shows it, white space collapsed: the blocks and single
   * line breaks ({@code br}) inside it are joined by a space, as {@link Element#text} joins them,
   * but next to a CJK character by nothing, as lines of Chinese are (a page that wraps its text in
   * a {@code p} or at a {@code br} per line, "…教学研究" + "会议。…"); two line breaks or more in a row
   * end a paragraph, which ends a line of the text (a page that parts its paragraphs by {@code
   * <br><br>} in one block).
   */
  private static String shown(Element block) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) sb.append(t.getWholeText());
            else if (node != block && node instanceof Element e && e.nameIs("br")) sb.append(BREAK);
            else if (node != block && node instanceof Element e && e.isBlock()) sb.append(JOINT);
          }

          @Override
          public void tail(Node node, int depth) {
            if (node != block && node instanceof Element e && e.isBlock()) sb.append(JOINT);
          }
        },
        block);
    String parts = PARAGRAPH_END.matcher(sb).replaceAll("\u0003").replace(BREAK, JOINT);
    Matcher m = JOINTS.matcher(parts);
    StringBuilder joined = new StringBuilder(sb.length());
    while (m.find()) {
      boolean chinese =
          (m.start() > 0 && isCjk(Character.codePointBefore(parts, m.start())))
              || (m.end() < parts.length() && isCjk(Character.codePointAt(parts, m.end())));
      m.appendReplacement(joined, chinese ? "" : " ");
    }
    m.appendTail(joined);
    String shown = WHITE.matcher(joined).replaceAll(" ");
    return PARAGRAPH_ENDS.matcher(shown).replaceAll("\n").strip();
  }

  private static final Pattern CJK_CHAR = Pattern.compile(CJK);

  /** Returns whether the code point is a Chinese character or a CJK or full-width mark. */
  static boolean isCjk(int cp) {
    return CJK_CHAR.matcher(Character.toString(cp)).matches();
  }

  /** Least number of links to places on the page that make an element its own navigation. */
  static final int IN_PAGE_LINKS = 3;

  /**
   * Removes the page's navigation within itself: the outermost elements (below {@code body}) that
   * hold {@value #IN_PAGE_LINKS} or more links to places on the same page ({@code href="#…"}, or
   * the page's own file name before the {@code #}) whose text is more than half of theirs — a
   * manual's table of contents, a digest's list of items at its top — with the short label just
   * before it ("目录"). The headings it repeats are in the text where they head their sections.
   */
  private static void removeInPageNavigation(Element body, String page) {
    // per element below the body, the links to places on the page inside it and their width:
    // each link counted once, into every element around it
    Map<Element, int[]> inPage = new IdentityHashMap<>();
    for (Element a : body.select("a[href*=#]")) {
      String href = a.attr("href");
      String target = href.substring(0, href.indexOf('#'));
      if (!target.isEmpty() && !target.equals(page) && !target.endsWith("/" + page)) continue;
      int width = width(a.text());
      for (Element e = a; e != null && e != body; e = e.parent()) {
        int[] links = inPage.computeIfAbsent(e, k -> new int[2]);
        links[0]++;
        links[1] += width;
      }
    }
    List<Element> navigation = new ArrayList<>();
    for (Element e : body.getAllElements()) { // outer elements first
      int[] links = inPage.get(e);
      if (links == null || links[0] < IN_PAGE_LINKS) continue;
      if (navigation.stream().anyMatch(n -> isInside(e, n))) continue;
      if (links[1] * 2 > width(e.text())) navigation.add(e);
    }
    for (Element n : navigation) {
      // its label just before it ("目录", "Contents"): a short line of text without a link
      Element label = n.previousElementSibling();
      if (label != null
          && label.select("a[href]").isEmpty()
          && label.text().codePointCount(0, label.text().length()) <= NAVIGATION_LABEL
          && label.text().chars().noneMatch(c -> "。！？；.!?;".indexOf(c) >= 0)) {
        label.remove();
      }
      n.remove();
    }
  }

  /** Longest label of a page's navigation within itself, in characters. */
  static final int NAVIGATION_LABEL = 12;

  private static final Pattern DECLARED =
      Pattern.compile("<meta[^>]+charset\\s*=|<\\?xml[^>]+encoding\\s*=", Pattern.CASE_INSENSITIVE);

  /** The name a page's {@code meta} charset or XML declaration gives its encoding. */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?:<meta[^>]+charset|<\\?xml[^>]+encoding)\\s*=\\s*[\"']?([-\\w.:]+)",
          Pattern.CASE_INSENSITIVE);

  /** Returns whether the page names gb2312 or GBK (by a name Java knows) in its first 8 KB. */
  private static boolean namesGbk(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = NAMED.matcher(head);
    if (!m.find()) return false;
    try {
      return !browsers(Charset.forName(m.group(1))).equals(Charset.forName(m.group(1)));
    } catch (IllegalArgumentException e) { // an illegal or unknown name
      return false;
    }
  }

  /**
   * Returns whether the page names its encoding: a byte-order mark, or a {@code meta} charset or an
   * XML declaration's encoding in its first 8 KB (where jsoup looks for it).
   */
  static boolean declaresCharset(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    return DECLARED.matcher(head).find();
  }

  /**
   * Returns the text of an HTML fragment, one line per block: {@code p}, {@code div}, headings,
   * list items, table rows and {@code br} end a line; other line breaks in the source are spaces,
   * but none between two Chinese characters ({@link #unwrapChinese}).
   */
  static List<String> lines(String fragment) {
    Document doc = Jsoup.parseBodyFragment(fragment);
    removeFurniture(doc.body());
    unwrapChinese(doc.body());
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) line.append(t.text());
            else if (node instanceof Element e && breaks(e)) flush();
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && breaks(e)) flush();
          }

          private void flush() {
            if (!line.toString().isBlank()) out.add(line.toString().strip());
            line.setLength(0);
          }
        },
        doc.body());
    if (!line.toString().isBlank()) out.add(line.toString().strip());
    return out;
  }

  private static boolean breaks(Element e) {
    String tag = e.normalName();
    return BLOCKS.contains(tag)
        || tag.equals("br")
        || tag.equals("div")
        || tag.equals("tr")
        || tag.equals("section")
        || tag.equals("article");
  }

  private static boolean isBlock(Element e) {
    String tag = e.normalName();
    if (BLOCKS.contains(tag)) return true;
    if (!tag.equals("div") && !tag.equals("section") && !tag.equals("article")) return false;
    String own = e.ownText();
    if (own.isBlank()) return false;
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName()) || CONTAINERS.contains(c.normalName())) {
        if (!c.normalName().equals("span") && !c.normalName().equals("font")) {
          // text written straight into the element, lines parted by <br>, with a picture's box or
          // a paragraph inside: a block when its own text is most of its text
          int width = width(own);
          return width >= MIN_WEIGHT && 2 * width >= width(e.text());
        }
      }
    }
    return true;
  }

  /** Returns the weight of a block: its text outside links, a CJK character counting two. */
  static int weight(Element block) {
    String all = block.text();
    int linked = 0;
    // an anchor without an address is a place to link to, not a link (<a id="…"/>, which an HTML
    // parser reads as an open tag around the heading after it)
    for (Element a : block.select("a[href]")) linked += width(a.text());
    int width = width(all);
    if (width == 0 || linked * 2 > width) return 0;
    return width - linked;
  }

  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1;
      }
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Returns whether {@code e} holds a block of weight. */
  private static boolean holdsWeighted(Element e, Map<Element, Integer> weights) {
    for (Element d : e.getAllElements()) {
      if (d != e && weights.getOrDefault(d, 0) > 0) return true;
    }
    return false;
  }

  private static boolean inBlock(Element e, Map<Element, ?> blocks) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (blocks.containsKey(p)) return true;
    return false;
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
    return false;
  }
}
