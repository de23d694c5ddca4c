package qushi.bench;

import java.lang.management.ManagementFactory;

/** The CPU time of this process, all threads together (the garbage collector and compiler too). */
final class ProcessCpu {
  private ProcessCpu() {}

  /** Returns the CPU nanoseconds the process has used so far. */
  static long nanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
