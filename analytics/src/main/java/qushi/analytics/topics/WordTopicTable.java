package qushi.analytics.topics;

import java.util.Arrays;

/**
 * Per-word topic counts in MALLET's packed layout: for word w the slots {@code packed[offsets[w] ..
 * offsets[w + 1])} hold {@code count << topicBits | topic} for its topics with non-zero count,
 * sorted descending (so by count, ties by topic), followed by zeros.
 *
 * <p>A word with f tokens never has more than min(K, f) non-zero topics; its capacity is that
 * rounded up to a multiple of four, so the sampler can read a row in whole blocks of four (a zero
 * slot adds nothing to a sum) without a remainder loop and its mispredicted exit. Sorted rows let
 * the sampler's walk through the word bucket stop early, since most of the mass sits in the first
 * few slots.
 */
final class WordTopicTable {
  final int topics;
  final int topicBits;
  final int topicMask;
  final int[] offsets;
  final int[] packed;

  /** Number of non-zero slots of each word's row. */
  final int[] lengths;

  private WordTopicTable(int topics, int[] offsets, int[] packed, int[] lengths) {
    this.topics = topics;
    this.topicBits = bitsFor(topics);
    this.topicMask = (1 << topicBits) - 1;
    this.offsets = offsets;
    this.packed = packed;
    this.lengths = lengths;
  }

  /** Returns an empty table whose rows fit the given word frequencies. */
  static WordTopicTable forFrequencies(int topics, int[] wordFrequencies) {
    int bits = bitsFor(topics);
    int[] offsets = new int[wordFrequencies.length + 1];
    long maxCount = (1L << (31 - bits)) - 1;
    for (int w = 0; w < wordFrequencies.length; w++) {
      if (wordFrequencies[w] > maxCount) {
        throw new IllegalArgumentException(
            "word "
                + w
                + " occurs "
                + wordFrequencies[w]
                + " times, more than "
                + maxCount
                + " fit the packed counts for "
                + topics
                + " topics");
      }
      offsets[w + 1] = offsets[w] + (Math.min(topics, wordFrequencies[w]) + 3 & ~3);
    }
    return new WordTopicTable(
        topics, offsets, new int[offsets[wordFrequencies.length]], new int[wordFrequencies.length]);
  }

  /** Returns the number of bits that hold a topic id in a packed slot. */
  static int bitsFor(int topics) {
    return 32 - Integer.numberOfLeadingZeros(topics - 1);
  }

  /** Returns an independent copy with the same counts. */
  WordTopicTable copy() {
    return new WordTopicTable(topics, offsets, packed.clone(), lengths.clone());
  }

  /** Returns the number of words. */
  int words() {
    return offsets.length - 1;
  }

  /** Adds {@code factor} times word w's counts to the dense array {@code dense[0..K)}. */
  void addTo(int w, int[] dense, int factor) {
    for (int j = offsets[w], end = offsets[w + 1]; j < end; j++) {
      int v = packed[j];
      if (v == 0) {
        break;
      }
      dense[v & topicMask] += factor * (v >>> topicBits);
    }
  }

  /** Replaces word w's row with the non-zero entries of {@code dense[0..K)}. */
  void setRow(int w, int[] dense) {
    int start = offsets[w];
    int end = offsets[w + 1];
    int n = start;
    for (int k = 0; k < topics; k++) {
      if (dense[k] != 0) {
        if (dense[k] < 0 || n == end) {
          throw new IllegalStateException("inconsistent counts for word " + w);
        }
        int v = dense[k] << topicBits | k;
        // insertion sort, descending
        int j = n++;
        while (j > start && packed[j - 1] < v) {
          packed[j] = packed[j - 1];
          j--;
        }
        packed[j] = v;
      }
    }
    Arrays.fill(packed, n, end, 0);
    lengths[w] = n - start;
  }

  /** Copies word w's row from another table with the same layout. */
  void copyRow(int w, WordTopicTable from) {
    System.arraycopy(from.packed, offsets[w], packed, offsets[w], offsets[w + 1] - offsets[w]);
    lengths[w] = from.lengths[w];
  }

  /** Adds one to word w's count for topic k, keeping the row sorted. */
  void increment(int w, int k) {
    int start = offsets[w];
    int j = start;
    while (packed[j] != 0 && (packed[j] & topicMask) != k) {
      j++;
    }
    incrementAt(w, j, k);
  }

  /** Adds one to word w at slot j (holding topic k, or the first empty slot); bubbles it left. */
  void incrementAt(int w, int j, int k) {
    int start = offsets[w];
    int v;
    if (packed[j] == 0) {
      v = 1 << topicBits | k;
      lengths[w]++;
    } else {
      v = packed[j] + (1 << topicBits);
    }
    while (j > start && packed[j - 1] < v) {
      packed[j] = packed[j - 1];
      j--;
    }
    packed[j] = v;
  }

  /**
   * Subtracts one from word w at slot j and bubbles it right; returns the slot where it ended up
   * (slots between j and that one moved left by one).
   */
  int decrementAt(int w, int j) {
    int end = offsets[w] + lengths[w];
    int v = packed[j] - (1 << topicBits);
    if ((v >>> topicBits) == 0) {
      v = 0;
      lengths[w]--;
    }
    while (j + 1 < end && packed[j + 1] > v) {
      packed[j] = packed[j + 1];
      j++;
    }
    packed[j] = v;
    return j;
  }
}
