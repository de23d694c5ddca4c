package qushi.analytics.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import qushi.analytics.core.BadInputException;

/**
 * Reads a text file of unknown encoding into a string with LF line ends.
 *
 * <p>Decoding order: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8 is
 * tried; otherwise ICU's {@link CharsetDetector} picks among the legacy Chinese encodings (GB18030,
 * which is a superset of GBK and GB2312, and Big5), and the file is decoded strictly with it. A
 * file with NUL bytes and no UTF-16 mark, or one that no candidate decodes, is rejected as binary.
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
   * starting with {@code #} left out, in file order.
   *
   * @param what what the file holds, for the message ("term file", "stopword file")
   * @throws BadInputException if the file is missing or cannot be read as text
   */
  public static java.util.List<String> readList(Path file, String what) {
    if (!Files.isRegularFile(file)) throw new BadInputException(file, what + " not found");
    return listEntries(read(file));
  }

  /** Returns the entries of list text, as {@link #readList} reads them. */
  public static java.util.List<String> listEntries(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /** Returns the name of the encoding {@link #read} would use for these bytes. */
  public static String detect(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return "UTF-8";
    if (startsWith(bytes, 0xFF, 0xFE)) return "UTF-16LE";
    if (startsWith(bytes, 0xFE, 0xFF)) return "UTF-16BE";
    if (strict(StandardCharsets.UTF_8, bytes) != null) return "UTF-8";
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.equals("GB18030") || name.equals("Big5")) return name;
    }
    return "GB18030";
  }

  private static String decodeText(Path file, byte[] bytes) {
    String charset = detect(bytes);
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) skip = 3;
    else if (charset.startsWith("UTF-16")) skip = 2;
    else if (hasNul(bytes))
      throw new BadInputException(file, "binary file (contains NUL bytes), expected text");
    String text =
        strict(Charset.forName(charset), java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    if (text == null || controlShare(text) > 0.01) {
      throw new BadInputException(
          file, "binary or undecodable file (tried UTF-8, UTF-16, GB18030, Big5)");
    }
    return text;
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
