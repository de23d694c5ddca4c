package qushi.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import qushi.analytics.core.Csv;
import qushi.analytics.core.Tabular;
import qushi.analytics.core.TextTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw table in one of the CLI's formats: an aligned terminal table ({@link
 * TextTable}, numbers rounded for display), CSV or TSV with a header row and numbers in full
 * precision, or JSON (an array of objects, numbers as numbers).
 */
public final class TableWriter {
  /** Output formats of every command. */
  public enum Format {
    table,
    csv,
    tsv,
    json
  }

  /**
   * Widest cell of the table format, in display columns (60 Chinese characters): a paragraph of
   * boilerplate 348 columns wide pushed the counts beside it off the screen. csv, tsv and json give
   * every cell whole.
   */
  public static final int TABLE_CELL = 120;

  /** Columns the table format gives whole: a concordance's contexts, as wide as --window asks. */
  private static final java.util.Set<String> WHOLE = java.util.Set.of("left", "right");

  private TableWriter() {}

  /**
   * Writes {@code result} to {@code out}; {@code bom} prefixes CSV/TSV with a UTF-8 byte-order
   * mark.
   */
  public static void write(Tabular result, Format format, boolean bom, PrintWriter out) {
    write(result.table(), format, bom, out);
  }

  /**
   * Writes {@code table} to {@code out}; {@code bom} prefixes CSV/TSV with a UTF-8 byte-order mark.
   */
  public static void write(Table table, Format format, boolean bom, PrintWriter out) {
    switch (format) {
      case table -> out.print(TextTable.of(table, TABLE_CELL, WHOLE));
      case csv, tsv -> {
        if (bom) out.print('\uFEFF');
        out.print(delimited(table, format == Format.csv ? ',' : '\t'));
      }
      case json -> out.println(json(table));
    }
    out.flush();
  }

  /** Returns the table as CSV or TSV text with a header row; see {@link Csv#of}. */
  public static String delimited(Table table, char delimiter) {
    return Csv.of(table, delimiter);
  }

  /** Returns the table as a JSON array of objects keyed by column name. */
  public static String json(Table table) {
    StringBuilder sb = new StringBuilder();
    try (JsonGenerator g =
        new JsonFactory()
            .createGenerator(
                new java.io.Writer() {
                  @Override
                  public void write(char[] cbuf, int off, int len) {
                    sb.append(cbuf, off, len);
                  }

                  @Override
                  public void flush() {}

                  @Override
                  public void close() {}
                })) {
      g.writeStartArray();
      for (Row row : table) {
        g.writeStartObject();
        for (int c = 0; c < table.columnCount(); c++) {
          Column<?> col = table.column(c);
          g.writeFieldName(col.name());
          int r = row.getRowNumber();
          if (col.isMissing(r)) g.writeNull();
          // by class, as TextTable.isNumeric tells numbers
          else if (TextTable.isWhole(col)) {
            g.writeNumber(((Number) col.get(r)).longValue());
          } else if (TextTable.isNumeric(col)) {
            double v = ((Number) col.get(r)).doubleValue();
            if (Double.isFinite(v)) g.writeNumber(v);
            else g.writeString(Double.toString(v));
          } else if (col instanceof BooleanColumn) g.writeBoolean((Boolean) col.get(r));
          else g.writeString(String.valueOf(col.get(r)));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }
}
