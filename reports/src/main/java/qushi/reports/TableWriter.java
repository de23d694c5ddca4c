package qushi.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw table in one of the CLI's formats: an aligned terminal table (a wide East
 * Asian character counts two columns), CSV or TSV with a header row, or JSON (an array of
 * objects, numbers as numbers).
 */
public final class TableWriter {
  /** Output formats of every command. */
  public enum Format { table, csv, tsv, json }

  private TableWriter() {}

  /** Writes {@code table} to {@code out}; {@code bom} prefixes CSV/TSV with a UTF-8 byte-order mark. */
  public static void write(Table table, Format format, boolean bom, PrintWriter out) {
    switch (format) {
      case table -> out.print(aligned(table));
      case csv, tsv -> {
        if (bom) out.print('\uFEFF');
        out.print(delimited(table, format == Format.csv ? ',' : '\t'));
      }
      case json -> out.println(json(table));
    }
    out.flush();
  }

  /** Returns the table as aligned text: text left-aligned, numbers right-aligned. */
  public static String aligned(Table table) {
    int cols = table.columnCount();
    List<String[]> cells = new ArrayList<>();
    String[] header = table.columnNames().toArray(new String[0]);
    cells.add(header);
    for (Row row : table) {
      String[] line = new String[cols];
      for (int c = 0; c < cols; c++) line[c] = display(table.column(c), row.getRowNumber(), false);
      cells.add(line);
    }
    int[] width = new int[cols];
    for (String[] line : cells) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], width(line[c]));
    StringBuilder sb = new StringBuilder();
    for (String[] line : cells) {
      StringBuilder l = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        boolean number = isNumeric(table.column(c)) && line != header;
        int pad = width[c] - width(line[c]);
        if (c > 0) l.append("  ");
        if (number) l.append(" ".repeat(pad)).append(line[c]);
        else l.append(line[c]).append(" ".repeat(pad));
      }
      sb.append(l.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** Returns the table as CSV or TSV text with a header row (RFC 4180 quoting for CSV). */
  public static String delimited(Table table, char delimiter) {
    StringBuilder sb = new StringBuilder();
    CSVFormat format = delimiter == ','
        ? CSVFormat.RFC4180.builder().setRecordSeparator('\n').get()
        : CSVFormat.TDF.builder().setRecordSeparator('\n').setEscape('\\').get();
    try (CSVPrinter printer = new CSVPrinter(sb, format)) {
      printer.printRecord(table.columnNames());
      for (Row row : table) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) values.add(display(table.column(c), row.getRowNumber(), true));
        printer.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  /** Returns the table as a JSON array of objects keyed by column name. */
  public static String json(Table table) {
    StringBuilder sb = new StringBuilder();
    try (JsonGenerator g = new JsonFactory().createGenerator(new java.io.Writer() {
        @Override public void write(char[] cbuf, int off, int len) { sb.append(cbuf, off, len); }
        @Override public void flush() {}
        @Override public void close() {}
      })) {
      g.writeStartArray();
      for (Row row : table) {
        g.writeStartObject();
        for (int c = 0; c < table.columnCount(); c++) {
          Column<?> col = table.column(c);
          g.writeFieldName(col.name());
          int r = row.getRowNumber();
          if (col.isMissing(r)) g.writeNull();
          else if (col.type() == ColumnType.INTEGER || col.type() == ColumnType.LONG || col.type() == ColumnType.SHORT) {
            g.writeNumber(((Number) col.get(r)).longValue());
          } else if (col.type() == ColumnType.DOUBLE || col.type() == ColumnType.FLOAT) {
            double v = ((Number) col.get(r)).doubleValue();
            if (Double.isFinite(v)) g.writeNumber(v);
            else g.writeString(Double.toString(v));
          } else if (col.type() == ColumnType.BOOLEAN) g.writeBoolean((Boolean) col.get(r));
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

  /** Returns the display width of {@code s}: 2 per wide or full-width character, 1 otherwise. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      w += (ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH) ? 2
          : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isNumeric(Column<?> col) {
    ColumnType t = col.type();
    return t == ColumnType.INTEGER || t == ColumnType.LONG || t == ColumnType.DOUBLE || t == ColumnType.FLOAT
        || t == ColumnType.SHORT;
  }

  private static String display(Column<?> col, int row, boolean exact) {
    if (col.isMissing(row)) return "";
    Object v = col.get(row);
    if (v instanceof Double d) return exact ? exact(d) : compact(d);
    if (v instanceof Float f) return exact ? exact(f) : compact(f);
    String s = String.valueOf(v);
    // terminal tables keep one line per row
    return exact ? s : s.replace('\n', ' ').replace('\t', ' ');
  }

  /** Shortest decimal that reads back as the same double; scientific only for very small or large values. */
  public static String exact(double d) {
    if (!Double.isFinite(d)) return Double.toString(d);
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    double a = Math.abs(d);
    if (a >= 1e-4 && a < 1e15) return new java.math.BigDecimal(Double.toString(d)).toPlainString();
    return Double.toString(d);
  }

  /** Four decimals for ordinary values, three significant digits in scientific notation for tiny ones. */
  public static String compact(double d) {
    if (!Double.isFinite(d)) return Double.toString(d);
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    double a = Math.abs(d);
    if (a != 0 && a < 1e-3) return String.format(Locale.ROOT, "%.2e", d);
    String s = String.format(Locale.ROOT, "%.4f", d);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
