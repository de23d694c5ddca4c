package qushi.reports.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code qushi} command line: results on stdout, messages on stderr; exit 0 on success, 2 on
 * bad usage or bad input, 1 on an internal failure.
 */
@Command(name = "qushi", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Trend and topic analytics for Chinese policy and forum texts.",
    footer = {"", "Every command takes --corpus DIR (default: seeds/), --format table|csv|tsv|json and --help.",
      "./qushi jshell [NOTEBOOK.jsh] opens jshell with qushi on the class path: var q = Qushi.open(\"seeds\");"},
    subcommands = {
      StatsCommand.class, CountCommand.class, SegmentCommand.class, DiscoverCommand.class, KeywordsCommand.class,
      KwicCommand.class, CooccurCommand.class, CompareCommand.class, TopicsCommand.class, LdaCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show full stack traces on errors.")
  boolean debug;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args,
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true)));
  }

  /** Runs the command line with these streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Main::handle);
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only Exceptions to the handler; an Error would end in a stack trace
      err.println("qushi: out of memory (" + oneLine(e.getMessage()) + "); give the JVM more with JAVA_OPTS=-Xmx8g");
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
    PrintWriter err = cmd.getErr();
    if (debug) e.printStackTrace(err);
    if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
      err.println("qushi: " + oneLine(e.getMessage()));
      return 2;
    }
    err.println("qushi: internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())
        + (debug ? "" : " (run again with --debug for the stack trace)"));
    return 1;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** Prints the version of qushi and of its main libraries. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"qushi " + qushi.analytics.Versions.qushi(), qushi.analytics.Versions.libraries()};
    }
  }
}
