package qushi.analytics.topics;

import java.util.Arrays;

/**
 * Documents flattened into one token array: document d holds {@code words[docStart[d] .. docStart[d
 * + 1])}, its tokens sorted by word id (stable), so that the repeated tokens of a word in a
 * document are adjacent; {@code source[i]} is token i's index in the caller's flattened order
 * (document by document, each in its own order).
 *
 * <p>The order in which a sweep visits tokens is free (every order is a valid systematic scan of
 * the Gibbs sampler); grouping a document's repeats lets {@link SparseSampler} update the word
 * bucket of a repeat instead of summing it again.
 */
record TokenCorpus(int[] words, int[] docStart, int[] source, int vocabularySize) {

  /** Flattens, checks and groups the documents; throws if a token lies outside [0, V). */
  static TokenCorpus of(int[][] docs, int vocabularySize) {
    if (vocabularySize < 1) {
      throw new IllegalArgumentException("vocabularySize must be ≥ 1, was " + vocabularySize);
    }
    int[] docStart = new int[docs.length + 1];
    int maxLength = 0;
    for (int d = 0; d < docs.length; d++) {
      if (docs[d] == null) {
        throw new IllegalArgumentException("docs[" + d + "] is null");
      }
      docStart[d + 1] = Math.addExact(docStart[d], docs[d].length);
      maxLength = Math.max(maxLength, docs[d].length);
    }
    int[] words = new int[docStart[docs.length]];
    int[] source = new int[words.length];
    long[] keys = new long[maxLength];
    for (int d = 0; d < docs.length; d++) {
      int[] doc = docs[d];
      for (int i = 0; i < doc.length; i++) {
        if (doc[i] < 0 || doc[i] >= vocabularySize) {
          throw new IllegalArgumentException(
              "docs[" + d + "][" + i + "] must be in [0, " + vocabularySize + "), was " + doc[i]);
        }
        keys[i] = (long) doc[i] << 32 | i;
      }
      Arrays.sort(keys, 0, doc.length);
      for (int i = 0; i < doc.length; i++) {
        words[docStart[d] + i] = (int) (keys[i] >>> 32);
        source[docStart[d] + i] = docStart[d] + (int) keys[i];
      }
    }
    return new TokenCorpus(words, docStart, source, vocabularySize);
  }

  /** Returns the per-token values {@code values[i]} in the caller's order. */
  int[] inSourceOrder(int[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[source[i]] = values[i];
    }
    return out;
  }

  /** Returns the number of documents. */
  int documents() {
    return docStart.length - 1;
  }

  /** Returns the number of tokens. */
  int tokens() {
    return words.length;
  }

  /** Returns the length of the longest document. */
  int maxLength() {
    int max = 0;
    for (int d = 0; d < documents(); d++) {
      max = Math.max(max, docStart[d + 1] - docStart[d]);
    }
    return max;
  }

  /** Returns how often each word occurs. */
  int[] wordFrequencies() {
    int[] f = new int[vocabularySize];
    for (int w : words) {
      f[w]++;
    }
    return f;
  }

  /**
   * Returns the first document of each of {@code parts} contiguous ranges with similar token
   * counts.
   */
  int[] partition(int parts) {
    int[] bounds = new int[parts + 1];
    int d = 0;
    for (int p = 1; p < parts; p++) {
      long target = (long) tokens() * p / parts;
      while (d < documents() && docStart[d] < target) {
        d++;
      }
      bounds[p] = d;
    }
    bounds[parts] = documents();
    return bounds;
  }
}
