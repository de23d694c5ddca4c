package qushi.analytics.internal;

/**
 * The ids of the strings looked up most recently, in a direct-mapped table small enough to stay in
 * the processor's cache, in front of a map that holds them all. A map of a corpus's words is
 * megabytes: a look-up there is a few trips to memory, which a pass over ten million tokens pays
 * for every token. Most tokens are a few thousand frequent words, and here one is found with two
 * reads of a small table. Each slot keeps the last string whose hash falls in it. Not thread-safe:
 * one per thread.
 */
public final class RecentIds {
  /** What {@link #get} returns for a string the table does not hold. */
  public static final int NONE = Integer.MIN_VALUE;

  private final String[] keys;
  private final int[] hashes;
  private final int[] ids;
  private final int shift;

  /** Creates a table of {@code 2^bits} slots (1 to 30 bits). */
  public RecentIds(int bits) {
    if (bits < 1 || bits > 30) throw new IllegalArgumentException("bits " + bits);
    keys = new String[1 << bits];
    hashes = new int[1 << bits];
    ids = new int[1 << bits];
    shift = 32 - bits;
  }

  /** Creates a table of 16,384 slots. */
  public RecentIds() {
    this(14);
  }

  /** Returns the id last put for {@code s}, or {@link #NONE} if its slot holds another string. */
  public int get(String s) {
    int h = s.hashCode();
    int slot = h * 0x9E3779B9 >>> shift;
    String k = keys[slot];
    // the hash first: a slot that holds another string is passed without reading that string
    return k == s || (hashes[slot] == h && k != null && k.equals(s)) ? ids[slot] : NONE;
  }

  /** Remembers {@code id} for {@code s}, in place of what its slot held. */
  public void put(String s, int id) {
    int h = s.hashCode();
    int slot = h * 0x9E3779B9 >>> shift;
    keys[slot] = s;
    hashes[slot] = h;
    ids[slot] = id;
  }
}
