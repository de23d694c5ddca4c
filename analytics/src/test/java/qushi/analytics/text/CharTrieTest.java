package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharTrieTest {
  /** Returns {@code n} random strings of 1 to 6 characters over {@code alphabet}. */
  private static List<String> strings(Random random, String alphabet, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void everyWordAndPrefixIsWalkedAndNothingElse() {
    Random random = new Random(7);
    // Han characters, a Latin letter and a character beyond the Han block: steps from the root and
    // from deeper states, on a trie large enough that the table of steps is probed far from its
    // first slot
    String alphabet = "改革开放创新发展经济a\uFF0C\uD7A3";
    List<String> words = strings(random, alphabet, 20_000);
    CharTrie trie = new CharTrie(words);
    Set<String> wordSet = new HashSet<>(words);
    Set<String> prefixes = new HashSet<>();
    for (String w : words) for (int i = 1; i <= w.length(); i++) prefixes.add(w.substring(0, i));
    for (String w : words) {
      int state = trie.walk(0, w);
      assertTrue(state > 0 && trie.isWord(state), w);
    }
    int absent = 0;
    for (String s : strings(new Random(11), alphabet + "治", 50_000)) {
      int state = trie.walk(0, s);
      assertEquals(prefixes.contains(s), state >= 0, s);
      if (state >= 0) assertEquals(wordSet.contains(s), trie.isWord(state), s);
      if (state < 0) absent++;
    }
    assertTrue(absent > 1000, "the probe strings should include many that the trie lacks");
  }

  @Test
  void mayStartIsFalseOnlyWhereNoWordStartsAndRulesOutMostPlaces() {
    Random random = new Random(5);
    String alphabet = "改革开放创新发展经济社会治理abc";
    List<String> words = new ArrayList<>();
    for (String w : strings(random, alphabet, 40)) if (w.length() > 1) words.add(w);
    CharTrie trie = new CharTrie(words);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++)
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    String s = text.toString();
    int ruledOut = 0;
    for (int p = 0; p < s.length(); p++) {
      boolean starts = false;
      for (int n = trie.step(0, s.charAt(p)), q = p + 1; n >= 0 && !starts; q++) {
        starts = trie.isWord(n);
        n = q < s.length() ? trie.step(n, s.charAt(q)) : -1;
      }
      if (starts) assertTrue(trie.mayStart(s, p), "a word starts at " + p);
      if (!trie.mayStart(s, p)) ruledOut++;
    }
    // of the 256 pairs of characters, the words start with at most 40: most places are ruled out
    // only if the set of bits tells the pairs apart
    assertTrue(ruledOut > s.length() / 2, "ruled out " + ruledOut);
    // a word of one character can start anywhere
    List<String> withSingle = new ArrayList<>(words);
    withSingle.add("改");
    assertTrue(new CharTrie(withSingle).mayStart("放", 0));
    assertEquals(false, trie.mayStart("改", 0));
  }

  @Test
  void anEmptyTrieHasOnlyItsRoot() {
    CharTrie trie = new CharTrie(List.of());
    assertEquals(1, trie.states());
    assertEquals(-1, trie.walk(0, "改革"));
    assertEquals(0, trie.walk(0, ""));
  }
}
