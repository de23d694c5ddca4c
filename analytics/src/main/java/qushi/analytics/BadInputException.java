package qushi.analytics;

import java.nio.file.Path;

/**
 * Thrown when a corpus, manifest, lexicon or term file cannot be used as given. The message is a
 * single line that names the file (or the parameter) and the problem, fit to show a user as is.
 */
public class BadInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message is {@code "<file>: <problem>"}. */
  public BadInputException(Path file, String problem) {
    super(file + ": " + problem);
  }

  /** Creates an exception with a message that already names what is wrong. */
  public BadInputException(String message) {
    super(message);
  }
}
