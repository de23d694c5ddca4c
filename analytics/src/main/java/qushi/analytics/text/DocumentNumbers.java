package qushi.analytics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing office's code of an official document's number (发文字号, as GB/T 9704 sets it: the
 * office's code, the year in 〔〕 and a serial number, 国发〔2017〕35号): a reference, not what a text
 * says. Its words (国发, 国/办发, 工信部/联/规) are no terms, so that a citation is no keyword; the text
 * keeps them, and a text search finds them.
 */
public final class DocumentNumbers {
  /** The most characters of an office's code: 济经信装备字, 国质检标联. */
  static final int MAX_CODE = 6;

  // the year in the hexagonal brackets of the standard (or square ones, as some PDFs write them)
  // and a serial number
  private static final Pattern YEAR_AND_SERIAL =
      Pattern.compile("[〔［\\[]\\s?(?:19|20)\\d\\d\\s?[〕］\\]]\\s?\\d{1,5}\\s?号");

  private DocumentNumbers() {}

  /**
   * Returns the spans {@code [start, end)} of the office codes of the document numbers in {@code
   * text}: the Han characters right before a year in brackets and a serial number, at most {@value
   * #MAX_CODE}; none when the text has no such number.
   */
  public static List<int[]> codes(String text) {
    if (text.indexOf('〔') < 0 && text.indexOf('［') < 0 && text.indexOf('[') < 0) return List.of();
    List<int[]> out = new ArrayList<>();
    Matcher m = YEAR_AND_SERIAL.matcher(text);
    while (m.find()) {
      int start = m.start();
      while (start > 0
          && m.start() - start < MAX_CODE
          && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
        start--;
      }
      if (start < m.start()) out.add(new int[] {start, m.start()});
    }
    return out;
  }

  /** Returns whether a token at {@code offset} starts within one of the {@code codes}. */
  public static boolean within(int offset, List<int[]> codes) {
    for (int[] c : codes) if (offset >= c[0] && offset < c[1]) return true;
    return false;
  }
}
