package qushi.analytics.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.core.RandomSource;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.PreparedCorpus;

/**
 * A topic's prevalence interval resamples documents when most of the text is in years of several:
 * the passages of a document share its topic, so resampling them one by one makes the interval far
 * too narrow.
 */
class TopicYearsTest {
  /** The two topics of the passages: water (河水) and hills. */
  private static final List<Topic> TOPICS =
      List.of(
          new Topic(1, "水", List.of("水"), List.of("水"), 0.5, 1, false, 0, 0),
          new Topic(2, "山", List.of("山"), List.of("山"), 0.5, 1, false, 0, 0));

  /** A corpus's passages with their topic proportions, read from their text. */
  private record Fitted(TopicYears years, double[][] theta) {}

  /**
   * Returns the corpus's passages with the proportions {@code water} where the text speaks of 河水
   * and {@code hills} elsewhere.
   */
  private static Fitted fitted(PreparedCorpus corpus, double[] water, double[] hills) {
    int n = corpus.passages().size();
    int[][] docs = new int[n][];
    int[] years = new int[n];
    double[][] theta = new double[n][];
    for (int p = 0; p < n; p++) {
      docs[p] = new int[] {0, 0, 0, 0};
      years[p] = corpus.passages().get(p).year();
      theta[p] = corpus.text(corpus.passages().get(p)).contains("河水") ? water : hills;
    }
    return new Fitted(new TopicYears(corpus, new String[] {"水"}, docs, years), theta);
  }

  /**
   * Returns the topic-1 prevalence row of {@code year}, the topic of each passage from its text.
   */
  private static TopicRows.Prevalence prevalence(PreparedCorpus corpus, int year) {
    Fitted f = fitted(corpus, new double[] {1, 0}, new double[] {0, 1});
    return f
        .years()
        .prevalence(TOPICS, f.theta(), TopicOptions.defaults(), new RandomSource(7))
        .stream()
        .filter(r -> r.topic() == 1 && r.year() == year)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Returns {@code n} paragraphs about {@code subject}, each of its own words, long enough to be a
   * passage of its own.
   */
  private static String paragraphs(String subject, String seed, int n) {
    String[] places = {"东", "南", "西", "北", "中", "上", "下", "前", "后", "左", "右", "外"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // every paragraph its own place: a document that repeats a stretch of itself loses it
      String place =
          places[i % places.length]
              + seed
              + places[(i * 7 + 3) % places.length]
              + (i < places.length ? "" : places[i / places.length % places.length]);
      b.append(place)
          .append("的")
          .append(subject)
          .append("一年四季景色不同，")
          .append(place)
          .append("的人们常常说起")
          .append(subject)
          .append("的故事，来访的客人也喜欢在")
          .append(place)
          .append("停留很久，看")
          .append(subject)
          .append("的变化，直到天黑才离开。\n\n");
    }
    return b.toString();
  }

  @Test
  void aYearWithoutTheTopicHasNoRepresentativePassage() {
    // 2020 writes of water and hills, 2021 of hills only: water's best passage in 2021 holds it at
    // 0.01 (under an even share, 1/2) and represents nothing
    PreparedCorpus corpus =
        PreparedCorpus.of(
            Corpus.ofTexts(
                2020,
                paragraphs("河水", "甲", 20) + paragraphs("高山", "乙", 20),
                2021,
                paragraphs("高山", "丁", 20)));
    Fitted f = fitted(corpus, new double[] {0.9, 0.1}, new double[] {0.01, 0.99});
    List<TopicRows.Representative> reps = f.years().representatives(TOPICS, f.theta());
    assertEquals(
        List.of(2020),
        reps.stream().filter(r -> r.topic() == 1).map(r -> r.year()).distinct().toList());
    assertEquals(
        List.of(2020, 2021),
        reps.stream().filter(r -> r.topic() == 2).map(r -> r.year()).distinct().toList());
    assertTrue(reps.stream().allMatch(r -> r.proportion() >= 0.5), reps.toString());
  }

  @Test
  void documentsAreResampledWhenEveryYearHasTwo() {
    String water = paragraphs("河水", "甲", 60);
    String hills = paragraphs("高山", "乙", 60);
    String water21 = paragraphs("河水", "丙", 60);
    String hills21 = paragraphs("高山", "丁", 60);
    PreparedCorpus twoEach =
        PreparedCorpus.of(Corpus.ofTexts(2020, water, 2020, hills, 2021, water21, 2021, hills21));
    assertTrue(twoEach.passages().size() >= 40, "passages: " + twoEach.passages().size());
    TopicRows.Prevalence r = prevalence(twoEach, 2020);
    assertEquals(0.5, r.prevalence(), 1e-9);
    // two documents resampled: none, one or both about water
    assertEquals(0, r.lower(), 1e-9);
    assertEquals(1, r.upper(), 1e-9);
    // 2021 has one document: the passages are resampled, as many of each topic
    PreparedCorpus oneIn2021 =
        PreparedCorpus.of(Corpus.ofTexts(2020, water, 2020, hills, 2021, water21 + hills21));
    TopicRows.Prevalence s = prevalence(oneIn2021, 2020);
    assertEquals(0.5, s.prevalence(), 1e-9);
    assertTrue(s.lower() > 0.2 && s.upper() < 0.8, s.lower() + " " + s.upper());
  }
}
