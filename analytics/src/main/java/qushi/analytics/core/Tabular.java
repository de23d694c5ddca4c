package qushi.analytics.core;

import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * A result that is a table: every result of the front door implements it, so a command line can
 * print any of them as text, CSV, TSV or JSON, and a notebook can slice them with Tablesaw.
 */
public interface Tabular {
  /** Returns the rows as a Tablesaw table whose column names are the API's names (snake_case). */
  Table table();

  /**
   * Writes the rows with a byte-order mark (for Excel) to {@code file}: TSV when its name ends with
   * {@code .tsv} or {@code .tab}, CSV when it ends with {@code .csv} or {@code .txt}; numbers in
   * full precision. Returns its path.
   *
   * @throws BadInputException if the name promises another format ({@code .json}, {@code .xlsx}) or
   *     the file cannot be written
   */
  default Path save(String file) {
    return Csv.save(table(), Path.of(file));
  }

  /** Returns the first {@code n} rows (all when there are fewer) as a result. */
  default Tabular first(int n) {
    Check.atLeast("n", n, 0);
    Table t = table();
    return of(t.inRange(0, Math.min(n, t.rowCount())));
  }

  /** Returns the rows whose column {@code column} prints as {@code value}, as a result. */
  default Tabular where(String column, Object value) {
    Table t = table();
    requireColumns(t, column);
    String wanted = String.valueOf(value);
    var c = t.column(column);
    int[] kept =
        java.util.stream.IntStream.range(0, t.rowCount())
            .filter(r -> !c.isMissing(r) && String.valueOf(c.get(r)).equals(wanted))
            .toArray();
    return of(t.rows(kept));
  }

  /** Returns these columns only, in this order, as a result. */
  default Tabular columns(String... names) {
    Table t = table();
    requireColumns(t, names);
    return of(t.selectColumns(names));
  }

  /** Throws naming the table's columns when one of {@code names} is not among them. */
  private static void requireColumns(Table t, String... names) {
    for (String n : names) {
      if (!t.containsColumn(n)) {
        throw BadInputException.option(
            "column", "must be one of " + t.columnNames() + ", was '" + n + "'");
      }
    }
  }

  /** Prints every row to standard output as an aligned table. */
  default void show() {
    System.out.print(TextTable.of(table()));
    System.out.flush();
  }

  /**
   * Returns {@code table} as a result: it prints as its first and last rows ({@link #show}: all).
   */
  static Tabular of(Table table) {
    return new Of(table);
  }

  /**
   * A result that is a table built for it (the multi-period view, keyness with intervals, a topic
   * model's summary).
   *
   * @param table the rows
   */
  record Of(Table table) implements Tabular {
    /** Returns the first and last rows as aligned text. */
    @Override
    public String toString() {
      return TextTable.preview(table, TextTable.PREVIEW_CHARS);
    }
  }
}
