package qushi.analytics.core;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when a corpus, manifest, lexicon or term file, or a setting, cannot be used as given. The
 * message is a single line that names the file (or the parameter) and the problem, fit to show a
 * user as is. For a setting, {@link #parameter()} names it as the API spells it ({@code topics},
 * {@code minCount}) so that a command line can name its own flag instead.
 */
public class BadInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The API name of the setting at fault, or null when the problem is not a setting's. */
  private final String parameter;

  /** The problem without the parameter name, for settings; the whole message otherwise. */
  private final String problem;

  /** Creates an exception whose message is {@code "<file>: <problem>"}. */
  public BadInputException(Path file, String problem) {
    this(file + ": " + problem, null, problem);
  }

  /** Creates an exception with a message that already names what is wrong. */
  public BadInputException(String message) {
    this(message, null, message);
  }

  private BadInputException(String message, String parameter, String problem) {
    super(message);
    this.parameter = parameter;
    this.problem = problem;
  }

  /**
   * Returns the exception for a setting: the message is {@code "<parameter> <problem>"}, e.g.
   * {@code option("topics", "must be ≥ 2, was 0")} says "topics must be ≥ 2, was 0".
   */
  public static BadInputException option(String parameter, String problem) {
    return new BadInputException(parameter + " " + problem, parameter, problem);
  }

  /**
   * The system property that, set to {@code true}, gives this exception a stack trace ({@code
   * --debug} on the command line sets it). Without it the exception has none: its one-line message
   * says all a user needs, and jshell prints that line alone instead of the frames of qushi's
   * internals under it.
   */
  public static final String TRACE_PROPERTY = "qushi.debug";

  /** Fills in the stack trace only where {@link #TRACE_PROPERTY} asks for it. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return Boolean.getBoolean(TRACE_PROPERTY) ? super.fillInStackTrace() : this;
  }

  /** Returns the API name of the setting at fault, when the problem is a setting's. */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }

  /** Returns the problem without the parameter's name ("must be ≥ 2, was 0"). */
  public String problem() {
    return problem;
  }
}
