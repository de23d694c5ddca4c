package qushi.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qushi.analytics.core.Display;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The codebook of the report's tables: for each column its heading, meaning, unit and formula in
 * the page's language, from the labels. A column is named {@code base} or {@code base_SUFFIX},
 * where the suffix is a year ({@code per10k_2021}), a year against the rest ({@code
 * z_2021_vs_rest}) or a pair of years ({@code z_2021_to_2024}); the base names the quantity. A
 * table may give a base a meaning of its own (keys {@code col.<table>.<base>}, {@code
 * def.<table>.<base>}), because the same word can count different things: {@code count} is a
 * text-search count in {@code watch.csv} and a segmenter token count in {@code keywords.csv}.
 *
 * <p>Label keys: {@code col.*} heading, {@code def.*} meaning, {@code unit.*} unit (optional),
 * {@code formula.*} formula (optional), {@code value.<base>.<VALUE>} a shown value (trend classes,
 * directions).
 */
final class Columns {
  private static final Pattern SUFFIXED =
      Pattern.compile("(.+?)_((\\d{1,4})(_vs_rest|_to_(\\d{1,4}))?)");

  /**
   * Tables whose files carry periods in their names ({@code keyness_2021_2024}, {@code
   * stratified_2013-2017_2018+2020}) share a name.
   */
  private static final Pattern FILE_YEARS = Pattern.compile("(_\\d{1,4}([-+]\\d{1,4})*)+$");

  private final Labels labels;

  Columns(Labels labels) {
    this.labels = labels;
  }

  /**
   * One column of the codebook.
   *
   * @param file the CSV file
   * @param header the heading in the file (the page's language)
   * @param name the machine name (the CLI's and the API's column name)
   * @param meaning what the column holds
   * @param unit its unit ("" when none)
   * @param formula how it is computed ("" when it is read, not computed)
   */
  record Entry(
      String file, String header, String name, String meaning, String unit, String formula) {}

  /**
   * Returns the table name of a CSV file name: the base name without years, and without {@code
   * _watch} (the watch list's table of a kind, {@code trends_watch}, is that kind's table).
   */
  static String table(String file) {
    String base = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    base = FILE_YEARS.matcher(base).replaceAll("");
    return base.endsWith("_watch") ? base.substring(0, base.length() - "_watch".length()) : base;
  }

  /** Returns the heading of {@code column} in {@code table}. */
  String header(String table, String column) {
    Matcher m = SUFFIXED.matcher(column);
    if (!m.matches() || !known("col.", table, m.group(1))) {
      return known("col.", table, column) ? find("col.", table, column) : column;
    }
    return find("col.", table, m.group(1)) + " " + suffix(m);
  }

  /** Returns the codebook entry of {@code column} in {@code file}. */
  Entry entry(String file, String column) {
    String table = table(file);
    Matcher m = SUFFIXED.matcher(column);
    String base = m.matches() && known("def.", table, m.group(1)) ? m.group(1) : column;
    String meaning = known("def.", table, base) ? find("def.", table, base) : "";
    if (!base.equals(column)) meaning = meaning + " (" + suffix(m) + ")";
    // a comparison's column of a table that leaves untested terms empty says so
    if (!base.equals(column) && m.group(4) != null && labels.has("empty." + table)) {
      meaning = meaning + labels.get("empty." + table);
    }
    boolean own = labels.has("def." + table + "." + base);
    String unit = detail("unit.", table, base, own);
    String formula = detail("formula.", table, base, own);
    return new Entry(file, header(table, column), column, meaning, unit, formula);
  }

  /** Returns a value as shown: a label {@code value.<base>.<value>} when there is one. */
  String value(String column, String value) {
    Matcher m = SUFFIXED.matcher(column);
    String base = m.matches() ? m.group(1) : column;
    String key = "value." + base + "." + value;
    return labels.has(key) ? labels.get(key) : value;
  }

  /**
   * Returns {@code table} as shown to a person: headings in the page's language, numbers rounded as
   * on the page ({@link Display#format}), named values translated; every column text.
   */
  Table display(Table table, String file) {
    String name = table(file);
    Table out = Table.create(table.name());
    for (Column<?> c : table.columns()) {
      StringColumn s = StringColumn.create(header(name, c.name()));
      // by class: a column type's constant is not always the instance a column holds
      boolean number = c instanceof DoubleColumn || c instanceof FloatColumn;
      String format = Display.formatColumn(table.columnNames(), table.columnIndex(c));
      for (int r = 0; r < c.size(); r++) {
        if (c.isMissing(r)) s.append("");
        else if (number) s.append(cell(format, ((Number) c.get(r)).doubleValue()));
        else s.append(value(c.name(), String.valueOf(c.get(r))));
      }
      out.addColumns(s);
    }
    return out;
  }

  /**
   * Returns a number of a file rounded for display, an infinite one as the command line's files and
   * Java write it ({@code Infinity}, {@code -Infinity}): pandas and R read those as numbers, and
   * the page's ∞ they read as text.
   */
  private static String cell(String format, double value) {
    return Double.isInfinite(value) ? Double.toString(value) : Display.format(format, value);
  }

  /** Returns the codebook of {@code files} (file name → table): one row per column. */
  Table codebook(Map<String, Table> files) {
    List<Entry> entries = new ArrayList<>();
    for (var f : files.entrySet()) {
      for (Column<?> c : f.getValue().columns()) entries.add(entry(f.getKey(), c.name()));
    }
    Table out = Table.create("codebook");
    String[] names = {"file", "column", "name", "meaning", "unit", "formula"};
    StringColumn[] cols = new StringColumn[names.length];
    for (int i = 0; i < names.length; i++) {
      cols[i] = StringColumn.create(labels.get("codebook." + names[i]));
    }
    for (Entry e : entries) {
      cols[0].append(e.file());
      cols[1].append(e.header());
      cols[2].append(e.name());
      cols[3].append(e.meaning());
      cols[4].append(e.unit());
      cols[5].append(e.formula());
    }
    return out.addColumns(cols);
  }

  private String suffix(Matcher m) {
    if (m.group(4) == null) return m.group(3);
    if (m.group(5) == null) return labels.format("col.vs_rest", m.group(3));
    return labels.format("col.to", m.group(3), m.group(5));
  }

  private boolean known(String prefix, String table, String base) {
    return labels.has(prefix + table + "." + base) || labels.has(prefix + base);
  }

  /**
   * Returns the unit or formula of {@code base} in {@code table}: the table's own, else the base's
   * unless the table gives the base a meaning of its own ({@code own}): a token count does not take
   * the formula of a text-search count.
   */
  private String detail(String prefix, String table, String base, boolean own) {
    String specific = prefix + table + "." + base;
    if (labels.has(specific)) return labels.get(specific);
    return !own && labels.has(prefix + base) ? labels.get(prefix + base) : "";
  }

  private String find(String prefix, String table, String base) {
    String specific = prefix + table + "." + base;
    return labels.has(specific) ? labels.get(specific) : labels.get(prefix + base);
  }
}
