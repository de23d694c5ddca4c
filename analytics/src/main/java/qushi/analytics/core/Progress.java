package qushi.analytics.core;

/**
 * Receives the progress of long computations, stage by stage. Analyses report through it and never
 * draw anything themselves; a command line or a notebook decides how to show it.
 *
 * <p>A stage is started with its name and its amount of work (0 when unknown) and advanced as work
 * is done, possibly from several threads at once, so implementations must be thread-safe. Closing a
 * stage ends it.
 *
 * <pre>
 * try (var stage = progress.start("topics: choosing K", fits * iterations)) {
 *   ... stage.advance(1) after every sweep ...
 * }
 * </pre>
 */
@FunctionalInterface
public interface Progress {
  /** Progress that is not shown. */
  Progress NONE = (name, total) -> Stage.NONE;

  /**
   * Returns a started stage.
   *
   * @param name what is being done, for a person ("segmenting", "topics: K sweep")
   * @param total units of work in the stage, 0 when unknown
   */
  Stage start(String name, long total);

  /** One stage of work. */
  interface Stage extends AutoCloseable {
    /** A stage that ignores everything. */
    Stage NONE =
        new Stage() {
          @Override
          public void advance(long units) {}

          @Override
          public void close() {}
        };

    /** Records that {@code units} more units of work are done. */
    void advance(long units);

    /** Ends the stage. */
    @Override
    void close();
  }
}
