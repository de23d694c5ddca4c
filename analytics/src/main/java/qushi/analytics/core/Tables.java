package qushi.analytics.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns lists of result records into Tablesaw tables: one column per record component, named by the
 * component in snake_case ({@code termTokens} → {@code term_tokens}), so that the API, the CLI and
 * the CSV files share one set of column names. A list becomes its elements joined by spaces, a null
 * number a missing value.
 */
public final class Tables {
  private Tables() {}

  /** Returns a table named {@code name} with one row per record of type {@code type}. */
  public static <R extends Record> Table of(String name, Class<R> type, List<? extends R> rows) {
    RecordComponent[] components = type.getRecordComponents();
    List<Column<?>> columns = new ArrayList<>();
    for (RecordComponent rc : components) columns.add(column(rc));
    for (R row : rows) {
      for (int c = 0; c < components.length; c++) append(columns.get(c), value(components[c], row));
    }
    return Table.create(name, columns.toArray(new Column<?>[0]));
  }

  /** Returns {@code camelCase} as {@code camel_case}; digits stay attached ({@code per10k}). */
  public static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static Column<?> column(RecordComponent rc) {
    String n = snake(rc.getName());
    Class<?> t = rc.getType();
    if (t == int.class || t == Integer.class || t == short.class) return IntColumn.create(n);
    if (t == long.class || t == Long.class) return LongColumn.create(n);
    if (t == double.class || t == Double.class || t == float.class) return DoubleColumn.create(n);
    if (t == boolean.class || t == Boolean.class) return BooleanColumn.create(n);
    return StringColumn.create(n);
  }

  /** Returns the value of component {@code rc} of {@code row}. */
  static Object value(RecordComponent rc, Record row) {
    try {
      return rc.getAccessor().invoke(row);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + rc.getName() + " of " + row.getClass().getSimpleName(), e);
    }
  }

  /** Returns a value as a cell's text: lists and arrays as their elements joined by spaces. */
  private static String text(Object v) {
    if (v == null) return "";
    if (v instanceof List<?> l) return String.join(" ", l.stream().map(String::valueOf).toList());
    if (v instanceof double[] a)
      return String.join(" ", java.util.Arrays.stream(a).mapToObj(Display::exact).toList());
    if (v instanceof int[] a)
      return String.join(" ", java.util.Arrays.stream(a).mapToObj(Integer::toString).toList());
    if (v instanceof long[] a)
      return String.join(" ", java.util.Arrays.stream(a).mapToObj(Long::toString).toList());
    return v.toString();
  }

  private static void append(Column<?> col, Object v) {
    if (v == null && !(col instanceof StringColumn)) {
      col.appendMissing();
      return;
    }
    switch (col) {
      case IntColumn c -> c.append(((Number) v).intValue());
      case LongColumn c -> c.append(((Number) v).longValue());
      case DoubleColumn c -> c.append(((Number) v).doubleValue());
      case BooleanColumn c -> c.append((Boolean) v);
      case StringColumn c -> c.append(text(v));
      default -> throw new IllegalStateException("unexpected column " + col.name());
    }
  }
}
