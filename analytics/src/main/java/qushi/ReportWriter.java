package qushi;

import java.nio.file.Path;

/**
 * Writes the HTML report of an opened corpus: the service that {@link Qushi#report(Path)} looks up
 * with {@link java.util.ServiceLoader}, so the computing module does not depend on the one that
 * renders. The reports module provides it.
 */
public interface ReportWriter {
  /**
   * Writes the report of {@code q} with default report options into {@code dir} and returns the
   * path of its {@code index.html}.
   */
  Path write(Qushi q, Path dir);
}
