package qushi.reports;

import java.nio.file.Path;
import qushi.Qushi;
import qushi.ReportWriter;

/** The report as the front door's {@link ReportWriter} service: {@code q.report(dir)} in jshell. */
public final class ReportService implements ReportWriter {
  /** Creates the service (for {@link java.util.ServiceLoader}). */
  public ReportService() {}

  @Override
  public Path write(Qushi q, Path dir) {
    return Report.of(q, ReportOptions.defaults()).writeTo(dir).index();
  }
}
