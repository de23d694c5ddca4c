package qushi.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import qushi.analytics.core.Progress;

/**
 * Shows the progress of long computations on stderr, one stage at a time. On a terminal a stage is
 * one line redrawn in place — its name, a bar, the share done, the elapsed time and an estimate of
 * the time left — and ends with the time it took. When stderr is not a terminal (piped, in a log) a
 * stage prints one plain line when it ends, and one when it starts if it runs for more than five
 * seconds, so a log shows what ran and for how long, never a wall of bars. Stages shorter than half
 * a second print nothing. A stage cut short by an error (fewer units done than its total) prints no
 * "done" and clears its bar, so that the error stands alone.
 */
final class CliProgress implements Progress {
  private static final long QUIET_NANOS = 500_000_000L;
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final long ANNOUNCE_NANOS = 5_000_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean all = "all".equals(System.getProperty("qushi.progress"));

  CliProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Stage start(String name, long total) {
    return new Line(name, total);
  }

  private final class Line implements Stage {
    private final String name;
    private final long total;
    private final long start = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long lastDraw;
    private volatile boolean announced;

    Line(String name, long total) {
      this.name = name;
      this.total = total;
    }

    @Override
    public void advance(long units) {
      long d = done.addAndGet(units);
      long now = System.nanoTime();
      if (now - start < (terminal ? QUIET_NANOS : ANNOUNCE_NANOS)
          || now - lastDraw < REDRAW_NANOS
          || (!terminal && announced)) { // a log announces a stage once: nothing more to draw
        return;
      }
      synchronized (CliProgress.this) {
        if (now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        if (terminal) {
          err.print("\r" + bar(d, now) + "\u001b[K");
          err.flush();
        } else if (!announced) {
          err.println("qushi: " + name + " …");
          err.flush();
        }
        announced = true;
      }
    }

    @Override
    public void close() {
      long now = System.nanoTime();
      synchronized (CliProgress.this) {
        if (total > 0 && done.get() < total) { // cut short by an error
          if (announced && terminal) err.print("\r\u001b[K");
          err.flush();
          return;
        }
        if (!announced && now - start < QUIET_NANOS && !all) return;
        String took = String.format(Locale.ROOT, "%.1f s", (now - start) / 1e9);
        if (terminal) err.print("\r" + name + ": done in " + took + "\u001b[K\n");
        else err.println("qushi: " + name + ": done in " + took);
        err.flush();
      }
    }

    private String bar(long d, long now) {
      double seconds = (now - start) / 1e9;
      if (total <= 0) return String.format(Locale.ROOT, "%s  %.0f s", name, seconds);
      double share = Math.min(1, (double) d / total);
      int filled = (int) Math.round(WIDTH * share);
      String left =
          share > 0.02
              ? String.format(Locale.ROOT, ", about %.0f s left", seconds * (1 - share) / share)
              : "";
      return String.format(
          Locale.ROOT,
          "%s [%s%s] %3.0f%%  %.0f s%s",
          name,
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          100 * share,
          seconds,
          left);
    }
  }
}
