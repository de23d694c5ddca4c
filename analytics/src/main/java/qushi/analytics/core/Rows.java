package qushi.analytics.core;

import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import tech.tablesaw.api.Table;

/**
 * A list of result records that is also a table: the shape of most results of the front door
 * ({@code q.count(…)}, {@code q.kwic(…)}, {@code q.keywords()}). Immutable. It prints as an aligned
 * table that jshell shows whole (first and last rows with a count when it is long, never a row cut
 * in two); {@link #show()} prints every row; {@link #table()} gives the Tablesaw table.
 *
 * <pre>
 * var counts = q.count("新质生产力");
 * counts.first(3);                            // the first three rows
 * counts.where(c -&gt; c.count() &gt; 0);          // rows that pass a test
 * counts.sortedBy("per10k", true);            // by a column, descending
 * counts.get(0).per10k();                     // one record
 * </pre>
 *
 * @param <R> the record type; its components are the columns (snake_case names)
 */
public final class Rows<R extends Record> implements Tabular, Iterable<R> {
  private final String name;
  private final Class<R> type;
  private final List<R> rows;
  // what a person should know about these rows (a text search's notes), worked out when asked
  private final java.util.function.Supplier<List<String>> notes;
  // the columns the printed preview puts first (none: the record's order)
  private final List<String> first;
  // how the printed preview lays the table out (as it is: the identity)
  private final java.util.function.UnaryOperator<Table> shown;

