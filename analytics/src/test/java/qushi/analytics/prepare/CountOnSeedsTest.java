package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.text.TermLearner;
import qushi.analytics.text.TextOptions;

/** Counts on the seeds equal what a plain text search finds. */
@Tag("slow")
public class CountOnSeedsTest {
  public static final List<String> WATCH =
      List.of(
          "新质生产力", "具身智能", "人形机器人", "脑机接口", "细胞与基因治疗", "人工智能", "碳中和", "碳达峰", "双碳", "赋能", "迭代",
          "未来产业", "战略性新兴产业", "量子计算", "量子通信", "合成生物学", "基因编辑", "大模型", "通用人工智能", "算力", "科技创新", "原始创新",
          "产业链", "创新链", "供应链", "卡脖子", "区块链", "集成电路", "芯片", "储能", "氢能", "可控核聚变", "脑科学", "类脑智能",
          "生物制造", "科技成果转化", "产学研", "硬科技", "前沿技术", "关键核心技术", "中关村论坛", "浦江创新论坛", "生命科学", "气候变化",
          "独角兽", "CGT", "AI");

  static PreparedCorpus analysis;

  @BeforeAll
  static void load() {
    analysis = PreparedCorpus.of(Corpus.load(Path.of("../seeds")), TextOptions.defaults());
  }

