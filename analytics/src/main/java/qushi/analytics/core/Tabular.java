package qushi.analytics.core;

import tech.tablesaw.api.Table;

/**
 * A result that is a table: every result of the front door implements it, so a command line can
 * print any of them as text, CSV, TSV or JSON, and a notebook can slice them with Tablesaw.
 */
public interface Tabular {
  /** Returns the rows as a Tablesaw table whose column names are the API's names (snake_case). */
  Table table();

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
