package qushi.analytics.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The asides of a transcript: a short note in brackets between sentences that the document repeats
 * — （鼓掌）, （热烈鼓掌）, （笑声） in a speech — is the record of the room, not the speaker's words, and {@link
 * Boilerplate} removes it with the brackets (recorded, and kept with the rest of the boilerplate
 * when boilerplate is kept). A note is up to eight Chinese characters, right after a sentence end
 * (。！？!?…, possibly followed by a closing quote: 坚持“三农”（农业农村农民）工作 glosses a word inside a sentence)
 * or alone in its paragraph, and not a number （一）; it is an aside when the same note stands so at
 * least twice in the document. A note inside a sentence or a title (…法（草案）) is never one.
 */
final class Asides {
  private Asides() {}

  /** The marks that end a sentence before a note. */
  private static final String ENDS = "。！？!?…";

  /** The closing quotes that may stand between a sentence end and a note. */
  private static final String QUOTES = "”’」』";

  /** The most Chinese characters of a note. */
  private static final int MAX_CHARS = 8;

  /** A Chinese number: （一）, （十二） are list markers, never asides. */
  private static final Pattern NUMBER = Pattern.compile("[一二三四五六七八九十百零〇两]+");

  /** The fewest times a note stands between sentences in a document to be an aside. */
  static final int MIN_REPEATS = 2;

  /**
   * Returns the notes that stand as asides (after a sentence end or alone in a paragraph) at least
   * {@link #MIN_REPEATS} times in the paragraphs of one document: its asides.
   */
  static Set<String> repeated(List<String> paragraphs) {
    Map<String, Integer> seen = new HashMap<>();
    for (String p : paragraphs)
      if (p.indexOf('（') >= 0) notes(p, n -> seen.merge(n, 1, Integer::sum));
    seen.values().removeIf(n -> n < MIN_REPEATS);
    return seen.keySet();
  }

  /**
   * Gives {@code out} each note of {@code paragraph} that stands as an aside would (after a
   * sentence end or at the paragraph's start, no number), brackets included, once per occurrence.
   */
  static void notes(String paragraph, Consumer<String> out) {
    for (int at = note(paragraph, 0), end; at >= 0; at = note(paragraph, end)) {
      end = end(paragraph, at);
      if (!NUMBER.matcher(paragraph.substring(at + 1, end - 1)).matches()) {
        out.accept(paragraph.substring(at, end));
      }
    }
  }

  /**
   * Returns where the first note at or after {@code from} begins that stands after a sentence end
   * (possibly followed by a closing quote) or at the paragraph's start — （, one to eight Chinese
   * characters, ） — or -1 when there is none; a scan, as a pattern that looks behind every
   * character was the costliest step of cleaning a transcript.
   */
  private static int note(String p, int from) {
    for (int i = p.indexOf('（', from); i >= 0; i = p.indexOf('（', i + 1)) {
      boolean after =
          i == 0
              || ENDS.indexOf(p.charAt(i - 1)) >= 0
              || (i >= 2
                  && QUOTES.indexOf(p.charAt(i - 1)) >= 0
                  && ENDS.indexOf(p.charAt(i - 2)) >= 0);
      if (after && end(p, i) > 0) return i;
    }
    return -1;
  }

  /**
   * Returns the end of the note whose （ is at {@code at} (just past its ）), or -1 when one to eight
   * Chinese characters and a ） do not follow.
   */
  private static int end(String p, int at) {
    int j = at + 1;
    int n = 0;
    while (j < p.length()) {
      int c = p.codePointAt(j);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) break;
      n++;
      j += Character.charCount(c);
    }
    return n >= 1 && n <= MAX_CHARS && j < p.length() && p.charAt(j) == '）' ? j + 1 : -1;
  }

  /**
   * Returns {@code paragraph} without those of its notes that stand as asides and are among {@code
   * asides} (brackets included), stripped of the whitespace at its ends when it lost one.
   */
  static String without(String paragraph, Set<String> asides) {
    if (asides.isEmpty()) return paragraph;
    StringBuilder sb = new StringBuilder(paragraph.length());
    int kept = 0; // the end of the text copied so far
    for (int at = note(paragraph, 0), end; at >= 0; at = note(paragraph, end)) {
      end = end(paragraph, at);
      if (asides.contains(paragraph.substring(at, end))) {
        sb.append(paragraph, kept, at);
        kept = end;
      }
    }
    if (kept == 0) return paragraph;
    return sb.append(paragraph, kept, paragraph.length()).toString().strip();
  }
}
