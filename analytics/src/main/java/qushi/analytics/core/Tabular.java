package qushi.analytics.core;

import tech.tablesaw.api.Table;

/**
 * A result that is a table: every result of the front door implements it, so a command line can
 * print any of them as text, CSV, TSV or JSON, and a notebook can slice them with Tablesaw.
 */
public interface Tabular {
  /** Returns the rows as a Tablesaw table whose column names are the API's names (snake_case). */
  Table table();
}
