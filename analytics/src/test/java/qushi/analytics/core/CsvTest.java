package qushi.analytics.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvTest {
  @Test
  void textThatASpreadsheetWouldRunIsDefusedButNumbersAreNot() {
    assertEquals("'=SUM(A1)", Csv.defuse("=SUM(A1)"));
    assertEquals("'@cmd", Csv.defuse("@cmd"));
    assertEquals("'-1+2", Csv.defuse("-1+2"));
    assertEquals("'-abc", Csv.defuse("-abc"));
    assertEquals("'+", Csv.defuse("+"));
    // numbers rounded for display stay numbers
    assertEquals("-1.89", Csv.defuse("-1.89"));
    assertEquals("-14", Csv.defuse("-14"));
    assertEquals("+3", Csv.defuse("+3"));
    assertEquals("-2.5e-5", Csv.defuse("-2.5e-5"));
    assertEquals("-.5", Csv.defuse("-.5"));
    assertEquals("-Infinity", Csv.defuse("-Infinity"));
    assertEquals("'-Infinity!", Csv.defuse("-Infinity!"));
    assertEquals("人工智能", Csv.defuse("人工智能"));
  }

  @Test
  void csvAndTsvQuoteByDoublingQuotes() {
    Table t =
        Table.create(
            "t",
            StringColumn.create("term", "他说\"好\"", "a\tb", "-0.3", "=1"),
            DoubleColumn.create("x", -1.5, 2, 0.25, -3));
    assertEquals("term,x\n\"他说\"\"好\"\"\",-1.5\na\tb,2\n-0.3,0.25\n'=1,-3\n", Csv.of(t, ','));
    // TSV as spreadsheets and csv readers take it (RFC 4180 quoting with tab as the delimiter)
    assertEquals(
        "term\tx\n\"他说\"\"好\"\"\"\t-1.5\n\"a\tb\"\t2\n-0.3\t0.25\n'=1\t-3\n", Csv.of(t, '\t'));
  }
}
