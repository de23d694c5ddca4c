package qushi.analytics.text;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qushi.analytics.core.TextSearch;
import qushi.analytics.internal.Punctuation;

/**
 * Splits cleaned Chinese text into tokens with HanLP's standard (Viterbi) segmenter — its word net,
 * shortest path and person-name roles worked out in arrays ({@link ArrayViterbiSegment}), the cut
 * HanLP's — and a dictionary of its own: HanLP's bundled custom dictionary, its words shared and
 * their values this segmenter's own ({@link SharedWords}), plus this segmenter's {@link Lexicon} in
 * a private trie. Nothing global is changed, so segmenters with different lexicons can be used side
 * by side in one JVM.
 *
 * <p>Terms learned from the corpus ({@link LearnedTerms}) are kept whole too: see {@link
 * #withLearned}.
 *
 * <p>Person-name recognition is on; place and organisation recognition are off (slow and noisy on
 * this kind of text). A name the recogniser makes of a word and a grammatical character (党和 of
 * 党和国家, 项至第 of 第一项至第三项) is cut back (see {@link #notAName}), and so is one it reads in an
 * approximate number (余人 of 五千余人, see {@link #approximateNumber}) or whose surname completes the
 * word before it (有/关省 is 有关/省, see {@link #tookSurname}). Part-of-speech tagging from context is
 * off: a token's tag is its word's most frequent tag in HanLP's dictionaries (a lexicon term's: the
 * lexicon's tag), so a dictionary word gets the same tag everywhere and is a term everywhere or
 * nowhere; tagging from context doubled the time of segmentation and changed which terms were
 * learned only at the margin. A segmenter is not thread-safe: use one per thread.
 */
public final class Segmenter {
  private final Lexicon lexicon;
  private final Set<String> lexiconTerms = new HashSet<>();
  private final LearnedTerms learned;
  private final DynamicCustomDictionary dictionary;
  private final Segment segment;
  private Segment withLearned;
  private Segment withoutNames;

  /** Creates a segmenter that keeps the terms of {@code lexicon} whole. */
  public Segmenter(Lexicon lexicon) {
    this(lexicon, LearnedTerms.none());
  }

  /**
   * Creates a segmenter that keeps the terms of {@code lexicon} whole, and the {@code learned}
   * terms too (see {@link LearnedTerms}).
   */
  public Segmenter(Lexicon lexicon, LearnedTerms learned) {
    this.lexicon = lexicon;
    this.learned = learned;
    for (Lexicon.Entry e : lexicon.entries()) lexiconTerms.add(e.term());
    this.dictionary = dictionary(lexicon, LearnedTerms.none());
    this.segment = viterbi(dictionary, true);
  }

  /**
   * Returns the custom dictionary of a segmenter: HanLP's bundled custom dictionary, shared, with
   * values of its own ({@link SharedWords}: a lexicon term the shared dictionary holds takes the
   * lexicon's attribute there), and the other terms of {@code lexicon} and the {@code learned}
   * terms in a trie of its own. Nothing shared is written to.
   */
  static DynamicCustomDictionary dictionary(Lexicon lexicon, LearnedTerms learned) {
    DynamicCustomDictionary dictionary =
        new DynamicCustomDictionary(
            new SharedWords(CustomDictionary.DEFAULT.dat),
            new BinTrie<CoreDictionary.Attribute>(),
            null);
    Set<String> lexiconTerms = new HashSet<>();
    for (Lexicon.Entry e : lexicon.entries()) {
      insert(dictionary, e.term(), e.nature() + " " + e.frequency());
      if (!learned.isEmpty()) lexiconTerms.add(e.term());
    }
    for (TermLearner.Term t : learned.terms()) {
      if (!lexiconTerms.contains(t.term())) {
        insert(dictionary, t.term(), LearnedTerms.NATURE + " " + Lexicon.DEFAULT_FREQUENCY);
      }
    }
    return dictionary;
  }

  /**
   * Inserts {@code term}, and its simplified shadow when that differs ({@link
   * Script#simplifiedShadow}): traditional text is cut in its shadow ({@link #segment(Segment,
   * String)}), so a term written in traditional characters (施政報告) is found there as 施政报告.
   */
  private static void insert(DynamicCustomDictionary dictionary, String term, String attribute) {
    dictionary.insert(term, attribute);
    String shadow = Script.simplifiedShadow(term);
    if (shadow != term) dictionary.insert(shadow, attribute);
  }

