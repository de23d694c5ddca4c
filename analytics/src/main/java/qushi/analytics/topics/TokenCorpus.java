package qushi.analytics.topics;

/**
 * Documents flattened into one token array: document d holds {@code words[docStart[d] ..
 * docStart[d + 1])}.
 */
record TokenCorpus(int[] words, int[] docStart, int vocabularySize) {

  /** Flattens and checks the documents; throws if a token lies outside [0, V). */
  static TokenCorpus of(int[][] docs, int vocabularySize) {
    if (vocabularySize < 1) {
      throw new IllegalArgumentException("vocabularySize must be ≥ 1, was " + vocabularySize);
    }
    int[] docStart = new int[docs.length + 1];
    for (int d = 0; d < docs.length; d++) {
      if (docs[d] == null) {
        throw new IllegalArgumentException("docs[" + d + "] is null");
      }
      docStart[d + 1] = Math.addExact(docStart[d], docs[d].length);
    }
    int[] words = new int[docStart[docs.length]];
    for (int d = 0; d < docs.length; d++) {
      int[] doc = docs[d];
      for (int i = 0; i < doc.length; i++) {
        if (doc[i] < 0 || doc[i] >= vocabularySize) {
          throw new IllegalArgumentException(
              "docs[" + d + "][" + i + "] must be in [0, " + vocabularySize + "), was " + doc[i]);
        }
      }
      System.arraycopy(doc, 0, words, docStart[d], doc.length);
    }
    return new TokenCorpus(words, docStart, vocabularySize);
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

  /** Returns the first document of each of {@code parts} contiguous ranges with similar token counts. */
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
