package qushi.analytics.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes tables as CSV (RFC 4180 quoting) or TSV with a header row: the one writer behind the
 * report's CSV files, the command line's {@code --format csv|tsv} and {@code save} in jshell.
 * Numbers are written in full precision (the shortest decimal that reads back as the same double),
 * so files serve further computation; displays round ({@link Display}).
 */
public final class Csv {
  private Csv() {}

  /**
   * Returns the table as CSV ({@code ','}) or TSV ({@code '\t'}) text with a header row, LF line
   * ends.
   */
  public static String of(Table table, char delimiter) {
    StringBuilder sb = new StringBuilder();
    CSVFormat format =
        delimiter == ','
            ? CSVFormat.RFC4180.builder().setRecordSeparator('\n').get()
            : CSVFormat.TDF.builder().setRecordSeparator('\n').get();
    try (CSVPrinter printer = new CSVPrinter(sb, format)) {
      printer.printRecord(table.columnNames());
      for (Row row : table) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++)
          values.add(cell(table.column(c), row.getRowNumber()));
        printer.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  /**
   * Writes the table to {@code file} as UTF-8 text with a byte-order mark (so Excel shows Chinese):
   * TSV when the file's name ends with {@code .tsv} or {@code .tab}, else CSV; returns the path.
   * The file appears whole or not at all (written beside it, then moved into place).
   *
   * @throws BadInputException naming the file when it cannot be written (its folder missing, no
   *     permission)
   */
  public static Path save(Table table, Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    boolean tsv = name.endsWith(".tsv") || name.endsWith(".tab");
    if (!tsv && !name.endsWith(".csv") && !name.endsWith(".txt")) {
      // x.json or x.xlsx would get comma-separated text under a name that promises another format
      throw new BadInputException(
          file, "save writes CSV or TSV: name the file .csv or .tsv (or .txt for CSV)");
    }
    char delimiter = tsv ? '\t' : ',';
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new BadInputException(
          file, "cannot be written: its folder " + folder + " does not exist");
    }
    Path part = null;
    try {
      // a new file with the permissions any new file of the user gets (a temporary file's are the
      // owner's alone), under a name no other writer uses
      part =
          folder.resolve(
              "."
                  + file.getFileName()
                  + "."
                  + ProcessHandle.current().pid()
                  + "."
                  + System.nanoTime()
                  + ".part");
      Files.writeString(
          part,
          "\uFEFF" + of(table, delimiter),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
      try {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be written (" + e + ")");
    } finally {
      if (part != null) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException ignored) {
          // the part file is hidden and named after the file; nothing else to do
        }
      }
    }
    return file;
  }

  /** Returns a cell for a file: numbers in full precision, text defused (see the class comment). */
  private static String cell(Column<?> col, int row) {
    if (col.isMissing(row)) return "";
    Object v = col.get(row);
    if (v instanceof Double d) return Display.exact(d);
    if (v instanceof Float f) return Display.exact(f);
    if (v instanceof Number n) return n.toString();
    return defuse(String.valueOf(v));
  }

  /**
   * Returns {@code text} with a leading apostrophe when a spreadsheet would read it as a formula; a
   * plain number ("-1.89", rounded for display, or "-Infinity") is left as it is.
   */
  public static String defuse(String text) {
    return !text.isEmpty()
            && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
            && !NUMBER.matcher(text).matches()
        ? "'" + text
        : text;
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?((\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|Infinity)");
}
