package qushi.reports;

/**
 * One section of the report: a pure function from the report's typed results to the section's
 * model. Adding a section is adding one class and one template, {@code
 * templates/sections/<id>.peb}.
 */
public interface Section {
  /** Returns the section's id: its anchor in the page and the name of its template. */
  String id();

  /** Returns the section built from {@code data} in the words of {@code labels}. */
  SectionModel build(ReportData data, Labels labels);
}