  private static Segment viterbi(DynamicCustomDictionary dictionary, boolean names) {
    return configured(new ArrayViterbiSegment(), dictionary, names);
  }

  /**
   * Returns {@code segment} set up as a segmenter's: the custom {@code dictionary} (not forced), no
   * tagging from context, person and transliterated-name recognition when {@code names}, no place
   * or organisation recognition, offsets.
   */
  static Segment configured(Segment segment, DynamicCustomDictionary dictionary, boolean names) {
    return segment
        .enableCustomDictionary(dictionary)
        .enableCustomDictionaryForcing(false)
        .enablePartOfSpeechTagging(false)
        .enableNameRecognize(names)
        .enableTranslatedNameRecognize(names)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableOffset(true);
  }

  /** Returns the learned terms this segmenter keeps whole. */
  public LearnedTerms learned() {
    return learned;
  }

  /** Returns the lexicon this segmenter keeps whole. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Returns the tokens of {@code text} in order, whitespace tokens removed, learned terms whole;
   * offsets index into {@code text}.
   */
  public List<Token> segment(String text) {
    return withLearned(text, segment(segment, text));
  }

  /**
   * Returns {@code tokens}, the tokens of {@code text} as this segmenter cuts it without learned
   * terms, with the learned terms made whole: adjacent tokens that spell one are merged; where an
   * occurrence was cut across a token boundary, the sentence around it (between marks of {@link
   * Punctuation#UNIT_FINAL} or line breaks, widened so that no token crosses its edges) is
   * segmented again with the learned terms in the dictionary, and they are merged in that.
   */
  public List<Token> withLearned(String text, List<Token> tokens) {
    if (learned.isEmpty()) return tokens;
    List<Token> merged = learned.apply(tokens);
    List<int[]> misaligned = learned.misaligned(text, merged);
    if (misaligned.isEmpty()) return merged;
    if (withLearned == null) withLearned = viterbi(dictionary(lexicon, learned), true);
    List<Token> out = new ArrayList<>(tokens.size());
    int k = 0;
    // a sentence is cut as its passage was: in the passage's shadow when it reads as traditional
    String shadow = traditionalShadow(text);
    for (int[] r : sentences(text, misaligned, tokens)) {
      while (k < tokens.size() && tokens.get(k).end() <= r[0]) out.add(tokens.get(k++));
      String sentence = text.substring(r[0], r[1]);
      String sentenceShadow = shadow == null ? null : shadow.substring(r[0], r[1]);
      for (Token t : segment(withLearned, sentence, sentenceShadow)) {
        out.add(new Token(t.word(), t.nature(), r[0] + t.offset()));
      }
      while (k < tokens.size() && tokens.get(k).offset() < r[1]) k++;
    }
    while (k < tokens.size()) out.add(tokens.get(k++));
    return learned.apply(out);
  }

