package qushi.analytics.stats;

/** Sorts two parallel arrays of doubles by the first, without boxing. */
final class PairSort {
  private PairSort() {}

  /** Sorts {@code key} ascending and moves {@code value} along with it (not stable). */
  static void sort(double[] key, double[] value, int n) {
    sort(key, value, 0, n - 1);
  }

  private static void sort(double[] key, double[] value, int lo, int hi) {
    while (hi - lo > 16) {
      double pivot = median(key[lo], key[(lo + hi) >>> 1], key[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (key[i] < pivot) i++;
        while (key[j] > pivot) j--;
        if (i <= j) swap(key, value, i++, j--);
      }
      // recurse into the smaller part, loop on the larger: depth stays logarithmic
      if (j - lo < hi - i) {
        sort(key, value, lo, j);
        lo = i;
      } else {
        sort(key, value, i, hi);
        hi = j;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      double k = key[i];
      double v = value[i];
      int j = i - 1;
      while (j >= lo && key[j] > k) {
        key[j + 1] = key[j];
        value[j + 1] = value[j];
        j--;
      }
      key[j + 1] = k;
      value[j + 1] = v;
    }
  }

  private static double median(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private static void swap(double[] key, double[] value, int i, int j) {
    double k = key[i];
    key[i] = key[j];
    key[j] = k;
    double v = value[i];
    value[i] = value[j];
    value[j] = v;
  }
}