  private Rows(
      String name,
      Class<R> type,
      List<? extends R> rows,
      java.util.function.Supplier<List<String>> notes,
      List<String> first,
      java.util.function.UnaryOperator<Table> shown) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.rows = List.copyOf(rows);
    this.notes = Objects.requireNonNull(notes, "notes");
    this.first = List.copyOf(first);
    this.shown = Objects.requireNonNull(shown, "shown");
  }

  private Rows(String name, Class<R> type, List<? extends R> rows) {
    this(name, type, rows, List::of, List.of(), t -> t);
  }

  /** Returns these rows with other records: the same name, type, notes and printed layout. */
  private Rows<R> with(List<? extends R> other) {
    return new Rows<>(name, type, other, notes, first, shown);
  }

  /**
   * Returns these rows printed as {@code layout} lays out their table (counts with a row per year
   * and a column per term); the table, {@link #show()} and files keep a row per record.
   */
  public Rows<R> printedAs(java.util.function.UnaryOperator<Table> layout) {
    return new Rows<>(name, type, rows, notes, first, layout);
  }

  /**
   * Returns these rows printed with the columns {@code columns} first, so that a preview too wide
   * for all columns leaves out the others (a context line's section, not its right context); the
   * table, {@link #show()} and files keep the record's order.
   */
  public Rows<R> withColumnsFirst(String... columns) {
    return new Rows<>(name, type, rows, notes, List.of(columns), shown);
  }

  /**
   * Returns these rows with notes, worked out the first time they are asked for ({@link #notes()},
   * or printing the rows): what the command line prints on stderr beside the same result.
   */
  public Rows<R> withNotes(java.util.function.Supplier<List<String>> notes) {
    java.util.function.Supplier<List<String>> once = memo(notes);
    return new Rows<>(name, type, rows, once, first, shown);
  }

  /** Returns the notes on these rows (none for most results), each one line. */
  public List<String> notes() {
    return notes.get();
  }

  /** Returns a supplier that asks {@code s} once and gives that answer every time. */
  private static java.util.function.Supplier<List<String>> memo(
      java.util.function.Supplier<List<String>> s) {
    return new java.util.function.Supplier<>() {
      private List<String> value;

      @Override
      public synchronized List<String> get() {
        if (value == null) value = List.copyOf(s.get());
        return value;
      }
    };
  }

  /** Returns the rows {@code rows} of record type {@code type}, as a table named {@code name}. */
  public static <R extends Record> Rows<R> of(String name, Class<R> type, List<? extends R> rows) {
    return new Rows<>(name, type, rows);
  }

  /** Returns the table's name (also the base name of its CSV file in a report). */
  public String name() {
    return name;
  }

  /** Returns the record type. */
  public Class<R> type() {
    return type;
  }

  /** Returns the records, in order. */
  public List<R> list() {
    return rows;
  }

  /** Returns the number of rows. */
  public int size() {
    return rows.size();
  }

  /** Returns row {@code i} (0-based). */
  public R get(int i) {
    return rows.get(i);
  }

  /** Returns the records in order as a stream, to filter and map in a notebook. */
  public java.util.stream.Stream<R> stream() {
    return rows.stream();
  }

  @Override
  public Iterator<R> iterator() {
    return rows.iterator();
  }

  /** Returns the first {@code n} rows (all when there are fewer). */
  public Rows<R> first(int n) {
    return with(rows.subList(0, Math.min(Check.atLeast("n", n, 0), rows.size())));
  }

  /** Returns the last {@code n} rows (all when there are fewer). */
  public Rows<R> last(int n) {
    return with(rows.subList(Math.max(0, rows.size() - Check.atLeast("n", n, 0)), rows.size()));
  }

  /** Returns the rows that pass {@code test}, in order. */
  public Rows<R> where(Predicate<? super R> test) {
    return with(rows.stream().filter(test).toList());
  }

  /**
   * Returns the rows whose column {@code column} (snake_case) prints as {@code value}: as the table
   * prints it (a rate per 10k rounded to one decimal: {@code where("per10k", 5.3)} keeps the 5.2975
   * the table shows as 5.3), or as its exact value.
   */
  public Rows<R> where(String column, Object value) {
    RecordComponent rc = component(column);
    String wanted = String.valueOf(value);
    // the column's own name, as the table's header and Display's rules spell it
    String header = Tables.snake(rc.getName());
    return where(
        r -> {
          Object v = read(rc, r);
          return String.valueOf(v).equals(wanted)
              || v instanceof Number n
                  && !(v instanceof Long || v instanceof Integer)
                  && Display.format(header, n.doubleValue()).equals(wanted);
        });
  }

  /**
   * Returns the rows sorted by column {@code column} (snake_case), numbers by value and text by its
   * natural order; the sort is stable.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Rows<R> sortedBy(String column, boolean descending) {
    RecordComponent rc = component(column);
    Comparator<R> c = (x, y) -> ((Comparable) read(rc, x)).compareTo(read(rc, y));
    List<R> sorted = new ArrayList<>(rows);
    sorted.sort(descending ? c.reversed() : c);
    return with(sorted);
  }

  @Override
  public Table table() {
    return Tables.of(name, type, rows);
  }

  /** Prints every row to standard output as an aligned table. */
  public void show() {
    show(System.out);
  }

  /** Prints every row to {@code out} as an aligned table. */
  public void show(PrintStream out) {
    out.print(TextTable.of(table()));
    out.flush();
  }

  /**
   * Returns the table as aligned text, whole when it is short, else its first and last rows; a
   * table without rows says so under its header; then its notes, one "note:" line each. Notes take
   * room from the table's preview down to two thirds of it: long notes (three terms of a count,
   * each found in sections of notes) left it the first column alone.
   */
  @Override
  public String toString() {
    StringBuilder noted = new StringBuilder();
    for (String n : notes()) noted.append("note: ").append(n).append('\n');
    String text =
        TextTable.preview(
            shown.apply(TextTable.columnsFirst(table(), first)),
            Math.max(TextTable.PREVIEW_CHARS * 2 / 3, TextTable.PREVIEW_CHARS - noted.length()));
    return (rows.isEmpty() ? text + "(no rows)\n" : text) + noted;
  }

  private RecordComponent component(String column) {
    for (RecordComponent rc : type.getRecordComponents()) {
      if (Tables.snake(rc.getName()).equals(column) || rc.getName().equals(column)) return rc;
    }
    List<String> names = new ArrayList<>();
    for (RecordComponent rc : type.getRecordComponents()) names.add(Tables.snake(rc.getName()));
    throw BadInputException.option("column", "must be one of " + names + ", was '" + column + "'");
  }

  private static Object read(RecordComponent rc, Record r) {
    return Tables.value(rc, r);
  }
}
