package qushi.analytics.core;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Renders a table as aligned text for a terminal or jshell: text left, numbers right and rounded
 * for display ({@link Display}), a wide East Asian character two columns wide, one line per row.
 */
public final class TextTable {
  /** The most characters a preview takes: jshell shows a value whole up to 1,000 characters. */
  public static final int PREVIEW_CHARS = 950;

  private TextTable() {}

  /** Returns the whole table as aligned text, one line per row after the header. */
  public static String of(Table table) {
    return of(table, Integer.MAX_VALUE, java.util.Set.of());
  }

  /**
   * Returns the whole table as aligned text, each cell cut to at most {@code cell} display columns
   * with "…", but for the columns named in {@code whole} (a concordance's contexts, as wide as the
   * user asked), so that one long text does not push the numbers of every row off the screen.
   */
  public static String of(Table table, int cell, java.util.Set<String> whole) {
    List<String> lines = lines(table, 0, table.rowCount(), cell, whole);
    return String.join("\n", lines) + "\n";
  }

  /** Rows a preview shows at the least when the table has them, leaving out columns if need be. */
  static final int PREVIEW_MIN_ROWS = 10;

  /**
   * Returns the table as aligned text of at most about {@code maxChars} characters: the whole table
   * when it fits; else its first and last rows — at least {@link #PREVIEW_MIN_ROWS} of them, or all
   * when there are fewer, with the last columns left out where the rows are too wide for that — and
   * a line that says what is left out and how to see it. A row is never cut.
   */
  public static String preview(Table table, int maxChars) {
    return preview(table, 2, maxChars, false);
  }

  /**
   * Returns {@link #preview(Table, int)} with at least the first {@code keep} columns (fewer rows
   * where those do not leave room for {@link #PREVIEW_MIN_ROWS}).
   */
  private static String preview(Table table, int keep, int maxChars, boolean ranked) {
    String whole = of(table);
    if (whole.length() <= maxChars) return whole;
    int n = table.rowCount();
    // the rows a preview can show: the first and the last ones, or the first ones of a ranking
    int reach = 2 * PREVIEW_MIN_ROWS;
    Table rows =
        ranked
            ? table.inRange(0, Math.min(n, 2 * reach))
            : n <= 2 * reach ? table : table.inRange(0, reach).append(table.inRange(n - reach, n));
    int want = Math.min(n, PREVIEW_MIN_ROWS);
    List<String> names = table.columnNames();
    int columns = names.size();
    Shown shown = shown(rows, 0, maxChars, ranked);
    while (shown.rows() < want && columns > Math.max(2, keep)) {
      columns--;
      Table fewer = rows.selectColumns(names.subList(0, columns).toArray(String[]::new));
      shown =
          shown(
              fewer, leftOut(names.subList(columns, names.size())).length() + 30, maxChars, ranked);
    }
    List<String> left = new ArrayList<>();
    if (shown.rows() < n) left.add((n - shown.rows()) + " more rows (" + n + " in all)");
    if (columns < names.size()) {
      left.add(
          (names.size() - columns)
              + " more columns ("
              + leftOut(names.subList(columns, names.size()))
              + ")");
    }
    String note =
        "… "
            + String.join(" and ", left)
            + ": .show() prints all, .table() gives the Tablesaw table\n";
    StringBuilder sb = new StringBuilder(shown.lines().get(0)).append('\n');
    for (int r = 0; r < shown.head(); r++) sb.append(shown.lines().get(1 + r)).append('\n');
    if (shown.rows() < n) sb.append(note);
    int m = rows.rowCount();
    for (int r = m - shown.tail(); r < m; r++) sb.append(shown.lines().get(1 + r)).append('\n');
    if (shown.rows() == n) sb.append(note);
    return sb.toString();
  }

  /**
   * Returns a preview of a ranked table (keyness, trends: its best rows first): its first rows
   * only, the bottom of a ranking being what says least, with the columns {@code first} (those it
   * has) moved to the front and always shown, the rows fewer if need be: the columns that say most,
   * where a wide table would show only its first columns.
   */
  public static String preview(Table table, List<String> first, int maxChars) {
    int keep = (int) first.stream().distinct().filter(table::containsColumn).count();
    return preview(columnsFirst(table, first), keep, maxChars, true);
  }

  /**
   * Returns {@link #preview(Table, List, int)} that always shows only the first {@code keep} of the
   * columns {@code first}; the others come next while the rows leave room for them.
   */
  public static String preview(Table table, List<String> first, int keep, int maxChars) {
    return preview(columnsFirst(table, first), keep, maxChars, true);
  }

  /**
   * Returns {@code table} with the columns {@code first} (those it has) moved to the front, in that
   * order, the others after them in theirs.
   */
  public static Table columnsFirst(Table table, List<String> first) {
    List<String> order = new ArrayList<>();
    for (String c : first) if (table.containsColumn(c) && !order.contains(c)) order.add(c);
    for (String c : table.columnNames()) if (!order.contains(c)) order.add(c);
    return table.selectColumns(order.toArray(String[]::new));
  }

  /** Returns the names of left-out columns, cut after about 100 characters. */
  private static String leftOut(List<String> names) {
    String all = String.join(", ", names);
    return all.length() <= 100 ? all : all.substring(0, all.lastIndexOf(", ", 100)) + ", …";
  }

