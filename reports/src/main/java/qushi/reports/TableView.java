package qushi.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qushi.analytics.core.Display;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table prepared for the page: translated headings and formatted cells. The template
 * escapes every cell; term cells become buttons that open the term's context lines.
 *
 * @param headers the column headings
 * @param rows the cells, row by row
 * @param csv the name of the CSV file with the full table ("" when there is none)
 * @param note what the page says under the table of rows it leaves out ("" when it shows all)
 */
public record TableView(List<Cell> headers, List<List<Cell>> rows, String csv, String note) {
  /**
   * The most rows a list of documents or files shows in the page: a corpus of 50,000 posts made its
   * two lists 21 of the page's 28 MB, rows that no reader scrolls through; the CSV files keep every
   * row.
   */
  public static final int PAGE_ROWS = 1_000;

  /** Returns the view of every row. */
  public TableView(List<Cell> headers, List<List<Cell>> rows, String csv) {
    this(headers, rows, csv, "");
  }

  /**
   * Returns this view with its first {@link #PAGE_ROWS} rows and {@code note} (formatted with the
   * rows shown and all rows) under them, or this view when it has no more rows than that.
   */
  public TableView firstRows(Labels labels, String note) {
    if (rows.size() <= PAGE_ROWS) return this;
    return new TableView(
        headers, rows.subList(0, PAGE_ROWS), csv, labels.format(note, PAGE_ROWS, rows.size()));
  }

  /**
   * Kinds of cells: plain text, a name (a document's id or a file's name, kept on one line), a
   * number (right-aligned), a term or a topic (clickable).
   */
  public enum Kind {
    TEXT,
    NAME,
    NUMBER,
    TERM,
    TOPIC
  }

  /**
   * One cell.
   *
   * @param text the text shown
   * @param kind how it is shown
   * @param value the unrounded number of a number cell, by which the page sorts the column (the
   *     page writes it beside the text where the two differ; "" for other cells and missing or NaN
   *     numbers); for a heading, the column's meaning from the codebook, shown when the pointer
   *     rests on it ("" when it has none)
   */
  public record Cell(String text, Kind kind, String value) {
    /** Returns a cell without a number to sort by. */
    public Cell(String text, Kind kind) {
      this(text, kind, "");
    }

    /** Returns the kind in lower case, for the template's CSS class. */
    public String css() {
      return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Copies the lists. */
  public TableView {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /**
   * Returns the view of {@code table} with headings and named values in the labels' language (see
   * {@link Columns}); values of {@code termColumns} become clickable terms.
   */
  public static TableView of(Table table, Labels labels, String csv, String... termColumns) {
    return of(table, labels, csv, Set.of(termColumns), "");
  }

  /**
   * Returns the view of {@code table}; values of {@code termColumns} become clickable terms and
   * those of {@code topicColumn} ("" for none) open the topic with that number.
   */
  public static TableView of(
      Table table, Labels labels, String csv, Set<String> termColumns, String topicColumn) {
    Columns columns = new Columns(labels);
    String name = Columns.table(csv.isEmpty() ? table.name() : csv);
    List<Cell> headers = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      Columns.Entry entry = columns.entry(name, c.name());
      headers.add(
          new Cell(
              entry.header(), TextTable.isNumeric(c) ? Kind.NUMBER : Kind.TEXT, entry.meaning()));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      List<Cell> row = new ArrayList<>();
      for (Column<?> c : table.columns()) {
        Kind kind =
            c.name().equals(topicColumn)
                ? Kind.TOPIC
                : termColumns.contains(c.name())
                    ? Kind.TERM
                    : TextTable.isNumeric(c) ? Kind.NUMBER : Kind.TEXT;
        String text = text(c, Display.formatColumn(table.columnNames(), table.columnIndex(c)), r);
        if (kind == Kind.TEXT && NAMES.contains(c.name())) kind = Kind.NAME;
        if (kind == Kind.TEXT) text = columns.value(c.name(), text);
        row.add(new Cell(text, kind, kind == Kind.NUMBER ? value(c, r) : ""));
      }
      rows.add(row);
    }
    return new TableView(headers, rows, csv);
  }

  /** The columns that hold a document's id or a file's name: never broken across lines. */
  private static final Set<String> NAMES = Set.of("id", "doc", "top_doc", "file");

  /** Returns the number of a numeric cell as Java writes it ("" when missing or NaN). */
  private static String value(Column<?> c, int r) {
    if (c.isMissing(r) || !(c.get(r) instanceof Number n)) return "";
    double d = n.doubleValue();
    if (Double.isNaN(d)) return "";
    return n instanceof Double || n instanceof Float
        ? Double.toString(d)
        : Long.toString(n.longValue());
  }

  private static String text(Column<?> c, String format, int r) {
    if (c.isMissing(r)) return "";
    Object v = c.get(r);
    if (v instanceof Double d) return Display.format(format, d);
    return String.valueOf(v);
  }
}
