package qushi.analytics.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a document's table of contents among its lines: the entries that list its headings with the
 * page each starts on. Counted as text, they would count every heading's words once more and open a
 * section per entry. A table of contents is a run of lines of which at least {@value #MIN_LEADERED}
 * end with leaders and a page number ("2.1 插件 . . . . . 2", "第一章 总则……1"); the other lines of the
 * run end with a page number after the title ("3进行一些录制3", "前言 1"), or are the first line of an
 * entry whose title wraps onto the next line. After a heading "目录", "目次" or "Contents" a run of two
 * such lines is enough, leaders or not (a word processor's table of contents, whose leaders are a
 * tab). The heading goes with the run.
 */
final class Contents {
  private Contents() {}

  /** Fewest entries with leaders that make a run a table of contents without a heading. */
  static final int MIN_LEADERED = 3;

  /** A page number: arabic, or roman for the front matter. */
  private static final String PAGE = "(?:\\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})";

  /** A title, leaders (dots, middle dots, ellipses or underscores) and a page number. */
  private static final Pattern LEADERED =
      Pattern.compile(
          ".*?[^\\s.．·・•⋅…‥⋯_]\\s*"
              + "(?:(?:[.．·・•⋅]\\s*){4,}|(?:[…‥⋯]\\s*){2,}|(?:_\\s*){4,})\\s*"
              + PAGE);

  /** A title without sentence punctuation and a page number after it (not part of a number). */
  private static final Pattern PAGE_ENDED = Pattern.compile("[^。；！？!?]*[^\\d\\s.．,，]\\s*\\d{1,4}");

  /** The heading of a table of contents, spaces removed and lower-cased. */
  private static final Pattern HEADING = Pattern.compile("目录|目次|contents|tableofcontents");

  /** Widest entry without leaders, in display columns: 36 CJK characters. */
  private static final int ENTRY_WIDTH = 72;

  /**
   * Marks in {@code drop} the lines of {@code lines} that are a table of contents and its heading;
   * lines already marked are passed over (a page number between two pages of the table).
   */
  static void mark(List<Line> lines, boolean[] drop) {
    int i = 0;
    while (i < lines.size()) {
      if (drop[i] || !entry(lines.get(i))) {
        i++;
        continue;
      }
      int heading = previous(drop, i);
      boolean headed = heading >= 0 && isHeading(lines.get(heading));
      int leadered = 0;
      int entries = 0;
      int end = i; // the run is i .. end - 1, dropped lines included
      for (int j = i; j < lines.size(); j++) {
        if (drop[j]) continue;
        Line line = lines.get(j);
        boolean withLeaders = LEADERED.matcher(line.text()).matches();
        int next = next(drop, j);
        boolean wraps =
            !withLeaders
                && !entry(line)
                && next >= 0
                && LEADERED.matcher(lines.get(next).text()).matches()
                && short_(line);
        if (!withLeaders && !entry(line) && !wraps) break;
        if (withLeaders) leadered++;
        entries++;
        end = j + 1;
      }
      if (leadered >= MIN_LEADERED || (headed && entries >= 2)) {
        for (int j = i; j < end; j++) drop[j] = true;
        if (headed) drop[heading] = true;
      }
      i = end;
    }
  }

  /** Returns whether a line can be an entry: with leaders, or short and ending with a page. */
  private static boolean entry(Line line) {
    String text = line.text();
    return LEADERED.matcher(text).matches() || (short_(line) && PAGE_ENDED.matcher(text).matches());
  }

  private static boolean short_(Line line) {
    return line.width() <= ENTRY_WIDTH && !line.endsWithPunctuation();
  }

  private static boolean isHeading(Line line) {
    String key = line.text().replace(" ", "").replace("\u3000", "").toLowerCase(Locale.ROOT);
    return HEADING.matcher(key).matches();
  }

  /** Returns the last line before {@code i} that is not dropped, or -1. */
  private static int previous(boolean[] drop, int i) {
    for (int j = i - 1; j >= 0; j--) if (!drop[j]) return j;
    return -1;
  }

  /** Returns the first line after {@code i} that is not dropped, or -1. */
  private static int next(boolean[] drop, int i) {
    for (int j = i + 1; j < drop.length; j++) if (!drop[j]) return j;
    return -1;
  }
}