  /** The lines of a preview's rows, and how many of the first and last of them fit. */
  private record Shown(List<String> lines, int head, int tail) {
    int rows() {
      return head + tail;
    }
  }

  /**
   * Returns how many of the first and last rows of {@code rows} fit, taken in turn (the first only,
   * {@code headOnly}), in {@code maxChars} with the header and a note ({@code note} more characters
   * to name left-out columns).
   */
  private static Shown shown(Table rows, int note, int maxChars, boolean headOnly) {
    List<String> lines = lines(rows, 0, rows.rowCount(), PREVIEW_CELL, java.util.Set.of());
    int m = rows.rowCount();
    int budget = maxChars - lines.get(0).length() - 80 - note;
    int head = 0;
    int tail = 0;
    int used = 0;
    while (head + tail < m) {
      boolean fromTop = headOnly || head <= tail;
      String next = fromTop ? lines.get(1 + head) : lines.get(m - tail);
      if (used + next.length() + 1 > budget) break;
      used += next.length() + 1;
      if (fromTop) head++;
      else tail++;
    }
    return new Shown(lines, head, tail);
  }

  /**
   * The widest cell of a preview, in display columns: a longer text (a section title, a paragraph
   * of boilerplate) is cut with "…" — at its start in a column named {@code left}, whose end stands
   * next to the match of a concordance line — so that it does not push the other columns out of the
   * preview. {@code show()} prints every cell whole.
   */
  static final int PREVIEW_CELL = 30;

  /** Returns the text of {@code s} cut to at most {@code max} display columns with "…". */
  static String cut(String s, int max, boolean atStart) {
    if (width(s) <= max) return s;
    int[] cps = s.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int w = 1; // the ellipsis
    for (int k = 0; k < cps.length; k++) {
      int cp = cps[atStart ? cps.length - 1 - k : k];
      int cw = wide(cp) ? 2 : 1;
      if (w + cw > max) break;
      w += cw;
      out.appendCodePoint(cp);
    }
    return atStart ? "…" + out.reverse() : out + "…";
  }

  private static List<String> lines(
      Table table, int from, int to, int cell, java.util.Set<String> whole) {
    int cols = table.columnCount();
    List<String[]> cells = new ArrayList<>();
    String[] header = table.columnNames().toArray(new String[0]);
    String[] format = new String[cols];
    for (int c = 0; c < cols; c++) format[c] = Display.formatColumn(table.columnNames(), c);
    cells.add(header);
    for (int r = from; r < to; r++) {
      String[] line = new String[cols];
      for (int c = 0; c < cols; c++) {
        String text = cell(table.column(c), format[c], r);
        // a whole table (cell = MAX_VALUE) keeps every cell as it is, its width read once below
        line[c] =
            cell == Integer.MAX_VALUE || whole.contains(header[c])
                ? text
                : cut(text, cell, header[c].equals("left"));
      }
      cells.add(line);
    }
    int[] width = new int[cols];
    for (String[] line : cells)
      for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], width(line[c]));
    List<String> out = new ArrayList<>();
    for (String[] line : cells) {
      StringBuilder l = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        boolean number = isNumeric(table.column(c)) && line != header;
        int pad = width[c] - width(line[c]);
        if (c > 0) l.append("  ");
        if (number) l.append(" ".repeat(pad)).append(line[c]);
        else l.append(line[c]).append(" ".repeat(pad));
      }
      out.add(l.toString().stripTrailing());
    }
    return out;
  }

  /**
   * Code point ranges that a terminal shows two columns wide: the Wide and Fullwidth classes of
   * Unicode's East Asian Width (UAX #11) — Hangul Jamo, CJK radicals, punctuation, kana,
   * ideographs, Hangul syllables, compatibility forms, full-width forms, emoji and the
   * supplementary ideographs.
   */
  private static final int[][] WIDE = {
    {0x1100, 0x115F},
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705},
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xA960, 0xA97F},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF},
    {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F251},
    {0x1F260, 0x1F265},
    {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF},
    {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F9FF},
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD}
  };

  /**
   * Returns the display width of {@code s}: 2 per wide or full-width character, 0 per combining
   * mark, else 1.
   */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Returns whether the code point is East Asian Wide or Fullwidth. */
  static boolean wide(int cp) {
    int lo = 0;
    int hi = WIDE.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[mid][0]) hi = mid - 1;
      else if (cp > WIDE[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /**
   * Returns whether the column holds numbers. By its class, never by its {@code ColumnType}
   * constant: Tablesaw makes each type's instance lazily without a lock, so two threads making the
   * first columns of a type at once can leave columns with an instance that is not the constant
   * ({@code col.type() != ColumnType.DOUBLE} for a column of doubles), and every number of a run
   * was then shown as text.
   */
  public static boolean isNumeric(Column<?> col) {
    return col instanceof NumericColumn<?>;
  }

  /** Returns whether the column holds whole numbers (short, int or long), by its class. */
  public static boolean isWhole(Column<?> col) {
    return col instanceof ShortColumn || col instanceof IntColumn || col instanceof LongColumn;
  }

  private static String cell(Column<?> col, String format, int row) {
    if (col.isMissing(row)) return "";
    Object v = col.get(row);
    if (v instanceof Double d) return Display.format(format, d);
    if (v instanceof Float f) return Display.format(format, f);
    // a terminal table keeps one line per row; control characters of the corpus are not sent to it
    return String.valueOf(v).replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
  }
}
