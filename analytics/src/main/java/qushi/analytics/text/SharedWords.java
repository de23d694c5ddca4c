package qushi.analytics.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * HanLP's shared custom dictionary (a double-array trie of some 70,000 words) as one segmenter's
 * dictionary sees it: the trie itself is shared, read-only; the value of each word is this copy's
 * own. A lexicon term that the shared dictionary holds (改革开放, 职业教育) takes the lexicon's tag and
 * frequency here, where HanLP's insert would write them into the shared dictionary, for every
 * segmenter in the JVM; the word's frequency matters beyond its tag, since a vertex the first merge
 * makes keeps it as its id when a recognised name makes the path be found again.
 */
final class SharedWords extends DoubleArrayTrie<CoreDictionary.Attribute> {
  private static final long serialVersionUID = 1L;

  /** Returns a copy of {@code shared} whose values are its own. */
  SharedWords(DoubleArrayTrie<CoreDictionary.Attribute> shared) {
    check = shared.getCheck();
    base = shared.getBase();
    size = shared.getSize();
    v = shared.getValueArray(new CoreDictionary.Attribute[shared.size()]).clone();
  }
}
