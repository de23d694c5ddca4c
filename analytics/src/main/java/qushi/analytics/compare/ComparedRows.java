package qushi.analytics.compare;

import java.util.List;
import java.util.Optional;

/**
 * What a table of two-sided comparison rows ({@link KeynessTable}, {@link StratifiedTable}) answers
 * in the same way: its size, its significant rows and the row of a term.
 *
 * @param <R> the row type
 */
public interface ComparedRows<R extends ComparedTerm> {
  /** Returns the rows, in ranking order. */
  List<R> rows();

  /** Returns the settings; their level marks the significant rows. */
  KeynessOptions options();

  /** Returns the number of rows. */
  default int size() {
    return rows().size();
  }

  /** Returns the row at {@code i} of the ranking, from 0. */
  default R get(int i) {
    return rows().get(i);
  }

  /** Returns the rows in ranking order as a stream, to filter and map in a notebook. */
  default java.util.stream.Stream<R> stream() {
    return rows().stream();
  }

  /** Returns the rows whose adjusted p-value is below the options' level, in ranking order. */
  default List<R> significant() {
    return rows().stream().filter(r -> r.significant(options().level())).toList();
  }

  /** Returns the row of a term, or empty when the term was not tested. */
  default Optional<R> row(String term) {
    return rows().stream().filter(r -> r.term().equals(term)).findFirst();
  }
}
