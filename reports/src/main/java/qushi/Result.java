package qushi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import qushi.reports.TableWriter;
import tech.tablesaw.api.Table;

/**
 * A table of results that prints well in jshell: aligned columns, a Chinese character two
 * columns wide, at most {@value #ROWS} rows. {@link #table()} gives the Tablesaw table for
 * slicing, sorting and plotting.
 *
 * <pre>
 * var r = q.keywords();
 * r.first(5);                        // the first five rows
 * r.sortDescending("per10k");        // another order
 * r.table().where(r.table().stringColumn("group").isEqualTo("2026"));
 * r.save("keywords.csv");            // UTF-8 CSV with BOM
 * </pre>
 *
 * @param table the rows
 */
public record Result(Table table) {
  /** Rows shown by {@link #toString()}. */
  public static final int ROWS = 40;

  /** Wraps a Tablesaw table. */
  public static Result of(Table table) {
    return new Result(table);
  }

  /** Returns the number of rows. */
  public int rows() {
    return table.rowCount();
  }

  /** Returns the first {@code n} rows. */
  public Result first(int n) {
    return new Result(table.first(n));
  }

  /** Returns the rows sorted by {@code column}, ascending. */
  public Result sortAscending(String column) {
    return new Result(table.sortAscendingOn(column));
  }

  /** Returns the rows sorted by {@code column}, descending. */
  public Result sortDescending(String column) {
    return new Result(table.sortDescendingOn(column));
  }

  /** Returns the rows whose {@code column} (text or number) prints as {@code value}. */
  public Result where(String column, Object value) {
    Table t = table.emptyCopy();
    for (int r = 0; r < table.rowCount(); r++) {
      if (String.valueOf(table.column(column).get(r)).equals(String.valueOf(value))) t.addRow(r, table);
    }
    return new Result(t);
  }

  /** Returns the table as CSV text with a header row. */
  public String csv() {
    return TableWriter.delimited(table, ',');
  }

  /** Writes the table as UTF-8 CSV with a byte-order mark (Excel shows Chinese) and returns the path. */
  public Path save(String file) {
    Path p = Path.of(file);
    try {
      Files.writeString(p, "\uFEFF" + csv(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": " + e.getMessage(), e);
    }
    return p;
  }

  /** Returns the aligned table, at most {@value #ROWS} rows, then a line with how many more there are. */
  @Override
  public String toString() {
    if (table.rowCount() <= ROWS) return TableWriter.aligned(table);
    return TableWriter.aligned(table.first(ROWS)) + "… " + (table.rowCount() - ROWS) + " more rows (of "
        + table.rowCount() + "); use table() or first(n)\n";
  }
}
