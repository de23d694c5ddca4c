package qushi.analytics.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds a table from rows, one column at a time, each column read from every row in order. */
final class RowColumns<R> {
  private final List<R> rows;
  private final List<Column<?>> columns = new ArrayList<>();

  private RowColumns(List<R> rows) {
    this.rows = rows;
  }

  /** Returns a builder over {@code rows}, without columns. */
  static <R> RowColumns<R> of(List<R> rows) {
    return new RowColumns<>(rows);
  }

  /**
   * Returns a builder over comparison rows with the columns they share, in the order of {@link
   * KeynessTable}: term, target frequency (or count) and rate, reference frequency (or count) and
   * rate, log ratio.
   */
  static <R extends ComparedTerm> RowColumns<R> compared(List<R> rows, Counted counted) {
    return of(rows)
        .text(KeynessTable.TERM, ComparedTerm::term)
        .longs(counted.column("target"), ComparedTerm::targetFrequency)
        .doubles(KeynessTable.TARGET_PER10K, ComparedTerm::targetPer10k)
        .longs(counted.column("reference"), ComparedTerm::referenceFrequency)
        .doubles(KeynessTable.REFERENCE_PER10K, ComparedTerm::referencePer10k)
        .doubles(KeynessTable.LOG_RATIO, ComparedTerm::logRatio);
  }

  /** Adds a text column. */
  RowColumns<R> text(String name, Function<? super R, String> value) {
    return add(StringColumn.create(name), (c, r) -> c.append(value.apply(r)));
  }

  /** Adds a column of whole numbers. */
  RowColumns<R> longs(String name, ToLongFunction<? super R> value) {
    return add(LongColumn.create(name), (c, r) -> c.append(value.applyAsLong(r)));
  }

  /** Adds a column of small whole numbers. */
  RowColumns<R> ints(String name, ToIntFunction<? super R> value) {
    return add(IntColumn.create(name), (c, r) -> c.append(value.applyAsInt(r)));
  }

  /** Adds a column of real numbers. */
  RowColumns<R> doubles(String name, ToDoubleFunction<? super R> value) {
    return add(DoubleColumn.create(name), (c, r) -> c.append(value.applyAsDouble(r)));
  }

  /** Appends each row's value to the empty {@code column} and adds it. */
  private <C extends Column<?>> RowColumns<R> add(C column, BiConsumer<C, R> append) {
    for (R r : rows) append.accept(column, r);
    columns.add(column);
    return this;
  }

  /** Returns the table named {@code name} with the columns added so far, in the order added. */
  Table table(String name) {
    return Table.create(name, columns.toArray(new Column<?>[0]));
  }
}
