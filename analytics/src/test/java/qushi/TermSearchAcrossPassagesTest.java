package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.compare.BootstrapOptions;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.Period;
import qushi.analytics.compare.TermInterval;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.prepare.TermCount;
import qushi.analytics.text.Passage;

/**
 * A searched phrase is counted alike by count, kwic, compare, trends and the rate intervals, even
 * where it runs across the boundary of two passages (passages are cut inside a line at sentence
 * ends).
 */
class TermSearchAcrossPassagesTest {
  @Test
  void aPhraseAcrossAPassageBoundaryIsCountedOnceEverywhere() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      // every sentence starts with 因此: every passage boundary falls inside "。因此"
      a.append("因此要加快建设科技强国，推动人工智能与实体经济深度融合发展。");
      b.append("因此要稳步推进碳达峰碳中和，加快发展方式绿色转型。");
    }
    Qushi q = Qushi.of(Corpus.ofTexts(2021, a.toString(), 2022, b.toString()));
    PreparedCorpus prepared = q.corpus();
    // a boundary inside a line: the phrase "。因此" straddles it wherever a passage ends at 。
    int crossing = 0;
    List<Passage> ps = prepared.passages();
    for (int i = 0; i + 1 < ps.size(); i++) {
      Passage p = ps.get(i);
      Passage next = ps.get(i + 1);
      if (next.document() == p.document() && prepared.text(next).startsWith("因此")) crossing++;
    }
    assertTrue(crossing > 0, "the fixture has passages cut at a sentence end");

    String phrase = "。因此";
    List<TermCount> counts = q.count(List.of(phrase)).list();
    int c2021 = counts.get(0).count();
    int c2022 = counts.get(1).count();
    assertEquals(39, c2021, "counted in the document text, as kwic does");
    assertEquals(39, c2022);
    assertEquals(c2021, q.kwic(phrase).list().stream().filter(l -> l.year() == 2021).count());

    var keyness =
        q.compare(List.of(phrase), Period.of(2022), Period.of(2021), KeynessOptions.defaults());
    assertEquals(c2022, keyness.rows().get(0).targetFrequency());
    assertEquals(c2021, keyness.rows().get(0).referenceFrequency());
    assertEquals(c2021 + c2022, q.trends(phrase).rows().get(0).frequency());
    int[] byPassage = prepared.occurrencesByPassage(phrase);
    assertEquals(c2021 + c2022, java.util.Arrays.stream(byPassage).sum());

    TermInterval ci =
        q.count(List.of(phrase), BootstrapOptions.defaults().withResamples(200)).list().get(0);
    assertEquals(c2021, ci.count());
    assertTrue(ci.lower() <= ci.per10k() && ci.per10k() <= ci.upper(), ci.toString());
  }
}
