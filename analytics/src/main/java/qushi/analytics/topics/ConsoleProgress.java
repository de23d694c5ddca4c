package qushi.analytics.topics;

import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when the JVM has an interactive console. */
final class ConsoleProgress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final int total;
  private long lastDraw;

  private ConsoleProgress(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  /** Returns a bar on stderr, or null when there is no console (output is piped or in tests). */
  static ConsoleProgress startIfInteractive(int total) {
    return System.console() == null ? null : new ConsoleProgress(System.err, total);
  }

  /** Redraws the bar for the finished iteration, at most five times a second. */
  void update(int iteration, double logLikelihoodPerToken) {
    long now = System.nanoTime();
    if (iteration < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    int filled = (int) ((long) WIDTH * iteration / total);
    String ll = Double.isNaN(logLikelihoodPerToken)
        ? ""
        : String.format(java.util.Locale.ROOT, "  LL/token %.4f", logLikelihoodPerToken);
    err.print("\rLDA [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + iteration + "/"
        + total + ll);
    if (iteration == total) {
      err.println();
    }
    err.flush();
  }
}
