package qushi.analytics.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;
import qushi.analytics.core.BadInputException;

/**
 * Reads a text file of unknown encoding into a string with LF line ends.
 *
 * <p>Decoding order: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8 is
 * tried; otherwise, of GB18030 (a superset of GBK and GB2312), Big5 and UTF-16 without a mark, the
 * one whose strict decoding reads most like text is taken (GB18030 against Big5 decided by
 * Mozilla's statistical detector when both read alike). When no encoding reads every byte, the one
 * of UTF-8, GB18030 and Big5 that reads all but the fewest is taken if those are at most one in a
 * thousand (three in any file), each a lost character (U+FFFD): a saved web page whose title was
 * cut inside a character. A file with NUL bytes that is not UTF-16 text, or one that no candidate
 * decodes so, is rejected as binary.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * Returns the decoded text of {@code file}, without BOM, with CRLF and CR turned into LF.
   *
   * @throws BadInputException if the file is missing, unreadable, empty, blank or binary
   */
  public static String read(Path file) {
    return decode(file, bytes(file));
  }

  /**
   * Returns the bytes of {@code file}.
   *
   * @throws BadInputException naming the file if it is missing or cannot be read
   */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, "file not found");
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read file (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Returns {@code bytes} (read from {@code file}) decoded as described above, without BOM, with
   * CRLF and CR turned into LF.
   *
   * @throws BadInputException naming the file if the bytes are empty, blank or binary
   */
  public static String decode(Path file, byte[] bytes) {
    if (bytes.length == 0) {
      throw new BadInputException(file, "file is empty");
    }
    String text = decodeText(file, bytes);
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw new BadInputException(file, "file has no text (only whitespace)");
    }
    return text;
  }

  /**
   * Returns the entries of a list file: one entry per line, stripped, blank lines and lines
   * starting with {@code #} left out, in file order; a line starting with {@code \#} is an entry
   * that starts with {@code #} ({@code \#include} is {@code #include}).
   *
   * @param what what the file holds, for the message ("term file", "stopword file")
   * @throws BadInputException if the file is missing or cannot be read as text
   */
  public static java.util.List<String> readList(Path file, String what) {
    requireFile(file, what);
    return listEntries(read(file));
  }

  /**
   * Checks that {@code file} is a file a user named as {@code what} ("term file", "lexicon file").
   *
   * @throws BadInputException if it is a folder or is not there
   */
  public static void requireFile(Path file, String what) {
    if (Files.isDirectory(file)) throw new BadInputException(file, "is a folder, not a " + what);
    if (!Files.isRegularFile(file)) throw new BadInputException(file, what + " not found");
  }

  /** Returns the entries of list text, as {@link #readList} reads them. */
  public static java.util.List<String> listEntries(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(TextFiles::unescaped)
        .toList();
  }

  /** Returns a list file's line with a leading {@code \#} read as {@code #}. */
  public static String unescaped(String line) {
    return line.startsWith("\\#") ? line.substring(1) : line;
  }

  /** Returns the name of the encoding {@link #read} would use for these bytes. */
  public static String detect(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return "UTF-8";
    if (startsWith(bytes, 0xFF, 0xFE)) return "UTF-16LE";
    if (startsWith(bytes, 0xFE, 0xFF)) return "UTF-16BE";
    if (strict(StandardCharsets.UTF_8, bytes) != null || truncatedUtf8(bytes)) return "UTF-8";
    // of the legacy Chinese encodings and UTF-16 without a mark, the one whose strict decoding
    // reads most like text (the largest share of common characters: ideographs, ASCII, CJK
    // punctuation); between GB18030 and Big5, which both read as ideographs, Mozilla's statistical
    // detector decides (GB18030 unless it says Big5 or EUC-TW)
    String[] candidates = {"GB18030", "Big5", "UTF-16LE", "UTF-16BE"};
    double[] scores = new double[candidates.length];
    int best = 0;
    for (int i = 0; i < candidates.length; i++) {
      String text = strict(Charset.forName(candidates[i]), bytes);
      scores[i] = text == null ? -1 : commonShare(text);
      if (scores[i] > scores[best]) best = i;
    }
    // UTF-16 without a mark only when it reads as text throughout (binary data with NULs does not)
    if (best >= 2) return scores[best] >= 0.9 ? candidates[best] : "GB18030";
    if (scores[0] < 0 || scores[1] < 0 || Math.abs(scores[0] - scores[1]) > 0.05) {
      return candidates[best];
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String guess = detector.getDetectedCharset();
    return guess != null && (guess.equalsIgnoreCase("BIG5") || guess.equalsIgnoreCase("EUC-TW"))
        ? "Big5"
        : "GB18030";
  }

  private static String decodeText(Path file, byte[] bytes) {
    String charset = detect(bytes);
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) skip = 3;
    else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) skip = 2;
    else if (!charset.startsWith("UTF-16") && hasNul(bytes))
      throw new BadInputException(file, "binary file (contains NUL bytes), expected text");
    byte[] body = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
    String text = strict(Charset.forName(charset), body);
    // UTF-8 cut off inside its last character: the incomplete character becomes U+FFFD
    if (text == null && charset.equals("UTF-8") && truncatedUtf8(body))
      text = new String(body, StandardCharsets.UTF_8);
    if (text == null) text = mostlyReadable(body);
    if (text == null || controlShare(text) > 0.01) {
      throw new BadInputException(
          file, "binary or undecodable file (tried UTF-8, UTF-16, GB18030, Big5)");
    }
    return text;
  }

  /**
   * Returns whether {@code bytes} are UTF-8 cut off inside the last character (a file truncated by
   * a copy or a byte limit): valid up to an incomplete sequence of at most three bytes at the end.
   */
  private static boolean truncatedUtf8(byte[] bytes) {
    int lead = bytes.length - 1;
    while (lead >= 0 && bytes.length - lead <= 3 && (bytes[lead] & 0xC0) == 0x80) lead--;
    if (lead < 0 || bytes.length - lead > 3) return false;
    int b = bytes[lead] & 0xFF;
    int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return need > bytes.length - lead
        && strict(StandardCharsets.UTF_8, java.util.Arrays.copyOf(bytes, lead)) != null;
  }

  /**
   * Most bytes that no encoding reads without a fault, of every thousand: a web page cuts a title
   * inside a character ("激…" of GBK, its second byte gone), a file joined from two sources.
   */
  static final int LOST_PER_THOUSAND = 1;

  /**
   * Returns {@code bytes} decoded in the encoding (UTF-8, GB18030 or Big5) that reads all but the
   * fewest of them, each byte sequence it cannot read a U+FFFD (a lost character), when those are
   * at most {@value #LOST_PER_THOUSAND} in a thousand bytes (three in any file); else null.
   */
  private static String mostlyReadable(byte[] bytes) {
    String best = null;
    long fewest = Long.MAX_VALUE;
    for (Charset c :
        List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("Big5"))) {
      String text = new String(bytes, c);
      long lost = text.chars().filter(ch -> ch == 0xFFFD).count();
      if (lost < fewest) {
        fewest = lost;
        best = text;
      }
    }
    return fewest <= Math.max(3, (long) bytes.length * LOST_PER_THOUSAND / 1000) ? best : null;
  }

  private static String strict(Charset charset, byte[] bytes) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Returns the share of characters that are common in text: ideographs, ASCII, CJK punctuation,
   * whitespace.
   */
  private static double commonShare(String text) {
    if (text.isEmpty()) return 0;
    long common =
        text.chars()
            .filter(
                c ->
                    (c >= 0x20 && c < 0x7F)
                        || Character.isWhitespace(c)
                        || (c >= 0x4E00 && c <= 0x9FFF)
                        || (c >= 0x3000 && c <= 0x303F)
                        || (c >= 0xFF00 && c <= 0xFFEF))
            .count();
    return (double) common / text.length();
  }

  private static double controlShare(String text) {
    long control =
        text.chars()
            .filter(
                c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            .count();
    return (double) control / Math.max(1, text.length());
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) if (b == 0) return true;
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
