package qushi.analytics.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import qushi.analytics.core.BadInputException;

/**
 * A manifest kept as a workbook ({@code corpus.xlsx}): its first sheet as CSV text, a line a row
 * (an empty line for an empty row, so that a line number is the row's number in the sheet), each
 * cell as the sheet shows it; a date cell as an ISO date (2016-03-05, or 2016-03-05T10:00 with its
 * time), where the sheet's own format may be 3/5/16, a year of two digits; a formula's value as the
 * sheet last computed it.
 */
final class Workbooks {
  private Workbooks() {}

  /**
   * Returns the first sheet of the workbook {@code raw} as CSV text.
   *
   * @throws BadInputException naming {@code file} when it is no workbook POI reads
   */
  static String csv(Path file, byte[] raw) {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(raw))) {
      if (book.getNumberOfSheets() == 0) throw new BadInputException(file, "workbook has no sheet");
      Sheet sheet = book.getSheetAt(0);
      DataFormatter shown = new DataFormatter(Locale.ROOT);
      shown.setUseCachedValuesForFormulaCells(true);
      // every row as wide as the widest, so that a short row has its blank cells
      int width = 0;
      for (Row row : sheet) width = Math.max(width, row.getLastCellNum());
      StringBuilder out = new StringBuilder();
      try (CSVPrinter printer =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
        int next = 0;
        for (Row row : sheet) {
          for (; next < row.getRowNum(); next++) out.append('\n');
          List<String> cells = new ArrayList<>(width);
          for (int c = 0; c < width; c++) cells.add(text(row.getCell(c), shown));
          printer.printRecord(cells);
          next = row.getRowNum() + 1;
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw new BadInputException(file, "not a workbook that can be read (" + e.getMessage() + ")");
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      if (e instanceof BadInputException bad) throw bad;
      throw new BadInputException(file, "not a workbook that can be read (" + e.getMessage() + ")");
    }
  }

  /** Returns a cell's text: a date as an ISO date, anything else as the sheet shows it. */
  private static String text(Cell cell, DataFormatter shown) {
    if (cell == null) return "";
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime t = cell.getLocalDateTimeCellValue();
      return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }
    return shown.formatCellValue(cell);
  }
}
