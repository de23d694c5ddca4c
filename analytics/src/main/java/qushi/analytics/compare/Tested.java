package qushi.analytics.compare;

import java.util.List;

/**
 * What a comparison tested, counted over all its rows: a table cut to its first rows or to some
 * terms ({@link KeynessTable#first}, {@link KeynessTable#withRows}) still says what the whole test
 * found.
 *
 * @param terms terms tested
 * @param significant terms with adjusted p below the level
 * @param up of them, those more frequent in the target
 * @param concentrated of them, those mostly ({@value KeynessRow#CONCENTRATED} or more) from one
 *     document
 */
public record Tested(int terms, int significant, int up, int concentrated) {
  /** Returns the tally of {@code rows} at the significance {@code level}. */
  static Tested of(List<? extends ComparedTerm> rows, double level) {
    int significant = 0;
    int up = 0;
    int concentrated = 0;
    for (ComparedTerm r : rows) {
      if (!r.significant(level)) continue;
      significant++;
      if (r.logRatio() > 0) up++;
      if (r.concentrated()) concentrated++;
    }
    return new Tested(rows.size(), significant, up, concentrated);
  }

  /**
   * Returns "terms=1239, significant=86 (up 45, down 41; 50 mostly from one document) at p_adj <
   * 0.05", and how many rows are shown when they are fewer than the terms.
   */
  String describe(int shown, double level) {
    return "terms="
        + terms
        + ", significant="
        + significant
        + " (up "
        + up
        + ", down "
        + (significant - up)
        + "; "
        + concentrated
        + " mostly from one document) at p_adj < "
        + level
        + (shown < terms ? "; " + shown + (shown == 1 ? " row" : " rows") + " in this table" : "");
  }
}