  /**
   * Returns the sentences holding the {@code spans} (in text order) as {@code [start, end)} ranges,
   * merged where they touch, each widened so that none of the {@code tokens} crosses an edge.
   */
  private static List<int[]> sentences(String text, List<int[]> spans, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int k = 0;
    for (int[] span : spans) {
      int start = span[0];
      while (start > 0 && !endsSentence(text.charAt(start - 1))) start--;
      int end = span[1];
      while (end < text.length() && !endsSentence(text.charAt(end))) end++;
      if (end < text.length() && text.charAt(end) != '\n') end++;
      while (k < tokens.size() && tokens.get(k).end() <= start) k++;
      if (k < tokens.size() && tokens.get(k).offset() < start) start = tokens.get(k).offset();
      for (int j = k; j < tokens.size() && tokens.get(j).offset() < end; j++) {
        end = Math.max(end, tokens.get(j).end());
      }
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last[1] >= start) last[1] = Math.max(last[1], end);
      else out.add(new int[] {start, end});
    }
    return out;
  }

  private static boolean endsSentence(char c) {
    return c == '\n' || Punctuation.endsUnit(c);
  }

  /** Returns the tokens of {@code text} without learned terms (the segmenter's own cut). */
  public List<Token> segmentPlain(String text) {
    return segment(segment, text);
  }

  /**
   * Returns the tokens of {@code text} as {@code segment} cuts it; a text that reads as traditional
   * ({@link Script#readsTraditional}) is cut in its simplified shadow ({@link
   * Script#simplifiedShadow}: character by character, every offset kept), as HanLP learned from
   * simplified text, and each token is the text's own characters at its place — 港區國安法 is cut as
   * 港区国安法 is (港區/國安/法), not as 港/區國/安法, and stays in the script the files write.
   */
  private List<Token> segment(Segment segment, String text) {
    return segment(segment, text, traditionalShadow(text));
  }

  /** Returns the simplified shadow of {@code text} when it reads as traditional, else null. */
  private static String traditionalShadow(String text) {
    String shadow = Script.simplifiedShadow(text);
    return Script.readsTraditional(text, shadow) ? shadow : null;
  }

  /**
   * Returns the tokens of {@code text} as {@code segment} cuts it: in {@code shadow}, its
   * simplified shadow, when not null, each token then written as the text writes it.
   */
  private List<Token> segment(Segment segment, String text, String shadow) {
    if (shadow == null) return cut(segment, text);
    List<Token> tokens = cut(segment, shadow);
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(new Token(text.substring(t.offset(), t.end()), t.nature(), t.offset()));
    }
    return out;
  }

  private List<Token> cut(Segment segment, String text) {
    List<Token> out = new ArrayList<>();
    // HanLP works line by line well; segmenting per line keeps offsets exact and bounds memory.
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart) {
        for (Term t : withFractions(segment, text.substring(lineStart, lineEnd))) {
          if (t.word.isBlank()) continue;
          boolean name = recognisedName(t);
          if (name && tookSurname(out, lineStart + t.offset, t.word)) continue;
          List<Term> pieces =
              !name
                  ? null
                  : approximateNumber(out, lineStart + t.offset, t.word)
                      ? withoutNames(t.word)
                      : notAName(t.word);
          if (pieces == null) {
            addWithoutHashes(out, new Token(t.word, nature(t), lineStart + t.offset));
            continue;
          }
          int at = lineStart + t.offset;
          for (Term p : pieces) {
            add(out, new Token(p.word, nature(p), at));
            at += p.word.length();
          }
        }
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    // 余 and 多 right after a numeral belong to it (五千余人: more than five thousand people), so
    // they are numerals too, and the learner joins no 余人 of them
    for (int i = 1; i < out.size(); i++) {
      Token t = out.get(i);
      if ((t.word().equals("余") || t.word().equals("多"))
          && afterNumeral(out.get(i - 1), t.offset())) {
        out.set(i, new Token(t.word(), "m", t.offset()));
      }
    }
    return out;
  }

  /**
   * A fraction written with numerals, one numeral: 三分之二, 百分之五十, 千分之三, 十分之一, 百分之百, 百分之0.5. HanLP
   * cuts them every way (三/分之/二, 二分/之一, 占四/分之/一, 十分/之一), leaving pieces that read as words: 二分 a
   * term, 十分 the adverb "very", 占四 a verb.
   */
  private static final Pattern FRACTION = fraction("[〇零一二三四五六七八九十百千万亿两0-9]+");

  /** Returns the pattern of a fraction whose two numbers are runs of {@code numeral}. */
  private static Pattern fraction(String numeral) {
    return Pattern.compile(numeral + "分之" + numeral + "(?:[点.][〇零一二三四五六七八九0-9]+)?");
  }

  /**
   * Returns the terms of a line as {@link #seg} cuts it, each fraction written with numerals
   * ({@link #FRACTION}) one term tagged {@code m} and the text between them cut on its own.
   */
  private static List<Term> withFractions(Segment segment, String line) {
    if (!line.contains("分之")) return seg(segment, line);
    Matcher m = FRACTION.matcher(line);
    List<Term> out = new ArrayList<>();
    int from = 0;
    while (m.find()) {
      addFrom(out, segment, line, from, m.start());
      Term fraction = new Term(m.group(), Nature.m);
      fraction.offset = m.start();
      out.add(fraction);
      from = m.end();
    }
    if (from == 0) return seg(segment, line);
    addFrom(out, segment, line, from, line.length());
    return out;
  }

  /** Adds the terms of {@code line} from {@code start} to {@code end}, offsets into the line. */
  private static void addFrom(List<Term> out, Segment segment, String line, int start, int end) {
    if (end <= start) return;
    for (Term t : seg(segment, line.substring(start, end))) {
      t.offset += start;
      out.add(t);
    }
  }

  /**
   * Returns the terms of a line as {@code segment} cuts it, offsets into the line. A space between
   * two Chinese characters (one that cleanup kept: it parts the phrases of a headline, see {@code
   * Chars.inline}) is taken out before the line is cut, as HanLP reads a space as the end of a
   * sentence and cuts the words around it without their context (王沪宁 after one is 王/沪宁); a term
   * across it is cut again on each side (有我国聘 is 有/我国/聘, and across "有我 国聘" 有/我/国/聘), so that no
   * token holds a space and {@code count} finds every token in the text.
   */
  private static List<Term> seg(Segment segment, String line) {
    if (line.indexOf(' ') < 0) return segment.seg(line);
    StringBuilder joined = new StringBuilder(line.length());
    int[] at = new int[line.length()]; // index in joined -> index in line
    BitSet gap = new BitSet(); // a space taken out before this index of joined
    for (int i = 0; i < line.length(); i++) {
      if (Chars.isPhraseSpace(line, i)) {
        gap.set(joined.length());
        continue;
      }
      at[joined.length()] = i;
      joined.append(line.charAt(i));
    }
    if (gap.isEmpty()) return segment.seg(line);
    List<Term> out = new ArrayList<>();
    for (Term t : segment.seg(joined.toString())) {
      int end = t.offset + t.word.length();
      int g = gap.nextSetBit(t.offset + 1);
      if (g < 0 || g >= end) {
        t.offset = at[t.offset];
        out.add(t);
        continue;
      }
      for (int from = t.offset; from < end; g = gap.nextSetBit(from + 1)) {
        int to = g < 0 || g >= end ? end : g;
        for (Term p : segment.seg(joined.substring(from, to))) {
          p.offset = at[from + p.offset];
          out.add(p);
        }
        from = to;
      }
    }
    return out;
  }

  /**
   * Adds {@code t} to the tokens, joined to the one before when the two touch between Latin letters
   * or digits ({@link TextSearch#isLatin}) or at a hyphen between them, and to the two before when
   * they are a Latin string and a full stop: GPLv3, IPv6, SQL92, 5G, COVID-19 and Form.Item are one
   * token each, as {@code count} finds them whole, so no token is counted where {@code count} finds
   * no occurrence (GPLv of GPLv3). A joined token is tagged {@code nx} (a Latin string), or {@code
   * m} when all digits.
   */
  private static void add(List<Token> out, Token t) {
    Token last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last != null && last.end() == t.offset() && dotted(out, t)) {
      out.remove(out.size() - 1);
      last = out.get(out.size() - 1);
      out.set(out.size() - 1, joined(last, "." + t.word()));
    } else if (last != null && last.end() == t.offset() && latinJoint(last.word(), t.word())) {
      out.set(out.size() - 1, joined(last, t.word()));
    } else {
      out.add(t);
    }
  }

  /**
   * Adds {@code t} ({@link #add}) without the hash marks of a microblog's topic that HanLP leaves
   * stuck to a Latin word (#iPhone14, vlog#, #AI#): a leading "#" before a Latin letter or digit is
   * cut off, and so is a trailing "#" after one when a leading one was or when two or more
   * characters stand before it, so a language's name stays whole (C#, F#) and the word is the same
   * token inside a topic and out of it.
   */
  private static void addWithoutHashes(List<Token> out, Token t) {
    String w = t.word();
    int from = w.length() > 1 && w.charAt(0) == '#' && TextSearch.isLatin(w.charAt(1)) ? 1 : 0;
    int to = w.length();
    if (to - from > 1
        && w.charAt(to - 1) == '#'
        && TextSearch.isLatin(w.charAt(to - 2))
        && (from == 1 || to - 1 - from >= 2)) {
      to--;
    }
    if (from == 0 && to == w.length()) {
      add(out, t);
      return;
    }
    if (from == 1) add(out, new Token("#", "w", t.offset()));
    add(out, new Token(w.substring(from, to), t.nature(), t.offset() + from));
    if (to < w.length()) add(out, new Token("#", "w", t.offset() + to));
  }

  /**
   * Whether {@code t} and the last two tokens, touching, are one dotted Latin name: a full stop
   * after a Latin string of two or more letters and digits, one a letter, before a Latin letter or
   * digit (Form.Item, Node.js, Modal.confirm, v1.2) — not a list mark ("11.COP30", "A.Python
   * B.Java") nor a sentence's end after an acronym ("OK.Let", capitals on both sides).
   */
  private static boolean dotted(List<Token> out, Token t) {
    if (out.size() < 2 || !out.get(out.size() - 1).word().equals(".")) return false;
    Token before = out.get(out.size() - 2);
    String w = before.word();
    String next = t.word();
    return before.end() == t.offset() - 1
        && w.length() > 1
        && w.chars().allMatch(c -> TextSearch.isLatin((char) c))
        && w.chars().anyMatch(c -> c >= 'A' && (c <= 'Z' || (c >= 'a' && c <= 'z')))
        && TextSearch.isLatin(next.charAt(0))
        && !(w.chars().allMatch(c -> c >= 'A' && c <= 'Z')
            && Character.isUpperCase(next.charAt(0)));
  }

  /** Returns {@code token} with {@code rest} joined to it: tagged m when all digits, else nx. */
  private static Token joined(Token token, String rest) {
    String joined = token.word() + rest;
    boolean number = joined.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
    return new Token(joined, number ? "m" : "nx", token.offset());
  }

  /**
   * Whether tokens a and b, touching, are one Latin string: a Latin letter or digit on both sides
   * of the joint, or a hyphen between two (COVID- and 19 of COVID-19, SARS-CoV- and 2).
   */
  private static boolean latinJoint(String a, String b) {
    char end = a.charAt(a.length() - 1);
    char start = b.charAt(0);
    if (end == '-' && a.length() > 1) end = a.charAt(a.length() - 2);
    else if (start == '-' && b.length() > 1 && TextSearch.isLatin(end)) start = b.charAt(1);
    return TextSearch.isLatin(end) && TextSearch.isLatin(start);
  }

  private String nature(Term t) {
    if (t.nature == null) return "x";
    if (t.nature == Nature.nz && locative(t.word) && !lexiconTerms.contains(t.word)) return "f";
    return t.nature.toString();
  }

  /** The localizers that close a phrase of place, time or condition: 范围内, 批准后, 基础上, 情况下. */
  private static final String LOCALIZERS = "上下内外中后里时";

  /**
   * Whether {@code word} is a phrase of a word of HanLP's core dictionary and a localizer after it
   * (范围/内, 批准/后, 基础/上, 情况/下, 实践/中): HanLP's custom dictionary has many such phrases, tagged {@code
   * nz} (a proper noun) as its entries of no other class are, so that 范围内 was a term, 2,468 times
   * in 1,589 local regulations, and 物业管理区域内 a learned one. Such a word is tagged {@code f}, a
   * localizer, as its last character is: no term, and a learned term holds none ({@link
   * TermLearner#kind}). A noun whose first characters are no word keeps its tag: 职业高中, 远红外; and so
   * does one ending in 间, a room as often as a span (楼梯间), or in 前, which makes modifiers of age
   * (学龄前儿童).
   */
  static boolean locative(String word) {
    int n = word.length();
    if (n < 3 || LOCALIZERS.indexOf(word.charAt(n - 1)) < 0) return false;
    return CoreDictionary.contains(word.substring(0, n - 1));
  }

  /** Whether {@code t} is a name the recogniser made: tagged as a name, in no dictionary. */
  private boolean recognisedName(Term t) {
    return t.nature != null && t.nature.startsWith("nr") && attribute(t.word) == null;
  }

  /**
   * Returns the pieces of a recognised name that is no name — cut without name recognition, at
   * least two: a name of two characters whose second HanLP's person-name dictionary sees mostly
   * beside a name, not in one ({@link Surnames#mostlyBesideNames}: 都有, 乌称, 时说, 文旅, 管好), unless both
   * are transliteration characters (卢拉, 鲁托); or one with a preposition, conjunction, particle,
   * modal particle, interjection or onomatopoeia ({@link #grammatical}: 党和, 关的, 项至第, 向其) or a title
   * (国元首 of 两国元首, 国总理), unless the first piece is a single character among the {@value
   * Surnames#COMMON} commonest surnames (何立峰, 李在明, 魏凤和; 毛主席) or the pieces read as a name ({@link
   * Surnames#readAsName}: 向警予) — or null when it may be a name.
   */
  private List<Term> notAName(String word) {
    List<Term> pieces = withoutNames(word);
    if (pieces == null) return null;
    if (word.length() == 2
        && Surnames.mostlyBesideNames(word.charAt(1))
        && !TransliteratedTerms.transliteration(word)) {
      return pieces;
    }
    String first = pieces.get(0).word;
    if (first.length() == 1 && Surnames.isCommon(first.charAt(0))) return null;
    if (Surnames.readAsName(pieces.stream().map(p -> p.word).toList())) return null;
    for (Term p : pieces) if (grammatical(p.nature) || p.nature == Nature.nnt) return pieces;
    return null;
  }

  /**
   * Re-cuts a recognised name at {@code offset} whose surname completes the word right before it
   * into a dictionary word, the rest of the name being a dictionary word too: 有关省 is 有关 + 省, not 有
   * + the name 关省. Returns whether it did (the word before replaced, the rest added).
   */
  private boolean tookSurname(List<Token> out, int offset, String name) {
    if (out.isEmpty()) return false;
    Token before = out.get(out.size() - 1);
    String joined = before.word() + name.charAt(0);
    String rest = name.substring(1);
    if (before.end() != offset || !before.word().codePoints().allMatch(Character::isIdeographic)) {
      return false;
    }
    CoreDictionary.Attribute word = attribute(joined);
    CoreDictionary.Attribute after = attribute(rest);
    if (word == null || after == null) return false;
    out.set(out.size() - 1, new Token(joined, word.nature[0].toString(), before.offset()));
    out.add(new Token(rest, after.nature[0].toString(), offset + 1));
    return true;
  }

  /** Returns the attribute of a word of the dictionaries (the custom one first), or null. */
  private CoreDictionary.Attribute attribute(String word) {
    CoreDictionary.Attribute a = dictionary.get(word);
    return a != null ? a : CoreDictionary.get(word);
  }

  /** Returns {@code word} cut without name recognition, or null when it stays one piece. */
  private List<Term> withoutNames(String word) {
    if (withoutNames == null) withoutNames = viterbi(dictionary, false);
    List<Term> pieces = withoutNames.seg(word);
    return pieces.size() < 2 ? null : pieces;
  }

  /**
   * Returns whether a recognised name at {@code offset} stands right after a numeral (the last of
   * {@code out}) and opens with the mark of an approximate number, 余 or 多 (after 万, 千 … too): 二十余人,
   * 三百余名, 十余年来 and 1万余人 count people and years, where the recogniser reads the surname 余 in 余人, 余名,
   * 余年来.
   */
  private static boolean approximateNumber(List<Token> out, int offset, String word) {
    if (out.isEmpty() || !afterNumeral(out.get(out.size() - 1), offset)) return false;
    int i = word.length() > 2 && "十百千万亿".indexOf(word.charAt(0)) >= 0 ? 1 : 0;
    return word.charAt(i) == '余' || word.charAt(i) == '多';
  }

  /** Returns whether {@code before} is a numeral that ends right where {@code offset} is. */
  private static boolean afterNumeral(Token before, int offset) {
    return before.end() == offset && before.nature().startsWith("m");
  }

  /**
   * Whether a piece with the tag {@code n} only joins or marks: a preposition, conjunction,
   * particle, modal particle, interjection or onomatopoeia — but not 地 or 所 ({@code ude2}, {@code
   * usuo}), which are also nouns (居所地).
   */
  private static boolean grammatical(Nature n) {
    if (n == null || n == Nature.ude2 || n == Nature.usuo) return false;
    return "pcuyeo".indexOf(n.toString().charAt(0)) >= 0;
  }

  /** Returns the words of {@code text} joined by single spaces (for inspection). */
  public String segmentToString(String text) {
    StringBuilder sb = new StringBuilder();
    for (Token t : segment(text)) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(t.word());
    }
    return sb.toString();
  }
}
