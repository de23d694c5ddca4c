package qushi.analytics.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asides of a transcript: a short note in brackets between sentences that the document repeats
 * — （鼓掌）, （热烈鼓掌）, （笑声） in a speech — is the record of the room, not the speaker's words, and is
 * removed with the brackets. A note is up to eight Chinese characters, right after a sentence end
 * (。！？!?…, possibly followed by a closing quote: 坚持“三农”（农业农村农民）工作 glosses a word inside a sentence)
 * or alone in its paragraph, and not a number （一）; it is an aside when the same note stands so at
 * least twice in the document. A note inside a sentence or a title (…法（草案）) is never one.
 */
final class Asides {
  private Asides() {}

  /** A bracketed note after a sentence end or at a paragraph's start. */
  private static final Pattern NOTE =
      Pattern.compile("(?<=^|[。！？!?…]|[。！？!?…][”’」』])（(\\p{IsHan}{1,8})）");

  /** A Chinese number: （一）, （十二） are list markers, never asides. */
  private static final Pattern NUMBER = Pattern.compile("[一二三四五六七八九十百零〇两]+");

  /** The fewest times a note stands between sentences in a document to be an aside. */
  static final int MIN_REPEATS = 2;

  /** Returns the paragraphs without their asides, a paragraph left empty dropped. */
  static List<String> strip(List<String> paragraphs) {
    Map<String, Integer> seen = new HashMap<>();
    for (String p : paragraphs) notes(p, n -> seen.merge(n, 1, Integer::sum));
    seen.values().removeIf(n -> n < MIN_REPEATS);
    if (seen.isEmpty()) return paragraphs;
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      String kept = p.indexOf('（') >= 0 ? without(p, seen.keySet()).strip() : p;
      if (!kept.isEmpty()) out.add(kept);
    }
    return out;
  }

  /**
   * Gives {@code out} each note of {@code paragraph} that stands as an aside would (after a
   * sentence end or at the paragraph's start, no number), brackets included, once per occurrence.
   */
  static void notes(String paragraph, Consumer<String> out) {
    if (paragraph.indexOf('（') < 0) return;
    Matcher m = NOTE.matcher(paragraph);
    while (m.find()) if (!NUMBER.matcher(m.group(1)).matches()) out.accept(m.group());
  }

  /**
   * Returns {@code paragraph} without those of its notes that stand as asides and are among {@code
   * asides} (brackets included), stripped of the whitespace at its ends when it lost one.
   */
  static String without(String paragraph, Set<String> asides) {
    if (asides.isEmpty() || paragraph.indexOf('（') < 0) return paragraph;
    Matcher m = NOTE.matcher(paragraph);
    StringBuilder sb = new StringBuilder(paragraph.length());
    boolean cut = false;
    while (m.find()) {
      boolean aside = asides.contains(m.group());
      m.appendReplacement(sb, aside ? "" : "$0");
      cut |= aside;
    }
    m.appendTail(sb);
    return cut ? sb.toString().strip() : paragraph;
  }
}
