package qushi.analytics.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qushi.analytics.core.BadInputException;
import qushi.analytics.internal.TextFiles;

/**
 * The manifest of a corpus folder: {@code corpus.csv}, a CSV file with a header row and one row per
 * document. Required columns: {@code file} and {@code year} (a year or a date); without {@code
 * year}, a {@code date} column gives each document's year, as a news or forum export has it. An
 * {@code id} column names each document; without one, a document's id is its file's name without
 * the extension, or its path without the extension where two files of the manifest have one name
 * (the ids {@code --years-from-filenames} gives), as a list of files and years exported from a
 * spreadsheet has no ids; {@code title} and {@code source} are read when present; every other
 * column is kept as metadata. A row of blank fields (",,,," below a table saved from a spreadsheet)
 * holds no document and is skipped. Without a {@code file} column, a {@code text} column may hold
 * each document's text itself (a row a post, as a forum or a social network exports them; a row
 * without text holds no document): its file is then {@code corpus.csv:LINE}, its id without an id
 * column the row's number ({@code r0001}), and the text is no column of its metadata. The names of
 * the required columns may be written in any case (ID, File, Year, as a spreadsheet's header often
 * has them) or in Chinese (编号; 文件, 文件名, 路径; 内容, 正文, 文本; 年份, 年度; 日期, 时间, 发布日期 …); a column without a
 * name, and a blank field past the header's last column (a spreadsheet's trailing comma), are no
 * column. Fields are separated by commas, or by tabs or semicolons when the header line has no
 * comma but one of those.
 *
 * @param file the manifest file
 * @param entries its rows, in file order
 * @param bytes the file's size in bytes
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record Manifest(Path file, List<Entry> entries, long bytes, String sha256) {
  /** The manifest's file name inside a corpus folder. */
  public static final String FILE_NAME = "corpus.csv";

  /**
   * The manifest kept as a workbook, read when the folder has no {@link #FILE_NAME}: its first
   * sheet ({@link Workbooks}), as Excel or WPS keeps it.
   */
  public static final String WORKBOOK_NAME = "corpus.xlsx";

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");

  /** The names of the columns qushi reads, written in any case in a header. */
  private static final Set<String> REQUIRED = Set.of("id", "file", "text", "year", "date");

  /**
   * The Chinese names of the columns qushi reads, as a spreadsheet of documents made in Chinese
   * heads them.
   */
  private static final Map<String, String> CHINESE =
      Map.ofEntries(
          Map.entry("编号", "id"),
          Map.entry("文件", "file"),
          Map.entry("文件名", "file"),
          Map.entry("文件名称", "file"),
          Map.entry("路径", "file"),
          Map.entry("文件路径", "file"),
          Map.entry("内容", "text"),
          Map.entry("正文", "text"),
          Map.entry("文本", "text"),
          Map.entry("年", "year"),
          Map.entry("年份", "year"),
          Map.entry("年度", "year"),
          Map.entry("日期", "date"),
          Map.entry("时间", "date"),
          Map.entry("发布日期", "date"),
          Map.entry("发布时间", "date"),
          Map.entry("发文日期", "date"),
          Map.entry("成文日期", "date"));

  /**
   * Returns the name qushi knows the column headed {@code name} by: a column it reads by its name
   * in lower case, in Chinese ({@link #CHINESE}) or as {@code content} (its text), any other by its
   * own.
   */
  private static String column(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("content")) return "text"; // as many exports of posts head it
    return REQUIRED.contains(lower) ? lower : CHINESE.getOrDefault(name, name);
  }

  /**
   * Returns the delimiter of the manifest's fields: a comma, or a tab or a semicolon when the
   * header line has no comma and has one of those (a sheet saved as tab-separated text, or as CSV
   * where a comma is the decimal mark).
   */
  private static char delimiter(String text) {
    String first = text.strip().lines().findFirst().orElse("");
    if (first.indexOf(',') >= 0) return ',';
    if (first.indexOf('\t') >= 0) return '\t';
    return first.indexOf(';') >= 0 ? ';' : ',';
  }

  /**
   * Returns whether the row has more fields than the header only by blank ones past its last column
   * (a trailing comma).
   */
  private static boolean blankPast(CSVRecord row, int columns) {
    if (row.size() < columns) return false;
    for (int i = columns; i < row.size(); i++) if (!row.get(i).isBlank()) return false;
    return true;
  }

  /**
   * One manifest row.
   *
   * @param line 1-based line number of the row in the manifest (for messages)
   * @param id document id
   * @param file file name relative to the corpus folder
   * @param year document year
   * @param metadata all columns of the row but a text column
   * @param text the document's text when the manifest holds it (a {@code text} column and no {@code
   *     file}; its file is then {@code corpus.csv:LINE}), else null
   */
  public record Entry(
      int line, String id, String file, int year, Map<String, String> metadata, String text) {}

  /** Copies the entry list. */
  public Manifest {
    entries = List.copyOf(entries);
  }

  /**
   * Returns whether the file name {@code name} of a row of the manifest {@code file} names the
   * manifest (a name that is no path is refused where the documents are read).
   */
  private static boolean isManifest(Path file, String name) {
    try {
      return file.toAbsolutePath()
          .resolveSibling(name)
          .normalize()
          .equals(file.toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * Reads and checks {@code corpus.csv} in {@code folder}.
   *
   * @throws BadInputException naming the file and the problem: missing manifest or column, a year
   *     that is not a number, an empty or duplicate id, a malformed CSV, no rows
   */
  public static Manifest read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      Path book = folder.resolve(WORKBOOK_NAME);
      if (Files.isRegularFile(book)) {
        byte[] raw = TextFiles.bytes(book);
        return parse(book, raw, Workbooks.csv(book, raw));
      }
      throw new BadInputException(
          file,
          "manifest not found (a corpus folder needs a "
              + FILE_NAME
              + " or "
              + WORKBOOK_NAME
              + " with columns file,year and optionally id, or text,year with each text in it; or"
              + " the year in each file's name and"
              + " --years-from-filenames, Qushi.openByFileName in Java)");
    }
    return parse(file, TextFiles.bytes(file));
  }

  /**
   * Checks the bytes {@code raw} of a manifest, named {@code file} in messages (for a manifest that
   * an engine read from another file system).
   *
   * @throws BadInputException as {@link #read}
   */
  public static Manifest parse(Path file, byte[] raw) {
    return parse(file, raw, TextFiles.decode(file, raw));
  }

  /** Checks the manifest {@code file} of bytes {@code raw}, read as the CSV {@code text}. */
  private static Manifest parse(Path file, byte[] raw, String text) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(text))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<Entry> entries = new ArrayList<>();
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      // the required columns' names in any case (ID, File, Year, as a spreadsheet writes them) or
      // in Chinese (文件名, 年份, 日期, 编号)
      List<String> written = parser.getHeaderNames();
      List<String> header = written.stream().map(Manifest::column).toList();
      Map<String, String> named = new java.util.HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (h.isEmpty()) continue;
        String before = named.putIfAbsent(h, written.get(i));
        if (before != null) {
          throw new BadInputException(
              file,
              before.equals(written.get(i))
                  ? "the header names column '" + h + "' twice"
                  : "columns '" + before + "' and '" + written.get(i) + "' both give the " + h);
        }
      }
      // the year, or a date that gives it (an export of news or posts dates them)
      String yearColumn = !header.contains("year") && header.contains("date") ? "date" : "year";
      // each document's file, or without one its text in the manifest (posts exported from a
      // forum or a social network, a row a post)
      boolean inline = !header.contains("file") && header.contains("text");
      for (String required : List.of(inline ? "text" : "file", yearColumn)) {
        if (!header.contains(required)) {
          String hint =
              header.size() == 1 && header.get(0).matches(".*[;\t|].*")
                  ? ": columns must be separated by commas, tabs or semicolons"
                  : "";
          throw new BadInputException(
              file,
              "missing column '"
                  + required
                  + "'"
                  + (required.equals("year")
                      ? " (or 'date')"
                      : " (or 'text', each document's text in the manifest itself)")
                  + " (header is "
                  + header
                  + hint
                  + ")");
        }
      }
      boolean hasIds = header.contains("id");
      List<CSVRecord> rows = new ArrayList<>();
      parser.forEach(rows::add);
      // without ids, the ids --years-from-filenames gives the files, or a text's row number
      int fileColumn = header.indexOf("file");
      List<String> fileIds =
          hasIds || inline
              ? List.of()
              : Corpus.fileIds(
                  rows.stream()
                      .map(r -> fileColumn < r.size() ? r.get(fileColumn).strip() : "")
                      .toList());
      String rowFormat = "r%0" + Math.max(4, String.valueOf(rows.size()).length()) + "d";
      Set<String> ids = new HashSet<>();
      // the physical line a row starts on: a quoted field may hold line breaks, and blank lines
      // are skipped, so the record number is not it (rows come in order: one pass over the text)
      int line = 1;
      int scanned = 0;
      for (int r = 0; r < rows.size(); r++) {
        CSVRecord row = rows.get(r);
        for (long start = row.getCharacterPosition(); scanned < start && scanned < text.length(); )
          if (text.charAt(scanned++) == '\n') line++;
        // the position is where the reader began, before the empty lines it skipped
        while (scanned < text.length() && "\r\n".indexOf(text.charAt(scanned)) >= 0)
          if (text.charAt(scanned++) == '\n') line++;
        // a row of blank fields (",,,," as a spreadsheet saves the rows below a table, or a line
        // of spaces) holds no document
        if (row.stream().allMatch(String::isBlank)) continue;
        if (!row.isConsistent() && !blankPast(row, header.size())) {
          throw new BadInputException(
              file,
              "line "
                  + line
                  + ": expected "
                  + header.size()
                  + " fields, found "
                  + row.size()
                  + (loneCarriageReturn(raw)
                      ? " (the file holds a carriage return inside a line, which ends a row"
                          + " there: remove it, or quote the field)"
                      : ""));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          // a column without a name (a header's trailing comma) is no column
          if (!header.get(i).isEmpty()) meta.put(header.get(i), row.get(i).strip());
        }
        String inlineText = null;
        if (inline) {
          // the text is the document, no column of it: a row without one holds no document (a
          // deleted post)
          inlineText = meta.remove("text");
          if (inlineText.isBlank()) continue;
          meta.put("file", file.getFileName() + ":" + line);
        }
        if (meta.get("file").isEmpty()) {
          throw new BadInputException(
              file,
              "line "
                  + line
                  + ": empty file name"
                  + (hasIds ? " for id '" + meta.get("id") + "'" : ""));
        }
        if (!hasIds) meta.put("id", inline ? String.format(rowFormat, r + 1) : fileIds.get(r));
        String id = meta.get("id");
        if (hasIds && !ID.matcher(id).matches()) {
          throw new BadInputException(
              file,
              "line "
                  + line
                  + ": id '"
                  + id
                  + "' must be non-empty letters, digits, '-', '_' or '.'");
        }
        if (!ids.add(id)) {
          throw new BadInputException(
              file,
              "line "
                  + line
                  + ": duplicate id '"
                  + id
                  + "'"
                  + (hasIds ? "" : " (the file's name without its extension; add an id column)"));
        }
        if (!inline && isManifest(file, meta.get("file"))) {
          throw new BadInputException(
              file, "line " + line + ": the file of '" + id + "' is this manifest itself");
        }
        entries.add(
            new Entry(
                line,
                id,
                meta.get("file"),
                parseYear(file, line, yearColumn, meta.get(yearColumn)),
                meta,
                inlineText));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      if (e instanceof BadInputException bad) throw bad;
      throw new BadInputException(file, "malformed CSV: " + oneLine(e));
    }
    if (entries.isEmpty()) throw new BadInputException(file, "manifest lists no documents");
    return new Manifest(file, entries, raw.length, RawText.sha256(raw));
  }

  /**
   * A year (1 to 4 digits), or a date that starts with a four-digit one, a time of day allowed
   * after it, with fractions of a second and a zone (as timestamps are exported): 2016, 2016年,
   * 2016-03-05, 2016/3/5, 2016.03, 2016年3月5日, 2016-03-05T10:00, 2016-03-05T10:00:00.000Z,
   * 2016-03-05 10:00:00+08:00 (not 3/5/16: a year of two digits is no year); in full-width digits
   * too, 20160305 as 2016-03-05, and 2016.0 (a number with decimals, as a spreadsheet writes a
   * year) as 2016. The year is the one written, in the zone written.
   */
  private static final Pattern YEAR =
      Pattern.compile(
          "(\\d{1,4})年?|(\\d{4})[-/.年](\\d{1,2})(?:[-/.月](\\d{1,2})日?)?月?(?:["
              + " T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
              + " ?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  /**
   * The dates of messages and feeds, which put the year last or after the month's name: "Sat Mar 05
   * 10:00:00 +0800 2016" (as a microblog's or a social network's interface gives a post's time) and
   * "Sat, 5 Mar 2016 10:00:00 GMT" (RFC 1123: feeds, mail).
   */
  private static final List<java.time.format.DateTimeFormatter> MESSAGE_DATES =
      List.of(
          java.time.format.DateTimeFormatter.ofPattern(
              "EEE MMM dd HH:mm:ss Z yyyy", java.util.Locale.ENGLISH),
          java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);

  private static int parseYear(Path file, int line, String column, String value) {
    for (var f : MESSAGE_DATES) {
      try {
        return java.time.ZonedDateTime.parse(value.strip(), f).getYear();
      } catch (java.time.format.DateTimeParseException notThisForm) {
        // the next form, or the dates below
      }
    }
    // full-width digits (２０２１) as ASCII ones, and a compact date (20210315) as a dated one
    String v = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC);
    if (v.matches("\\d{8}")) v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6);
    // a year a spreadsheet or data frame wrote as a number with decimals (1985.0, where the column
    // has a blank): no date has a month 0
    if (v.matches("\\d{1,4}\\.0+")) v = v.substring(0, v.indexOf('.'));
    Matcher m = YEAR.matcher(v);
    String problem = "is not a number between 1 and 9999 or a date that starts with one";
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      int month = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      int day = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
      boolean date = m.group(2) != null;
      boolean timeValid =
          m.group(5) == null
              || (Integer.parseInt(m.group(5)) <= 23
                  && Integer.parseInt(m.group(6)) <= 59
                  && (m.group(7) == null || Integer.parseInt(m.group(7)) <= 59));
      boolean valid =
          year >= 1
              && (!date
                  || (month >= 1
                      && month <= 12
                      && day >= 1
                      && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                      && timeValid));
      if (valid) return year;
      if (date) {
        problem =
            "is a date with "
                + (year < 1
                    ? "year 0"
                    : month < 1 || month > 12
                        ? "no month " + month
                        : timeValid ? "no day " + day : "no time " + m.group(5) + ":" + m.group(6));
      }
    }
    throw new BadInputException(
        file, "line " + line + ": " + column + " '" + value + "' " + problem + " (2016-03-05)");
  }

  /**
   * Whether the bytes hold a carriage return that no line feed follows in a file whose lines end
   * with line feeds (pasted into a title, it splits the row in two: the text is read with it as a
   * line break); in a file of carriage returns alone they are its line ends.
   */
  private static boolean loneCarriageReturn(byte[] raw) {
    boolean lineFeeds = false;
    boolean lone = false;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\n') lineFeeds = true;
      else if (raw[i] == '\r' && i + 1 < raw.length && raw[i + 1] != '\n') lone = true;
    }
    return lineFeeds && lone;
  }

  /** Where the CSV reader says a malformed record starts: "(startline 2) ". */
  private static final Pattern STARTLINE = Pattern.compile("\\(startline (\\d+)\\)\\s*");

  /**
   * Returns what the CSV reader found wrong, on one line, without the class names of the exceptions
   * that carried it: "line 2: a quoted field is not closed (EOF reached before encapsulated token
   * finished)".
   */
  private static String oneLine(RuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause().getMessage() != null) root = root.getCause();
    String message = root.getMessage();
    if (message == null) return "unreadable";
    message = message.replaceAll("\\s+", " ").strip();
    Matcher m = STARTLINE.matcher(message);
    String line = "";
    if (m.lookingAt()) {
      line = "line " + m.group(1) + ": ";
      message = message.substring(m.end());
    }
    if (message.startsWith("EOF reached before encapsulated token finished")) {
      message = "a quoted field is not closed (" + message + ")";
    }
    return line + message;
  }
}
