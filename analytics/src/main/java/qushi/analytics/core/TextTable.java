package qushi.analytics.core;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.ColumnType;
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
    List<String> lines = lines(table, 0, table.rowCount());
    return String.join("\n", lines) + "\n";
  }

  /**
   * Returns the table as aligned text of at most about {@code maxChars} characters: the whole table
   * when it fits, else its header, its first and last rows and a line that says how many rows lie
   * between them and how to see them. A row is never cut.
   */
  public static String preview(Table table, int maxChars) {
    String whole = of(table);
    if (whole.length() <= maxChars) return whole;
    List<String> lines = lines(table, 0, table.rowCount());
    int n = table.rowCount();
    String header = lines.get(0);
    int budget = maxChars - header.length() - 80;
    int head = 0;
    int tail = 0;
    int used = 0;
    while (head + tail < n) {
      String next = head <= tail ? lines.get(1 + head) : lines.get(n - tail);
      if (used + next.length() + 1 > budget) break;
      used += next.length() + 1;
      if (head <= tail) head++;
      else tail++;
    }
    StringBuilder sb = new StringBuilder(header).append('\n');
    for (int r = 0; r < head; r++) sb.append(lines.get(1 + r)).append('\n');
    sb.append("… ")
        .append(n - head - tail)
        .append(" more rows (")
        .append(n)
        .append(" in all): .show() prints every row, .table() gives the Tablesaw table\n");
    for (int r = n - tail; r < n; r++) sb.append(lines.get(1 + r)).append('\n');
    return sb.toString();
  }

  private static List<String> lines(Table table, int from, int to) {
    int cols = table.columnCount();
    List<String[]> cells = new ArrayList<>();
    String[] header = table.columnNames().toArray(new String[0]);
    cells.add(header);
    for (int r = from; r < to; r++) {
      String[] line = new String[cols];
      for (int c = 0; c < cols; c++) line[c] = cell(table.column(c), r);
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

  /** Returns the display width of {@code s}: 2 per wide or full-width character, 1 otherwise. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      w +=
          (ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH)
              ? 2
              : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Returns whether the column holds numbers. */
  public static boolean isNumeric(Column<?> col) {
    ColumnType t = col.type();
    return t == ColumnType.INTEGER
        || t == ColumnType.LONG
        || t == ColumnType.DOUBLE
        || t == ColumnType.FLOAT
        || t == ColumnType.SHORT;
  }

  private static String cell(Column<?> col, int row) {
    if (col.isMissing(row)) return "";
    Object v = col.get(row);
    if (v instanceof Double d) return Display.format(col.name(), d);
    if (v instanceof Float f) return Display.format(col.name(), f);
    // a terminal table keeps one line per row; control characters of the corpus are not sent to it
    return String.valueOf(v).replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
  }
}
