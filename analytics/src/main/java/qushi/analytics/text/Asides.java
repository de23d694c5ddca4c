package qushi.analytics.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asides of a transcript: a short note in brackets between sentences that the document repeats
 * — （鼓掌）, （热烈鼓掌）, （笑声） in a speech — is the record of the room, not the speaker's words, and is
 * removed with the brackets. A note is up to eight Chinese characters, right after a sentence end
 * (。！？!?…, possibly a closing quote) or alone in its paragraph, and not a number （一）; it is an
 * aside when the same note stands so at least twice in the document. A note inside a sentence or a
 * title (…法（草案）) is never one.
 */
final class Asides {
  private Asides() {}

  /** A bracketed note after a sentence end or at a paragraph's start. */
  private static final Pattern NOTE = Pattern.compile("(?<=^|[。！？!?…”’」』])（(\\p{IsHan}{1,8})）");

  /** A Chinese number: （一）, （十二） are list markers, never asides. */
  private static final Pattern NUMBER = Pattern.compile("[一二三四五六七八九十百零〇两]+");

  /** The fewest times a note stands between sentences in a document to be an aside. */
  static final int MIN_REPEATS = 2;

  /** Returns the paragraphs without their asides, a paragraph left empty dropped. */
  static List<String> strip(List<String> paragraphs) {
    Map<String, Integer> seen = new HashMap<>();
    for (String p : paragraphs) {
      if (p.indexOf('（') < 0) continue;
      Matcher m = NOTE.matcher(p);
      while (m.find()) {
        if (!NUMBER.matcher(m.group(1)).matches()) seen.merge(m.group(1), 1, Integer::sum);
      }
    }
    seen.values().removeIf(n -> n < MIN_REPEATS);
    if (seen.isEmpty()) return paragraphs;
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      String kept = p;
      if (p.indexOf('（') >= 0) {
        Matcher m = NOTE.matcher(p);
        StringBuilder sb = new StringBuilder(p.length());
        while (m.find()) m.appendReplacement(sb, seen.containsKey(m.group(1)) ? "" : "$0");
        m.appendTail(sb);
        kept = sb.toString().strip();
      }
      if (!kept.isEmpty()) out.add(kept);
    }
    return out;
  }
}
