package qushi.analytics.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.core.Rows;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;
import qushi.analytics.text.TextOptions;

class ContextTest {
  @Test
  void kwicFindsEveryOccurrenceWithItsContext() {
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(2021, "发展人工智能产业。人工智能赋能千行百业。", 2024, "人工智能。"), TextOptions.defaults());
    List<Kwic.Line> lines = Kwic.of(a, "人工智能", 3);
    assertEquals(3, lines.size());
    assertEquals(new Kwic.Line(2021, "doc01", "", 2, "发展", "人工智能", "产业。"), lines.get(0));
    assertEquals(new Kwic.Line(2021, "doc01", "", 9, "产业。", "人工智能", "赋能千"), lines.get(1));
    assertEquals(2024, lines.get(2).year());
    assertEquals(a.count("人工智能").stream().mapToInt(c -> c.count()).sum(), lines.size());
    // a paragraph break in a context shows as ¶, one character, as the line break it stands for
    PreparedCorpus two =
        PreparedCorpus.of(Corpus.ofTexts(2021, "发展产业。\n人工智能赋能。"), TextOptions.defaults());
    assertEquals("产业。¶", Kwic.of(two, "人工智能", 4).get(0).left());
  }

  @Test
  void kwicCountsAnEmojiAsOneCharacterAndNeverCutsItInHalf() {
    // 🐞 and 𠀀 are two UTF-16 units each
    PreparedCorpus a =
        PreparedCorpus.of(Corpus.ofTexts(2021, "🐞修复样式🐞问题𠀀。"), TextOptions.defaults());
    List<Kwic.Line> lines = Kwic.of(a, "样式", 1);
    assertEquals("复", lines.get(0).left());
    assertEquals("🐞", lines.get(0).right());
    Kwic.Line wide = Kwic.of(a, "问题", 4).get(0);
    assertEquals("修复样式🐞".substring(1), wide.left());
    assertEquals("𠀀。", wide.right());
    assertEquals("🐞", Kwic.of(a, "修复", 1).get(0).left());
    assertEquals("🐞修复", Kwic.of(a, "样式", 3).get(0).left());
  }

  @Test
  void representativeLinesShareTheSampleAmongYearsAndSpreadWithinOne() {
    // 2021 has 10 lines (positions 0..9), 2024 has 2, listed after; a sample of 6: the quotas go
    // one at a time 2021, 2024, 2021, 2024, 2021, 2021 → 2021: 4, 2024: 2; within 2021 the
    // indices ⌊(2j+1)·10/8⌋ = 1, 3, 6, 8
    List<Kwic.Line> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) lines.add(new Kwic.Line(2021, "a", "", i, "", "x", ""));
    for (int i = 0; i < 2; i++) lines.add(new Kwic.Line(2024, "b", "", i, "", "x", ""));
    List<Kwic.Line> s = Kwic.sample(lines, 6);
    assertEquals(
        List.of("2021:1", "2021:3", "2021:6", "2021:8", "2024:0", "2024:1"),
        s.stream().map(l -> l.year() + ":" + l.position()).toList());
    assertEquals(lines, Kwic.sample(lines, 12));
    assertEquals(List.of(), Kwic.sample(lines, 0));
    // one line per year when the sample is as small as the number of years, the middle one
    assertEquals(
        List.of("2021:5", "2024:1"),
        Kwic.sample(lines, 2).stream().map(l -> l.year() + ":" + l.position()).toList());
  }

  @Test
  void kwicCountsNonOverlappingMatches() {
    PreparedCorpus a = PreparedCorpus.of(Corpus.ofTexts(2021, "哈哈哈哈哈。"), TextOptions.defaults());
    assertEquals(2, Kwic.of(a, "哈哈", 2).size());
    assertEquals(2, a.count("哈哈").get(0).count());
  }

  @Test
  void cooccurrenceStatisticsByHand() {
    // sentences: {人工智能}, {人工智能, 碳中和}, {碳中和, 量子计算}
    PreparedCorpus a =
        PreparedCorpus.of(Corpus.ofTexts(2021, "人工智能。人工智能和碳中和。碳中和与量子计算。"), TextOptions.defaults());
    List<Cooccurrence.Pair> pairs =
        Cooccurrence.of(a, new CooccurOptions(Cooccurrence.Unit.SENTENCE, 100, 1, 10, List.of()));
    Cooccurrence.Pair p =
        pairs.stream()
            .filter(x -> x.term1().equals("人工智能") || x.term2().equals("人工智能"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, p.count());
    assertEquals(2, p.count1());
    assertEquals(2, p.count2());
    assertEquals(Math.log(1.0 * 3 / (2 * 2)), p.pmi(), 1e-12);
    assertEquals(Math.log(0.75) / -Math.log(1.0 / 3), p.npmi(), 1e-12);
    assertEquals(0.5, p.dice(), 1e-12);
    // as one passage, every pair co-occurs in the only unit
    List<Cooccurrence.Pair> whole =
        Cooccurrence.of(a, new CooccurOptions(Cooccurrence.Unit.PASSAGE, 100, 1, 10, List.of()));
    assertEquals(3, whole.size());
    assertEquals(1.0, whole.get(0).npmi(), 1e-12);
    // U, which the command line names: a sentence of no term ("好的。") is no unit
    PreparedCorpus b =
        PreparedCorpus.of(
            Corpus.ofTexts(2021, "人工智能。好的。人工智能和碳中和。碳中和与量子计算。"), TextOptions.defaults());
    assertEquals(3, Cooccurrence.units(b, Cooccurrence.Unit.SENTENCE));
    assertEquals(1, Cooccurrence.units(b, Cooccurrence.Unit.PASSAGE));
    assertEquals(
        Cooccurrence.of(a, new CooccurOptions(Cooccurrence.Unit.SENTENCE, 100, 1, 10, List.of())),
        Cooccurrence.of(b, new CooccurOptions(Cooccurrence.Unit.SENTENCE, 100, 1, 10, List.of())));
  }

  @Test
  void collocatesWithinPeriodsCountTheirOwnSentencesByHand() {
    // 2021: {人工智能, 碳中和}, {碳中和}; 2022: {人工智能, 量子计算} ×2, {碳中和}; 2023: {人工智能}
    PreparedCorpus a =
        PreparedCorpus.of(
            Corpus.ofTexts(
                2021, "人工智能和碳中和。碳中和。",
                2022, "人工智能和量子计算。人工智能与量子计算。碳中和。",
                2023, "人工智能。"),
            TextOptions.defaults());
    Rows<Cooccurrence.Collocate> rows =
        Cooccurrence.collocates(
            a,
            new CooccurOptions(Cooccurrence.Unit.SENTENCE, 200, 1, 10, List.of("人工智能")),
            List.of("2021", "2022..2023"),
            List.of(new int[] {2021}, new int[] {2022, 2023}));
    assertEquals(
        List.of("2021 碳中和 1 1 2", "2022..2023 量子计算 2 3 2"),
        rows.list().stream()
            .map(
                c ->
                    "%s %s %d %d %d"
                        .formatted(c.years(), c.term2(), c.count(), c.count1(), c.count2()))
            .toList());
    // each period's U: 2 sentences in 2021, 4 in 2022..2023
    Cooccurrence.Collocate late = rows.list().get(1);
    assertEquals(Math.log(2.0 * 4 / (3 * 2)), late.pmi(), 1e-12);
    assertEquals(Math.log(4.0 / 3) / -Math.log(2.0 / 4), late.npmi(), 1e-12);
    assertEquals(2.0 * 2 / (3 + 2), late.dice(), 1e-12);
    assertEquals(Math.log(1.0 * 2 / (1 * 2)), rows.list().get(0).pmi(), 1e-12);
    assertTrue(
        rows.notes()
            .contains("U = 2 sentences of 2021 hold at least one term: the units of PMI and NPMI"),
        rows.notes().toString());
    // node by node, each node's periods in order: early and late side by side
    assertEquals(
        List.of("量子计算 2022..2023 人工智能", "人工智能 2021 碳中和", "人工智能 2022..2023 量子计算"),
        Cooccurrence.collocates(
                a,
                new CooccurOptions(Cooccurrence.Unit.SENTENCE, 200, 1, 10, List.of("量子计算", "人工智能")),
                List.of("2021", "2022..2023"),
                List.of(new int[] {2021}, new int[] {2022, 2023}))
            .list()
            .stream()
            .map(c -> c.term1() + " " + c.years() + " " + c.term2())
            .toList());
    // a node absent from a period is named for that period
    Rows<Cooccurrence.Collocate> none =
        Cooccurrence.collocates(
            a,
            new CooccurOptions(Cooccurrence.Unit.SENTENCE, 200, 1, 10, List.of("量子计算")),
            List.of("2021"),
            List.of(new int[] {2021}));
    assertEquals(0, none.size());
    assertTrue(
        none.notes().get(0).equals("'量子计算' stands in no sentences in 2021: it has no pairs there"),
        none.notes().toString());
  }

  @Test
  void collocatesPairANodeWithEveryTermByHand() {
    // sentences: {人工智能}, {人工智能, 碳中和}, {碳中和, 量子计算}; U = 3
    PreparedCorpus a =
        PreparedCorpus.of(Corpus.ofTexts(2021, "人工智能。人工智能和碳中和。碳中和与量子计算。"), TextOptions.defaults());
    // a vocabulary of 2 terms does not limit the collocates: 量子计算 is in one sentence only
    Rows<Cooccurrence.Pair> rows =
        Cooccurrence.rows(
            a,
            new CooccurOptions(
                Cooccurrence.Unit.SENTENCE, 2, 1, 10, List.of("碳中和", "不是词语", "量子计算")));
    assertEquals(
        List.of("碳中和 量子计算 1 2 1", "碳中和 人工智能 1 2 2", "量子计算 碳中和 1 1 2"),
        rows.list().stream()
            .map(
                p ->
                    "%s %s %d %d %d"
                        .formatted(p.term1(), p.term2(), p.count(), p.count1(), p.count2()))
            .toList());
    Cooccurrence.Pair p = rows.list().get(0);
    assertEquals(Math.log(1.0 * 3 / (2 * 1)), p.pmi(), 1e-12);
    assertEquals(Math.log(1.5) / -Math.log(1.0 / 3), p.npmi(), 1e-12);
    assertEquals(2.0 / 3, p.dice(), 1e-12);
    assertEquals(Math.log(0.75) / -Math.log(1.0 / 3), rows.list().get(1).npmi(), 1e-12);
    assertTrue(
        rows.notes().get(0).startsWith("'不是词语' is no term of the corpus"), rows.notes().toString());
    // top counts per node; a node with no pair at the least count is named
    Rows<Cooccurrence.Pair> strict =
        Cooccurrence.rows(
            a, new CooccurOptions(Cooccurrence.Unit.SENTENCE, 200, 2, 1, List.of("碳中和")));
    assertEquals(0, strict.size());
    assertTrue(
        strict.notes().get(0).startsWith("'碳中和' shares no 2 sentences"), strict.notes().toString());
    assertEquals(
        1,
        Cooccurrence.rows(
                a, new CooccurOptions(Cooccurrence.Unit.SENTENCE, 200, 1, 1, List.of("碳中和")))
            .size());
  }
}
