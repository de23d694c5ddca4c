package qushi.analytics.text;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document's section of notes: the editors' or author's endnotes, or its references, under a
 * heading of their own after the text — "注释" (or 注, 注解, 附注, 尾注, 参考文献, Notes, References…) alone in
 * its paragraph, or run into its first entry ("注释[1]参看…"), followed by entries each opened by a
 * note mark (〔1〕, [1], ［1］, 【1】, （1）, ①, ⑴, ⒈, *, ※, †, "1.", "1、", "1 " or 注：). Notes explain the
 * text (who a person was, where a quotation is from) in words of their own that are not the
 * document's: "时任" and the publisher's name would otherwise be among a collected works' most
 * frequent terms.
 *
 * <p>A section runs from its heading to the document's end, or to the next numbered or Markdown
 * heading that is no entry (a document that holds several texts, each with its notes), and is a
 * section of notes when its first paragraph after the heading is an entry and at least half of its
 * paragraphs after the heading are: a paragraph titled "注" above body text is no such section.
 */
final class NotesSection {
  private NotesSection() {}

  /** The headings of a section of notes, without whitespace, Markdown marks or a final colon. */
  private static final Set<String> HEADINGS =
      Set.of(
          "注",
          "註",
          "注释",
          "註釋",
          "注解",
          "註解",
          "附注",
          "附註",
          "尾注",
          "注文",
          "参考文献",
          "參考文獻",
          "主要参考文献",
          "参考资料",
          "參考資料",
          "注释与参考文献",
          "注释和参考文献",
          "notes",
          "endnotes",
          "references",
          "bibliography");

  /** A note mark at the start of a paragraph (after whitespace). */
  private static final Pattern ENTRY =
      Pattern.compile(
          "^[\\s\\u3000]*(?:[〔\\[［【(（]\\s*[0-9０-９]{1,3}\\s*[〕\\]］】)）]"
              + "|[\\u2460-\\u249B\\u2776-\\u2793*＊※†]"
              + "|[0-9０-９]{1,3}(?:\\s*[.．、](?![0-9０-９])|\\s+(?=\\S))"
              + "|注[：:])");

  /** The Chinese headings of notes, longest first: one may run into its first entry (注释①…). */
  private static final List<String> RUN_IN = List.of("注释", "註釋", "注解", "附注", "尾注", "注");

  /**
   * Returns the paragraphs of {@code paras} that belong to a section of notes (see the class): each
   * section's heading and what follows it.
   */
  static BitSet of(List<String> paras) {
    BitSet out = new BitSet(paras.size());
    // the text comes first: a heading of notes in the first paragraph heads no text's notes
    for (int i = 1; i < paras.size(); i++) {
      boolean runIn = runsIntoEntry(paras.get(i));
      if (!runIn && !isHeading(paras.get(i))) continue;
      int end = i + 1;
      int entries = runIn ? 1 : 0;
      int others = 0;
      int first = runIn ? i : -1; // the first entry, or paragraph after the heading not blank
      for (; end < paras.size(); end++) {
        String p = paras.get(end);
        if (p.isBlank()) continue;
        boolean entry = isEntry(p);
        if (!entry && (isHeading(p) || Headings.looksLikeMarkedHeading(p))) break;
        if (first < 0) first = end;
        if (entry) entries++;
        else others++;
      }
      if (first >= 0 && (first == i || isEntry(paras.get(first))) && entries >= others) {
        out.set(i, end);
        i = end - 1;
      }
    }
    return out;
  }

  /** Returns whether the paragraph is a heading of notes alone. */
  static boolean isHeading(String paragraph) {
    if (paragraph.length() > 40) return false;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) sb.append(c);
    }
    String s = sb.toString();
    int start = 0;
    while (start < s.length() && s.charAt(start) == '#') start++;
    int end = s.length();
    while (end > start && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '：')) end--;
    return HEADINGS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** Returns whether the paragraph is a Chinese heading of notes run into its first entry. */
  static boolean runsIntoEntry(String paragraph) {
    // most paragraphs open with no heading of notes: told by their first character, no copy made
    int first = 0;
    while (first < paragraph.length() && Character.isWhitespace(paragraph.charAt(first))) first++;
    if (first == paragraph.length() || "注註附尾".indexOf(paragraph.charAt(first)) < 0) return false;
    String p = paragraph.strip();
    if (p.startsWith("注：") || p.startsWith("注:")) return false; // a note, not a heading
    for (String h : RUN_IN) {
      if (p.startsWith(h)) return isEntry(p.substring(h.length()));
    }
    return false;
  }

  /** Returns whether the paragraph opens with a note mark. */
  static boolean isEntry(String paragraph) {
    return ENTRY.matcher(paragraph).lookingAt();
  }
}