  /**
   * Regex search (whole at the term's Latin edges) in the raw file with all whitespace removed and
   * running headers (short lines without final punctuation that repeat three or more times) kept
   * once, or not at all when they follow a page number: a route that shares no code with the
   * normalizer or the counter.
   */
  private static int squashedRawCount(String term, int year) {
    // whole at its Latin edges, written as a regex of its own (not TextSearch)
    String latin = "[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]";
    boolean head = String.valueOf(term.charAt(0)).matches(latin);
    boolean tail = String.valueOf(term.charAt(term.length() - 1)).matches(latin);
    Pattern p =
        Pattern.compile(
            (head ? "(?<!" + latin + ")" : "")
                + Pattern.quote(term)
                + (tail ? "(?!" + latin + ")" : ""));
    int n = 0;
    for (Document d : analysis.corpus().documents()) {
      if (d.year() != year) continue;
      // each line with its runs of whitespace as one space (squashed below, but between two Latin
      // letters or digits, where the space parts two words)
      List<String> lines =
          d.read()
              .text()
              .lines()
              .map(l -> l.strip().replaceAll("\\s+", " "))
              .filter(l -> !l.isEmpty())
              .toList();
      Map<String, Long> repeats =
          lines.stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      l -> l, java.util.stream.Collectors.counting()));
      java.util.Set<String> seen = new java.util.HashSet<>();
      lines = lines.stream().map(l -> l.replace(" ", "\u0000")).toList();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        String squashed = l.replace("\u0000", "");
        boolean header =
            repeats.get(l.replace("\u0000", " ")) >= 3
                && squashed.length() <= 24
                && !squashed.matches(".*[。！？；]$");
        // a page header: next to a page-number line such as "20 | PUJIANG INNOVATION FORUM 2024"
        boolean page =
            header
                && lines.subList(Math.max(0, i - 2), i).stream()
                    .anyMatch(x -> x.replace("\u0000", "").matches("\\d+\\|.*|.*\\|\\d+|\\d+"));
        if (header && (!seen.add(squashed) || page)) continue;
        text.append(l).append('\u0000');
      }
      String spaced =
          text.toString()
              .replaceAll("(?<=" + latin + ")\u0000+(?=" + latin + ")", " ")
              .replace("\u0000", "");
      Matcher m = p.matcher(spaced);
      while (m.find()) n++;
    }
    return n;
  }

  @Test
  void countsEqualTextSearchInTheCleanedText() {
    for (TermCount c : analysis.count(WATCH.toArray(new String[0]))) {
      int expected = 0;
      for (CleanDocument d : analysis.documents()) {
        if (d.year() != c.year()) continue;
        Matcher m = Pattern.compile(Pattern.quote(c.term())).matcher(d.text());
        while (m.find()) expected++;
      }
      assertEquals(expected, c.count(), c.term() + " " + c.year());
      assertEquals(
          squashedRawCount(c.term(), c.year()),
          c.count(),
          "raw search, " + c.term() + " " + c.year());
    }
  }

  @Test
  void countsOfKeyTermsMatchNumbersFoundByGrep() {
    // found with grep -o on the whitespace-squashed seed files, per year 2021/2024/2026
    Map<String, int[]> grep =
        Map.of(
            "新质生产力",
            new int[] {0, 23, 4},
            "具身智能",
            new int[] {0, 0, 4},
            "人形机器人",
            new int[] {0, 1, 3},
            "碳中和",
            new int[] {31, 3, 0},
            "人工智能",
            new int[] {19, 59, 3},
            "未来产业",
            new int[] {18, 34, 16},
            "合成生物学",
            new int[] {1, 29, 0},
            // 122 in the raw 2024 text, 2 of them in a running header that cleanup removes
            "科技创新",
            new int[] {16, 120, 7});
    int[] years = {2021, 2024, 2026};
    for (var e : grep.entrySet()) {
      List<TermCount> counts = analysis.count(e.getKey());
      for (int i = 0; i < 3; i++) {
        assertEquals(years[i], counts.get(i).year());
        assertEquals(e.getValue()[i], counts.get(i).count(), e.getKey() + " " + years[i]);
      }
    }
  }

  @Test
  void ratesArePer10kTokensOfTheYear() {
    Map<Integer, Long> tokens = analysis.tokensByYear();
    for (TermCount c : analysis.count("未来产业")) {
      assertEquals(1e4 * c.count() / tokens.get(c.year()), c.per10k(), 1e-12);
    }
    // 2026 is about twenty times smaller than 2024: rates, not counts, compare years
    assertTrue(tokens.get(2024) > 15 * tokens.get(2026), tokens.toString());
  }

  @Test
  void segmentationKeepsTheCorpusTermsWhole() {
    String all = String.join("\n", analysis.segmented(null));
    for (String t : List.of("新质生产力", "具身智能", "人形机器人", "脑机接口", "细胞与基因治疗", "人工智能", "碳中和")) {
      assertTrue(
          (" " + all.replace('\n', ' ') + " ").contains(" " + t + " "), t + " not a whole token");
    }
  }

  /**
   * A learned term's frequency counts its tokens, a term or not (首席执行官, a title, is none), and the
   * tokens of the longer learned terms whose pieces spell it (股份有限公司 in 股份有限公司总裁, 股份/有限公司/总裁),
   * counted here from the segmented text.
   */
  @Test
  void learnedTermsCountTheirTokensAndThoseOfLongerOnes() {
    Map<String, Integer> tokens = new java.util.HashMap<>();
    for (String line : analysis.segmented(null)) {
      for (String w : line.split(" ")) tokens.merge(w, 1, Integer::sum);
    }
    Map<String, TermLearner.Term> learned = new java.util.HashMap<>();
    for (TermLearner.Term t : analysis.learnedTerms()) learned.put(t.term(), t);
    TermLearner.Term ceo = learned.get("首席执行官");
    assertEquals(17, tokens.get("首席执行官"));
    assertEquals(17, ceo.frequency());
    // no term: the tables do not count it
    assertEquals(0, analysis.counts().termTotal(analysis.vocabulary().id("首席执行官")));
    assertEquals("股份/有限公司/总裁", learned.get("股份有限公司总裁").pieces());
    assertEquals(tokens.get("股份有限公司") + tokens.get("股份有限公司总裁"), learned.get("股份有限公司").frequency());
    assertTrue(tokens.get("股份有限公司总裁") > 0);
  }

  @Test
  void statsAddUp() {
    List<YearStats> stats = analysis.stats();
    assertEquals(3, stats.size());
    assertEquals(5, stats.stream().mapToInt(YearStats::documents).sum());
    assertEquals(analysis.passages().size(), stats.stream().mapToInt(YearStats::passages).sum());
    for (YearStats s : stats) {
      assertTrue(s.termTokens() <= s.tokens() && s.terms() <= s.termTokens(), s.toString());
    }
  }
}
