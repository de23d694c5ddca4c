package qushi.analytics.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A fixed set of strings with dense ids in sorted order: id 0 is the smallest string, so ids and
 * every ranking tie broken by id are deterministic.
 */
public final class Vocabulary {
  private final String[] terms;
  private final Map<String, Integer> ids;

  /** Creates the vocabulary of the distinct strings in {@code words}. */
  public Vocabulary(Collection<String> words) {
    this.terms = new TreeSet<>(words).toArray(new String[0]);
    this.ids = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) ids.put(terms[i], i);
  }

  /** Returns the number of distinct strings. */
  public int size() {
    return terms.length;
  }

  /** Returns the string with id {@code id}. */
  public String term(int id) {
    return terms[id];
  }

  /** Returns the id of {@code term}, or -1 if it is not in the vocabulary. */
  public int id(String term) {
    Integer id = ids.get(term);
    return id == null ? -1 : id;
  }

  /** Returns a copy of all strings in id order. */
  public String[] terms() {
    return Arrays.copyOf(terms, terms.length);
  }

  @Override
  public String toString() {
    return "Vocabulary[" + terms.length + " terms]";
  }
}
