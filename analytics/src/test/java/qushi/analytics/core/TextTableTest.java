package qushi.analytics.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.DoubleColumnType;

class TextTableTest {
  /** A table of {@code rows} terms and {@code extra} wide numeric columns. */
  private static Table table(int rows, int extra) {
    Table t =
        Table.create(
            "t",
            StringColumn.create(
                "term", IntStream.range(0, rows).mapToObj(i -> "词语" + i).toArray(String[]::new)));
    for (int c = 0; c < extra; c++) {
      t.addColumns(
          DoubleColumn.create(
              "a_rather_long_column_name_" + c,
              IntStream.range(0, rows).mapToDouble(i -> i * 1000.5).toArray()));
    }
    return t;
  }

  /** A one-row table of an estimate and its bounds. */
  private static String bounded(String estimate, double value, double lower, double upper) {
    return TextTable.of(
        Table.create(
            "t",
            DoubleColumn.create(estimate, value),
            DoubleColumn.create("lower", lower),
            DoubleColumn.create("upper", upper)));
  }

  @Test
  void aBareBoundIsRoundedLikeTheEstimateBeforeIt() {
    // a share and its interval to three digits: the estimate is inside its own bounds
    String shares = bounded("prevalence", 0.0965, 0.0699, 0.127);
    assertTrue(shares.contains("0.0965  0.0699  0.127"), shares);
    // a rate per 10k and its interval to one decimal
    String rates = bounded("per10k", 8.14, 3.21, 13.66);
    assertTrue(rates.contains("8.1    3.2   13.7"), rates);
  }

  @Test
  void aPreviewCutsLongCellsSoThatAConcordanceKeepsItsLine() {
    // 40 concordance lines under section titles of 60 characters: the titles pushed the line out
    int n = 40;
    String title = "关于办理与盗窃、抢劫、诈骗、抢夺机动车相关刑事案件具体应用法律若干问题的解释第一章总则第一节一般规定";
    Table t =
        Table.create(
            "kwic",
            IntColumn.create("year", IntStream.range(0, n).map(i -> 2007).toArray()),
            StringColumn.create(
                "section", IntStream.range(0, n).mapToObj(i -> title).toArray(String[]::new)),
            StringColumn.create(
                "left",
                IntStream.range(0, n)
                    .mapToObj(i -> "依照本法规定，由该公安机关所在地的同级人民检察院或者最高")
                    .toArray(String[]::new)),
            StringColumn.create(
                "match", IntStream.range(0, n).mapToObj(i -> "人民法院").toArray(String[]::new)),
            StringColumn.create(
                "right",
                IntStream.range(0, n)
                    .mapToObj(i -> "受理，并通知当事人在十五日内提出书面意见")
                    .toArray(String[]::new)));
    String p = TextTable.preview(t, TextTable.PREVIEW_CHARS);
    String header = p.lines().findFirst().orElseThrow();
    assertTrue(header.contains("match") && header.contains("right"), p);
    // the title cut at its end, the left context at its start: its end stands by the match
    assertTrue(p.contains("关于办理与盗窃、抢劫、诈骗、…"), p);
    assertTrue(p.contains("…在地的同级人民检察院或者最高  人民法院"), p);
    // show() prints every cell whole
    assertTrue(TextTable.of(t).contains(title));
  }

  @Test
  void aRankedTableShowsItsFirstRowsOnly() {
    String p = TextTable.preview(table(300, 1), java.util.List.of("term"), TextTable.PREVIEW_CHARS);
    assertTrue(p.contains("词语0 ") && p.contains("词语9 "), p);
    assertFalse(p.contains("词语299"), p);
    assertTrue(p.stripTrailing().endsWith(".table() gives the Tablesaw table"), p);
  }

  @Test
  void aSmallTableIsShownWhole() {
    Table t = table(3, 2);
    assertEquals(TextTable.of(t), TextTable.preview(t, TextTable.PREVIEW_CHARS));
  }

  @Test
  void aWideTableKeepsItsRowsAndLeavesOutItsLastColumns() {
    String p = TextTable.preview(table(5, 16), TextTable.PREVIEW_CHARS);
    assertTrue(p.length() <= TextTable.PREVIEW_CHARS + 200, p);
    for (int i = 0; i < 5; i++) assertTrue(p.contains("词语" + i), p);
    assertTrue(p.contains("… ") && p.contains(" more columns (") && !p.contains("more rows"), p);
    // the note, after the rows, names the first columns left out
    assertTrue(p.contains("more columns (a_rather_long_column_name_"), p);
    assertTrue(p.strip().endsWith(".show() prints all, .table() gives the Tablesaw table"), p);
    assertTrue(p.lines().findFirst().get().matches("term +a_rather_long_column_name_0 .*"), p);
  }

  @Test
  void aLongTableShowsItsFirstAndLastRows() {
    String p = TextTable.preview(table(300, 1), TextTable.PREVIEW_CHARS);
    assertTrue(p.length() <= TextTable.PREVIEW_CHARS, p);
    assertTrue(p.contains("词语0 ") && p.contains("词语299 "), p);
    assertTrue(p.contains(" more rows (300 in all): .show() prints all"), p);
    assertTrue(p.lines().count() > TextTable.PREVIEW_MIN_ROWS, p);
  }

  @Test
  void aColumnOfNumbersIsNumericWhicheverInstanceOfItsTypeItHolds() throws Exception {
    // Tablesaw makes DoubleColumnType's instance lazily without a lock: two threads making the
    // first columns at once can leave new columns holding an instance that is not the ColumnType
    // constant, as here by hand
    java.lang.reflect.Field instance = DoubleColumnType.class.getDeclaredField("INSTANCE");
    instance.setAccessible(true);
    Object kept = instance.get(null);
    java.lang.reflect.Constructor<DoubleColumnType> make =
        DoubleColumnType.class.getDeclaredConstructor(int.class, String.class, String.class);
    make.setAccessible(true);
    try {
      instance.set(null, make.newInstance(8, "DOUBLE", "Double"));
      DoubleColumn d = DoubleColumn.create("x", 0.123456);
      assertNotSame(ColumnType.DOUBLE, d.type());
      assertTrue(TextTable.isNumeric(d));
      assertFalse(TextTable.isWhole(d));
      assertTrue(TextTable.isWhole(IntColumn.create("n", 3)));
      assertFalse(TextTable.isNumeric(StringColumn.create("s", "0.5")));
      // and it is shown rounded, as numbers are
      assertTrue(TextTable.of(Table.create("t", d)).contains("0.123"));
    } finally {
      instance.set(null, kept);
    }
  }
}
