package qushi.reports;

import java.util.Map;

/**
 * One section of the report. A section computes what it shows from the {@link Page} (the analysed
 * corpus and the options), registers its charts, CSV files, drill-down terms, parameters and
 * methods with it, and returns the model of its template,
 * {@code templates/sections/<id>.peb}. Adding a section is adding one class and one template.
 */
public interface Section {
  /** Returns the section's id: its anchor in the page and the name of its template. */
  String id();

  /** Builds the section; returns its template model (the template sees it as {@code m}). */
  Map<String, Object> build(Page page);
}
