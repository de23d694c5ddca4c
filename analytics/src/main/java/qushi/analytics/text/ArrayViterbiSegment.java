package qushi.analytics.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.recognition.nr.TranslatedPersonRecognition;
import com.hankcs.hanlp.seg.NShort.Path.AtomNode;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HanLP's Viterbi segmenter with its costliest steps done in arrays: the word net of every
 * dictionary word and atom in a sentence and the shortest path through it, and the person-name
 * roles of the path. HanLP builds a vertex, a string and a list node for every candidate word, and
 * most of them are never on the path; here a candidate is a few numbers, and vertices are made for
 * the path only. The net, the weights (HanLP's bigram smoothing, {@code
 * MathUtility.calculateWeight}, the same expression) and the order in which candidates are visited
 * are HanLP's, so the path is the one HanLP finds, ties included; the roles are HanLP's ({@link
 * Roles}); the custom dictionary merges words of the path as HanLP's does, its own words walked in
 * an array trie ({@link #combine}).
 *
 * <p>The other steps are HanLP's own: the name patterns of the roles and transliterated-name
 * recognition add names to the path. When a name is added, HanLP's full net of the sentence is made
 * from the arrays ({@link Net#all}), each vertex with the weight and predecessor the first pass
 * gave it, and HanLP's second pass runs over the path and the names, as HanLP's does. A
 * configuration this class does not cover (forced custom dictionary, Japanese-name, place or
 * organisation recognition, index mode, tagging, numbers with quantifiers, HanLP's own threads) is
 * cut by HanLP throughout.
 *
 * <p>This re-does steps that are HanLP 1.8.6's (some of them private), so a new version of HanLP
 * must pass {@code ArrayViterbiSegmentTest}, which compares the two on the seeds and on sentences
 * that take the rarer paths. The dictionary's word ids are read once, when the class is loaded: a
 * reload of HanLP's core dictionaries at run time is not seen. Not thread-safe (the weights and
 * roles it remembers are unguarded): use one per thread, as {@link Segmenter} does.
 */
final class ArrayViterbiSegment extends ViterbiSegment {
  /**
   * Per dictionary word, the word id its vertex carries (its own, or a class's: 未##数, 未##人 …) in
   * the high half and the total frequency of the vertex's attribute in the low half: one look-up.
   */
  private static final long[] ID_FREQUENCY;

  /**
   * Per dictionary word, what HanLP's vertex constructor makes of it: the word of its class (未##数,
   * 未##人 …) or null when it stands for itself, and the attribute the vertex carries (a class's for
   * a number, a string or a time), so that a vertex of the path is made without the constructor's
   * tests on the tag.
   */
  private static final String[] CLASS_WORD;

  private static final CoreDictionary.Attribute[] ATTRIBUTE;

  /**
   * Per dictionary word, its string, made the first time a path holds the word and shared by every
   * vertex of it from then on (by all threads: a string is immutable, so one made twice by two
   * threads at once is harmless), where a string per occurrence doubled the memory a path took, and
   * its hash code is worked out once.
   */
  private static final String[] WORD;

  static {
    DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
    ID_FREQUENCY = new long[trie.size()];
    CLASS_WORD = new String[trie.size()];
    WORD = new String[trie.size()];
    ATTRIBUTE = new CoreDictionary.Attribute[trie.size()];
    String plain = new String("词"); // not a class's word, whatever HanLP's classes are
    for (int i = 0; i < ID_FREQUENCY.length; i++) {
      // the vertex HanLP makes of the word: its constructor maps a class of words to one id
      Vertex v = new Vertex(plain, trie.getValueAt(i), i);
      ID_FREQUENCY[i] = (long) v.wordID << 32 | (v.getAttribute().totalFrequency & 0xffffffffL);
      CLASS_WORD[i] = v.word == plain ? null : v.word;
      ATTRIBUTE[i] = v.getAttribute();
    }
  }

  /** The word id and total frequency of the start and the end of a sentence. */
  private static final int BEGIN_ID = Vertex.newB().wordID;

  private static final int BEGIN_FREQUENCY = Vertex.newB().getAttribute().totalFrequency;
  private static final int END_ID = Vertex.newE().wordID;
  private static final int END_FREQUENCY = Vertex.newE().getAttribute().totalFrequency;

  @Override
  protected List<Term> segSentence(char[] sentence) {
    if (!covered()) return super.segSentence(sentence);
    net.load(sentence);
    Vertex[] vertices = net.path();
    int[] words = net.pathWords;
    if (config.useCustomDictionary) combine(vertices, words);
    // the vertices the merge left, and their words in step with them
    List<Vertex> path = new ArrayList<>(vertices.length);
    for (int i = 0; i < vertices.length; i++) {
      if (vertices[i] == null) continue;
      words[path.size()] = words[i];
      path.add(vertices[i]);
    }
    if (config.ner) {
      PathNet names = new PathNet(sentence, path, net);
      if (config.nameRecognize) {
        if (roles == null) roles = new Roles();
        PersonDictionary.parsePattern(roles.tag(path, words), path, names, null);
      }
      if (config.translatedNameRecognize) {
        TranslatedPersonRecognition.recognition(path, names, null);
      }
      if (names.grew()) path = viterbi(names.optimum);
    }
    return convert(path, config.offset);
  }

  /**
   * The custom dictionary's own words ({@link #combine}), and the dictionary they were read from.
   */
  private Walk own;

  private DynamicCustomDictionary ownOf;

  /** The shared dictionary's words ({@link #combine}), and the trie they are walked in. */
  private Walk shared;

  private DoubleArrayTrie<CoreDictionary.Attribute> sharedOf;

  /**
   * Merges runs of the path's words ({@code net}, in place: a merged word's start holds the new
   * word, its other places null; {@code words} as {@link #mergeRuns} keeps it) by the custom
   * dictionary, as HanLP's {@code combineByCustomDictionary} merges them: first by the shared
   * dictionary, then by the custom dictionary's own words, each time from left to right the longest
   * run of whole words that spells an entry (a run of one word takes the entry's attribute). The
   * own words are read into an array trie ({@link CharTrie}) the first time a dictionary is used:
   * HanLP walks its own trie with a copy of every word's characters and a binary search at every
   * node. They are read again only when another dictionary object is set: words added to the same
   * dictionary's trie after its first use are not seen (a {@link Segmenter} fills its dictionary
   * before it cuts anything).
   */
  private void combine(Vertex[] net, int[] words) {
    if (sharedOf != customDictionary.dat) {
      DoubleArrayTrie<CoreDictionary.Attribute> dat = customDictionary.dat;
      shared =
          new Walk(
              new Entries() {
                @Override
                public int step(int state, String word) {
                  return dat.transition(word, state);
                }

                @Override
                public CoreDictionary.Attribute value(int state) {
                  return dat.output(state);
                }
              },
              1);
      sharedOf = dat;
    }
    mergeRuns(net, words, shared);
    if (customDictionary.trie != null) {
      if (ownOf != customDictionary) {
        own = new Walk(new Words(customDictionary.trie.entrySet()), 0);
        ownOf = customDictionary;
      }
      mergeRuns(net, words, own);
    }
  }

  /** A dictionary walked a word at a time: a state after each word, and the entry it ends. */
  private interface Entries {
    /** Returns the state after {@code word} from {@code state}, or a negative number: none. */
    int step(int state, String word);

    /** Returns the entry that ends at {@code state}, or null. */
    CoreDictionary.Attribute value(int state);
  }

  /**
   * Merges, from left to right, the longest run of the path's words (those {@code net} still holds)
   * that spells an entry of {@code entries}, walked from state {@code root}: one pass of HanLP's
   * {@code combineByCustomDictionary}. {@code words} holds the core dictionary's index of each word
   * that is still the dictionary's word, else -1: a merged word becomes -1 ({@link Roles#tag} reads
   * it).
   */
  private static void mergeRuns(Vertex[] net, int[] words, Walk entries) {
    int last = net.length - 1; // the start and the end are never merged
    for (int i = 1; i < last; ++i) {
      if (net[i] == null) continue;
      int state = entries.step(entries.root, net[i].realWord, words[i]);
      if (state <= 0) continue;
      CoreDictionary.Attribute value = entries.value();
      int end = i + 1;
      for (int to = i + 1; to < last; ++to) {
        if (net[to] == null) continue;
        state = entries.step(state, net[to].realWord, words[to]);
        if (state < 0) break;
        CoreDictionary.Attribute output = entries.value();
        if (output != null) {
          value = output;
          end = to + 1;
        }
      }
      if (value != null) {
        merge(net, i, end, value);
        if (end > i + 1) words[i] = -1;
        i = end - 1;
      }
    }
  }

  /**
   * HanLP's {@code combineWords}: the words from {@code start} to {@code end} (exclusive) become
   * one vertex with the attribute {@code value}; a single word takes the attribute.
   */
  private static void merge(Vertex[] net, int start, int end, CoreDictionary.Attribute value) {
    if (start + 1 == end) {
      net[start].attribute = value;
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (int j = start; j < end; ++j) {
      if (net[j] == null) continue;
      sb.append(net[j].realWord);
      net[j] = null;
    }
    String real = sb.toString();
    net[start] = new Vertex(real, real, value);
  }

  /**
   * A dictionary walked a word at a time from its root, each word of the core dictionary's first
   * step remembered in arrays indexed by the word: a walk through a dictionary's large arrays costs
   * a cache miss a character, and every merge starts with the first step of a word of the path,
   * mostly one stepped before. Not thread-safe.
   */
  private static final class Walk {
    private final Entries entries;
    private final int root;
    // per word of the core dictionary, the state after it from the root (Integer.MIN_VALUE: not
    // stepped yet) and the entry that ends there
    private final int[] first;
    private final CoreDictionary.Attribute[] firstValue;
    private CoreDictionary.Attribute value;

    Walk(Entries entries, int root) {
      this.entries = entries;
      this.root = root;
      first = new int[ID_FREQUENCY.length];
      Arrays.fill(first, Integer.MIN_VALUE);
      firstValue = new CoreDictionary.Attribute[ID_FREQUENCY.length];
    }

    /**
     * Returns the state after {@code word} from {@code state}, or a negative number: none ({@code
     * index}: the word's index in the core dictionary, or -1); {@link #value} then returns the
     * entry that ends there.
     */
    int step(int state, String word, int index) {
      if (state != root || index < 0) {
        int next = entries.step(state, word);
        value = next < 0 ? null : entries.value(next);
        return next;
      }
      if (first[index] == Integer.MIN_VALUE) {
        int next = entries.step(state, word);
        first[index] = next;
        firstValue[index] = next < 0 ? null : entries.value(next);
      }
      value = firstValue[index];
      return first[index];
    }

    /** Returns the entry that ends at the state the last step reached, or null. */
    CoreDictionary.Attribute value() {
      return value;
    }
  }

  /** A custom dictionary's own words in an array trie, with the attribute of each word's state. */
  private static final class Words implements Entries {
    final CharTrie trie;
    final CoreDictionary.Attribute[] values;

    @Override
    public int step(int state, String word) {
      return trie.walk(state, word);
    }

    @Override
    public CoreDictionary.Attribute value(int state) {
      return values[state];
    }

    Words(Set<Map.Entry<String, CoreDictionary.Attribute>> entries) {
      List<String> keys = new ArrayList<>(entries.size());
      for (Map.Entry<String, CoreDictionary.Attribute> e : entries) keys.add(e.getKey());
      trie = new CharTrie(keys);
      values = new CoreDictionary.Attribute[trie.states()];
      for (Map.Entry<String, CoreDictionary.Attribute> e : entries) {
        values[trie.walk(0, e.getKey())] = e.getValue();
      }
    }
  }

  /**
   * Returns the shortest path through {@code net} as HanLP's (private) {@code viterbi} finds it:
   * the second pass, over the path and the names recognition added to it. Its vertices keep what
   * the first pass gave them, as HanLP's do.
   */
  private static List<Vertex> viterbi(WordNet net) {
    LinkedList<Vertex>[] nodes = net.getVertexes();
    for (Vertex node : nodes[1]) node.updateFrom(nodes[0].getFirst());
    for (int i = 1; i < nodes.length - 1; ++i) {
      if (nodes[i] == null) continue;
      for (Vertex node : nodes[i]) {
        if (node.from == null) continue;
        for (Vertex to : nodes[i + node.realWord.length()]) to.updateFrom(node);
      }
    }
    LinkedList<Vertex> path = new LinkedList<>();
    for (Vertex v = nodes[nodes.length - 1].getFirst(); v != null; v = v.from) path.addFirst(v);
    return path;
  }

  /**
   * The person-name roles this segmenter has worked out: made on the first name search (its memo
   * holds a slot per word of the dictionary, over a megabyte, which a segmenter that recognises no
   * names does not need).
   */
  private Roles roles;

  /**
   * The person-name role of every vertex of a path, as HanLP's {@code PersonRecognition} tags them
   * ({@code roleObserve}, then {@code Viterbi.computeEnumSimply}): each vertex takes the role that
   * is cheapest after the role before it. The roles a vertex may take are the same object for every
   * occurrence of a word (the name dictionary's entry, or one of three kinds of unknown word), so
   * the best role after each role is worked out once per entry and remembered.
   */
  private static final class Roles {
    private static final NR[] ROLES = NR.values();
    private final TransformMatrixDictionary<NR> matrix = PersonDictionary.transformMatrixDictionary;
    // the role HanLP gives the start of a sentence (the first of A and K), and an unknown word's
    // roles, by kind
    private final NR first = new EnumItem<>(NR.A, NR.K).labelMap.keySet().iterator().next();
    private final EnumItem<NR> shortName = new EnumItem<>();
    private final EnumItem<NR> titled = new EnumItem<>(NR.G, NR.K);
    private final EnumItem<NR> other = new EnumItem<>(NR.A, matrix.getTotalFrequency(NR.A));
    private final Map<EnumItem<NR>, byte[]> best = new IdentityHashMap<>();
    private final byte[] otherAfter = new byte[ROLES.length];

    Roles() {
      // a two-character name may be the first two characters of a three-character one
      shortName.labelMap.put(NR.X, 2);
      shortName.labelMap.put(NR.G, 1);
      Arrays.fill(otherAfter, (byte) -1); // not worked out yet
    }

    /**
     * Per word of the core dictionary, its entry in the name dictionary ({@link #NOT_NAMED} when it
     * has none, null when not looked up yet) and the best role after each role for that entry: the
     * look-ups, once per word.
     */
    private final Object[] named = new Object[ID_FREQUENCY.length];

    private final byte[][] namedAfter = new byte[ID_FREQUENCY.length][];
    private static final Object NOT_NAMED = new Object();

    /**
     * Returns the role of each vertex of {@code path}; {@code words} holds the core dictionary's
     * index of each vertex that is still the dictionary's word, else -1.
     */
    List<NR> tag(List<Vertex> path, int[] words) {
      List<NR> out = new ArrayList<>(path.size());
      NR pre = first;
      out.add(pre);
      for (int i = 1; i < path.size(); i++) {
        Vertex v = path.get(i);
        int w = words[i];
        if (w >= 0 && named[w] == null) {
          EnumItem<NR> entry = PersonDictionary.dictionary.get(v.realWord);
          named[w] = entry == null ? NOT_NAMED : entry;
          if (entry != null) namedAfter[w] = after(entry);
        }
        if (w >= 0 && named[w] != NOT_NAMED) {
          @SuppressWarnings("unchecked")
          EnumItem<NR> entry = (EnumItem<NR>) named[w];
          pre = next(pre, entry, namedAfter[w]);
        } else {
          EnumItem<NR> item = w >= 0 ? unnamed(v) : observe(v);
          pre = next(pre, item, after(item));
        }
        out.add(pre);
      }
      return out;
    }

    /** {@code PersonRecognition.roleObserve} for one vertex. */
    private EnumItem<NR> observe(Vertex v) {
      EnumItem<NR> item = PersonDictionary.dictionary.get(v.realWord);
      return item != null ? item : unnamed(v);
    }

    /** The roles of a vertex the name dictionary does not hold, by its attribute. */
    private EnumItem<NR> unnamed(Vertex v) {
      Nature nature = v.guessNature();
      if (nature == Nature.nr) {
        return v.getAttribute().totalFrequency <= 1000 && v.realWord.length() == 2
            ? shortName
            : other;
      }
      return nature == Nature.nnt ? titled : other;
    }

    /**
     * Returns the best role after each role for a vertex of roles {@code item}, as known so far.
     */
    private byte[] after(EnumItem<NR> item) {
      if (item == other) return otherAfter;
      byte[] after = best.get(item);
      if (after == null) {
        after = new byte[ROLES.length];
        Arrays.fill(after, (byte) -1); // not worked out yet
        best.put(item, after);
      }
      return after;
    }

    /**
     * The role {@code Viterbi.computeEnumSimply} gives a vertex of roles {@code item} after {@code
     * pre}; {@code after} remembers it ({@link #after}).
     */
    private NR next(NR pre, EnumItem<NR> item, byte[] after) {
      int known = after[pre.ordinal()];
      if (known >= 0) return ROLES[known];
      double cheapest = Double.MAX_VALUE;
      NR role = pre;
      for (NR cur : item.labelMap.keySet()) {
        double now =
            matrix.transititon_probability[pre.ordinal()][cur.ordinal()]
                - Math.log((item.getFrequency(cur) + 1e-8) / matrix.getTotalFrequency(cur));
        if (cheapest > now) {
          cheapest = now;
          role = cur;
        }
      }
      after[pre.ordinal()] = (byte) role.ordinal();
      return role;
    }
  }

  /** Whether the configuration is one this class cuts as HanLP does. */
  private boolean covered() {
    return !config.forceCustomDictionary
        && !config.numberQuantifierRecognize
        && !config.japaneseNameRecognize
        && !config.placeRecognize
        && !config.organizationRecognize
        && !config.speechTagging
        && config.indexMode == 0
        && config.threadNumber <= 1;
  }

  /**
   * Where recognition adds names to the path after the custom dictionary: HanLP's net of the path
   * ({@code optimum}), made on the first name — most sentences have none, and the net holds a list
   * for every character — from the path as it was when this was made (recognition may cut a path
   * word in two before it adds a name), with HanLP's full net of the sentence, which it takes the
   * words around a name from ({@link Net#all}). Recognition calls nothing but {@link #insert}.
   */
  private static final class PathNet extends WordNet {
    private static final char[] NO_CHARS = {};
    private final char[] sentence;
    private final Vertex[] path;
    private final Net net;
    private WordNet all;
    private WordNet optimum;
    private int before;

    PathNet(char[] sentence, List<Vertex> path, Net net) {
      super(NO_CHARS);
      this.sentence = sentence;
      this.path = path.toArray(new Vertex[0]);
      this.net = net;
    }

    @Override
    public void insert(int line, Vertex vertex, WordNet ignored) {
      if (optimum == null) {
        optimum = new WordNet(sentence, Arrays.asList(path));
        before = optimum.size();
        all = net.all();
      }
      optimum.insert(line, vertex, all);
    }

    /** Returns whether a name was added to the path's net. */
    boolean grew() {
      return optimum != null && optimum.size() != before;
    }
  }

  /**
   * The weight of an edge between two candidates, {@code MathUtility.calculateWeight} (the same
   * expression, so the same double), remembered in a table that keeps the last weight of each slot:
   * a bigram's look-up and logarithm are most of the cost of the path, and most edges join pairs
   * seen before.
   */
  private static final class Weights {
    private static final int SLOTS = 1 << 16;
    private final long[] pairs = new long[SLOTS];
    private final long[] frequencies = new long[SLOTS];
    private final double[] values = new double[SLOTS];

    Weights() {
      Arrays.fill(frequencies, -1); // no pair of frequencies is (-1, -1)
    }

    double weight(int fromId, int fFrom, int toId, int fTo) {
      long pair = (long) fromId << 32 | (toId & 0xffffffffL);
      long freqs = (long) fFrom << 32 | (fTo & 0xffffffffL);
      long h = (pair ^ freqs * 0x9E3779B97F4A7C15L) * 0xC2B2AE3D27D4EB4FL;
      int slot = (int) (h >>> 48);
      if (pairs[slot] == pair && frequencies[slot] == freqs) return values[slot];
      int fBigram = CoreBiGramTableDictionary.getBiFrequency(fromId, toId);
      double w =
          -Math.log(
              Predefine.lambda * (Predefine.myu * fBigram / (fFrom + 1) + 1 - Predefine.myu)
                  + (1 - Predefine.lambda) * fTo / Predefine.TOTAL_FREQUENCY);
      pairs[slot] = pair;
      frequencies[slot] = freqs;
      values[slot] = w;
      return w;
    }
  }

  /**
   * The net of the sentence being cut, its arrays kept from one sentence to the next (a segmenter
   * is used by one thread).
   */
  private final Net net = new Net(new Weights());

  /**
   * The word net of one sentence as HanLP's {@code generateWordNet} builds it — line {@code l}
   * holds the candidates starting at character {@code l - 1}, line 0 the sentence's start and the
   * last line its end — and the shortest path through it. One net serves sentence after sentence
   * ({@link #load}): its arrays are kept and grown, not made anew, so that cutting a sentence
   * allocates little beyond the vertices of its path.
   */
  private static final class Net {
    private static final int BEGIN = 0;
    private static final int END = 1;

    /** The most lines a net keeps its arrays for once the sentence is cut. */
    private static final int KEPT_LINES = 1 << 16;

    private final Weights weights;
    private char[] chars;
    private int lines;
    private int size;
    // per line, its first and last candidate; per candidate, the next on its line, its line,
    // length, word id, frequency, and what it is: a word of the dictionary (its index, 0 or more),
    // the k-th atom (-1 - k, its node in atoms), or the start or end (Integer.MIN_VALUE)
    private int[] head = new int[0];
    private int[] tail = new int[0];
    private int[] next = new int[0];
    private int[] line = new int[0];
    private int[] length = new int[0];
    private int[] id = new int[0];
    private int[] frequency = new int[0];
    private int[] word = new int[0];
    private final List<AtomNode> atoms = new ArrayList<>();
    // per candidate, the weight of the cheapest path to it, its predecessor on that path (-1:
    // none), and the vertex made of it when it is on the path (else null)
    private double[] weight = new double[0];
    private int[] from = new int[0];
    private Vertex[] made = new Vertex[0];
    // the word of the dictionary each vertex of the path is (its index), or -1
    int[] pathWords;

    Net(Weights weights) {
      this.weights = weights;
    }

    /** Builds the net of {@code sentence}, in place of the one before. */
    void load(char[] sentence) {
      chars = sentence;
      lines = chars.length + 2;
      if (head.length > KEPT_LINES && lines <= KEPT_LINES) {
        // the arrays of a very long line are not kept for the short ones after it
        head = new int[0];
        resize(0);
        size = 0;
      }
      if (head.length < lines) {
        head = new int[lines];
        tail = new int[lines];
      }
      Arrays.fill(head, 0, lines, -1);
      // made holds the vertices of the last path: let them go
      Arrays.fill(made, 0, Math.min(size, made.length), null);
      size = 0;
      atoms.clear();
      // room for two candidates a character, about what Chinese text holds, so that few nets grow
      if (next.length < 2 * lines) resize(2 * lines);
      append(0, 1, BEGIN_ID, BEGIN_FREQUENCY, Integer.MIN_VALUE);
      append(lines - 1, 1, END_ID, END_FREQUENCY, Integer.MIN_VALUE);
      DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher =
          CoreDictionary.trie.getSearcher(chars, 0);
      while (searcher.next()) {
        int i = searcher.index;
        // one candidate per length at each start: no line holds two of one length yet
        long idFrequency = ID_FREQUENCY[i];
        append(
            searcher.begin + 1, searcher.length, (int) (idFrequency >> 32), (int) idFrequency, i);
      }
      // atoms where no dictionary word starts, so that the net is connected
      for (int l = 1; l < lines; ) {
        if (head[l] < 0) {
          int j = l + 1;
          for (; j < lines - 1; ++j) {
            if (head[j] >= 0 && CharType.get(chars[j - 1]) != CharType.CT_CNUM) break;
          }
          int offset = 0;
          for (AtomNode atom : quickAtomSegment(chars, l - 1, j - 1)) {
            addAtom(l + offset, atom);
            offset += atom.sWord.length();
          }
          l = j;
        } else {
          l += length[tail[l]];
        }
      }
    }

    /**
     * Adds an atom as HanLP's {@code WordNet.add(int, List<AtomNode>)} does, its vertex made as
     * HanLP makes it ({@link #atomVertex}).
     */
    private void addAtom(int l, AtomNode atom) {
      int len = atom.sWord.length();
      // HanLP's net keeps one candidate per line and length
      for (int k = head[l]; k >= 0; k = next[k]) if (length[k] == len) return;
      atoms.add(atom);
      append(l, len, atomId(atom), Predefine.OOV_DEFAULT_FREQUENCY, -atoms.size());
    }

    /** Appends a candidate to line {@code l}. */
    private void append(int l, int len, int wordId, int freq, int w) {
      if (size == next.length) resize(2 * size);
      next[size] = -1;
      line[size] = l;
      length[size] = len;
      id[size] = wordId;
      frequency[size] = freq;
      word[size] = w;
      if (head[l] < 0) head[l] = size;
      else next[tail[l]] = size;
      tail[l] = size++;
    }

    /** Makes room for {@code n} candidates, keeping those the net holds. */
    private void resize(int n) {
      next = Arrays.copyOf(next, n);
      line = Arrays.copyOf(line, n);
      length = Arrays.copyOf(length, n);
      id = Arrays.copyOf(id, n);
      frequency = Arrays.copyOf(frequency, n);
      word = Arrays.copyOf(word, n);
      weight = Arrays.copyOf(weight, n);
      from = Arrays.copyOf(from, n);
      made = Arrays.copyOf(made, n);
    }

    /**
     * Returns the shortest path from start to end, as HanLP's {@code viterbi} finds it, and sets
     * {@link #pathWords}.
     */
    Vertex[] path() {
      Arrays.fill(from, 0, size, -1);
      weight[BEGIN] = 0;
      for (int k = head[1]; k >= 0; k = next[k]) update(BEGIN, k);
      for (int l = 1; l < lines - 1; ++l) {
        for (int k = head[l]; k >= 0; k = next[k]) {
          if (from[k] < 0) continue;
          for (int t = head[l + length[k]]; t >= 0; t = next[t]) update(k, t);
        }
      }
      int n = 0;
      for (int k = END; k >= 0; k = from[k]) n++;
      Vertex[] out = new Vertex[n];
      pathWords = new int[n];
      for (int k = END; k >= 0; k = from[k]) {
        out[--n] = made[k] = vertex(k);
        pathWords[n] = Math.max(word[k], -1);
      }
      for (int i = 1; i < out.length; i++) out[i].from = out[i - 1];
      return out;
    }

    /**
     * Returns HanLP's full net of the sentence after the first pass: every candidate a vertex, in
     * the order HanLP's net holds them, with the weight and predecessor the pass gave it; the
     * vertices of the path are the path's own (as the custom dictionary left them).
     */
    WordNet all() {
      WordNet net = new WordNet(chars);
      Vertex[] vertices = new Vertex[size];
      for (int k = 0; k < size; k++) vertices[k] = made[k] != null ? made[k] : vertex(k);
      for (int k = 0; k < size; k++) if (from[k] >= 0) vertices[k].from = vertices[from[k]];
      LinkedList<Vertex>[] nodes = net.getVertexes();
      for (int l = 0; l < lines; l++) {
        nodes[l].clear();
        for (int k = head[l]; k >= 0; k = next[k]) nodes[l].add(vertices[k]);
      }
      return net;
    }

    /**
     * {@code Vertex.updateFrom}: {@code to} takes {@code f} as its predecessor if it is cheaper.
     */
    private void update(int f, int to) {
      double w = weight[f] + weight(f, to);
      if (from[to] < 0 || weight[to] > w) {
        from[to] = f;
        weight[to] = w;
      }
    }

    private double weight(int f, int to) {
      return weights.weight(id[f], frequency[f], id[to], frequency[to]);
    }

    /** Returns the vertex HanLP has for candidate {@code k}, with its weight. */
    private Vertex vertex(int k) {
      Vertex v;
      if (k == BEGIN) v = Vertex.newB();
      else if (k == END) v = Vertex.newE();
      else if (word[k] >= 0) {
        int w = word[k];
        String real = WORD[w];
        if (real == null) WORD[w] = real = new String(chars, line[k] - 1, length[k]);
        v = new Vertex(CLASS_WORD[w] != null ? CLASS_WORD[w] : real, real, ATTRIBUTE[w], id[k]);
      } else {
        v = atomVertex(atoms.get(-word[k] - 1));
      }
      v.weight = weight[k];
      return v;
    }

    /**
     * The vertex of an atom, as HanLP's {@code WordNet.add(int, List<AtomNode>)} makes it: made
     * only when the atom is on the path or HanLP's full net is asked for ({@link #all}), as most
     * atoms are neither; the net holds its word id ({@link #atomId}) and frequency.
     */
    private static Vertex atomVertex(AtomNode atom) {
      String w = atom.sWord;
      Nature nature = Nature.n;
      switch (atom.nPOS) {
        case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM -> {
          nature = Nature.m;
          w = Predefine.TAG_NUMBER;
        }
        case CharType.CT_DELIMITER, CharType.CT_OTHER -> nature = Nature.w;
        case CharType.CT_SINGLE -> {
          nature = Nature.nx;
          w = Predefine.TAG_CLUSTER;
        }
        default -> {}
      }
      return new Vertex(
          w,
          atom.sWord,
          new CoreDictionary.Attribute(nature, Predefine.OOV_DEFAULT_FREQUENCY),
          atomId(atom));
    }

    /** The word id of an atom's vertex ({@link #atomVertex}). */
    private static int atomId(AtomNode atom) {
      return switch (atom.nPOS) {
        case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM -> CoreDictionary.M_WORD_ID;
        case CharType.CT_SINGLE -> CoreDictionary.X_WORD_ID;
        default -> -1;
      };
    }
  }
}
