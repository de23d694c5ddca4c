package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import qushi.analytics.context.Kwic;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.text.Passage;
import qushi.analytics.text.TextOptions;

/** Keyness, trends and KWIC on the seeds. */
@Tag("slow")
class CompareOnSeedsTest {
  static PreparedCorpus analysis;
  static Comparisons comparisons;

  @BeforeAll
  static void load() {
    analysis = PreparedCorpus.of(Corpus.load(Path.of("../seeds")), TextOptions.defaults());
    comparisons = new Comparisons(analysis);
  }

  @Test
  void newIn2026AreTheTermsAReaderExpects() {
    KeynessTable k = comparisons.compare(2026, 2024, KeynessOptions.defaults());
    List<String> up =
        k.rows().stream()
            .filter(r -> r.direction() == Direction.UP)
            .limit(20)
            .map(KeynessRow::term)
            .toList();
    for (String t : List.of("未来产业", "人形机器人", "生物制造"))
      assertTrue(up.contains(t), t + " not in " + up);
    // no flood of one-off noise: nothing seen fewer than 3 times is tested, and few terms pass BH
    assertTrue(k.rows().stream().allMatch(r -> r.targetFrequency() + r.referenceFrequency() >= 3));
    assertTrue(k.significant().size() <= 20, k.toString());
    // the tiny 2026 year (8 passages) cannot make one sighting significant
    assertTrue(
        k.significant().stream().allMatch(r -> r.targetFrequency() >= 5),
        k.significant().toString());
  }

  @Test
  void theIntervalLeavesOutZeroExactlyWhenTheTestOverPassagesRejects() {
    // the interval was G²/φ's and p the larger of the F and the permutation p: 9 against 0 in one
    // passage had an interval above 0 and p = 0.49
    KeynessTable k = comparisons.compare(2024, 2021, KeynessOptions.defaults());
    int rejected = 0;
    for (KeynessRow r : k.rows()) {
      boolean excludesZero = r.logRatioLower() > 0 || r.logRatioUpper() < 0;
      assertEquals(r.p() < 0.05, excludesZero, r.toString());
      if (excludesZero) rejected++;
    }
    // and the check is not empty on either side
    assertTrue(rejected > 0 && rejected < k.rows().size(), rejected + " of " + k.rows().size());
  }

  @Test
  void swappingYearsInvertsTheStatistics() {
    KeynessTable ab = comparisons.compare(2021, 2024, KeynessOptions.defaults());
    KeynessTable ba = comparisons.compare(2024, 2021, KeynessOptions.defaults());
    for (KeynessRow r : ab.rows().subList(0, 30)) {
      KeynessRow s = ba.row(r.term()).orElseThrow();
      assertEquals(-r.logRatio(), s.logRatio(), 1e-9, r.term());
      assertEquals(-r.z(), s.z(), 1e-9, r.term());
      assertEquals(r.g2(), s.g2(), 1e-9, r.term());
    }
  }

  @Test
  void carbonNeutralityFadesAfter2021() {
    TrendTable t = comparisons.trend(TrendOptions.defaults());
    assertTrue(
        t.rows().stream()
            .noneMatch(r -> r.trend() == TrendClass.EMERGING && r.lastFrequency() < 3));
    KeynessTable k = comparisons.compare(2024, 2021, KeynessOptions.defaults());
    KeynessRow carbon = k.row("碳中和").orElseThrow();
    assertEquals(Direction.DOWN, carbon.direction());
    assertTrue(carbon.pAdjusted() < 0.05, carbon.toString());
  }

  @Test
  void kwicLinesEqualCounts() {
    for (String term : qushi.analytics.prepare.CountOnSeedsTest.WATCH) {
      int count = analysis.count(term).stream().mapToInt(TermCount::count).sum();
      assertEquals(count, Kwic.of(analysis, term, 10).size(), term);
    }
  }

  /** With year labels shuffled among passages, what is reported significant is noise. */
  @Test
  void shuffledYearsGiveAtMostFivePercentSignificant() {
    List<Passage> ps =
        analysis.passages().stream().filter(p -> p.year() == 2021 || p.year() == 2024).toList();
    List<String> terms = List.of(analysis.vocabulary().terms());
    SplittableRandom rnd = new SplittableRandom(2024);
    int shuffles = 100;
    double shareSum = 0;
    int withAny = 0;
    int n2021 = (int) ps.stream().filter(p -> p.year() == 2021).count();
    for (int s = 0; s < shuffles; s++) {
      int[] order = ps.stream().mapToInt(Passage::index).toArray();
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      boolean[] target = new boolean[analysis.passages().size()];
      boolean[] reference = new boolean[analysis.passages().size()];
      for (int i = 0; i < order.length; i++) {
        if (i < n2021) target[order[i]] = true;
        else reference[order[i]] = true;
      }
      KeynessTable k =
          Keyness.compare(
              terms, analysis.counts().matrix(), target, reference, KeynessOptions.defaults());
      shareSum += (double) k.significant().size() / Math.max(1, k.size());
      if (!k.significant().isEmpty()) withAny++;
    }
    double share = shareSum / shuffles;
    assertTrue(share <= 0.05, "mean share significant " + share);
    assertTrue(withAny <= 0.2 * shuffles, "shuffles with any significant term: " + withAny);
  }
}
