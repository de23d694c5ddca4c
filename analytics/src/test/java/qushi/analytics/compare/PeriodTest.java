package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.core.BadInputException;

class PeriodTest {
  private static final int[] CORPUS = {2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022};

  @Test
  void yearsRangesListsAndRest() {
    assertArrayEquals(new int[] {2021}, Period.parse("2021").years());
    assertArrayEquals(new int[] {2013, 2014, 2015, 2016, 2017}, Period.parse("2013..2017").years());
    assertArrayEquals(new int[] {2021, 2023}, Period.parse("2021, 2023").years());
    assertArrayEquals(new int[] {2013, 2014, 2015, 2018}, Period.parse("2013..2015,2018").years());
    assertTrue(Period.parse("rest").rest());
    assertEquals("2013..2017", Period.parse(" 2013..2017 ").label());
    assertEquals("2013..2015,2018", Period.of(2018, 2013, 2014, 2015).label());
    // a range as it is often written: with a dash, a tilde or 至, named as FROM..TO
    for (String dashed : List.of("2013-2017", "2013–2017", "2013~2017", "2013 至 2017")) {
      assertEquals("2013..2017", Period.parse(dashed).label(), dashed);
      assertArrayEquals(Period.parse("2013..2017").years(), Period.parse(dashed).years(), dashed);
    }
    assertEquals(
        List.of("2013..2017", "2018..2022"),
        Period.parseList("periods", "2013-2017,2018-2022").stream().map(Period::label).toList());
  }

  @Test
  void resolvingKeepsTheCorpusYearsAndRestIsTheOtherSide() {
    // 2020 is not in the corpus: the range covers the years it has
    assertArrayEquals(
        new int[] {2018, 2019, 2021, 2022},
        Period.parse("2018..2025").resolve(CORPUS, null, "target"));
    assertArrayEquals(
        new int[] {2018, 2019, 2021, 2022},
        Period.REST.resolve(CORPUS, Period.parse("2013..2017"), "reference"));
  }

  @Test
  void listsOfPeriods() {
    List<Period> p = Period.parseList("periods", "2013..2017,2018..2025");
    assertEquals(2, p.size());
    assertEquals("2018..2025", p.get(1).label());
    BadInputException overlap =
        assertThrows(
            BadInputException.class, () -> Period.parseList("periods", "2013..2017,2016..2020"));
    assertEquals("periods", overlap.parameter().orElseThrow());
    // each period is compared with the one before as later against earlier
    BadInputException order =
        assertThrows(
            BadInputException.class, () -> Period.parseList("periods", "2018..2025,2013..2017"));
    assertEquals("periods", order.parameter().orElseThrow());
    assertTrue(order.getMessage().contains("in time order, earliest first"), order.getMessage());
  }

  @Test
  void badPeriodsNameTheSetting() {
    for (String bad : new String[] {"", "2017..2013", "twenty", "2013...2017", "2013..", ","}) {
      BadInputException e =
          assertThrows(BadInputException.class, () -> Period.parse("target", bad), bad);
      assertEquals("target", e.parameter().orElseThrow(), bad);
    }
    BadInputException none =
        assertThrows(
            BadInputException.class,
            () -> Period.parse("2030..2031").resolve(CORPUS, null, "target"));
    assertTrue(none.getMessage().contains("covers no year"), none.getMessage());
    BadInputException year =
        assertThrows(
            BadInputException.class, () -> Period.parse("2020").resolve(CORPUS, null, "target"));
    assertTrue(year.getMessage().contains("year 2020 is not in the corpus"), year.getMessage());
    // a year named alone in a list is that year too: the list is refused, not read without it
    BadInputException listed =
        assertThrows(
            BadInputException.class,
            () -> Period.parse("2019,2020").resolve(CORPUS, null, "target"));
    assertEquals("target", listed.parameter().orElseThrow());
    assertTrue(
        listed.getMessage().contains("names year 2020, which is not in the corpus"),
        listed.getMessage());
    assertArrayEquals(
        new int[] {2018, 2019, 2021},
        Period.parse("2018..2020,2021").resolve(CORPUS, null, "target"));
  }

  @Test
  void aPeriodIsNamedByTheCorpusYearsItsRangesCover() {
    int[] corpus = {2012, 2013, 2015, 2022};
    // a range past the corpus's last year ends at that year; the years stay as named
    Period late = Period.parse("2013..2025");
    assertEquals("2013..2022", late.within(corpus).label());
    assertArrayEquals(late.years(), late.within(corpus).years());
    assertEquals("2012..2013,2022", Period.parse("1900..2013,2022").within(corpus).label());
    // a range that covers one corpus year is that year; a year named alone and rest stay
    assertEquals("2015", Period.parse("2014..2016").within(corpus).label());
    assertEquals("2030", Period.parse("2030").within(corpus).label());
    assertEquals("rest", Period.REST.within(corpus).label());
    assertEquals("2013..2015", Period.parse("2013..2015").within(corpus).label());
    // a label made by hand that names no range stays as written
    assertEquals("early..late", new Period("early..late", new int[] {2012}).within(corpus).label());
  }
}
