package qushi.reports;

import java.util.Objects;

/**
 * One chart of the report: its div and the Plotly figure drawn into it.
 *
 * @param id the div id, derived from the chart's name ({@code [a-z0-9_]+}), unique in a page
 * @param title the caption shown above the chart (escaped by the template)
 * @param height the height in CSS pixels
 * @param json the figure, {@code {"data": [...], "layout": {...}}}, as JSON safe inside a {@code
 *     <script>} element ({@link ScriptJson})
 */
public record Figure(String id, String title, int height, String json) {
  /** Checks the id and height. */
  public Figure {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(json, "json");
    if (!id.matches("[a-z0-9_]+"))
      throw new IllegalArgumentException("chart id must match [a-z0-9_]+, was '" + id + "'");
    if (height < 100) throw new IllegalArgumentException("height must be ≥ 100, was " + height);
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Figure[" + id + ", " + height + "px, " + json.length() + " chars]";
  }
}
