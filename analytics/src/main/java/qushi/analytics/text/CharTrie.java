package qushi.analytics.text;

import java.util.Collection;

/**
 * A trie of strings, walked one character at a time: state 0 is the root, and the transitions of
 * all states are kept in one open-addressing table keyed by (state, character), so a step is a hash
 * probe without boxing. Immutable once built.
 */
final class CharTrie {
  private final long[] keys; // (state << 16 | char) + 1; 0 = empty slot
  private final int[] targets;
  private final boolean[] terminal;
  private final int mask;
  private final int[] root =
      new int[Character.MAX_VALUE + 1]; // the root's steps, looked up directly
  // the first two characters of every word, hashed into a set of bits ({@link #mayStart}), and
  // whether a word of one character is held
  private static final int PAIR_BITS = 20;
  private final long[] pairs = new long[1 << PAIR_BITS - 6];
  private boolean single;
  // every two adjacent characters of a word, hashed into a set of bits, and per state the
  // character that leads to it: a step whose two characters stand together in no word is ruled out
  // without a probe of the large table ({@link #step})
  private final long[] adjacent = new long[1 << PAIR_BITS - 6];
  private final char[] into;

  /** Builds the trie of {@code words}. */
  CharTrie(Collection<String> words) {
    int chars = 0;
    for (String w : words) chars += w.length();
    int size = Integer.highestOneBit(Math.max(16, 2 * chars + 1)) << 1;
    keys = new long[size];
    targets = new int[size];
    mask = size - 1;
    boolean[] ends = new boolean[chars + 1];
    int states = 1;
    for (String w : words) {
      int s = 0;
      for (int i = 0; i < w.length(); i++) {
        int t = probe(s, w.charAt(i));
        if (t < 0) {
          t = states++;
          put(s, w.charAt(i), t);
        }
        s = t;
      }
      ends[s] = true;
      for (int i = 1; i < w.length(); i++) {
        int b = pair(w.charAt(i - 1), w.charAt(i));
        adjacent[b >>> 6] |= 1L << b;
      }
      if (w.length() == 1) single = true;
      else if (w.length() > 1) {
        int b = pair(w.charAt(0), w.charAt(1));
        pairs[b >>> 6] |= 1L << b;
      }
    }
    terminal = java.util.Arrays.copyOf(ends, states);
    into = new char[states];
    java.util.Arrays.fill(root, -1);
    for (int h = 0; h < size; h++) {
      if (keys[h] == 0) continue;
      char c = (char) ((keys[h] - 1) & 0xffff);
      into[targets[h]] = c;
      if ((keys[h] - 1) >>> 16 == 0) root[c] = targets[h];
    }
  }

  /**
   * Returns whether a word may start at character {@code p} of {@code s}: false when none does, as
   * its first two characters start none (a look-up in a small set of bits, where a walk from every
   * character of a text costs a probe of the large table at most of them).
   */
  boolean mayStart(String s, int p) {
    if (single) return true;
    return p + 1 < s.length() && mayStart(s.charAt(p), s.charAt(p + 1));
  }

  /** Returns whether a word of two or more characters may start with {@code a} and {@code b}. */
  boolean mayStart(char a, char b) {
    int bit = pair(a, b);
    return (pairs[bit >>> 6] & 1L << bit) != 0;
  }

  /** Returns whether a word of one character is held. */
  boolean holdsSingle() {
    return single;
  }

  private static int pair(char a, char b) {
    return (a << 16 | b) * 0x9E3779B9 >>> 32 - PAIR_BITS;
  }

  /** Returns the state reached from {@code state} by {@code c}, or -1 when there is none. */
  int step(int state, char c) {
    if (state == 0) return root[c];
    int b = pair(into[state], c);
    return (adjacent[b >>> 6] & 1L << b) == 0 ? -1 : probe(state, c);
  }

  /**
   * Returns the state reached from {@code state} by the characters of {@code s} in turn, or -1 when
   * there is none.
   */
  int walk(int state, String s) {
    for (int i = 0; i < s.length() && state >= 0; i++) state = step(state, s.charAt(i));
    return state;
  }

  /** Returns the number of states: every state is below it. */
  int states() {
    return terminal.length;
  }

  private int probe(int state, char c) {
    long key = ((long) state << 16 | c) + 1;
    for (int h = slot(key); keys[h] != 0; h = (h + 1) & mask) {
      if (keys[h] == key) return targets[h];
    }
    return -1;
  }

  /** Returns whether a word ends at {@code state}. */
  boolean isWord(int state) {
    return terminal[state];
  }

  private void put(int state, char c, int target) {
    long key = ((long) state << 16 | c) + 1;
    int h = slot(key);
    while (keys[h] != 0) h = (h + 1) & mask;
    keys[h] = key;
    targets[h] = target;
  }

  private int slot(long key) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 32)) & mask;
  }
}
