package qushi.analytics.corpus;

import static java.text.Normalizer.Form.NFKC;

import java.text.Normalizer;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a file read without a manifest, from its name or the folders it lies in, as files are
 * named when they are saved one a year or one a date:
 *
 * <ol>
 *   <li>a year that starts the name ({@code 2023-report.txt}, {@code 20231226.md}, {@code
 *       2019年政府工作报告.docx}): it is the year, whatever numbers follow it ({@code 2016-2020规划});
 *   <li>else the year that the name holds elsewhere, alone among digits or as the start of a date
 *       of eight digits ({@code report-2019.pdf}, {@code central-20130821-001.txt}, {@code
 *       政府工作报告2019.txt}), or written in Chinese numerals before 年 ({@code 二〇一九年政府工作报告.pdf}); a name
 *       that holds two different years ({@code 十三五规划2016-2020.txt}) names none;
 *   <li>else the year of the nearest folder it lies in, by the same rules ({@code 2019/报告.txt},
 *       {@code reports/2019年/a.pdf}), as a corpus is often kept in a folder a year.
 * </ol>
 *
 * A number of six digits is no year (190512 may be 2019-05-12), nor one of eight that is no date,
 * nor a year inside a longer number. Full-width digits count as digits.
 */
final class FileYears {
  private FileYears() {}

  /**
   * A year, alone among digits or starting a date of eight digits written without marks (20191226).
   */
  private static final Pattern YEAR =
      Pattern.compile(
          "(?<!\\d)((?:19|20|21)\\d\\d)(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))?(?!\\d)");

  /** A year in Chinese numerals before 年: 二〇一九年, 二零二三年. */
  private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})年");

  private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

  /**
   * Returns the year of the file at {@code path} (its path in the corpus folder, written with
   * {@code /}), or throws naming what is wrong, in words that follow the file's path in a message.
   */
  static int of(String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = Normalizer.normalize(i == parts.length - 1 ? stem(parts[i]) : parts[i], NFKC);
      TreeMap<Integer, Integer> years = years(part);
      if (years.isEmpty()) continue;
      if (years.firstKey() == 0) return years.firstEntry().getValue();
      TreeSet<Integer> distinct = new TreeSet<>(years.values());
      if (distinct.size() > 1) {
        throw new IllegalArgumentException(
            (i == parts.length - 1 ? "file name" : "folder name '" + parts[i] + "'")
                + " holds several years ("
                + String.join(", ", distinct.stream().map(String::valueOf).toList())
                + "), and which is the file's is not clear: give each file its year in "
                + Manifest.FILE_NAME);
      }
      return distinct.first();
    }
    throw new IllegalArgumentException(
        "no year in the file name or its folders (e.g. 2023-name.txt, report-20231226.pdf,"
            + " 2023/name.docx)");
  }

  /** Returns the years a name holds by where they start in it. */
  private static TreeMap<Integer, Integer> years(String name) {
    TreeMap<Integer, Integer> out = new TreeMap<>();
    Matcher m = YEAR.matcher(name);
    while (m.find()) out.put(m.start(), Integer.parseInt(m.group(1)));
    Matcher c = CHINESE_YEAR.matcher(name);
    while (c.find()) {
      int year = 0;
      for (char ch : c.group(1).toCharArray()) {
        year = year * 10 + (ch == '零' ? 0 : CHINESE_DIGITS.indexOf(ch));
      }
      if (year >= 1900 && year < 2200) out.put(c.start(), year);
    }
    return out;
  }

  /** Returns a file name without its extension. */
  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
