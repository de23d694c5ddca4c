package qushi.reports.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Versions;

/**
 * The {@code qushi} command line: results on stdout, messages on stderr; exit 0 on success, 2 on
 * bad usage or bad input (one line naming the file or the flag and the problem) or results that
 * cannot be written, 1 on an internal failure. A setting the front door rejects is named by the
 * flag that set it.
 */
@Command(
    name = "qushi",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    // every command's help texts, keyed by command and option name
    resourceBundle = "qushi.reports.cli.usage",
    subcommands = {
      StatsCommand.class,
      CountCommand.class,
      SegmentCommand.class,
      DiscoverCommand.class,
      TermsCommand.class,
      KeywordsCommand.class,
      KwicCommand.class,
      CooccurCommand.class,
      MapCommand.class,
      CompareCommand.class,
      TopicsCommand.class,
      LdaCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  @Option(names = "--debug", scope = ScopeType.INHERIT)
  boolean debug;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                true),
            new PrintWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
                true)));
  }

  /** Runs the command line with these streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // POI (.docx, .doc) logs through the Log4j API, which has no provider here and says so on
    // stderr
    // once; its own status messages are off (a provider that --engine spark brings still logs)
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Main::handle);
    cli.setParameterExceptionHandler(Main::usage);
    int code;
    // a bad input's stack trace is made only for --debug, which prints it
    if (Arrays.asList(args).contains("--debug")) {
      System.setProperty(BadInputException.TRACE_PROPERTY, "true");
    }
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only Exceptions to the handler; an Error would end in a stack trace
      err.println(
          "qushi: out of memory (the JVM may use at most "
              + Runtime.getRuntime().maxMemory() / (1 << 20)
              + " MB); give it more with JAVA_OPTS=-Xmx8g");
      code = 2;
    } catch (Error e) {
      // e.g. a library missing from the class path of an incomplete installation
      code = internalError(e, err, Arrays.asList(args).contains("--debug"));
    }
    // a PrintWriter keeps its write errors to itself: a full disk or a closed pipe would lose the
    // results and exit 0
    if (out.checkError() && code == 0) {
      err.println(
          "qushi: cannot write the results to standard output (a full disk or a closed pipe)");
      code = 2;
    }
    err.flush();
    return code;
  }

  /** A usage error: one line and where the help is, exit 2. */
  private static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName(" ");
    String message = oneLine(e.getMessage()).replaceFirst("^Error: ", "");
    String unknown =
        e instanceof CommandLine.UnmatchedArgumentException u ? unknownCommand(u) : null;
    if (unknown != null) message = unknown;
    cmd.getErr().println("qushi: " + message + " (see '" + name + " --help')");
    return 2;
  }

  /** What a user may call a command by another name, and the command that does it. */
  private static final Map<String, String> OTHER_NAMES =
      otherNames(
          Map.of(
              "qushi compare --trend", "trend trends",
              "qushi cooccur", "cooc cooccurrence collocations",
              "qushi compare", "keyness",
              "qushi keywords", "keyword",
              "qushi terms", "term",
              "qushi topics", "topic lda",
              "qushi kwic", "concordance",
              "qushi count", "frequency freq"));

  /**
   * Returns each other name of {@code commands} (command → its other names, spaced) mapped to it.
   */
  private static Map<String, String> otherNames(Map<String, String> commands) {
    Map<String, String> out = new java.util.HashMap<>();
    commands.forEach(
        (command, names) -> {
          for (String name : names.split(" ")) out.put(name, command);
        });
    return Map.copyOf(out);
  }

  /**
   * Returns the message for an unknown first word of the command line that names a command another
   * way ({@code trends}: did you mean {@code qushi compare --trend}?), or null when it is no
   * command's name or other name.
   */
  private static String unknownCommand(CommandLine.UnmatchedArgumentException e) {
    CommandLine cmd = e.getCommandLine();
    if (cmd.getParent() != null || e.getUnmatched().isEmpty()) return null;
    String word = e.getUnmatched().get(0);
    if (word.startsWith("-")) return null;
    String other = OTHER_NAMES.get(word.toLowerCase(Locale.ROOT));
    List<String> near = e.getSuggestions();
    if (other == null && near.isEmpty()) return null;
    return "unknown command '"
        + word
        + "'; did you mean '"
        + (other != null ? other : "qushi " + near.get(0))
        + "'?";
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    boolean debug =
        parsed.hasMatchedOption("--debug")
            || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
    PrintWriter err = cmd.getErr();
    if (e instanceof BadInputException bad) {
      if (debug) e.printStackTrace(err);
      err.println("qushi: " + oneLine(flagMessage(bad, cmd)));
      return 2;
    }
    if (e instanceof UncheckedIOException) {
      if (debug) e.printStackTrace(err);
      err.println("qushi: " + oneLine(e.getMessage()));
      return 2;
    }
    return internalError(e, err, debug);
  }

  /** A failure that is no bad input: its class and message on one line (and the trace), exit 1. */
  private static int internalError(Throwable e, PrintWriter err, boolean debug) {
    if (debug) e.printStackTrace(err);
    err.println(
        "qushi: internal error: "
            + e.getClass().getSimpleName()
            + ": "
            + oneLine(e.getMessage())
            + (debug ? "" : " (run again with --debug for the stack trace)"));
    return 1;
  }

  /** The flags whose names are not those of the API settings they set, by command and setting. */
  private static final Map<String, String> FLAGS =
      Map.of("topics:topics", "--k", "lda:topics", "--k", "discover:minFrequency", "--min-count");

  /**
   * Returns the message of a rejected setting in the command line's words: the API name ({@code
   * minCount}) becomes the flag that set it ({@code --min-count}, {@code --k} for topics in the
   * topics command), when the command has such a flag.
   */
  static String flagMessage(BadInputException e, CommandLine cmd) {
    if (e.parameter().isEmpty()) return e.getMessage();
    String p = e.parameter().get();
    String flag =
        FLAGS.getOrDefault(
            cmd.getCommandName() + ":" + p,
            "--" + p.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    return cmd.getCommandSpec().findOption(flag) != null
        ? flag + " " + e.problem()
        : e.getMessage();
  }

  /**
   * Returns {@code s} on one line, without control characters (no terminal escape reaches stderr).
   */
  static String oneLine(String s) {
    return s == null
        ? ""
        : s.replaceAll("\\s*\\R\\s*", " ").replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?").strip();
  }

  /** Prints the version of qushi and of its main libraries. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"qushi " + Versions.qushi(), Versions.libraries(), Versions.readers()};
    }
  }
}
