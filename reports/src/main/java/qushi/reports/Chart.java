package qushi.reports;

import java.util.Objects;

/**
 * One chart of the report: a div and the script that draws it.
 *
 * @param id     the div id, derived from the chart's name ({@code [a-z0-9_]+}), unique in a page
 * @param title  the caption shown above the chart (escaped by the template)
 * @param height the height in CSS pixels
 * @param script the jsplot figure script (it ends with {@code Plotly.newPlot(div, data, layout)}),
 *               already escaped for a {@code <script>} element by {@link ScriptJson#escape}
 * @param extras script-safe JSON of what jsplot cannot express: {@code layout} and per-trace
 *               attributes merged into the figure before drawing (fonts, axis titles, error bars,
 *               hover text, the term of each point for the drill-down)
 */
public record Chart(String id, String title, int height, String script, String extras) {
  /** Checks the id. */
  public Chart {
    Objects.requireNonNull(title, "title");
    if (!id.matches("[a-z0-9_]+")) throw new IllegalArgumentException("chart id must match [a-z0-9_]+, was '" + id + "'");
    if (height < 100) throw new IllegalArgumentException("height must be ≥ 100, was " + height);
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Chart[" + id + ", " + height + "px, " + script.length() + " chars]";
  }
}
