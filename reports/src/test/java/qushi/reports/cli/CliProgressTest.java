package qushi.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qushi.analytics.core.Progress;

class CliProgressTest {
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void showEveryStage() {
    System.setProperty("qushi.progress", "all"); // no stage is too short to print
  }

  @AfterEach
  void restore() {
    System.clearProperty("qushi.progress");
  }

  @Test
  void aFinishedStageSaysHowLongItTook() {
    Progress progress = new CliProgress(new PrintWriter(err), false);
    try (Progress.Stage s = progress.start("cleaning", 2)) {
      s.advance(2);
    }
    assertTrue(err.toString().matches("qushi: cleaning: done in \\d+\\.\\d s\\R"), err.toString());
  }

  @Test
  void aStageCutShortByAnErrorLeavesTheErrorAlone() {
    Progress progress = new CliProgress(new PrintWriter(err), false);
    try (Progress.Stage s = progress.start("cleaning", 2)) {
      s.advance(1);
      throw new IllegalStateException("b.pdf: corrupt");
    } catch (IllegalStateException expected) {
      // the CLI prints the error itself
    }
    assertEquals("", err.toString());
  }
}
